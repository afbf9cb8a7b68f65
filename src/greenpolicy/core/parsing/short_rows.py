"""Where the cells of a table row short of cells belong.

Merged cells leave a flattened row fewer cells than its header: a group cell spanning rows on the left (工作任务 |
细化分工: the group written only on its first row), a units' cell spanning rows on the right, an empty remark at the
end. Each cell is set, in order, in the column it reads as: a row number under 序号, a date or 长期推进 under 完成时限,
units under 责任单位, words anywhere but there; of equally good places, the gaps go to the left, where merged cells
usually stand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum, auto
from functools import lru_cache

from greenpolicy.core.deadlines import parse_deadline
from greenpolicy.core.model import DeadlineKind
from greenpolicy.core.parsing.assignments import parse_assignment
from greenpolicy.core.parsing.columns import UNIT_COLUMNS, Column


class _Reads(Enum):
    NUMBER = auto()
    DEADLINE = auto()
    UNITS = auto()
    WORDS = auto()
    # words that say what is to be done: a task's cell more likely than a group's or a remark's
    SENTENCE = auto()
    OTHER = auto()


_MAX_DEADLINE_CELL = 40
_SENTENCE_LENGTH = 10  # 建成启用区级老年活动中心 says what is to be done; 文化产业, 索引号: do not


def placed(cells: Sequence[str], columns: Sequence[Column | None]) -> tuple[str, ...]:
    """The row with its cells set in the columns they read as, empty cells where the row has none."""
    reads = [_reads(cell) for cell in cells]
    width, count = len(columns), len(cells)
    # Of two task columns (项目名称 | 项目内容) the last says what is to be done: a sentence fits it best.
    task = max((at for at, column in enumerate(columns) if column is Column.TASK), default=-1)
    fit = [[_fit(read, column) + (read is _Reads.SENTENCE and at == task) for at, column in enumerate(columns)]
           for read in reads]  # fmt: skip
    # best[i][j]: the best score of the first i cells set among the first j columns; None where they do not fit.
    best: list[list[int | None]] = [[0 if i == 0 else None] * (width + 1) for i in range(count + 1)]
    for i in range(1, count + 1):
        for j in range(i, width + 1):
            skip = best[i][j - 1]
            before = best[i - 1][j - 1]
            place = None if before is None else before + fit[i - 1][j - 1]
            best[i][j] = place if skip is None or (place is not None and place >= skip) else skip
    row = [""] * width
    i, j = count, width
    while i:
        before = best[i - 1][j - 1]
        if before is not None and best[i][j] == before + fit[i - 1][j - 1]:
            row[j - 1] = cells[i - 1]
            i -= 1
        j -= 1
    return tuple(row)


def _fit(reads: _Reads, column: Column | None) -> int:
    """How well a cell that reads so fits a column: + where it belongs, − where it cannot."""
    if column is Column.NUMBER:
        return 3 if reads is _Reads.NUMBER else -3
    if column is Column.DEADLINE:
        return 2 if reads is _Reads.DEADLINE else -2 if reads is _Reads.UNITS else -1
    # Units alone in a row are its lead's or responsible units, not the co-operating ones.
    if column in UNIT_COLUMNS:
        if reads is _Reads.UNITS:
            return 1 if column is Column.CO else 2
        return -2 if reads in (_Reads.DEADLINE, _Reads.NUMBER) else -1
    if column in (Column.TASK, Column.AREA):  # words fit here no better than in a progress column
        return 0 if reads in (_Reads.WORDS, _Reads.SENTENCE) else -1
    return 0


def reads_as_deadline(cell: str) -> bool:
    """Whether a table cell reads as a deadline (2023年12月底, 长期推进), not as work done within one (全年组织开展
    文化下乡等惠民演出不少于100场。)."""
    text = cell.strip()
    return (
        len(text) <= _MAX_DEADLINE_CELL
        and not text.endswith("。")
        and parse_deadline(text, issued_on=None).kind is not DeadlineKind.NONE
    )


def starts_a_cell(before: str, line: str) -> bool:
    """Whether a line after `before` reads as a cell of its own, not as the rest of a cell broken over lines: the
    first is a row number, or the second a number, units or a deadline (dated, or after units) where the first is
    none of the same (持续 / 推进 is one cell's words)."""
    first, second = _reads(before), _reads(line)
    if first is _Reads.NUMBER or second is first:
        return first is _Reads.NUMBER
    return second in (_Reads.NUMBER, _Reads.UNITS) or (
        second is _Reads.DEADLINE
        and (first is _Reads.UNITS or any(character.isdecimal() for character in line))
    )


def reads_as_units(cell: str) -> bool:
    """Whether a table cell reads as the names of units (县教育局, 市公路处、各辖市(区)公路管理部门)."""
    return _reads(cell) is _Reads.UNITS


@lru_cache(maxsize=4096)  # a ledger repeats its deadlines and units row after row
def _reads(cell: str) -> _Reads:
    text = cell.strip()
    if text.isdecimal() and len(text) <= 3:
        return _Reads.NUMBER
    sentence = "。" in text or len(text) >= _SENTENCE_LENGTH
    if reads_as_deadline(text):
        return _Reads.DEADLINE
    if text and parse_assignment(text) is not None:
        return _Reads.UNITS
    if _STATUS.match(text):  # 已完工, 正在推进: how the work stands, never the work
        return _Reads.OTHER
    if any("\u4e00" <= character <= "\u9fff" for character in text):
        return _Reads.SENTENCE if sentence else _Reads.WORDS
    return _Reads.OTHER


_STATUS = re.compile(r"^(?:已|未|正在|尚未)(?:完工|完成|开工|启动|推进|实施|办结|竣工|建成|投用|投运)$")
