"""Tables flattened one cell a line, as web pages and PDF copies give them, and rows written as records.

The header's cells stand one a line (a cell broken over two lines is joined), then the body's; rows are cut by
their 序号 (a unit cell set one unit a line, a lost cell or a sub-row keeps the rows after it in place; a lone bar
among them is an empty cell), by the empty lines between them, or by the header's width; rows numbered after the
group cell of a merged column are set from the right; a table whose cells merged cells have shifted out of their columns is read as text rather
than garbled. A record gives a row as label and value lines (具体任务 / … / 责任单位 / …).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from greenpolicy.core.deadlines import parse_deadline
from greenpolicy.core.departments import looks_like_department
from greenpolicy.core.model import DeadlineKind
from greenpolicy.core.parsing.columns import (
    AREA_LINE,
    MAX_HEADER_CELL,
    UNIT_COLUMNS,
    Column,
    column_of,
    header_columns,
)
from greenpolicy.core.parsing.numbering import RANKS, attachment_title, read_label
from greenpolicy.core.parsing.short_rows import placed, reads_as_deadline, reads_as_units
from greenpolicy.core.reading.blocks import Block, Paragraph, Table, next_text, text_at


def record_per_line(blocks: Sequence[Block], start: int) -> tuple[Table, int] | None:
    """Rows written as records, a label line over each value (具体任务 / 全面落实… / 责任单位 / 卫健局、文旅局 /
    完成时限 / 1月底前完成), as some pages give a row of a task table: each record starts at its first label."""
    labels: list[str] = []
    rows: list[list[str]] = []
    pairs = _labelled_values(blocks, start)
    for label, value, _ in pairs:
        if not labels or label == labels[0]:  # a record starts
            rows.append([])
        if len(rows) == 1:
            labels.append(label)
        rows[-1].append(value)
    columns = header_columns(labels) if len(labels) >= _MIN_RECORD_LABELS else None
    if (
        columns is None
        or columns[0] is not Column.TASK
        or not any(column in UNIT_COLUMNS for column in columns)
    ):
        return None  # a record names its task first, and who does it
    first = blocks[start]
    return Table(
        (tuple(labels), *map(tuple, rows)), first.line if isinstance(first, Paragraph) else 0
    ), pairs[-1][2]


_MIN_RECORD_LABELS = 3
_LABEL_COLON = re.compile(r"^(\S{2,12}?[:：])(.*)$")


def _labelled_values(blocks: Sequence[Block], start: int) -> list[tuple[str, str, int]]:
    """The label and value lines from `start`, with where each value ends, up to the first line that is neither.
    A label may close with a colon, and share its line with its value: 牵头单位: | 市城市管理综合执法局 |."""
    pairs: list[tuple[str, str, int]] = []
    label: str | None = None
    for index in range(start, len(blocks)):
        block = blocks[index]
        if not isinstance(block, Paragraph):
            break
        text = block.text.strip().strip("|｜ ")
        if not text:
            continue
        if label is None:
            written, bar, value = text.partition("|") if "|" in text else text.partition("｜")
            if not bar and (colon := _LABEL_COLON.match(text)) is not None:  # 重点工作:推进广佛同城化。
                written, bar, value = colon[1], ":", colon[2]
            label = written.strip().rstrip(":：")
            limit = MAX_HEADER_CELL if written.strip().endswith((":", "：")) else _MAX_FRAGMENT
            if len(label) > limit or column_of(label) is None or read_label(label) is not None:
                break  # an outline heading (二、重点任务) is no label
            if bar and value.strip():
                pairs.append((label, value.strip(" |｜"), index + 1))
                label = None
            continue
        colon = _LABEL_COLON.match(text)
        if column_of(text) or read_label(text) or (colon and column_of(colon[1].rstrip(":："))):
            break  # another label, with its value or not, or an outline heading: （一）坚定不移推动制造业高质量发展
        pairs.append((label, text, index + 1))
        label = None
    return pairs


def _cell_marker(text: str) -> str:
    if text.startswith("\t"):
        return "tab"
    if text.rstrip().endswith(("|", "｜")):
        return "pipe"
    return "plain"


def _cell_text(text: str, marker: str) -> str | None:
    """The cell a line holds under the table's marker, or None when the line is not a cell."""
    if marker == "tab":
        return text[1:].strip() if text.startswith("\t") else None
    if _blank(text, marker):
        return None
    if marker == "pipe":  # 徐国江 |, and || for an empty cell
        stripped = text.rstrip()
        return stripped[:-1].strip(" |｜") if stripped.endswith(("|", "｜")) else None
    return text.strip()


def _blank(text: str, marker: str) -> bool:
    """An empty line, or a line holding only a |: between two cells of plain lines, or at the end of a row of
    cells each closed by its own | (the row's own end)."""
    stripped = text.strip()
    return not stripped or stripped in ("|", "｜")


