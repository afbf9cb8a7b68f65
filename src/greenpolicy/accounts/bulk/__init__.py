"""Creating departments and users in bulk from a spreadsheet: read and check every row, then write all or nothing.

A workbook may carry a 部门 sheet and a 用户 sheet; a CSV file carries one of the two, told apart by its headers.
Headers are recognised by name in any order. `preview_bulk` says what each row would do; `apply_bulk` writes only a
file without a single error, in one transaction, with an audit entry per row written. New users get a random
password that is returned once and never kept in clear.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from greenpolicy.accounts.bulk.rows import DepartmentPlan, Outcome, RowChecker, RowPreview, UserPlan
from greenpolicy.accounts.bulk.sheets import (
    MAX_BYTES,
    MAX_ROWS,
    SheetKind,
    file_labels,
    read_sheets,
    template_workbook,
)
from greenpolicy.accounts.models import Department, User
from greenpolicy.accounts.passwords import new_password
from greenpolicy.accounts.permissions import can_supervise, require
from greenpolicy.audit.trail import record, snapshot
from greenpolicy.spreadsheets import ImportRefusedError
from greenpolicy.staging import StagingError, discard, read_staged, stage

__all__ = [
    "MAX_BYTES",
    "MAX_ROWS",
    "BulkError",
    "BulkPreview",
    "BulkResult",
    "Outcome",
    "SheetKind",
    "apply_bulk",
    "discard_bulk",
    "file_labels",
    "preview_bulk",
    "read_bulk",
    "stage_bulk",
    "template_workbook",
]

_AREA = "accounts"


class BulkError(ImportRefusedError["BulkPreview"]):
    """A file of departments and users that cannot be imported as it is."""


@dataclass(frozen=True)
class BulkPreview:
    """Every row of the file with its outcome, and the problems of the file as a whole."""

    name: str
    sha256: str
    rows: tuple[RowPreview, ...] = ()
    errors: tuple[str, ...] = ()

    @property
    def departments(self) -> list[RowPreview]:
        return [row for row in self.rows if row.kind is SheetKind.DEPARTMENTS]

    @property
    def users(self) -> list[RowPreview]:
        return [row for row in self.rows if row.kind is SheetKind.USERS]

    @property
    def error_rows(self) -> list[RowPreview]:
        return [row for row in self.rows if row.outcome is Outcome.ERROR]

    @property
    def has_errors(self) -> bool:
        return bool(self.errors) or any(row.outcome is Outcome.ERROR for row in self.rows)

    def count(self, kind: SheetKind, outcome: Outcome) -> int:
        return sum(row.kind is kind and row.outcome is outcome for row in self.rows)

    def problems(self) -> list[str]:
        """Every error in reading order, each row's prefixed with where it is."""
        listed = list(self.errors)
        for row in self.error_rows:
            where = _("“%(sheet)s”表第%(line)d行") % {"sheet": row.sheet, "line": row.line}
            listed.extend(f"{where}：{error}" for error in row.errors)
        return listed


@dataclass(frozen=True)
class CreatedUser:
    username: str
    full_name: str
    role: str
    department: str
    password: str  # shown once to whoever imported; only its hash is stored


@dataclass(frozen=True)
class BulkResult:
    departments_created: list[Department]
    departments_updated: list[Department]
    users: list[CreatedUser]


def preview_bulk(data: bytes, name: str, *, actor: User | None = None) -> BulkPreview:
    """What importing the file would do, row by row; writes nothing. `actor` limits the roles one may create."""
    errors: list[str] = []
    sheets = read_sheets(data, name, errors)
    sha256 = hashlib.sha256(data).hexdigest()
    if errors:
        return BulkPreview(name, sha256, (), tuple(errors))
    checker = RowChecker(actor)
    rows: list[RowPreview] = []
    # Departments first, whatever the sheet order, so users may belong to departments created by the same file.
    for sheet in sorted(sheets, key=lambda sheet: sheet.kind is SheetKind.USERS):
        if sheet.kind is SheetKind.DEPARTMENTS:
            rows.extend(checker.departments_rows(sheet))
        else:
            rows.extend(checker.users_rows(sheet))
    return BulkPreview(name, sha256, tuple(rows), ())


