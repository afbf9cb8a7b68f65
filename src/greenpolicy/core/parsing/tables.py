"""Task tables: find their header among a real table's rows, and rebuild tables that plain text has flattened.

Flattened layouts seen in real documents, one row a line: cells split by tabs, pipes or runs of spaces (a row that
ends in a bar may run over two lines, or lose a merged cell on its left); split by single spaces under a header
spelled out letter by letter ("序号 工 作 任 务 牵头负责部门", web pages). Tables set one cell a line, and rows
written as records, are read by `cell_lines`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from greenpolicy.core.parsing.assignments import parse_assignment
from greenpolicy.core.parsing.cell_lines import cell_per_line, record_per_line
from greenpolicy.core.parsing.columns import (
    AREA_LINE,
    MAX_HEADER_CELL,
    UNIT_COLUMNS,
    Column,
    column_of,
    header_columns,
)
from greenpolicy.core.parsing.endings import names_before_cut
from greenpolicy.core.parsing.glued import glued_table
from greenpolicy.core.parsing.headless import FIRST_ROW, headless_table
from greenpolicy.core.parsing.short_rows import placed, reads_as_deadline, reads_as_units, starts_a_cell
from greenpolicy.core.reading.blocks import Block, Paragraph, Table, next_text, text_at

_CELL_SPLIT = re.compile(r"\t+|[ \u3000]*[|｜][ \u3000]*|[ \u3000]{2,}")
_CELL_MARK = re.compile(r"[\t|｜ \u3000]")  # a one-class pattern is scanned fast; _CELL_SPLIT is not
# Row-per-line separators, tried in order on the header line: a tab or a pipe separates every cell, empty ones too.
_TAB = re.compile(r"\t")
_SEPARATORS = (_TAB, re.compile(r"[ \u3000]*[|｜][ \u3000]*"), re.compile(r"[ \u3000]{2,}"))
_RULE_ROW = re.compile(r"^[\s|｜:：\-—=+]*$")


@dataclass(frozen=True, slots=True)
class TaskTable:
    """A task table: its header's columns and its rows, the last one cut short when the document ends inside it."""

    columns: tuple[Column | None, ...]
    rows: tuple[tuple[str, ...], ...]
    line: int
    ends_document: bool = False


def read_task_table(table: Table, *, ends_document: bool = False) -> TaskTable | None:
    """Find the header row of a real table (within its first rows) and keep the rows below it."""
    for index, row in enumerate(table.rows[:3]):
        columns = header_columns(row)
        if columns is None:
            continue
        body = index + 1
        # A two-row header: 责任单位 over 牵头单位 | 配合单位. The lower row names the columns more precisely.
        while body < len(table.rows) and (lower := _lower_header(table.rows[body])) is not None:
            columns = _headers_merged(columns, lower)
            body += 1
        return TaskTable(_named_work_headed(row, columns), table.rows[body:], table.line, ends_document)
    return None


def _lower_header(row: Sequence[str]) -> tuple[Column | None, ...] | None:
    """The columns a header's second row names: a header of its own, or the unit columns a cell above spans
    (| | 牵头单位 | 配合单位 |: no number, no work, units' columns alone). A row numbering its cells (一、… | 3.… |
    办公室牵头,各科室配合) is the first of the body, whatever words it uses."""
    if any(AREA_LINE.match(cell) or _ITEM_START.match(cell) for cell in row):
        return None
    if (columns := header_columns(row)) is not None:
        return columns
    named = [column_of(cell) for cell in row if cell.strip()]
    if (
        row[0].strip()
        or len(named) < _SPANNED_UNIT_COLUMNS
        or not all(column in UNIT_COLUMNS for column in named)
    ):
        return None
    return tuple(column_of(cell) if cell.strip() else None for cell in row)


_SPANNED_UNIT_COLUMNS = 2


