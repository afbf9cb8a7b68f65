"""The document's structure: outline, paragraph tasks and task tables, read in one pass over its blocks.

A task is the unit that carries its own responsibility assignment. An assignment closes a paragraph
（A、B等按职责分工负责）, stands inline (责任单位：A), or follows on lines of its own after the item it belongs to.
When a numbered item holds exactly one assignment, the whole item is the task (its number, its heading); when it
holds several, each assignment closes the paragraphs since the previous one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from greenpolicy.core.departments import looks_like_department
from greenpolicy.core.model import OutlineNode, TaskKind
from greenpolicy.core.parsing.assignments import (
    LABELLED_LINE,
    Assignment,
    has_label,
    parse_assignment,
    standing_rule,
)
from greenpolicy.core.parsing.brackets import closing_bracket, trailing_parenthetical
from greenpolicy.core.parsing.drafts import TaskDraft
from greenpolicy.core.parsing.groups import task_paragraphs
from greenpolicy.core.parsing.key_tasks import key_tasks
from greenpolicy.core.parsing.numbering import (
    Numbered,
    attachment_title,
    is_heading_only,
    read_label,
    split_heading,
)
from greenpolicy.core.parsing.tables import read_task_table
from greenpolicy.core.reading.blocks import Block, Table

_ATTACHMENT_RANK = -1
_INLINE_LABEL = re.compile(r"[。；;]\s*[(（]?\s*(?:责任单位|责任部门|牵头单位|牵头部门|责任主体)\s*[:：]")
_PERSON_LINE = re.compile(
    r"^\s*[(（]?\s*(?:牵头|责任|分管|联系|包保|挂帅)?[区市县省镇]?(?:级)?(?:领导|责任人|联系人|负责人)(?:同志)?\s*[:：]"
)
_SENTENCE_FINAL = re.compile(r"[。！？!?”\"）)」』》〕】\]］]\s*$|\d{4}年\d{1,2}月\d{1,2}日\s*$")
_MAX_TITLE = 30
_MAX_SENTENCE_TITLE = 60
_LIST_GOES_ON = ("、", "，", ",", "；", ";", "/")


@dataclass(slots=True)
class _Line:
    position: int
    line: int
    text: str
    numbered: Numbered | None = None
    attachment: str | None = None  # the path label of an attachment marker (附件：重点任务清单)
    chain: tuple[int, ...] = ()  # numbered lines and attachment markers that cover this line, outermost first
    assignment: Assignment | None = None
    cut: int | None = None  # where the line's own text ends, before its trailing assignment
    assignment_only: bool = False
    failed_assignment: bool = (
        False  # a 责任单位 line whose list could not be read (the document is cut off in it)
    )
    span_end: int = 0


@dataclass(slots=True)
class _TableMark:
    position: int
    table: Table
    chain: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Structure:
    """The outline and the task drafts of one document, and whether its text is cut off."""

    outline: tuple[OutlineNode, ...]
    drafts: tuple[TaskDraft, ...]
    truncated: bool
    standing_rules: tuple[str, ...] = field(default=())


def read_structure(blocks: Sequence[Block]) -> Structure:
    """Read the outline and every task of a document."""
    entries = _entries(blocks)
    lines = [entry for entry in entries if isinstance(entry, _Line)]
    truncated = isinstance(entries[-1], _Line) and _is_truncated(lines) if entries else False
    by_position = {line.position: line for line in lines}
    drafts: list[TaskDraft] = []
    implied: list[tuple[int, tuple[str, ...]]] = []
    rules: list[str] = []
    for line in lines:
        if line.assignment is not None:
            rules.extend(line.assignment.rules)
            if line.assignment.implied:
                implied.append((line.line, line.assignment.implied))
        elif (match := standing_rule(line.text)) is not None:
            implied.append((line.line, (match.group("who"),)))
            rules.append(match.group(0))

    has_tables = any(isinstance(entry, _TableMark) for entry in entries)
    paragraph_drafts, truncated = _paragraph_tasks(lines, by_position, truncated, has_tables=has_tables)
    drafts.extend(paragraph_drafts)
    for entry in entries:
        if isinstance(entry, _TableMark):
            task_table = read_task_table(entry.table, ends_document=entry is entries[-1])
            if task_table is not None:
                drafts.extend(key_tasks(task_table, section_path=_path(entry.chain, by_position)))
    drafts.sort(key=lambda draft: draft.line)
    if implied:
        drafts = [_with_implied(draft, implied) for draft in drafts]
    return Structure(_outline(lines), tuple(drafts), truncated, tuple(rules))


def _entries(blocks: Sequence[Block]) -> list[_Line | _TableMark]:
    """Classify every non-empty paragraph and record which outline nodes cover it."""
    entries: list[_Line | _TableMark] = []
    stack: list[_Line] = []
    chain: tuple[int, ...] = ()  # the positions of the stack, rebuilt only when it changes
    for block in task_paragraphs(blocks):
        position = len(entries)
        if isinstance(block, Table):
            entries.append(_TableMark(position, block, chain))
            _close(stack, position, keep_rank=_ATTACHMENT_RANK)
            chain = tuple(item.position for item in stack)
            continue
        text = block.text
        line = _Line(position, block.line, text)
        entries.append(line)
        title = attachment_title(text)
        if title is not None:
            _close(stack, position, keep_rank=None)
            line.attachment = f"附件：{title}" if title else "附件"
            line.chain = chain = (position,)
            stack.append(line)
            continue
        if len(stack) == 1 and stack[0].attachment == "附件" and stack[0].position == position - 1:
            stack[0].attachment = f"附件：{text}"  # the attachment's title stands on the line after 附件
            line.chain = stack[0].chain
            continue
        line.numbered = read_label(text)
        if line.numbered is not None:
            _close(stack, position, keep_rank=None, below=line.numbered.rank)
            stack.append(line)
            chain = tuple(item.position for item in stack)
        line.chain = chain
        _read_assignment(line)
    _close(stack, len(entries), keep_rank=None)
    return entries


def _close(stack: list[_Line], position: int, *, keep_rank: int | None, below: int | None = None) -> None:
    """End the spans of the open nodes: those of rank >= `below`, or all but the attachment nodes."""
    while stack:
        top = stack[-1]
        rank = top.numbered.rank if top.numbered else _ATTACHMENT_RANK
        if below is not None and rank < below:
            return
        if below is None and keep_rank is not None and rank <= keep_rank:
            return
        top.span_end = position
        stack.pop()


def _read_assignment(line: _Line) -> None:
    text = line.text
    if _PERSON_LINE.match(text):  # 牵头区领导：罗平 — a person, neither task text nor a department
        line.assignment_only = True
        return
    summary = _SUMMARY_ASSIGNMENT.match(text) if text.startswith(("以上", "上述")) else None
    if summary is not None:  # 以上工作由市交通局负责，各有关部门配合。: an assignment line of its own
        line.assignment = parse_assignment(summary["clause"], marked=True)
        line.assignment_only = line.assignment is not None
        if line.assignment_only:
            return
    if LABELLED_LINE.match(text):
        line.assignment = parse_assignment(_unbracketed(text), marked=True)
        line.assignment_only = True
        line.failed_assignment = line.assignment is None
        return
    found = trailing_parenthetical(text)
    if found is not None:
        assignment = parse_assignment(found[1])
        if assignment is not None and assignment.departments:
            line.assignment, line.cut = assignment, found[0]
            return
    inline = _INLINE_LABEL.search(text) if ":" in text or "：" in text else None  # the label ends in a colon
    if inline is not None:
        assignment = parse_assignment(text[inline.start() + 1 :].strip("（()） "), marked=True)
        if assignment is not None:
            line.assignment, line.cut = assignment, inline.start() + 1


_SUMMARY_ASSIGNMENT = re.compile(r"^(?:以上|上述)(?:各项)?(?:工作|任务|事项|措施)?由(?P<clause>[^。]+?)。?$")


def _unbracketed(text: str) -> str:
    """A labelled line without the brackets around it: （责任单位：A、B） on a line of its own."""
    return text[1:-1] if text[0] in "(（" and closing_bracket(text, 0) == len(text) - 1 else text


class _Point(NamedTuple):
    anchor: _Line  # the last line of the task's own text
    assignment: Assignment
    separate: bool  # the assignment stands on lines of its own after the text


def _points(lines: Sequence[_Line]) -> list[_Point]:
    """Assignments, with consecutive 牵头单位/配合单位/完成时限 lines read together as one clause."""
    points: list[_Point] = []
    previous_text: _Line | None = None
    group: list[_Line] = []  # the assignment lines after previous_text

    def close_group() -> None:
        written = [line for line in group if line.assignment is not None]
        if written and previous_text is not None:
            together = (
                written[0].assignment
                if len(written) == 1
                else parse_assignment("；".join(_unbracketed(line.text) for line in written), marked=True)
            )
            points.append(
                _Point(previous_text, together or written[0].assignment or Assignment(()), separate=True)
            )
        group.clear()

    for line in lines:
        if line.assignment_only:
            group.append(line)
            continue
        close_group()
        if line.assignment is not None:
            points.append(_Point(line, line.assignment, separate=False))
        previous_text = line
    close_group()
    return points


def _paragraph_tasks(
    lines: Sequence[_Line], by_position: dict[int, _Line], truncated: bool, *, has_tables: bool
) -> tuple[list[TaskDraft], bool]:
    """The tasks of the running text, and whether the text is cut off (an item without the assignment each of its
    siblings has, at the very end, is read as cut off before it)."""
    points = _points(lines)
    anchors = Counter(position for point in points for position in point.anchor.chain)
    index_of = {line.position: index for index, line in enumerate(lines)}
    drafts: list[TaskDraft] = []
    previous_end = -1
    for point in points:
        anchor = point.anchor
        owner = by_position[anchor.chain[-1]] if anchor.chain else None
        if point.separate and owner is not None:
            owner = _item_over_sub_items(owner, lines, index_of, by_position, anchors)
        if (
            owner is not None
            and owner.numbered is not None
            and owner.position > previous_end
            and (anchors[owner.position] == 1 or owner.position == anchor.position)
        ):
            start = owner.position
        elif owner is None:  # no outline above it: the paragraph it closes, not the preamble before it
            start = max(previous_end + 1, _paragraph_start(lines, index_of[anchor.position]))
        else:
            start = max(previous_end + 1, owner.position + 1)
        end = index_of[anchor.position]
        span = [
            line
            for line in lines[index_of.get(start, end) : end + 1]
            if line.position >= start and not line.assignment_only and not line.attachment
        ]
        if _is_titled_assignment(anchor):
            items = _numbered_items_under(lines, end)
            if items:  # 一、强化科技创新（区科技局牵头） over its items: each item without its own is a task
                drafts.extend(_draft(item, point, by_position) for item in items if not _has_assignment(item))
                all_items = [line for item in items for line in item]
                previous_end = anchor.position if any(map(_has_assignment, items)) else all_items[-1].position
                continue
            span += _body_after(lines, end)
        drafts.append(_draft(span or [anchor], point, by_position))
        previous_end = span[-1].position if span else anchor.position
    if truncated and drafts and all(line.assignment_only for line in lines if line.position > previous_end):
        drafts[-1] = _stopped_in_assignment(drafts[-1])
        return drafts, truncated
    truncated = truncated or _ends_in_item_without_assignment(lines, previous_end, points, by_position)
    if truncated:
        drafts.extend(_cut_off_task(lines, previous_end, drafts, by_position, has_tables=has_tables))
    return drafts, truncated


def _item_over_sub_items(
    owner: _Line,
    lines: Sequence[_Line],
    index_of: dict[int, int],
    by_position: dict[int, _Line],
    anchors: Counter[int],
) -> _Line:
    """The item an assignment on its own line belongs to: after sub-items （1）…（4） none of which has one, the
    item above them (1.完善应急预案体系), not the last sub-item."""
    if owner.numbered is None or owner.numbered.rank < _SUB_ITEM_RANK or len(owner.chain) < 2:
        return owner
    parent = by_position[owner.chain[-2]]
    if parent.numbered is None or anchors[parent.position] != 1:
        return owner
    between = lines[index_of[parent.position] + 1 : index_of[owner.position]]
    siblings = any(line.numbered is not None and line.chain[-2:-1] == (parent.position,) for line in between)
    return parent if siblings else owner


_SUB_ITEM_RANK = 5  # （1）, ①: the items of a numbered item
_MEASURE_RANK = 3  # （一）, 1., （1）: the levels measures and items are numbered at


def _stopped_in_assignment(draft: TaskDraft) -> TaskDraft:
    """A task whose text stops inside its assignment: incomplete, without the name the text stops in (…；责任单位：区政)."""
    assignment = draft.assignment
    if assignment is not None and assignment.departments:
        last = assignment.departments[-1][0]
        if not looks_like_department(last):
            kept = assignment.departments[:-1]
            doubtful = tuple(name for name in assignment.doubtful if name != last)
            assignment = assignment._replace(departments=kept, doubtful=doubtful) if kept else None
    return draft._replace(incomplete=True, assignment=assignment)


def _ends_in_item_without_assignment(
    lines: Sequence[_Line], previous_end: int, points: Sequence[_Point], by_position: dict[int, _Line]
) -> bool:
    """Whether the text ends in a numbered item that lacks the assignment lines its previous sibling has
    (7.其他主要经济指标不低于全市平均水平。 with its 牵头单位 lines cut off)."""
    if not points or not points[-1].separate or not points[-1].anchor.chain:
        return False
    rest = [line for line in lines if line.position > previous_end and not line.assignment_only]
    numbered = [line for line in rest if line.numbered is not None]
    if len(numbered) != 1 or rest[0] is not numbered[0] or _SIGNATURE_DATE.search(rest[-1].text):
        return False
    item, sibling = numbered[0], by_position[points[-1].anchor.chain[-1]]
    return (
        sibling.numbered is not None
        and item.numbered is not None
        and sibling.numbered.rank == item.numbered.rank
        and sibling.chain[:-1] == item.chain[:-1]
    )


_SIGNATURE_DATE = re.compile(
    r"\d{4}年\d{1,2}月\d{1,2}日\s*$|[〇○零一二三四五六七八九十]+月[〇○零一二三四五六七八九十]+日\s*$"
)


def _paragraph_start(lines: Sequence[_Line], index: int) -> int:
    """Where the paragraph ending at `index` starts: the lines before it that a line break cut mid-sentence."""
    start = index
    while start > 0 and not lines[start - 1].assignment_only and lines[start - 1].numbered is None:
        if _SENTENCE_FINAL.search(lines[start - 1].text) or lines[start - 1].assignment is not None:
            break
        start -= 1
    return lines[start].position


def _is_titled_assignment(line: _Line) -> bool:
    """A numbered title that carries the assignment, its text below: （一）推进绿色设计（责任单位：市经济信息委）."""
    if line.numbered is None or line.cut is None:
        return False
    return is_heading_only(line.text[len(line.text) - len(line.numbered.body) : line.cut])


def _numbered_items_under(lines: Sequence[_Line], index: int) -> list[list[_Line]]:
    """The numbered items right under the title at `index`, each with the lines it covers."""
    title = lines[index]
    items: list[list[_Line]] = []
    for line in lines[index + 1 :]:
        if title.position not in line.chain or line.attachment:
            break
        if line.numbered is not None and line.chain[-2:-1] == (title.position,):
            items.append([line])
        elif items and (line.assignment is not None or not line.assignment_only):
            items[-1].append(line)  # a leader line (牵头领导：…) is neither text nor assignment
    return items


def _has_assignment(item: Sequence[_Line]) -> bool:
    return any(line.assignment is not None for line in item)


def _body_after(lines: Sequence[_Line], index: int) -> list[_Line]:
    """The plain paragraphs right after a line, up to the next numbered line, assignment, table or attachment."""
    body: list[_Line] = []
    for following in lines[index + 1 :]:
        contiguous = following.position == (body[-1] if body else lines[index]).position + 1
        if not contiguous or following.numbered or following.assignment or following.attachment:
            break
        if following.failed_assignment:
            break
        body.append(following)
    return body


def _draft(span: Sequence[_Line], point: _Point, by_position: dict[int, _Line]) -> TaskDraft:
    first = span[0]
    number, heading = None, None
    parts: list[str] = []
    for line in span:
        text = line.text if line.cut is None else line.text[: line.cut]
        if line is first and line.numbered is not None:
            number, text = line.numbered.number, text[len(line.text) - len(line.numbered.body) :]
            if len(span) > 1 and is_heading_only(text):
                heading, text = text.rstrip("。：: "), ""
            else:
                heading, text = split_heading(text)
        elif not parts and line.numbered is not None:  # the text starts at a sub-item: （1）加强… → 加强…
            text = text[len(line.text) - len(line.numbered.body) :]
        if text.strip():
            parts.append(text.strip())
    ancestors = [position for position in first.chain if position != first.position]
    section_path = _path(ancestors, by_position)
    if number is not None and heading:
        section_path = (*section_path, f"{first.numbered.label if first.numbered else ''}{heading}")
    return TaskDraft(
        kind=TaskKind.ITEM if point.separate else TaskKind.MEASURE,
        number=number,
        section_path=section_path,
        heading=heading,
        text="\n".join(parts),
        assignment=point.assignment,
        line=first.line,
        area=_area(section_path),
        deadline_cell=point.assignment.deadline_text,
    )


def _cut_off_task(
    lines: Sequence[_Line],
    previous_end: int,
    drafts: Sequence[TaskDraft],
    by_position: dict[int, _Line],
    *,
    has_tables: bool,
) -> list[TaskDraft]:
    """The item the document ends inside: kept, marked incomplete, when its siblings carry assignments, when the
    text stops inside an assignment, or when it is a measure or an item (（一）, 1.) of a text without task tables:
    a page cut before the first assignment still shows a task, its assignment unseen.

    When the text stops inside its responsibility list, the names written out in full before the cut are kept;
    the last, cut-off one never is.
    """
    rest = [line for line in lines if line.position > previous_end and not line.attachment]
    numbered = [line for line in rest if line.numbered is not None]
    if not numbered:
        return []
    first = numbered[-1]
    span = [line for line in rest if line.position >= first.position]
    opened = _OPEN_LIST_AT_END.search(span[-1].text)
    assignment = _partial_assignment(span[-1])
    if (
        not drafts
        and (assignment is None or not assignment.departments)
        and not _labelled(opened)
        and (
            has_tables
            or first.numbered is None
            or first.numbered.rank < _MEASURE_RANK
            or _frames_the_work(first, by_position)
            or any(_reads_as_cell(line.text) for line in span[1:])
        )
    ):
        return []  # no sibling carries an assignment, the text stops in none, and it stops in no measure
    text_lines = [line for line in span if not line.assignment_only]
    separate = bool(drafts) and drafts[-1].kind is TaskKind.ITEM
    sibling_kind = _Point(first, Assignment(()), separate=separate)  # as its siblings
    draft = _draft(text_lines or [first], sibling_kind, by_position)
    return [
        TaskDraft(
            kind=draft.kind,
            number=draft.number,
            section_path=draft.section_path,
            heading=draft.heading,
            text=draft.text,
            assignment=assignment,
            line=draft.line,
            area=draft.area,
            incomplete=True,
        )
    ]


_OPEN_LIST_AT_END = re.compile(
    r"(?:[（(［\[【〔]|(?:责任单位|责任部门|牵头单位|牵头部门)\s*[:：])"
    r"(?P<names>(?:[^（()）\]］】〕]|[（(][^（()）]*[)）])*)$"  # names may hold brackets of their own: 县发改局(粮食局)
)


def _reads_as_cell(text: str) -> bool:
    """A short line without a sentence's end, as a table's cell flattened to a line is (持续推进, 市发展改革委)."""
    return len(text) <= _MAX_CELL_LINE and "。" not in text


_MAX_CELL_LINE = 40


def _frames_the_work(line: _Line, by_position: dict[int, _Line]) -> bool:
    """Whether a line stands in, or is, a section that frames the work rather than assigns it (总体要求, 工作目标,
    保障措施): its items are not tasks."""
    return any(_FRAMING_SECTION.search(by_position[position].text) for position in line.chain)


_FRAMING_SECTION = re.compile(
    r"^\S{0,6}(?:总体要求|指导思想|基本原则|工作原则|工作目标|主要目标|发展目标|保障措施|组织保障|组织领导|工作要求)"
)


def _labelled(opened: re.Match[str] | None) -> bool:
    """Whether an open bracket the text stops in starts with a responsibility label: （牵头单位：市发."""
    return opened is not None and has_label(opened.group(0))


def _partial_assignment(line: _Line) -> Assignment | None:
    """Names written out in full in a responsibility list the document stops inside; cuts the line's text there."""
    match = _OPEN_LIST_AT_END.search(line.text)
    if match is not None and not match["names"].strip() and not line.assignment_only:
        line.cut = match.start()  # stops right after the bracket opens: ……目标任务。（
        return None
    if match is None or ("、" not in match["names"] and not line.assignment_only and not _labelled(match)):
        return None
    if not line.assignment_only:
        line.cut = match.start()
    names = match["names"]
    cut_at = max(map(names.rfind, _UNIT_SEPARATORS))  # the piece after the last separator is cut off...
    complete = names[:cut_at] if cut_at >= 0 else ""
    if "等" in names[cut_at + 1 :]:  # ...unless 等 closed it: 国家统计局湖南调查总队等按职责分
        complete = names[: names.index("等", cut_at + 1) + 1]
    return parse_assignment(complete, marked=True) if complete else None


