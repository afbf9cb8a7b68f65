"""The parser on the team's annotated corpus: every document at the issue's acceptance bar."""

from __future__ import annotations

from pathlib import Path

import pytest

from greenpolicy.core import parse_path
from greenpolicy.core.evaluation import DocumentScore, annotated_documents, load_annotation, score_document

CORPUS = Path(__file__).resolve().parent
PAIRS = annotated_documents(CORPUS)


def _score(document: Path, annotation: Path) -> DocumentScore:
    return score_document(document.name, parse_path(document), load_annotation(annotation))


def test_corpus_has_every_format() -> None:
    assert len(PAIRS) >= 10
    assert {document.suffix for document, _ in PAIRS} == {".txt", ".docx", ".pdf", ".html"}


@pytest.mark.parametrize("pair", PAIRS, ids=lambda pair: pair[0].name)
def test_each_document_meets_the_bar(pair: tuple[Path, Path]) -> None:
    score = _score(*pair)
    assert score.recall >= 0.95, score.unmatched_gold
    assert score.precision >= 0.95
    assert score.lead_accuracy >= 0.95
    assert score.department_f1 >= 0.95
    assert score.deadline_accuracy >= 0.95
    assert score.metadata_accuracy >= 0.75