def cell_per_line(blocks: Sequence[Block], start: int) -> tuple[Table, int] | None:
    first = blocks[start]
    marker = _cell_marker(first.text if isinstance(first, Paragraph) else "")
    header, index, double_spaced = _header_per_line(blocks, start, marker)
    # 分类 / 序号 / 事项 / … / 发展目标 / 1: the last "header cell" is the first row's group
    if _first_group_cell_read_as_header(header):
        header.pop()
        index = max(at for at in range(start, index) if text_at(blocks, at).strip())
    header = _notes_joined(header)
    if len(header) < 2 or (all(map(column_of, header)) and header_columns(header) is None):
        return None  # not a task table's header, and no cell broken over two lines that joining would mend
    groups, index, separated = _body_per_line(blocks, index, marker, header, double_spaced=double_spaced)
    # 1*: a row number starred (a task the city leads, where the others it helps with) is the number
    groups = [[_STARRED_NUMBER.sub(r"\1", cell) for cell in group] for group in groups]
    cells = [cell for group in groups for cell in group]
    first_cell = next((cell for cell in cells if not AREA_LINE.match(cell)), "")
    # Numbered rows: from 1, or from where an extract of a longer table starts (24, 25, …).
    numbered_body = first_cell.isdecimal() and len(first_cell) <= 3
    if separated:  # the rows as empty lines set them apart
        width = Counter(map(len, groups)).most_common(1)[0][0]
    else:
        width = _row_width(cells, len(header)) if numbered_body else 0
    joined = _wrapped_header(header, width)
    if joined is None and (nameless := sum(1 for cell in header if column_of(cell) is None)) > 1:
        # rows whose cells run over lines tell no width: each nameless piece is part of a broken cell
        joined = _wrapped_header(header, len(header) - nameless)
    header, columns = joined or (header, header_columns(header))
    # Lines that name no column are likely pieces of broken header cells: then the columns are unsure.
    if columns is None or not cells or columns.count(None) > 1:
        return None
    numbered = numbered_body and (columns[0] is Column.NUMBER or Column.NUMBER not in columns)
    grouped = not (separated or numbered) and _grouped_layout(cells, columns)
    if grouped:  # 强化规范性文件公开 / 1 / 对文件全面清理。 / 办公室 / 年底前 / 深化政策解读 / 2 / …
        header, rows = _grouped_rows(cells, header, columns)
        line = blocks[start].line if isinstance(blocks[start], Paragraph) else 0
        return Table((tuple(header), *rows), line), index
    if separated:
        rows = _separated_rows([group for group in groups if group], columns, cut=index >= len(blocks))
    elif numbered:  # under a 序号 column, or an unheaded one
        rows = _numbered_rows(cells, columns if columns[0] is Column.NUMBER else (Column.NUMBER, *columns))
    elif (
        labelled := _labelled_rows(cells, columns)
        or _item_runs(cells, columns)
        or _unnumbered_rows(cells, columns)
    ) is not None:
        rows, numbered = labelled, True
    else:
        rows = _rows_of_width(cells, len(header))
    body = [row for row in rows if not _is_area_row(row)]
    extra = _leading_extra_columns(body, len(header))
    if not (separated or numbered) and (
        _mostly_short(body, len(header)) or not _cells_in_place(body, columns, extra)
    ):
        return None  # merged or dropped cells shift the cells out of their columns: read as text, not garbled
    header_row = ("",) * extra + tuple(header)
    line = blocks[start].line if isinstance(blocks[start], Paragraph) else 0
    return Table((header_row, *rows), line), index


def _rows_of_width(cells: Sequence[str], width: int) -> list[tuple[str, ...]]:
    """Rows of the header's width, an area heading between two rows a row of its own (一、强化常态监管机制 /
    严格定点协议管理 / 切实加强… / 市医保局 / 2021年12月底前 / 强化医保医师管理 / …)."""
    rows: list[tuple[str, ...]] = []
    row: list[str] = []
    for cell in cells:
        if not row and AREA_LINE.match(cell):
            rows.append((cell,))
            continue
        row.append(cell)
        if len(row) == width:
            rows.append(tuple(row))
            row = []
    if row:
        rows.append(tuple(row))
    return rows


def _is_area_row(row: Sequence[str]) -> bool:
    return len(row) == 1 and AREA_LINE.match(row[0]) is not None


def _separated_rows(
    groups: Sequence[list[str]], columns: Sequence[Column | None], *, cut: bool
) -> list[tuple[str, ...]]:
    """Rows set apart by empty lines: a row short of cells, a group cell merged over it, has each set in the column
    it reads as. The last, where the document stops in the table, may be short for the cut: its cells follow the
    gap the row before it left for the merged cell, or stand from the left."""
    rows: list[tuple[str, ...]] = []
    for at, group in enumerate(groups):
        if len(group) >= len(columns):
            rows.append(tuple(group))
        elif not (cut and at == len(groups) - 1):
            rows.append(placed(group, columns))
        else:
            before = rows[-1] if rows and len(groups[at - 1]) < len(columns) else ()
            gap = next((index for index, cell in enumerate(before) if cell), 0)
            rows.append(("",) * gap + tuple(group))
    return rows


_STARRED_NUMBER = re.compile(r"^(\d{1,3})\s*[*＊]$")


def _labelled_rows(cells: Sequence[str], columns: Sequence[Column | None]) -> list[tuple[str, ...]] | None:
    """Rows of a table without a number column, each task cell opening with the row's own number (1. 生产总值增长
    7.5%以上。 / 董贵波 / 市发改委…): a row runs from one numbered task cell to the next, an area heading between rows
    a row of its own. The cells of columns before the task's (a leader merged down over the rows) stand before the
    first row only. Cells beyond the header's width (two leaders' names) are joined in the column before the units;
    a row short of cells has them set where they read."""
    task = columns.index(Column.TASK) if Column.TASK in columns else -1
    units = next((at for at, column in enumerate(columns) if column in UNIT_COLUMNS), -1)
    if not 0 <= task < units or Column.NUMBER in columns:
        return None
    starts: list[int] = []
    for index, cell in enumerate(cells):
        label = read_label(cell)
        if label is not None and label.rank >= _ITEM_RANK and label.number == str(len(starts) + 1):
            starts.append(index)
    if len(starts) < _MIN_LABELLED_ROWS:
        return None
    areas = [cell for cell in cells[: starts[0]] if AREA_LINE.match(cell)]
    leading = [cell for cell in cells[: starts[0]] if not AREA_LINE.match(cell)]
    if len(leading) > task:
        return None
    rows: list[tuple[str, ...]] = [(area,) for area in areas]
    for start, end in zip(starts, [*starts[1:], len(cells)], strict=True):
        segment = list(cells[start:end])
        after: list[str] = []
        while len(segment) > 1 and AREA_LINE.match(segment[-1]):
            after.insert(0, segment.pop())  # 二、… heads the rows after it
        before = ("",) * (task - len(leading)) + tuple(leading)
        rows.append((*before, *_row_fitted(segment, columns[task:], units - task)))
        rows.extend((area,) for area in after)
        leading = []
    return rows


