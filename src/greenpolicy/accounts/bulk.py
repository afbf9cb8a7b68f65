"""Creating departments and users in bulk from a spreadsheet: read and check every row, then write all or nothing.

A workbook may carry a 部门 sheet and a 用户 sheet; a CSV file carries one of the two, told apart by its headers.
Headers are recognised by name in any order. `preview_bulk` says what each row would do; `apply_bulk` writes only a
file without a single error, in one transaction, with an audit entry per row written. New users get a random
password that is returned once and never kept in clear.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PurePath
from typing import Any

from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from greenpolicy.accounts.models import Department, DepartmentKind, DepartmentLevel, Role, User
from greenpolicy.accounts.passwords import new_password
from greenpolicy.accounts.permissions import can_supervise, require
from greenpolicy.accounts.registry import DepartmentDirectory
from greenpolicy.audit.trail import record, snapshot
from greenpolicy.core.departments import normalize_name
from greenpolicy.staging import StagingError, discard, read_staged, stage

MAX_ROWS = 5000
MAX_BYTES = 5 * 1024 * 1024
_MAX_UNPACKED_BYTES = (
    20 * 1024 * 1024
)  # an xlsx is a zip: refuse one that unpacks into far more than it weighs
_MAX_COLUMNS = 64
_HEADER_SEARCH_ROWS = 10  # a title row or two may stand above the headers
_AREA = "accounts"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NAME_SEPARATORS = re.compile(r"[、,，;；\n]+")
_HEADER_NOISE = re.compile(r"[*＊]|[（(][^）)]*[）)]$")


class BulkError(ValueError):
    """The file cannot be imported as it is; `preview` (when there is one) says which rows are wrong."""

    def __init__(self, message: str, preview: BulkPreview | None = None) -> None:
        super().__init__(message)
        self.preview = preview


class SheetKind(StrEnum):
    DEPARTMENTS = "departments"
    USERS = "users"


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

# field -> (the column's name in the template, the other names it is recognised by)
DEPARTMENT_COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "name": ("全称", ("名称", "部门全称", "部门名称", "单位全称", "单位名称", "name")),
    "short_name": ("简称", ("部门简称", "单位简称", "short_name", "short")),
    "aliases": ("别名", ("其他名称", "aliases")),
    "level": ("层级", ("级别", "level")),
    "kind": ("类别", ("类型", "部门类别", "kind")),
    "region": ("地区", ("region",)),
}
USER_COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "username": ("用户名", ("账号", "帐号", "登录名", "username")),
    "full_name": ("姓名", ("name", "full_name")),
    "department": ("所属部门", ("部门", "单位", "所属单位", "department")),
    "role": ("角色", ("role",)),
    "email": ("邮箱", ("电子邮箱", "电子邮件", "email", "e-mail")),
}
_REQUIRED = {
    SheetKind.DEPARTMENTS: ("name",),
    SheetKind.USERS: ("username", "full_name", "role"),
}
_COLUMNS = {SheetKind.DEPARTMENTS: DEPARTMENT_COLUMNS, SheetKind.USERS: USER_COLUMNS}
_SHEET_TITLES = {  # users first: 部门用户 is a sheet of users
    SheetKind.USERS: ("用户", "账号", "人员", "users"),
    SheetKind.DEPARTMENTS: ("部门", "单位", "departments"),
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


# -- reading ---------------------------------------------------------------------------------------------------


@dataclass
class _Sheet:
    kind: SheetKind
    title: str
    columns: dict[str, int]  # field -> column index
    rows: list[tuple[int, dict[str, Any]]]  # (line, field -> raw cell); a formula cell is a _Formula
    beyond: int = 0  # non-blank rows past the cap, counted but not kept


@dataclass(frozen=True)
class _Formula:
    text: str


def _header_key(text: object) -> str:
    return _HEADER_NOISE.sub("", normalize_name(str(text or ""))).lower()


def _header_fields(kind: SheetKind) -> dict[str, str]:
    names: dict[str, str] = {}
    for name, (title, others) in _COLUMNS[kind].items():
        for written in (title, *others):
            names[_header_key(written)] = name
    return names


def _kind_by_title(title: str) -> SheetKind | None:
    key = _header_key(title)
    for kind, titles in _SHEET_TITLES.items():
        if any(written in key for written in titles):
            return kind
    return None


def _kind_by_headers(row: Iterable[object]) -> SheetKind | None:
    keys = {_header_key(value) for value in row}
    if keys & {key for key, name in _header_fields(SheetKind.USERS).items() if name == "username"}:
        return SheetKind.USERS
    if keys & {key for key, name in _header_fields(SheetKind.DEPARTMENTS).items() if name == "name"}:
        return SheetKind.DEPARTMENTS
    return None


def _locate_header(
    rows: list[tuple[int, list[object]]], kind: SheetKind | None
) -> tuple[int, SheetKind | None, list[object]]:
    """The position of the header row among the first rows, and the kind it shows."""
    for position, (_line, values) in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        found = _kind_by_headers(values)
        if found is not None and (kind is None or found is kind):
            return position, found, values
    return -1, kind, []


def _build_sheet(
    title: str,
    kind: SheetKind | None,
    rows: list[tuple[int, list[object]]],
    errors: list[str],
    merges: Iterable[tuple[int, int, int, int]] = (),
) -> _Sheet | None:
    """The sheet's data rows by field, or None (with the reason in `errors` when it looked like one of ours).

    `merges` are merged ranges (first row, first column, last row, last column, 1-based): below the headers each
    cell of a range reads as its top-left value, so a 所属部门 merged over several users applies to each.
    """
    rows = [(line, values) for line, values in rows if any(_text(value) for value in values)]
    if not rows:
        return None
    position, kind, header = _locate_header(rows, kind)
    if kind is None:
        return None
    title = title or _SHEET_TITLES[kind][0]  # a CSV file is named after what it holds
    fields = _header_fields(kind)
    columns: dict[str, int] = {}
    for index, value in enumerate(header):
        name = fields.get(_header_key(value))
        if name is None:
            continue
        if name in columns:
            errors.append(
                _("“%(sheet)s”表的“%(column)s”列重复") % {"sheet": title, "column": _COLUMNS[kind][name][0]}
            )
            return None
        columns[name] = index
    missing = [_COLUMNS[kind][name][0] for name in _REQUIRED[kind] if name not in columns]
    if missing:
        errors.append(
            _("“%(sheet)s”表缺少“%(columns)s”列（可下载模板参照填写）")
            % {"sheet": title, "columns": "”“".join(missing)}
        )
        return None
    _fill_merged(rows, rows[position][0], merges)
    data = []
    for line, values in rows[position + 1 :]:
        cells = {name: values[index] if index < len(values) else None for name, index in columns.items()}
        if any(_text(value) for value in cells.values()):  # a row with only a 序号 or a remark is blank
            data.append((line, cells))
    return _Sheet(kind, title, columns, data)


def _fill_merged(
    rows: list[tuple[int, list[object]]], header_line: int, merges: Iterable[tuple[int, int, int, int]]
) -> None:
    by_line = dict(rows)
    # Ascending, and without the rows blank but for a merged range: those stay blank.
    lines = [line for line, _values in rows]
    for first_row, first_column, last_row, last_column in merges:
        top_left = by_line.get(first_row, [])
        if first_row <= header_line or len(top_left) < first_column or top_left[first_column - 1] is None:
            continue
        value = top_left[first_column - 1]
        for line in lines[bisect_left(lines, first_row) : bisect_right(lines, last_row)]:
            values = by_line[line]
            values.extend([None] * (last_column - len(values)))
            for column in range(first_column, last_column + 1):
                values[column - 1] = value


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, _Formula):
        return value.text
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_xlsx(data: bytes, errors: list[str]) -> list[_Sheet]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > _MAX_UNPACKED_BYTES:
                errors.append(_("表格文件解压后过大，请分批导入"))
                return []
        workbook = load_workbook(io.BytesIO(data), data_only=False)
    except (
        Exception
    ):  # a damaged or foreign file fails in many ways inside the reader; each means "unreadable"
        errors.append(_("无法读取表格文件，请上传 Excel 工作簿（.xlsx）或 CSV 文件"))
        return []
    sheets = []
    for worksheet in workbook.worksheets:
        # Only the cells present in the file: a styled cell far below the data must not make the reader create
        # a million empty ones.
        present: dict[int, dict[int, object]] = {}
        for (row, column), cell in worksheet._cells.items():
            if column > _MAX_COLUMNS or cell.value is None:
                continue
            value: object = _Formula(str(cell.value)) if cell.data_type == "f" else cell.value
            present.setdefault(row, {})[column] = value
        if not present:
            continue
        width = max(max(columns) for columns in present.values())
        rows = [
            (line, [present[line].get(column) for column in range(1, width + 1)]) for line in sorted(present)
        ]
        merges = [
            (merged.min_row, merged.min_col, merged.max_row, min(merged.max_col, width))
            for merged in worksheet.merged_cells.ranges
            if merged.min_col <= width
        ]
        sheet = _build_sheet(worksheet.title, _kind_by_title(worksheet.title), rows, errors, merges)
        if sheet is not None:
            sheets.append(sheet)
    return sheets


def _decode(data: bytes) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "gb18030"):  # gb18030 reads every GBK file
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _read_csv(data: bytes, errors: list[str]) -> list[_Sheet]:
    text = _decode(data)
    if text is None:
        errors.append(_("无法识别 CSV 文件的编码，请以 UTF-8 或 GBK 保存"))
        return []
    rows: list[tuple[int, list[object]]] = []
    beyond = 0
    try:
        for line, values in enumerate(csv.reader(io.StringIO(text, newline="")), start=1):
            if not any(value.strip() for value in values):
                continue
            if len(rows) > MAX_ROWS + _HEADER_SEARCH_ROWS:  # over the cap whatever the header: only count
                beyond += 1
            else:
                rows.append((line, list(values[:_MAX_COLUMNS])))
    except csv.Error:
        errors.append(_("无法读取 CSV 文件，请检查引号和分隔符"))
        return []
    sheet = _build_sheet("", None, rows, errors)
    if sheet is None:
        return []
    sheet.beyond = beyond
    return [sheet]


def _read(data: bytes, name: str, errors: list[str]) -> list[_Sheet]:
    if len(data) > MAX_BYTES:
        errors.append(_("文件过大（上限 %(limit)d MB），请分批导入") % {"limit": MAX_BYTES // (1024 * 1024)})
        return []
    suffix = PurePath(name).suffix.lower()
    if suffix in (".xlsx", ".xlsm") or data.startswith(b"PK\x03\x04"):
        sheets = _read_xlsx(data, errors)
    elif suffix in (".csv", ".txt", ""):
        sheets = _read_csv(data, errors)
    else:
        errors.append(_("不支持的文件类型，请上传 Excel 工作簿（.xlsx）或 CSV 文件"))
        return []
    if not sheets and not errors:
        errors.append(_("未找到部门表或用户表：表头应包含“全称”或“用户名”，可下载模板参照填写"))
    rows = sum(len(sheet.rows) + sheet.beyond for sheet in sheets)
    if rows > MAX_ROWS:
        errors.append(
            _("数据行超过 %(limit)d 行的上限（共 %(rows)d 行），请分批导入")
            % {"limit": MAX_ROWS, "rows": rows}
        )
        return []
    return sheets


def template_workbook() -> bytes:
    """An empty workbook with the 部门 and 用户 sheets and their headers; level, kind and role offer their labels."""
    workbook = Workbook()
    workbook.remove(workbook.worksheets[0])
    for title, columns, lists in (
        ("部门", DEPARTMENT_COLUMNS, {"level": DepartmentLevel, "kind": DepartmentKind}),
        ("用户", USER_COLUMNS, {"role": Role}),
    ):
        sheet = workbook.create_sheet(title)
        sheet.append([header for header, _others in columns.values()])
        for index, name in enumerate(columns, start=1):
            letter = get_column_letter(index)
            sheet.column_dimensions[letter].width = 36 if name in ("name", "aliases") else 16
            sheet[f"{letter}1"].font = Font(bold=True)
            if name in lists:
                choices = DataValidation(type="list", formula1=f'"{",".join(file_labels(lists[name]))}"')
                choices.add(f"{letter}2:{letter}{MAX_ROWS + 1}")
                sheet.add_data_validation(choices)
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# -- checking --------------------------------------------------------------------------------------------------


def file_labels(enum: type[Any]) -> list[str]:
    """The labels a file writes: the source's Chinese, whatever the language of the page."""
    with translation.override(None):
        return [str(label) for label in enum.labels]