_UNIT_SEPARATORS = ("、", "，", ",", "；", ";", "：", ":")  # a label's colon too: （…；责任单位：区政


def _is_truncated(lines: Sequence[_Line]) -> bool:
    """A document whose last line stops mid-sentence or mid-list was cut off; a label line read whole
    (完成时限：2018年12月) ends it as a sentence would."""
    if not lines:
        return False
    last = lines[-1]
    if (
        last.assignment_only
        and last.assignment is not None
        and not last.assignment.doubtful
        and not (last.assignment.departments and last.text.endswith(_LIST_GOES_ON))
        and last.text.count("（") + last.text.count("(") <= last.text.count("）") + last.text.count(")")
    ):
        return False
    return last.failed_assignment or _SENTENCE_FINAL.search(last.text) is None


def _node_title(line: _Line) -> str:
    if line.attachment is not None or line.numbered is None:
        return line.attachment or line.text
    body = line.numbered.body
    heading, _ = split_heading(body)
    title = heading or (
        body.rstrip("。") if is_heading_only(body) or _one_sentence(body) else body[:_MAX_TITLE]
    )
    return f"{line.numbered.label}{title}"


def _one_sentence(body: str) -> bool:
    """A heading line that is one sentence (升级产业结构，推动产业绿色转型。): its title whole, without the 。."""
    sentence = body.rstrip("。")
    return len(sentence) <= _MAX_SENTENCE_TITLE and "。" not in sentence


