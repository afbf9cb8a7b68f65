"""Reporting: open a cycle, write and file reports, sign them off, review them, attach evidence."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import PurePath

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from greenpolicy.accounts.models import Role, User
from greenpolicy.accounts.permissions import can_supervise, require
from greenpolicy.audit.trail import record, snapshot
from greenpolicy.ledger.choices import AssignmentRole, TaskStatus
from greenpolicy.ledger.conf import supervision_settings
from greenpolicy.ledger.errors import WorkflowError, expect_version
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.ledger.services.supervision import close_task
from greenpolicy.notifications.services import department_users, notify, supervisors
from greenpolicy.reporting.evidence import check_evidence
from greenpolicy.reporting.models import Evidence, ProgressReport, ReportingCycle, ReportKind, ReportState
from greenpolicy.reporting.permissions import can_edit, can_read, can_review, can_sign_off, is_own

_REPORT_FIELDS = ("state", "percent", "completed", "return_reason", "version")


@transaction.atomic
def open_cycle(
    document: PolicyDocument,
    *,
    actor: User,
    name: str,
    opens_on: date,
    due_on: date,
    co_input_due_on: date | None = None,
    tasks: list[Task] | None = None,
) -> ReportingCycle:
    """Open a round of reporting: a report to write for each lead department, an input for each co-department."""
    require(can_supervise(actor), _("只有督办员可以发起报送周期"))
    if due_on < opens_on:
        raise WorkflowError(_("报送截止日期不能早于开始日期"))
    if co_input_due_on and not opens_on <= co_input_due_on <= due_on:
        raise WorkflowError(_("配合单位报送截止日期应在周期之内，且不晚于牵头单位截止日期"))
    chosen = (
        tasks
        if tasks is not None
        else list(Task.objects.filter(document=document).current().exclude(status=TaskStatus.CLOSED))
    )
    if not chosen:
        raise WorkflowError(_("没有需要报送的任务"))
    cycle = ReportingCycle.objects.create(
        name=name, document=document, opens_on=opens_on, due_on=due_on, co_input_due_on=co_input_due_on,
        created_by=actor,
    )  # fmt: skip
    cycle.tasks.set(chosen)
    reports = [
        ProgressReport(
            cycle=cycle,
            task=task,
            department=assignment.department,
            kind=ReportKind.LEAD_REPORT if assignment.role == AssignmentRole.LEAD else ReportKind.CO_INPUT,
        )
        for task in chosen
        for assignment in task.assignments.select_related("department")
    ]
    ProgressReport.objects.bulk_create(reports)
    for department_id in {report.department_id for report in reports}:
        notify(
            department_users(department_id),
            f"{name}报送已开始，截止{due_on:%Y年%m月%d日}",
            cycle.get_absolute_url(),
        )
    record(actor=actor, action="cycle.open", target=cycle, summary=f"发起报送周期：{name}（{len(chosen)}项任务）",
           after={"tasks": len(chosen), "reports": len(reports), "due_on": due_on.isoformat()})  # fmt: skip
    return cycle


@transaction.atomic
def save_report(
    report: ProgressReport,
    *,
    actor: User,
    version: int | None,
    progress: str,
    problems: str,
    next_steps: str,
    percent: int | None,
    completed: bool = False,
    closure_evidence: str = "",
) -> None:
    """Save the department's draft (进展情况, 存在问题, 下步计划); refused if someone saved it since."""
    require(can_edit(actor, report), _("无权修改该报告"))
    expect_version(report, version)
    if percent is not None and not 0 <= percent <= 100:
        raise WorkflowError(_("完成进度应在0至100之间"))
    before = snapshot(report, ("progress", "problems", "next_steps", "percent", "completed", "version"))
    report.progress, report.problems, report.next_steps = (
        progress.strip(),
        problems.strip(),
        next_steps.strip(),
    )
    report.percent, report.completed, report.closure_evidence = percent, completed, closure_evidence.strip()
    report.author = actor
    report.version += 1
    report.save()
    record(actor=actor, action="report.save", target=report, summary=f"保存报告：{report}", before=before,
           after=snapshot(report, ("progress", "problems", "next_steps", "percent", "completed", "version")))  # fmt: skip


@transaction.atomic
def send_co_input(report: ProgressReport, *, actor: User, version: int | None = None) -> None:
    """A co-department sends its input to the lead department."""
    require(can_edit(actor, report) and report.kind == ReportKind.CO_INPUT, _("无权报送该材料"))
    expect_version(report, version)
    _require_content(report)
    _move(
        report,
        actor,
        ReportState.SENT,
        "report.send",
        f"{report.department}向牵头单位报送材料：{report.task}",
    )
    for lead in report.task.lead_assignments():
        notify(department_users(lead.department_id), f"{report.department}已报送配合材料：{report.task}",
               report.get_absolute_url())  # fmt: skip


@transaction.atomic
def submit_lead_report(report: ProgressReport, *, actor: User, version: int | None = None) -> None:
    """The lead department submits its consolidated report to its approver (部门负责人)."""
    require(can_edit(actor, report) and report.kind == ReportKind.LEAD_REPORT, _("无权提交该报告"))
    expect_version(report, version)
    _require_content(report)
    if report.completed and not report.closure_evidence:
        raise WorkflowError(_("申请销号需填写销号依据（如出台文件的文号）"))
    _move(
        report,
        actor,
        ReportState.SUBMITTED,
        "report.submit",
        f"{report.department}提交报告待审签：{report.task}",
    )
    notify(
        department_users(report.department_id, Role.APPROVER),
        f"待审签：{report.task}",
        report.get_absolute_url(),
    )


