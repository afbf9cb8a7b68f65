"""Importing an Excel ledger: the round trip changes exactly what was edited; a bad file writes nothing."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from greenpolicy.audit.models import AuditEntry
from greenpolicy.ledger.models import Assignment, PolicyDocument, Task
from greenpolicy.reporting.models import ProgressReport
from greenpolicy.reporting.services import open_cycle, submit_lead_report
from greenpolicy.workbook.export import ledger_workbook
from greenpolicy.workbook.importing import (
    LedgerImportError,
    LedgerImportPreview,
    Outcome,
    apply_ledger_import,
    preview_ledger_import,
    sheets,
)
from tests.platform.conftest import People


def export(document: PolicyDocument, **options: object) -> bytes:
    tasks = Task.objects.current().filter(document=document).order_by("position").for_ledger()
    return ledger_workbook(tasks, **options)  # type: ignore[arg-type]


def edited(data: bytes, edits: dict[str, object], delete_column: int | None = None) -> bytes:
    workbook = load_workbook(io.BytesIO(data))
    sheet = workbook.worksheets[0]
    for coordinate, value in edits.items():
        sheet[coordinate] = value
    if delete_column:
        sheet.delete_cols(delete_column)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def cells(data: bytes) -> dict[str, object]:
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    assert isinstance(sheet, Worksheet)
    return {cell.coordinate: cell.value for row in sheet.iter_rows() for cell in row}


def changes(preview: LedgerImportPreview) -> list[tuple[int, str, str, str]]:
    return [(row.line, c.field, c.old, c.new) for row in preview.rows for c in row.changes]


def saved_state() -> list[tuple[object, ...]]:
    return [
        *Task.objects.order_by("pk").values_list("pk", "text", "deadline_text", "due_on", "version"),
        *Assignment.objects.order_by("pk").values_list("pk", "task_id", "department_id", "role"),
        ("audit", AuditEntry.objects.count()),
    ]


def test_the_round_trip_changes_exactly_what_was_edited(seed: PolicyDocument, people: People) -> None:
    original = export(seed)
    before = cells(original)
    assert before["C4"] and before["F6"] and "市水利局" not in str(before["F6"])
    edits = {"C4": f"{before['C4']}（修改）", "F6": f"{before['F6']}、市水利局"}
    workbook = edited(original, edits)
    preview = preview_ledger_import(workbook, "台账.xlsx", document=seed, reader=people.office)
    assert not preview.has_errors
    assert changes(preview) == [
        (4, "text", before["C4"], edits["C4"]),
        (6, "co", before["F6"], edits["F6"]),
    ]
    assert [row.outcome for row in preview.rows].count(Outcome.UPDATE) == 2
    assert {row.outcome for row in preview.rows} == {Outcome.UPDATE, Outcome.UNCHANGED}
    entries = AuditEntry.objects.count()

    result = apply_ledger_import(workbook, "台账.xlsx", document=seed, actor=people.office)

    assert len(result.updated) == 2 and not result.created
    after = cells(export(seed))
    for coordinate, value in before.items():
        assert after[coordinate] == edits.get(coordinate, value), coordinate
    assert set(after) == set(before)
    audit = list(AuditEntry.objects.order_by("pk")[entries:])
    assert [entry.action for entry in audit] == ["task.import", "task.import"]
    assert audit[0].before is not None and audit[0].after is not None
    assert audit[0].after["text"] == edits["C4"] and audit[0].before["text"] == before["C4"]
    assert len(audit[1].after["co"]) == len(audit[1].before["co"]) + 1
    # Importing the same file again changes nothing.
    assert not preview_ledger_import(workbook, "台账.xlsx", document=seed, reader=people.office).changed_rows


def test_texts_the_export_escaped_come_back_as_they_were(seed: PolicyDocument, people: People) -> None:
    task = seed.tasks.order_by("position").first()
    assert task is not None
    task.text = "-（已并入其他任务）=见附件"
    task.save()
    exported = export(seed)
    assert cells(exported)["C3"] == "'" + task.text  # escaped in the file
    assert not preview_ledger_import(exported, "台账.xlsx", document=seed, reader=people.office).changed_rows


def test_a_dash_is_text_and_a_date_is_a_deadline(
    seed: PolicyDocument, people: People, key_task_1: Task
) -> None:
    original = export(seed)
    line = key_task_line(original, key_task_1)
    workbook = edited(original, {f"D{line}": date(2022, 6, 30), f"F{line}": "-"})
    preview = preview_ledger_import(workbook, "台账.xlsx", document=seed, reader=people.office)
    assert not preview.has_errors, preview.problems()
    assert [(c.field, c.new) for c in preview.rows[int(line) - 3].changes] == [
        ("deadline", "2022年6月30日"),
        ("co", ""),
    ]


def test_without_the_key_column_rows_match_by_number_within_their_area(
    seed: PolicyDocument, people: People
) -> None:
    original = export(seed)
    before = cells(original)
    workbook = edited(original, {"D5": "2022年底前"}, delete_column=12)
    preview = preview_ledger_import(workbook, "台账.xlsx", document=seed, reader=people.office)
    assert not preview.has_errors
    assert changes(preview) == [(5, "deadline", before["D5"] or "", "2022年底前")]


def test_a_deadline_is_read_again(seed: PolicyDocument, people: People) -> None:
    original = export(seed)
    key = cells(original)["L3"]
    apply_ledger_import(
        edited(original, {"D3": "2022年底前"}), "台账.xlsx", document=seed, actor=people.office
    )
    task = Task.objects.get(pk=int(str(key).split(":")[0]))
    assert (task.deadline_text, task.deadline_kind, task.due_on) == ("2022年底前", "date", date(2022, 12, 31))


def departments_own_ledger() -> bytes:
    """A department's workbook: its own title, headers in another order and words, area title rows, blank lines."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["市级部门绿色发展工作台账"])
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["牵头部门", "序号", "主要任务", "配合部门", "完成时间", "备注"])
    sheet.append(["一、绿色交通"])
    sheet.merge_cells("A4:F4")
    sheet.append(["市交通运输委", 1, "推广新能源公交车", "市财政局、市经济信息委", "2022年6月底前", ""])
    sheet.append([])
    sheet.append(["市交通运输委", 2, "建设充电基础设施", None, "持续推进", "说明"])
    sheet.merge_cells("A5:A7")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_departments_own_ledger_becomes_tasks(seed: PolicyDocument, people: People) -> None:
    preview = preview_ledger_import(
        departments_own_ledger(), "部门台账.xlsx", document=seed, reader=people.office
    )
    assert not preview.has_errors, preview.problems()
    assert [(row.line, row.outcome) for row in preview.rows] == [(5, Outcome.CREATE), (7, Outcome.CREATE)]
    result = apply_ledger_import(
        departments_own_ledger(), "部门台账.xlsx", document=seed, actor=people.office
    )
    first, second = result.created
    assert (first.number, first.area, first.text) == ("1", "一、绿色交通", "推广新能源公交车")
    assert (first.deadline_kind, first.due_on) == ("date", date(2022, 6, 30))
    assert [str(a.department) for a in first.lead_assignments()] == ["市交通运输委"]
    assert [str(a.department) for a in first.co_assignments()] == ["市财政局", "市经济信息委"]
    assert second.deadline_kind == "ongoing" and not second.co_assignments()
    assert [str(a.department) for a in second.lead_assignments()] == ["市交通运输委"]  # merged down
    assert AuditEntry.objects.filter(action="task.import.create").count() == 2
    # The same file again matches the new tasks by 序号 within their area: nothing to change.
    again = preview_ledger_import(
        departments_own_ledger(), "部门台账.xlsx", document=seed, reader=people.office
    )
    assert {row.outcome for row in again.rows} == {Outcome.UNCHANGED}