def _item_runs(cells: Sequence[str], columns: Sequence[Column | None]) -> list[tuple[str, ...]] | None:
    """Rows of a table whose work cell holds a run of numbered items, the unit cell after them (工作任务 / 具体要求 /
    落实科室 over 做好财政信息公开 / 6.积极推进… / 7.按照… / 办公室、法规和基金监管科…): each item a row, with the
    units' cell that closes its run, and the group cell before the run on its first row (a cell merged down). A
    last cell the page stops in closes the last run."""
    if (
        len(columns) != _MIN_GROUPED_COLUMNS
        or columns[0] not in _GROUP_COLUMNS
        or columns[1] is not Column.TASK
        or columns[2] not in UNIT_COLUMNS
    ):
        return None
    rows: list[tuple[str, ...]] = []
    group, run, closing = "", list[str](), ""
    for at, cell in enumerate(cells):
        label = read_label(cell)
        if label is not None and label.rank >= _ITEM_RANK and label.number == str(len(rows) + len(run) + 1):
            if closing:
                rows.extend((group if not index else "", item, closing) for index, item in enumerate(run))
                group, run, closing = "", [], ""
            run.append(cell)
        elif run and not closing:
            if not (reads_as_units(cell) or at == len(cells) - 1):
                return None  # a cell between an item and its units that is none of them: not this layout
            closing = cell
        else:  # before the first run, or after a closed one: the group cell over the next
            rows.extend((group if not index else "", item, closing) for index, item in enumerate(run))
            group, run, closing = cell, [], ""
    rows.extend((group if not index else "", item, closing) for index, item in enumerate(run))
    return rows if len(rows) >= _MIN_LABELLED_ROWS else None


_GROUP_COLUMNS = frozenset((Column.TASK, Column.AREA))


def _unnumbered_rows(cells: Sequence[str], columns: Sequence[Column | None]) -> list[tuple[str, ...]] | None:
    """Rows of a table whose 序号 column the page left empty (序号 / 重点工作任务 / 牵头领导 / 牵头单位 / 未来科技城要
    围绕…。 / 祝振伟 / 陈夏林 / 未来科技城(海创园) / …): a row starts at each cell that is a sentence of work, and
    at a last long cell the page stops in."""
    rest = tuple(columns[1:])
    units = next((at for at, column in enumerate(rest) if column in UNIT_COLUMNS), -1)
    if tuple(columns[:1]) != (Column.NUMBER,) or rest[:1] != (Column.TASK,) or units < 1:
        return None
    if any(map(str.isdecimal, cells)):
        return None
    starts = [index for index, cell in enumerate(cells) if _is_sentence_of_work(cell)]
    if (
        cells
        and len(cells[-1]) >= _SENTENCE_OF_WORK
        and not reads_as_units(cells[-1])
        and starts[-1:] != [len(cells) - 1]
    ):
        starts.append(len(cells) - 1)
    if len(starts) < _MIN_LABELLED_ROWS or starts[0] != 0:
        return None
    return [
        ("", *_row_fitted(cells[start:end], rest, units))
        for start, end in zip(starts, [*starts[1:], len(cells)], strict=True)
    ]


def _is_sentence_of_work(cell: str) -> bool:
    return len(cell) >= _SENTENCE_OF_WORK and cell.endswith(("。", "；", ";")) and not reads_as_units(cell)


_SENTENCE_OF_WORK = 15
_ITEM_RANK = RANKS["num"]  # 1. and deeper
_MIN_LABELLED_ROWS = 2


def _row_fitted(segment: Sequence[str], columns: Sequence[Column | None], units: int) -> tuple[str, ...]:
    """A row's cells from its task cell on, set in `columns` (the task's first, the units' first at `units`). A row
    with more cells than columns has two people (董贵波 / 郑敏强) or a unit cell set one unit a line (市府办 / 市司法局):
    the cells before the first that reads as units join in the column before the units, the run of units fills the
    unit columns, the lead's first."""
    width = len(columns)
    if len(segment) < width:
        return placed(segment, columns)
    if len(segment) == width:
        return tuple(segment)
    first = next((at for at in range(1, len(segment)) if reads_as_units(segment[at])), None)
    # 临平新城: no name reads as a unit, the last cell is one
    if first is None and columns[-1] in UNIT_COLUMNS:
        first, end = len(segment) - 1, len(segment)
    else:
        first = units if first is None else first
        end = _units_run_end(segment, first)
    before, run, after = segment[1:first], segment[first:end], segment[end:]
    row = [segment[0], *before[: units - 2], "、".join(before[units - 2 :])] if units > 1 else [segment[0]]
    unit_columns = [column for column in columns[units:] if column in UNIT_COLUMNS]
    row += [run[0], "、".join(run[1:])] if len(unit_columns) > 1 and run else ["、".join(run)]
    row += after
    return tuple(row[:width]) + ("",) * (width - len(row))


