"""The page setup and styles of GB/T 9704-2012 (党政机关公文格式) in one place, and the paragraphs built on them.

Every measure is computed from the standard: A4 (210 × 297 mm) with a type area (版心) of 156 × 225 mm, 37 mm
from the top and 28 mm from the left (binding) edge; 22 lines of 28 characters in 3号 (16 pt) 仿宋_GB2312.

Fonts are named as the standard names them and set for East Asian text too (`w:rFonts w:eastAsia`; python-docx
only sets ascii/hAnsi). Where they are not installed, Word and LibreOffice substitute: 仿宋_GB2312 → 仿宋 /
FangSong, 方正小标宋简体 → 华文中宋 / 宋体, 黑体 → SimHei, 楷体_GB2312 → 楷体 / KaiTi, 宋体 → SimSun; on the
Debian servers (fonts-noto-cjk) LibreOffice falls back to Noto Serif/Sans CJK SC. `FALLBACKS` records the same.
"""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, Twips

__all__ = [
    "FALLBACKS",
    "FONT_BODY",
    "FONT_HEADING_1",
    "FONT_HEADING_2",
    "FONT_PAGE_NUMBER",
    "FONT_TITLE",
    "LINE_PITCH",
    "OfficialDocument",
    "cn_date",
    "cn_number",
]

# The standard's measures (mm).
PAGE_WIDTH, PAGE_HEIGHT = 210, 297
TYPE_WIDTH, TYPE_HEIGHT = 156, 225
TOP, LEFT = 37, 28
BOTTOM = PAGE_HEIGHT - TOP - TYPE_HEIGHT  # 35
RIGHT = PAGE_WIDTH - LEFT - TYPE_WIDTH  # 26
LINES, CHARS = 22, 28
PAGE_NUMBER_GAP = 7  # the page number's line starts 7 mm below the type area

BODY_SIZE, TITLE_SIZE, PAGE_NUMBER_SIZE = 16, 22, 14  # 3号, 2号, 4号 (pt)
TITLE_CHARS = int(Mm(TYPE_WIDTH).pt // TITLE_SIZE)  # 20 characters of 2号 a line
_TITLE_BREAK = re.compile(r"(?<=[的、])|(?=关于)")
FONT_BODY = "仿宋_GB2312"
FONT_TITLE = "方正小标宋简体"
FONT_HEADING_1 = "黑体"
FONT_HEADING_2 = "楷体_GB2312"
FONT_PAGE_NUMBER = "宋体"
FALLBACKS = {
    FONT_BODY: ("仿宋", "FangSong", "Noto Serif CJK SC"),
    FONT_TITLE: ("华文中宋", "宋体", "Noto Serif CJK SC"),
    FONT_HEADING_1: ("SimHei", "Noto Sans CJK SC"),
    FONT_HEADING_2: ("楷体", "KaiTi", "Noto Serif CJK SC"),
    FONT_PAGE_NUMBER: ("SimSun", "Noto Serif CJK SC"),
}

_TWIPS_PER_MM = 1440 / 25.4
# 225 mm / 22 lines = 28.95 pt: 579 twips, exact, so that 22 lines fill the type area.
LINE_PITCH = Twips(int(TYPE_HEIGHT * _TWIPS_PER_MM / LINES))
# w:charSpace: what each character adds to the font size, in 1/4096 pt: 156 mm / 28 = 15.79 pt, 0.21 pt under 16 pt.
CHAR_SPACE = round((TYPE_WIDTH / 25.4 * 72 / CHARS - BODY_SIZE) * 4096)  # -848
# Word measures the footer from the page's bottom edge to the bottom of its text: the page number's line (14 pt,
# exact) then starts 7 mm below the type area.
FOOTER_DISTANCE = Emu(Mm(BOTTOM - PAGE_NUMBER_GAP) - Pt(PAGE_NUMBER_SIZE))

STYLE_TITLE, STYLE_H1, STYLE_H2, STYLE_H3 = "公文标题", "公文一级标题", "公文二级标题", "公文三级标题"
STYLE_TABLE = "公文表格"
_CN_DIGITS = "零一二三四五六七八九"


def set_fonts(target: Any, name: str) -> None:
    """Set the font of a style's or run's properties for Latin and East Asian text alike."""
    target.font.name = name
    rpr = target.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), name)


