"""The audit trail cannot be rewritten; reminders reach exactly the departments behind, and escalate."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.utils import timezone

from greenpolicy.audit.models import AppendOnlyError, AuditEntry
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.notifications.models import Notification, Reminder
from greenpolicy.notifications.services import send_reminders
from greenpolicy.reporting import services as reporting
from tests.platform.conftest import People


def test_audit_entries_cannot_be_changed_or_deleted(seed: PolicyDocument) -> None:
    entry = AuditEntry.objects.get(action="document.ingest")
    entry.summary = "改写"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.filter(pk=entry.pk).update(summary="改写")
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.all().delete()


def test_reminders_go_to_departments_that_have_not_reported(
    seed: PolicyDocument, people: People, key_task_1: Task
) -> None:
    people.co_reporter.email = "kjj@example.gov.cn"
    people.co_reporter.save()
    today = timezone.localdate()
    cycle = reporting.open_cycle(seed, actor=people.office, name="本季度", opens_on=today - timedelta(days=3),
                                 due_on=today + timedelta(days=2), tasks=[key_task_1])  # fmt: skip
    lead = cycle.reports.lead_reports().select_related("task", "cycle").get()
    reporting.save_report(lead, actor=people.lead_reporter, version=None, progress="p", problems="",
                          next_steps="", percent=10)  # fmt: skip
    reporting.submit_lead_report(lead, actor=people.lead_reporter)
    first = send_reminders(cycle, actor=people.office)
    assert [r.department.short_name for r in first] == ["市科技局"]  # the lead has filed
    assert Notification.objects.filter(recipient=people.co_reporter, message__contains="【催办】").exists()
    assert [m.to for m in mail.outbox] == [["kjj@example.gov.cn"]]
    second = send_reminders(cycle, actor=people.office)
    assert second[0].sequence == 2
    assert Notification.objects.filter(
        recipient=people.co_reporter, message__contains="【再次催办】"
    ).exists()


def test_scheduled_command_reminds_through_the_tasks_framework(
    seed: PolicyDocument, people: People, key_task_1: Task
) -> None:
    today = timezone.localdate()
    reporting.open_cycle(seed, actor=people.office, name="本季度", opens_on=today - timedelta(days=3),
                         due_on=today + timedelta(days=1), tasks=[key_task_1])  # fmt: skip
    call_command("remind")
    assert sorted(Reminder.objects.values_list("department__short_name", flat=True)) == [
        "市发展改革委",
        "市科技局",
    ]


def test_only_the_office_sends_reminders(seed: PolicyDocument, people: People, key_task_1: Task) -> None:
    today = timezone.localdate()
    cycle = reporting.open_cycle(seed, actor=people.office, name="本季度", opens_on=today,
                                 due_on=today + timedelta(days=2), tasks=[key_task_1])  # fmt: skip
    with pytest.raises(PermissionDenied):
        send_reminders(cycle, actor=people.lead_reporter)
    assert not Reminder.objects.exists()
