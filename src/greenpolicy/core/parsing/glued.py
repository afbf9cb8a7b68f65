"""Task tables that a page glued into one run of text, every separator lost (document-sharing sites, newspaper
pages): 序号工作任务责任单位21树立婚育新风。…省委宣传部、省民政厅牵头;…配合22根据…. A row is its number, its
work up to its last full stop, and the units after it, which end where the next row's number starts."""

from __future__ import annotations

import re

from greenpolicy.core.parsing.assignments import parse_assignment
from greenpolicy.core.parsing.columns import Column, column_of
from greenpolicy.core.parsing.short_rows import reads_as_deadline
from greenpolicy.core.reading.blocks import Table

# 序号, the header's other names run together, then the first row's number.
_HEADER = re.compile(r"序号(?P<names>[\u4e00-\u9fff]{4,30}?)(?P<first>\d{1,3})(?=[\u4e00-\u9fff“《(（])")
_UNIT_WORDS = ("责任单位", "牵头单位", "责任部门", "牵头部门")
_DEADLINE_WORDS = ("完成时限", "完成时间", "完成期限", "时间节点")
_PEOPLE_WORDS = ("领导", "责任人", "联系人")
_MIN_ROWS = 2


def glued_table(text: str, line: int) -> tuple[str, Table] | None:
    """The text before a glued task table, and the table; None when the text holds none."""
    header = _HEADER.search(text) if "序号" in text else None
    if header is None or not any(word in header["names"] for word in _UNIT_WORDS):
        return None
    if any(word in header["names"] for word in _PEOPLE_WORDS):
        return None  # a leader's name glued to the units (何海平教育局…) cannot be told from them
    if column_of(header["names"][:4]) is not Column.TASK and "任务" not in header["names"]:
        return None
    has_deadline = any(word in header["names"] for word in _DEADLINE_WORDS)
    rows = _rows(text, header.start("first"), int(header["first"]), has_deadline=has_deadline)
    if len(rows) < _MIN_ROWS:
        return None
    names = ("序号", "工作任务", "责任单位", *(("完成时限",) if has_deadline else ()))
    return text[: header.start()].strip(), Table((names, *rows), line)


def _rows(text: str, start: int, number: int, *, has_deadline: bool) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    at = start + len(str(number))
    while (following := _next_row(text, at, number + 1, has_deadline=has_deadline)) is not None:
        following_at, cells = following
        rows.append((str(number), *cells))
        number += 1
        at = following_at + len(str(number))
    last = text[at:]  # the page may stop in it: its cells as far as they read
    rows.append((str(number), *(_cells(last, has_deadline=has_deadline) or (last.strip(),))))
    return rows


def _next_row(
    text: str, start: int, number: int, *, has_deadline: bool
) -> tuple[int, tuple[str, ...]] | None:
    """Where the row numbered `number` starts, and the cells of the row before it: its number comes after a row
    whose cells read whole."""
    mark = str(number)
    at = text.find(mark, start)
    while at >= 0:
        after = text[at + len(mark) : at + len(mark) + 1]
        cells = None if after.isdecimal() else _cells(text[start:at], has_deadline=has_deadline)
        if cells is not None:
            return at, cells
        at = text.find(mark, at + 1)
    return None


def _cells(row: str, *, has_deadline: bool) -> tuple[str, ...] | None:
    """A glued row's work and units (and deadline): the units after the work's last full stop."""
    stop = row.rfind("。")
    if stop < 0:
        return None
    work, rest = row[: stop + 1].strip(), row[stop + 1 :].strip()
    deadline = ""
    if has_deadline:
        cut = next((at for at in range(len(rest)) if reads_as_deadline(rest[at:])), None)
        if cut is not None:
            rest, deadline = rest[:cut], rest[cut:]
    assignment = parse_assignment(rest, marked=True) if rest else None
    if (
        assignment is None
        or not assignment.departments
        or assignment.departments[0][0] in assignment.doubtful
    ):
        return None  # the work's last sentence went on, not a list of units led by one
    return (work, rest, deadline) if has_deadline else (work, rest)
