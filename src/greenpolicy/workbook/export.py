"""The ledger as an xlsx workbook in the layout departments use, written with XlsxWriter.

Each sheet: a title row merged across the columns, the header row below it (frozen, with an auto-filter, repeated
on every printed page), then one row per task; a 任务领域 spanning consecutive tasks is one cell merged down their
rows. The 预警 column is filled in the warning's colour and says it in words. A hidden 任务键 column (the task's id
and ref) lets an import match rows back. Every cell is written as a string, never a formula, and a text that a
spreadsheet would run (= + - @) is escaped (the engine's `safe_cell`). XlsxWriter rather than openpyxl: its
formats are registered once, not hashed again for every cell, which makes a 20,000-task ledger seconds, not minutes.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from django.utils import timezone, translation
from xlsxwriter import Workbook
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from greenpolicy.accounts.models import User
from greenpolicy.core.rendering.xlsx import safe_cell
from greenpolicy.core.warnings import Assessment, WarningLevel
from greenpolicy.ledger.choices import TaskStatus
from greenpolicy.ledger.models import Task
from greenpolicy.reporting.models import ProgressReport, ReportingCycle
from greenpolicy.reporting.permissions import can_read
from greenpolicy.reporting.warnings import assess_tasks
from greenpolicy.workbook.layout import (
    COLUMNS,
    DEPARTMENT_SEPARATOR,
    REPORT_FIELDS,
    WARNING_FILLS,
    WARNING_WORDS,
    Column,
    task_key,
)

TITLE_ROW, HEADER_ROW, FIRST_ROW = 0, 1, 2  # zero-based, as XlsxWriter counts: rows 1, 2 and 3 in Excel
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_BORDER = {"border": 1, "border_color": "#999999"}
_CENTRED = {"align": "center", "valign": "vcenter"}
_HEADER_FILL = {"pattern": 1, "bg_color": "#DDEBF7"}

Reports = dict[int, tuple[str, str, str]]


@dataclass(frozen=True)
class _Formats:
    title: Format
    header: Format
    body: Format
    area: Format
    warnings: dict[WarningLevel, Format]

    @classmethod
    def of(cls, workbook: Workbook) -> _Formats:
        body = {**_BORDER, "text_wrap": True, "valign": "top"}
        return cls(
            title=workbook.add_format({**_CENTRED, "bold": True, "font_size": 14}),
            header=workbook.add_format(
                {**_BORDER, **_CENTRED, "bold": True, "text_wrap": True, **_HEADER_FILL}
            ),
            body=workbook.add_format(body),
            area=workbook.add_format({**body, **_CENTRED}),
            warnings={
                level: workbook.add_format({**body, "pattern": 1, "bg_color": f"#{fill}"})
                for level, fill in WARNING_FILLS.items()
            },
        )


def ledger_workbook(
    tasks: Iterable[Task],
    *,
    cycle: ReportingCycle | None = None,
    reader: User | None = None,
    per_document: bool = True,
    today: date | None = None,
    assessments: dict[int, Assessment] | None = None,
) -> bytes:
    """The tasks (best from `for_ledger()`, in ledger order) as xlsx: one sheet per document, or one for all.

    With a `cycle`, the 进展情况/存在问题/下步计划 columns hold that cycle's lead report of each task, where its
    `reader` may read it (a department's draft stays with the department).
    """
    if cycle is not None and reader is None:
        raise ValueError("a cycle's report columns need the user who reads them")
    rows = list(tasks)
    if assessments is None:
        assessments = assess_tasks(rows, today=today or timezone.localdate())
    reports = _reports(rows, cycle, reader) if cycle is not None and reader is not None else {}
    buffer = io.BytesIO()
    workbook = Workbook(buffer, {"in_memory": True})
    formats = _Formats.of(workbook)
    with translation.override(None):  # a file speaks the source's Chinese, whatever the page's language
        sheet = _SheetWriter(workbook, formats, assessments, reports, cycle)
        if per_document:
            groups: dict[int, list[Task]] = {}
            for task in rows:
                groups.setdefault(task.document_id, []).append(task)
            for group in groups.values() or [[]]:
                sheet.write(group[0].document.title if group else "台账", group, with_document=False)
        else:
            sheet.write("台账", rows, with_document=True)
    workbook.close()
    return buffer.getvalue()


def _reports(tasks: Sequence[Task], cycle: ReportingCycle, reader: User) -> Reports:
    found = (
        ProgressReport.objects.lead_reports()
        .filter(cycle=cycle, task__in=[task.pk for task in tasks])
        .order_by()
        .only("task_id", "department_id", "kind", "state", *REPORT_FIELDS)
    )
    return {
        report.task_id: (report.progress, report.problems, report.next_steps)
        for report in found
        if can_read(reader, report)
    }


class _SheetWriter:
    def __init__(
        self,
        workbook: Workbook,
        formats: _Formats,
        assessments: dict[int, Assessment],
        reports: Reports,
        cycle: ReportingCycle | None,
    ) -> None:
        self.workbook, self.formats = workbook, formats
        self.assessments, self.reports, self.cycle = assessments, reports, cycle
        self.taken: set[str] = set()

    def write(self, title: str, tasks: Sequence[Task], *, with_document: bool) -> None:
        sheet = self.workbook.add_worksheet(self._sheet_title(title))
        columns = [column for column in COLUMNS if with_document or column.field != "document"]
        index = {column.field: number for number, column in enumerate(columns)}
        heading = f"{title}任务台账" + (f"（{self.cycle.name}）" if self.cycle else "")
        sheet.merge_range(TITLE_ROW, 0, TITLE_ROW, index["warning"], safe_cell(heading), self.formats.title)
        sheet.set_row(TITLE_ROW, 28)
        for number, column in enumerate(columns):
            header = column.header
            if self.cycle is not None and column.field in REPORT_FIELDS:
                header = f"{header}（{self.cycle.name}）"
            sheet.write_string(HEADER_ROW, number, safe_cell(header), self.formats.header)
            options = {"hidden": True} if column.field == "key" else None
            sheet.set_column(number, number, column.width, None, options)
        for offset, task in enumerate(tasks):
            self._row(sheet, FIRST_ROW + offset, columns, task)
        self._merge_areas(sheet, tasks, index["area"])
        sheet.freeze_panes(FIRST_ROW, 0)
        sheet.autofilter(HEADER_ROW, 0, max(HEADER_ROW, FIRST_ROW + len(tasks) - 1), len(columns) - 1)
        sheet.repeat_rows(HEADER_ROW)

    def _sheet_title(self, title: str) -> str:
        """A sheet name Excel accepts: unique whatever the case, at most 31 characters, none of []:*?/\\, no
        apostrophe at either end."""
        base = _SHEET_TITLE_FORBIDDEN.sub("", title).strip(" '")[:28].strip(" '") or "台账"
        candidate, number = base, 2
        while candidate.lower() in self.taken:
            candidate, number = f"{base[:25]}({number})", number + 1
        self.taken.add(candidate.lower())
        return candidate

    def _row(self, sheet: Worksheet, line: int, columns: Sequence[Column], task: Task) -> None:
        assessment = self.assessments.get(task.pk)
        progress, problems, next_steps = self.reports.get(task.pk, ("", "", ""))
        values = {
            "number": task.number,
            "document": task.document.title,
            "area": task.area,
            "text": task.text,
            "deadline": task.deadline_text,
            "lead": DEPARTMENT_SEPARATOR.join(str(a.department) for a in task.lead_assignments()),
            "co": DEPARTMENT_SEPARATOR.join(str(a.department) for a in task.co_assignments()),
            "progress": progress,
            "problems": problems,
            "next_steps": next_steps,
            "status": str(TaskStatus(task.status).label),
            "warning": _warning_words(assessment),
            "key": task_key(task.pk, task.ref),
        }
        for number, column in enumerate(columns):
            cell_format = self.formats.body
            if column.field == "warning" and assessment is not None:
                cell_format = self.formats.warnings[assessment.level]
            if values[column.field]:
                sheet.write_string(line, number, safe_cell(values[column.field]), cell_format)
            else:
                sheet.write_blank(line, number, None, cell_format)

    def _merge_areas(self, sheet: Worksheet, tasks: Sequence[Task], column: int) -> None:
        """Consecutive tasks of one 任务领域 share one area cell, merged down their rows."""
        start = 0
        for index in range(1, len(tasks) + 1):
            if index < len(tasks) and tasks[index].area == tasks[start].area:
                continue
            if tasks[start].area and index - start > 1:
                first, last = FIRST_ROW + start, FIRST_ROW + index - 1
                sheet.merge_range(
                    first, column, last, column, safe_cell(tasks[start].area), self.formats.area
                )
            start = index


def _warning_words(assessment: Assessment | None) -> str:
    if assessment is None:
        return ""
    words = WARNING_WORDS[assessment.level]
    return f"{words}：{assessment.reasons[0].message}" if assessment.reasons else words
