"""Rows of a task table become key tasks; area headings are carried down to the rows below them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from greenpolicy.core.departments import looks_like_department
from greenpolicy.core.model import Role, TaskKind
from greenpolicy.core.parsing.assignments import Assignment, is_leader_post, parse_assignment
from greenpolicy.core.parsing.columns import UNIT_COLUMNS, Column, column_of
from greenpolicy.core.parsing.drafts import TaskDraft
from greenpolicy.core.parsing.endings import stopped_in_assignment
from greenpolicy.core.parsing.numbering import read_label, split_heading
from greenpolicy.core.parsing.short_rows import reads_as_deadline, reads_as_units
from greenpolicy.core.parsing.tables import TaskTable

# Python 3.11 finds an enum member through EnumType.__getattr__ (~130 ns; a global takes ~10): the row loop
# reads these aliases.
_KEY_TASK = TaskKind.KEY_TASK
_AREA, _TASK, _NUMBER, _DEADLINE = Column.AREA, Column.TASK, Column.NUMBER, Column.DEADLINE
_LEAD, _CO, _DEPARTMENTS = Column.LEAD, Column.CO, Column.DEPARTMENTS
_WORDS = re.compile(r"[\u4e00-\u9fff]")
_AREA_TEXT = re.compile(
    r"^[一二三四五六七八九十]+[、.．]|^[（(][一二三四五六七八九十]+[）)]|^第[一二三四五六七八九十]+部分"
)


def key_tasks(table: TaskTable, *, section_path: Sequence[str]) -> list[TaskDraft]:
    """The key tasks of one task table, in row order."""
    columns = _with_area_column(table)
    task_column = columns.index(_TASK)
    width = len(columns)
    has_deadline_column = _DEADLINE in columns
    last_row = len(table.rows) - 1
    cells_of = _cell_reader(columns)
    drafts: list[TaskDraft] = []
    area: str | None = None
    heading: str | None = None  # the area heading row over the rows, whose own area cells group them further
    # 办公室、医保中心按职责分工落: the page stops in the closing words of the last cell, after its last name
    last_cell = table.rows[-1][-1].strip() if table.rows and table.rows[-1] else ""
    cut_closure = last_cell if table.ends_document and _CUT_CLOSURE.search(last_cell) else None
    for row_index, raw in enumerate(table.rows):
        row = (*map(str.strip, raw), *("",) * (width - len(raw)))
        if _is_area_row(row, task_column):
            area = heading = next(cell for cell in row if cell)
            continue
        if row_index == 0 and _is_second_header_row(row):
            continue
        stops_inside = bool(
            table.ends_document and row_index == last_row and 0 < len(raw) < width and row[len(raw) - 1]
        )
        if row[-1] and row[-1] == cut_closure:  # the last rows' units' cell, merged over them
            row, stops_inside = (*row[:-1], _CUT_CLOSURE.sub("", row[-1])), True
        cells = cells_of(row)
        assignment = _assignment(cells)
        # most rows' units read cleanly: only a row read with doubt has its units looked for elsewhere
        doubt = assignment is None or assignment.doubtful
        if doubt and (moved := _units_where_they_stand(cells, row, columns, task_column)) is not cells:
            cells, assignment = moved, _assignment(moved)
        if assignment is None:
            assignment = _name_kept(cells)
        area = cells.get(_AREA) or area
        task_text = cells.get(_TASK, "")
        if _WORDS.search(task_text) is None or _names_a_unit(task_text) or _names_a_column(task_text):
            continue  # empty, a figure or unit a shifted cell left there (3034, 社会保障局), a sub-header (投资)
        cut_short = stops_inside or (
            table.ends_document
            and row_index == last_row
            and task_column + 1 < len(row)
            and not any(row[task_column + 1 :])
        )
        items = (
            [task_text]
            if _NUMBER in cells
            else _items_of_cell(task_text, after=drafts[-1] if drafts else None)
        )
        for at, item_text in enumerate(items):
            last = at == len(items) - 1  # the page stops in a row's last item only
            number, text = _number_and_text(item_text)
            draft = TaskDraft(
                kind=_KEY_TASK,
                number=cells.get(_NUMBER) or number,
                section_path=(*section_path, *dict.fromkeys(part for part in (heading, area) if part)),
                heading=None,
                text=text,
                assignment=assignment,
                line=table.line,
                area=_area_title(area),
                deadline_cell=cells.get(_DEADLINE),
                has_deadline_column=has_deadline_column,
                incomplete=cut_short and last,
            )
            if last and (
                (stops_inside and columns[len(raw) - 1] in UNIT_COLUMNS)
                or (table.ends_document and row_index == last_row and _ends_in_a_cut_name(assignment))
            ):  # …、区统计局、区 or 市科技局、市经: the last name is cut
                draft = stopped_in_assignment(draft)
            drafts.append(draft)
    return drafts


def _number_and_text(item: str) -> tuple[str | None, str]:
    """An item's number and its text, its inline heading aside: (3)加强…, or a task numbered under its indicator's
    number in the cell the tasks are split out in (1.1制定《…规划》;)."""
    label = read_label(item)
    if label is not None and label.rank >= _ITEM_RANK:
        return label.number, split_heading(label.body)[1]
    if (decimal := _DECIMAL_ITEM.match(item)) is not None:
        return decimal["number"], item[decimal.end() :]
    return None, item


_DECIMAL_ITEM = re.compile(r"\s*(?P<number>\d{1,2}\.\d{1,2})(?=[\u4e00-\u9fff])(?![万亿千百元米吨倍])")


def _items_of_cell(text: str, *, after: TaskDraft | None) -> list[str]:
    """The numbered items a task cell holds, each a task, where they go on from the item of the row before (3.… /
    4.规范使用…办理实效。 5.用好平台…): the next number after a sentence's end starts the next. A cell whose numbers
    start again from 1 (1.落实…; 2.结合实际…), as the steps of its row's work, is one task, as is one without them."""
    label = read_label(text)
    if label is None or label.rank < _ITEM_RANK or not label.number.isdecimal():
        return [text]
    previous = after.number if after is not None else None
    if previous is None or not previous.isdecimal() or int(previous) + 1 != int(label.number):
        return [text]
    starts = [0]
    for found in _ITEM_AFTER_A_SENTENCE.finditer(text):
        if int(found["number"]) == int(label.number) + len(starts):
            starts.append(found.start("number"))
    return [text[start:end].strip() for start, end in pairwise([*starts, len(text)])]