def _path(chain: Sequence[int], by_position: dict[int, _Line]) -> tuple[str, ...]:
    return tuple(_node_title(by_position[position]) for position in chain)


def _area(section_path: Sequence[str]) -> str | None:
    if not section_path:
        return None
    label = read_label(section_path[-1])
    return label.body if label else section_path[-1]


def _with_implied(draft: TaskDraft, implied: Sequence[tuple[int, tuple[str, ...]]]) -> TaskDraft:
    names = tuple(name for position, who in implied if position < draft.line for name in who)
    if not names:
        return draft
    return draft._replace(implied=names)


def _outline(lines: Sequence[_Line]) -> tuple[OutlineNode, ...]:
    """Nested outline nodes from the numbered lines and attachment markers."""
    roots: list[tuple[_Line, list[object]]] = []
    stack: list[tuple[_Line, list[object]]] = []
    for line in lines:
        if line.numbered is None and line.attachment is None:
            continue
        while stack and stack[-1][0].position not in line.chain:
            stack.pop()
        node: tuple[_Line, list[object]] = (line, [])
        (stack[-1][1] if stack else roots).append(node)
        stack.append(node)
    return tuple(_node(item) for item in roots)


def _node(item: tuple[_Line, list[object]]) -> OutlineNode:
    line, children = item
    label = line.numbered.label if line.numbered else "附件"
    title = _node_title(line)[len(label) :] if line.numbered else (line.attachment or "附件")
    return OutlineNode(label, title.lstrip("："), tuple(_node(child) for child in children))  # type: ignore[arg-type]