def test_the_report_texts_of_a_chosen_cycle(seed: PolicyDocument, people: People, key_task_1: Task) -> None:
    today = timezone.localdate()
    cycle = open_cycle(
        seed, actor=people.office, name="第一季度", opens_on=today, due_on=today + timedelta(days=9)
    )
    original = export(seed, cycle=cycle, reader=people.lead_reporter)
    sheet = cells(original)
    line = next(
        c[1:] for c, v in sheet.items() if c.startswith("L") and v == f"{key_task_1.pk}:{key_task_1.ref}"
    )
    workbook = edited(original, {f"G{line}": "已出台评价办法", f"I{line}": "开展试点"})
    assert not preview_ledger_import(
        workbook, "x.xlsx", document=seed, reader=people.office
    ).changed_rows  # no cycle: texts ignored
    preview = preview_ledger_import(workbook, "x.xlsx", document=seed, cycle=cycle, reader=people.office)
    assert changes(preview) == [
        (int(line), "progress", "", "已出台评价办法"),
        (int(line), "next_steps", "", "开展试点"),
    ]
    apply_ledger_import(workbook, "x.xlsx", document=seed, cycle=cycle, actor=people.office)
    report = ProgressReport.objects.lead_reports().get(cycle=cycle, task=key_task_1)
    assert (report.progress, report.problems, report.next_steps) == ("已出台评价办法", "", "开展试点")


def key_task_line(data: bytes, task: Task) -> str:
    return next(c[1:] for c, v in cells(data).items() if c.startswith("L") and v == f"{task.pk}:{task.ref}")