_ITEM_AFTER_A_SENTENCE = re.compile(r"(?<=[。；;])\s*(?P<number>\d{1,3})[.．、]")


def _units_where_they_stand(
    cells: dict[Column, str], row: Sequence[str], columns: Sequence[Column | None], task_column: int
) -> dict[Column, str]:
    """The cells of a row whose units could not be read, with its units read where they stand. A header cell
    spanning sub-columns (2022年工作计划 over 投资 | 形象进度) gives the rows more cells than the header names, and
    sets their units right of the unit columns: when those hold text, the units are the first run of cells after
    the task that reads as units, the first of them the lead's where the header has a lead column."""
    held = [cells[column] for column in UNIT_COLUMNS if column in cells]
    if not held or any(map(_holds_units, held)):
        return cells
    run: list[str] = []
    for cell in row[task_column + 1 :]:
        if cell and reads_as_units(cell):
            run.append(cell)
        elif run:
            break
    if not run:
        return cells
    moved = {column: text for column, text in cells.items() if column not in UNIT_COLUMNS}
    if _LEAD in columns:
        moved[_LEAD] = run[0]
        if len(run) > 1:
            moved[_CO] = "、".join(run[1:])
    else:
        moved[_DEPARTMENTS] = "、".join(run)
    return moved


_CUT_CLOSURE = re.compile(r"等?按职(?:责(?:分(?:工(?:负|落)?)?)?)?$")


def _ends_in_a_cut_name(assignment: Assignment | None) -> bool:
    """Whether the last name of the last row of a document ending in a table is a few characters that read as no
    unit (市经, 市发): the page stops in it."""
    if assignment is None or not assignment.departments:
        return False
    last = assignment.departments[-1][0]
    return last in assignment.doubtful and len(last) <= _CUT_NAME


