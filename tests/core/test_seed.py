"""The seed document (渝发改资环〔2020〕1891号) against its hand annotation: the acceptance test of the engine."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from greenpolicy.core import parse_path
from greenpolicy.core.evaluation import fold
from greenpolicy.core.model import DeadlineKind, Ledger, Role, TaskKind
from tests.conftest import SEED


@pytest.fixture(scope="module")
def ledger() -> Ledger:
    return parse_path(SEED)


def test_seed_has_nine_measures_and_fifteen_key_tasks(ledger: Ledger) -> None:
    kinds = [task.kind for task in ledger.tasks]
    assert kinds.count(TaskKind.MEASURE) == 9
    assert kinds.count(TaskKind.KEY_TASK) == 15
    assert len(ledger.tasks) == 24


def test_seed_tasks_match_the_annotation_text_departments_leads_and_deadlines(
    ledger: Ledger, seed_gold: dict[str, Any]
) -> None:
    for gold, task in zip(seed_gold["tasks"], ledger.tasks, strict=True):
        assert task.kind.value == gold["kind"]
        assert fold(task.text).startswith(fold(gold["text"])), (task.ref, task.text)
        assert [department.name for department in task.departments] == gold["departments"]
        assert (task.lead.name if task.lead else None) == gold["lead"]
        assert task.deadline.text == gold["deadline_text"]
        assert list(task.section_path) == gold["section_path"]
        assert task.incomplete == gold.get("incomplete", False)


def test_seed_metadata(ledger: Ledger, seed_gold: dict[str, Any]) -> None:
    assert ledger.title == seed_gold["title"]
    assert ledger.doc_number == seed_gold["doc_number"]
    assert list(ledger.issuers) == seed_gold["issuer"]
    assert ledger.date == date(2020, 12, 10)
    assert [citation.doc_number for citation in ledger.implements] == seed_gold["implements"]
    assert ledger.recipients[0] == "各区县（自治县）人民政府"
    assert "市级有关部门和单位" in ledger.recipients


def test_seed_key_task_15_is_kept_and_marked_incomplete(ledger: Ledger) -> None:
    last = ledger.tasks[-1]
    assert last.number == "15"
    assert last.incomplete
    assert last.departments == ()
    codes = {(diagnostic.code, diagnostic.ref) for diagnostic in ledger.diagnostics}
    assert ("incomplete_task", last.ref) in codes
    assert ("truncated", None) in codes


def test_seed_deadlines_are_normalised(ledger: Ledger) -> None:
    by_number = {task.number: task for task in ledger.tasks if task.kind is TaskKind.KEY_TASK}
    assert by_number["3"].deadline.kind is DeadlineKind.DATE
    assert by_number["3"].deadline.due == date(2021, 12, 31)
    assert by_number["1"].deadline.kind is DeadlineKind.ONGOING
    assert by_number["5"].deadline.kind is DeadlineKind.CONDITIONAL
    assert by_number["9"].deadline.due == date(2022, 12, 31)


def test_seed_2020_tasks_are_flagged_as_due_within_30_days_of_issue(ledger: Ledger) -> None:
    flagged = {
        diagnostic.ref for diagnostic in ledger.diagnostics if diagnostic.code == "deadline_near_issue"
    }
    expected = {task.ref for task in ledger.tasks if task.deadline.text == "2020年"}
    assert expected == {"K6", "K13"}
    assert flagged == expected


def test_seed_departments_resolve_to_registry_names(ledger: Ledger) -> None:
    departments = {d.name: d for task in ledger.tasks for d in task.departments}
    assert departments["市发展改革委"].canonical == "重庆市发展和改革委员会"
    assert departments["人行重庆营管部"].canonical == "中国人民银行重庆营业管理部"
    assert departments["重庆市税务局"].canonical == "国家税务总局重庆市税务局"
    assert all(d.role is Role.CO for task in ledger.tasks for d in task.departments[1:])


def test_seed_no_department_is_invented(ledger: Ledger) -> None:
    text = SEED.read_text(encoding="utf-8")
    for task in ledger.tasks:
        for department in task.departments:
            assert department.name in text


def test_seed_table_area_is_matched_to_the_main_text_area(ledger: Ledger) -> None:
    key_task_14 = next(task for task in ledger.tasks if task.ref == "K14")
    assert key_task_14.area == "促进能源清洁发展"
    notes = [d.message for d in ledger.diagnostics if d.code == "area_renamed"]
    assert len(notes) == 1
    assert "五、促进清洁能源发展" in notes[0]
    assert "（五）促进能源清洁发展" in notes[0]


def test_seed_measures_keep_their_sentences_as_actions(ledger: Ledger) -> None:
    first = ledger.tasks[0]
    assert (
        first.actions[0]
        == "健全推行绿色设计的政策机制，支持企业开展国家绿色设计示范试点，加快绿色设计技术创新和应用。"
    )
    assert len(first.actions) == 5
    assert first.open_ended
