"""The lines of a document as the structure reader classifies them, and the task drafts made from their spans."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from greenpolicy.core.model import TaskKind
from greenpolicy.core.parsing.assignments import Assignment, subject_units
from greenpolicy.core.parsing.drafts import TaskDraft
from greenpolicy.core.parsing.numbering import RANKS, Numbered, is_heading_only, read_label, split_heading

# Where a sentence, and so a paragraph, may end: a line wrapped mid-sentence ends in none of these.
# (a full stop typed as an ASCII period after a character ends a sentence too: …达标改造.)
SENTENCE_FINAL = re.compile(
    r"[。！？!?”\"）)」』》〕】\]］]\s*$|(?<=[\u4e00-\u9fff])\.\s*$|\d{4}年\d{1,2}月\d{1,2}日\s*$"
)
_MAX_TITLE = 30
_MAX_SENTENCE_TITLE = 60


@dataclass(slots=True)
class Line:
    """A non-empty line of the text: its place among the blocks, its outline label, and the assignment it holds."""

    position: int
    line: int
    text: str
    numbered: Numbered | None = None
    attachment: str | None = None  # the path label of an attachment marker (附件：重点任务清单)
    chain: tuple[int, ...] = ()  # numbered lines and attachment markers that cover this line, outermost first
    assignment: Assignment | None = None
    cut: int | None = None  # where the line's own text ends, before its trailing assignment
    # where the line's own text starts, after the unit it names before a colon (市规划局：负责…)
    start: int = 0
    assignment_only: bool = False
    failed_assignment: bool = (
        False  # a 责任单位 line whose list could not be read (the document is cut off in it)
    )
    span_end: int = 0
    plain_series: bool = False  # its series of items opens without an inline heading: none of them has one
    # a paragraph or numbered item that opens with the unit doing its work (区财政局负责…, 三、区公安分局要…)
    unit_subject: bool = False
    # what the line names before its units and a colon: 联盛快乐城(责任单位:县商务局):…
    head: str | None = None
    # a line that only names units, then a colon (教育管理中心:): the items under it are theirs
    units_over: Assignment | None = None


class Point(NamedTuple):
    """An assignment and the line it closes."""

    anchor: Line  # the last line of the task's own text
    assignment: Assignment
    separate: bool  # the assignment stands on lines of its own after the text


def task_draft(span: Sequence[Line], point: Point, by_position: dict[int, Line]) -> TaskDraft:
    """The task the lines of `span` make with `point`'s assignment: its number and heading from the first line,
    its text from the rest, its section path from the outline above it."""
    first = span[0]
    number, heading = None, None
    inline = False  # the heading is a bulleted item's or a paragraph's, inline
    parts: list[str] = []
    for line in span:
        if line.numbered is None and _POSTED_AT.match(line.text):
            continue  # 日期:2016-09-06 22:10: the page's stamp, above the task the page starts inside
        text = line.text[line.start : line.cut]
        if line.start:  # 市规划局：负责…: the unit named before the colon is the assignment, not the text
            number = line.numbered.number if line is first and line.numbered is not None else number
            heading = line.head if line is first else heading
        elif line is first and line.numbered is not None:
            number, text = line.numbered.number, text[len(line.text) - len(line.numbered.body) :]
            # 4.市区居民人均可支配收入增长7%,农民人均纯收入增长7.5%。 / 市区居民…: one sentence on a line of its own
            if len(span) > 1 and (is_heading_only(text) or _sentence_over_text(text, span, point)):
                heading, text = text.rstrip("。：: "), ""
            elif _led_after_heading(text) or not (
                first.plain_series or (first.unit_subject and subject_units(text, item=True))
            ):
                # 三、区公安分局要加大巡逻力度。…: a sentence charging the item's unit is its text, not a heading; but
                # a heading run straight on into who leads the work is one ((二)举办科普巡回展由县科委牵头,…)
                heading, text = split_heading(text)
        elif not parts and line.numbered is not None:  # the text starts at a sub-item: （1）加强… → 加强…
            text = text[len(line.text) - len(line.numbered.body) :]
        # 【目标任务】 / 任务要求。全县… / ● 白茶市场…: a field's name or a bullet is not the text
        if not parts:
            text = _FIELD_NAME.sub("", text.strip())
            if (bullet := BULLET.match(text)) is not None:
                # --开展优化审批流程。在市直部门…: a bulleted item, its inline heading apart as a numbered one's
                text = text[bullet.end() :]
                if heading is None:
                    heading, text = split_heading(text)
                    inline = heading is not None
            elif heading is None and line is first and not (line.numbered or line.start or line.unit_subject):
                # 加强城市道路日常保洁。开展…;…;…。主要责任单位:…: a paragraph's own inline heading, as a numbered one's
                heading, text = _plain_heading(text)
                inline = heading is not None
            elif (
                heading is not None
                and line is not first
                and _sections_heading(first)
                and not line.unit_subject
            ):
                # 第一节 保护改造民族特色民居 / 加强…民居保护。制定…: a measure under a section's heading heads itself
                # too; not the duties under an item's ((一)县人民政府职责 / 统一领导…工作。组织…)
                text = _plain_heading(text)[1]
        elif heading is None and (problem := _PROBLEM.match(text.strip())) and _names_a_place(parts):
            # 明馨园小区 / 存在问题：公示栏管理不到位。: the place inspected heads the problem found there
            heading, parts = "".join(parts), []
            text = text.strip()[problem.end() :]
        if text.strip():
            parts.append(text.strip())
    if number is None and heading is None and _heading_line(parts, opens_document=first.position == 0):
        # 优化固体废物管理体制机制，强化部门分工协作。 / 根据…: a heading on its own line, the page's number lost
        heading, parts = parts[0].rstrip("。"), parts[1:]
    ancestors = [position for position in first.chain if position != first.position]
    section_path = path(ancestors, by_position)
    if heading and (number is not None or inline):
        section_path = (*section_path, f"{first.numbered.label if first.numbered else ''}{heading}")
        if parts and all(map(_FIELD_LINE.match, parts)):  # (一)春节农夫篮球赛 / 竞赛时间:… / 竞赛地点:…
            parts = [heading, *parts]  # a record under its heading: the heading names the work
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


_FIELD_NAME = re.compile(
    r"^(?:【[^】]{2,8}】|(?:任务要求|目标任务|主要任务|工作任务|主要职能|主要职责|工作职责)[。：:]|[●■◆▪•]"
    r"|[\u4e00-\u9fff]{0,4}(?:导读|简介|摘要|描述)[:：])\s*"  # a page's 导读简介描述: before the text it quotes
)


def _sections_heading(line: Line) -> bool:
    """Whether a line is a chapter's or a section's heading (第一节 保护改造民族特色民居)."""
    return line.numbered is not None and line.numbered.rank <= RANKS["section"]


def _plain_heading(text: str) -> tuple[str | None, str]:
    """An unnumbered paragraph's inline heading: a short phrase closed by a stop that calls on no one, and a long
    sentence after it (not 贯彻实施《…条例》。推动5G网络覆盖。, sentences of a list each a task)."""
    heading, rest = split_heading(text)
    if (
        heading is None
        or not text.startswith(f"{heading}。")
        or any(mark in heading for mark in "，,要应须")
        or len(rest.split("。", 1)[0]) < _HEADED_SENTENCE
    ):
        return None, text
    return heading, rest


_HEADED_SENTENCE = 20


# --开展…, ——加强…, - 各街道办事处要…, ▲各县(市、区)…: a bulleted item (a lone hyphen only with a space after it, not a
# figure's sign)
BULLET = re.compile(r"^(?:-{2}|—{1,2}|－{1,2}|-(?=\s)|[▲△■□●○◆◇►▶•])\s*(?=[^\d\s\-—－])")


def _heading_line(parts: Sequence[str], *, opens_document: bool) -> bool:
    """Whether the first of a task's lines is a heading: one short sentence, a longer paragraph after it; or, opening
    the document, a headline without a stop (我县召开重点项目推进会 / 会议明确,由县发改局牵头…)."""
    if len(parts) < 2 or len(parts[0]) > _HEADING_LINE:
        return False
    if opens_document and _HEADLINE.fullmatch(parts[0]) is not None:
        return True
    return parts[0].endswith("。") and _one_sentence(parts[0]) and len(parts[1]) > _HEADING_LINE


_HEADLINE = re.compile(r"[^，,。；;：:、]+")


_POSTED_AT = re.compile(
    r"^\s*(?:发布)?(?:日期|时间)\s*[:：]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)
_HEADING_LINE = 30
_FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：]")
_PROBLEM = re.compile(r"^(?:存在问题|主要问题|问题描述|发现问题)\s*[:：]\s*")


def _names_a_place(parts: Sequence[str]) -> bool:
    return (
        len(parts) == 1
        and len(parts[0]) <= _PLACE_NAME
        and not any(mark in parts[0] for mark in "。，,；;：:")
    )


_PLACE_NAME = 20


def node_title(line: Line) -> str:
    if line.attachment is not None or line.numbered is None:
        return line.attachment or line.text
    body = line.numbered.body
    heading = line.head or split_heading(body)[0]  # 联盛快乐城(责任单位:县商务局):…: the place named
    title = heading or (
        body.rstrip("。") if is_heading_only(body) or _one_sentence(body) else body[:_MAX_TITLE]
    )
    return f"{line.numbered.label}{title}"


def _led_after_heading(text: str) -> bool:
    """Whether an item's text opens with a short heading run straight on into who leads the work (举办科普巡回展由
    县科委、县环保局牵头,…): its series' other items may open so too, however plain."""
    heading, rest = split_heading(text)
    return heading is not None and rest.startswith("由")


def _sentence_over_text(text: str, span: Sequence[Line], point: Point) -> bool:
    """Whether an item's line of one sentence heads the paragraph on the next line, which names the units (not
    numbered steps, nor lines after an item that names none)."""
    return (
        span[0].assignment is None
        and point.anchor is not span[0]
        and bool(point.assignment.departments)
        and span[1].numbered is None
        and text.endswith("。")
        and _one_sentence(text)
    )


def _one_sentence(body: str) -> bool:
    """A heading line that is one sentence (升级产业结构，推动产业绿色转型。): its title whole, without the 。."""
    sentence = body.rstrip("。")
    return len(sentence) <= _MAX_SENTENCE_TITLE and "。" not in sentence


def path(chain: Sequence[int], by_position: dict[int, Line]) -> tuple[str, ...]:
    return tuple(node_title(by_position[position]) for position in chain)


def _area(section_path: Sequence[str]) -> str | None:
    if not section_path:
        return None
    label = read_label(section_path[-1])
    return label.body if label else section_path[-1]
