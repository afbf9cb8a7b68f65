"""Template helpers of the pages: the warning badge and the unread-notification count."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import format_html

from greenpolicy.core.warnings import Assessment
from greenpolicy.notifications.models import Notification
from greenpolicy.web.forms import WARNING_LABELS

register = template.Library()


@register.simple_tag
def warning_badge(assessment: Assessment | None, detail: bool = True) -> str:
    """A coloured badge that also says its colour and main reason in words (colour alone is not enough)."""
    if assessment is None:
        return ""
    level = assessment.level
    reasons = "；".join(reason.message for reason in assessment.reasons)
    headline = assessment.reasons[0].message if assessment.reasons and detail else ""
    return format_html(
        '<span class="badge badge-{}" title="{}" data-warning="{}">{}{}</span>',
        level.value,
        reasons,
        level.value,
        WARNING_LABELS[level],
        format_html(" · {}", headline) if headline else "",
    )


@register.simple_tag(takes_context=True)
def unread_count(context: dict[str, Any]) -> int:
    user = context["request"].user
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


@register.filter
def lookup(mapping: dict[Any, Any] | None, key: Any) -> Any:
    """`assessments|lookup:task.pk` in templates."""
    return None if mapping is None else mapping.get(key)
