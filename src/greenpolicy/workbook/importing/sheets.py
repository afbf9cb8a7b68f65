"""Reading a ledger workbook: its sheets' header rows found by name, data rows below them, 任务领域 carried down."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from django.utils.translation import gettext as _

from greenpolicy.spreadsheets import SpreadsheetError, cell_text, fill_merged, header_key, read_xlsx
from greenpolicy.workbook.layout import COLUMNS

MAX_ROWS = 20_000  # a whole programme at once (the benchmark's scale); more is split into files
MAX_BYTES = 5 * 1024 * 1024
_HEADER_SEARCH_ROWS = 10


@dataclass
class LedgerSheet:
    title: str
    columns: dict[str, int]
    rows: list[tuple[int, dict[str, object]]]  # (line, field -> raw cell), 任务领域 carried from title rows


def _header_fields() -> dict[str, str]:
    names: dict[str, str] = {}
    for column in COLUMNS:
        for written in (column.header, *column.others):
            names.setdefault(header_key(written), column.field)
    return names


def read_sheets(data: bytes, name: str, errors: list[str]) -> list[LedgerSheet]:
    if len(data) > MAX_BYTES:
        errors.append(_("文件过大（上限 %(limit)d MB）") % {"limit": MAX_BYTES // (1024 * 1024)})
        return []
    if PurePath(name).suffix.lower() not in (".xlsx", ".xlsm") and not data.startswith(b"PK\x03\x04"):
        errors.append(_("不支持的文件类型，请上传 Excel 工作簿（.xlsx）"))
        return []
    try:
        raw_sheets = read_xlsx(data)
    except SpreadsheetError as error:
        errors.append(
            _("表格文件解压后过大，请分批导入")
            if error.too_large
            else _("无法读取表格文件，请上传 Excel 工作簿（.xlsx）")
        )
        return []
    fields = _header_fields()
    sheets: list[LedgerSheet] = []
    for raw in raw_sheets:
        rows = [(line, values) for line, values in raw.rows if any(cell_text(value) for value in values)]
        header_at = next(
            (
                position
                for position, (_line, values) in enumerate(rows[:_HEADER_SEARCH_ROWS])
                if any(fields.get(header_key(value)) == "text" for value in values)
            ),
            None,
        )
        if header_at is None:
            continue  # a sheet of notes or totals: not a ledger
        columns: dict[str, int] = {}
        for index, value in enumerate(rows[header_at][1]):
            found = fields.get(header_key(value))
            if found is None:
                continue
            if found in columns:
                errors.append(
                    _("“%(sheet)s”表的“%(column)s”列重复") % {"sheet": raw.title, "column": cell_text(value)}
                )
                return []
            columns[found] = index
        if "key" not in columns and "number" not in columns:
            errors.append(_("“%(sheet)s”表缺少“序号”列") % {"sheet": raw.title})
            return []
        fill_merged(rows, rows[header_at][0], raw.merges)
        sheets.append(LedgerSheet(raw.title, columns, list(_data_rows(rows[header_at + 1 :], columns))))
    if not sheets and not errors:
        errors.append(_("未找到台账表：表头应包含“重点任务”“序号”等列"))
    total = sum(len(sheet.rows) for sheet in sheets)
    if total > MAX_ROWS:
        errors.append(
            _("数据行超过 %(limit)d 行的上限（共 %(rows)d 行），请分批导入")
            % {"limit": MAX_ROWS, "rows": total}
        )
        return []
    return sheets


def _data_rows(
    rows: Sequence[tuple[int, list[object]]], columns: dict[str, int]
) -> Iterator[tuple[int, dict[str, object]]]:
    area: object = None
    for line, values in rows:
        cells = {name: values[index] if index < len(values) else None for name, index in columns.items()}
        if not any(cell_text(value) for value in cells.values()):
            continue  # blank but for cells outside our columns
        filled = [value for value in values if cell_text(value)]
        # One text alone (not a task's), or one text merged across the row: a 任务领域 title row.
        one_text = not cell_text(cells.get("key")) and len({cell_text(value) for value in filled}) == 1
        if one_text and (not cell_text(cells.get("text")) or len(filled) > 1):
            area = filled[0]
            continue
        if not cell_text(cells.get("area")) and area is not None:
            cells["area"] = area  # under a 任务领域 title row
        yield line, cells
