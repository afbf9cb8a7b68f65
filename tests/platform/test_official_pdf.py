"""The official documents as PDF through LibreOffice: A4 pages, the title in the text, the first page as an image."""

from __future__ import annotations

import io
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from pdfminer.high_level import extract_text
from pdfminer.pdfpage import PDFPage

from greenpolicy.reporting.official import pdf
from greenpolicy.reporting.official.documents import compiled_progress_report
from tests.platform.test_official_documents import Story, story  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parent.parent.parent
ARTIFACTS = ROOT / "test-artifacts" / "official"
TITLE = "关于2021年第一季度重点任务进展情况的汇总报告"
DPI = 50


@pytest.fixture
def compiled_pdf(story: Story) -> bytes:  # noqa: F811
    started = time.monotonic()
    converted = pdf.to_pdf(compiled_progress_report(story.cycle, reader=story.office))
    print(f"LibreOffice conversion: {time.monotonic() - started:.1f} s")  # shown with -s
    return converted


def read_pgm(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and 8-bit grey pixels of a binary PGM (P5) as pdftoppm writes it."""
    fields: list[bytes] = []
    position = 0
    while len(fields) < 4:
        while data[position : position + 1].isspace():
            position += 1
        if data[position : position + 1] == b"#":
            position = data.index(b"\n", position)
            continue
        end = position
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    magic, width, height, maximum = fields
    assert magic == b"P5" and maximum == b"255"
    pixels = data[position + 1 :]
    assert len(pixels) == int(width) * int(height)
    return int(width), int(height), pixels


def test_pdf_pages_are_a4_and_carry_the_title(compiled_pdf: bytes) -> None:
    assert compiled_pdf.startswith(b"%PDF")
    pages = list(PDFPage.get_pages(io.BytesIO(compiled_pdf)))
    assert pages
    for page in pages:
        x0, y0, x1, y1 = page.mediabox
        assert abs((x1 - x0) - 595) <= 1 and abs((y1 - y0) - 842) <= 1
    text = extract_text(io.BytesIO(compiled_pdf))
    assert TITLE in text.replace(" ", "").replace("\n", "")
    assert "—1—" in text.replace(" ", "")  # the page number field, rendered


def test_first_page_image(compiled_pdf: bytes, tmp_path: Path) -> None:
    source = tmp_path / "compiled.pdf"
    source.write_bytes(compiled_pdf)
    poppler = shutil.which("pdftoppm")
    assert poppler, "pdftoppm is missing: run scripts/system-packages (poppler-utils)"
    common = [poppler, "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile"]
    subprocess.run([*common, "-png", str(source), str(tmp_path / "first_page")], check=True, timeout=60)
    subprocess.run([*common, "-gray", str(source), str(tmp_path / "first_page")], check=True, timeout=60)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(tmp_path / "first_page.png", ARTIFACTS / "first_page.png")

    width, height, pixels = read_pgm((tmp_path / "first_page.pgm").read_bytes())
    assert abs(width - 210 / 25.4 * DPI) <= 1 and abs(height - 297 / 25.4 * DPI) <= 1
    assert sum(1 for value in pixels if value < 128) > 500, "the page is blank"
    # Nothing is printed above the type area (37 mm from the top; 1 mm spare for the rounding of pixels).
    top = int(36 / 25.4 * DPI)
    assert min(pixels[: top * width]) >= 250
    # ... and the title starts right below it.
    title_band = pixels[top * width : int(50 / 25.4 * DPI) * width]
    assert min(title_band) < 128


def test_missing_soffice_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(pdf.ConversionError, match="libreoffice-writer-nogui"):
        pdf.to_pdf(b"")


def test_the_standard_fonts_fall_back_to_their_kind(compiled_pdf: bytes, tmp_path: Path) -> None:
    """Without the standard's fonts installed, 仿宋/小标宋/楷体 become a serif CJK face and 黑体 a sans one."""
    source = tmp_path / "compiled.pdf"
    source.write_bytes(compiled_pdf)
    pdffonts = shutil.which("pdffonts")
    assert pdffonts, "pdffonts is missing: run scripts/system-packages (poppler-utils)"
    listing = subprocess.run([pdffonts, str(source)], capture_output=True, text=True, check=True).stdout
    fonts = {line.split()[0].split("+")[-1] for line in listing.splitlines()[2:]}
    assert any(font.startswith("NotoSerifCJK") for font in fonts), fonts  # body, title, 楷体 headings
    assert any(font.startswith("NotoSansCJK") for font in fonts), fonts  # 黑体 headings
    assert all(font.startswith(("NotoSerifCJK", "NotoSansCJK")) for font in fonts), fonts  # no DejaVu Sans
