"""Readers: encodings detected and reported, each format's blocks, and a clear reason for every bad input."""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from greenpolicy.core.reading import read_bytes, read_path
from greenpolicy.core.reading.blocks import DocumentError, Paragraph, ReadingProblem, Table
from greenpolicy.core.reading.wrapped import hard_wraps_joined
from tests.conftest import SEED
from tests.fixtures.seed_variants import seed_docx, seed_html, seed_pdf

TEXT = "关于加快建立绿色生产和消费法规政策体系的实施意见\n\t重点任务\n\n（一）推行绿色设计。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("gb18030"), "gb18030"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    ],
    ids=["utf-8", "utf-8-bom", "gbk", "gb18030", "utf-16-le", "utf-16-be"],
)
def test_text_encodings_are_detected_and_reported(data: bytes, encoding: str) -> None:
    source = read_bytes(data, name="doc.txt")
    assert source.encoding == encoding
    assert source.format == "txt"
    assert [block.text for block in source.blocks if isinstance(block, Paragraph)] == TEXT.split("\n")


def test_blank_lines_and_leading_tabs_are_kept_and_line_endings_unified() -> None:
    source = read_bytes("一\r\n\t重点任务\r\n\r\n二\r三".encode(), name="a.txt")
    assert [(block.text, block.line) for block in source.blocks if isinstance(block, Paragraph)] == [
        ("一", 1),
        ("\t重点任务", 2),
        ("", 3),
        ("二", 4),
        ("三", 5),
    ]


def test_docx_keeps_body_order_and_merged_area_cells(tmp_path: Path) -> None:
    source = read_path(seed_docx(tmp_path / "seed.docx"))
    tables = [block for block in source.blocks if isinstance(block, Table)]
    assert len(tables) == 1
    rows = tables[0].rows
    assert rows[0] == ("", "重点任务", "完成时限", "责任部门")
    assert len(rows) == 16
    assert [row[0] for row in rows[1:5]] == ["一、推行绿色设计"] * 4  # one merged cell, repeated in each row
    assert isinstance(source.blocks[-1], Table)
    assert source.encoding == "docx"


def test_html_table_rowspan_is_repeated_and_page_chrome_kept_apart(tmp_path: Path) -> None:
    source = read_path(seed_html(tmp_path / "seed.html"))
    table = next(block for block in source.blocks if isinstance(block, Table))
    assert [row[0] for row in table.rows[1:6]] == ["一、推行绿色设计"] * 4 + ["二、强化工业清洁生产"]
    assert table.rows[-1][1].startswith("15.")
    assert source.format == "html"
    assert source.encoding == "utf-8"


def test_html_cell_lines_stay_apart() -> None:
    page = (
        "<html><body><table><tr><th>重点任务</th><th>配合单位</th></tr>"
        "<tr><td>推进改造</td><td>区发展改革委<br/>区住房城乡建委</td></tr>"
        "<tr><td>整治水体</td><td><p>区水利局</p><p>各街道办事处</p></td></tr></table></body></html>"
    )
    source = read_bytes(page.encode(), name="page.html")
    table = next(block for block in source.blocks if isinstance(block, Table))
    assert [row[1] for row in table.rows[1:]] == ["区发展改革委 区住房城乡建委", "区水利局 各街道办事处"]


def test_html_declared_gbk_charset_is_honoured() -> None:
    page = '<html><head><meta charset="gbk"></head><body><p>责任单位：市发展改革委</p></body></html>'
    source = read_bytes(page.encode("gbk"), name="page.htm")
    assert source.encoding == "gb18030"
    assert [block.text for block in source.blocks if isinstance(block, Paragraph)] == [
        "责任单位：市发展改革委"
    ]


def test_pdf_text_layer_without_page_numbers(tmp_path: Path) -> None:
    source = read_path(seed_pdf(tmp_path / "seed.pdf"))
    texts = [block.text for block in source.blocks if isinstance(block, Paragraph)]
    assert "渝发改资环〔2020〕1891号" in texts
    assert texts[-1] == "15.建立健全煤炭清洁高效开发利用政策机制"
    assert source.encoding == "pdf"


def test_content_decides_over_a_wrong_suffix(tmp_path: Path) -> None:
    source = read_bytes(b"<!DOCTYPE html><html><body><p>\xe6\x96\x87</p></body></html>", name="page.txt")
    assert source.format == "html"
    word = read_bytes(seed_docx(tmp_path / "seed.docx").read_bytes(), name="download.bin")
    assert word.format == "docx"
    assert read_bytes(SEED.read_bytes(), name="seed").format == "txt"