_CUT_NAME = 3


def _name_kept(cells: dict[Column, str]) -> Assignment | None:
    """A unit cell holding one name that does not read as a unit (临平新城, 未来科技城(海创园): a zone named for
    its place): kept as the lead, and flagged, rather than dropped. Not a status, a date, a sentence, nor a leader's
    post a shifted cell left there (常务副市长)."""
    cell = next((cells[column] for column in (_LEAD, _DEPARTMENTS) if column in cells), "")
    if (
        not _LONE_NAME.fullmatch(cell)
        or _NOT_A_NAME.search(cell)
        or reads_as_deadline(cell)
        or is_leader_post(cell)
    ):
        return None
    return Assignment(((cell, Role.LEAD),), doubtful=(cell,))


_LONE_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}(?:[(（][\u4e00-\u9fff]{2,10}[)）])?")
_NOT_A_NAME = re.compile(
    r"完成|推进|开展|实施|持续|落实|计划|安排|统筹|负责|牵头|配合|正在|^[由已无全各]|^未[完开启]|等|及|和"
)


def _holds_units(cell: str) -> bool:
    """Whether a unit cell names units, a few written short among them (省卫生厅、省人口计生) or not."""
    assignment = parse_assignment(cell, marked=True)
    return assignment is not None and len(assignment.doubtful) < len(assignment.departments)


def _names_a_unit(text: str) -> bool:
    return len(text) <= _UNIT_NAME and looks_like_department(text)


_UNIT_NAME = 30  # longer texts are work: the name test is spared them


def _names_a_column(text: str) -> bool:
    """A cell of a header's second row (投资 | 工程主要形象进度) under the task column: it names a column other than
    the work's."""
    return len(text) <= _SUB_HEADER_CELL and column_of(text) not in (None, _TASK, _AREA)


_SUB_HEADER_CELL = 6  # 投资, 完成投资: 安排中央预算内投资 is work


def _is_second_header_row(row: Sequence[str]) -> bool:
    """A header's second row, under cells that span columns (投资 | 工程主要形象进度 | 完成投资 | %): no number, and
    two cells or more that name columns other than the work's."""
    return not row[0] and sum(1 for cell in row if cell and _names_a_column(cell)) >= _SUB_HEADER_CELLS


_SUB_HEADER_CELLS = 2


def _with_area_column(table: TaskTable) -> tuple[Column | None, ...]:
    """An unheaded column whose cells are area headings (一、推行绿色设计) is the area column; so is the first of two
    task columns when it holds them (工作任务 | 具体要求: 一、做好财政信息公开。 | 1.积极推进预算公开。), stands
    before the number column (考核项目 | 序号 | 考核内容) or is merged down over the rows (项目名称 | 项目内容)."""
    columns = list(table.columns)
    tasks = columns.count(_TASK)
    number = columns.index(_NUMBER) if _NUMBER in columns else 0
    for index, column in enumerate(columns):
        # 考核项目 | 序号 | 考核内容, or 项目名称 | 项目内容 with 项目名称 merged down: the group first
        if column is _TASK and tasks > 1 and (index < number or _merged_down(table.rows, index, columns)):
            tasks -= 1
            columns[index] = _AREA
        elif (column is None or (column is _TASK and tasks > 1)) and any(
            _AREA_TEXT.match(row[index].strip()) for row in table.rows if index < len(row)
        ):
            tasks -= column is _TASK
            columns[index] = _AREA
    return tuple(columns)


def _merged_down(rows: Sequence[Sequence[str]], index: int, columns: Sequence[Column | None]) -> bool:
    """Whether a task column's cells are merged down over the rows below: it is empty in two rows or more where a
    later task column holds text."""
    later = [at for at in range(index + 1, len(columns)) if columns[at] is _TASK]
    spanned = sum(
        1
        for row in rows
        if index < len(row)
        and not row[index].strip()
        and any(at < len(row) and row[at].strip() for at in later)
    )
    return spanned >= 2


