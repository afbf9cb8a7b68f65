"""`greenpolicy remind`: the scheduled reminder run (cron or a systemd timer calls it, e.g. every working day)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from greenpolicy.core.workdays import WorkingCalendar
from greenpolicy.ledger.conf import supervision_settings
from greenpolicy.notifications.services import cycles_to_remind, pending_reports
from greenpolicy.notifications.tasks import remind_cycle


class Command(BaseCommand):
    help = "Remind departments that have not reported in cycles due soon or overdue (in-app and e-mail)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--within-days", type=int, default=None, help="calendar days before the due date")
        parser.add_argument("--dry-run", action="store_true", help="list who would be reminded, send nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        today = timezone.localdate()
        within = options["within_days"]
        if within is None:  # the report warning's horizon, in working days, as calendar days from today
            horizon = WorkingCalendar.default().add_working_days(
                today, supervision_settings().report_due_soon_working_days
            )
            within = (horizon - today).days
        for cycle in cycles_to_remind(today, within_days=within):
            pending = pending_reports(cycle)
            if not pending:
                continue
            if options["dry_run"]:
                names = "、".join(str(department) for department in pending)
                self.stdout.write(f"{cycle.name}：{len(pending)}个单位未报（{names}）")
                continue
            result = remind_cycle.enqueue(cycle.pk)
            self.stdout.write(f"{cycle.name}：催办已提交（{result.status}）")
