"""The warning colour of each task today: the core's rules applied to what the ledger and the reports record."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime

from django.utils import timezone

from greenpolicy.core.model import DeadlineKind as CoreDeadlineKind
from greenpolicy.core.warnings import (
    AcknowledgementFacts,
    Assessment,
    MilestoneFacts,
    ReportFacts,
    TaskFacts,
    WarningLevel,
    WarningThresholds,
    assess,
)
from greenpolicy.core.workdays import WorkingCalendar
from greenpolicy.ledger.choices import TaskStatus
from greenpolicy.ledger.conf import supervision_settings
from greenpolicy.ledger.models import Task
from greenpolicy.reporting.models import ProgressReport, ReportKind, filed_at

__all__ = ["WarningLevel", "assess_facts", "assess_tasks", "task_facts"]


def thresholds() -> WarningThresholds:
    configured = supervision_settings()
    return WarningThresholds(
        due_soon_days=configured.due_soon_days,
        report_due_soon_working_days=configured.report_due_soon_working_days,
        behind_plan_margin=configured.behind_plan_margin,
    )


def assess_tasks(tasks: Sequence[Task], *, today: date) -> dict[int, Assessment]:
    """Each task's assessment, with one query for all their lead reports (milestones come prefetched)."""
    return assess_facts({task.pk: _facts(task) for task in tasks}, today=today)


def assess_facts(facts: Mapping[int, TaskFacts], *, today: date) -> dict[int, Assessment]:
    """Each task's assessment from what is known of it (by task id), its lead reports read here in one query."""
    reports: dict[int, list[ReportFacts]] = defaultdict(list)
    lead_reports = (
        ProgressReport.objects.lead_reports()
        .filter(task__in=list(facts), cycle__closed=False)
        .order_by("cycle__due_on", "pk")  # not the Meta ordering, which joins the tasks and departments
        .values_list("task_id", "cycle__due_on", "cycle__name", "state", "submitted_at", "signed_off_at")
    )
    for task_id, due_on, cycle, state, submitted_at, signed_off_at in lead_reports:
        filed = filed_at(ReportKind.LEAD_REPORT, state, submitted_at, signed_off_at)
        reports[task_id].append(ReportFacts(due_on, timezone.localdate(filed) if filed else None, cycle))
    calendar, limits = WorkingCalendar.default(), thresholds()
    return {pk: assess(replace(known, reports=tuple(reports[pk])), today=today, calendar=calendar, thresholds=limits)
            for pk, known in facts.items()}  # fmt: skip


def task_facts(
    *,
    deadline_kind: str,
    due_on: date | None,
    status: str,
    trigger_met_on: date | None,
    started_on: date | None,
    progress_percent: int | None,
    milestones: Iterable[tuple[date, int]],
    acknowledgements: Iterable[tuple[str, date | None, datetime | None]],
) -> TaskFacts:
    """What the rules read of a task, from its columns, its milestones (date, planned percent) and its
    assignments' receipts (department, acknowledge by, acknowledged at); its reports come in `assess_facts`."""
    return TaskFacts(
        deadline_kind=CoreDeadlineKind(deadline_kind),
        due_on=due_on,
        closed=status == TaskStatus.CLOSED,
        trigger_met=trigger_met_on is not None,
        start_on=started_on,
        reported_percent=progress_percent,
        milestones=tuple(MilestoneFacts(day, percent) for day, percent in milestones),
        acknowledgements=tuple(
            AcknowledgementFacts(department, by, timezone.localdate(at) if at else None)
            for department, by, at in acknowledgements
            if by is not None
        ),
    )


def _facts(task: Task) -> TaskFacts:
    return task_facts(
        deadline_kind=task.deadline_kind,
        due_on=task.due_on,
        status=task.status,
        trigger_met_on=task.trigger_met_on,
        started_on=task.started_on,
        progress_percent=task.progress_percent,
        milestones=((m.due_on, m.planned_percent) for m in task.milestones.all()),
        acknowledgements=(
            (str(a.department), a.acknowledge_by, a.acknowledged_at) for a in task.assignments.all()
        ),
    )