def _choices(enum: type[Any], extra: dict[str, str] | None = None) -> dict[str, str]:
    found = {
        normalize_name(label): value for value, label in zip(enum.values, file_labels(enum), strict=True)
    }
    found |= {normalize_name(str(label)): value for value, label in enum.choices}  # the page's language too
    found |= {value: value for value in enum.values}
    return found | (extra or {})


def _labels(enum: type[Any]) -> str:
    return "、".join(file_labels(enum))


class _Checker:
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

    def departments_rows(self, sheet: _Sheet) -> Iterator[RowPreview]:
        for line, raw in sheet.rows:
            cells = {name: _text(value) for name, value in raw.items()}
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

    def users_rows(self, sheet: _Sheet) -> Iterator[RowPreview]:
        existing = self._existing_usernames(sheet)
        directory = DepartmentDirectory([*self.planned.values(), *self._unplanned()])
        for line, raw in sheet.rows:
            cells = {name: _text(value) for name, value in raw.items()}
            errors = _formula_errors(raw, USER_COLUMNS)
            plan = self._user(line, cells, errors, existing, directory)
            outcome = Outcome.ERROR if errors else Outcome.CREATE
            yield RowPreview(sheet.kind, sheet.title, line, outcome, cells, tuple(errors), (), plan)

    def _unplanned(self) -> list[Department]:
        return [d for d in self.departments.values() if d.name not in self.planned]

    def _existing_usernames(self, sheet: _Sheet) -> set[str]:
        wanted = {_text(raw.get("username")).lower() for _line, raw in sheet.rows} - {""}
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
        text = _text(value)
        if isinstance(value, _Formula) or text.startswith(_FORMULA_START):
            errors.append(
                _("“%(column)s”含公式或以 = + - @ 开头的内容，已拒绝：%(value)s")
                % {"column": columns[name][0], "value": text[:40]}
            )
    return errors


def preview_bulk(data: bytes, name: str, *, actor: User | None = None) -> BulkPreview:
    """What importing the file would do, row by row; writes nothing. `actor` limits the roles one may create."""
    errors: list[str] = []
    sheets = _read(data, name, errors)
    sha256 = hashlib.sha256(data).hexdigest()
    if errors:
        return BulkPreview(name, sha256, (), tuple(errors))
    checker = _Checker(actor)
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
    _read(data, name, errors)  # refuse a file that cannot be read as ours before keeping anything
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
