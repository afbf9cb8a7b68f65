"""The start page: my tasks, my due reports, the warnings and the programme's numbers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from greenpolicy.accounts.permissions import can_supervise
from greenpolicy.core.warnings import Assessment
from greenpolicy.ledger.choices import TaskStatus
from greenpolicy.ledger.models import Assignment, PolicyDocument, Task
from greenpolicy.ledger.permissions import assignment_of
from greenpolicy.reporting.models import ProgressReport, ReportState
from greenpolicy.reporting.warnings import WarningLevel, assess_tasks
from greenpolicy.web.requests import SignedInRequest

_WARNED = (WarningLevel.RED, WarningLevel.YELLOW)


@dataclass
class DocumentNumbers:
    """One document's line in the programme's numbers."""

    document: PolicyDocument
    total: int = 0
    closed: int = 0
    colours: Counter[WarningLevel] = field(default_factory=Counter)

    def add(self, task: Task, level: WarningLevel) -> None:
        self.total += 1
        self.closed += task.status == TaskStatus.CLOSED
        self.colours[level] += 1

    @property
    def red(self) -> int:
        return self.colours[WarningLevel.RED]

    @property
    def yellow(self) -> int:
        return self.colours[WarningLevel.YELLOW]

    @property
    def green(self) -> int:
        return self.colours[WarningLevel.GREEN]

    @property
    def grey(self) -> int:
        return self.colours[WarningLevel.GREY]


def home(request: SignedInRequest) -> HttpResponse:
    user = request.user
    today = timezone.localdate()
    tasks = list(Task.objects.current().for_ledger())
    assessments = assess_tasks(tasks, today=today)
    mine: list[tuple[Task, Assignment, Assessment]] = []
    due_reports: list[ProgressReport] = []
    if user.acts_for_department:
        mine = [
            (task, assignment, assessments[task.pk])
            for task in tasks
            if (assignment := assignment_of(user, task)) is not None
        ]
        due_reports = list(
            ProgressReport.objects.filter(
                department=user.department_id,
                cycle__closed=False,
                state__in=(ReportState.DRAFT, ReportState.RETURNED),
            )
            .select_related("cycle")
            .prefetch_related("task")  # by id: joined, the two ledger-sized tables can be planned badly
            .order_by("cycle__due_on", "cycle_id", "pk")
        )
        due_reports.sort(key=lambda report: (report.cycle.due_on, report.cycle_id, report.task.position))
    scope = [task for task, _, _ in mine] if user.acts_for_department else tasks
    warnings = sorted(
        ((task, assessments[task.pk]) for task in scope if assessments[task.pk].level in _WARNED),
        key=lambda pair: (-pair[1].level.severity, pair[0].document_id, pair[0].position),
    )
    colours = Counter(assessment.level for assessment in assessments.values())
    by_document: dict[int, DocumentNumbers] = {}
    for task in tasks:
        row = by_document.setdefault(task.document_id, DocumentNumbers(task.document))
        row.add(task, assessments[task.pk].level)
    context = {
        "today": today,
        "mine": mine,
        "due_reports": due_reports,
        "warnings": warnings,
        "supervises": can_supervise(user),
        "review_count": ProgressReport.objects.awaiting_review().count() if can_supervise(user) else 0,
        "numbers": {
            "total": len(tasks),
            "closed": sum(task.status == TaskStatus.CLOSED for task in tasks),
            "red": colours[WarningLevel.RED],
            "yellow": colours[WarningLevel.YELLOW],
            "green": colours[WarningLevel.GREEN],
            "grey": colours[WarningLevel.GREY],
        },
        "by_document": list(by_document.values()),
    }
    return render(request, "web/home.html", context)
