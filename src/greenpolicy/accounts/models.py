"""The department registry and the users who act for departments."""

from __future__ import annotations

from typing import ClassVar

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class DepartmentLevel(models.TextChoices):
    NATIONAL = "national", _("国家")
    PROVINCIAL = "provincial", _("省级")
    MUNICIPAL = "municipal", _("市级")
    DISTRICT = "district", _("区县")


class DepartmentKind(models.TextChoices):
    GOVERNMENT = "government", _("政府部门")
    COURT = "court", _("法院")
    PROCURATORATE = "procuratorate", _("检察院")
    CENTRAL_AGENCY = "central_agency", _("中央在渝单位")
    PARTY = "party", _("党委部门")
    PEOPLE_ORG = "people_org", _("人民团体")
    ENTERPRISE = "enterprise", _("企业")
    MILITARY = "military", _("军队单位")
    COLLECTIVE = "collective", _("集合主体")  # 各区县（自治县）政府: every body of a kind at once


class DepartmentQuerySet(models.QuerySet["Department"]):
    def active(self) -> DepartmentQuerySet:
        return self.filter(active=True)


class Department(models.Model):
    """A responsible body: a municipal department, a court, a central agency in the city, or a collective."""

    name = models.CharField(_("全称"), max_length=120, unique=True)
    short_name = models.CharField(_("简称"), max_length=60, blank=True)
    aliases = models.JSONField(_("别名"), default=list, blank=True)
    level = models.CharField(_("层级"), max_length=16, choices=DepartmentLevel.choices)
    kind = models.CharField(_("类别"), max_length=16, choices=DepartmentKind.choices)
    region = models.CharField(_("地区"), max_length=20, blank=True)
    active = models.BooleanField(_("在用"), default=True)

    objects: ClassVar[DepartmentQuerySet] = DepartmentQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        ordering = ("name",)
        verbose_name = _("部门")
        verbose_name_plural = _("部门")

    def __str__(self) -> str:
        return self.short_name or self.name

    def known_names(self) -> list[str]:
        return [self.name, *([self.short_name] if self.short_name else []), *self.aliases]


class Role(models.TextChoices):
    ADMINISTRATOR = "administrator", _("系统管理员")
    SUPERVISOR = "supervisor", _("督办员")
    REPORTER = "reporter", _("部门联络员")
    APPROVER = "approver", _("部门负责人")
    LEADER = "leader", _("领导")


class User(AbstractUser):
    """A person signed in to the platform, acting for one department in one role."""

    department = models.ForeignKey(
        Department,
        verbose_name=_("所属部门"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
    )
    role = models.CharField(_("角色"), max_length=16, choices=Role.choices, default=Role.LEADER)

    class Meta:
        verbose_name = _("用户")
        verbose_name_plural = _("用户")

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def supervises(self) -> bool:
        """The supervising office (and administrators) run the programme for every department."""
        return self.role in (Role.SUPERVISOR, Role.ADMINISTRATOR)

    @property
    def acts_for_department(self) -> bool:
        return self.role in (Role.REPORTER, Role.APPROVER) and self.department_id is not None
