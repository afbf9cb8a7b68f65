"""The vocabulary of task tables: the columns a header cell names (责任单位, 完成时限…), which cells name units, and
the area headings that stand between rows (一、推行绿色设计)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from functools import lru_cache


class Column(StrEnum):
    NUMBER = "number"
    AREA = "area"
    TASK = "task"
    DEADLINE = "deadline"
    LEAD = "lead"
    CO = "co"
    DEPARTMENTS = "departments"  # 责任单位: the first listed leads
    OTHER = "other"  # people, remarks, progress: read, never taken for departments


# Checked in order: people columns (责任领导, 牵头市领导) before the unit columns whose words they share.
_COLUMN_NAMES: tuple[tuple[Column, re.Pattern[str]], ...] = (
    (
        Column.OTHER,
        re.compile(
            r"领导|责任人|联系人|备注|完成情况|进展|成效|成果形式|目标值|指标值|指标要求|分值"
            r"|评分|考评|^单位$|计量单位"  # who scores the work, and the unit a target is measured in
            r"|地点|路段|点位|位置|地址|金额|万元|投资$|比例|频次|数量"  # where the work is done, its cost, how much
            r"|推进情况|序时|是否|完成率|状态|评价|督查意见|说明|依据|边界"  # progress and remarks in a ledger
            r"|方式|步骤|情景|场景"  # how the work is checked or done (监督方式, 实施步骤, 情景构建)
            r"|预期效果|属性"  # what an indicator should reach, and its kind (预期性, 约束性)
            r"|情况$|状况$"  # 落实情况, 执行情况, 完成状况: what has been done
        ),
    ),
    (Column.NUMBER, re.compile(r"^(?:序号|编号|序|号|项次)$")),
    (Column.DEADLINE, re.compile(r"时限|时间|节点|期限|进度安排|年限")),
    (Column.LEAD, re.compile(r"牵头|主办|主责")),
    (Column.CO, re.compile(r"配合|协办|参与|协同")),
    (
        Column.DEPARTMENTS,
        # 任务清单 | 责任清单 | 时限清单: the list of who answers for each task
        re.compile(
            r"责任单位|责任部门|责任主体|实施主体|承办单位|处室|科室|股室|单位$|部门$|^责任清单$|^责任(?:街镇|镇街|乡镇)"
        ),
    ),
    (Column.AREA, re.compile(r"领域|类别|板块|方向|方面|类型|^分类$|^[一二三]级指标$")),
    (
        Column.TASK,
        # 职责分工, 部门职责: each unit's duties, as a ledger of duties gives them
        re.compile(r"任务|工作|内容|措施|事项|要点|举措|目标|实事|项目|名称|整治|要求|细化|问题|科目|职责"),
    ),
)
MAX_HEADER_CELL = 12
_NOTE = re.compile(r"[(（][^()（）]*[)）]$")
_GAP = re.compile(r"\S(?:\t|[ \u3000]{2,}|\s*[|｜]\s*)\S")


@lru_cache(maxsize=1024)  # header cells are the same few words in every document
def column_of(header: str) -> Column | None:
    """The column a header cell names, or None when it names none."""
    words = "".join(header.split())  # the length test first: it rules out prose faster than _GAP's scan
    if len(words) > MAX_HEADER_CELL and words.endswith((")", "）")):
        words = _NOTE.sub("", words)  # 重点工作任务(民生实事项目): the note in brackets names nothing more
    if not words or len(words) > MAX_HEADER_CELL:
        return None
    if _GAP.search(header) and len(words) != len(header.split()):
        return None  # several cells set apart on one line, not one header cell spelled out (目  标  任  务)
    for column, pattern in _COLUMN_NAMES:
        if pattern.search(words):
            return column
    return None


def header_columns(cells: Sequence[str]) -> tuple[Column | None, ...] | None:
    """Columns of a header row, or None when the row is not the header of a task table."""
    columns = tuple(column_of(cell) for cell in cells)
    if Column.TASK not in columns:  # 考核指标 names the work only where no column names it otherwise
        columns = tuple(
            Column.TASK if column is None and _INDICATOR.search(cell) else column
            for cell, column in zip(cells, columns, strict=True)
        )
    named = [column for column in columns if column is not None]
    if Column.TASK not in named or len(named) < 2:
        return None
    if not {Column.DEADLINE, Column.LEAD, Column.DEPARTMENTS} & set(named):
        return None
    if sum(1 for cell in cells if cell.strip()) - len(named) > max(1, len(named) // 2):
        return None  # a sentence that happens to use the words, not a header
    return columns


_INDICATOR = re.compile(r"^考核指标$|^指标名称$")


AREA_LINE = re.compile(r"^[一二三四五六七八九十]+[、.．]|^[（(][一二三四五六七八九十]+[）)]")
UNIT_COLUMNS = frozenset((Column.LEAD, Column.DEPARTMENTS, Column.CO))  # the columns that name units
