"""Writing a checked import: every change of the preview in one transaction, an audit entry per task."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from greenpolicy.accounts.models import Department, User
from greenpolicy.accounts.permissions import can_supervise, require
from greenpolicy.audit.trail import record
from greenpolicy.core.deadlines import parse_deadline
from greenpolicy.core.workdays import WorkingCalendar
from greenpolicy.ledger.choices import AssignmentRole, TaskKind
from greenpolicy.ledger.conf import supervision_settings
from greenpolicy.ledger.models import Assignment, PolicyDocument, Task
from greenpolicy.reporting.models import ProgressReport, ReportingCycle
from greenpolicy.workbook.importing.plans import REFUSED, LedgerImportError, LedgerImportResult, RowPlan
from greenpolicy.workbook.importing.rows import preview_ledger_import
from greenpolicy.workbook.layout import REPORT_FIELDS


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
    require(can_supervise(actor), str(REFUSED))
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
