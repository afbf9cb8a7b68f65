"""Importing an Excel ledger (台账) into a document: read, match and check every row, preview, then write all or none.

Headers are recognised by name in any order (ours or a department's own words), merged cells read as their
top-left value, blank lines and 任务领域 title rows are skipped. A row is matched to a task by the hidden 任务键
column of our export, else by 序号 within its 任务领域; an unmatched row becomes a new task of the document. An
import may change a task's text, its deadline (re-parsed), its lead and co-departments, and with a chosen cycle
the three texts of that cycle's lead report. `apply_ledger_import` writes only a file without a single error, in
one transaction, with an audit entry per task created or changed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from greenpolicy.accounts.bulk.rows import OUTCOME_LABELS, Outcome
from greenpolicy.accounts.models import Department, User
from greenpolicy.accounts.permissions import can_supervise, require
from greenpolicy.accounts.registry import DepartmentDirectory
from greenpolicy.audit.trail import record
from greenpolicy.core.deadlines import parse_deadline
from greenpolicy.core.workdays import WorkingCalendar
from greenpolicy.ledger.choices import AssignmentRole, TaskKind, TaskStatus
from greenpolicy.ledger.conf import supervision_settings
from greenpolicy.ledger.models import Assignment, PolicyDocument, Task
from greenpolicy.reporting.models import ProgressReport, ReportingCycle, ReportState
from greenpolicy.reporting.permissions import can_read
from greenpolicy.spreadsheets import (
    SpreadsheetError,
    cell_text,
    fill_merged,
    formula_refusal,
    header_key,
    is_formula,
    read_xlsx,
)
from greenpolicy.staging import StagingError, discard, read_staged, stage
from greenpolicy.workbook.layout import BY_FIELD, COLUMNS, DEPARTMENT_SEPARATOR, REPORT_FIELDS

__all__ = [
    "MAX_ROWS",
    "FieldChange",
    "LedgerImportError",
    "LedgerImportPreview",
    "LedgerImportResult",
    "Outcome",
    "RowPlan",
    "apply_ledger_import",
    "discard_ledger_import",
    "preview_ledger_import",
    "read_ledger_import",
    "stage_ledger_import",
]

MAX_ROWS = 20_000  # a whole programme at once (the benchmark's scale); more is split into files
MAX_BYTES = 5 * 1024 * 1024
_HEADER_SEARCH_ROWS = 10
_AREA = "ledger"
_REFUSED = gettext_lazy("只有督办员或系统管理员可以导入台账")
_KEY = re.compile(r"^(\d+):(.+)$")
_NAME_SEPARATORS = re.compile(r"[、,，;；/\n]+")
_NONE_MARKS = {"-", "—", "——", "－", "无", "/", "／"}  # a department column left "empty" by hand
_TEXT_FIELDS = ("area", "text", "deadline", "lead", "co", *REPORT_FIELDS)
_MAX_LENGTHS = {"deadline": 120, "area": 200, "number": 20}
_LABELS = {
    "text": "重点任务",
    "deadline": "完成时限",
    "lead": "牵头单位",
    "co": "配合单位",
    "progress": "进展情况",
    "problems": "存在问题",
    "next_steps": "下步计划",
}


class LedgerImportError(ValueError):
    """The file cannot be imported as it is; `preview` (when there is one) says which rows are wrong."""

    def __init__(self, message: str, preview: LedgerImportPreview | None = None) -> None:
        super().__init__(message)
        self.preview = preview


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str

    def __str__(self) -> str:
        return f"{self.label}：{self.old or '（空）'} → {self.new or '（空）'}"


@dataclass(frozen=True)
class RowPlan:
    """One row of the file: the task it matches (or creates), what would change, or why it cannot."""

    sheet: str
    line: int
    outcome: Outcome
    cells: dict[str, str]
    errors: tuple[str, ...] = ()
    changes: tuple[FieldChange, ...] = ()
    task_id: int | None = None
    values: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def label(self) -> str:
        return str(OUTCOME_LABELS[self.outcome])


@dataclass(frozen=True)
class LedgerImportPreview:
    name: str
    sha256: str
    document_id: int
    cycle_id: int | None
    rows: tuple[RowPlan, ...] = ()
    errors: tuple[str, ...] = ()

    @property
    def has_errors(self) -> bool:
        return bool(self.errors) or any(row.outcome is Outcome.ERROR for row in self.rows)

    @property
    def error_rows(self) -> list[RowPlan]:
        return [row for row in self.rows if row.outcome is Outcome.ERROR]

    @property
    def changed_rows(self) -> list[RowPlan]:
        return [row for row in self.rows if row.outcome in (Outcome.CREATE, Outcome.UPDATE)]

    @property
    def digest(self) -> str:
        """What the preview would write, in short: a confirmation of another preview is refused."""
        shown = [
            (row.line, row.task_id, [(c.field, c.old, c.new) for c in row.changes])
            for row in self.changed_rows
        ]
        return hashlib.sha256(repr((self.sha256, self.cycle_id, shown)).encode()).hexdigest()

    def count(self, outcome: Outcome) -> int:
        return sum(row.outcome is outcome for row in self.rows)

    def problems(self) -> list[str]:
        """Every error in reading order, each row's prefixed with where it is."""
        listed = list(self.errors)
        for row in self.error_rows:
            where = _("“%(sheet)s”表第%(line)d行") % {"sheet": row.sheet, "line": row.line}
            listed.extend(f"{where}：{error}" for error in row.errors)
        return listed


