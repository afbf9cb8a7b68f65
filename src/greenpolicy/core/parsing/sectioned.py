"""A notice whose sections are the fields of its task, as a 销号公示 sets out a problem put right:

    一、整改问题 / （一）宿马园区唐河天门大道段有浮萍… / 二、整改实施主体 / 宿马园区党工委、管委会 /
    三、重点措施 / … / 五、完成时限 / 2024年12月底

Each item under the first section that names the work is a task (the section's text is one when it has no items);
the unit section and the deadline section are every task's.
"""

from __future__ import annotations

from collections.abc import Sequence

from greenpolicy.core.model import TaskKind
from greenpolicy.core.parsing.assignments import parse_assignment
from greenpolicy.core.parsing.columns import MAX_HEADER_CELL, UNIT_COLUMNS, Column, column_of
from greenpolicy.core.parsing.drafts import TaskDraft
from greenpolicy.core.parsing.lines import Line, node_title
from greenpolicy.core.parsing.numbering import RANKS

_SECTION_RANK = RANKS["cn"]
_MIN_FIELDS = 3  # the work, who does it, and one more: fewer is an outline that happens to use the words


def sectioned_tasks(lines: Sequence[Line]) -> list[TaskDraft]:
    """The tasks of a notice whose 一、 sections are fields, or none when its sections are not."""
    fields: dict[Column, tuple[Line, list[Line]]] = {}
    named = 0
    for heading, body in _sections(lines):
        if heading.numbered is None:
            continue
        column = column_of(heading.numbered.body.rstrip("：:。"))
        if column is None or len(heading.numbered.body) > MAX_HEADER_CELL:
            continue
        named += 1
        kind = Column.DEPARTMENTS if column in UNIT_COLUMNS else column
        if body:
            fields.setdefault(kind, (heading, body))
    if named < _MIN_FIELDS or Column.TASK not in fields or Column.DEPARTMENTS not in fields:
        return []
    units_text = "".join(line.text for line in fields[Column.DEPARTMENTS][1]).rstrip("。；; ")
    assignment = parse_assignment(units_text, marked=True)
    if assignment is None or assignment.doubtful:
        return []
    deadline = fields[Column.DEADLINE][1][0].text.strip().rstrip("。") if Column.DEADLINE in fields else None
    heading, body = fields[Column.TASK]
    section_path = (node_title(heading),)
    return [
        TaskDraft(
            kind=TaskKind.ITEM,
            number=item[0].numbered.number if item[0].numbered is not None else None,
            section_path=section_path,
            heading=None,
            text="".join(
                line.numbered.body if line.numbered is not None and line is item[0] else line.text
                for line in item
            ),
            assignment=assignment,
            line=item[0].line,
            deadline_cell=deadline,
            has_deadline_column=True,
        )
        for item in _items(body)
    ]


def _sections(lines: Sequence[Line]) -> list[tuple[Line, list[Line]]]:
    """The document's 一、 sections, each heading with the lines under it."""
    sections: list[tuple[Line, list[Line]]] = []
    for line in lines:
        if line.numbered is not None and line.numbered.rank <= _SECTION_RANK:
            sections.append((line, []))
        elif sections:
            sections[-1][1].append(line)
    return sections


def _items(body: Sequence[Line]) -> list[list[Line]]:
    """The numbered items of a section, each with its lines; the whole section as one when it numbers none."""
    if body[0].numbered is None:
        return [list(body)]
    items: list[list[Line]] = []
    for line in body:
        if line.numbered is not None or not items:
            items.append([line])
        else:
            items[-1].append(line)
    return items
