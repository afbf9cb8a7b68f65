"""Running one service for a form and telling the user how it went, the same way on every page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.utils.translation import gettext as _

from greenpolicy.core.reading import DocumentError
from greenpolicy.ledger.errors import WorkflowError
from greenpolicy.ledger.reading_problems import describe
from greenpolicy.web.requests import SignedInRequest


def perform(request: SignedInRequest, call: Callable[[], Any], *, done: str) -> bool:
    """Run `call`; a refused step becomes an error message. PermissionDenied is left to answer 403."""
    try:
        call()
    except WorkflowError as error:
        messages.error(request, str(error))
        return False
    except DocumentError as error:
        messages.error(request, describe(error))
        return False
    messages.success(request, done)
    return True


def report_invalid(request: SignedInRequest, form: forms.Form) -> None:
    """A form posted from a page that did not validate: each error as a message naming its field."""
    for name, texts in form.errors.items():
        field = form.fields.get(name)
        for text in texts:
            messages.error(
                request,
                _("%(label)s：%(error)s") % {"label": field.label, "error": text}
                if field is not None and field.label
                else str(text),
            )
