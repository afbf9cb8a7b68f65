"""Rebuild the corpus documents that are not plain UTF-8 text from their readable sources in sources/.

Run `.venv/bin/python tests/corpus/build_binaries.py` after editing a source. The output is byte-for-byte
deterministic: fixed document properties, fixed zip timestamps, reportlab's invariant mode.

Source markup (one paragraph a line): `# ` a centred title line, `^ ` a centred body line (document number),
`< ` a line without first-line indent (recipients), `> ` a right-aligned line (signature, date), and for Word a table between `[table]` and `[/table]`, one row a line, cells separated by tabs; an empty first
cell continues the merged cell above it.
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

CORPUS = Path(__file__).resolve().parent
SOURCES = CORPUS / "sources"
TITLE, CENTRE, FLUSH, RIGHT = "# ", "^ ", "< ", "> "
TABLE_START, TABLE_END = "[table]", "[/table]"
# A fixed moment for every stored timestamp, so that a rebuild changes no byte.
FIXED_TIME = datetime(2023, 1, 1, tzinfo=UTC)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

CJK_FONT = "STSong-Light"
# GB/T 9704: 28 characters a line, 22 lines a page, type area 156 x 225 mm, top 37 mm, left 28 mm.
LINE_CHARS = 28
PAGE_LINES = 22
BODY_SIZE = 15.5
TITLE_SIZE = 20.0
LEFT = 28 * mm
TOP = 37 * mm
AREA_WIDTH = 156 * mm
LEADING = 225 * mm / PAGE_LINES
# Closing punctuation that Chinese typesetting never puts at the start of a line.
NO_LINE_START = frozenset("，。、；：？！）》」”’〕】")


def source_lines(name: str) -> list[str]:
    """The lines of a source file, without the final newline."""
    return (SOURCES / name).read_text(encoding="utf-8").rstrip("\n").split("\n")


def split_markup(line: str) -> tuple[str, str]:
    """A source line as (markup, text); the markup is "" for an indented body paragraph."""
    for kind in (TITLE, CENTRE, FLUSH, RIGHT):
        if line.startswith(kind):
            return kind, line.removeprefix(kind)
    return "", line


def build_docx(source: str, target: Path) -> None:
    """Write a Word document with real paragraphs and tables (merged area cells) from a marked-up source."""
    document = Document()
    _set_fonts(document)
    lines = iter(source_lines(source))
    for line in lines:
        if line == TABLE_START:
            _add_table(document, _until_table_end(lines))
            continue
        kind, text = split_markup(line)
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if kind == TITLE:
            run.bold = True
            run.font.size = Pt(22)
        if kind in (TITLE, CENTRE):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == RIGHT:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "":
            paragraph.paragraph_format.first_line_indent = Pt(32)
    properties = document.core_properties
    properties.author = properties.last_modified_by = "GreenPolicy"
    properties.title = ""
    properties.revision = 1
    properties.created = properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    document.save(buffer)
    target.write_bytes(_with_fixed_zip_times(buffer.getvalue()))


def _set_fonts(document: Any) -> None:
    style = document.styles["Normal"]
    style.font.name = "FangSong"
    style.font.size = Pt(16)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.left_margin = Mm(37), Mm(28)
    section.bottom_margin, section.right_margin = Mm(35), Mm(26)


def _until_table_end(lines: Iterator[str]) -> list[list[str]]:
    rows: list[list[str]] = []
    for line in lines:
        if line == TABLE_END:
            return rows
        rows.append(line.split("\t"))
    raise ValueError("a [table] without [/table]")


def _add_table(document: Any, rows: list[list[str]]) -> None:
    width = len(rows[0])
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    group_start = 0
    for index, cells in enumerate(rows):
        if len(cells) != width:
            raise ValueError(f"table row {index + 1} has {len(cells)} cells, the header {width}")
        for column, value in enumerate(cells):
            if value:
                table.cell(index, column).text = value
        if cells[0] or index == 0:
            group_start = index
        elif index > group_start:
            table.cell(group_start, 0).merge(table.cell(index, 0))


def _with_fixed_zip_times(package: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(package))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(item.filename))
    return output.getvalue()


def build_pdf(source: str, target: Path) -> None:
    """Write an A4 PDF whose text layer holds the source's characters (CID font, 28 characters a line)."""
    pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    canvas = Canvas(str(target), pagesize=A4, invariant=1)
    canvas.setTitle("")
    canvas.setAuthor("GreenPolicy")
    _, height = A4
    page, row = 1, 0
    for kind, text in _pdf_lines(source_lines(source)):
        if row == PAGE_LINES:
            _page_number(canvas, page)
            canvas.showPage()
            page, row = page + 1, 0
        y = height - TOP - (row + 1) * LEADING
        size = TITLE_SIZE if kind == TITLE else BODY_SIZE
        canvas.setFont(CJK_FONT, size)
        if kind in (TITLE, CENTRE):
            canvas.drawCentredString(LEFT + AREA_WIDTH / 2, y, text)
        elif kind == RIGHT:
            canvas.drawRightString(LEFT + AREA_WIDTH - 4 * size, y, text)
        else:
            canvas.drawString(LEFT, y, text)
        row += 1
    _page_number(canvas, page)
    canvas.save()


def _pdf_lines(lines: list[str]) -> Iterator[tuple[str, str]]:
    for line in lines:
        kind, text = split_markup(line)
        if kind in (TITLE, CENTRE, RIGHT):
            yield kind, text
        else:
            for wrapped in _wrap(text if kind == FLUSH else "\u3000\u3000" + text):
                yield "", wrapped


def _wrap(paragraph: str) -> Iterator[str]:
    start = 0
    while start < len(paragraph):
        end = start + LINE_CHARS
        while end < len(paragraph) and paragraph[end] in NO_LINE_START:
            end += 1
        yield paragraph[start:end]
        start = end


def _page_number(canvas: Canvas, page: int) -> None:
    canvas.setFont(CJK_FONT, 14)
    text = f"— {page} —"
    if page % 2:
        canvas.drawRightString(LEFT + AREA_WIDTH - 14, 30 * mm, text)
    else:
        canvas.drawString(LEFT + 14, 30 * mm, text)


def build_gbk(source: str, target: Path) -> None:
    """Store a UTF-8 source as GBK bytes, as many county websites still serve their text."""
    target.write_text((SOURCES / source).read_text(encoding="utf-8"), encoding="gbk")


BUILDS: dict[str, tuple[Callable[[str, Path], None], str]] = {
    "05_wanzhou-2021-laji-fenlei.docx": (build_docx, "05_wanzhou-2021-laji-fenlei.txt"),
    "06_bishan-2022-yingshang-huanjing.txt": (build_gbk, "06_bishan-2022-yingshang-huanjing.txt"),
    "07_chongqing-2022-feijiu-wuzi-xunhuan.pdf": (build_pdf, "07_chongqing-2022-feijiu-wuzi-xunhuan.txt"),
}


def build_all(directory: Path = CORPUS) -> list[Path]:
    """Build every generated document into `directory` and return their paths."""
    written = []
    for name, (build, source) in BUILDS.items():
        target = directory / name
        build(source, target)
        written.append(target)
    return written


def main() -> int:
    """Rebuild the generated corpus documents in place."""
    for path in build_all():
        print(path.relative_to(CORPUS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
