"""Reading uploaded spreadsheets whatever they hold: the cells present, merged ranges filled, headers by name.

Shared by the bulk import of accounts and the import of ledgers (台账); each reads its own columns on top.
"""

from __future__ import annotations

import io
import re
import zipfile
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _
from openpyxl import load_workbook

from greenpolicy.core.departments import normalize_name
from greenpolicy.core.rendering.xlsx import safe_cell

MAX_UNPACKED_BYTES = (
    20 * 1024 * 1024
)  # an xlsx is a zip: refuse one that unpacks into far more than it weighs
MAX_COLUMNS = 64
_FORMULA_START = ("=", "+", "@", "\t", "\r")
_HEADER_NOISE = re.compile(r"[*＊]|[（(][^）)]*[）)]$")

Merge = tuple[int, int, int, int]  # first row, first column, last row, last column (1-based)
Rows = list[tuple[int, list[object]]]  # (line, values)


class SpreadsheetError(ValueError):
    """The file cannot be read as a workbook; `too_large` when it unpacks into far more than it weighs."""

    def __init__(self, *, too_large: bool = False) -> None:
        super().__init__("unpacks too large" if too_large else "unreadable")
        self.too_large = too_large


class ImportRefusedError[Preview](ValueError):
    """A spreadsheet import that cannot go ahead as it is; `preview` (when there is one) says which rows are wrong."""

    def __init__(self, message: str, preview: Preview | None = None) -> None:
        super().__init__(message)
        self.preview = preview


@dataclass(frozen=True)
class Formula:
    text: str


@dataclass
class RawSheet:
    title: str
    rows: Rows  # only lines with a cell present, ascending
    merges: list[Merge]


def cell_text(value: object) -> str:
    """A cell as text: a whole number without ".0", a date as written in Chinese (2022年6月30日), a text the
    export escaped ('=…) as it was before."""
    if value is None:
        return ""
    if isinstance(value, Formula):
        return value.text
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return f"{value.year}年{value.month}月{value.day}日"
    text = str(value).strip()
    return text[1:] if text.startswith("'") and safe_cell(text[1:]) != text[1:] else text


def is_formula(value: object) -> bool:
    """A formula cell, or a text that a spreadsheet would run as one (= + @ first; a "-" alone is a blank mark).

    A text the export escaped with a quote mark is not one: it comes back as it was."""
    return isinstance(value, Formula) or (
        isinstance(value, str) and value.lstrip().startswith(_FORMULA_START)
    )


def formula_refusal(column: str, value: object) -> str:
    """The error of a cell that `is_formula`, naming its column and what it holds."""
    return _("“%(column)s”含公式或以 = + @ 开头的内容，已拒绝：%(value)s") % {
        "column": column,
        "value": cell_text(value)[:40],
    }


def header_key(text: object) -> str:
    """A header as compared: normalised, without a required-mark * or a trailing remark in brackets."""
    return _HEADER_NOISE.sub("", normalize_name(str(text or ""))).lower()


def fill_merged(rows: Rows, header_line: int, merges: Iterable[Merge]) -> None:
    """Below the header each cell of a merged range reads as its top-left value (rows blank but for it stay out)."""
    by_line = dict(rows)
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


def read_xlsx(data: bytes) -> list[RawSheet]:
    """Every sheet's present cells (formulas as `Formula`) and merged ranges; SpreadsheetError if unreadable."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise SpreadsheetError(too_large=True)
        workbook = load_workbook(io.BytesIO(data), data_only=False)
    except SpreadsheetError:
        raise
    except Exception as error:  # a damaged or foreign file fails in many ways inside the reader
        raise SpreadsheetError() from error
    sheets = []
    for worksheet in workbook.worksheets:
        # Only the cells present in the file: a styled cell far below the data must not make the reader create
        # a million empty ones.
        present: dict[int, dict[int, object]] = {}
        for (row, column), cell in worksheet._cells.items():
            if column > MAX_COLUMNS or cell.value is None:
                continue
            value: object = Formula(str(cell.value)) if cell.data_type == "f" else cell.value
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
        sheets.append(RawSheet(worksheet.title, rows, merges))
    return sheets