def _headers_merged(
    upper: tuple[Column | None, ...], lower: tuple[Column | None, ...]
) -> tuple[Column | None, ...]:
    """The columns of a two-row header. Where the upper row left no empty cells for the columns a cell spans (序号 |
    工作任务 | 责任单位 | 完成时限 over | | 牵头单位 | 配合单位 |), the spanning units' column is replaced by them."""
    named = [(at, column) for at, column in enumerate(lower) if column is not None]
    spanning = upper.index(Column.DEPARTMENTS) if Column.DEPARTMENTS in upper else -1
    if (
        spanning < 0
        or not all(column in UNIT_COLUMNS for _, column in named)  # a header row of its own
        or all(at < len(upper) and upper[at] in (Column.DEPARTMENTS, None) for at, _ in named)
    ):
        return tuple(below or above for above, below in zip(upper, lower, strict=False))
    return (*upper[:spanning], *(column for _, column in named), *upper[spanning + 1 :])


def _named_work_headed(
    header: Sequence[str], columns: tuple[Column | None, ...]
) -> tuple[Column | None, ...]:
    """The columns with a column that names each item (项目名称, 事项名称) read as its heading where the next says
    what is to be done (建设内容, 项目内容, 具体措施): the work is the task, its name the heading it stands under."""
    tasks = [at for at, column in enumerate(columns) if column is Column.TASK]
    for name, work in pairwise(tasks):
        if _NAME_HEADER.search(header[name]) and _WORK_HEADER.search(header[work]):
            return (*columns[:name], Column.AREA, *columns[name + 1 :])
    return columns


_NAME_HEADER = re.compile(r"名称$|^(?:任务|事项)目录$")
_WORK_HEADER = re.compile(r"内容|措施|举措|具体|规模")


def rebuild_flattened_tables(blocks: Sequence[Block]) -> list[Block]:
    """Replace runs of text lines that hold a flattened task table by a Table block."""
    blocks = _bar_lines_folded(_wrapped_cells_joined(_leading_bars_folded(_trailing_headers_apart(blocks))))
    result: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if not isinstance(block, Paragraph):
            result.append(block)
            index += 1
            continue
        text = block.text
        found = _table_at(blocks, index) if _maybe_header(text) else None
        if found is None and "1" in text.lstrip()[:_ROW_START] and FIRST_ROW.match(text):
            found = headless_table(blocks, index)
        if found is not None:
            table, index = found
            result.append(table)
            continue
        # 序号工作任务责任单位21树立婚育新风。…牵头;…配合22根据…: a header and two rows run together
        glued = glued_table(text, block.line) if "序号" in text and len(text) >= _GLUED_ROWS else None
        if glued is None:
            result.append(block)
        else:
            before, table = glued
            result.extend((Paragraph(before, block.line), table) if before else (table,))
        index += 1
    return result


_GLUED_ROWS = 100


_ROW_START = 4  # where a headerless table's first row number stands: 1 |, | 1 |


