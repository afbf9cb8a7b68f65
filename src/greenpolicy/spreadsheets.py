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

from openpyxl import load_workbook

from greenpolicy.core.departments import normalize_name
from greenpolicy.core.rendering.xlsx import safe_cell

MAX_UNPACKED_BYTES = (
    20 * 1024 * 1024
)  # an xlsx is a zip: refuse one that unpacks into far more than it weighs
MAX_COLUMNS = 64
_HEADER_NOISE = re.compile(r"[*＊]|[（(][^）)]*[）)]$")

Merge = tuple[int, int, int, int]  # first row, first column, last row, last column (1-based)
Rows = list[tuple[int, list[object]]]  # (line, values)


class SpreadsheetError(ValueError):
    """The file cannot be read as a workbook; `too_large` when it unpacks into far more than it weighs."""

    def __init__(self, *, too_large: bool = False) -> None:
        super().__init__("unpacks too large" if too_large else "unreadable")
        self.too_large = too_large


@dataclass(frozen=True)
class Formula:
    text: str


@dataclass
class RawSheet:
    title: str
    rows: Rows  # only lines with a cell present, ascending
    merges: list[Merge]


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Formula):
        return value.text
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def is_formula(value: object) -> bool:
    """A formula cell, or a text a spreadsheet would run as one (the export's guard would have escaped it)."""
    text = cell_text(value)
    return isinstance(value, Formula) or safe_cell(text) != text


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
