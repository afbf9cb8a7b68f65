"""The GB/T 9704-2012 layout read back from the .docx with python-docx: page, margins, fonts, line pitch, footers."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Pt

from greenpolicy.reporting.official import layout
from greenpolicy.reporting.official.documents import compiled_progress_report
from greenpolicy.reporting.official.layout import OfficialDocument
from tests.platform.test_official_documents import Story, story  # noqa: F401 - the fixture

MM = 36000  # EMU


def sample() -> DocumentObject:
    doc = OfficialDocument()
    doc.title("关于测试的报告")
    doc.recipients("市人民政府")
    doc.heading1("总体情况")
    doc.heading2("绿色设计")
    doc.heading3(1, "任务")
    doc.para("正文" * 30, label="进展情况")
    return Document(io.BytesIO(doc.to_bytes()))


def east_asian(element: object) -> str | None:
    fonts = element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")  # type: ignore[attr-defined]
    return None if fonts is None else fonts.get(qn("w:eastAsia"))


def test_page_size_and_margins_follow_the_type_area() -> None:
    section = sample().sections[0]
    assert (round(section.page_width / MM), round(section.page_height / MM)) == (210, 297)
    margins = [section.top_margin, section.bottom_margin, section.left_margin, section.right_margin]
    assert [round(m / MM, 1) for m in margins] == [37, 35, 28, 26]
    assert round((section.page_width - section.left_margin - section.right_margin) / MM, 1) == 156
    assert round((section.page_height - section.top_margin - section.bottom_margin) / MM, 1) == 225
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "linesAndChars"
    assert int(grid.get(qn("w:linePitch"))) == 579  # 225 mm / 22 lines = 28.95 pt
    char_space = int(grid.get(qn("w:charSpace")))
    assert 27.5 < 156 / 25.4 * 72 / (16 + char_space / 4096) < 28.5  # 28 characters of 16 pt a line


def test_body_and_heading_styles() -> None:
    document = sample()
    normal = document.styles["Normal"]
    assert normal.font.size == Pt(16) and normal.font.name == "仿宋_GB2312"
    assert east_asian(normal.element) == "仿宋_GB2312"
    assert normal.paragraph_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert normal.paragraph_format.line_spacing.pt == pytest.approx(225 / 25.4 * 72 / 22, abs=0.05)
    assert normal.paragraph_format.first_line_indent == Pt(32)
    expected = {
        layout.STYLE_TITLE: ("方正小标宋简体", 22, False),
        layout.STYLE_H1: ("黑体", 16, False),
        layout.STYLE_H2: ("楷体_GB2312", 16, False),
        layout.STYLE_H3: ("仿宋_GB2312", 16, True),
    }
    for name, (font, size, bold) in expected.items():
        style = document.styles[name]
        assert (east_asian(style.element), style.font.name, style.font.size, bool(style.font.bold)) == (
            font,
            font,
            Pt(size),
            bold,
        )
    assert document.styles[layout.STYLE_TITLE].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    paragraphs = document.paragraphs
    assert (paragraphs[0].style.name, paragraphs[0].text) == (layout.STYLE_TITLE, "关于测试的报告")
    assert [p.text for p in paragraphs[3:6]] == ["一、总体情况", "（一）绿色设计", "1. 任务"]
    assert [p.style.name for p in paragraphs[3:6]] == [layout.STYLE_H1, layout.STYLE_H2, layout.STYLE_H3]


def test_odd_and_even_footers_carry_page_fields() -> None:
    document = sample()
    assert document.settings.odd_and_even_pages_header_footer
    section = document.sections[0]
    # The footer's text starts 7 mm below the type area: bottom margin − 7 mm − its 14 pt line.
    assert (section.bottom_margin - section.footer_distance - Pt(14)) / MM == pytest.approx(7, abs=0.05)
    for footer, alignment, indent in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT, "right_indent"),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "left_indent"),
    ):
        assert not footer.is_linked_to_previous
        (paragraph,) = footer.paragraphs
        assert paragraph.alignment == alignment
        assert getattr(paragraph.paragraph_format, indent) == Pt(14)  # one 4号 character in from the edge
        assert paragraph.text == "— 1 —"
        instructions = [node.text for node in paragraph._p.iter(qn("w:instrText"))]
        assert [i.strip() for i in instructions] == ["PAGE"]
        kinds = [node.get(qn("w:fldCharType")) for node in paragraph._p.iter(qn("w:fldChar"))]
        assert kinds == ["begin", "separate", "end"]
        for run in paragraph.runs:
            assert run.font.size == Pt(14) and run.font.name == "宋体" and east_asian(run._r) == "宋体"


def test_built_documents_use_the_layout(story: Story) -> None:  # noqa: F811
    document = Document(io.BytesIO(compiled_progress_report(story.cycle, reader=story.office)))
    section = document.sections[0]
    assert round(section.top_margin / MM) == 37 and round(section.left_margin / MM) == 28
    assert document.paragraphs[0].style.name == layout.STYLE_TITLE
    assert document.tables and document.tables[0].rows[0].cells[0].text == "类别"


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        ("关于测试的报告", ["关于测试的报告"]),  # one line: nothing to break
        # 20 characters of 2号 fill a line; the break falls between words, never inside 汇总.
        (
            "关于2021年第一季度重点任务进展情况的汇总报告",
            ["关于2021年第一季度重点任务进展情况的", "汇总报告"],
        ),
        # The issuing body stands on its own line, 关于 opens the next.
        (
            "重庆市发展和改革委员会关于2021年第一季度重点任务进展情况的报告",
            ["重庆市发展和改革委员会", "关于2021年第一季度重点任务进展情况的报告"],
        ),
        # No break between words fits: the word processor wraps it.
        (
            "关于推进绿色生产和消费法规政策体系建设实施工作有关事项的补充通知",
            ["关于推进绿色生产和消费法规政策体系建设实施工作有关事项的补充通知"],
        ),
    ],
)
def test_a_long_title_breaks_between_words(title: str, lines: list[str]) -> None:
    assert layout.title_lines(title) == lines
    paragraph = next(
        p for p in written(title).paragraphs if p.style is not None and p.style.name == layout.STYLE_TITLE
    )
    assert paragraph.text == "\n".join(lines)  # python-docx reads a line break as "\n"


def written(title: str) -> DocumentObject:
    doc = OfficialDocument()
    doc.title(title)
    return Document(io.BytesIO(doc.to_bytes()))
