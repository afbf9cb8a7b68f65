"""htmx in one place: whether a request wants only a fragment of the page."""

from __future__ import annotations

from django.http import HttpRequest


def is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def is_partial(request: HttpRequest) -> bool:
    """An htmx request that swaps part of the page; a history restore needs the whole page."""
    return is_htmx(request) and request.headers.get("HX-History-Restore-Request") != "true"
