"""The dashboard's figures (驾驶舱): one service for the pages, the exports and the API.

`dashboard_figures(today=…, document=…, area=…, department=…, year=…)` reads the current tasks (documents in force,
not withdrawn) that the ledger shows under the same filters, and counts them:

- per task area, per lead department and per co-department: tasks, closed (销号) and each warning colour today
  (`assess_tasks`); with a department filter only that department's rows are kept, so that each row's drill-down
  (the ledger filtered by the row's department and role) lists exactly the tasks the row counts;
- deadlines: tasks with a due date per year and quarter; tasks without one per deadline kind (持续推进, 视情推进,
  未明确; a 限期 task whose date could not be read counts under 未明确);
- reporting compliance per cycle of a document in force (`cycle_compliance`): reports filed on time, late, not filed,
  and per department; only reports on the filtered tasks, and with a department filter only that department's;
- completion trend: per cycle, how many of the filtered tasks had been closed (`Task.closed_at`, local date) by the
  cycle's due date.

Every row carries the ledger's query parameters of its drill-down (`filters`, `query`): the ledger then lists
exactly the tasks the row counts (the trend's, the tasks closed now). Queries: four for the tasks and their warnings, one for
the cycles, two per cycle; none grows with the ledger.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

from django.utils import timezone
from django.utils.translation import gettext as _

from greenpolicy.core.warnings import TaskFacts, WarningLevel
from greenpolicy.ledger.choices import DeadlineKind, TaskStatus
from greenpolicy.ledger.models import Assignment, Milestone, Task
from greenpolicy.ledger.querysets import TaskQuerySet, among
from greenpolicy.reporting.models import ReportingCycle
from greenpolicy.reporting.queries import cycle_compliance
from greenpolicy.reporting.warnings import assess_facts, task_facts

__all__ = [
    "CycleCompliance",
    "DashboardFigures",
    "DepartmentFiling",
    "Filters",
    "TaskCount",
    "TrendPoint",
    "dashboard_figures",
]

Filters = tuple[tuple[str, str], ...]
LEVELS = (WarningLevel.RED, WarningLevel.YELLOW, WarningLevel.GREEN, WarningLevel.GREY)


def _query(filters: Filters, *extra: tuple[str, str]) -> str:
    return urlencode((*filters, *extra))


@dataclass(frozen=True)
class TaskCount:
    """Tasks in a group (an area, a department, a quarter, a deadline kind), closed and by warning colour."""

    key: str
    label: str
    total: int
    closed: int
    red: int
    yellow: int
    green: int
    grey: int
    filters: Filters  # the ledger's query parameters listing these tasks

    @property
    def query(self) -> str:
        return _query(self.filters)

    def measure_query(self, measure: str) -> str:
        """The drill-down of one measure: "total", "closed" or a warning colour."""
        if measure == "closed":
            return _query(self.filters, ("status", TaskStatus.CLOSED))
        if measure in LEVELS:
            return _query(self.filters, ("warning", measure))
        return self.query


@dataclass(frozen=True)
class DepartmentFiling:
    """One department's reports in a cycle."""

    department_id: int
    department: str
    on_time: int
    late: int
    not_filed: int
    filters: Filters


@dataclass(frozen=True)
class CycleCompliance:
    """A cycle's reports (lead reports and co-department inputs) filed on time, late, not at all."""

    cycle_id: int
    name: str
    due_on: date
    on_time: int
    late: int
    not_filed: int
    departments: tuple[DepartmentFiling, ...]  # most not filed first, as `cycle_compliance` orders them
    filters: Filters

    @property
    def total(self) -> int:
        return self.on_time + self.late + self.not_filed

    @property
    def query(self) -> str:
        return _query(self.filters)


@dataclass(frozen=True)
class TrendPoint:
    """How many of the tasks had been closed by a cycle's due date."""

    cycle_id: int
    name: str
    due_on: date
    total: int
    closed: int
    filters: Filters  # the tasks closed now (the ledger has no "closed by" filter)

    @property
    def percent(self) -> int:
        return round(100 * self.closed / self.total) if self.total else 0

    @property
    def query(self) -> str:
        return _query(self.filters)


@dataclass(frozen=True)
class DashboardFigures:
    today: date
    filters: Filters  # the dashboard's own filters, part of every drill-down
    summary: TaskCount
    areas: tuple[TaskCount, ...]
    lead_departments: tuple[TaskCount, ...]
    co_departments: tuple[TaskCount, ...]
    deadlines: tuple[TaskCount, ...]  # dated tasks per year and quarter, in time order
    undated: tuple[TaskCount, ...]  # per deadline kind: ongoing, conditional, none
    cycles: tuple[CycleCompliance, ...]  # by due date
    trend: tuple[TrendPoint, ...]  # by due date


