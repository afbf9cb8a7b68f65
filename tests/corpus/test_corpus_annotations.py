"""The team's annotated corpus is well-formed: every annotation is typed as agreed and quotes its document."""

from __future__ import annotations

import importlib.util
import json
import re
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import docx
import pytest
from lxml import html
from pdfminer.high_level import extract_text

CORPUS = Path(__file__).resolve().parent
DOCUMENT_SUFFIXES = (".txt", ".docx", ".pdf", ".html")
KINDS = {"measure", "key_task", "item"}
TEXT_LENGTH = 30
SPACE = re.compile(r"\s+")
# A page footer (— 2 —) lands inside a paragraph's text where a page break cuts it.
PAGE_NUMBER = re.compile(r"^— \d+ —$", re.MULTILINE)
NUMBERING = re.compile(r"^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d+[.．、])")
ATTACHMENT_LABEL = re.compile(r"^附件\d*：")
ASSIGNMENT_WORDS = ("等", "牵头", "配合", "负责", "下同")
BRACKETS = (("（", "）"), ("(", ")"))
BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
SEPARATORS = re.compile(r"[、，,；;]")


def annotation_paths() -> list[Path]:
    """Every annotation of the corpus."""
    return sorted(CORPUS.glob("*.json"))


def document_path(annotation: Path) -> Path:
    """The document an annotation describes: same name, one of the readable suffixes."""
    for suffix in DOCUMENT_SUFFIXES:
        candidate = annotation.with_suffix(suffix)
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"no document beside {annotation.name}")


def load(annotation: Path) -> dict[str, Any]:
    """An annotation's JSON object."""
    value: dict[str, Any] = json.loads(annotation.read_text(encoding="utf-8"))
    return value


def document_text(path: Path, encoding: str = "utf-8-sig") -> str:
    """A document's text as a reader sees it, read with the format's own library."""
    if path.suffix == ".docx":
        document = docx.Document(str(path))
        parts = [paragraph.text for paragraph in document.paragraphs]
        parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        return PAGE_NUMBER.sub("", str(extract_text(str(path))))
    if path.suffix == ".html":
        return "\n".join(str(piece) for piece in html.document_fromstring(path.read_bytes()).itertext())
    return path.read_bytes().decode(encoding)


def squeeze(text: str) -> str:
    """Text without white space: PDF line wraps and table layout must not count."""
    return SPACE.sub("", text)


CASES = [pytest.param(path, id=path.stem[:2]) for path in annotation_paths()]


@pytest.fixture(scope="module")
def texts() -> dict[Path, str]:
    """Squeezed document text per annotation, read once for the module."""
    result = {}
    for annotation in annotation_paths():
        gold = load(annotation)
        result[annotation] = squeeze(
            document_text(document_path(annotation), gold.get("encoding", "utf-8-sig"))
        )
    return result


def test_corpus_holds_at_least_twelve_annotated_documents() -> None:
    assert len(annotation_paths()) >= 12
    for annotation in annotation_paths():
        assert document_path(annotation).stat().st_size > 0


@pytest.mark.parametrize("annotation", CASES)
def test_document_metadata_fields_have_the_agreed_types(annotation: Path) -> None:
    gold = load(annotation)
    assert gold["source"] == gold["text_file"] == document_path(annotation).name
    assert isinstance(gold["title"], str) and gold["title"]
    assert gold["doc_number"] is None or isinstance(gold["doc_number"], str)
    assert isinstance(gold["issuer"], list) and all(isinstance(name, str) and name for name in gold["issuer"])
    assert gold["date"] is None or date.fromisoformat(gold["date"]).isoformat() == gold["date"]
    assert isinstance(gold["implements"], list) and all(
        isinstance(number, str) for number in gold["implements"]
    )
    assert isinstance(gold["complete"], bool)
    assert isinstance(gold["tasks"], list) and gold["tasks"]


@pytest.mark.parametrize("annotation", CASES)
def test_task_fields_have_the_agreed_types(annotation: Path) -> None:
    for task in load(annotation)["tasks"]:
        assert task["kind"] in KINDS
        assert task["number"] is None or isinstance(task["number"], str)
        assert isinstance(task["section_path"], list) and task["section_path"]
        assert all(isinstance(part, str) and part for part in task["section_path"])
        assert isinstance(task["text"], str) and 0 < len(task["text"]) <= TEXT_LENGTH
        assert task["deadline_text"] is None or isinstance(task["deadline_text"], str)
        assert all(isinstance(phrase, str) and phrase for phrase in task.get("deadline_in_text", []))
        assert isinstance(task["departments"], list) and all(
            isinstance(name, str) for name in task["departments"]
        )
        assert isinstance(task["open_ended"], bool)
        assert isinstance(task.get("incomplete", False), bool)


@pytest.mark.parametrize("annotation", CASES)
def test_lead_is_the_first_department_or_none_without_departments(annotation: Path) -> None:
    for task in load(annotation)["tasks"]:
        expected = task["departments"][0] if task["departments"] else None
        assert task["lead"] == expected, task["text"]


@pytest.mark.parametrize("annotation", CASES)
def test_co_leads_are_several_listed_departments_starting_with_the_lead(annotation: Path) -> None:
    for task in load(annotation)["tasks"]:
        if "co_leads" in task:
            co_leads = task["co_leads"]
            assert len(co_leads) >= 2, task["text"]
            assert co_leads == task["departments"][: len(co_leads)], task["text"]


