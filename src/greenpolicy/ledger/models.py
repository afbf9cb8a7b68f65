"""Policy documents, their tasks and the departments assigned to them."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from greenpolicy.accounts.models import Department
from greenpolicy.ledger.choices import AssignmentRole, DeadlineKind, ExtensionStatus, TaskKind, TaskStatus
from greenpolicy.ledger.querysets import TaskQuerySet

if TYPE_CHECKING:
    from django.db.models.fields.related_descriptors import RelatedManager


class PolicyDocument(models.Model):
    """A policy document as ingested: the original file, what the parser read from it, and its revisions."""

    title = models.CharField(_("标题"), max_length=300)
    doc_number = models.CharField(_("发文字号"), max_length=80, blank=True)
    issued_on = models.DateField(_("成文日期"), null=True, blank=True)
    issuers = models.JSONField(_("发文机关"), default=list)
    recipients = models.JSONField(_("主送"), default=list)
    implements = models.JSONField(_("贯彻落实的文件"), default=list)
    implemented_documents = models.ManyToManyField(
        "self",
        verbose_name=_("上级文件"),
        symmetrical=False,
        related_name="implementing_documents",
        blank=True,
    )
    original = models.FileField(_("原件"), upload_to="documents/%Y/")
    original_name = models.CharField(_("文件名"), max_length=255)
    sha256 = models.CharField(max_length=64, unique=True)
    encoding = models.CharField(_("编码"), max_length=20)
    text = models.TextField(_("正文"))
    outline = models.JSONField(_("结构"), default=list)
    diagnostics = models.JSONField(_("解析提示"), default=list)
    superseded_by = models.ForeignKey(
        "self", verbose_name=_("新版本"), on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    ingested_at = models.DateTimeField(_("导入时间"), auto_now_add=True)
    ingested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True)

    if TYPE_CHECKING:
        tasks: RelatedManager[Task]

    class Meta:
        ordering = ("-issued_on", "-pk")
        verbose_name = _("政策文件")
        verbose_name_plural = _("政策文件")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("web:document", args=[self.pk])


class Task(models.Model):
    """A unit of work that carries its own responsibility assignment: a measure, a key task or an item."""

    document = models.ForeignKey(PolicyDocument, on_delete=models.PROTECT, related_name="tasks")
    ref = models.CharField(_("编号"), max_length=20)
    position = models.PositiveIntegerField(_("顺序"))
    kind = models.CharField(_("类型"), max_length=16, choices=TaskKind.choices)
    number = models.CharField(_("序号"), max_length=20, blank=True)
    area = models.CharField(_("任务领域"), max_length=200, blank=True)
    section_path = models.JSONField(_("所在章节"), default=list)
    text = models.TextField(_("任务内容"))
    actions = models.JSONField(_("具体举措"), default=list)
    source_start = models.PositiveIntegerField(_("原文起点"), null=True, blank=True)
    source_end = models.PositiveIntegerField(_("原文终点"), null=True, blank=True)
    deadline_text = models.CharField(_("完成时限"), max_length=120, blank=True)
    deadline_kind = models.CharField(_("时限类型"), max_length=16, choices=DeadlineKind.choices)
    due_on = models.DateField(_("到期日"), null=True, blank=True)
    original_due_on = models.DateField(_("原定到期日"), null=True, blank=True)
    open_ended = models.BooleanField(_("责任单位含“等”"), default=False)
    incomplete = models.BooleanField(_("原文不完整"), default=False)
    status = models.CharField(
        _("状态"), max_length=16, choices=TaskStatus.choices, default=TaskStatus.ASSIGNED
    )
    started_on = models.DateField(_("承办日期"), null=True, blank=True)
    progress_percent = models.PositiveSmallIntegerField(_("完成进度"), null=True, blank=True)
    trigger_met_on = models.DateField(_("触发日期"), null=True, blank=True)
    trigger_note = models.CharField(_("触发依据"), max_length=300, blank=True)
    closed_at = models.DateTimeField(_("销号时间"), null=True, blank=True)
    closure_evidence = models.CharField(_("销号依据"), max_length=300, blank=True)
    version = models.PositiveIntegerField(default=1)  # optimistic locking: a stale form is refused
    departments = models.ManyToManyField(Department, through="Assignment", related_name="tasks")

    objects: ClassVar[TaskQuerySet] = TaskQuerySet.as_manager()  # type: ignore[assignment]
    if TYPE_CHECKING:
        assignments: RelatedManager[Assignment]
        milestones: RelatedManager[Milestone]

    class Meta:
        ordering = ("document", "position")
        constraints = (
            models.UniqueConstraint(fields=("document", "ref"), name="task_ref_unique_in_document"),
        )
        verbose_name = _("任务")
        verbose_name_plural = _("任务")

    def __str__(self) -> str:
        label = f"{self.number} " if self.number else ""
        return f"{label}{self.text[:40]}"

    def get_absolute_url(self) -> str:
        return reverse("web:task", args=[self.pk])

    @property
    def is_closed(self) -> bool:
        return self.status == TaskStatus.CLOSED

    def lead_assignments(self) -> list[Assignment]:
        """Lead departments first in written order (uses a prefetch when there is one)."""
        return [a for a in self.assignments.all() if a.role == AssignmentRole.LEAD]

    def co_assignments(self) -> list[Assignment]:
        return [a for a in self.assignments.all() if a.role == AssignmentRole.CO]


class Assignment(models.Model):
    """A department's responsibility for a task, as lead or co-department, with its acknowledgement (签收)."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="assignments")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="assignments")
    role = models.CharField(_("角色"), max_length=8, choices=AssignmentRole.choices)
    written_name = models.CharField(_("原文写法"), max_length=120)
    position = models.PositiveSmallIntegerField(default=0)
    assigned_at = models.DateTimeField(_("交办时间"), auto_now_add=True)
    acknowledge_by = models.DateField(_("签收时限"), null=True, blank=True)
    acknowledged_at = models.DateTimeField(_("签收时间"), null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ("task", "position")
        constraints = (
            models.UniqueConstraint(fields=("task", "department"), name="one_assignment_per_department"),
        )
        verbose_name = _("责任分工")
        verbose_name_plural = _("责任分工")

    def __str__(self) -> str:
        return f"{self.department} ({self.get_role_display()})"


class Milestone(models.Model):
    """A step of a task with its own date and cumulative planned percent (形象进度)."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(_("阶段目标"), max_length=200)
    due_on = models.DateField(_("计划完成日期"))
    planned_percent = models.PositiveSmallIntegerField(_("计划累计进度"))
    achieved_on = models.DateField(_("实际完成日期"), null=True, blank=True)

    class Meta:
        ordering = ("task", "due_on")
        verbose_name = _("形象进度")
        verbose_name_plural = _("形象进度")

    def __str__(self) -> str:
        return f"{self.due_on} {self.title}"


class ExtensionRequest(models.Model):
    """A request to move a task's due date, filed before it falls due; the original date stays on record."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="extension_requests")
    department = models.ForeignKey(Department, on_delete=models.PROTECT)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    requested_at = models.DateTimeField(_("申请时间"), auto_now_add=True)
    reason = models.TextField(_("延期理由"))
    current_due_on = models.DateField(_("现到期日"))
    new_due_on = models.DateField(_("申请延至"))
    status = models.CharField(
        _("审批状态"), max_length=16, choices=ExtensionStatus.choices, default=ExtensionStatus.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(_("审批时间"), null=True, blank=True)
    decision_note = models.CharField(_("审批意见"), max_length=300, blank=True)

    class Meta:
        ordering = ("-requested_at",)
        verbose_name = _("延期申请")
        verbose_name_plural = _("延期申请")

    def __str__(self) -> str:
        return f"{self.task} → {self.new_due_on}"


class Comment(models.Model):
    """A remark on a task by anyone who may read it."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    body = models.TextField(_("内容"))
    created_at = models.DateTimeField(_("时间"), auto_now_add=True)

    class Meta:
        ordering = ("created_at",)
        verbose_name = _("评论")
        verbose_name_plural = _("评论")

    def __str__(self) -> str:
        return self.body[:40]