class _Tally:
    def __init__(self, label: str, filters: Filters) -> None:
        self.label, self.filters = label, filters
        self.total = self.closed = 0
        self.levels: Counter[WarningLevel] = Counter()

    def add(self, task: _Row, level: WarningLevel) -> None:
        self.total += 1
        self.closed += task.status == TaskStatus.CLOSED
        self.levels[level] += 1

    def row(self, key: str) -> TaskCount:
        red, yellow, green, grey = (self.levels[level] for level in LEVELS)
        return TaskCount(key, self.label, self.total, self.closed, red, yellow, green, grey, self.filters)


@dataclass(frozen=True)
class _Assignment:
    department_id: int
    department: str  # as shown: short name, else name
    role: str


@dataclass(frozen=True)
class _Row:
    """A task as the dashboard counts it, read as plain values: model instances cost ten times more at 20,000."""

    pk: int
    area: str
    status: str
    due_on: date | None
    deadline_kind: str
    closed_at: datetime | None
    assignments: tuple[_Assignment, ...]
    facts: TaskFacts  # what its warning is judged on, but for its reports


def _rows(tasks: TaskQuerySet) -> list[_Row]:
    """The tasks in ledger order with their assignments and milestones: three queries, however many tasks."""
    ids = tasks.order_by().values("pk")
    assignments: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in (
        Assignment.objects.filter(among("task_id", ids))
        .order_by("position", "pk")
        .values_list("task_id", "department_id", "department__short_name", "department__name", "role",
                     "acknowledge_by", "acknowledged_at")
    ):  # fmt: skip
        assignments[row[0]].append(row[1:])
    milestones: dict[int, list[tuple[date, int]]] = defaultdict(list)
    for task_id, due_on, percent in (
        Milestone.objects.filter(among("task_id", ids))
        .order_by("due_on", "pk")
        .values_list("task_id", "due_on", "planned_percent")
    ):
        milestones[task_id].append((due_on, percent))
    fields = ("pk", "area", "status", "due_on", "deadline_kind", "closed_at", "trigger_met_on", "started_on",
              "progress_percent")  # fmt: skip
    rows = []
    for task in tasks.in_ledger_order().values(*fields):
        mine = assignments[task["pk"]]
        facts = task_facts(
            deadline_kind=task["deadline_kind"],
            due_on=task["due_on"],
            status=task["status"],
            trigger_met_on=task["trigger_met_on"],
            started_on=task["started_on"],
            progress_percent=task["progress_percent"],
            milestones=milestones[task["pk"]],
            acknowledgements=((short or name, by, at) for _id, short, name, _role, by, at in mine),
        )
        rows.append(
            _Row(
                task["pk"], task["area"], task["status"], task["due_on"], task["deadline_kind"], task["closed_at"],
                tuple(_Assignment(pk, short or name, role) for pk, short, name, role, _by, _at in mine), facts,
            )
        )  # fmt: skip
    return rows


def _pk(value: Any) -> int | None:
    return None if value in (None, "") else int(getattr(value, "pk", value))


