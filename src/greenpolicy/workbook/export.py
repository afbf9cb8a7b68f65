"""The ledger as an xlsx workbook in the layout departments use.

Each sheet: a title row merged across the columns, the header row below it (frozen, with an auto-filter), then one
row per task; a 任务领域 spanning consecutive tasks is one cell merged down their rows. The 预警 column is filled
in the warning's colour and says it in words. A hidden 任务键 column (the task's id and ref) lets an import match
rows back. No cell ever starts an executable formula (the engine's `safe_cell` guard).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from datetime import date

from django.utils import timezone, translation
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from greenpolicy.accounts.models import User
from greenpolicy.core.rendering.xlsx import safe_cell
from greenpolicy.core.warnings import Assessment
from greenpolicy.ledger.choices import TaskStatus
from greenpolicy.ledger.models import Task
from greenpolicy.ledger.warnings import assess_tasks
from greenpolicy.reporting.models import ProgressReport, ReportingCycle
from greenpolicy.reporting.permissions import can_read
from greenpolicy.workbook.layout import (
    COLUMNS,
    DEPARTMENT_SEPARATOR,
    WARNING_FILLS,
    WARNING_WORDS,
    Column,
    task_key,
)

TITLE_ROW, HEADER_ROW, FIRST_ROW = 1, 2, 3
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_AREA = Alignment(wrap_text=True, vertical="center", horizontal="center")

Reports = dict[int, tuple[str, str, str]]


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
    rows = list(tasks)
    if assessments is None:
        assessments = assess_tasks(rows, today=today or timezone.localdate())
    if cycle is not None and reader is None:
        raise ValueError("a cycle's report columns need the user who reads them")
    reports = _reports(rows, cycle, reader) if cycle is not None and reader is not None else {}
    workbook = Workbook()
    workbook.remove(workbook.worksheets[0])
    with translation.override(None):  # a file speaks the source's Chinese, whatever the page's language
        if per_document:
            groups: dict[int, list[Task]] = {}
            for task in rows:
                groups.setdefault(task.document_id, []).append(task)
            for group in groups.values() or [[]]:
                title = group[0].document.title if group else "台账"
                _sheet(workbook, title, group, assessments, reports, cycle, with_document=False)
        else:
            _sheet(workbook, "台账", rows, assessments, reports, cycle, with_document=True)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _reports(tasks: Sequence[Task], cycle: ReportingCycle, reader: User) -> Reports:
    found = (
        ProgressReport.objects.lead_reports()
        .filter(cycle=cycle, task__in=[task.pk for task in tasks])
        .order_by()
        .only("task_id", "department_id", "kind", "state", "progress", "problems", "next_steps")
    )
    return {
        report.task_id: (report.progress, report.problems, report.next_steps)
        for report in found
        if can_read(reader, report)
    }


def _sheet_title(workbook: Workbook, title: str) -> str:
    base = _SHEET_TITLE_FORBIDDEN.sub("", title).strip()[:28] or "台账"
    taken = {sheet.title for sheet in workbook.worksheets}
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base[:25]}({number})", number + 1
    return candidate


def _sheet(
    workbook: Workbook,
    title: str,
    tasks: Sequence[Task],
    assessments: dict[int, Assessment],
    reports: Reports,
    cycle: ReportingCycle | None,
    *,
    with_document: bool,
) -> None:
    sheet = workbook.create_sheet(_sheet_title(workbook, title))
    columns = [column for column in COLUMNS if with_document or column.field != "document"]
    letters = {column.field: get_column_letter(index) for index, column in enumerate(columns, start=1)}
    last = get_column_letter(len(columns))
    heading = f"{title}任务台账" + (f"（{cycle.name}）" if cycle else "")
    sheet.cell(TITLE_ROW, 1, safe_cell(heading)).font = Font(bold=True, size=14)
    sheet.cell(TITLE_ROW, 1).alignment = Alignment(horizontal="center", vertical="center")
    sheet.merge_cells(f"A{TITLE_ROW}:{letters['warning']}{TITLE_ROW}")
    sheet.row_dimensions[TITLE_ROW].height = 28
    for index, column in enumerate(columns, start=1):
        header = column.header
        if cycle is not None and column.field in ("progress", "problems", "next_steps"):
            header = f"{header}（{cycle.name}）"
        cell = sheet.cell(HEADER_ROW, index, safe_cell(header))
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = _BORDER
        sheet.column_dimensions[letters[column.field]].width = column.width
    sheet.column_dimensions[letters["key"]].hidden = True
    for offset, task in enumerate(tasks):
        _row(sheet, FIRST_ROW + offset, columns, task, assessments.get(task.pk), reports.get(task.pk))
    _merge_areas(sheet, tasks, letters["area"])
    sheet.freeze_panes = f"A{FIRST_ROW}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{max(HEADER_ROW, FIRST_ROW + len(tasks) - 1)}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"


def _row(
    sheet: Worksheet,
    line: int,
    columns: Sequence[Column],
    task: Task,
    assessment: Assessment | None,
    report: tuple[str, str, str] | None,
) -> None:
    progress, problems, next_steps = report or ("", "", "")
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
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(line, index, safe_cell(values[column.field]))
        if cell.data_type == "f":  # never a formula, whatever the text
            cell.data_type = "s"
        cell.alignment = _WRAP
        cell.border = _BORDER
        if column.field == "warning" and assessment is not None:
            cell.fill = PatternFill("solid", fgColor=WARNING_FILLS[assessment.level])


def _warning_words(assessment: Assessment | None) -> str:
    if assessment is None:
        return ""
    words = WARNING_WORDS[assessment.level]
    return f"{words}：{assessment.reasons[0].message}" if assessment.reasons else words


def _merge_areas(sheet: Worksheet, tasks: Sequence[Task], letter: str) -> None:
    """Consecutive tasks of one 任务领域 share one area cell, merged down their rows."""
    start = 0
    for index in range(1, len(tasks) + 1):
        if index < len(tasks) and tasks[index].area == tasks[start].area:
            continue
        if tasks[start].area and index - start > 1:
            sheet.merge_cells(f"{letter}{FIRST_ROW + start}:{letter}{FIRST_ROW + index - 1}")
            sheet[f"{letter}{FIRST_ROW + start}"].alignment = _AREA
        start = index
