"""Reporting cycles, the reports filed in them, and their evidence files."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from greenpolicy.accounts.models import Department
from greenpolicy.ledger.models import PolicyDocument, Task

if TYPE_CHECKING:
    from django.db.models.fields.related_descriptors import RelatedManager


class ReportingCycle(models.Model):
    """A round of reporting (e.g. 2021年第一季度) with its due date and the tasks it covers."""

    name = models.CharField(_("名称"), max_length=80)
    document = models.ForeignKey(PolicyDocument, verbose_name=_("政策文件"), on_delete=models.PROTECT)
    tasks = models.ManyToManyField(Task, verbose_name=_("报送任务"), related_name="cycles")
    opens_on = models.DateField(_("开始日期"))
    due_on = models.DateField(_("报送截止日期"))
    co_input_due_on = models.DateField(_("配合单位报送截止日期"), null=True, blank=True)
    closed = models.BooleanField(_("已结束"), default=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    if TYPE_CHECKING:
        reports: RelatedManager[ProgressReport]

    class Meta:
        ordering = ("-due_on", "-pk")
        verbose_name = _("报送周期")
        verbose_name_plural = _("报送周期")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("web:cycle", args=[self.pk])


class ReportKind(models.TextChoices):
    LEAD_REPORT = "lead_report", _("牵头单位报告")
    CO_INPUT = "co_input", _("配合单位材料")


class ReportState(models.TextChoices):
    DRAFT = "draft", _("草稿")
    SENT = "sent", _("已报牵头单位")
    SUBMITTED = "submitted", _("待负责人审签")
    SIGNED_OFF = "signed_off", _("待督办审核")
    ACCEPTED = "accepted", _("审核通过")
    RETURNED = "returned", _("已退回")


_FILED_LEAD_STATES = frozenset({ReportState.SIGNED_OFF, ReportState.ACCEPTED})


def filed_at(
    kind: str, state: str, submitted_at: datetime | None, signed_off_at: datetime | None
) -> datetime | None:
    """When a report reached those it is for, or None while it has not (a draft, one sent back, one awaiting its
    department head): a co-department's input when sent to the lead, a lead report when its head signed it off —
    the office never sees it before, and the sheet a department files is the one its head signed."""
    if kind == ReportKind.CO_INPUT:
        return submitted_at if state == ReportState.SENT else None
    return signed_off_at if state in _FILED_LEAD_STATES else None


class ProgressReportQuerySet(models.QuerySet["ProgressReport"]):
    def lead_reports(self) -> ProgressReportQuerySet:
        return self.filter(kind=ReportKind.LEAD_REPORT)

    def co_inputs(self) -> ProgressReportQuerySet:
        return self.filter(kind=ReportKind.CO_INPUT)

    def awaiting_review(self) -> ProgressReportQuerySet:
        return self.filter(kind=ReportKind.LEAD_REPORT, state=ReportState.SIGNED_OFF)

    def filed(self) -> ProgressReportQuerySet:
        """Reports that have left the department (sent, submitted onward)."""
        return self.exclude(state__in=(ReportState.DRAFT, ReportState.RETURNED))


class ProgressReport(models.Model):
    """A department's report on one task in one cycle: the lead's report, or a co-department's input to it."""

    cycle = models.ForeignKey(ReportingCycle, on_delete=models.PROTECT, related_name="reports")
    task = models.ForeignKey(Task, on_delete=models.PROTECT, related_name="reports")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="reports")
    kind = models.CharField(_("类型"), max_length=16, choices=ReportKind.choices)
    state = models.CharField(_("状态"), max_length=16, choices=ReportState.choices, default=ReportState.DRAFT)
    progress = models.TextField(_("进展情况"), blank=True)
    problems = models.TextField(_("存在问题"), blank=True)
    next_steps = models.TextField(_("下步计划"), blank=True)
    percent = models.PositiveSmallIntegerField(_("完成进度（%）"), null=True, blank=True)
    completed = models.BooleanField(_("申请销号"), default=False)
    closure_evidence = models.CharField(_("销号依据"), max_length=300, blank=True)
    return_reason = models.CharField(_("退回理由"), max_length=300, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    submitted_at = models.DateTimeField(_("报送时间"), null=True, blank=True)
    signed_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    signed_off_at = models.DateTimeField(_("审签时间"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(_("审核时间"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)  # optimistic locking: a stale form is refused

    objects: ClassVar[ProgressReportQuerySet] = ProgressReportQuerySet.as_manager()  # type: ignore[assignment]
    if TYPE_CHECKING:
        evidence: RelatedManager[Evidence]

    class Meta:
        ordering = ("cycle", "task__position", "kind", "department__name")
        constraints = (
            models.UniqueConstraint(fields=("cycle", "task", "department"), name="one_report_per_department"),
        )
        verbose_name = _("进展报告")
        verbose_name_plural = _("进展报告")

    def __str__(self) -> str:
        return f"{self.cycle} · {self.task} · {self.department}"

    def get_absolute_url(self) -> str:
        return reverse("web:report", args=[self.pk])

    @property
    def filed_at(self) -> datetime | None:
        return filed_at(self.kind, self.state, self.submitted_at, self.signed_off_at)

    @property
    def editable(self) -> bool:
        return self.state in (ReportState.DRAFT, ReportState.RETURNED)


class Evidence(models.Model):
    """A file attached to a report, kept outside the web root and served only to those who may read the report."""

    report = models.ForeignKey(ProgressReport, on_delete=models.PROTECT, related_name="evidence")
    file = models.FileField(upload_to="evidence/%Y/%m/")
    original_name = models.CharField(_("文件名"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField(_("大小"))
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("uploaded_at",)
        verbose_name = _("佐证材料")
        verbose_name_plural = _("佐证材料")

    def __str__(self) -> str:
        return self.original_name