def title_lines(text: str, capacity: int = TITLE_CHARS) -> list[str]:
    """The title on one line, or on two broken between words: after a 的, an 、 or before 关于, as even as can be.

    GB/T 9704 wants each line of a title to keep its words whole (回行时词意完整) and the lines symmetric. With no
    such break that fits, the title stays one piece and the word processor wraps it.
    """
    if _width(text) <= capacity:
        return [text]
    fitting = [
        position
        for position in {match.start() for match in _TITLE_BREAK.finditer(text)}
        if 0 < position < len(text)
        and text.count("《", 0, position) == text.count("》", 0, position)  # never inside a cited title
        and max(_width(text[:position]), _width(text[position:])) <= capacity
    ]
    if not fitting:
        return [text]
    best = min(
        fitting, key=lambda position: (abs(_width(text[:position]) - _width(text[position:])), position)
    )
    return [text[:best], text[best:]]


def _width(text: str) -> float:
    """In characters of the title's size: Latin letters and digits take half."""
    return sum(0.5 if character.isascii() else 1 for character in text)


def cn_number(value: int) -> str:
    """一 … 九十九, as headings count."""
    if value < 10:
        return _CN_DIGITS[value]
    tens, units = divmod(value, 10)
    return f"{'' if tens == 1 else _CN_DIGITS[tens]}十{_CN_DIGITS[units] if units else ''}"


def cn_date(day: date) -> str:
    """成文日期 in Arabic numerals without leading zeros: 2020年12月10日."""
    return f"{day.year}年{day.month}月{day.day}日"


