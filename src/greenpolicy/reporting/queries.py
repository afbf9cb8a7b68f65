"""Read-only questions about reporting, answered in a fixed number of queries as plain frozen rows.

`cycle_compliance(cycle)`: per department, which of its reports were filed on time, late, or not at all. A
co-department's input is due on the cycle's `co_input_due_on` when there is one, everything else on `due_on`; a
report counts as filed when it reached those it is for (`models.filed_at`: an input sent to its lead, a lead report
signed off by its department head) and on time when that was on or before its due date (local time).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils import timezone

from greenpolicy.ledger.models import Task
from greenpolicy.ledger.querysets import among
from greenpolicy.reporting.models import ProgressReport, ReportingCycle, ReportKind, ReportState, filed_at

__all__ = ["DepartmentCompliance", "ReportLine", "cycle_compliance"]


@dataclass(frozen=True)
class ReportLine:
    """One report of a cycle, with what compliance needs of its task."""

    report_id: int
    task_id: int
    task_ref: str
    task_number: str
    task_position: int
    kind: ReportKind
    state: ReportState
    due_on: date
    filed_on: date | None  # local date it reached those it is for (`filed_at`); None while not filed

    @property
    def task_label(self) -> str:
        """The task's number as written (一、(三)…), else its reference."""
        return self.task_number or self.task_ref

    @property
    def filed(self) -> bool:
        return self.filed_on is not None

    @property
    def on_time(self) -> bool:
        return self.filed_on is not None and self.filed_on <= self.due_on

    @property
    def late(self) -> bool:
        return self.filed_on is not None and self.filed_on > self.due_on


@dataclass(frozen=True)
class DepartmentCompliance:
    """One department's filing in a cycle; each list in task order."""

    department_id: int
    department: str  # as the department is shown: its short name, else its name
    department_name: str
    on_time: tuple[ReportLine, ...]
    late: tuple[ReportLine, ...]
    not_filed: tuple[ReportLine, ...]

    @property
    def total(self) -> int:
        return len(self.on_time) + len(self.late) + len(self.not_filed)

    @property
    def reports(self) -> tuple[ReportLine, ...]:
        return tuple(sorted((*self.on_time, *self.late, *self.not_filed), key=_line_order))


def _line_order(line: ReportLine) -> tuple[int, str, int]:
    return (line.task_position, line.kind, line.report_id)


def cycle_compliance(cycle: ReportingCycle) -> list[DepartmentCompliance]:
    """Per department with a report in the cycle: filed on time, late, not filed; most overdue first.

    Two queries whatever the number of reports: the reports with their departments, then their tasks by id (a join
    of the reports with the tasks, both as large as the ledger, can be planned badly on stale statistics).
    """
    reports = list(
        ProgressReport.objects.filter(cycle=cycle)
        .order_by()
        .values_list(
            "pk",
            "task_id",
            "department_id",
            "department__short_name",
            "department__name",
            "kind",
            "state",
            "submitted_at",
            "signed_off_at",
        )
    )
    tasks = {
        pk: (ref, number, position)
        for pk, ref, number, position in Task.objects.filter(
            among("pk", ProgressReport.objects.filter(cycle=cycle).order_by().values("task_id"))
        )
        .order_by()
        .values_list("pk", "ref", "number", "position")
    }
    departments: dict[int, tuple[str, str]] = {}
    lines: dict[int, list[ReportLine]] = {}
    for pk, task_id, department_id, short_name, name, kind, state, submitted_at, signed_off_at in reports:
        departments[department_id] = (short_name or name, name)
        due = cycle.co_input_due_on if kind == ReportKind.CO_INPUT and cycle.co_input_due_on else cycle.due_on
        filed = filed_at(kind, state, submitted_at, signed_off_at)
        ref, number, position = tasks[task_id]
        lines.setdefault(department_id, []).append(
            ReportLine(
                report_id=pk,
                task_id=task_id,
                task_ref=ref,
                task_number=number,
                task_position=position,
                kind=ReportKind(kind),
                state=ReportState(state),
                due_on=due,
                filed_on=timezone.localdate(filed) if filed else None,
            )
        )
    rows = []
    for department_id, items in lines.items():
        items.sort(key=_line_order)
        shown, name = departments[department_id]
        rows.append(
            DepartmentCompliance(
                department_id=department_id,
                department=shown,
                department_name=name,
                on_time=tuple(line for line in items if line.on_time),
                late=tuple(line for line in items if line.late),
                not_filed=tuple(line for line in items if not line.filed),
            )
        )
    return sorted(rows, key=lambda row: (-len(row.not_filed), -len(row.late), row.department_name))