def _bad(tmp_path: Path, name: str, data: bytes) -> DocumentError:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError) as caught:
        read_path(path, max_bytes=100_000)
    assert "\n" not in str(caught.value)
    assert str(path) in str(caught.value)
    return caught.value


def _pdf(*, text: str | None, password: str | None = None) -> bytes:
    buffer = io.BytesIO()
    encryption = StandardEncryption(password, canPrint=0) if password else None
    pdf = canvas.Canvas(buffer, encrypt=encryption, invariant=True)
    if text:
        pdf.drawString(72, 720, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _zip_without_word() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "x")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "reason", "problem"),
    [
        (
            "big.txt",
            "字".encode() * 40_000,
            "is 120000 bytes, over the 100000 bytes limit",
            ReadingProblem.TOO_LARGE,
        ),
        ("empty.txt", b"", "is empty", ReadingProblem.EMPTY),
        ("blank.txt", b"  \n\n \t", "is empty", ReadingProblem.EMPTY),
        ("junk.txt", bytes(range(256)) * 3, "binary", ReadingProblem.NOT_TEXT),
        ("junk2.txt", b"\x00\x01\x02abc" * 20, "binary", ReadingProblem.BINARY),
        ("bad-bom.txt", b"\xef\xbb\xbf\xff\xfe", "byte-order mark", ReadingProblem.BAD_BYTE_ORDER_MARK),
        (
            "broken.docx",
            b"PK\x03\x04 not really a zip",
            "not a readable Word document",
            ReadingProblem.NOT_WORD,
        ),
        ("notword.docx", _zip_without_word(), "not a Word document", ReadingProblem.NOT_WORD),
        ("fake.pdf", b"just some text", "is not a PDF file", ReadingProblem.WRONG_CONTENT),
        ("broken.pdf", b"%PDF-1.4\n garbage", "PDF", ReadingProblem.DAMAGED_PDF),
        ("scanned.pdf", _pdf(text=None), "has no text layer (scanned?)", ReadingProblem.NO_TEXT_LAYER),
        (
            "locked.pdf",
            _pdf(text="Secret plan", password="secret"),  # noqa: S106
            "encrypted",
            ReadingProblem.ENCRYPTED_PDF,
        ),
    ],
)
def test_bad_input_gets_one_clear_reason(
    tmp_path: Path, name: str, data: bytes, reason: str, problem: ReadingProblem
) -> None:
    error = _bad(tmp_path, name, data)
    assert reason in error.reason
    assert error.problem == problem


def test_problem_details_carry_what_a_message_needs(tmp_path: Path) -> None:
    assert _bad(tmp_path, "big.txt", b"x" * 200_000).details == {
        "size": "200000 bytes",
        "limit": "100000 bytes",
    }
    assert _bad(tmp_path, "fake.docx", b"plain words").details == {"format": "DOCX"}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
@pytest.mark.parametrize(("controls", "readable"), [(3, True), (4, False)])
def test_control_share_is_counted_in_characters(encoding: str, controls: int, readable: bool) -> None:
    """Three control characters in 300 CJK characters stay under 1%, four do not, however many bytes they take."""
    text = "字" * (300 - controls) + "\x01" * controls
    data = text.encode(encoding)
    if readable:
        assert read_bytes(data, name="a.txt").blocks == (Paragraph(text, 1),)
    else:
        with pytest.raises(DocumentError, match="binary"):
            read_bytes(data, name="a.txt")


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16"])
def test_a_nul_character_is_binary_however_long_the_text(encoding: str) -> None:
    with pytest.raises(DocumentError, match="binary"):
        read_bytes(("字" * 5000 + "\x00").encode(encoding), name="a.txt")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="not found") as absent:
        read_path(tmp_path / "absent.txt")
    with pytest.raises(DocumentError, match="is a directory") as folder:
        read_path(tmp_path)
    assert (absent.value.problem, folder.value.problem) == (
        ReadingProblem.NOT_FOUND,
        ReadingProblem.DIRECTORY,
    )


def test_word_document_without_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    Document().save(str(path))
    with pytest.raises(DocumentError, match="without text") as caught:
        read_path(path)
    assert caught.value.problem == ReadingProblem.NO_TEXT