def _trailing_headers_apart(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks with a spaced header that ends a long line (…附件:任务分解表 序号 名称 工作任务 牵头责任单位, a
    page that runs its paragraphs together) set on a line of its own."""
    apart: list[Block] | None = None
    for index, block in enumerate(blocks):
        if not isinstance(block, Paragraph) or len(block.text) < _LONG_LINE:
            continue
        at = block.text.rfind(" 序号 ", len(block.text) - _TRAILING_HEADER)
        pieces = (
            [block.text[:at], block.text[at + 1 :]]
            if at >= 0 and _spaced_header(block.text[at + 1 :].strip()) is not None
            else _one_line_table(block.text)
        )
        if pieces is None:
            continue
        if apart is None:
            apart = list(blocks[:index])
        apart.extend(Paragraph(piece, block.line) for piece in pieces if piece)
        apart.extend(blocks[index + 1 :])
        return _trailing_headers_apart(apart)
    return blocks


def _one_line_table(text: str) -> list[str] | None:
    """A line that runs a whole table together, one space between cells (…任务分解表 序号 工 作 内 容 责任部门 完成时限
    一、… 1 推进… 各级…办公室 全年 2 出台…): the text before it, its header, then a line for each area heading and
    each row, the rows told by their numbers counting up from 1. A figure inside a cell may read as the next number
    (完成 2 项): of several, the row's is the last before the number after it."""
    at = text.find(" 序号 ")
    if at < 0:
        return None
    first = _FIRST_ROW_OR_AREA.search(text, at + 1)
    if first is None or _spaced_header(text[at + 1 : first.start()].strip()) is None:
        return None
    marks = [
        (cut.start(), int(cut["number"]) if cut["number"] else None)
        for cut in _ROW_OR_AREA.finditer(text, first.start())
    ]
    cuts, number = [], 1
    for index, (position, mark) in enumerate(marks):
        if mark is None:
            cuts.append(position)
            continue
        if mark != number:
            continue
        later = [other for _, other in marks[index + 1 :]]
        bound = later.index(number + 1) if number + 1 in later else 0
        if number not in later[:bound]:
            cuts.append(position)
            number += 1
    if number <= _ONE_LINE_ROWS:
        return None
    bounds = [*cuts, len(text)]
    return [
        text[:at],
        text[at + 1 : first.start()],
        *(text[start:end].strip() for start, end in pairwise(bounds)),
    ]


_ROW_OR_AREA = re.compile(r" (?:(?P<number>\d{1,3}) |[一二三四五六七八九十]{1,3}、)")
_FIRST_ROW_OR_AREA = re.compile(r" (?:1 |一、)")
_ONE_LINE_ROWS = 2  # two rows at least


_LONG_LINE = 200


def _bar_lines(blocks: Sequence[Block]) -> list[int]:
    """Where the lines that hold only a bar stand."""
    return [
        index
        for index, block in enumerate(blocks)
        if isinstance(block, Paragraph) and len(block.text) < _BAR_LINE and block.text.strip() in _BARS
    ]


def _wrapped_cells_joined(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks with each cell of a table set one cell a line, a bar line closing each (任务名称 / | / 完成时间节点
    / |), joined into one line where the page broke it over several (完成2022年度 / 乡村振兴示范村建设 / |), or wrote
    its units one a line (市医保局 / 市卫生健康委 / 市公安局等 / |: a list). Such a table is told by its runs of bar
    lines, most of them a single line apart."""
    bars = _bar_lines(blocks)
    if len(bars) < _MIN_BAR_CELLS:
        return blocks
    chunks = [_cell_lines(blocks, before, after) for before, after in pairwise(bars)]
    cells = [chunk for chunk in chunks if chunk is not None]
    broken = [chunk for chunk in cells if len(chunk) > 1]
    if len(broken) * 2 > len(cells):
        return blocks  # rows between bars (1 | … | … | / | / 2 | …)
    lists = [chunk for chunk in broken if all(reads_as_units(text_at(blocks, index)) for index in chunk)]
    if len(broken) * _BROKEN_SHARE < len(cells):
        broken = lists  # a bar or two lost rather than cells broken: only the unit lists are cells
    listed = {chunk[0] for chunk in lists}
    joined = list(blocks)
    for chunk in reversed(broken):
        first = blocks[chunk[0]]
        pieces = [text_at(blocks, index).strip() for index in chunk]
        text = ("、" if chunk[0] in listed else "").join(pieces)
        joined[chunk[0] : chunk[-1] + 1] = [
            Paragraph(text, first.line if isinstance(first, Paragraph) else 0)
        ]
    return joined


def _leading_bars_folded(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks of a table whose cells each open with a bar, a lone bar ending each row (序号 / | 项目内容 / | 责任单位
    / | / 7 / | 污水处理厂和 / 管网工程建设 / | 市建设局 / 镇江新区管委会 / |): a line a row, its cells closed by
    bars, a cell's lines joined (units one a line as a list)."""
    opening = [
        block.text
        for block in blocks
        if isinstance(block, Paragraph) and block.text.startswith(_OPENING_BARS)
    ]
    if len(opening) < _MIN_BAR_CELLS:  # most documents: no such lines
        return blocks
    # | 1 | 推动… | 市旅游局 |: a row a line already
    whole = sum(1 for text in opening if _BAR.search(text.rstrip(), 1))
    lone = sum(1 for block in blocks if isinstance(block, Paragraph) and block.text.strip() in _BARS)
    if whole * _FOLDED_SHARE > len(opening) or lone < _MIN_ROW_ENDS:
        return blocks
    folded: list[Block] = []
    row: list[str] = []
    line = 0
    for index, block in enumerate(blocks):
        if not isinstance(block, Paragraph) or not (text := block.text.strip()):
            if not row:
                folded.append(block)
            continue
        if text in _BARS and row:  # the row ends
            folded.append(Paragraph(" | ".join(row) + " |", line))
            row = []
        elif block.text.startswith(_OPENING_BARS) and row:
            row.append(text.lstrip("|｜ "))
        elif row:  # the cell goes on: 污水处理厂和 / 管网工程建设, or units one a line
            joint = "、" if reads_as_units(row[-1]) and reads_as_units(text) else ""
            row[-1] += joint + text
        elif _opens_cells(blocks, index):  # a row's first cell (序号, 7), its next line a bar's cell
            row, line = [text.lstrip("|｜ ")], block.line
        else:
            folded.append(block)
    if row:
        folded.append(Paragraph(" | ".join(row), line))
    return folded


def _opens_cells(blocks: Sequence[Block], index: int) -> bool:
    """Whether the line at `index` starts a row of bar-opened cells: itself one, or the next line that holds text."""
    if text_at(blocks, index).startswith(_OPENING_BARS):
        return True
    following = next(
        (text_at(blocks, at) for at in range(index + 1, len(blocks)) if text_at(blocks, at).strip()), ""
    )
    return following.startswith(_OPENING_BARS)


_OPENING_BARS = ("| ", "｜ ", "|\u3000")
_MIN_ROW_ENDS = 2


def _bar_lines_folded(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks of a table set one cell a line, a bar line closing each cell and another opening each row (| /
    工作任务 / | / 具体内容 / | / | / 推进政策公开 / |), with each cell and its bar on one line and an empty line
    for each row's opening bar: a table of bar-closed cells, its rows set apart, as `cell_lines` reads one."""
    bars = _bar_lines(blocks)
    if len(bars) < _MIN_BAR_CELLS:
        return blocks
    spans = [_cell_lines(blocks, before, after) or [] for before, after in pairwise(bars)]
    openings = sum(1 for span in spans if not span)
    cells = sum(1 for span in spans if len(span) == 1)
    if not openings or (openings + cells) * (_FOLDED_SHARE + 1) < len(spans) * _FOLDED_SHARE:
        return blocks
    folded: list[Block] = []
    bar_lines = set(bars)
    for index, block in enumerate(blocks):
        if index not in bar_lines:
            folded.append(block)
            continue
        last = next((at for at in range(len(folded) - 1, -1, -1) if text_at(folded, at).strip()), -1)
        cell = folded[last] if last >= 0 else None
        if isinstance(cell, Paragraph) and cell.text.strip() not in _BARS and not cell.text.endswith(_BARS):
            folded[last] = Paragraph(f"{cell.text.rstrip()} |", cell.line)
        else:  # a row's opening bar
            folded.append(Paragraph("", block.line if isinstance(block, Paragraph) else 0))
    return folded


_FOLDED_SHARE = 9  # nine in ten spans between bar lines a cell or a row's opening


def _cell_lines(blocks: Sequence[Block], before: int, after: int) -> list[int] | None:
    """The non-empty lines between two bar lines, when they may be one cell: a few lines of text, none with a bar."""
    lines = [index for index in range(before + 1, after) if text_at(blocks, index).strip()]
    if not lines or len(lines) > _MAX_CELL_LINES:
        return None
    if any(
        not isinstance(blocks[index], Paragraph) or _BAR.search(text_at(blocks, index)) for index in lines
    ):
        return None
    texts = [text_at(blocks, index).strip() for index in lines]
    if any(starts_a_cell(before, after) for before, after in pairwise(texts)):
        return None  # two cells, the bar between them lost
    return lines


_BARS = ("|", "｜")
_BAR = re.compile(r"[|｜]")
_BAR_LINE = 8  # a bar line is a bar, perhaps with spaces
_MIN_BAR_CELLS = 6
_MAX_CELL_LINES = 8
_BROKEN_SHARE = 8  # a table whose cells the page broke breaks one in eight at least
_TRAILING_HEADER = 60


_HEADER_HINT = re.compile(  # (a units' column may come first: 相关部门 / 职责分工)
    r"任务|工作|事项|措施|内容|要求|序号|项目|名称|整治|领导|目标|领域|科目|分类|级指标|^\S{0,4}(?:部门|单位)$"
)


def _maybe_header(text: str) -> bool:
    # a header cell may be spelled out letter by letter: 具 体 要 求
    return len(text) < 200 and _HEADER_HINT.search("".join(text.split()) if " " in text else text) is not None


def _table_at(blocks: Sequence[Block], start: int) -> tuple[Table, int] | None:
    first = blocks[start]
    if not isinstance(first, Paragraph):
        return None
    stripped = first.text.strip()
    # Every cell separator holds one of _CELL_MARK's characters; without one the line is a single cell.
    cells = (
        [cell for cell in _CELL_SPLIT.split(stripped) if cell] if _CELL_MARK.search(stripped) else [stripped]
    )
    columns = header_columns(cells) if len(cells) >= 2 else None
    if columns is not None:
        separator = next(pattern for pattern in _SEPARATORS if pattern.search(stripped))
        wrapped = _header_wrapped(blocks, start, separator)
        if wrapped is not None:  # read as if the page had kept the header on one line
            columns = header_columns(_cells(wrapped.text, separator)) or columns
            table, end = _row_per_line(
                [*blocks[:start], wrapped, *blocks[start + 2 :]], start, separator, columns
            )
            return table, end + 1
        return _row_per_line(blocks, start, separator, columns)
    if len(cells) == 1 and " " in stripped:
        header = _spaced_header(stripped)
        if header is not None and next_text(blocks, start).isdecimal():
            # 序号 涉及部门 职责分工 / 1 / 市教育局 / 负责…: the header on one line, the rows one cell a line
            apart = [*blocks[:start], *(Paragraph(cell, first.line) for cell in header), *blocks[start + 1 :]]
            found = cell_per_line(apart, start)
            if found is not None:
                return found[0], found[1] - len(header) + 1
        if header is not None:
            return _row_per_line_spaced(blocks, start, header)
    if len(stripped) <= MAX_HEADER_CELL + 1 or _LABEL_AHEAD.search(stripped, 0, MAX_HEADER_CELL + 2):
        # a label alone, or with its value after a bar or a colon
        return cell_per_line(blocks, start) or record_per_line(blocks, start)
    return cell_per_line(blocks, start)


_LABEL_AHEAD = re.compile(r"[|｜:：]")
_LEADING_EMPTY_CELL = re.compile(r"^\s*[|｜]?\s*[|｜]")


def _header_wrapped(blocks: Sequence[Block], start: int, separator: re.Pattern[str]) -> Paragraph | None:
    """The header line joined with the next, where the page wrapped the header's last cells onto it (序号 | 任务类别
    | … | 责任单位 | / 配合单位 | 推出时间 |): every cell of the next line names a column."""
    first, following = blocks[start], blocks[start + 1] if start + 1 < len(blocks) else None
    if not (isinstance(first, Paragraph) and isinstance(following, Paragraph) and _closed_row(blocks, start)):
        return None
    cells = _cells(following.text, separator)
    if not all(cells) or not all(map(column_of, cells)) or _LEADING_EMPTY_CELL.match(following.text):
        return (
            None  # | | 牵头单位 | 配合单位 |: a second header row under cells that span columns, not a wrap
        )
    return Paragraph(f"{first.text.rstrip()} {following.text.strip()}", first.line)


def _row_per_line(
    blocks: Sequence[Block], start: int, separator: re.Pattern[str], columns: tuple[Column | None, ...]
) -> tuple[Table, int]:
    areas = _areas_under_header(
        _cells(text_at(blocks, start), separator), _first_row(blocks, start, separator)
    )
    if areas is not None:
        columns = header_columns(areas) or columns
    task_column = columns.index(Column.TASK)
    rows: list[tuple[str, ...]] = []
    index = start
    closed = _closed_row(blocks, start)  # every row ends in a bar: one that does not goes on the next line
    while index < len(blocks):
        block = blocks[index]
        if not isinstance(block, Paragraph):
            break
        text = block.text.strip()
        if not text or _RULE_ROW.match(text):
            index += 1
            continue
        if closed and rows and not _closed_row(blocks, index) and _closed_row(blocks, index + 1):
            index += 1  # a cell broken over two lines (市国土资源局 / 市农牧林业局 | 2010年9月20日前 |)
            text = f"{text}\n{text_at(blocks, index).strip()}"
        cells = _cells(block.text if separator is _TAB else text, separator)
        if index == start and areas is not None:
            cells = areas
        if closed and rows and _row_opened_only(cells) and _closed_row(blocks, index + 1):
            # 1 | 一、群众诉求快响应 | / (一)问计问需于民 | 响应… |: a row the page broke after its number and area
            following = _cells(text_at(blocks, index + 1), separator)
            if following[0] and not following[0].isdecimal():
                index += 1
                cells = (*cells, *following)
        short = (
            closed
            and bool(rows)
            and (len(cells) >= 2 or _one_cell_of_a_row(text))
            and len(cells) < len(rows[0])
        )
        goes_on = short and _goes_on(blocks, index)  # walked once: it looks through the rest of the document
        if goes_on and _closed_row(blocks, index):
            rows.append(_short_row(cells, rows, columns))
        elif short and not goes_on:
            # the document stops in a row: its cells stand where those of the row above it start, or, when it
            # opens with an area heading, where the headings of its rank stand
            lead = _area_column(rows, cells[0])
            if lead is None:
                lead = next((at for at, cell in enumerate(rows[-1]) if cell), 0)
            rows.append(("",) * min(lead, len(rows[0]) - len(cells)) + cells)
        elif len(cells) >= 2:
            rows.append(cells)
        elif rows and _is_area_line(text):
            rows.append((text,))
        elif rows and _ITEM_START.match(text):  # a row whose other cells are missing: the document ends in it
            rows.append(("",) * _numbered_column(rows[-1], task_column) + (text,))
        else:
            break
        index += 1
    start_line = blocks[start].line if isinstance(blocks[start], Paragraph) else 0
    return Table(tuple(rows), start_line), index


def _row_opened_only(cells: Sequence[str]) -> bool:
    """Whether a row holds its number and area headings alone, the rest of its cells on the next line."""
    return len(cells) >= 2 and cells[0].isdecimal() and all(map(_is_area_line, cells[1:]))


def _one_cell_of_a_row(text: str) -> bool:
    """Whether a line is a row of one cell and empty ones, the others merged from the row above (新增学位810个 |
    |||||), not an area heading."""
    return _EMPTY_CELLS.search(text) is not None and not _is_area_line(text)


_EMPTY_CELLS = re.compile(r"[|｜]\s*[|｜]\s*[|｜]")


def _cells(text: str, separator: re.Pattern[str]) -> tuple[str, ...]:
    if separator is _TAB:  # keep empty leading tab cells
        return tuple(map(str.strip, text.split("\t")))
    return tuple(map(str.strip, separator.split(text.strip().strip("|｜ "))))


def _first_row(blocks: Sequence[Block], start: int, separator: re.Pattern[str]) -> tuple[str, ...]:
    following = next(
        (i for i in range(start + 1, min(start + 3, len(blocks))) if text_at(blocks, i).strip()), None
    )
    return _cells(text_at(blocks, following), separator) if following is not None else ()


def _areas_under_header(header: Sequence[str], row: Sequence[str]) -> tuple[str, ...] | None:
    """The header of a table whose first header cell spans the area columns (主要工作任务 over 一、… | （一）…),
    so that the first row, starting with its area headings, is wider than the header: an unheaded column for each
    heading, and a 序号 column when a bare number follows them (工作任务 | 具体要求 over 一、 | （一） | 1 | …)."""
    named = [cell for cell in header if cell]
    areas = 0
    while areas < len(row) - 1 and _is_area_line(row[areas]):
        areas += 1
    if not areas or len(row) <= len(named) or column_of(named[0]) is not Column.TASK:
        return None
    cells = [""] * areas
    if row[areas].isdecimal() and Column.NUMBER not in map(column_of, named):
        cells.append("序号")
    # the work's own column under the spanning cell (工作任务 | 具体要求), or the one header cell over them all
    cells += named[1:] if column_of(named[1]) is Column.TASK else named
    return tuple(cells) if len(cells) == len(row) else None


def _short_row(
    cells: tuple[str, ...], rows: Sequence[tuple[str, ...]], columns: tuple[Column | None, ...]
) -> tuple[str, ...]:
    """A row closed by a bar but short of cells, its cells set in the columns they read as (`short_rows`); when no
    cell names its units, the units' merged cell spans it, and they are those of the row above (… | 完成废弃坑塘
    治理村庄10个。 | 已完成 | |||). A row of one cell (新增学位810个 | |||||) is a further task of the row above."""
    if len(cells) == 1:
        task = columns.index(Column.TASK)
        row = tuple(cells[0] if at == task else "" for at in range(len(columns)))
    else:
        row = placed(cells, columns)
    units = [index for index, column in enumerate(columns) if column in UNIT_COLUMNS]
    if not units or any(row[index] for index in units):
        return row
    above = next((full for full in reversed(rows[1:]) if len(full) == len(columns)), None)
    if above is None:  # no full row under the header, above it, to span it
        return row
    return tuple(above[index] if index in units else cell for index, cell in enumerate(row))


def _numbered_column(row: Sequence[str], task_column: int) -> int:
    """The column whose cell numbers the row's item (具体要求 beside a column of area headings), else the task's."""
    return next((index for index, cell in enumerate(row) if _ITEM_START.match(cell)), task_column)


def _goes_on(blocks: Sequence[Block], index: int) -> bool:
    """Whether text follows the line at `index` (the document does not stop in it)."""
    # Walked by index, not over a slice: a slice would copy the rest of the document for every short row.
    return any(
        isinstance(blocks[i], Table) or text_at(blocks, i).strip() for i in range(index + 1, len(blocks))
    )


def _closed_row(blocks: Sequence[Block], index: int) -> bool:
    """Whether the line at `index` ends in a bar, as every row does in some flattened tables."""
    return text_at(blocks, index).rstrip().endswith(("|", "｜"))


def _spaced_header(text: str) -> tuple[str, ...] | None:
    """The cells of a header that one space sets apart, as web pages flatten tables
    ("序号 工 作 任 务 牵头负责部门": a word spelled out letter by letter is one cell), if it names a task table."""
    cells: list[str] = []
    spelled = False  # the last cell is being spelled out one character at a time
    for token in text.split():
        single = len(token) == 1
        if single and spelled:
            cells[-1] += token
        else:
            cells.append(token)
        spelled = single
    return tuple(cells) if len(cells) >= 2 and header_columns(cells) is not None else None


def _row_per_line_spaced(blocks: Sequence[Block], start: int, header: tuple[str, ...]) -> tuple[Table, int]:
    """Rows whose cells one space sets apart: only the task cell holds spaces of its own, so the cells before it
    and after it are counted off from either end and the task takes what is left."""
    columns = header_columns(header) or ()
    task_column = columns.index(Column.TASK)
    after = len(columns) - task_column - 1
    rows: list[tuple[str, ...]] = []
    index = start + 1
    while index < len(blocks):
        block = blocks[index]
        if not isinstance(block, Paragraph):
            break
        tokens = _tokens_spaced(block.text)
        if not tokens:
            index += 1
            continue
        if len(tokens) >= len(columns):
            end = len(tokens) - after
            rows.append((*tokens[:task_column], " ".join(tokens[task_column:end]), *tokens[end:]))
        elif len(tokens) >= _SHORT_SPACED_ROW and tokens[0].isdecimal() and parse_assignment(tokens[-1]):
            # 1 地区生产总值增长7%以上. 发改委: a merged or empty cell dropped; each cell where it reads
            rows.append(placed((tokens[0], " ".join(tokens[1:-1]), tokens[-1]), columns))
        elif _is_area_line(block.text.strip()):
            rows.append((block.text.strip(),))  # 一、经济社会发展主要预期目标分解(11项), under the header too
        # 区商务局(区药发中心) / … / 区发改委、区经信局。 2023年12月底: a row's unit cells broken over lines
        elif rows and len(rows[-1]) == len(columns) and (more := _cells_continued(rows[-1], tokens, columns)):
            rows[-1] = more
        elif rows and index == len(blocks) - 1 and len(tokens) >= 2:  # the document ends in this row
            units = _units_ending_a_cut_row(tokens)
            # 3 抓好工业节水。… 市工业和信息化委、水利局 市发展改革委等 各县…、高
            if tokens[0].isdecimal() and units:
                rows.append(
                    placed((tokens[0], " ".join(tokens[1 : len(tokens) - len(units)]), *units), columns)
                )
            # else its text in the column of the text of the row above
            elif tokens[0].isdecimal() and len(rows[-1]) > 1:
                at = max(range(1, len(rows[-1])), key=lambda column: len(rows[-1][column]))
                rows.append((tokens[0], *("",) * (at - 1), " ".join(tokens[1:])))
            elif len(tokens) > task_column:
                rows.append((*tokens[:task_column], " ".join(tokens[task_column:]), *("",) * after))
        else:
            break
        index += 1
    return Table((header, *rows), blocks[start].line if isinstance(blocks[start], Paragraph) else 0), index


_SHORT_SPACED_ROW = 3


def _tokens_spaced(text: str) -> list[str]:
    """The cells of a row one space sets apart; a date spaced out (2017 年 7 月底前) is one cell, as written."""
    kept = _SPACED_DATE.sub(lambda date: date[0].replace(" ", _KEPT_SPACE), text)
    return [token.replace(_KEPT_SPACE, " ") for token in kept.split()]


_SPACED_DATE = re.compile(r"\d{4} *年 *\d{1,2} *月")
_KEPT_SPACE = "\ue000"  # a private-use character: never in a document's text


def _units_ending_a_cut_row(tokens: Sequence[str]) -> list[str]:
    """The unit cells that end a row the document stops in, after its text: the last one without the name it stops
    in (各县(市、区)党委和人民政府,城乡一体化示范区、高)."""
    last = names_before_cut(tokens[-1])
    if not _unit_cell(last):
        return []
    units = [last]
    for token in reversed(tokens[1:-1]):
        if not _unit_cell(token):
            break
        units.insert(0, token)
    return units if len(units) < len(tokens) - 1 else []


def _unit_cell(text: str) -> bool:
    """Whether a cell reads as units: its first name is one."""
    units = parse_assignment(text, marked=True)
    return units is not None and bool(units.departments) and units.departments[0][0] not in units.doubtful


def _cells_continued(
    row: tuple[str, ...], tokens: Sequence[str], columns: Sequence[Column | None]
) -> tuple[str, ...] | None:
    """The row with a line that goes on with its unit cells (names alone, perhaps the deadline after them): units
    go on in the last unit cell written, or, on the line that ends in the row's missing deadline, in the next."""
    cells = list(row)
    deadline = columns.index(Column.DEADLINE) if Column.DEADLINE in columns else None
    names = list(tokens)
    ends_row = deadline is not None and not cells[deadline] and reads_as_deadline(names[-1])
    if ends_row and deadline is not None:
        cells[deadline] = names.pop()
    units = [at for at, column in enumerate(columns) if column in UNIT_COLUMNS]
    if not names or not units or parse_assignment(" ".join(names)) is None:
        return None
    written = [at for at in units if cells[at]]
    at = written[-1] if written else units[0]
    if ends_row and at + 1 in units and not cells[at + 1]:
        at += 1
    cells[at] = "、".join(filter(None, (cells[at], *names)))
    return tuple(cells)


_ITEM_START = re.compile(r"^\d{1,3}[.．﹒、](?!\d)")


def _area_column(rows: Sequence[tuple[str, ...]], cell: str) -> int | None:
    """The column where the rows above set area headings of the rank `cell` has (一、 or （一）), if it is one."""
    if not _is_area_line(cell):
        return None
    rank = cell[0] in "(（"
    return next(
        (
            at
            for row in rows[1:]
            for at, above in enumerate(row)
            if _is_area_line(above) and (above[0] in "(（") == rank
        ),
        None,
    )


def _is_area_line(text: str) -> bool:
    return AREA_LINE.match(text) is not None and len(text) <= 40
