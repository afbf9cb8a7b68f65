"""The supervision chain on a task: acknowledge (签收), start (承办), milestones, extensions, triggers, closure."""

from __future__ import annotations

from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from greenpolicy.accounts.models import User
from greenpolicy.accounts.permissions import can_supervise, require
from greenpolicy.audit.trail import record, snapshot
from greenpolicy.ledger.choices import DeadlineKind, ExtensionStatus, TaskStatus
from greenpolicy.ledger.errors import WorkflowError, expect_version
from greenpolicy.ledger.models import Comment, ExtensionRequest, Milestone, Task
from greenpolicy.ledger.permissions import assignment_of, can_close, can_comment, can_work_on, is_lead

_TASK_FIELDS = (
    "status",
    "due_on",
    "original_due_on",
    "started_on",
    "closed_at",
    "closure_evidence",
    "version",
)


@transaction.atomic
def acknowledge_task(task: Task, *, actor: User) -> None:
    """The department confirms it has received the task (签收); the lead's acknowledgement moves the task on."""
    require(can_work_on(actor, task), _("本部门未承担该任务"))
    assignment = assignment_of(actor, task)
    assert assignment is not None  # noqa: S101 - can_work_on checked it
    if assignment.acknowledged_at is not None:
        raise WorkflowError(_("本部门已签收该任务"))
    assignment.acknowledged_at = timezone.now()
    assignment.acknowledged_by = actor
    assignment.save(update_fields=["acknowledged_at", "acknowledged_by"])
    before = snapshot(task, _TASK_FIELDS)
    if is_lead(actor, task) and task.status == TaskStatus.ASSIGNED:
        _move(task, TaskStatus.ACKNOWLEDGED)
    record(
        actor=actor,
        action="task.acknowledge",
        target=task,
        summary=f"{assignment.department}签收任务：{task}",
        before=before,
        after=snapshot(task, _TASK_FIELDS),
    )


@transaction.atomic
def start_task(task: Task, *, actor: User, on: date | None = None) -> None:
    """The lead department starts the work (承办)."""
    require(can_work_on(actor, task) and is_lead(actor, task), _("只有牵头单位可以开始承办"))
    if task.status != TaskStatus.ACKNOWLEDGED:
        raise WorkflowError(_("任务需先签收，才能开始承办"))
    before = snapshot(task, _TASK_FIELDS)
    task.started_on = on or timezone.localdate()
    _move(task, TaskStatus.IN_PROGRESS)
    record(actor=actor, action="task.start", target=task, summary=f"开始承办：{task}", before=before,
           after=snapshot(task, _TASK_FIELDS))  # fmt: skip


@transaction.atomic
def add_milestone(task: Task, *, actor: User, title: str, due_on: date, planned_percent: int) -> Milestone:
    """A step with its date and the cumulative percent planned by then (形象进度)."""
    require(can_work_on(actor, task) and is_lead(actor, task), _("只有牵头单位可以设置形象进度"))
    if not 0 < planned_percent <= 100:
        raise WorkflowError(_("计划累计进度应在1至100之间"))
    if task.milestones.filter(due_on__gte=due_on, planned_percent__lt=planned_percent).exists() or (
        task.milestones.filter(due_on__lte=due_on, planned_percent__gt=planned_percent).exists()
    ):
        raise WorkflowError(_("各阶段的计划累计进度应随日期递增"))
    milestone = Milestone.objects.create(
        task=task, title=title, due_on=due_on, planned_percent=planned_percent
    )
    record(actor=actor, action="milestone.add", target=task, summary=f"设置形象进度：{due_on} {title} {planned_percent}%",
           after={"milestone": milestone.pk, "due_on": due_on.isoformat(), "planned_percent": planned_percent})  # fmt: skip
    return milestone