@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.docx", "a.pdf", "a.html", "a"]))
def test_arbitrary_bytes_give_a_document_or_a_document_error(data: bytes, name: str) -> None:
    try:
        source = read_bytes(data, name=name)
    except DocumentError as error:
        assert error.reason
        assert "\n" not in error.reason
    else:
        assert source.blocks


def test_text_and_file_entry_points_split_lines_alike(tmp_path: Path) -> None:
    """A form feed or a line separator inside a line does not start a new line, whichever way the text comes in."""
    from greenpolicy.core import parse_path, parse_text

    text = "关于做好节水工作的通知\n一、加强管理。做好\x0c节水\u2028工作。（市水利局牵头）\n"
    path = tmp_path / "water.txt"
    path.write_text(text, encoding="utf-8")
    from_text, from_file = parse_text(text), parse_path(path)
    assert [task.text for task in from_text.tasks] == [task.text for task in from_file.tasks]
    assert len(from_text.tasks) == 1


def test_a_text_file_holding_a_pages_html_source_is_read_as_html() -> None:
    source = (
        '三亚市创文巩卫办通报 <p class="ql-block">(三)背街小巷</p> <p class="ql-block">1.南二巷车辆乱停放现象普遍。'
        '(责任单位:市综合行政执法局)</p> <p class="ql-block">2.南二巷杂物乱堆乱放。</p>'
        ' <p class="ql-block">3.南二巷'
    )
    document = read_bytes(source.encode(), name="page.txt")
    assert document.format == "html"
    texts = [block.text for block in document.blocks]
    assert "1.南二巷车辆乱停放现象普遍。(责任单位:市综合行政执法局)" in texts
    assert not any("<p" in text or "</p>" in text for text in texts)


def test_a_text_that_mentions_a_tag_is_still_text() -> None:
    document = read_bytes("网页用</p>结束一个段落。\n第二段。".encode(), name="note.txt")
    assert document.format == "txt"


def hard_wrapped(*paragraphs: str, width: int = 34) -> list[str]:
    """The paragraphs as a page copied from a PDF gives them: cut every `width` characters."""
    return [paragraph[at : at + width] for paragraph in paragraphs for at in range(0, len(paragraph), width)]


def test_lines_of_one_paragraph_a_page_wrapped_are_joined_and_a_paragraph_a_line_is_not() -> None:
    first = (
        "一是要强化全链条监管。区农业农村、市场监管、城管、公安、住建等部门要继续加强联合执法,严厉打击私屠滥宰、"
        "屠宰病死猪、贩卖加工病死猪肉等违法行为,坚决防止病死猪及其产品流向市场、进入餐桌。"
    )
    second = (
        "二是要强化应急处置。各镇办、各有关部门要严格按照《非洲猪瘟疫情应急实施方案(第五版)》要求,进一步完善"
        "非洲猪瘟防控应急预案和处置方案,规范疫情报告制度,强化应急值守,加大应急物资储备。"
    )
    page = hard_wrapped(first, second)
    joined = hard_wraps_joined([Paragraph(text, number) for number, text in enumerate(page, start=1)])
    assert joined == [Paragraph(first, 1), Paragraph(second, len(hard_wrapped(first)) + 1)]
    one_a_line = [Paragraph(first, 1), Paragraph(second, 2)] * 3
    assert hard_wraps_joined(one_a_line) == one_a_line


def test_a_page_wrapped_with_half_width_figures_is_still_one_wrapped_at_a_width() -> None:
    # 2020 年 and 25 日 make lines of a PDF copy a character or two shorter or longer than the width
    page = [
        "为巩固深化“不忘初心、牢记使命”主题教育成果,做好全",
        "市党建示范镇创建工作,进一步提升村(居)党支部组织力,为",
        "我镇在全区各项工作中当旗手、作标杆提供强有力的组织保障。",
        "1、深化党支部“堡垒指数”考核。深入推进党支部标准化",
        "规范化建设,由镇党建办公室每月 25 日前依托“灯塔—党建在",
        "线”对各党支部“三会一课”(含主题党日)、党员发展和党员教",
        "育情况每月进行一次考核,每季度进行一次排名。",
    ]
    joined = hard_wraps_joined([Paragraph(text, number) for number, text in enumerate(page, start=1)])
    assert [block.line for block in joined] == [1, 4]