@dataclass(frozen=True)
class LedgerImportResult:
    created: list[Task]
    updated: list[Task]


# -- reading ---------------------------------------------------------------------------------------------------


@dataclass
class _Sheet:
    title: str
    columns: dict[str, int]
    rows: list[tuple[int, dict[str, object]]]  # (line, field -> raw cell), 任务领域 carried from title rows


def _header_fields() -> dict[str, str]:
    names: dict[str, str] = {}
    for column in COLUMNS:
        for written in (column.header, *column.others):
            names.setdefault(header_key(written), column.field)
    return names


def _read(data: bytes, name: str, errors: list[str]) -> list[_Sheet]:
    if len(data) > MAX_BYTES:
        errors.append(_("文件过大（上限 %(limit)d MB）") % {"limit": MAX_BYTES // (1024 * 1024)})
        return []
    if PurePath(name).suffix.lower() not in (".xlsx", ".xlsm") and not data.startswith(b"PK\x03\x04"):
        errors.append(_("不支持的文件类型，请上传 Excel 工作簿（.xlsx）"))
        return []
    try:
        raw_sheets = read_xlsx(data)
    except SpreadsheetError as error:
        errors.append(
            _("表格文件解压后过大，请分批导入")
            if error.too_large
            else _("无法读取表格文件，请上传 Excel 工作簿（.xlsx）")
        )
        return []
    fields = _header_fields()
    sheets: list[_Sheet] = []
    for raw in raw_sheets:
        rows = [(line, values) for line, values in raw.rows if any(cell_text(value) for value in values)]
        header_at = next(
            (
                position
                for position, (_line, values) in enumerate(rows[:_HEADER_SEARCH_ROWS])
                if any(fields.get(header_key(value)) == "text" for value in values)
            ),
            None,
        )
        if header_at is None:
            continue  # a sheet of notes or totals: not a ledger
        columns: dict[str, int] = {}
        for index, value in enumerate(rows[header_at][1]):
            found = fields.get(header_key(value))
            if found is None:
                continue
            if found in columns:
                errors.append(
                    _("“%(sheet)s”表的“%(column)s”列重复") % {"sheet": raw.title, "column": cell_text(value)}
                )
                return []
            columns[found] = index
        if "key" not in columns and "number" not in columns:
            errors.append(_("“%(sheet)s”表缺少“序号”列") % {"sheet": raw.title})
            return []
        fill_merged(rows, rows[header_at][0], raw.merges)
        sheets.append(_Sheet(raw.title, columns, list(_data_rows(rows[header_at + 1 :], columns))))
    if not sheets and not errors:
        errors.append(_("未找到台账表：表头应包含“重点任务”“序号”等列"))
    total = sum(len(sheet.rows) for sheet in sheets)
    if total > MAX_ROWS:
        errors.append(
            _("数据行超过 %(limit)d 行的上限（共 %(rows)d 行），请分批导入")
            % {"limit": MAX_ROWS, "rows": total}
        )
        return []
    return sheets


def _data_rows(
    rows: Sequence[tuple[int, list[object]]], columns: dict[str, int]
) -> Iterator[tuple[int, dict[str, object]]]:
    area: object = None
    for line, values in rows:
        cells = {name: values[index] if index < len(values) else None for name, index in columns.items()}
        if not any(cell_text(value) for value in cells.values()):
            continue  # blank but for cells outside our columns
        filled = [value for value in values if cell_text(value)]
        # One text alone (not a task's), or one text merged across the row: a 任务领域 title row.
        one_text = not cell_text(cells.get("key")) and len({cell_text(value) for value in filled}) == 1
        if one_text and (not cell_text(cells.get("text")) or len(filled) > 1):
            area = filled[0]
            continue
        if not cell_text(cells.get("area")) and area is not None:
            cells["area"] = area  # under a 任务领域 title row
        yield line, cells


# -- checking --------------------------------------------------------------------------------------------------


def preview_ledger_import(
    data: bytes, name: str, *, document: PolicyDocument, reader: User, cycle: ReportingCycle | None = None
) -> LedgerImportPreview:
    """What importing the file into `document` would do, row by row, as `reader` may see it; writes nothing."""
    errors: list[str] = []
    sha256 = hashlib.sha256(data).hexdigest()
    if cycle is not None and cycle.document_id != document.pk:
        errors.append(_("所选报送周期不属于该文件"))
    sheets = _read(data, name, errors) if not errors else []
    if errors:
        return LedgerImportPreview(name, sha256, document.pk, cycle.pk if cycle else None, (), tuple(errors))
    checker = _Checker(document, cycle, reader)
    rows = [checker.check(sheet, line, raw) for sheet in sheets for line, raw in sheet.rows]
    return LedgerImportPreview(name, sha256, document.pk, cycle.pk if cycle else None, tuple(rows), ())


class _Checker:
    def __init__(self, document: PolicyDocument, cycle: ReportingCycle | None, reader: User) -> None:
        self.document = document
        self.cycle = cycle
        self.reader = reader
        self.tasks = {
            task.pk: task
            for task in Task.objects.filter(document=document)
            .exclude(status=TaskStatus.WITHDRAWN)
            .for_ledger()
            .order_by("position")
        }
        self.by_number: dict[tuple[str, str], list[Task]] = {}
        self.by_number_only: dict[str, list[Task]] = {}
        for task in self.tasks.values():
            if task.number:
                self.by_number.setdefault((task.area, task.number), []).append(task)
                self.by_number_only.setdefault(task.number, []).append(task)
        self.departments = list(Department.objects.all())
        self.directory = DepartmentDirectory(self.departments)
        self.names = {department.pk: str(department) for department in self.departments}
        self.reports: dict[int, ProgressReport] = {}
        if cycle is not None:
            self.reports = {
                report.task_id: report
                for report in ProgressReport.objects.lead_reports().filter(cycle=cycle).order_by("pk")
            }
        self.seen: dict[int, int] = {}  # task id -> the line that matched it first

    def check(self, sheet: _Sheet, line: int, raw: dict[str, object]) -> RowPlan:
        cells = {name: cell_text(value) for name, value in raw.items()}
        errors = self._types(raw)
        raw = {name: value for name, value in raw.items() if _well_typed(name, value)}
        task = self._match(cells, errors, line)
        values: dict[str, Any] = {}
        if "text" in raw:
            values["text"] = cells["text"]
            if not cells["text"]:
                errors.append(_("缺少重点任务"))
        if "deadline" in raw:
            values["deadline"] = cells["deadline"]
        for role in ("lead", "co"):
            if role in raw:
                values[role] = self._departments(cells[role], errors)
        if values.get("lead") and values.get("co") and set(values["lead"]) & set(values["co"]):
            errors.append(_("同一单位不能既牵头又配合"))
        if self.cycle is not None:
            for name in REPORT_FIELDS:
                if name in raw:
                    values[name] = cells[name]
        if errors:
            return RowPlan(
                sheet.title, line, Outcome.ERROR, cells, tuple(errors), (), task.pk if task else None
            )
        if task is None:
            values["number"] = cells.get("number", "")
            values["area"] = cells.get("area", "")
            if any(values.get(name) for name in REPORT_FIELDS):
                errors.append(_("新任务尚无报送周期的报告，不能导入进展情况"))
                return RowPlan(sheet.title, line, Outcome.ERROR, cells, tuple(errors))
            return RowPlan(
                sheet.title, line, Outcome.CREATE, cells, (), self._new_changes(values), None, values
            )
        changes = self._changes(task, values, errors)
        if errors:
            return RowPlan(sheet.title, line, Outcome.ERROR, cells, tuple(errors), (), task.pk)
        outcome = Outcome.UPDATE if changes else Outcome.UNCHANGED
        return RowPlan(sheet.title, line, outcome, cells, (), tuple(changes), task.pk, values)

    def _types(self, raw: dict[str, object]) -> list[str]:
        errors = []
        for name, value in raw.items():
            label = BY_FIELD[name].header
            if is_formula(value):
                errors.append(formula_refusal(label, value))
            elif not _well_typed(name, value):
                errors.append(
                    _("“%(column)s”应为文字，不是%(value)s")
                    % {"column": label, "value": cell_text(value)[:40]}
                )
            elif len(cell_text(value)) > _MAX_LENGTHS.get(name, 20000):
                errors.append(
                    _("“%(column)s”过长（最长%(limit)d个字）")
                    % {"column": label, "limit": _MAX_LENGTHS.get(name, 20000)}
                )
        return errors

    def _match(self, cells: dict[str, str], errors: list[str], line: int) -> Task | None:
        key, number = cells.get("key", ""), cells.get("number", "")
        task: Task | None = None
        if key:
            found = _KEY.match(key)
            task = self.tasks.get(int(found.group(1))) if found else None
            if task is None or found is None or task.ref != found.group(2):
                errors.append(_("任务键“%(key)s”不是本文件的任务") % {"key": key[:40]})
                return None
        elif number:
            candidates = (
                self.by_number.get((cells["area"], number), [])
                if "area" in cells
                else self.by_number_only.get(number, [])
            )
            if len(candidates) > 1:
                errors.append(_("序号“%(number)s”对应多项任务，请填写任务领域或任务键") % {"number": number})
                return None
            task = candidates[0] if candidates else None
        if task is not None:
            if task.pk in self.seen:
                errors.append(_("与第%(line)d行对应同一项任务") % {"line": self.seen[task.pk]})
                return None
            self.seen[task.pk] = line
        return task

    def _departments(self, written: str, errors: list[str]) -> list[int]:
        found: list[int] = []
        for name in (part.strip() for part in _NAME_SEPARATORS.split(written)):
            if not name or name in _NONE_MARKS:
                continue
            department = self.directory.find(name, name.removesuffix("等"))
            if department is None:
                errors.append(_("未找到单位“%(name)s”（请填写全称、简称或别名）") % {"name": name})
            elif department.pk not in found:
                found.append(department.pk)
        return found

    def _names(self, ids: Sequence[int]) -> str:
        return DEPARTMENT_SEPARATOR.join(self.names[pk] for pk in ids)

    def _new_changes(self, values: dict[str, Any]) -> tuple[FieldChange, ...]:
        shown = []
        for name in ("text", "deadline", "lead", "co"):
            if name in values:
                new = self._names(values[name]) if name in ("lead", "co") else values[name]
                shown.append(FieldChange(name, _LABELS[name], "", new))
        return tuple(shown)

    def _changes(self, task: Task, values: dict[str, Any], errors: list[str]) -> list[FieldChange]:
        changes = []
        if "text" in values and values["text"] != task.text:
            changes.append(FieldChange("text", _LABELS["text"], task.text, values["text"]))
        if "deadline" in values and values["deadline"] != task.deadline_text:
            changes.append(
                FieldChange("deadline", _LABELS["deadline"], task.deadline_text, values["deadline"])
            )
        for role, assignments in (("lead", task.lead_assignments()), ("co", task.co_assignments())):
            old = [a.department_id for a in assignments]
            if role in values and values[role] != old:
                changes.append(FieldChange(role, _LABELS[role], self._names(old), self._names(values[role])))
        changes += self._report_changes(self.reports.get(task.pk), values, errors)
        return changes

    def _report_changes(
        self, report: ProgressReport | None, values: dict[str, Any], errors: list[str]
    ) -> list[FieldChange]:
        """A filled cell writes into the cycle's lead report while the department may still edit it; a blank one
        leaves the report as it is (an export does not show a department's draft to the office)."""
        changes = []
        for name in REPORT_FIELDS:
            new = values.get(name, "")
            if not new or (report is not None and new == getattr(report, name)):
                continue
            if report is None:
                errors.append(
                    _("所选周期没有该任务的牵头单位报告，不能导入“%(column)s”") % {"column": _LABELS[name]}
                )
            elif not report.editable:
                state = ReportState(report.state).label
                errors.append(_("本期报告已报送（%(state)s），不能通过导入修改") % {"state": state})
                break
            else:
                old = getattr(report, name)
                if old and not can_read(self.reader, report):
                    old = _("（单位草稿，未报送）")
                changes.append(FieldChange(name, _LABELS[name], old, new))
        return changes


def _well_typed(name: str, value: object) -> bool:
    """Not a formula, and text where text is meant (a 序号 may be a number)."""
    if is_formula(value):
        return False
    if value is None:
        return True
    if name == "deadline":
        return isinstance(value, str | date)  # a date cell reads as 2022年6月30日
    if name in _TEXT_FIELDS:
        return isinstance(value, str)
    return isinstance(value, str | int | float) and not isinstance(value, bool)


# -- writing ---------------------------------------------------------------------------------------------------


@transaction.atomic
def apply_ledger_import(
    data: bytes,
    name: str,
    *,
    document: PolicyDocument,
    actor: User,
    cycle: ReportingCycle | None = None,
    digest: str | None = None,
) -> LedgerImportResult:
    """Write what the preview shows; LedgerImportError, and nothing written, when any row has an error or when
    `digest` (of the preview the user confirmed) no longer matches: the ledger changed in between."""
    require(can_supervise(actor), str(_REFUSED))
    preview = preview_ledger_import(data, name, document=document, cycle=cycle, reader=actor)
    if preview.has_errors:
        raise LedgerImportError(_("文件有错误，未导入任何内容，请修改后重新上传"), preview)
    if digest is not None and digest != preview.digest:
        raise LedgerImportError(_("台账在核对后已有变化，请重新核对"), preview)
    tasks = (
        Task.objects.filter(document=document)
        .for_ledger()
        .in_bulk([row.task_id for row in preview.changed_rows if row.task_id])
    )
    reports: dict[int, ProgressReport] = {}
    if cycle is not None:
        reports = {r.task_id: r for r in ProgressReport.objects.lead_reports().filter(cycle=cycle)}
    names = {department.pk: department for department in Department.objects.all()}
    created: list[Task] = []
    updated: list[Task] = []
    for row in preview.changed_rows:
        if row.task_id is None:
            created.append(_create(document, row, names, actor))
        else:
            task = tasks[row.task_id]
            _update(task, row, names, reports.get(task.pk), actor)
            updated.append(task)
    return LedgerImportResult(created, updated)


def _state(task: Task, report: ProgressReport | None) -> dict[str, Any]:
    state: dict[str, Any] = {
        "text": task.text,
        "deadline_text": task.deadline_text,
        "deadline_kind": task.deadline_kind,
        "due_on": task.due_on.isoformat() if task.due_on else None,
        "lead": [a.department_id for a in task.lead_assignments()],
        "co": [a.department_id for a in task.co_assignments()],
    }
    if report is not None:
        state |= {name: getattr(report, name) for name in REPORT_FIELDS}
    return state


def _set_deadline(task: Task, written: str, document: PolicyDocument) -> None:
    deadline = parse_deadline(written, issued_on=document.issued_on)
    task.deadline_text = written
    task.deadline_kind = deadline.kind.value
    if task.original_due_on is None:  # an approved extension keeps its new date
        task.due_on = deadline.due


def _update(
    task: Task, row: RowPlan, names: dict[int, Department], report: ProgressReport | None, actor: User
) -> None:
    changed = {change.field for change in row.changes}
    before = _state(task, report)
    if "text" in changed:
        task.text = row.values["text"]
    if "deadline" in changed:
        _set_deadline(task, row.values["deadline"], task.document)
    task.version += 1
    task.save()
    if changed & {"lead", "co"}:
        leads = row.values.get("lead", before["lead"])
        cos = row.values.get("co", before["co"])
        _assign(task, leads, cos, names)
    if report is not None and changed & set(REPORT_FIELDS):
        for name in REPORT_FIELDS:
            if name in changed:
                setattr(report, name, row.values[name])
        report.version += 1
        report.save()
    task = Task.objects.for_ledger().get(pk=task.pk)
    record(
        actor=actor,
        action="task.import",
        target=task,
        summary=f"台账导入更新：{task}（{'、'.join(change.label for change in row.changes)}）",
        before=before,
        after=_state(task, report),
    )


def _assign(task: Task, leads: list[int], cos: list[int], names: dict[int, Department]) -> None:
    current = {a.department_id: a for a in task.assignments.all()}
    acknowledge_by = None
    for position, (department_id, role) in enumerate(
        [*((pk, AssignmentRole.LEAD) for pk in leads), *((pk, AssignmentRole.CO) for pk in cos)]
    ):
        assignment = current.pop(department_id, None)
        if assignment is None:
            if acknowledge_by is None:
                acknowledge_by = WorkingCalendar.default().add_working_days(
                    timezone.localdate(), supervision_settings().acknowledge_within_working_days
                )
            Assignment.objects.create(
                task=task,
                department_id=department_id,
                role=role,
                written_name=str(names[department_id]),
                position=position,
                acknowledge_by=acknowledge_by,
            )
        elif assignment.role != role or assignment.position != position:
            assignment.role, assignment.position = role, position
            assignment.save(update_fields=["role", "position"])
    for assignment in current.values():
        assignment.delete()


def _create(document: PolicyDocument, row: RowPlan, names: dict[int, Department], actor: User) -> Task:
    taken = set(Task.objects.filter(document=document).values_list("ref", flat=True))
    last = (
        Task.objects.filter(document=document)
        .order_by("-position")
        .values_list("position", flat=True)
        .first()
    )
    number = 1
    while f"导入{number}" in taken:
        number += 1
    task = Task(
        document=document,
        ref=f"导入{number}",
        position=(last or 0) + 1,
        kind=TaskKind.KEY_TASK,
        number=row.values.get("number", ""),
        area=row.values.get("area", ""),
        text=row.values.get("text", ""),
    )
    _set_deadline(task, row.values.get("deadline", ""), document)
    task.save()
    _assign(task, row.values.get("lead", []), row.values.get("co", []), names)
    task = Task.objects.for_ledger().get(pk=task.pk)
    record(
        actor=actor,
        action="task.import.create",
        target=task,
        summary=f"台账导入新增任务：{task}",
        after=_state(task, None),
    )
    return task


# -- staging between the preview and the confirmation ----------------------------------------------------------


def stage_ledger_import(data: bytes, name: str, *, actor: User) -> str:
    """Keep an upload for its preview page under its sha256; LedgerImportError when it cannot be read at all."""
    require(can_supervise(actor), str(_REFUSED))
    errors: list[str] = []
    _read(data, name, errors)
    if errors:
        raise LedgerImportError("；".join(errors))
    return stage(_AREA, data, name or "ledger.xlsx")


def read_ledger_import(sha256: str) -> tuple[bytes, str]:
    try:
        name, data = read_staged(_AREA, sha256)
    except StagingError as error:
        raise LedgerImportError(str(error)) from None
    return data, name


def discard_ledger_import(sha256: str) -> None:
    discard(_AREA, sha256)
