"""One task: its text, deadline, departments, progress, reports and history, and the steps of supervision."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from greenpolicy.accounts.permissions import can_supervise, is_read_only
from greenpolicy.audit.models import AuditEntry
from greenpolicy.ledger.choices import DeadlineKind, ExtensionStatus
from greenpolicy.ledger.models import ExtensionRequest, Task
from greenpolicy.ledger.permissions import assignment_of, can_close, can_comment, can_work_on, is_lead
from greenpolicy.ledger.services import supervision
from greenpolicy.reporting.models import ProgressReport
from greenpolicy.reporting.services import readable_reports
from greenpolicy.reporting.warnings import assess_tasks
from greenpolicy.web import forms as web_forms
from greenpolicy.web.outcomes import perform, report_invalid
from greenpolicy.web.requests import SignedInRequest


def _task(pk: int) -> Task:
    return get_object_or_404(Task.objects.for_ledger(), pk=pk)


def task_detail(request: SignedInRequest, pk: int) -> HttpResponse:
    task = _task(pk)
    user = request.user
    reports = readable_reports(
        user, list(task.reports.select_related("cycle", "department", "task").prefetch_related("evidence"))
    )
    report_type = ContentType.objects.get_for_model(ProgressReport)
    history = (
        AuditEntry.objects.filter(
            Q(pk__in=AuditEntry.objects.about(task).values("pk"))
            | Q(target_type=report_type, target_id__in=[str(report.pk) for report in reports])
        )
        .select_related("actor")
        .order_by("at", "pk")
    )
    mine = assignment_of(user, task)
    working = can_work_on(user, task)
    lead = working and is_lead(user, task)
    supervising = can_supervise(user)
    context = {
        "task": task,
        "assessment": assess_tasks([task], today=timezone.localdate())[task.pk],
        "assignments": task.assignments.all(),
        "milestones": task.milestones.all(),
        "extensions": task.extension_requests.select_related("department", "requested_by", "decided_by"),
        "reports": reports,
        "comments": task.comments.select_related("author"),
        "history": history,
        "can": {
            "acknowledge": working and mine is not None and mine.acknowledged_at is None,
            "start": lead,
            "milestone": lead,
            "extension": lead and task.due_on is not None,
            "decide": supervising,
            "trigger": supervising and task.deadline_kind == DeadlineKind.CONDITIONAL,
            "close": can_close(user, task),
            "comment": can_comment(user, task) and not is_read_only(user),
        },
        "milestone_form": web_forms.MilestoneForm(),
        "extension_form": web_forms.ExtensionRequestForm(),
        "decision_form": web_forms.ExtensionDecisionForm(),
        "trigger_form": web_forms.TriggerForm(initial={"on": timezone.localdate()}),
        "close_form": web_forms.TaskCloseForm(initial={"version": task.version}),
        "comment_form": web_forms.CommentForm(),
        "pending": ExtensionStatus.PENDING,
    }
    return render(request, "web/tasks/detail.html", context)


def _act(
    request: SignedInRequest,
    pk: int,
    form_class: type[forms.Form] | None,
    call: Callable[[Task, dict[str, Any]], Any],
    done: str,
) -> HttpResponse:
    """Validate the posted form, run one service on the task, and go back to the task page."""
    task = _task(pk)
    form = form_class(request.POST) if form_class else None
    if form is not None and not form.is_valid():
        report_invalid(request, form)
    else:
        perform(request, lambda: call(task, form.cleaned_data if form else {}), done=done)
    return redirect(task)


@require_POST
def task_acknowledge(request: SignedInRequest, pk: int) -> HttpResponse:
    return _act(
        request,
        pk,
        None,
        lambda task, _data: supervision.acknowledge_task(task, actor=request.user),
        _("已签收"),
    )


@require_POST
def task_start(request: SignedInRequest, pk: int) -> HttpResponse:
    return _act(
        request,
        pk,
        None,
        lambda task, _data: supervision.start_task(task, actor=request.user),
        _("已开始承办"),
    )


@require_POST
def task_milestone(request: SignedInRequest, pk: int) -> HttpResponse:
    return _act(
        request,
        pk,
        web_forms.MilestoneForm,
        lambda task, data: supervision.add_milestone(task, actor=request.user, **data),
        _("已添加形象进度"),
    )


@require_POST
def task_extension(request: SignedInRequest, pk: int) -> HttpResponse:
    return _act(
        request,
        pk,
        web_forms.ExtensionRequestForm,
        lambda task, data: supervision.request_extension(task, actor=request.user, **data),
        _("已提交延期申请"),
    )


@require_POST
def extension_decide(request: SignedInRequest, pk: int) -> HttpResponse:
    extension = get_object_or_404(ExtensionRequest.objects.select_related("task"), pk=pk)
    form = web_forms.ExtensionDecisionForm(request.POST)
    if not form.is_valid():
        report_invalid(request, form)
    else:
        perform(
            request,
            lambda: supervision.decide_extension(extension, actor=request.user, **form.cleaned_data),
            done=_("已审批延期申请"),
        )
    return redirect(extension.task)


@require_POST
def task_trigger(request: SignedInRequest, pk: int) -> HttpResponse:
    return _act(
        request,
        pk,
        web_forms.TriggerForm,
        lambda task, data: supervision.record_trigger(task, actor=request.user, **data),
        _("已登记触发情况"),
    )


@require_POST
def task_close(request: SignedInRequest, pk: int) -> HttpResponse:
    return _act(
        request,
        pk,
        web_forms.TaskCloseForm,
        lambda task, data: supervision.close_task(task, actor=request.user, **data),
        _("已销号"),
    )


@require_POST
def task_comment(request: SignedInRequest, pk: int) -> HttpResponse:
    return _act(
        request,
        pk,
        web_forms.CommentForm,
        lambda task, data: supervision.add_comment(task, actor=request.user, **data),
        _("已发表评论"),
    )
