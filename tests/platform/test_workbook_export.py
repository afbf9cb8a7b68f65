"""The ledger exported as xlsx: the departments' layout, warnings in colour and words, no formulas, fixed queries."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.worksheet.worksheet import Worksheet

from greenpolicy.accounts.models import Department
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.reporting.models import ProgressReport
from greenpolicy.reporting.services import open_cycle
from greenpolicy.workbook.export import ledger_workbook
from greenpolicy.workbook.layout import WARNING_FILLS, WARNING_WORDS
from tests.fixtures.programmes import add_key_tasks
from tests.platform.conftest import People

HEADERS = ["序号", "任务领域", "重点任务", "完成时限", "牵头单位", "配合单位", "进展情况", "存在问题", "下步计划",
           "完成状态", "预警", "任务键"]  # fmt: skip


def sheet_of(data: bytes, index: int = 0) -> Worksheet:
    worksheet = load_workbook(io.BytesIO(data)).worksheets[index]
    assert isinstance(worksheet, Worksheet)
    return worksheet


def ledger_tasks() -> list[Task]:
    return list(Task.objects.current().order_by("document", "position").for_ledger())


def test_the_layout_departments_use(seed: PolicyDocument) -> None:
    tasks = ledger_tasks()
    sheet = sheet_of(ledger_workbook(tasks))
    assert sheet.title == seed.title[:28]
    assert sheet["A1"].value == f"{seed.title}任务台账"
    assert [cell.value for cell in sheet[2]] == HEADERS
    assert sheet.max_row == 2 + len(tasks)
    merged = {str(merged) for merged in sheet.merged_cells.ranges}
    assert "A1:K1" in merged  # the title across the visible columns
    # Each 任务领域 is one cell merged down its consecutive tasks.
    areas = [task.area for task in tasks]
    spans = [(start, end) for start, end in _runs(areas) if end > start and areas[start]]
    assert spans
    assert {f"B{3 + start}:B{3 + end}" for start, end in spans} == merged - {"A1:K1"}
    assert sheet.freeze_panes == "A3"
    assert sheet.auto_filter.ref == f"A2:L{2 + len(tasks)}"
    # Excel stores a width with its cell padding: 60 characters are saved as 60.71.
    assert int(sheet.column_dimensions["C"].width) == 60
    assert int(sheet.column_dimensions["B"].width) == 16
    assert sheet.column_dimensions["L"].hidden
    for row in sheet.iter_rows(min_row=3):
        assert all(cell.alignment.wrap_text for cell in row if not isinstance(cell, MergedCell))
    # The key column says which task each row is; the warning says its colour in words and in the fill.
    by_key = {f"{task.pk}:{task.ref}": task for task in tasks}
    for line in range(3, sheet.max_row + 1):
        task = by_key[sheet[f"L{line}"].value]
        assert sheet[f"C{line}"].value == task.text
        assert sheet[f"J{line}"].value == task.get_status_display()
        words = sheet[f"K{line}"].value
        level = next(level for level, word in WARNING_WORDS.items() if words.startswith(word))
        assert sheet[f"K{line}"].fill.fgColor.rgb[-6:] == WARNING_FILLS[level]  # ARGB, the alpha unused
    first = tasks[0]
    assert sheet["E3"].value == "、".join(str(a.department) for a in first.lead_assignments())
    assert sheet["F3"].value == "、".join(str(a.department) for a in first.co_assignments())


def _runs(values: list[str]) -> list[tuple[int, int]]:
    runs, start = [], 0
    for index in range(1, len(values) + 1):
        if index == len(values) or values[index] != values[start]:
            runs.append((start, index - 1))
            start = index
    return runs


def test_all_documents_on_one_sheet_name_their_document(seed: PolicyDocument) -> None:
    sheet = sheet_of(ledger_workbook(ledger_tasks(), per_document=False))
    assert sheet.title == "台账"
    assert [cell.value for cell in sheet[2]][:3] == ["序号", "文件", "任务领域"]
    assert sheet["B3"].value == seed.title
    assert sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A2:M")


def test_each_document_gets_a_sheet_excel_accepts(seed: PolicyDocument, people: People) -> None:
    """Sheet names are unique whatever the case, within 31 characters, without []:*?/\\ or edge apostrophes."""
    lead, co = (
        Department.objects.get(short_name="市发展改革委"),
        Department.objects.get(short_name="市科技局"),
    )
    titles = [
        "'Plan: A/B'",
        "plan: a/b",
        "关于印发《重庆市绿色生产和消费法规政策体系建设三年行动计划（2021—2023年）》的通知",
    ]
    for number, title in enumerate(titles):
        document = PolicyDocument.objects.create(
            title=title, original="documents/t.txt", original_name="t.txt", sha256=f"{number:064d}",
            encoding="utf-8", text="正文",
        )  # fmt: skip
        add_key_tasks(document, 2, lead, co)
    workbook = load_workbook(io.BytesIO(ledger_workbook(ledger_tasks())))
    names = [sheet.title for sheet in workbook.worksheets]
    assert len(names) == 4 and len({name.lower() for name in names}) == 4
    assert all(len(name) <= 31 and not name.startswith("'") and not name.endswith("'") for name in names)


def test_an_empty_ledger_is_a_sheet_of_headers(db: None) -> None:
    sheet = sheet_of(ledger_workbook([]))
    assert [cell.value for cell in sheet[2]] == HEADERS
    assert sheet.max_row == 2


def test_no_cell_starts_a_formula(seed: PolicyDocument) -> None:
    task = seed.tasks.order_by("position").first()
    assert task is not None
    task.text = '=HYPERLINK("http://x","y")'
    task.area = "+1+1"
    task.deadline_text = "@SUM(A1)"
    task.save()
    sheet = sheet_of(ledger_workbook(ledger_tasks()))
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f"
            assert not str(cell.value or "").startswith(("=", "+", "-", "@"))
    assert sheet["C3"].value == "'" + task.text


def test_a_cycle_fills_the_report_columns(seed: PolicyDocument, people: People, key_task_1: Task) -> None:
    today = timezone.localdate()
    cycle = open_cycle(
        seed, actor=people.office, name="第一季度", opens_on=today, due_on=today + timedelta(days=9)
    )
    ProgressReport.objects.lead_reports().filter(cycle=cycle, task=key_task_1).update(
        progress="已完成评价指标", problems="资金不足", next_steps="争取专项资金"
    )
    sheet = sheet_of(ledger_workbook(ledger_tasks(), cycle=cycle, reader=people.lead_reporter))
    assert sheet["A1"].value.endswith("（第一季度）")
    assert [cell.value for cell in sheet[2]][6:9] == [
        "进展情况（第一季度）",
        "存在问题（第一季度）",
        "下步计划（第一季度）",
    ]
    line = next(
        line
        for line in range(3, sheet.max_row + 1)
        if sheet[f"L{line}"].value == f"{key_task_1.pk}:{key_task_1.ref}"
    )
    assert [sheet[f"{letter}{line}"].value for letter in "GHI"] == [
        "已完成评价指标",
        "资金不足",
        "争取专项资金",
    ]
    other = 3 if line != 3 else 4
    assert sheet[f"G{other}"].value is None


@pytest.mark.parametrize("with_cycle", [False, True])
def test_the_queries_do_not_grow_with_the_ledger(people: People, with_cycle: bool) -> None:
    lead, co = (
        Department.objects.get(short_name="市发展改革委"),
        Department.objects.get(short_name="市科技局"),
    )
    counts = []
    for size in (10, 200):
        document = PolicyDocument.objects.create(
            title=f"测试{size}", original="documents/t.txt", original_name="t.txt", sha256=f"{size:064d}",
            encoding="utf-8", text="正文",
        )  # fmt: skip
        add_key_tasks(document, size, lead, co)
        today = timezone.localdate()
        cycle = (
            open_cycle(document, actor=people.office, name="一期", opens_on=today, due_on=today)
            if with_cycle
            else None
        )
        with CaptureQueriesContext(connection) as context:
            data = ledger_workbook(
                Task.objects.filter(document=document).order_by("position").for_ledger(),
                cycle=cycle,
                reader=people.office,
            )
        counts.append(len(context.captured_queries))
        assert sheet_of(data).max_row == 2 + size
    assert counts[0] == counts[1]