# -- writing ---------------------------------------------------------------------------------------------------


@transaction.atomic
def apply_bulk(data: bytes, name: str, *, actor: User) -> BulkResult:
    """Create and update what the preview shows; BulkError, and nothing written, when any row has an error."""
    require(can_supervise(actor), _("只有督办员或系统管理员可以批量导入部门和用户"))
    preview = preview_bulk(data, name, actor=actor)
    if preview.has_errors:
        raise BulkError(_("文件有错误，未导入任何内容，请修改后重新上传"), preview)
    created: list[Department] = []
    updated: list[Department] = []
    by_name = {department.name: department for department in Department.objects.all()}
    for row in preview.departments:
        plan = row.plan
        if row.outcome is Outcome.UNCHANGED or not isinstance(plan, DepartmentPlan):
            continue
        if plan.existing is None:
            department = Department.objects.create(
                name=plan.name,
                short_name=plan.short_name,
                aliases=list(plan.aliases),
                level=plan.level,
                kind=plan.kind,
                region=plan.region,
            )
            record(
                actor=actor,
                action="department.create",
                target=department,
                summary=f"批量导入部门：{department.name}",
                after=snapshot(department, _DEPARTMENT_FIELDS),
            )
            created.append(department)
        else:
            department = by_name[plan.name]
            before = snapshot(department, _DEPARTMENT_FIELDS)
            if plan.short_name:
                department.short_name = plan.short_name
            department.aliases = [*department.aliases, *plan.aliases]
            department.save(update_fields=["short_name", "aliases"])
            record(
                actor=actor,
                action="department.update",
                target=department,
                summary=f"批量导入更新部门：{department.name}",
                before=before,
                after=snapshot(department, _DEPARTMENT_FIELDS),
            )
            updated.append(department)
        by_name[department.name] = department
    users = [
        _create_user(row.plan, by_name, actor) for row in preview.users if isinstance(row.plan, UserPlan)
    ]
    return BulkResult(created, updated, users)


_DEPARTMENT_FIELDS = ("name", "short_name", "aliases", "level", "kind", "region")
_USER_FIELDS = ("username", "first_name", "email", "role", "department")


def _create_user(plan: UserPlan, departments: dict[str, Department], actor: User) -> CreatedUser:
    password = new_password()
    user = User(
        username=plan.username,
        first_name=plan.full_name,
        email=plan.email,
        role=plan.role,
        department=departments[plan.department] if plan.department else None,
    )
    user.set_password(password)
    user.save()
    record(
        actor=actor,
        action="user.create",
        target=user,
        summary=f"批量导入用户：{user.username}（{user.get_role_display()}）",
        after=snapshot(user, _USER_FIELDS),
    )
    department = user.department.name if user.department else ""
    return CreatedUser(user.username, user.first_name, user.get_role_display(), department, password)


# -- staging between the preview and the confirmation ----------------------------------------------------------


def stage_bulk(data: bytes, name: str, *, actor: User) -> str:
    """Keep an upload for its preview page under its sha256; BulkError when it cannot be read as a whole."""
    require(can_supervise(actor), _("只有督办员或系统管理员可以批量导入部门和用户"))
    errors: list[str] = []
    read_sheets(data, name, errors)  # refuse a file that cannot be read as ours before keeping anything
    if errors:
        raise BulkError("；".join(errors))
    return stage(_AREA, data, name or "accounts.xlsx")


def read_bulk(sha256: str) -> tuple[bytes, str]:
    """The staged file's content and name; BulkError when the id is malformed or nothing is staged under it."""
    try:
        name, data = read_staged(_AREA, sha256)
    except StagingError as error:
        raise BulkError(str(error)) from None
    return data, name


def discard_bulk(sha256: str) -> None:
    discard(_AREA, sha256)
