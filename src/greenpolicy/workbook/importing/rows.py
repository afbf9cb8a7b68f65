"""Checking each row of a ledger workbook against a document's tasks: what it matches, what would change, what is
wrong. Nothing here writes."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from django.utils.translation import gettext as _

from greenpolicy.accounts.models import Department, User
from greenpolicy.accounts.registry import DepartmentDirectory
from greenpolicy.ledger.choices import TaskStatus
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.reporting.models import ProgressReport, ReportingCycle, ReportState
from greenpolicy.reporting.permissions import can_read
from greenpolicy.spreadsheets import cell_text, formula_refusal, is_formula
from greenpolicy.workbook.importing.plans import FieldChange, LedgerImportPreview, Outcome, RowPlan
from greenpolicy.workbook.importing.sheets import LedgerSheet, read_sheets
from greenpolicy.workbook.layout import BY_FIELD, DEPARTMENT_SEPARATOR, REPORT_FIELDS

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


def preview_ledger_import(
    data: bytes, name: str, *, document: PolicyDocument, reader: User, cycle: ReportingCycle | None = None
) -> LedgerImportPreview:
    """What importing the file into `document` would do, row by row, as `reader` may see it; writes nothing."""
    errors: list[str] = []
    sha256 = hashlib.sha256(data).hexdigest()
    if cycle is not None and cycle.document_id != document.pk:
        errors.append(_("所选报送周期不属于该文件"))
    sheets = read_sheets(data, name, errors) if not errors else []
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

    def check(self, sheet: LedgerSheet, line: int, raw: dict[str, object]) -> RowPlan:
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
