"""The warning colour of each task today: the core's rules applied to what the ledger and the reports record."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

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
from greenpolicy.ledger.conf import supervision_settings
from greenpolicy.ledger.models import Task

__all__ = ["WarningLevel", "assess_tasks"]


def thresholds() -> WarningThresholds:
    configured = supervision_settings()
    return WarningThresholds(
        due_soon_days=configured.due_soon_days,
        report_due_soon_working_days=configured.report_due_soon_working_days,
        behind_plan_margin=configured.behind_plan_margin,
    )


def assess_tasks(tasks: Sequence[Task], *, today: date) -> dict[int, Assessment]:
    """Each task's assessment, with one query for all their lead reports (milestones come prefetched)."""
    from greenpolicy.reporting.models import ProgressReport, ReportState

    reports: dict[int, list[ReportFacts]] = defaultdict(list)
    lead_reports = (
        ProgressReport.objects.lead_reports()
        .filter(task__in=[task.pk for task in tasks], cycle__closed=False)
        .order_by("cycle__due_on", "pk")  # not the Meta ordering, which joins the tasks and departments
        .values_list("task_id", "cycle__due_on", "cycle__name", "state", "submitted_at")
    )
    for task_id, due_on, cycle, state, submitted_at in lead_reports:
        filed = state not in (ReportState.DRAFT, ReportState.RETURNED)
        submitted_on = timezone.localdate(submitted_at) if filed and submitted_at else None
        reports[task_id].append(ReportFacts(due_on, submitted_on, cycle))
    calendar, limits = WorkingCalendar.default(), thresholds()
    return {task.pk: assess(_facts(task, reports[task.pk]), today=today, calendar=calendar, thresholds=limits)
            for task in tasks}  # fmt: skip


def _facts(task: Task, reports: list[ReportFacts]) -> TaskFacts:
    return TaskFacts(
        deadline_kind=CoreDeadlineKind(task.deadline_kind),
        due_on=task.due_on,
        closed=task.is_closed,
        trigger_met=task.trigger_met_on is not None,
        start_on=task.started_on,
        reported_percent=task.progress_percent,
        milestones=tuple(MilestoneFacts(m.due_on, m.planned_percent) for m in task.milestones.all()),
        reports=tuple(reports),
        acknowledgements=tuple(
            AcknowledgementFacts(
                str(a.department),
                a.acknowledge_by,
                timezone.localdate(a.acknowledged_at) if a.acknowledged_at else None,
            )
            for a in task.assignments.all()
            if a.acknowledge_by is not None
        ),
    )