@transaction.atomic
def request_extension(task: Task, *, actor: User, reason: str, new_due_on: date) -> ExtensionRequest:
    """Ask, before the due date, for a later one (延期申请)."""
    require(can_work_on(actor, task) and is_lead(actor, task), _("只有牵头单位可以申请延期"))
    if task.due_on is None:
        raise WorkflowError(_("该任务没有具体完成时限，无需申请延期"))
    if timezone.localdate() > task.due_on:
        raise WorkflowError(_("已超过完成时限，不能再申请延期"))
    if new_due_on <= task.due_on:
        raise WorkflowError(_("申请的新时限应晚于现完成时限"))
    if not reason.strip():
        raise WorkflowError(_("请说明延期理由"))
    if task.extension_requests.filter(status=ExtensionStatus.PENDING).exists():
        raise WorkflowError(_("已有待审批的延期申请"))
    assert actor.department is not None  # noqa: S101 - an assigned user has a department
    request = ExtensionRequest.objects.create(
        task=task,
        department=actor.department,
        requested_by=actor,
        reason=reason.strip(),
        current_due_on=task.due_on,
        new_due_on=new_due_on,
    )
    record(actor=actor, action="extension.request", target=task, summary=f"申请延期至{new_due_on}：{task}",
           after={"request": request.pk, "new_due_on": new_due_on.isoformat()})  # fmt: skip
    return request


@transaction.atomic
def decide_extension(request: ExtensionRequest, *, actor: User, approve: bool, note: str = "") -> None:
    """The office approves (the task takes the new date, its first date kept) or refuses."""
    require(can_supervise(actor), _("只有督办员可以审批延期申请"))
    if request.status != ExtensionStatus.PENDING:
        raise WorkflowError(_("该申请已审批"))
    task = request.task
    before = snapshot(task, _TASK_FIELDS)
    request.status = ExtensionStatus.APPROVED if approve else ExtensionStatus.REFUSED
    request.decided_by = actor
    request.decided_at = timezone.now()
    request.decision_note = note
    request.save()
    if approve:
        task.original_due_on = task.original_due_on or task.due_on
        task.due_on = request.new_due_on
        task.version += 1
        task.save(update_fields=["original_due_on", "due_on", "version"])
    verdict = "同意" if approve else "不同意"
    record(actor=actor, action=f"extension.{request.status}", target=task, summary=f"{verdict}延期至{request.new_due_on}：{task}",
           before=before, after=snapshot(task, _TASK_FIELDS))  # fmt: skip


@transaction.atomic
def record_trigger(task: Task, *, actor: User, on: date, note: str) -> None:
    """The national policy a conditional task waits on has been issued: the task is now judged by its reports."""
    require(can_supervise(actor), _("只有督办员可以登记触发情况"))
    if task.deadline_kind != DeadlineKind.CONDITIONAL:
        raise WorkflowError(_("只有“视情推进”的任务需要登记触发情况"))
    task.trigger_met_on, task.trigger_note = on, note.strip()
    task.version += 1
    task.save(update_fields=["trigger_met_on", "trigger_note", "version"])
    record(actor=actor, action="task.trigger", target=task, summary=f"登记触发：{note}（{on}）：{task}",
           after={"trigger_met_on": on.isoformat(), "note": note})  # fmt: skip


@transaction.atomic
def close_task(task: Task, *, actor: User, evidence: str, version: int | None = None) -> None:
    """Completion (办结/销号): only the office, and only with evidence such as the issued regulation's number."""
    require(can_close(actor, task), _("只有督办员可以销号"))
    expect_version(task, version)
    if not evidence.strip():
        raise WorkflowError(_("销号需填写依据（如出台文件的文号）"))
    before = snapshot(task, _TASK_FIELDS)
    task.closed_at = timezone.now()
    task.closure_evidence = evidence.strip()
    task.progress_percent = 100
    _move(task, TaskStatus.CLOSED)
    record(actor=actor, action="task.close", target=task, summary=f"销号：{task}（依据：{task.closure_evidence}）",
           before=before, after=snapshot(task, _TASK_FIELDS))  # fmt: skip


@transaction.atomic
def add_comment(task: Task, *, actor: User, body: str) -> Comment:
    require(can_comment(actor, task), _("无权评论该任务"))
    if not body.strip():
        raise WorkflowError(_("评论内容不能为空"))
    comment = Comment.objects.create(task=task, author=actor, body=body.strip())
    record(actor=actor, action="comment.add", target=task, summary=f"评论：{body.strip()[:60]}")
    return comment


def _move(task: Task, status: TaskStatus) -> None:
    task.status = status
    task.version += 1
    task.save()
