"""Notifications shown in the platform and the record of every reminder sent."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from greenpolicy.accounts.models import Department
from greenpolicy.reporting.models import ReportingCycle


class Notification(models.Model):
    """A message to one user, with the page it is about."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    message = models.CharField(_("内容"), max_length=300)
    url = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(_("时间"), auto_now_add=True)
    read_at = models.DateTimeField(_("已读时间"), null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-pk")
        verbose_name = _("通知")
        verbose_name_plural = _("通知")

    def __str__(self) -> str:
        return self.message


class Reminder(models.Model):
    """A reminder (催办) to a department that has not reported in a cycle; repeated ones escalate."""

    cycle = models.ForeignKey(ReportingCycle, on_delete=models.PROTECT, related_name="reminders")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="reminders")
    sequence = models.PositiveSmallIntegerField(_("第几次催办"))
    pending_tasks = models.JSONField(_("未报任务"), default=list)
    recipients = models.JSONField(_("接收人"), default=list)
    emailed = models.PositiveSmallIntegerField(_("邮件数"), default=0)
    sent_at = models.DateTimeField(_("催办时间"), auto_now_add=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ("-sent_at", "-pk")
        verbose_name = _("催办记录")
        verbose_name_plural = _("催办记录")

    def __str__(self) -> str:
        return f"{self.cycle} · {self.department} · {self.sequence}"
