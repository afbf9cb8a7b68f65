"""The ledger in Excel: export what the ledger shows (its filters), and import a ledger: upload → preview → confirm."""

from __future__ import annotations

from contextlib import suppress

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from greenpolicy.accounts.permissions import can_supervise, require
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.reporting.models import ReportingCycle
from greenpolicy.reporting.warnings import assess_tasks
from greenpolicy.staging import StagingError
from greenpolicy.web.forms import BoundedFileField, LedgerFilterForm
from greenpolicy.web.requests import SignedInRequest
from greenpolicy.workbook.export import ledger_workbook
from greenpolicy.workbook.importing import (
    MAX_BYTES,
    MAX_ROWS,
    LedgerImportError,
    Outcome,
    apply_ledger_import,
    discard_ledger_import,
    preview_ledger_import,
    read_ledger_import,
    stage_ledger_import,
)

_REFUSED = gettext_lazy("只有督办员或系统管理员可以导入台账")
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
LISTED_ROWS = 500  # rows a preview's table shows (of 20,000 an import may hold); the rest are counted


def ledger_export(request: SignedInRequest) -> HttpResponse:
    """The ledger as filtered on its page (same query string), as xlsx; `cycle` adds that cycle's report texts."""
    form = LedgerFilterForm(request.GET or None)
    valid = form.is_valid()
    criteria = form.criteria() if valid else {}
    warning = form.cleaned_data["warning"] if valid else ""
    sort = (form.cleaned_data["sort"] if valid else "") or "number"
    tasks = list(Task.objects.current().filtered(**criteria).in_ledger_order(sort).for_ledger())
    assessments = assess_tasks(tasks, today=timezone.localdate())
    if warning:
        tasks = [task for task in tasks if assessments[task.pk].level == warning]
    cycle = None
    if request.GET.get("cycle", "").isdecimal():
        cycle = ReportingCycle.objects.filter(pk=request.GET["cycle"]).first()
    per_document = request.GET.get("sheets") != "one"
    data = ledger_workbook(
        tasks, cycle=cycle, reader=request.user, per_document=per_document, assessments=assessments
    )
    response = HttpResponse(data, content_type=_XLSX)
    filename = _("任务台账") + f"-{timezone.localdate():%Y%m%d}.xlsx"
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


class LedgerUploadForm(forms.Form):
    document = forms.ModelChoiceField(
        label=gettext_lazy("导入到政策文件"), queryset=PolicyDocument.objects.none()
    )
    cycle = forms.ModelChoiceField(
        label=gettext_lazy("报送周期（导入进展情况、存在问题、下步计划）"),
        queryset=ReportingCycle.objects.none(),
        required=False,
    )
    file = BoundedFileField(
        label=gettext_lazy("台账文件"), help_text=gettext_lazy("Excel 工作簿（.xlsx）"), max_bytes=MAX_BYTES
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["document"].queryset = PolicyDocument.objects.filter(superseded_by__isnull=True)  # type: ignore[attr-defined]
        self.fields["cycle"].queryset = ReportingCycle.objects.filter(closed=False)  # type: ignore[attr-defined]

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        document, cycle = data.get("document"), data.get("cycle")
        linked = isinstance(cycle, ReportingCycle) and isinstance(document, PolicyDocument)
        if linked and cycle.document_id != document.pk:  # type: ignore[union-attr]
            self.add_error("cycle", _("所选报送周期不属于该文件"))
        return data


def _target(request: SignedInRequest) -> tuple[PolicyDocument, ReportingCycle | None]:
    source = request.POST if request.method == "POST" else request.GET
    document_id, cycle_id = source.get("document", ""), source.get("cycle", "")
    if not document_id.isdecimal() or (cycle_id and not cycle_id.isdecimal()):
        raise Http404
    document = get_object_or_404(PolicyDocument, pk=document_id)
    cycle = get_object_or_404(ReportingCycle, pk=cycle_id, document=document) if cycle_id else None
    return document, cycle


def ledger_import(request: SignedInRequest) -> HttpResponse:
    require(can_supervise(request.user), str(_REFUSED))
    form = LedgerUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            sha256 = stage_ledger_import(upload.read(), upload.name, actor=request.user)
        except LedgerImportError as error:
            form.add_error("file", str(error))
        else:
            query = {"document": form.cleaned_data["document"].pk}
            if form.cleaned_data["cycle"]:
                query["cycle"] = form.cleaned_data["cycle"].pk
            return redirect(f"{_review_url(sha256)}?{urlencode(query)}")
    return render(request, "web/workbook/import.html", {"form": form, "max_rows": MAX_ROWS})


def _review_url(sha256: str) -> str:
    return reverse("web:ledger_import_review", args=[sha256])


def ledger_import_review(request: SignedInRequest, sha256: str) -> HttpResponse:
    require(can_supervise(request.user), str(_REFUSED))
    document, cycle = _target(request)
    try:
        data, name = read_ledger_import(sha256)
    except LedgerImportError as error:
        messages.error(request, str(error))
        return redirect("web:ledger_import")
    preview = preview_ledger_import(data, name, document=document, cycle=cycle, reader=request.user)
    counts = [(outcome, preview.count(outcome)) for outcome in Outcome]
    listed = [row for row in preview.rows if row.outcome is not Outcome.UNCHANGED]
    context = {
        "preview": preview,
        "problems": preview.problems(),
        "document": document,
        "cycle": cycle,
        "counts": counts,
        "listed": listed[:LISTED_ROWS],
        "unlisted": len(listed) - LISTED_ROWS,
    }
    return render(request, "web/workbook/review.html", context)


@require_POST
def ledger_import_confirm(request: SignedInRequest) -> HttpResponse:
    require(can_supervise(request.user), str(_REFUSED))
    document, cycle = _target(request)
    sha256 = request.POST.get("sha256", "")
    try:
        data, name = read_ledger_import(sha256)
    except LedgerImportError as error:
        messages.error(request, str(error))
        return redirect("web:ledger_import")
    try:
        result = apply_ledger_import(
            data,
            name,
            document=document,
            cycle=cycle,
            actor=request.user,
            digest=request.POST.get("digest", ""),
        )
    except LedgerImportError as error:  # the ledger changed since the preview: show the rows again
        messages.error(request, str(error))
        query = {"document": document.pk, **({"cycle": cycle.pk} if cycle else {})}
        return redirect(f"{_review_url(sha256)}?{urlencode(query)}")
    discard_ledger_import(sha256)
    messages.success(
        request,
        _("台账已导入：新增 %(created)d 项任务，更新 %(updated)d 项任务")
        % {"created": len(result.created), "updated": len(result.updated)},
    )
    return redirect(f"{_ledger_url()}?{urlencode({'document': document.pk})}")


def _ledger_url() -> str:
    return reverse("web:ledger")


@require_POST
def ledger_import_cancel(request: SignedInRequest) -> HttpResponse:
    require(can_supervise(request.user), str(_REFUSED))
    sha256 = request.POST.get("sha256", "")
    with suppress(StagingError):  # a malformed id: nothing was staged under it
        discard_ledger_import(sha256)
    messages.info(request, _("已取消导入，未写入任何内容"))
    return redirect("web:ledger_import")
