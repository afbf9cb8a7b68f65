"""Departments and users in bulk: upload a spreadsheet, review every row's outcome, confirm, see the passwords once."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from greenpolicy.accounts.bulk import (
    MAX_BYTES,
    MAX_ROWS,
    BulkError,
    Outcome,
    SheetKind,
    apply_bulk,
    discard_bulk,
    file_labels,
    preview_bulk,
    read_bulk,
    stage_bulk,
    template_workbook,
)
from greenpolicy.accounts.models import DepartmentKind, DepartmentLevel, Role
from greenpolicy.accounts.permissions import can_supervise, require
from greenpolicy.web.forms import BoundedFileField
from greenpolicy.web.requests import SignedInRequest

_REFUSED = gettext_lazy("只有督办员或系统管理员可以批量导入部门和用户")
_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class AccountsUploadForm(forms.Form):
    file = BoundedFileField(
        label=gettext_lazy("表格文件"),
        help_text=gettext_lazy("支持 Excel 工作簿（.xlsx）和 CSV（UTF-8 或 GBK 编码）"),
        max_bytes=MAX_BYTES,
    )


def accounts_import(request: SignedInRequest) -> HttpResponse:
    require(can_supervise(request.user), str(_REFUSED))
    form = AccountsUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            sha256 = stage_bulk(upload.read(), upload.name, actor=request.user)
        except BulkError as error:
            form.add_error("file", str(error))
        else:
            return redirect("web:accounts_import_review", sha256=sha256)
    context = {
        "form": form,
        "max_rows": MAX_ROWS,
        "levels": file_labels(DepartmentLevel),
        "kinds": file_labels(DepartmentKind),
        "roles": file_labels(Role),
    }
    return render(request, "web/accounts/import.html", context)


def accounts_import_template(request: SignedInRequest) -> HttpResponse:
    require(can_supervise(request.user), str(_REFUSED))
    response = HttpResponse(template_workbook(), content_type=_XLSX)
    response["Content-Disposition"] = content_disposition_header(True, _("部门和用户导入模板") + ".xlsx")
    return response


def accounts_import_review(request: SignedInRequest, sha256: str) -> HttpResponse:
    require(can_supervise(request.user), str(_REFUSED))
    try:
        data, name = read_bulk(sha256)
    except BulkError as error:
        messages.error(request, str(error))
        return redirect("web:accounts_import")
    preview = preview_bulk(data, name, actor=request.user)
    counts = [
        (label, [preview.count(kind, outcome) for outcome in Outcome])
        for kind, label in ((SheetKind.DEPARTMENTS, _("部门")), (SheetKind.USERS, _("用户")))
    ]
    return render(request, "web/accounts/review.html", {"preview": preview, "counts": counts})


@require_POST
def accounts_import_confirm(request: SignedInRequest) -> HttpResponse:
    require(can_supervise(request.user), str(_REFUSED))
    sha256 = request.POST.get("sha256", "")
    try:
        data, name = read_bulk(sha256)
    except BulkError as error:
        messages.error(request, str(error))
        return redirect("web:accounts_import")
    try:
        result = apply_bulk(data, name, actor=request.user)
    except BulkError as error:  # the registry changed since the preview: show the rows again
        messages.error(request, str(error))
        return redirect("web:accounts_import_review", sha256=sha256)
    discard_bulk(sha256)
    # The passwords exist only in this response: no redirect, no session, and no cache may keep the page.
    response = render(request, "web/accounts/result.html", {"result": result})
    add_never_cache_headers(response)
    return response