@pytest.mark.parametrize("annotation", CASES)
def test_department_names_are_whole_units_without_assignment_words(annotation: Path) -> None:
    for task in load(annotation)["tasks"]:
        assert len(set(task["departments"])) == len(task["departments"]), task["text"]
        for name in task["departments"]:
            outside_brackets = BRACKETED.sub("", name)
            assert outside_brackets and not SEPARATORS.search(outside_brackets), name
            assert not name.endswith(ASSIGNMENT_WORDS), name
            for opening, closing in BRACKETS:
                assert name.count(opening) == name.count(closing), f"{name} is cut inside its brackets"


@pytest.mark.parametrize("annotation", CASES)
def test_gold_texts_are_distinct_and_start_after_the_numbering(annotation: Path) -> None:
    tasks = load(annotation)["tasks"]
    assert len({task["text"] for task in tasks}) == len(tasks)
    for task in tasks:
        assert not NUMBERING.match(task["text"]), task["text"]


@pytest.mark.parametrize("annotation", CASES)
def test_gold_texts_occur_in_the_document(annotation: Path, texts: dict[Path, str]) -> None:
    for task in load(annotation)["tasks"]:
        assert squeeze(task["text"]) in texts[annotation], task["text"]


@pytest.mark.parametrize("annotation", CASES)
def test_inline_heading_directly_precedes_the_gold_text(annotation: Path, texts: dict[Path, str]) -> None:
    for task in load(annotation)["tasks"]:
        if "heading" in task:
            separator = "." if task["number"].isdigit() else ""
            written = f"{task['number']}{separator}{task['heading']}。{task['text']}"
            assert squeeze(written) in texts[annotation], written


@pytest.mark.parametrize("annotation", CASES)
def test_every_department_is_written_in_the_document(annotation: Path, texts: dict[Path, str]) -> None:
    for task in load(annotation)["tasks"]:
        for name in task["departments"]:
            assert squeeze(name) in texts[annotation], name
        if "raw_assignment" in task:
            assert squeeze(task["raw_assignment"]) in texts[annotation], task["raw_assignment"]


@pytest.mark.parametrize("annotation", CASES)
def test_deadlines_are_quoted_from_the_document(annotation: Path, texts: dict[Path, str]) -> None:
    for task in load(annotation)["tasks"]:
        phrases = [task["deadline_text"], *task.get("deadline_in_text", [])]
        for phrase in filter(None, phrases):
            assert squeeze(phrase) in texts[annotation], phrase


@pytest.mark.parametrize("annotation", CASES)
def test_section_headings_are_quoted_from_the_document(annotation: Path, texts: dict[Path, str]) -> None:
    for task in load(annotation)["tasks"]:
        for part in task["section_path"]:
            assert squeeze(ATTACHMENT_LABEL.sub("", part)) in texts[annotation], part


@pytest.mark.parametrize("annotation", CASES)
def test_metadata_is_quoted_from_the_document(annotation: Path, texts: dict[Path, str]) -> None:
    gold = load(annotation)
    text = texts[annotation]
    assert squeeze(gold["title"]) in text
    for value in (gold["doc_number"], *gold["issuer"], *gold["implements"]):
        if value:
            assert squeeze(value) in text, value
    if gold["date"]:
        day = date.fromisoformat(gold["date"])
        assert f"{day.year}年{day.month}月{day.day}日" in text


@pytest.mark.parametrize("annotation", CASES)
def test_only_a_document_marked_incomplete_ends_inside_its_last_task(annotation: Path) -> None:
    gold = load(annotation)
    incomplete = [index for index, task in enumerate(gold["tasks"]) if task.get("incomplete")]
    if gold["complete"]:
        assert incomplete == []
    else:
        assert incomplete == [len(gold["tasks"]) - 1]


def test_corpus_covers_every_required_file_format() -> None:
    documents = [document_path(annotation) for annotation in annotation_paths()]
    suffixes = {path.suffix for path in documents}
    assert {".txt", ".docx", ".pdf", ".html"} <= suffixes
    raw = [path.read_bytes() for path in documents if path.suffix == ".txt"]
    assert any(data.startswith(b"\xef\xbb\xbf") for data in raw)
    assert any(_is_gbk_only(data) for data in raw)
    assert any(not load(annotation)["complete"] for annotation in annotation_paths())


def _is_gbk_only(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        data.decode("gbk")
        return True
    return False


def test_gbk_document_is_declared_and_not_readable_as_utf8() -> None:
    declared = [annotation for annotation in annotation_paths() if load(annotation).get("encoding") == "gbk"]
    assert declared
    for annotation in declared:
        assert _is_gbk_only(document_path(annotation).read_bytes())


def test_pdf_has_a_cjk_text_layer() -> None:
    for pdf in CORPUS.glob("*.pdf"):
        assert "废旧物资" in extract_text(str(pdf))


def test_word_document_has_a_table_with_merged_area_cells() -> None:
    document = docx.Document(str(next(CORPUS.glob("*.docx"))))
    table = document.tables[0]
    area_cells = [row.cells[0] for row in table.rows[1:]]
    assert len({id(cell._tc) for cell in area_cells}) < len(area_cells)


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_binaries", CORPUS / "build_binaries.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_builder_reproduces_the_generated_documents_byte_for_byte(tmp_path: Path) -> None:
    built = _builder().build_all(tmp_path)
    assert built
    for path in built:
        assert path.read_bytes() == (CORPUS / path.name).read_bytes(), path.name