class OfficialDocument:
    """A .docx laid out to GB/T 9704-2012, written paragraph by paragraph."""

    def __init__(self) -> None:
        self.document = Document()
        self._styles()
        self._page()
        self._h1 = self._h2 = 0

    # --- setup -------------------------------------------------------------------------------------------------
    def _styles(self) -> None:
        styles = self.document.styles
        normal = styles["Normal"]
        set_fonts(normal, FONT_BODY)
        # Simplified Chinese: Word and LibreOffice choose its glyph forms and line-breaking rules from this.
        language = OxmlElement("w:lang")
        language.set(qn("w:val"), "zh-CN")
        language.set(qn("w:eastAsia"), "zh-CN")
        normal.element.get_or_add_rPr().append(language)
        normal.font.size = Pt(BODY_SIZE)
        body = normal.paragraph_format
        body.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        body.line_spacing = LINE_PITCH
        body.space_before = body.space_after = Pt(0)
        body.first_line_indent = Pt(BODY_SIZE * 2)
        body.widow_control = False
        for name, font, size, bold in (
            (STYLE_TITLE, FONT_TITLE, TITLE_SIZE, False),
            (STYLE_H1, FONT_HEADING_1, BODY_SIZE, False),
            (STYLE_H2, FONT_HEADING_2, BODY_SIZE, False),
            (STYLE_H3, FONT_BODY, BODY_SIZE, True),
            (STYLE_TABLE, FONT_BODY, PAGE_NUMBER_SIZE, False),
        ):
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = normal
            set_fonts(style, font)
            style.font.size = Pt(size)
            style.font.bold = bold
        title = styles[STYLE_TITLE].paragraph_format
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        title.first_line_indent = Pt(0)
        table = styles[STYLE_TABLE].paragraph_format
        table.first_line_indent = Pt(0)
        table.alignment = WD_ALIGN_PARAGRAPH.CENTER
        table.line_spacing_rule = WD_LINE_SPACING.SINGLE
        # docDefaults at 16 pt too: w:charSpace counts from the default font size.
        defaults = self.document.styles.element.find(qn("w:docDefaults"))
        if defaults is not None:
            rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
            if rpr is not None:
                for tag in ("w:sz", "w:szCs"):
                    element = rpr.find(qn(tag))
                    if element is None:
                        element = OxmlElement(tag)
                        rpr.append(element)
                    element.set(qn("w:val"), str(BODY_SIZE * 2))

    def _page(self) -> None:
        section = self.document.sections[0]
        section.start_type = WD_SECTION.NEW_PAGE
        section.page_width, section.page_height = Mm(PAGE_WIDTH), Mm(PAGE_HEIGHT)
        section.top_margin, section.bottom_margin = Mm(TOP), Mm(BOTTOM)
        section.left_margin, section.right_margin = Mm(LEFT), Mm(RIGHT)
        section.footer_distance = FOOTER_DISTANCE
        section.header_distance = Mm(15)
        sect_pr = section._sectPr
        grid = sect_pr.find(qn("w:docGrid"))
        if grid is None:
            grid = OxmlElement("w:docGrid")
            sect_pr.append(grid)
        grid.set(qn("w:type"), "linesAndChars")
        grid.set(qn("w:linePitch"), str(LINE_PITCH.twips))
        grid.set(qn("w:charSpace"), str(CHAR_SPACE))
        self.document.settings.odd_and_even_pages_header_footer = True
        self._page_number(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
        self._page_number(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)

    @staticmethod
    def _page_number(paragraph: Any, alignment: WD_ALIGN_PARAGRAPH) -> None:
        """ "— N —" in 4号 宋体, one character in from the outer edge (odd pages right, even pages left)."""
        paragraph.alignment = alignment
        layout = paragraph.paragraph_format
        layout.first_line_indent = Pt(0)
        layout.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        layout.line_spacing = Pt(PAGE_NUMBER_SIZE)
        if alignment == WD_ALIGN_PARAGRAPH.RIGHT:
            layout.right_indent = Pt(PAGE_NUMBER_SIZE)
        else:
            layout.left_indent = Pt(PAGE_NUMBER_SIZE)

        def run(text: str = "") -> Any:
            added = paragraph.add_run(text)
            set_fonts(added, FONT_PAGE_NUMBER)
            added.font.size = Pt(PAGE_NUMBER_SIZE)
            return added

        run("— ")
        for kind in ("begin", "instr", "separate", "result", "end"):
            if kind == "instr":
                code = OxmlElement("w:instrText")
                code.set(qn("xml:space"), "preserve")
                code.text = " PAGE "
                run()._r.append(code)
            elif kind == "result":
                run("1")
            else:
                char = OxmlElement("w:fldChar")
                char.set(qn("w:fldCharType"), kind)
                run()._r.append(char)
        run(" —")

    # --- writing -----------------------------------------------------------------------------------------------
    def title(self, text: str) -> None:
        paragraph = self.document.add_paragraph(style=STYLE_TITLE)
        for number, line in enumerate(title_lines(text)):
            run = paragraph.add_run()
            if number:
                run.add_break()  # a line break: the title stays one paragraph
            run.add_text(line)
        self.blank()

    def blank(self) -> None:
        self.document.add_paragraph()

    def recipients(self, names: str) -> None:
        """主送: flush left, ending with a full-width colon."""
        paragraph = self.document.add_paragraph(f"{names}：")
        paragraph.paragraph_format.first_line_indent = Pt(0)

    def para(self, text: str, *, label: str | None = None) -> None:
        """A body paragraph, two characters indented; `label` (e.g. 进展情况) leads it in bold."""
        paragraph = self.document.add_paragraph()
        if label:
            paragraph.add_run(f"{label}：").bold = True
        paragraph.add_run(text)

    def heading1(self, text: str) -> None:
        self._h1 += 1
        self._h2 = 0
        self.document.add_paragraph(f"{cn_number(self._h1)}、{text}", style=STYLE_H1)

    def heading2(self, text: str) -> None:
        self._h2 += 1
        self.document.add_paragraph(f"（{cn_number(self._h2)}）{text}", style=STYLE_H2)

    def heading3(self, number: int, text: str) -> None:
        self.document.add_paragraph(f"{number}. {text}", style=STYLE_H3)

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        table = self.document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.paragraphs[0].style = STYLE_TABLE
            cell.paragraphs[0].add_run(text).bold = True
        for values in rows:
            for cell, text in zip(table.add_row().cells, values, strict=True):
                cell.paragraphs[0].style = STYLE_TABLE
                cell.paragraphs[0].add_run(text)

    def signature(self, issuer: str, day: date) -> None:
        """发文机关署名 and 成文日期 at the end: the date four characters in from the right, the name over it."""
        self.blank()
        self.blank()
        for text, indent in ((issuer, 2), (cn_date(day), 4)):
            paragraph = self.document.add_paragraph(text)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            paragraph.paragraph_format.first_line_indent = Pt(0)
            paragraph.paragraph_format.right_indent = Pt(BODY_SIZE * indent)

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()