def _units_run_end(segment: Sequence[str], first: int) -> int:
    """Where the run of unit cells from `first` ends. A short name that does not read as a unit (省人口计生, 省新闻出版:
    a unit written short) is in the run when a unit comes after it."""
    end = first
    for at in range(first, len(segment)):
        if reads_as_units(segment[at]):
            end = at + 1
        elif not _SHORT_NAME.fullmatch(segment[at]):
            break
    return end


_SHORT_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _notes_joined(header: Sequence[str]) -> list[str]:
    """Header cells with a bracketed note on a line of its own joined to the cell it belongs to: 责任股室 / (单位)."""
    cells: list[str] = []
    for cell in header:
        if cells and cell[:1] in "(（" and cell[-1:] in ")）":
            cells[-1] += cell
        else:
            cells.append(cell)
    return cells


def _grouped_layout(cells: Sequence[str], columns: Sequence[Column | None]) -> bool:
    """Rows numbered after the group cells a merged cell gives their first row (考核项目 | 序号 | …, or a
    工作任务 column before an unheaded number): the first number follows one or two such cells."""
    at = next((i for i, cell in enumerate(cells[:3]) if cell == "1"), None)
    if not at or "2" not in cells[at + 2 :] or len(columns) < _MIN_GROUPED_COLUMNS:
        return False
    if columns[0] is not Column.AREA and any(column_of(cell) is not None for cell in cells[:at]):
        return False  # a header cell out of its place, not a group (under 分类 a group may read as one: 发展目标)
    return columns.index(Column.NUMBER) == at if Column.NUMBER in columns else True


_MIN_GROUPED_COLUMNS = 3


def _grouped_rows(
    cells: Sequence[str], header: Sequence[str], columns: Sequence[Column | None]
) -> tuple[list[str], list[tuple[str, ...]]]:
    """The rows of a grouped layout, and its header with an unheaded number column put in. A row runs from its
    number to the next; the group cells starting the next row end it, when they do not read as its last
    column's cell. Its cells are set against the columns from the right: the last columns, then the unit cell
    (its units one a line), then the rest; cells a merged cell took from the left stay empty."""
    at = cells.index("1")
    header = list(header)
    if Column.NUMBER not in columns:
        header.insert(at, "序号")
        columns = (*columns[:at], Column.NUMBER, *columns[at:])
    numbers = [at]
    for index in range(at + 1, len(cells)):
        if cells[index] == str(len(numbers) + 1):
            numbers.append(index)
    rows: list[tuple[str, ...]] = []
    leading = list(cells[:at])
    for position, start in enumerate(numbers):
        end = numbers[position + 1] if position + 1 < len(numbers) else len(cells)
        body = list(cells[start + 1 : end])
        following: list[str] = []
        # (a row's text alone, its units' cell merged down from the row above, is no group cell)
        while len(body) > 1 and len(following) < at and end < len(cells) and not _fits(body[-1], columns[-1]):
            following.insert(0, body.pop())  # the next row's group cells
        lead = [*("",) * (at - len(leading)), *leading]
        rest = columns[at + 1 :]
        aligned = _right_aligned(body, rest)
        if end == len(cells) and _work_in_unit_column(aligned, rest):
            aligned = (*body, *("",) * (len(rest) - len(body)))  # the page stops in this row: from the left
        row = (*lead, cells[start], *aligned)
        if rows and not any(
            cell for cell, column in zip(row, columns, strict=False) if column in UNIT_COLUMNS
        ):
            row = _merged_from_above(row, rows[-1], columns)  # the units' cell merged down over the rows
        rows.append(row)
        leading = following
    return header, rows


def _fits(cell: str, column: Column | None) -> bool:
    """Whether a cell reads as one of a column whose values can be told: a deadline, units, a figure."""
    if column is Column.DEADLINE:
        return parse_deadline(cell, issued_on=None).kind is not DeadlineKind.NONE
    if column in UNIT_COLUMNS and reads_as_units(cell):  # 牵头单位:区政务服务办;责任部门:…: a cell of units
        return True
    return looks_like_department(cell) or not _has_words(cell)


def _work_in_unit_column(row: Sequence[str], columns: Sequence[Column | None]) -> bool:
    """Whether a row set from the right has a sentence of work in a unit column: it was cut short, not merged."""
    return any(
        column in UNIT_COLUMNS and len(cell) > _MAX_FRAGMENT and cell.endswith("。")
        for cell, column in zip(row, columns, strict=False)
    )


def _right_aligned(body: Sequence[str], columns: Sequence[Column | None]) -> tuple[str, ...]:
    units = next((i for i, column in enumerate(columns) if column in UNIT_COLUMNS), None)
    if units is None or not body:
        return tuple(body[: len(columns)]) + ("",) * (len(columns) - len(body))
    after = len(columns) - units - 1
    tail = list(body[len(body) - after :]) if after else []
    rest = list(body[: len(body) - after])
    names: list[str] = []
    # the unit cell, one unit a line; none when the row's last cell is its work (the units merged from above)
    while rest and (looks_like_department(rest[-1]) or (not names and reads_as_units(rest[-1]))):
        names.insert(0, rest.pop())
    if len(rest) > units:  # more text than columns before the units: the first column's text ran over lines
        rest = ["".join(rest[: len(rest) - units + 1]), *rest[len(rest) - units + 1 :]]
    before = [*("",) * (units - len(rest)), *rest]
    task = next((i for i, column in enumerate(columns[:units]) if column is Column.TASK), None)
    if task is not None and not _has_words(before[task]):  # a cell lost right of the task: 建设美丽牧场 | 0
        moved = next((i for i in range(task + 1, units) if _has_words(before[i])), None)
        if moved is not None:
            before[task], before[moved] = before[moved], before[task]
    return (*before, "、".join(names), *tail)