def test_report_texts_meet_the_workflow(seed: PolicyDocument, people: People, key_task_1: Task) -> None:
    """A blank cell leaves a report as it is; a department's draft stays unseen; a filed report is not rewritten."""
    today = timezone.localdate()
    cycle = open_cycle(
        seed, actor=people.office, name="第一季度", opens_on=today, due_on=today + timedelta(days=9)
    )
    report = ProgressReport.objects.lead_reports().get(cycle=cycle, task=key_task_1)
    report.progress, report.problems = "部门草稿的进展", "部门草稿的问题"
    report.save()
    exported = export(seed, cycle=cycle, reader=people.office)  # the office does not see the draft
    line = key_task_line(exported, key_task_1)
    assert cells(exported)[f"G{line}"] is None
    assert (
        not preview_ledger_import(exported, "x.xlsx", document=seed, cycle=cycle, reader=people.office)
        .rows[int(line) - 3]
        .changes
    )

    written = edited(exported, {f"G{line}": "督办员录入的进展"})
    preview = preview_ledger_import(written, "x.xlsx", document=seed, cycle=cycle, reader=people.office)
    assert changes(preview) == [(int(line), "progress", "（单位草稿，未报送）", "督办员录入的进展")]

    submit_lead_report(report, actor=people.lead_reporter)
    preview = preview_ledger_import(written, "x.xlsx", document=seed, cycle=cycle, reader=people.office)
    assert preview.problems() == [
        f"“{cells_title(written)}”表第{line}行：本期报告已报送（待负责人审签），不能通过导入修改"
    ]


def cells_title(data: bytes) -> str:
    return load_workbook(io.BytesIO(data)).worksheets[0].title


def refused(data: bytes, seed: PolicyDocument, people: People, name: str = "坏.xlsx") -> list[str]:
    """The file's problems; applying it raises and writes nothing."""
    state = saved_state()
    preview = preview_ledger_import(data, name, document=seed, reader=people.office)
    assert preview.has_errors
    with pytest.raises(LedgerImportError) as raised:
        apply_ledger_import(data, name, document=seed, actor=people.office)
    assert raised.value.preview is not None
    assert saved_state() == state
    return preview.problems()


def test_a_malformed_workbook_writes_nothing(seed: PolicyDocument, people: People) -> None:
    original = export(seed)
    bad = edited(
        original,
        {
            "C3": f"{cells(original)['C3']}（这一行本身没有问题）",
            "C4": '=HYPERLINK("http://x","y")',
            "E5": date(2022, 1, 1),
            "E6": "市不存在局",
            "F7": 12345,
            "L8": "99999:M9",
        },
    )
    problems = refused(bad, seed, people)
    sheet = load_workbook(io.BytesIO(bad)).worksheets[0].title
    assert problems == [
        f'“{sheet}”表第4行：“重点任务”含公式或以 = + @ 开头的内容，已拒绝：=HYPERLINK("http://x","y")',
        f"“{sheet}”表第5行：“牵头单位”应为文字，不是2022年1月1日",
        f"“{sheet}”表第6行：未找到单位“市不存在局”（请填写全称、简称或别名）",
        f"“{sheet}”表第7行：“配合单位”应为文字，不是12345",
        f"“{sheet}”表第8行：任务键“99999:M9”不是本文件的任务",
    ]


def test_missing_columns_are_named(seed: PolicyDocument, people: People) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["任务领域", "牵头单位"])
    sheet.append(["绿色设计", "市发展改革委"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert refused(buffer.getvalue(), seed, people) == ["未找到台账表：表头应包含“重点任务”“序号”等列"]
    sheet["C1"] = "重点任务"
    sheet["C2"] = "一项任务"
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert refused(buffer.getvalue(), seed, people) == [f"“{sheet.title}”表缺少“序号”列"]


def junk(rows: int) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["序号", "重点任务", "牵头单位"])
    for number in range(rows):
        sheet.append([number, f"垃圾{number}", f"无名局{number}"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_ten_thousand_junk_rows_each_get_their_error(seed: PolicyDocument, people: People) -> None:
    problems = refused(junk(10_000), seed, people)
    assert len(problems) == 10_000
    assert problems[0].endswith("第2行：未找到单位“无名局0”（请填写全称、简称或别名）")
    assert problems[-1].endswith("第10001行：未找到单位“无名局9999”（请填写全称、简称或别名）")


def test_more_rows_than_an_import_takes_are_refused_whole(
    seed: PolicyDocument, people: People, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sheets, "MAX_ROWS", 100)
    assert refused(junk(101), seed, people) == ["数据行超过 100 行的上限（共 101 行），请分批导入"]


def test_not_a_workbook(seed: PolicyDocument, people: People) -> None:
    assert refused(b"PK\x03\x04 not really", seed, people) == [
        "无法读取表格文件，请上传 Excel 工作簿（.xlsx）"
    ]
    assert refused(b"a,b", seed, people, "台账.csv") == ["不支持的文件类型，请上传 Excel 工作簿（.xlsx）"]


def test_only_supervisors_import(seed: PolicyDocument, people: People) -> None:
    with pytest.raises(PermissionDenied):
        apply_ledger_import(export(seed), "x.xlsx", document=seed, actor=people.lead_reporter)