@transaction.atomic
def sign_off_report(report: ProgressReport, *, actor: User) -> None:
    """The department's approver signs the report off and it goes to the office."""
    require(can_sign_off(actor, report), _("无权审签该报告"))
    report.signed_off_by, report.signed_off_at = actor, timezone.now()
    _move(
        report,
        actor,
        ReportState.SIGNED_OFF,
        "report.sign_off",
        f"{report.department}负责人审签：{report.task}",
    )
    task = report.task
    if task.status in (
        TaskStatus.ASSIGNED,
        TaskStatus.ACKNOWLEDGED,
        TaskStatus.IN_PROGRESS,
        TaskStatus.RETURNED,
    ):
        _move_task(task, TaskStatus.REPORTED, actor)
    notify(supervisors(), f"待审核：{report.department}报告 {task}", report.get_absolute_url())


@transaction.atomic
def decline_sign_off(report: ProgressReport, *, actor: User, reason: str) -> None:
    """The approver sends the report back to the department's reporter."""
    require(can_sign_off(actor, report), _("无权审签该报告"))
    _require_reason(reason)
    report.return_reason = reason.strip()
    _move(
        report,
        actor,
        ReportState.RETURNED,
        "report.decline",
        f"负责人退回：{report.task}（{reason.strip()}）",
    )
    notify(
        department_users(report.department_id, Role.REPORTER),
        f"负责人退回报告：{report.task}",
        report.get_absolute_url(),
    )


@transaction.atomic
def accept_report(report: ProgressReport, *, actor: User, close: bool = False, evidence: str = "") -> None:
    """The office accepts the report; with `close`, the task is completed (销号) on the evidence given."""
    require(can_review(actor, report), _("无权审核该报告"))
    report.reviewed_by, report.reviewed_at = actor, timezone.now()
    _move(
        report,
        actor,
        ReportState.ACCEPTED,
        "report.accept",
        f"审核通过：{report.department}报告 {report.task}",
    )
    task = report.task
    if report.percent is not None:
        task.progress_percent = report.percent
    if close:
        close_task(task, actor=actor, evidence=evidence or report.closure_evidence)
    else:
        _move_task(task, TaskStatus.IN_PROGRESS, actor)
    notify(department_users(report.department_id), f"报告审核通过：{task}", report.get_absolute_url())


@transaction.atomic
def return_report(report: ProgressReport, *, actor: User, reason: str) -> None:
    """The office sends the report back with its reason (退回); the department revises and files it again."""
    require(can_review(actor, report), _("无权审核该报告"))
    _require_reason(reason)
    report.return_reason = reason.strip()
    report.reviewed_by, report.reviewed_at = actor, timezone.now()
    _move(
        report,
        actor,
        ReportState.RETURNED,
        "report.return",
        f"退回：{report.department}报告 {report.task}（{reason.strip()}）",
    )
    _move_task(report.task, TaskStatus.RETURNED, actor)
    notify(
        department_users(report.department_id),
        f"报告被退回：{report.task}（{reason.strip()}）",
        report.get_absolute_url(),
    )


@transaction.atomic
def attach_evidence(report: ProgressReport, upload: UploadedFile[bytes], *, actor: User) -> Evidence:
    """Keep a supporting file with the report, after checking its type and size."""
    require(can_edit(actor, report), _("无权为该报告上传材料"))
    content = upload.read()
    content_type = check_evidence(
        upload.name or "file", content, limit=supervision_settings().evidence_max_bytes
    )
    evidence = Evidence(
        report=report,
        original_name=PurePath(upload.name or "file").name[:255],
        content_type=content_type,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        uploaded_by=actor,
    )
    upload.seek(0)
    evidence.file.save(
        f"{evidence.sha256[:16]}{PurePath(evidence.original_name).suffix.lower()}", upload, save=False
    )
    evidence.save()
    record(actor=actor, action="evidence.add", target=report, summary=f"上传佐证材料：{evidence.original_name}",
           after={"evidence": evidence.pk, "sha256": evidence.sha256, "size": evidence.size})  # fmt: skip
    return evidence


def readable_reports(actor: User, reports: list[ProgressReport]) -> list[ProgressReport]:
    return [report for report in reports if can_read(actor, report)]


def co_inputs_for(report: ProgressReport, *, actor: User) -> list[ProgressReport]:
    """The co-departments' inputs the lead consolidates into its report."""
    if report.kind != ReportKind.LEAD_REPORT or not (is_own(actor, report) or can_supervise(actor)):
        return []
    inputs = ProgressReport.objects.co_inputs().filter(cycle=report.cycle, task=report.task)
    return readable_reports(actor, list(inputs.select_related("department", "task")))


def _require_content(report: ProgressReport) -> None:
    if not report.progress.strip():
        raise WorkflowError(_("请先填写进展情况并保存"))


def _require_reason(reason: str) -> None:
    if not reason.strip():
        raise WorkflowError(_("请填写退回理由"))


def _move(report: ProgressReport, actor: User, state: ReportState, action: str, summary: str) -> None:
    before = snapshot(report, _REPORT_FIELDS)
    report.state = state
    if state in (ReportState.SENT, ReportState.SUBMITTED):
        report.submitted_at = timezone.now()
    report.version += 1
    report.save()
    record(actor=actor, action=action, target=report, summary=summary, before=before,
           after=snapshot(report, _REPORT_FIELDS))  # fmt: skip


def _move_task(task: Task, status: TaskStatus, actor: User) -> None:
    if task.status == status:
        return
    before = snapshot(task, ("status", "progress_percent", "version"))
    task.status = status
    task.version += 1
    task.save()
    record(actor=actor, action="task.status", target=task, summary=f"任务状态：{task.get_status_display()}：{task}",
           before=before, after=snapshot(task, ("status", "progress_percent", "version")))  # fmt: skip
