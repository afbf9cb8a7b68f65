"""Background work through Django's tasks framework: reminders run wherever the configured backend runs them."""

from __future__ import annotations

from django.tasks import task

from greenpolicy.notifications.services import send_reminders
from greenpolicy.reporting.models import ReportingCycle


@task
def remind_cycle(cycle_id: int) -> int:
    """Send the cycle's reminders; returns how many departments were reminded."""
    return len(send_reminders(ReportingCycle.objects.get(pk=cycle_id)))
