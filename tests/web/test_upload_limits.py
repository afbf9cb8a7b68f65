"""An upload over its size limit is refused by the form, with the limit, before anything reads it into memory."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile

from greenpolicy.accounts.bulk import MAX_BYTES as ACCOUNTS_MAX_BYTES
from greenpolicy.ledger.conf import supervision_settings
from greenpolicy.web.forms import DocumentUploadForm, EvidenceForm
from greenpolicy.web.views.accounts import AccountsUploadForm
from greenpolicy.web.views.workbook import LedgerUploadForm
from greenpolicy.workbook.importing import MAX_BYTES as LEDGER_MAX_BYTES

pytestmark = pytest.mark.django_db


class Unread(SimpleUploadedFile):
    """A file of a given size whose content must not be read."""

    def __init__(self, size: int) -> None:
        super().__init__("大文件.xlsx", b"")
        self.size = size

    def read(self, *args: object) -> bytes:
        raise AssertionError("an oversized upload was read")


FORMS: list[tuple[str, Callable[..., forms.Form], Callable[[], int]]] = [
    ("document", DocumentUploadForm, lambda: supervision_settings().document_max_bytes),
    ("evidence", EvidenceForm, lambda: supervision_settings().evidence_max_bytes),
    ("accounts", AccountsUploadForm, lambda: ACCOUNTS_MAX_BYTES),
    ("ledger", LedgerUploadForm, lambda: LEDGER_MAX_BYTES),
]


@pytest.mark.parametrize(("name", "form_class", "limit"), FORMS, ids=[name for name, _, _ in FORMS])
def test_an_oversized_upload_is_refused_unread(
    name: str, form_class: Callable[..., forms.Form], limit: Callable[[], int]
) -> None:
    form = form_class(data={}, files={"file": Unread(limit() + 1)})
    assert not form.is_valid()
    megabytes = limit() // (1024 * 1024)
    assert form.errors["file"] == [f"文件过大（上限 {megabytes} MB）"]
    at_limit = form_class(data={}, files={"file": Unread(limit())})
    at_limit.is_valid()
    assert "file" not in at_limit.errors
