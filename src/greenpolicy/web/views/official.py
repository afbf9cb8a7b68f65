"""Official documents of a cycle (GB/T 9704-2012) to download as .docx or .pdf; supervisors only."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from greenpolicy.accounts.models import Department, User
from greenpolicy.accounts.permissions import can_supervise, require
from greenpolicy.reporting.models import ReportingCycle
from greenpolicy.reporting.official import documents
from greenpolicy.reporting.official.pdf import ConversionError, to_pdf
from greenpolicy.web.requests import SignedInRequest

logger = logging.getLogger(__name__)
_REFUSED = "只有督办员可以导出公文"  # the documents are Chinese only
_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}
KINDS: dict[str, tuple[str, Callable[[ReportingCycle, User], bytes]]] = {
    "compiled": (
        "进展情况汇总报告",
        lambda cycle, reader: documents.compiled_progress_report(cycle, reader=reader),
    ),
    "reminder": ("催办通知", lambda cycle, _reader: documents.reminder_notice(cycle)),
    "bulletin": ("通报", lambda cycle, _reader: documents.bulletin(cycle)),
}


def _download(
    request: SignedInRequest, cycle: ReportingCycle, name: str, docx: bytes, fmt: str
) -> HttpResponse:
    if fmt not in _TYPES:
        raise Http404
    try:
        content = to_pdf(docx) if fmt == "pdf" else docx
    except ConversionError as error:
        logger.error("PDF of %s for cycle %s: %s", name, cycle.pk, error)
        messages.error(request, _("服务器暂时无法生成 PDF，请下载 Word 版；系统管理员可查看日志中的原因。"))
        return redirect(cycle)
    response = HttpResponse(content, content_type=_TYPES[fmt])
    response["Content-Disposition"] = content_disposition_header(True, f"{cycle.name}{name}.{fmt}")
    return response


def official_document(request: SignedInRequest, pk: int, kind: str, fmt: str) -> HttpResponse:
    require(can_supervise(request.user), _REFUSED)
    if kind not in KINDS or fmt not in _TYPES:
        raise Http404
    cycle = get_object_or_404(
        ReportingCycle.objects.select_related("document", "created_by__department"), pk=pk
    )
    name, build = KINDS[kind]
    return _download(request, cycle, name, build(cycle, request.user), fmt)


def official_department_report(request: SignedInRequest, pk: int, department: int, fmt: str) -> HttpResponse:
    require(can_supervise(request.user), _REFUSED)
    cycle = get_object_or_404(
        ReportingCycle.objects.select_related("document", "created_by__department"), pk=pk
    )
    chosen = get_object_or_404(Department.objects.filter(reports__cycle=cycle).distinct(), pk=department)
    docx = documents.department_report(cycle, chosen, reader=request.user)
    return _download(request, cycle, f"{chosen.name}报告", docx, fmt)