def _has_words(cell: str) -> bool:
    return any("\u4e00" <= character <= "\u9fff" for character in cell)


def _row_width(cells: Sequence[str], header_width: int) -> int:
    """How many cells the numbered rows most often hold: from each row number to the next. The header's width
    when a row is as wide: the others are short of the cells merged over them (1 | 总体目标 | … / 2 | …)."""
    widths: Counter[int] = Counter()
    at = next(index for index, cell in enumerate(cells) if cell.isdecimal())
    number = int(cells[at])
    for index in range(at + 1, len(cells)):
        if cells[index] == str(number + 1):
            widths[index - at] += 1
            number, at = number + 1, index
    if widths[header_width]:
        return header_width
    return widths.most_common(1)[0][0] if widths else 0


def _wrapped_header(header: Sequence[str], width: int) -> tuple[list[str], tuple[Column | None, ...]] | None:
    """A header with more cells than the rows below it has cells broken over two lines (责任 / 领导, 区本级 /
    任务数): each piece that names no column, or that names the same column as the next (攻坚目标 / 任务), is
    joined to the next piece until the header is as wide as the rows."""
    if not 2 <= width < len(header):
        return None
    cells = list(header)
    while len(cells) > width:
        kinds = [column_of(cell) for cell in cells]
        at = next(
            (i for i in range(len(cells) - 1) if _tail_cut_off(cells[i], cells[i + 1], kinds[i + 1])), None
        )
        if at is None:
            at = next((i for i in range(len(cells) - 1) if kinds[i] is None), None)
        if at is None:
            at = next((i for i in range(1, len(cells) - 1) if kinds[i] is kinds[i + 1]), None)
        if at is None:
            return None
        cells[at : at + 2] = [cells[at] + cells[at + 1]]
    columns = header_columns(cells)
    return (cells, columns) if columns is not None else None


def _tail_cut_off(piece: str, following: str, kind: Column | None) -> bool:
    """Whether the next piece of a header is the last word of this one's cell (牵头责任 / 单位): a word of two
    characters that alone names a column of the other kind (单位, the unit a target is measured in), the two
    together the column the first piece names, if any (考核内容 / 单位 are two cells)."""
    if len(following) > _TAIL_WORD or kind is not Column.OTHER:
        return False
    joined, alone = column_of(piece + following), column_of(piece)
    return joined not in (None, Column.OTHER) and alone in (None, joined)


_TAIL_WORD = 2


def _body_per_line(
    blocks: Sequence[Block], index: int, marker: str, header: Sequence[str], *, double_spaced: bool
) -> tuple[list[list[str]], int, bool]:
    """The body's cells from `index`, in groups an empty line sets apart (one group unless the page is
    double-spaced), where the table ends, and whether empty lines separate its rows. The header repeated at the
    top of a new page is passed over."""
    width = len(header)
    units_first = column_of(header[0]) in UNIT_COLUMNS
    groups: list[list[str]] = [[]]
    group_start = index
    blank_before = False  # an empty line ends a row only when another cell follows it
    blanks = 0  # empty lines since the last cell: on a double-spaced page, one more than one is an empty cell
    separated = False
    while index < len(blocks):
        block = blocks[index]
        if not isinstance(block, Paragraph):
            break
        cell = _cell_text(block.text, marker)
        if cell is None and marker == "pipe" and block.text.strip() and index == len(blocks) - 1:
            cell = block.text.strip(" |｜")  # the document stops inside this cell, before its bar
        if cell is None:
            if not _blank(block.text, marker):
                break
            if (
                double_spaced
                and block.text
                and not block.text.strip()
                and groups[-1]
                and _cell_follows(blocks, index)
            ):
                groups[-1].append("")  # a line of a space alone between the empty lines: an empty cell
                blanks = 0
                index += 1
                continue
            if marker == "pipe" and block.text.strip() and not separated and len(groups[-1]) > width + 1:
                groups[-1].append("")  # a lone bar inside rows run together is an empty cell, not a row's end
                index += 1
                continue
            blank_before = blank_before or bool(groups[-1])
            blanks += not block.text.strip()
            index += 1
            continue
        if double_spaced and blanks > 1 and groups[-1]:
            groups[-1].extend([""] * (blanks - 1))
        blanks = 0
        if column_of(cell) is Column.NUMBER and (after := _header_repeated(blocks, index, marker, header)):
            index = after
            continue
        if attachment_title(cell) is not None or column_of(cell) is Column.NUMBER:
            break  # the next attachment, or the next table's header (附件2 / … / 序号)
        if units_first and not sum(map(len, groups)) % width and not reads_as_units(cell):
            break  # 相关部门 / 职责分工 / 区公安分局 / … / 相关依据: each row opens with its unit, or the table ends
        if blank_before and not double_spaced and _rows_end_before(groups, cell, width):
            break  # 1 / 市教育局 / 负责… / 3 / … / (empty) / 相关依据:: whole numbered rows, then a section of its own
        if blank_before and not double_spaced:
            groups.append([])
            group_start = index
            separated = True
        groups[-1].append(cell)
        blank_before = marker == "pipe" and block.text.rstrip().endswith(
            ("||", "｜｜")
        )  # an empty cell ends the row
        if separated and len(groups[-1]) > width + 1:  # prose after the table, not a row
            groups.pop()
            return groups, group_start, separated
        index += 1
    return groups, index, separated


