"""Ingesting a document: upload, review what the parser read, map unknown names, confirm."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from greenpolicy.accounts.models import Department
from greenpolicy.accounts.permissions import can_supervise, require
from greenpolicy.core.reading import DocumentError
from greenpolicy.ledger.choices import DeadlineKind
from greenpolicy.ledger.errors import WorkflowError
from greenpolicy.ledger.reading_problems import describe
from greenpolicy.ledger.revisions import Change
from greenpolicy.ledger.services.ingestion import (
    IngestionPreview,
    confirm_staged,
    preview_staged,
    stage_document,
)
from greenpolicy.web.forms import DocumentUploadForm
from greenpolicy.web.requests import SignedInRequest

_REFUSED = gettext_lazy("只有督办员可以导入文件")
CHANGE_LABELS = {
    Change.ADDED: gettext_lazy("新增"),
    Change.REMOVED: gettext_lazy("删除"),
    Change.REWORDED: gettext_lazy("文字修改"),
    Change.REASSIGNED: gettext_lazy("分工调整"),
    Change.REWORDED_AND_REASSIGNED: gettext_lazy("文字修改、分工调整"),
}


def ingest_upload(request: SignedInRequest) -> HttpResponse:
    require(can_supervise(request.user), str(_REFUSED))
    form = DocumentUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            sha256 = stage_document(upload.read(), upload.name, actor=request.user)
        except DocumentError as error:
            form.add_error("file", describe(error))
        else:
            return redirect("web:ingest_review", sha256=sha256)
    return render(request, "web/documents/ingest.html", {"form": form})


def ingest_review(request: SignedInRequest, sha256: str) -> HttpResponse:
    require(can_supervise(request.user), str(_REFUSED))
    try:
        preview = preview_staged(sha256)
    except DocumentError as error:
        messages.error(request, describe(error))
        return redirect("web:ingest")
    return render(request, "web/documents/ingest_review.html", _review_context(preview))


@require_POST
def ingest_confirm(request: SignedInRequest, sha256: str) -> HttpResponse:
    require(can_supervise(request.user), str(_REFUSED))
    try:
        preview = preview_staged(sha256)
        mapping = _mapping(request, preview)
        document = confirm_staged(sha256, actor=request.user, mapping=mapping)
    except DocumentError as error:
        messages.error(request, describe(error))
        return redirect("web:ingest")
    except (WorkflowError, ValueError) as error:
        messages.error(request, str(error))
        return redirect("web:ingest_review", sha256=sha256)
    messages.success(
        request,
        _("已导入《%(title)s》，共%(count)d项任务")
        % {"title": document.title, "count": document.tasks.count()},
    )
    return redirect(document)


def _mapping(request: SignedInRequest, preview: IngestionPreview) -> dict[str, int | None]:
    """Each unknown name's chosen department id, or None to register it under the name written."""
    mapping: dict[str, int | None] = {}
    active = set(Department.objects.active().values_list("pk", flat=True))
    for index, name in enumerate(preview.unknown):
        value = request.POST.get(f"department-{index}", "")
        if value and (not value.isdecimal() or int(value) not in active):
            raise ValueError(_("“%(name)s”所选部门无效") % {"name": name})
        mapping[name] = int(value) if value else None
    return mapping


def _review_context(preview: IngestionPreview) -> dict[str, object]:
    return {
        "preview": preview,
        "ledger": preview.ledger,
        "unknown": list(enumerate(preview.unknown)),
        "departments": Department.objects.active(),
        "kind_labels": dict(DeadlineKind.choices),
        "changes": [
            (CHANGE_LABELS[change.change], change)
            for change in preview.changes
            if change.change is not Change.UNCHANGED
        ],
        "unchanged": sum(change.change is Change.UNCHANGED for change in preview.changes),
    }
