"""Progress reports: my inbox per cycle, the review queue, one report with its steps, and evidence files."""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from greenpolicy.accounts.models import Role, User
from greenpolicy.accounts.permissions import can_supervise
from greenpolicy.ledger.errors import StaleEditError, WorkflowError
from greenpolicy.reporting import services
from greenpolicy.reporting.models import Evidence, ProgressReport, ReportingCycle, ReportKind, ReportState
from greenpolicy.reporting.permissions import can_edit, can_read, can_review, can_sign_off
from greenpolicy.web import forms as web_forms
from greenpolicy.web.outcomes import perform, report_invalid
from greenpolicy.web.requests import SignedInRequest

_REPORTS = ProgressReport.objects.select_related("cycle", "task__document", "department", "author")


def readable_report(user: User, pk: int) -> ProgressReport:
    """The report, or 404 when it does not exist or the user may not read it (ids cannot be probed)."""
    report = get_object_or_404(_REPORTS, pk=pk)
    if not can_read(user, report):
        raise Http404(_("没有该报告"))
    return report


def inbox(request: SignedInRequest) -> HttpResponse:
    user = request.user
    cycles = ReportingCycle.objects.select_related("document")
    chosen = request.GET.get("cycle", "")
    reports: list[ProgressReport] = []
    if user.acts_for_department:
        # The tasks by id rather than joined: a join of the reports with the tasks is planned badly on stale
        # statistics; they are put in order here instead.
        mine = (
            ProgressReport.objects.filter(department=user.department_id)
            .select_related("cycle")
            .prefetch_related("task")
            .order_by()
        )
        if chosen.isdecimal():
            mine = mine.filter(cycle=int(chosen))
        reports = sorted(mine, key=lambda report: (-report.cycle_id, report.task.position))
        reports.sort(key=lambda report: report.cycle.due_on, reverse=True)
        cycles = cycles.filter(reports__department=user.department_id).distinct()
    groups = [(cycle, list(items)) for cycle, items in groupby(reports, key=lambda report: report.cycle)]
    return render(
        request,
        "web/reporting/inbox.html",
        {"groups": groups, "cycles": cycles, "chosen": chosen, "department_user": user.acts_for_department},
    )


def review_queue(request: SignedInRequest) -> HttpResponse:
    user = request.user
    if can_supervise(user):
        reports = _REPORTS.awaiting_review()
    elif user.role == Role.APPROVER and user.department_id is not None:
        reports = _REPORTS.filter(
            department=user.department_id, kind=ReportKind.LEAD_REPORT, state=ReportState.SUBMITTED
        )
    else:
        raise PermissionDenied(_("只有督办员和部门负责人有审核队列"))
    return render(request, "web/reporting/review_queue.html", {"reports": reports.order_by("cycle__due_on")})


def report_detail(request: SignedInRequest, pk: int) -> HttpResponse:
    report = readable_report(request.user, pk)
    return _render_report(request, report)


def _render_report(
    request: SignedInRequest,
    report: ProgressReport,
    form: forms.Form | None = None,
    mine: dict[str, Any] | None = None,
) -> HttpResponse:
    user = request.user
    editable = can_edit(user, report)
    if form is None and editable:
        form = report_form(report, initial=_report_values(report))
    inputs = services.co_inputs_for(report, actor=user)
    context = {
        "report": report,
        "form": form,
        "unsaved": mine,
        "editable": editable,
        "evidence": report.evidence.all(),
        "inputs": [(item, item.evidence.all()) for item in inputs],
        "evidence_form": web_forms.EvidenceForm(),
        "can": {
            "send": editable and report.kind == ReportKind.CO_INPUT,
            "submit": editable and report.kind == ReportKind.LEAD_REPORT,
            "sign_off": can_sign_off(user, report),
            "review": can_review(user, report),
        },
        "reason_form": web_forms.ReasonForm(),
        "accept_form": web_forms.AcceptForm(initial={"evidence": report.closure_evidence}),
    }
    return render(request, "web/reporting/report.html", context)