def _cell_reader(columns: Sequence[Column | None]) -> Callable[[Sequence[str]], dict[Column, str]]:
    """How to read a row's (stripped) cells by column; where two columns share a role (two 配合单位 columns) their
    texts are joined, but of two task columns (重点工作 | 工作任务安排) one names the task: the first that holds
    plain text, not a number or letters set apart by spaces (生 态 环 境), which shifted or merged cells leave there,
    unless it only names the field of the work the second describes: then it is the row's area. Most tables give
    each role one column, and their rows are read by index alone."""
    named = [(index, column) for index, column in enumerate(columns) if column is not None]
    if len({column for _, column in named}) == len(named):
        return lambda row: {column: row[index] for index, column in named if row[index]}

    def joined(row: Sequence[str]) -> dict[Column, str]:
        cells: dict[Column, str] = {}
        task_at = -1  # where the task cell read so far stands
        for index, column in named:
            text = row[index]
            if column is _TASK:
                # 政策解读 | 对…进行全面解读，创新解读形式…: a field's name, its description in the next column
                if text and _TASK in cells and task_at == index - 1 and _names_the_field(cells[_TASK], text):
                    name = read_label(cells[_TASK])  # 14.改扩建泉山学校 | 完成…: the name numbers the row
                    if name is not None and name.rank >= _ITEM_RANK and _NUMBER not in cells:
                        cells[_NUMBER] = name.number
                    cells.setdefault(_AREA, cells[_TASK])
                    cells[_TASK], task_at = text, index
                elif text and (_TASK not in cells or not _plain_task(cells[_TASK])):
                    cells[_TASK], task_at = text, index
            elif text:
                cells[column] = f"{cells[column]}、{text}" if column in cells else text
        return cells

    return joined


def _names_the_field(first: str, second: str) -> bool:
    """Whether the first of two task cells only names the field of the work the second describes: a few words
    against sentences (政策解读 | 对以我局名义制定、下发的政策文件进行全面解读，创新解读形式…)."""
    return (
        len(first) <= _FIELD_NAME
        and not first.endswith(_PROJECT_ENDS)
        and not any(mark in first for mark in "。，,；;")
        and len(second) >= max(_DESCRIPTION, _FIELD_RATIO * len(first))
    )


_ITEM_RANK = 4  # 1. and deeper: numbers of items, not of areas
_FIELD_NAME = 20
_PROJECT_ENDS = ("项目", "工程")  # 高标准农田建设项目 | 实施田块整治500亩…: a project, named, is the task
_DESCRIPTION = 20
_FIELD_RATIO = 1.5


def _plain_task(text: str) -> bool:
    return not text.isdecimal() and len(text.split()) == 1


def _is_area_row(row: Sequence[str], task_column: int) -> bool:
    """A row that only names an area: one distinct text, set across the row or alone in it (cells stripped)."""
    texts = set(row)
    texts.discard("")
    if len(texts) != 1:
        return False
    text = next(iter(texts))
    return bool(_AREA_TEXT.match(text)) or (row[task_column] == "" and len(text) <= 30)


def _area_title(area: str | None) -> str | None:
    if area is None:
        return None
    label = read_label(area)
    return label.body if label else area


def _assignment(cells: dict[Column, str]) -> Assignment | None:
    """Departments from the unit columns: 牵头单位 and 配合单位 apart, or one 责任单位 list whose first leads (before
    a 配合单位 column's units, when there is no 牵头单位 column)."""
    lead, co, both = cells.get(_LEAD), cells.get(_CO), cells.get(_DEPARTMENTS)
    if lead is None and co is None:
        return parse_assignment(both, marked=True) if both else None
    if lead is None and both:
        return parse_assignment(f"责任单位：{both}；配合单位：{co}", marked=True)
    text = "；".join(
        part for part in (f"牵头单位：{lead}" if lead else "", f"配合单位：{co}" if co else "") if part
    )
    if both:
        text = f"{text}；配合单位：{both}"
    return parse_assignment(text, marked=True)
