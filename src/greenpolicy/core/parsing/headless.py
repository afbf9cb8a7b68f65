"""Task tables whose header the page lost: numbered rows of cells set apart by bars (1 | 完成27所学校… | 县教育局 |
已安装… |), whose columns are told by what their cells hold: the row number, the work, the units, the deadline."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from greenpolicy.core.parsing.assignments import parse_assignment
from greenpolicy.core.parsing.short_rows import reads_as_deadline
from greenpolicy.core.reading.blocks import Block, Paragraph, Table, text_at

FIRST_ROW = re.compile(r"^\s*[|｜]?\s*1\s*[|｜]")
_BAR = re.compile(r"\s*[|｜]\s*")
_MIN_ROWS = 2
_MIN_CELLS = 3
_TASK_LENGTH = 8  # a cell that says what is to be done is longer than a name or a figure
# Header words that name each column as the task-table reader knows them.
_NUMBER, _TASK, _UNITS, _DEADLINE, _OTHER = "序号", "工作任务", "责任单位", "完成时限", "备注"


def headless_table(blocks: Sequence[Block], start: int) -> tuple[Table, int] | None:
    """The table that numbered bar-separated rows from `start` make, with a header named after what its columns
    hold, and where it ends; None unless the rows hold both work and units."""
    rows: list[tuple[str, ...]] = []
    index = start
    while index < len(blocks) and isinstance(blocks[index], Paragraph):
        text = text_at(blocks, index).strip()
        if text.strip("|｜ "):
            cells = tuple(_BAR.split(text.strip("|｜ ")))
            if len(cells) < _MIN_CELLS or cells[0] != str(len(rows) + 1):
                break
            rows.append(cells)
        index += 1
    if len(rows) < _MIN_ROWS:
        return None
    header = _header(rows)
    if header is None:
        return None
    line = blocks[start].line if isinstance(blocks[start], Paragraph) else 0
    return Table((header, *rows), line), index


def _header(rows: Sequence[tuple[str, ...]]) -> tuple[str, ...] | None:
    width = Counter(map(len, rows)).most_common(1)[0][0]
    names = [_NUMBER]
    for column in range(1, width):
        cells = [row[column] for row in rows if column < len(row) and row[column]]
        names.append(_name(cells, taken=names))
    return tuple(names) if _TASK in names and _UNITS in names else None


def _name(cells: Sequence[str], *, taken: Sequence[str]) -> str:
    """What a column's cells mostly read as, each name given once: the first long text is the work."""
    if not cells:
        return _OTHER
    majority = len(cells) // 2 + 1
    if _UNITS not in taken and sum(1 for cell in cells if parse_assignment(cell) is not None) >= majority:
        return _UNITS
    if _DEADLINE not in taken and sum(map(reads_as_deadline, cells)) >= majority:
        return _DEADLINE
    if (
        _TASK not in taken
        and _UNITS not in taken
        and sum(len(cell) for cell in cells) / len(cells) >= _TASK_LENGTH
    ):
        return _TASK
    return _OTHER
