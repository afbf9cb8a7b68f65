"""Checking the rows of a bulk import in order: what each would create or change, or why it cannot."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models.functions import Lower
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from greenpolicy.accounts.bulk.sheets import (
    DEPARTMENT_COLUMNS,
    USER_COLUMNS,
    Sheet,
    SheetKind,
    cell_text,
    file_labels,
)
from greenpolicy.accounts.models import Department, DepartmentKind, DepartmentLevel, Role, User
from greenpolicy.accounts.registry import DepartmentDirectory
from greenpolicy.core.departments import normalize_name
from greenpolicy.spreadsheets import formula_refusal, is_formula

_NAME_SEPARATORS = re.compile(r"[、,，;；\n]+")


class Outcome(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


OUTCOME_LABELS: dict[Outcome, Promise] = {
    Outcome.CREATE: gettext_lazy("新增"),
    Outcome.UPDATE: gettext_lazy("更新"),
    Outcome.UNCHANGED: gettext_lazy("无变化"),
    Outcome.ERROR: gettext_lazy("错误"),
}


_LEVEL_SYNONYMS = {
    "国家级": "national",
    "省": "provincial",
    "市": "municipal",
    "区县级": "district",
    "县级": "district",
}


@dataclass(frozen=True)
class DepartmentPlan:
    """What a department row writes: a new row (`existing` None) or names added to an existing one."""

    name: str
    short_name: str
    aliases: tuple[str, ...]
    level: str
    kind: str
    region: str
    existing: Department | None = None


@dataclass(frozen=True)
class UserPlan:
    username: str
    full_name: str
    email: str
    role: str
    department: str | None  # the full name of the department, on file or created by the same import


@dataclass(frozen=True)
class RowPreview:
    """One row of the file: what importing would do with it, and why not when it cannot."""

    kind: SheetKind
    sheet: str
    line: int
    outcome: Outcome
    cells: dict[str, str]
    errors: tuple[str, ...] = ()
    changes: tuple[str, ...] = ()
    plan: DepartmentPlan | UserPlan | None = field(default=None, repr=False, compare=False)

    @property
    def label(self) -> str:
        return str(OUTCOME_LABELS[self.outcome])


def _choices(enum: type[Any], extra: dict[str, str] | None = None) -> dict[str, str]:
    found = {
        normalize_name(label): value for value, label in zip(enum.values, file_labels(enum), strict=True)
    }
    found |= {normalize_name(str(label)): value for value, label in enum.choices}  # the page's language too
    found |= {value: value for value in enum.values}
    return found | (extra or {})


def _labels(enum: type[Any]) -> str:
    return "、".join(file_labels(enum))


class RowChecker:
    """Checks the rows in order, remembering the names and usernames earlier rows claimed."""

    def __init__(self, actor: User | None) -> None:
        self.actor = actor
        self.departments = {normalize_name(d.name): d for d in Department.objects.all()}
        self.claimed: dict[str, str] = {}  # normalised name -> the full name of the department that bears it
        for department in self.departments.values():
            for name in department.known_names():
                self.claimed.setdefault(normalize_name(name), department.name)
        self.planned: dict[str, Department] = {}  # full name -> the department as it will be after the import
        self.seen_departments: dict[str, int] = {}
        self.seen_users: dict[str, int] = {}
        self.levels = _choices(DepartmentLevel, _LEVEL_SYNONYMS)
        self.kinds = _choices(DepartmentKind)
        self.roles = _choices(Role)
        self.username_validator = UnicodeUsernameValidator()

    def departments_rows(self, sheet: Sheet) -> Iterator[RowPreview]:
        for line, raw in sheet.rows:
            cells = {name: cell_text(value) for name, value in raw.items()}
            errors = _formula_errors(raw, DEPARTMENT_COLUMNS)
            outcome, changes, plan = self._department(line, cells, errors)
            yield RowPreview(sheet.kind, sheet.title, line, outcome, cells, tuple(errors), changes, plan)

    def _department(
        self, line: int, cells: dict[str, str], errors: list[str]
    ) -> tuple[Outcome, tuple[str, ...], DepartmentPlan | None]:
        name = cells.get("name", "")
        short_name = cells.get("short_name", "")
        aliases = [
            alias.strip() for alias in _NAME_SEPARATORS.split(cells.get("aliases", "")) if alias.strip()
        ]
        level = self._choice(cells.get("level", ""), self.levels, _("层级"), _labels(DepartmentLevel), errors)
        kind = self._choice(cells.get("kind", ""), self.kinds, _("类别"), _labels(DepartmentKind), errors)
        if not name:
            errors.append(_("缺少全称"))
            return Outcome.ERROR, (), None
        key = normalize_name(name)
        if key in self.seen_departments:
            errors.append(
                _("全称“%(name)s”在文件中重复（第%(line)d行）")
                % {"name": name, "line": self.seen_departments[key]}
            )
            return Outcome.ERROR, (), None
        self.seen_departments[key] = line
        existing = self.departments.get(key)
        if existing is None and self.claimed.get(key, name) != name:
            errors.append(
                _("“%(name)s”已是部门“%(other)s”的简称或别名，全称请填写“%(other)s”")
                % {"name": name, "other": self.claimed[key]}
            )
        if existing is None:
            for column, value in ((_("层级"), cells.get("level")), (_("类别"), cells.get("kind"))):
                if not value:
                    errors.append(_("缺少%(column)s") % {"column": column})
        # The names the row adds: an existing department keeps its short name and gains the written one as an alias.
        set_short = bool(short_name) and (existing is None or not existing.short_name)
        known = {normalize_name(known) for known in existing.known_names()} if existing else {key}
        if set_short:
            known.add(normalize_name(short_name))
        added: list[str] = []
        for written in [*([] if set_short or not short_name else [short_name]), *aliases]:
            if normalize_name(written) not in known:
                known.add(normalize_name(written))
                added.append(written)
        full_name = existing.name if existing else name
        for written in [*([short_name] if set_short else []), *added]:
            owner = self.claimed.get(normalize_name(written), full_name)
            if owner != full_name:
                errors.append(_("“%(name)s”已是部门“%(other)s”的名称") % {"name": written, "other": owner})
        if errors:
            return Outcome.ERROR, (), None
        after = Department(
            name=full_name,
            short_name=short_name if set_short else (existing.short_name if existing else ""),
            aliases=[*(existing.aliases if existing else []), *added],
            level=existing.level if existing else level,
            kind=existing.kind if existing else kind,
            region=existing.region if existing else cells.get("region", ""),
        )
        self.planned[full_name] = after
        for written in after.known_names():
            self.claimed.setdefault(normalize_name(written), full_name)
        plan = DepartmentPlan(
            full_name,
            short_name if set_short else "",
            tuple(added),
            after.level,
            after.kind,
            after.region,
            existing=existing,
        )
        if existing is None:
            return Outcome.CREATE, (), plan
        changes = [
            *([_("设置简称：%(name)s") % {"name": short_name}] if set_short else []),
            *([_("新增别名：%(names)s") % {"names": "、".join(added)}] if added else []),
        ]
        return (Outcome.UPDATE if changes else Outcome.UNCHANGED), tuple(changes), plan

    def users_rows(self, sheet: Sheet) -> Iterator[RowPreview]:
        existing = self._existing_usernames(sheet)
        directory = DepartmentDirectory([*self.planned.values(), *self._unplanned()])
        for line, raw in sheet.rows:
            cells = {name: cell_text(value) for name, value in raw.items()}
            errors = _formula_errors(raw, USER_COLUMNS)
            plan = self._user(line, cells, errors, existing, directory)
            outcome = Outcome.ERROR if errors else Outcome.CREATE
            yield RowPreview(sheet.kind, sheet.title, line, outcome, cells, tuple(errors), (), plan)

    def _unplanned(self) -> list[Department]:
        return [d for d in self.departments.values() if d.name not in self.planned]

    def _existing_usernames(self, sheet: Sheet) -> set[str]:
        wanted = {cell_text(raw.get("username")).lower() for _line, raw in sheet.rows} - {""}
        found = (
            User.objects.annotate(key=Lower("username")).filter(key__in=wanted).values_list("key", flat=True)
        )
        return set(found)

    def _user(
        self,
        line: int,
        cells: dict[str, str],
        errors: list[str],
        existing: set[str],
        directory: DepartmentDirectory,
    ) -> UserPlan | None:
        username = cells.get("username", "")
        full_name = cells.get("full_name", "")
        email = cells.get("email", "")
        written_department = cells.get("department", "")
        role = self._choice(cells.get("role", ""), self.roles, _("角色"), _labels(Role), errors)
        if not username:
            errors.append(_("缺少用户名"))
        else:
            key = username.lower()
            try:
                self.username_validator(username)
                if len(username) > 150:
                    raise ValidationError("too long")
            except ValidationError:
                errors.append(
                    _("用户名“%(name)s”无效：只能包含字母、数字、汉字和 @ . + - _，最长150个字符")
                    % {"name": username}
                )
            if key in self.seen_users:
                errors.append(
                    _("用户名“%(name)s”在文件中重复（第%(line)d行）")
                    % {"name": username, "line": self.seen_users[key]}
                )
            elif key in existing:
                errors.append(_("用户名“%(name)s”已存在") % {"name": username})
            self.seen_users.setdefault(key, line)
        if not full_name:
            errors.append(_("缺少姓名"))
        elif len(full_name) > 150:
            errors.append(_("姓名过长（最长150个字符）"))
        if not cells.get("role"):
            errors.append(_("缺少角色"))
        if email:
            try:
                validate_email(email)
            except ValidationError:
                errors.append(_("邮箱格式不正确：%(email)s") % {"email": email})
        department = directory.find(written_department) if written_department else None
        if written_department and department is None:
            errors.append(_("未找到部门“%(name)s”（请填写全称、简称或别名）") % {"name": written_department})
        if role in (Role.REPORTER, Role.APPROVER) and not written_department:
            errors.append(_("%(role)s须填写所属部门") % {"role": Role(role).label})
        if role == Role.ADMINISTRATOR and self.actor is not None and self.actor.role != Role.ADMINISTRATOR:
            errors.append(_("只有系统管理员可以导入系统管理员账号"))
        if errors:
            return None
        return UserPlan(username, full_name, email, role, department.name if department else None)

    @staticmethod
    def _choice(written: str, choices: dict[str, str], column: str, allowed: str, errors: list[str]) -> str:
        if not written:
            return ""
        value = choices.get(normalize_name(written)) or choices.get(written.lower())
        if value is None:
            errors.append(
                _("未知%(column)s“%(value)s”，应为：%(allowed)s")
                % {"column": column, "value": written, "allowed": allowed}
            )
            return ""
        return value


def _formula_errors(raw: dict[str, Any], columns: dict[str, tuple[str, tuple[str, ...]]]) -> list[str]:
    errors = []
    for name, value in raw.items():
        if is_formula(value):
            errors.append(formula_refusal(columns[name][0], value))
    return errors
