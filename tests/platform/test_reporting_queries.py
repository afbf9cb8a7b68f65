"""Cycle compliance as the read service reports it, against counts made by hand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from django.utils import timezone

from greenpolicy.accounts.models import Department
from greenpolicy.ledger.models import Assignment, PolicyDocument, Task
from greenpolicy.reporting import services as reporting
from greenpolicy.reporting.models import ProgressReport, ReportingCycle, ReportState
from greenpolicy.reporting.queries import DepartmentCompliance, cycle_compliance
from tests.platform.conftest import People

TODAY = timezone.localdate()
OPENS, CO_DUE, DUE = TODAY - timedelta(days=20), TODAY - timedelta(days=10), TODAY - timedelta(days=5)


def department(short_name: str) -> Department:
    return Department.objects.get(short_name=short_name)


def add_task(document: PolicyDocument, ref: str, lead: str, *co: str) -> Task:
    task = Task.objects.create(
        document=document, ref=ref, position=10_000 + Task.objects.count(), kind="item", number="", area="测试",
        text=f"测试任务{ref}", deadline_kind="date", due_on=date(2030, 12, 31),
    )  # fmt: skip
    Assignment.objects.create(task=task, department=department(lead), role="lead", written_name=lead)
    for position, name in enumerate(co, start=1):
        Assignment.objects.create(
            task=task, department=department(name), role="co", written_name=name, position=position
        )
    return task


def at_noon(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(12)))


@pytest.fixture
def tasks(seed: PolicyDocument, key_task_1: Task) -> list[Task]:
    """Key task 1 (市发展改革委 leads, 市科技局 joins), T-A (the same two and 市水利局), T-B (市科技局 alone)."""
    return [
        key_task_1,
        add_task(seed, "T-A", "市发展改革委", "市科技局", "市水利局"),
        add_task(seed, "T-B", "市科技局"),
    ]


@pytest.fixture
def open_with(seed: PolicyDocument, people: People, tasks: list[Task]) -> Callable[..., ReportingCycle]:
    def open_cycle(**dates: Any) -> ReportingCycle:
        return reporting.open_cycle(
            seed, actor=people.office, name="第一期", opens_on=OPENS, due_on=DUE, tasks=tasks, **dates
        )

    return open_cycle


def file(cycle: ReportingCycle, task: Task, short_name: str, state: ReportState, day: date | None) -> None:
    """Sets what compliance reads of a report (the workflow that gets it there is tested elsewhere); a report
    signed off is signed the day it was submitted."""
    moment = at_noon(day) if day else None
    signed = state in (ReportState.SIGNED_OFF, ReportState.ACCEPTED)
    updated = ProgressReport.objects.filter(cycle=cycle, task=task, department__short_name=short_name).update(
        state=state, submitted_at=moment, signed_off_at=moment if signed else None
    )
    assert updated == 1


def file_the_story(cycle: ReportingCycle, tasks: list[Task]) -> None:
    key_task_1, task_a, task_b = tasks
    file(cycle, key_task_1, "市发展改革委", ReportState.SIGNED_OFF, DUE - timedelta(days=1))
    file(
        cycle, key_task_1, "市科技局", ReportState.SENT, CO_DUE + timedelta(days=1)
    )  # after CO_DUE, before DUE
    # T-A: 市发展改革委 still drafting
    file(cycle, task_a, "市科技局", ReportState.SENT, CO_DUE)  # on the day is on time
    file(cycle, task_a, "市水利局", ReportState.RETURNED, CO_DUE - timedelta(days=2))  # sent back: not filed
    file(cycle, task_b, "市科技局", ReportState.ACCEPTED, DUE + timedelta(days=1))


def summary(rows: list[DepartmentCompliance]) -> list[tuple[str, list[str], list[str], list[str]]]:
    return [
        (row.department, [line.task_label for line in row.on_time], [line.task_label for line in row.late],
         [line.task_label for line in row.not_filed])
        for row in rows
    ]  # fmt: skip


def test_co_departments_are_judged_against_their_own_date(
    open_with: Callable[..., ReportingCycle], tasks: list[Task]
) -> None:
    cycle = open_with(co_input_due_on=CO_DUE)
    file_the_story(cycle, tasks)
    rows = cycle_compliance(cycle)
    assert summary(rows) == [
        # most not filed first, then most late, then by full name (重庆市发展和改革委员会 before 重庆市水利局)
        ("市发展改革委", ["1"], [], ["T-A"]),
        ("市水利局", [], [], ["T-A"]),
        ("市科技局", ["T-A"], ["1", "T-B"], []),
    ]
    assert [row.total for row in rows] == [2, 1, 3]
    science = rows[2]
    assert [(line.kind, line.due_on) for line in science.late] == [("co_input", CO_DUE), ("lead_report", DUE)]
    assert science.late[0].filed_on == CO_DUE + timedelta(days=1)


def test_without_a_co_input_date_everyone_is_judged_against_the_due_date(
    open_with: Callable[..., ReportingCycle], tasks: list[Task]
) -> None:
    cycle = open_with()
    file_the_story(cycle, tasks)
    assert summary(cycle_compliance(cycle)) == [
        ("市发展改革委", ["1"], [], ["T-A"]),
        ("市水利局", [], [], ["T-A"]),
        ("市科技局", ["1", "T-A"], ["T-B"], []),
    ]


def test_a_fresh_cycle_has_nothing_filed(open_with: Callable[..., ReportingCycle]) -> None:
    rows = cycle_compliance(open_with(co_input_due_on=CO_DUE))
    assert [(row.department, row.total, len(row.not_filed)) for row in rows] == [
        ("市科技局", 3, 3), ("市发展改革委", 2, 2), ("市水利局", 1, 1),
    ]  # fmt: skip
    assert all(not line.filed and line.filed_on is None for row in rows for line in row.not_filed)


def test_a_constant_number_of_queries(
    open_with: Callable[..., ReportingCycle],
    seed: PolicyDocument,
    people: People,
    django_assert_num_queries: Callable[..., Any],
) -> None:
    small = open_with(co_input_due_on=CO_DUE)
    with django_assert_num_queries(2):
        assert sum(row.total for row in cycle_compliance(small)) == 6
    many = [add_task(seed, f"X-{index}", "市发展改革委", "市科技局", "市水利局") for index in range(30)]
    large = reporting.open_cycle(
        seed, actor=people.office, name="第二期", opens_on=OPENS, due_on=DUE, tasks=many
    )
    with django_assert_num_queries(2):
        assert sum(row.total for row in cycle_compliance(large)) == 90


def test_a_lead_report_is_filed_when_its_head_signs_it_off(
    seed: PolicyDocument, people: People, key_task_1: Task
) -> None:
    """Submitted on time but signed off after the due date: late; submitted and never signed: not filed."""
    cycle = reporting.open_cycle(
        seed, actor=people.office, name="第一期", opens_on=OPENS, due_on=TODAY, tasks=[key_task_1]
    )
    report = ProgressReport.objects.lead_reports().get(cycle=cycle)
    reporting.save_report(
        report, actor=people.lead_reporter, version=report.version, progress="已完成", problems="", next_steps="",
        percent=50,
    )  # fmt: skip
    report.refresh_from_db()
    reporting.submit_lead_report(report, actor=people.lead_reporter)

    def ndrc() -> DepartmentCompliance:
        return next(row for row in cycle_compliance(cycle) if row.department == "市发展改革委")

    assert [line.kind for line in ndrc().not_filed] == ["lead_report"]  # awaiting the head's signature
    ProgressReport.objects.filter(pk=report.pk).update(submitted_at=at_noon(TODAY - timedelta(days=3)))
    report.refresh_from_db()
    reporting.sign_off_report(report, actor=people.lead_approver)
    ProgressReport.objects.filter(pk=report.pk).update(signed_off_at=at_noon(TODAY + timedelta(days=1)))
    late = ndrc().late
    assert [(line.kind, line.filed_on) for line in late] == [("lead_report", TODAY + timedelta(days=1))]
