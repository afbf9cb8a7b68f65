"""The states and kinds of the ledger, with their Chinese labels."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class TaskKind(models.TextChoices):
    MEASURE = "measure", _("主要任务")
    KEY_TASK = "key_task", _("重点任务")
    ITEM = "item", _("工作事项")


class DeadlineKind(models.TextChoices):
    DATE = "date", _("限期")
    ONGOING = "ongoing", _("持续推进")
    CONDITIONAL = "conditional", _("视情推进")
    NONE = "none", _("未明确")


class TaskStatus(models.TextChoices):
    """The supervision chain: 交办 → 签收 → 承办 → 反馈 → 审核（退回）→ 办结/销号."""

    ASSIGNED = "assigned", _("已交办")
    ACKNOWLEDGED = "acknowledged", _("已签收")
    IN_PROGRESS = "in_progress", _("承办中")
    REPORTED = "reported", _("已反馈")
    RETURNED = "returned", _("已退回")
    CLOSED = "closed", _("已销号")
    WITHDRAWN = "withdrawn", _("已撤销")


class AssignmentRole(models.TextChoices):
    LEAD = "lead", _("牵头")
    CO = "co", _("配合")


class ExtensionStatus(models.TextChoices):
    PENDING = "pending", _("待审批")
    APPROVED = "approved", _("已同意")
    REFUSED = "refused", _("不同意")
