"""Scoring the parser against hand-annotated documents (X.txt|docx|pdf|html beside X.json).

A gold task matches the first unmatched parsed task whose text starts with the gold text (the annotation keeps the
first 30 characters, numbering and inline heading removed), or whose whole text the gold text runs past into the
task's assignment; texts are compared after NFKC folding and with white space removed, so that full- and half-width
punctuation and PDF line-wrap spaces do not count.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from greenpolicy.core.model import Ledger, Task
from greenpolicy.core.parsing.assignments import units_named_at
from greenpolicy.core.parsing.metadata import normalize_doc_number

DOCUMENT_SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm")
_SPACE = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Text as compared: NFKC (full-width to half-width), no white space."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text or ""))


@dataclass(frozen=True, slots=True)
class DocumentScore:
    """Counts for one annotated document; ratios are computed over sums, so documents add up."""

    name: str
    gold_tasks: int
    parsed_tasks: int
    matched: int
    leads_correct: int
    departments_true: int
    departments_parsed: int
    departments_gold: int
    deadlines_correct: int
    metadata_correct: int
    metadata_fields: int
    unmatched_gold: tuple[str, ...] = ()

    def __add__(self, other: DocumentScore) -> DocumentScore:
        return DocumentScore(
            "overall",
            self.gold_tasks + other.gold_tasks,
            self.parsed_tasks + other.parsed_tasks,
            self.matched + other.matched,
            self.leads_correct + other.leads_correct,
            self.departments_true + other.departments_true,
            self.departments_parsed + other.departments_parsed,
            self.departments_gold + other.departments_gold,
            self.deadlines_correct + other.deadlines_correct,
            self.metadata_correct + other.metadata_correct,
            self.metadata_fields + other.metadata_fields,
        )

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold_tasks)

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.parsed_tasks)

    @property
    def lead_accuracy(self) -> float:
        return _ratio(self.leads_correct, self.matched)

    @property
    def department_f1(self) -> float:
        precision = _ratio(self.departments_true, self.departments_parsed)
        recall = _ratio(self.departments_true, self.departments_gold)
        return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)

    @property
    def deadline_accuracy(self) -> float:
        return _ratio(self.deadlines_correct, self.matched)

    @property
    def metadata_accuracy(self) -> float:
        return _ratio(self.metadata_correct, self.metadata_fields)


METRICS: dict[str, Callable[[DocumentScore], float]] = {
    "recall": lambda score: score.recall,
    "precision": lambda score: score.precision,
    "lead": lambda score: score.lead_accuracy,
    "dept_f1": lambda score: score.department_f1,
    "deadline": lambda score: score.deadline_accuracy,
    "metadata": lambda score: score.metadata_accuracy,
}


def _ratio(part: int, whole: int) -> float:
    return 1.0 if whole == 0 else part / whole


def annotated_documents(directory: Path) -> list[tuple[Path, Path]]:
    """(document, annotation) pairs of a directory, by name."""
    pairs = []
    for annotation in sorted(directory.glob("*.json")):
        for suffix in DOCUMENT_SUFFIXES:
            document = annotation.with_suffix(suffix)
            if document.exists():
                pairs.append((document, annotation))
                break
    return pairs


def score_document(name: str, ledger: Ledger, gold: dict[str, Any]) -> DocumentScore:
    """Compare one parsed ledger with its annotation."""
    gold_tasks: list[dict[str, Any]] = gold.get("tasks", [])
    pairs, unmatched = _match(gold_tasks, ledger.tasks)
    leads = departments_true = departments_parsed = departments_gold = deadlines = 0
    for gold_task, task in pairs:
        lead = task.lead
        leads += fold(gold_task.get("lead")) == fold(lead.name if lead else None)
        parsed_names = Counter(fold(department.name) for department in task.departments)
        gold_names = Counter(fold(name) for name in gold_task.get("departments", []))
        departments_true += sum((parsed_names & gold_names).values())
        departments_parsed += sum(parsed_names.values())
        departments_gold += sum(gold_names.values())
        deadlines += _deadline_key(_gold_deadline(gold_task)) == _deadline_key(task.deadline.text)
    metadata_correct, metadata_fields = _metadata(ledger, gold)
    return DocumentScore(
        name,
        len(gold_tasks),
        len(ledger.tasks),
        len(pairs),
        leads,
        departments_true,
        departments_parsed,
        departments_gold,
        deadlines,
        metadata_correct,
        metadata_fields,
        tuple(unmatched),
    )


def _match(
    gold_tasks: Sequence[dict[str, Any]], tasks: Sequence[Task]
) -> tuple[list[tuple[dict[str, Any], Task]], list[str]]:
    free = list(tasks)
    folded = {id(task): fold(task.text) for task in tasks}
    pairs: list[tuple[dict[str, Any], Task]] = []
    unmatched: list[str] = []
    for gold_task in gold_tasks:
        prefix = fold(gold_task.get("text"))
        found = next((task for task in free if prefix and _text_matches(prefix, folded[id(task)])), None)
        if found is None:
            unmatched.append(gold_task.get("text", ""))
            continue
        free.remove(found)
        pairs.append((gold_task, found))
    return pairs, unmatched


def _text_matches(prefix: str, text: str) -> bool:
    """Whether a parsed text is the gold task's: it starts with the gold prefix, or, shorter than thirty characters,
    is the whole of it before what the annotator went on to copy: the assignment (…节能降耗。(负责单位), or, after the
    clause's stop, the next unit's share (市委政法委负责…工作;市人力社保局负)."""
    return text.startswith(prefix) or (
        len(text) >= _WHOLE_TEXT
        and prefix.startswith(text)
        and (_ASSIGNMENT_AFTER.match(prefix, len(text)) is not None or _next_share_after(prefix, text))
    )


_WHOLE_TEXT = 8
_ASSIGNMENT_AFTER = re.compile(r"[(\[【〔]|(?:责任|牵头|负责|主办|配合)(?:单位|部门)")


def _next_share_after(prefix: str, text: str) -> bool:
    """Whether a text ends at its clause's stop and the gold prefix goes on with the next unit's name."""
    return text.endswith(_CLAUSE_STOPS) and bool(units_named_at(prefix, len(text)))


_CLAUSE_STOPS = (";", "。")  # as folded: NFKC makes ； a ;


def _deadline_key(text: str | None) -> str:
    """A deadline as compared: folded, without the stop that ends the sentence it was copied from, nor the words an
    annotator may copy around its date (于5月10日前, 在5月25日前, 6月底完成)."""
    return fold(text).rstrip("。.；;，,").removeprefix("于").removeprefix("在").removesuffix("完成")


def _gold_deadline(gold_task: dict[str, Any]) -> str | None:
    if gold_task.get("deadline_text"):
        return str(gold_task["deadline_text"])
    in_text = gold_task.get("deadline_in_text") or []
    if isinstance(in_text, str):  # one date written as a string rather than a list of one
        return in_text
    return str(in_text[0]) if in_text else None


def _metadata(ledger: Ledger, gold: dict[str, Any]) -> tuple[int, int]:
    checks = [
        fold(gold.get("title")) == fold(ledger.title),
        _doc_number(gold.get("doc_number")) == _doc_number(ledger.doc_number),
        {fold(name) for name in gold.get("issuer", [])} == {fold(name) for name in ledger.issuers},
        gold.get("date") == (ledger.date.isoformat() if ledger.date else None),
    ]
    return sum(checks), len(checks)


def _doc_number(number: str | None) -> str:
    return fold(normalize_doc_number(number)) if number else ""


def load_annotation(path: Path) -> dict[str, Any]:
    """An annotation file's JSON object."""
    value = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(value, dict):
        raise ValueError(f"{path}: an annotation is a JSON object")
    return value
