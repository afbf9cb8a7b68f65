"""Telling people: in-app notifications to a department's users, and reminders (催办) to those behind."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.conf import settings
from django.core.mail import send_mass_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from greenpolicy.accounts.models import Department, Role, User
from greenpolicy.accounts.permissions import can_supervise, require
from greenpolicy.audit.trail import record
from greenpolicy.notifications.models import Notification, Reminder
from greenpolicy.reporting.models import ProgressReport, ReportingCycle, ReportKind, ReportState

_REMINDER_TONE = ("催办", "再次催办", "紧急催办")  # repeated reminders escalate, as offices do by colour


def notify(users: Iterable[User], message: str, url: str = "") -> int:
    rows = [Notification(recipient=user, message=message[:300], url=url) for user in users]
    Notification.objects.bulk_create(rows)
    return len(rows)


def department_users(department: Department | int, *roles: Role) -> list[User]:
    users = User.objects.filter(department=department, is_active=True)
    return list(users.filter(role__in=roles) if roles else users)


def supervisors() -> list[User]:
    return list(User.objects.filter(role=Role.SUPERVISOR, is_active=True))


def mark_read(user: User) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).update(read_at=timezone.now())


def pending_reports(cycle: ReportingCycle) -> dict[Department, list[ProgressReport]]:
    """Per department, the reports of the cycle it has not yet filed (lead reports and co-department input)."""
    pending: dict[Department, list[ProgressReport]] = {}
    open_reports = cycle.reports.select_related("department", "task").filter(
        state__in=(ReportState.DRAFT, ReportState.RETURNED)
    )
    for report in open_reports:
        pending.setdefault(report.department, []).append(report)
    return pending


@transaction.atomic
def send_reminders(cycle: ReportingCycle, *, actor: User | None = None) -> list[Reminder]:
    """Remind every department with unfiled reports in the cycle: in-app and by e-mail; each reminder recorded.

    `actor` None is the scheduled run (`greenpolicy remind`); a person must be of the supervising office.
    """
    if actor is not None:
        require(can_supervise(actor), _("只有督办员可以催办"))
    reminders: list[Reminder] = []
    mails: list[tuple[str, str, str, list[str]]] = []
    for department, reports in pending_reports(cycle).items():
        sequence = cycle.reminders.filter(department=department).count() + 1
        tone = _REMINDER_TONE[min(sequence, len(_REMINDER_TONE)) - 1]
        users = department_users(department, Role.REPORTER, Role.APPROVER)
        tasks = [f"{r.task.number or r.task.ref} {r.task.text[:30]}" for r in reports]
        due = _due_for(cycle, reports)
        message = f"【{tone}】{cycle.name}：贵单位尚有{len(reports)}项任务未报送（截止{due:%Y年%m月%d日}）"
        notify(users, message, url=f"/reporting/?cycle={cycle.pk}")
        addresses = [user.email for user in users if user.email]
        if addresses:
            body = message + "\n\n" + "\n".join(tasks)
            mails.append((f"[绿色政策督办] {message}", body, settings.DEFAULT_FROM_EMAIL, addresses))
        reminder = Reminder.objects.create(
            cycle=cycle,
            department=department,
            sequence=sequence,
            pending_tasks=tasks,
            recipients=[user.username for user in users],
            emailed=len(addresses),
            sent_by=actor,
        )
        record(
            actor=actor,
            action="reminder.send",
            target=cycle,
            summary=f"{tone}{department}：{len(reports)}项未报",
        )
        reminders.append(reminder)
    if mails:
        send_mass_mail(mails, fail_silently=False)
    return reminders


def cycles_to_remind(today: date, *, within_days: int) -> list[ReportingCycle]:
    """Open cycles whose (co-input or report) deadline is within `within_days` days or already past."""
    cycles = ReportingCycle.objects.filter(closed=False, opens_on__lte=today)
    return [cycle for cycle in cycles if (cycle.due_on - today).days <= within_days]


def _due_for(cycle: ReportingCycle, reports: list[ProgressReport]) -> date:
    only_inputs = all(report.kind == ReportKind.CO_INPUT for report in reports)
    return cycle.co_input_due_on if only_inputs and cycle.co_input_due_on else cycle.due_on
