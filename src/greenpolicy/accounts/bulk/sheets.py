"""Reading the spreadsheets of a bulk import: sheets told apart by title or headers, headers by name in any order,
merged cells filled, blank rows dropped, limits enforced; and the template workbook users fill in.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath
from typing import Any

from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from greenpolicy.accounts.models import DepartmentKind, DepartmentLevel, Role
from greenpolicy.spreadsheets import MAX_COLUMNS, SpreadsheetError, fill_merged, read_xlsx
from greenpolicy.spreadsheets import Formula as Formula  # the rows read these from here
from greenpolicy.spreadsheets import cell_text as cell_text
from greenpolicy.spreadsheets import header_key as _header_key

MAX_ROWS = 5000
MAX_BYTES = 5 * 1024 * 1024
_HEADER_SEARCH_ROWS = 10  # a title row or two may stand above the headers


class SheetKind(StrEnum):
    DEPARTMENTS = "departments"
    USERS = "users"


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


@dataclass
class Sheet:
    kind: SheetKind
    title: str
    columns: dict[str, int]  # field -> column index
    rows: list[tuple[int, dict[str, Any]]]  # (line, field -> raw cell); a formula cell is a Formula
    beyond: int = 0  # non-blank rows past the cap, counted but not kept


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
) -> Sheet | None:
    """The sheet's data rows by field, or None (with the reason in `errors` when it looked like one of ours).

    `merges` are merged ranges (first row, first column, last row, last column, 1-based): below the headers each
    cell of a range reads as its top-left value, so a 所属部门 merged over several users applies to each.
    """
    rows = [(line, values) for line, values in rows if any(cell_text(value) for value in values)]
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
    fill_merged(rows, rows[position][0], merges)
    data = []
    for line, values in rows[position + 1 :]:
        cells = {name: values[index] if index < len(values) else None for name, index in columns.items()}
        if any(cell_text(value) for value in cells.values()):  # a row with only a 序号 or a remark is blank
            data.append((line, cells))
    return Sheet(kind, title, columns, data)


def _read_xlsx(data: bytes, errors: list[str]) -> list[Sheet]:
    try:
        raw_sheets = read_xlsx(data)
    except SpreadsheetError as error:
        errors.append(
            _("表格文件解压后过大，请分批导入")
            if error.too_large
            else _("无法读取表格文件，请上传 Excel 工作簿（.xlsx）或 CSV 文件")
        )
        return []
    sheets = []
    for raw in raw_sheets:
        sheet = _build_sheet(raw.title, _kind_by_title(raw.title), raw.rows, errors, raw.merges)
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


def _read_csv(data: bytes, errors: list[str]) -> list[Sheet]:
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
                rows.append((line, list(values[:MAX_COLUMNS])))
    except csv.Error:
        errors.append(_("无法读取 CSV 文件，请检查引号和分隔符"))
        return []
    sheet = _build_sheet("", None, rows, errors)
    if sheet is None:
        return []
    sheet.beyond = beyond
    return [sheet]


def read_sheets(data: bytes, name: str, errors: list[str]) -> list[Sheet]:
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


def file_labels(enum: type[Any]) -> list[str]:
    """The labels a file writes: the source's Chinese, whatever the language of the page."""
    with translation.override(None):
        return [str(label) for label in enum.labels]
