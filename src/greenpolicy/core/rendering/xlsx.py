"""The ledger as an xlsx workbook: one 台账 sheet of tasks, one 诊断 sheet of what the parser doubted."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from greenpolicy.core.model import Ledger, Role

_TASK_COLUMNS = (
    ("序号", 8), ("文件", 28), ("任务领域", 18), ("类型", 10), ("重点任务", 60), ("完成时限", 18), ("时限类型", 10),
    ("截止日期", 12), ("牵头单位", 20), ("配合单位", 36), ("标准名称(牵头)", 30), ("存疑", 40),
)  # fmt: skip
_DIAGNOSTIC_COLUMNS = (("文件", 28), ("级别", 8), ("代码", 22), ("任务", 8), ("说明", 80))
_KIND_NAMES = {"measure": "措施", "key_task": "重点任务", "item": "事项"}
_DEADLINE_KINDS = {"date": "日期", "ongoing": "持续", "conditional": "视情况", "none": "未明确"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """A text that a spreadsheet will not run as a formula: a leading = + - @ is escaped with a quote mark."""
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def write_ledger_xlsx(ledgers: Sequence[Ledger], path: Path) -> None:
    """Write the ledgers' tasks and diagnostics to one workbook."""
    workbook = Workbook()
    workbook.remove(workbook.worksheets[0])
    tasks = workbook.create_sheet("台账")
    _header(tasks, _TASK_COLUMNS)
    diagnostics = workbook.create_sheet("诊断")
    _header(diagnostics, _DIAGNOSTIC_COLUMNS)
    for ledger in ledgers:
        source = ledger.title or ledger.source
        doubts: dict[str, list[str]] = {}
        for diagnostic in ledger.diagnostics:
            if diagnostic.ref:
                doubts.setdefault(diagnostic.ref, []).append(diagnostic.message)
            diagnostics.append(
                [
                    safe_cell(source),
                    diagnostic.level.value,
                    diagnostic.code,
                    diagnostic.ref or "",
                    safe_cell(diagnostic.message),
                ]
            )
        for task in ledger.tasks:
            lead = task.lead
            tasks.append(
                [
                    task.ref,
                    safe_cell(source),
                    safe_cell(task.area or ""),
                    _KIND_NAMES[task.kind.value],
                    safe_cell(task.text),
                    safe_cell(task.deadline.text or ""),
                    _DEADLINE_KINDS[task.deadline.kind.value],
                    task.deadline.due,
                    safe_cell("、".join(d.name for d in task.departments if d.role is Role.LEAD)),
                    safe_cell("、".join(d.name for d in task.departments if d.role is Role.CO)),
                    safe_cell(lead.canonical or "") if lead else "",
                    safe_cell("；".join(doubts.get(task.ref, []))),
                ]
            )
    for sheet in (tasks, diagnostics):
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if cell.data_type == "f":  # never a formula, whatever the text
                    cell.data_type = "s"
        for cell in sheet["H"][1:] if sheet is tasks else ():
            cell.number_format = "yyyy-mm-dd"
    workbook.save(path)


def _header(sheet: Worksheet, columns: Sequence[tuple[str, int]]) -> None:
    sheet.append([name for name, _ in columns])
    for index, (_, width) in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}1"