def _rows_end_before(groups: Sequence[list[str]], cell: str, width: int) -> bool:
    """Whether numbered rows, whole, end at the empty line before `cell`: the first group was not set apart by
    empty lines (one group holds several rows), and the cell after the gap is no row's number."""
    first = groups[0]
    return (
        len(groups) == 1
        and len(first) > width
        and not len(first) % width
        and first[0].isdecimal()
        and not cell.isdecimal()
    )


def _header_repeated(blocks: Sequence[Block], index: int, marker: str, header: Sequence[str]) -> int | None:
    """Where the body goes on after the table's header, repeated from `index` at the top of a page; None when the
    cells there are not the header's (the next table's own)."""
    cells: list[str] = []
    while index < len(blocks) and len(cells) < len(header):
        cell = _cell_text(text_at(blocks, index), marker)
        if cell is None and not _blank(text_at(blocks, index), marker):
            return None
        if cell is not None:
            cells.append(cell)
        index += 1
    return index if cells == list(header) else None


def _first_group_cell_read_as_header(header: Sequence[str]) -> bool:
    """Whether the header's last cell is the first row's group cell: the header opens with the group column (分类),
    names the work already, and the last cell names it again (发展目标)."""
    columns = [column_of(cell) for cell in header]
    return (
        len(columns) > _MIN_GROUPED_HEADER
        and columns[0] is Column.AREA
        and columns[-1] in (Column.TASK, Column.AREA)
        and Column.TASK in columns[1:-1]
        and any(column in UNIT_COLUMNS for column in columns[1:-1])
    )


_MIN_GROUPED_HEADER = 3


def _cell_follows(blocks: Sequence[Block], index: int) -> bool:
    """Whether a cell of the table follows the line at `index`: text, not a heading after the table or its end."""
    following = next_text(blocks, index)
    return bool(following) and not AREA_LINE.match(following)


def _header_per_line(blocks: Sequence[Block], start: int, marker: str) -> tuple[list[str], int, bool]:
    """The header cells from `start`, where the body starts, and whether an empty line stands between every two
    lines (web pages often give the whole document so): then empty lines separate nothing."""
    header: list[str] = []
    index = start
    double_spaced = after_blank = False
    while index < len(blocks):
        block = blocks[index]
        if not isinstance(block, Paragraph):
            break
        cell = _cell_text(block.text, marker)
        if cell is None and _blank(block.text, marker) and header and (len(header) == 1 or double_spaced):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if (
                isinstance(following, Paragraph)
                and _cell_marker(following.text) == marker
                and _is_header_cell(blocks, index + 1, marker)
            ):
                double_spaced = after_blank = True
                index += 1
                continue
        if cell is not None and header and AREA_LINE.match(cell):
            break  # 一、量化类任务(共14项) under the header heads the rows
        # 时限要求 | / || / 一、围绕…|: the header row's empty cells end it, an area heads the rows
        if marker == "pipe" and header and _empty_cells_before_area(blocks, index):
            index += 1
            break
        # 序号 | 决策项目 | 申报单位 | 决策程序 | 1 |: a column of its own, then the first row's number; rows that
        # start with a group cell (考核项目 | 序号 | …) do not come here, the header starts with the number column
        if (
            cell is not None
            and len(header) >= 2
            and column_of(header[0]) is Column.NUMBER
            and _ends_header(blocks, index, marker)
        ):
            header.append(cell)
            index += 1
            break
        if cell is None or not _is_header_cell(blocks, index, marker):
            break
        if double_spaced and not after_blank:
            break  # the cells were set apart by empty lines, and this one is not
        header.append(cell)
        after_blank = False
        index += 1
    return header, index, double_spaced


def _empty_cells_before_area(blocks: Sequence[Block], index: int) -> bool:
    """Whether the line at `index` holds bars alone (||), the empty cells closing a row, and an area heading the
    rows follows it."""
    if not _BARS_ALONE.fullmatch(text_at(blocks, index).strip()):
        return False
    following = _cell_text(text_at(blocks, index + 1), "pipe") if index + 1 < len(blocks) else None
    return following is not None and AREA_LINE.match(following) is not None


_BARS_ALONE = re.compile(r"[|｜]{2,}")


def _is_header_cell(blocks: Sequence[Block], index: int, marker: str) -> bool:
    """Whether the line at `index` is a header cell: it names a column, or it is the first line of a cell broken
    over two that together name one (区本级 / 任务数, 责任 / 领导)."""
    block = blocks[index]
    cell = _cell_text(block.text, marker) if isinstance(block, Paragraph) else None
    if cell is None:
        return False
    if column_of(cell) is not None:
        return True
    if len(cell) > _MAX_FRAGMENT or AREA_LINE.match(cell) or any(map(str.isdigit, cell)):
        return False
    following = next(
        (
            block
            for block in blocks[index + 1 : index + 3]
            if isinstance(block, Paragraph) and block.text.strip()
        ),
        None,
    )
    rest = _cell_text(following.text, marker) if following is not None else None
    return rest is not None and len(rest) <= _MAX_FRAGMENT and column_of(cell + rest) is not None


_MAX_FRAGMENT = 6


def _ends_header(blocks: Sequence[Block], index: int, marker: str) -> bool:
    """Whether the line at `index` is a last header cell that names no column: a few words, then the first row's
    number."""
    cell = _cell_text(text_at(blocks, index), marker)
    if cell is None or column_of(cell) is not None or not 2 <= len(cell) <= MAX_HEADER_CELL:
        return False
    if any(map(str.isdigit, cell)) or not _has_words(cell):
        return False
    following = next(
        (i for i in range(index + 1, min(index + 3, len(blocks))) if text_at(blocks, i).strip()), None
    )
    return following is not None and _cell_text(text_at(blocks, following), marker) == "1"