def report_form(report: ProgressReport, *args: Any, **kwargs: Any) -> web_forms.ReportForm:
    """The report's form; a co-department's input has no request to close the task."""
    form = web_forms.ReportForm(*args, **kwargs)
    if report.kind == ReportKind.CO_INPUT:
        del form.fields["completed"], form.fields["closure_evidence"]
    return form


def _report_values(report: ProgressReport) -> dict[str, Any]:
    fields = ("progress", "problems", "next_steps", "percent", "completed", "closure_evidence", "version")
    return {name: getattr(report, name) for name in fields}


@require_POST
def report_save(request: SignedInRequest, pk: int) -> HttpResponse:
    report = readable_report(request.user, pk)
    form = report_form(report, request.POST)
    if not form.is_valid():
        return _render_report(request, report, form)
    try:
        services.save_report(report, actor=request.user, **form.cleaned_data)
    except StaleEditError as error:
        # Nothing was overwritten: show what is on file now, and the user's own text to carry over by hand.
        messages.error(request, str(error))
        report.refresh_from_db()
        current = report_form(report, initial=_report_values(report))
        return _render_report(request, report, current, mine=form.cleaned_data)
    except WorkflowError as error:
        messages.error(request, str(error))
        return _render_report(request, report, form)
    messages.success(request, _("报告已保存"))
    return redirect(report)


def _step(
    request: SignedInRequest,
    pk: int,
    form_class: type[forms.Form] | None,
    call: Callable[[ProgressReport, dict[str, Any]], Any],
    done: str,
) -> HttpResponse:
    """A step on a report the user may read: validate, run one service, go back to the report if still readable."""
    report = readable_report(request.user, pk)
    form = form_class(request.POST) if form_class else None
    if form is not None and not form.is_valid():
        report_invalid(request, form)
    else:
        perform(request, lambda: call(report, form.cleaned_data if form else {}), done=done)
    report.refresh_from_db()
    return redirect(report if can_read(request.user, report) else "web:reporting")


@require_POST
def report_send(request: SignedInRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        web_forms.VersionForm,
        lambda report, data: services.send_co_input(report, actor=request.user, **data),
        _("已报送牵头单位"),
    )


@require_POST
def report_submit(request: SignedInRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        web_forms.VersionForm,
        lambda report, data: services.submit_lead_report(report, actor=request.user, **data),
        _("已提交部门负责人审签"),
    )


@require_POST
def report_sign_off(request: SignedInRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        None,
        lambda report, _data: services.sign_off_report(report, actor=request.user),
        _("已审签，报送督办部门"),
    )


@require_POST
def report_decline(request: SignedInRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        web_forms.ReasonForm,
        lambda report, data: services.decline_sign_off(report, actor=request.user, **data),
        _("已退回经办人"),
    )


@require_POST
def report_accept(request: SignedInRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        web_forms.AcceptForm,
        lambda report, data: services.accept_report(report, actor=request.user, **data),
        _("审核通过"),
    )


@require_POST
def report_return(request: SignedInRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        web_forms.ReasonForm,
        lambda report, data: services.return_report(report, actor=request.user, **data),
        _("已退回报送单位"),
    )


@require_POST
def report_evidence(request: SignedInRequest, pk: int) -> HttpResponse:
    report = readable_report(request.user, pk)
    form = web_forms.EvidenceForm(request.POST, request.FILES)
    if not form.is_valid():
        report_invalid(request, form)
    else:
        upload = form.cleaned_data["file"]
        perform(
            request,
            lambda: services.attach_evidence(report, upload, actor=request.user),
            done=_("已上传佐证材料"),
        )
    return redirect(report)


def evidence_download(request: SignedInRequest, pk: int) -> FileResponse:
    evidence = get_object_or_404(Evidence.objects.select_related("report__task", "report__cycle"), pk=pk)
    if not can_read(request.user, evidence.report):
        raise Http404(_("没有该材料"))
    return FileResponse(
        evidence.file.open("rb"),
        as_attachment=True,
        filename=evidence.original_name,
        content_type=evidence.content_type,
    )