def dashboard_figures(
    *,
    today: date,
    document: Any = None,
    area: str | None = None,
    department: Any = None,
    year: int | None = None,
) -> DashboardFigures:
    """The dashboard's figures for the current tasks under these filters (a document or department as object or id)."""
    document_id, department_id = _pk(document), _pk(department)
    base: Filters = tuple(
        (key, str(value))
        for key, value in (
            ("document", document_id),
            ("area", area),
            ("department", department_id),
            ("year", year),
        )
        if value not in (None, "")
    )
    without_department = tuple(pair for pair in base if pair[0] != "department")
    tasks = _rows(
        Task.objects.current().filtered(document=document_id, area=area, department=department_id, year=year)
    )
    facts = {task.pk: task.facts for task in tasks}
    levels = {pk: assessment.level for pk, assessment in assess_facts(facts, today=today).items()}

    summary = _Tally(_("全部任务"), base)
    areas: dict[str, _Tally] = {}
    leads: dict[int, _Tally] = {}
    cos: dict[int, _Tally] = {}
    quarters: dict[tuple[int, int], _Tally] = {}
    undated = {
        kind: _Tally(str(kind.label), (*base, ("deadline_kind", kind.value)))
        for kind in (DeadlineKind.ONGOING, DeadlineKind.CONDITIONAL, DeadlineKind.NONE)
    }
    for task in tasks:
        level = levels[task.pk]
        summary.add(task, level)
        if task.area not in areas:
            filters = (*base, ("area", task.area)) if task.area and not area else base
            areas[task.area] = _Tally(task.area or _("未分领域"), filters)
        areas[task.area].add(task, level)
        for role, tallies in (("lead", leads), ("co", cos)):
            for assignment in task.assignments:
                if assignment.role != role or (department_id and assignment.department_id != department_id):
                    continue
                if assignment.department_id not in tallies:
                    filters = (
                        *without_department,
                        ("department", str(assignment.department_id)),
                        ("role", role),
                    )
                    tallies[assignment.department_id] = _Tally(assignment.department, filters)
                tallies[assignment.department_id].add(task, level)
        if task.due_on:
            quarter = (task.due_on.year, (task.due_on.month - 1) // 3 + 1)
            if quarter not in quarters:
                filters = (
                    *_without_year(base),
                    ("deadline_kind", DeadlineKind.DATE.value),
                    ("year", str(quarter[0])),
                    ("quarter", str(quarter[1])),
                )
                label = _("%(year)d年第%(quarter)d季度") % {"year": quarter[0], "quarter": quarter[1]}
                quarters[quarter] = _Tally(label, filters)
            quarters[quarter].add(task, level)
        else:
            kind = DeadlineKind(task.deadline_kind)
            undated[kind if kind in undated else DeadlineKind.NONE].add(task, level)

    cycles, trend = _cycles(tasks, base, document_id, department_id)
    return DashboardFigures(
        today=today,
        filters=base,
        summary=summary.row("all"),
        areas=tuple(tally.row(key) for key, tally in areas.items()),
        lead_departments=_by_size(leads),
        co_departments=_by_size(cos),
        deadlines=tuple(quarters[key].row(f"{key[0]}-Q{key[1]}") for key in sorted(quarters)),
        undated=tuple(tally.row(kind.value) for kind, tally in undated.items()),
        cycles=cycles,
        trend=trend,
    )


def _without_year(filters: Filters) -> Filters:
    return tuple(pair for pair in filters if pair[0] != "year")


def _by_size(tallies: dict[int, _Tally]) -> tuple[TaskCount, ...]:
    ordered = sorted(tallies.items(), key=lambda item: (-item[1].total, item[1].label))
    return tuple(tally.row(str(key)) for key, tally in ordered)


def _cycles(
    tasks: list[_Row], base: Filters, document_id: int | None, department_id: int | None
) -> tuple[tuple[CycleCompliance, ...], tuple[TrendPoint, ...]]:
    cycles = ReportingCycle.objects.filter(document__superseded_by__isnull=True).order_by("due_on", "pk")
    if document_id:
        cycles = cycles.filter(document_id=document_id)
    task_ids = {task.pk for task in tasks}
    closed_on = [timezone.localdate(task.closed_at) for task in tasks if task.closed_at is not None]
    without_document = tuple(pair for pair in base if pair[0] != "document")
    compliance, trend = [], []
    for cycle in cycles:
        filters = (("document", str(cycle.document_id)), *without_document)
        departments = []
        for row in cycle_compliance(cycle):
            if department_id and row.department_id != department_id:
                continue
            on_time, late, not_filed = (
                sum(line.task_id in task_ids for line in lines)
                for lines in (row.on_time, row.late, row.not_filed)
            )
            if on_time + late + not_filed:
                department_filters = (*tuple(p for p in filters if p[0] != "department"),
                                      ("department", str(row.department_id)))  # fmt: skip
                departments.append(
                    DepartmentFiling(
                        row.department_id, row.department, on_time, late, not_filed, department_filters
                    )
                )
        compliance.append(
            CycleCompliance(
                cycle_id=cycle.pk,
                name=cycle.name,
                due_on=cycle.due_on,
                on_time=sum(d.on_time for d in departments),
                late=sum(d.late for d in departments),
                not_filed=sum(d.not_filed for d in departments),
                departments=tuple(departments),
                filters=filters,
            )
        )
        trend.append(
            TrendPoint(
                cycle_id=cycle.pk,
                name=cycle.name,
                due_on=cycle.due_on,
                total=len(tasks),
                closed=sum(day <= cycle.due_on for day in closed_on),
                filters=(*base, ("status", TaskStatus.CLOSED.value)),
            )
        )
    return tuple(compliance), tuple(trend)