def _numbered_rows(cells: Sequence[str], columns: Sequence[Column | None]) -> list[tuple[str, ...]]:
    """Cells under a 序号 column cut into rows, each starting at the next number: a cell written on several lines
    (one unit a line) or a row cut short keeps the rows after it in place."""
    width = len(columns)
    rows: list[tuple[str, ...]] = []
    start = 0
    while start < len(cells):
        if AREA_LINE.match(cells[start]):  # an area heading between the rows (一、主要经济社会发展指标…)
            rows.append((cells[start],))
            start += 1
            continue
        end = start + width
        if cells[start].isdecimal():
            number = int(cells[start])
            end = _next_row_within(cells, start, end, number)
            # 24, 25 or 2, 7
            if not (end < len(cells) and cells[end].isdecimal() and int(cells[end]) > number):
                end = next(
                    (
                        i
                        for i in range(start + 2, len(cells))
                        if _follows(cells[i], number) or AREA_LINE.match(cells[i])
                    ),
                    len(cells),
                )
        # the last row may be one the document stops in, not one whose merged cells were dropped
        last = end >= len(cells)
        fitted = (
            [_unit_run_joined(cells[start:end], columns)]
            if last and end - start < width
            else _fitted(cells[start:end], columns)
        )
        # (an empty cell the page wrote is empty: the cells merged from above are those it left out)
        if end - start < width and rows and not last and "" not in cells[start:end]:
            fitted = [_merged_from_above(row, rows[-1], columns) for row in fitted]
        rows.extend(fitted)
        start = end
    return rows


def _unit_run_joined(row: Sequence[str], columns: Sequence[Column | None]) -> tuple[str, ...]:
    """A row the document stops in, with a unit cell written one unit a line (开发区 / 渠沟镇 / 西街道 / 三) joined:
    a run of names longer than the unit columns it starts in, up to the name the document stops in."""
    for at, column in enumerate(columns[: len(row)]):
        if column not in UNIT_COLUMNS:
            continue
        end, unit_columns = at, at
        while end < len(row) and looks_like_department(row[end]):
            end += 1
        while unit_columns < len(columns) and columns[unit_columns] in UNIT_COLUMNS:
            unit_columns += 1
        if end <= unit_columns:
            continue
        if end == len(row) - 1 and len(row[end]) <= _MAX_BROKEN_HEAD and _has_words(row[end]):
            end += 1  # the name the document stops in, its rest cut off
        return (*row[:at], "、".join(row[at:end]), *row[end:])
    return tuple(row)


def _merged_from_above(
    row: tuple[str, ...], above: tuple[str, ...], columns: Sequence[Column | None]
) -> tuple[str, ...]:
    """A row short of cells: its empty deadline and unit cells are those a merged cell spans from the row above."""
    return tuple(
        above[i] if not cell and columns[i] in _SPANNED_COLUMNS and i < len(above) else cell
        for i, cell in enumerate(row)
    )


_SPANNED_COLUMNS = frozenset((Column.DEADLINE, *UNIT_COLUMNS))


def _next_row_within(cells: Sequence[str], start: int, end: int, number: int) -> int:
    """Where the next row starts when merged cells leave this one short: its number, then the next row's text
    (2 / 全年组织开展… / 文化宣传股 / 3 / 开展好“三下乡”活动。), before the row would be full; else `end`."""
    following = str(number + 1)
    for index in range(start + 2, min(end, len(cells) - 1)):
        if cells[index] == following and _reads_as_text(cells[index + 1]):
            return index
    return end


def _reads_as_text(cell: str) -> bool:
    return _has_words(cell) and not looks_like_department(cell) and not reads_as_deadline(cell)


def _follows(cell: str, number: int) -> bool:
    """Whether a cell numbers one of the next rows (a row or two may be missing from a damaged copy)."""
    return cell.isdecimal() and number < int(cell) <= number + _MAX_MISSING_ROWS + 1


_MAX_MISSING_ROWS = 2


def _fitted(row: Sequence[str], columns: Sequence[Column | None]) -> list[tuple[str, ...]]:
    """The rows that a numbered row's cells hold. More cells than columns: a unit cell written one unit a line
    (its lines joined), or an unnumbered sub-row below the row (开工建设老年大学 | 12月底前), kept as a row of its own
    whose last cell stays in the last column and whose empty unit cells were merged with the row's above."""
    width = len(columns)
    extra = len(row) - width
    if extra < 0 and row[0].isdecimal():  # merged cells dropped: each cell in the column it reads as
        return [placed(_unit_lines_joined(row), columns)]
    if (grouped := _group_cell_merged(row, columns)) is not None:
        return [grouped]
    if extra <= 0:
        return [tuple(row)]
    if (joined := _broken_name_joined(row, columns)) is not row or (
        joined := _broken_title_joined(row)
    ) is not row:
        return _fitted(joined, columns)
    # the unit column written one unit a line: the lead's, or the co-operating units' after a person's name
    units = next(
        (
            at
            for at, column in enumerate(columns)
            if column in UNIT_COLUMNS and all(map(looks_like_department, row[at : at + extra + 1]))
        ),
        None,
    )
    if units is not None:
        names = units + extra + 1
        while names < len(row) and looks_like_department(row[names]):
            names += 1  # 文化宣传股 / 文化馆 / 图书馆: the unit cell goes on, and the remark is empty
        return [(*row[:units], "、".join(row[units:names]), *row[names:])]
    rest = row[width:]
    # no number, its last cell in the last column, its units merged with the row's above
    if len(rest) < width:
        rest = ("", *rest[:-1], *("",) * (width - len(rest) - 1), rest[-1])
        rest = tuple(
            row[i] if column in UNIT_COLUMNS and not rest[i] else rest[i] for i, column in enumerate(columns)
        )
    return [tuple(row[:width]), tuple(rest)]


def _group_cell_merged(row: Sequence[str], columns: Sequence[Column | None]) -> tuple[str, ...] | None:
    """A row whose group cell the row above spans (9 | 家门口青少年宫 | 新建1个… | 团区委 | 各乡镇(街道) | 区教体局
    under 序号 | 事项分类 | 事项名称 | 项目内容 | 牵头单位 | 协同单位), the units ending it one a line: the empty group
    cell after the number, the lead's unit in its column and the rest in the last. None for any other row."""
    units = next((at for at, column in enumerate(columns) if column in UNIT_COLUMNS), None)
    if units is None or len(columns) - units != _LEAD_AND_HELPERS or columns[units] is not Column.LEAD:
        return None
    first = next((at for at in range(1, len(row)) if looks_like_department(row[at])), None)
    if first is None or not 1 < first < units or not all(map(_unit_or_none, row[first + 1 : -1])):
        return None
    helpers = [name for name in row[first + 1 :] if looks_like_department(name)]  # not /, nor a name cut off
    return (row[0], *("",) * (units - first), *row[1:first], row[first], "、".join(helpers))


_LEAD_AND_HELPERS = 2


def _unit_or_none(cell: str) -> bool:
    return looks_like_department(cell) or cell in ("/", "／")


def _broken_name_joined(row: Sequence[str], columns: Sequence[Column | None]) -> Sequence[str]:
    """The row with a unit's name the page broke over two lines in a unit column joined (市生态 / 环境局): the
    first piece names no unit, the two together do. The row itself when no name is broken."""
    for at, column in enumerate(columns[: len(row) - 1]):
        head, tail = row[at], row[at + 1]
        if (
            column in UNIT_COLUMNS
            and len(head) <= _MAX_BROKEN_HEAD
            and _has_words(head)
            and not looks_like_department(head)
            and not reads_as_deadline(head)
            and looks_like_department(head + tail)
        ):
            return (*row[:at], head + tail, *row[at + 2 :])
    return row


_MAX_BROKEN_HEAD = 6


def _broken_title_joined(row: Sequence[str]) -> Sequence[str]:
    """The row with the short title of its work the page broke over two lines joined (企业计量检测和 / 管理体系的建设,
    民生计量(免费 / 检定)): the first piece left open, by a joining word or a bracket, the second short too."""
    for at in range(1, len(row) - 1):
        head, tail = row[at], row[at + 1]
        if (
            len(head) <= _MAX_BROKEN_TITLE
            and len(tail) <= _MAX_BROKEN_TITLE
            and (
                head.endswith(_JOINING_WORDS)
                or head.count("(") + head.count("（") > head.count(")") + head.count("）")
            )
            and not looks_like_department(tail)
        ):
            return (*row[:at], head + tail, *row[at + 2 :])
    return row


_MAX_BROKEN_TITLE = 12
_JOINING_WORDS = ("和", "及", "与", "、")


def _unit_lines_joined(row: Sequence[str]) -> list[str]:
    """A row's cells with a unit cell written one unit a line joined (羌研会 / 灵岩寺博物馆)."""
    cells: list[str] = []
    for cell in row:
        if cells and looks_like_department(cell) and looks_like_department(cells[-1]):
            cells[-1] += f"、{cell}"
        else:
            cells.append(cell)
    return cells


def _mostly_short(rows: Sequence[tuple[str, ...]], width: int) -> bool:
    """Whether most rows (the last left out: the document may end inside it) lack cells: empty cells were dropped."""
    rows = rows[:-1]
    return sum(1 for row in rows if len(row) < width) * 2 > len(rows)


def _cells_in_place(rows: Sequence[tuple[str, ...]], columns: Sequence[Column | None], extra: int) -> bool:
    """Whether most rows hold a number in the 序号 column, and most full rows a unit (or nothing) in the first unit
    column. The last row is left out: the document may end inside it."""
    rows = rows[:-1]
    full = [row for row in rows if len(row) == len(columns) + extra]
    for column, test, checked in (
        (Column.NUMBER, _is_number, rows),
        (_first_unit_column(columns), _is_unit_or_empty, full),
    ):
        if column in columns:
            at = columns.index(column) + extra
            if sum(1 for row in checked if len(row) > at and test(row[at])) < len(checked) * _IN_PLACE_SHARE:
                return False
    return True


_IN_PLACE_SHARE = 0.8  # a table shifted once stays shifted: most rows after the shift are out of place


def _first_unit_column(columns: Sequence[Column | None]) -> Column | None:
    return next((column for column in columns if column in UNIT_COLUMNS), None)


def _is_number(cell: str) -> bool:
    return cell.rstrip(".、．").isdecimal()


def _is_unit_or_empty(cell: str) -> bool:
    if not cell:
        return True
    # (the list may be open: 市医保局、市公安局等)
    return all(
        map(looks_like_department, re.split(r"[、，,/／\s]+", cell.strip("、，, ").removesuffix("等")))
    )


def _leading_extra_columns(rows: Sequence[tuple[str, ...]], width: int) -> int:
    """Rows wider than the header carry an unheaded leading column (the task area, as in the seed)."""
    widest = Counter(len(row) for row in rows).most_common(1)[0][0]
    return max(0, widest - width)
