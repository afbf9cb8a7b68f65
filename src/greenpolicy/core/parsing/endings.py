"""Where a document stops: excerpts of web pages are cut anywhere, inside a task, its assignment or a name.

The task the text stops inside is kept and marked incomplete; the names written out in full before the cut are kept,
the one cut off never is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from greenpolicy.core.departments import looks_like_department
from greenpolicy.core.model import TaskKind
from greenpolicy.core.parsing.assignments import (
    NEXT_MATTER,
    Assignment,
    has_label,
    is_cut_label,
    parse_assignment,
    subject_units,
)
from greenpolicy.core.parsing.brackets import CLOSING, OPENING, last_separator
from greenpolicy.core.parsing.drafts import TaskDraft
from greenpolicy.core.parsing.lines import SENTENCE_FINAL, Line, Point, task_draft
from greenpolicy.core.parsing.numbering import MEASURE_RANK, split_heading
from greenpolicy.core.reading.blocks import Block, Paragraph

_LIST_GOES_ON = ("、", "，", ",", "；", ";", "/")


def before_cut_notice(blocks: Sequence[Block]) -> Sequence[Block]:
    """The document up to a page's notice that it shows only part of the text ((未完,全文共2014字,当前显示627字),
    仅展示626字,全文共4796字): what follows is the page's own text, and the document is read as cut off there."""
    for index, block in enumerate(blocks):
        text = block.text if isinstance(block, Paragraph) else ""
        if ("未完" in text or "仅展示" in text) and _CUT_NOTICE.match(text.strip()):
            return blocks[:index]
    return blocks


_CUT_NOTICE = re.compile(r"^(?:[（(]\s*(?:未完|全文未完)[,，、\s)）]|仅展示\d+字[,，]全文共\d+字)")


def stopped_in_assignment(draft: TaskDraft) -> TaskDraft:
    """A task whose text stops inside its assignment: incomplete, without the name the text stops in (…；责任单位：区政)."""
    assignment = draft.assignment
    if assignment is None or not assignment.departments:
        return draft._replace(incomplete=True)
    last, role = assignment.departments[-1]
    whole = _whole_name(last)
    if whole == last:
        return draft._replace(incomplete=True)
    kept = (*assignment.departments[:-1], *([(whole, role)] if whole else []))
    doubtful = tuple(name for name in assignment.doubtful if name != last)
    cut = assignment._replace(departments=kept, doubtful=doubtful) if kept else None
    return draft._replace(incomplete=True, assignment=cut)


def _whole_name(last: str) -> str | None:
    """What of the last name of a list the text stops in was written out in full."""
    before_note = _before_open_bracket(last)
    if before_note != last and looks_like_department(before_note):
        return before_note  # 各区人民政府〈含开发区、: the name before the note the text stops in
    if looks_like_department(last):
        return last
    before_open_list = last.partition("等")[0]  # 等 closed the list before the cut: 市住建局等政府各有关
    return before_open_list if before_open_list != last and looks_like_department(before_open_list) else None


def ends_in_item_without_assignment(
    lines: Sequence[Line], previous_end: int, points: Sequence[Point], by_position: dict[int, Line]
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


def cut_off_task(
    lines: Sequence[Line],
    previous_end: int,
    drafts: Sequence[TaskDraft],
    by_position: dict[int, Line],
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
    if rest and _LABEL_STARTED.fullmatch(rest[-1].text.strip()):
        return []  # …第七条 鼓励…参加…保险。 / 第: the page stops in the next label, after the item before it
    numbered = [line for line in rest if line.numbered is not None]
    if not numbered:
        return _rest_of_paragraph(rest, drafts, by_position, by_position.get(previous_end))
    first = numbered[-1]
    if any(_closes_the_body(line) for line in lines if line.position > first.position):
        return []  # 附件: 1、… 3、关于…的通知(略) / …委员会 / 二○一一年八月一日 / 附表1: …: the page stops after the item
    span = [line for line in rest if line.position >= first.position]
    opened = _OPEN_LIST_AT_END.search(span[-1].text)
    assignment = _partial_assignment(span[-1])
    if assignment is None and len(span) == 1 and first.numbered is not None:
        assignment = _units_opening(first.numbered.body) or _unit_in_charge(first.numbered.body)
    if (
        not drafts
        and (assignment is None or not assignment.departments)
        and not _labelled(opened)
        and (
            has_tables
            or first.numbered is None
            or first.numbered.rank < MEASURE_RANK
            or any(_reads_as_cell(line.text) for line in span[1:])
        )
    ):
        return []  # no sibling carries an assignment, the text stops in none, and it stops in no measure
    if (
        _frames_the_work(first, by_position)
        and not _a_sibling_is_a_task(first, lines, drafts)
        and not (assignment and assignment.departments)
        and not _labelled(opened)
    ):
        return []  # 五、标准要求 … 5.市区内所有: an item that frames the work, not a task, even after tasks
    if len(span) > 1 and is_cut_label(span[-1].text):  # …牵头负责领导：姚志。 / 牵头责任
        span = span[:-1]
    text_lines = [line for line in span if not line.assignment_only]
    separate = bool(drafts) and drafts[-1].kind is TaskKind.ITEM
    sibling_kind = Point(first, Assignment(()), separate=separate)  # as its siblings
    draft = task_draft(text_lines or [first], sibling_kind, by_position)
    return [draft._replace(assignment=assignment, incomplete=True)]


# The start of an outline label a page stops in, before any text: 第, 第八, (三
_LABEL_STARTED = re.compile(r"第[一二三四五六七八九十百零〇\d]*|[（(][一二三四五六七八九十\d]{0,2}")


def _closes_the_body(line: Line) -> bool:
    """Whether a line ends the document's body: the date of its signature on a line of its own, or an attachment."""
    dated = len(line.text.strip()) <= _DATE_LINE and _SIGNATURE_DATE.search(line.text) is not None
    return dated or line.attachment is not None


_DATE_LINE = 16


def step_cut_off(
    lines: Sequence[Line], previous_end: int, drafts: Sequence[TaskDraft], by_position: dict[int, Line]
) -> int | None:
    """The index of the task whose steps the document ends inside (二十八、… / 责任单位:… / 整改措施: / 1.督促荆州市…):
    the item it stops in names no units, and no item of its series is a task of its own."""
    numbered = [line for line in lines if line.position > previous_end and line.numbered is not None]
    if not numbered or not numbered[-1].chain or _partial_assignment(lines[-1]) is not None:
        return None
    item = numbered[-1]
    if _OPEN_LIST_AT_END.search(lines[-1].text) or _a_sibling_is_a_task(item, lines, drafts):
        return None
    # 二十八、… / 整改措施: / 1.…, each on a line of its own (a page run together on one line tells no owner)
    owners = {by_position[position].line for position in item.chain} - {item.line}
    return next((at for at, draft in enumerate(drafts) if draft.line in owners), None)


def _rest_of_paragraph(
    rest: Sequence[Line], drafts: Sequence[TaskDraft], by_position: dict[int, Line], previous: Line | None
) -> list[TaskDraft]:
    """The sentences a paragraph goes on with after its last assignment, the page cut in them: the next group of
    the paragraph's work (……（市交通委负责落实）协调发布金融、房地产等领域政策措施，及时公开…), or the next
    paragraph of its section (…。(市科技局负责) / 严控地下水超)."""
    text_lines = [line for line in rest if not line.assignment_only]  # not a label it stops on (分管领导：)
    if not text_lines or not drafts or NEXT_MATTER.match(text_lines[0].text):
        return []  # 会议听取市自然资源规划局关于房: the next matter of minutes, not the work's next group
    # …所。 / 责任单位:市教育局 / 进度安排:… / 新建幼儿园84所,: the next record, cut before its label lines; not
    # a field of the record above (责任单位:市卫生健康委 / 完成情况:开展…, what was done)
    record = (
        rest[0].assignment_only
        and text_lines == rest[-1:]
        and _RECORD_FIELD.match(text_lines[0].text) is None
    )
    next_paragraph = _next_paragraph_cut(rest, previous)
    # …配套性。 / （生: the page stops in the bracket of the paragraphs' own assignment
    opened = _OPEN_LIST_AT_END.search(text_lines[-1].text)
    assignment = _partial_assignment(text_lines[-1])
    if opened is not None and opened.start() == 0 and len(text_lines) > 1:
        if not text_lines[-2].text.rstrip().endswith(_SENTENCE_ENDS):
            return []  # 县委农村牧区工作领导小组 / (乡村振兴领: a signature, the page cut in its other name
        text_lines = text_lines[:-1]
        assignment = _partial_assignment(text_lines[-1])
    elif opened is not None and assignment is not None and assignment.departments:
        # a paragraph of its own, the page cut in its list of units: (水资源司、规计司、建
        text_lines = text_lines[-1:]
    elif not (record or next_paragraph) and any(line.line != drafts[-1].line for line in rest):
        return []
    draft = task_draft(text_lines, Point(text_lines[0], Assignment(()), separate=record), by_position)
    return [draft._replace(assignment=assignment, incomplete=True)]


_SENTENCE_ENDS = ("。", "；", ";")
_RECORD_FIELD = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}\s*[:：]")


def _next_paragraph_cut(rest: Sequence[Line], previous: Line | None) -> bool:
    """Whether the document's last line is the next paragraph of the section whose last one its bracket or label
    closed, the page cut before its own (…(市科技局、市经济信息委负责) / 聚焦商务, …。主要责任单位:…等部门。 / 抓好…):
    not a signature, a date or a page's chrome (扫一扫在手机打开当前页, 分享到:)."""
    if previous is None or len(rest) != 1 or previous.cut is None or previous.assignment_only:
        return False
    line = rest[0]
    closed_by = previous.text[previous.cut :]
    return (
        line.chain == previous.chain
        and (closed_by.rstrip(" 。；;").endswith(tuple(CLOSING)) or has_label(closed_by))
        and _PAGE_CHROME.search(line.text) is None
        and _SIGNATURE_DATE.search(line.text) is None
        and not looks_like_department(line.text.strip())
    )


_RELATED_LINKS = re.compile(r"[》>»\s]*相关(?:文件|链接|阅读|新闻|文章|政策)\s*[:：]")
_PAGE_CHROME = re.compile(r"[:：]|扫一扫|打印|关闭|返回|分享|上一篇|下一篇|编辑|附件|来源|点击|浏览|版权")


def _a_sibling_is_a_task(item: Line, lines: Sequence[Line], drafts: Sequence[TaskDraft]) -> bool:
    """Whether an item before `item` in its series is a task (总体要求 1.…（国务院各部门分别负责） 2.…)."""
    if item.numbered is None:
        return False
    rank, parent = item.numbered.rank, item.chain[:-1]
    # A line of the source may hold several items (a page that runs them together): the task's text tells which.
    tasks = {(draft.line, draft.text[:_TEXT_KEY]) for draft in drafts}
    return any(
        any(line.line == at and start in line.text for at, start in tasks)
        for line in lines
        if line.position < item.position
        and line.numbered is not None
        and line.numbered.rank == rank
        and line.chain[:-1] == parent
    )


_TEXT_KEY = 12


_OPEN_LIST_AT_END = re.compile(
    r"(?:[（(［\[【〔]|(?:责任单位|责任部门|牵头单位|牵头部门)\s*[:：])"
    # names may hold brackets of their own: 县发改局(粮食局), 各市〔特区、区〕人民政府
    r"(?P<names>(?:[^（()）\]］】〕]|[（(][^（()）]*[)）]|〔[^〔〕]*〕)*)$"
)


def _reads_as_cell(text: str) -> bool:
    """A short line without a sentence's end, as a table's cell flattened to a line is (持续推进, 市发展改革委)."""
    return len(text) <= _MAX_CELL_LINE and "。" not in text


_MAX_CELL_LINE = 40


def _frames_the_work(line: Line, by_position: dict[int, Line]) -> bool:
    """Whether a line stands in, or is, a section that frames the work rather than assigns it (总体要求, 工作目标,
    保障措施): its items are not tasks."""
    return any(_FRAMING_SECTION.search(by_position[position].text) for position in line.chain)


_FRAMING_SECTION = re.compile(
    r"^\S{0,6}(?:总体要求|指导思想|基本原则|工作原则|工作目标|主要目标|发展目标|保障措施|组织保障|组织领导|工作要求|标准要求|几点要求|有关要求"
    r"|工作步骤|实施步骤|步骤安排|时间安排|进度安排|实施阶段|工作阶段)"  # the stages the work goes through
)


def _labelled(opened: re.Match[str] | None) -> bool:
    """Whether an open bracket the text stops in starts with a responsibility label: （牵头单位：市发."""
    return opened is not None and has_label(opened.group(0))


def _partial_assignment(line: Line) -> Assignment | None:
    """Names written out in full in a responsibility list the document stops inside; cuts the line's text there."""
    match = _OPEN_LIST_AT_END.search(line.text)
    if match is not None and not match["names"].strip() and not line.assignment_only:
        line.cut = match.start()  # stops right after the bracket opens: ……目标任务。（
        return None
    if match is None or (
        "、" not in match["names"]
        and not line.assignment_only
        and not _labelled(match)
        and _LEAD_THEN_NAMES.search(match["names"]) is None
    ):
        return None
    if not line.assignment_only:
        line.cut = match.start()
    complete = names_before_cut(match["names"])
    return parse_assignment(complete, marked=True) if complete else None


def _units_opening(body: str) -> Assignment | None:
    """The units an item the text stops in opens with, as its siblings may (1.县应急管理局负责… / 4.县交通运输局、县):
    those written out in full before the cut, where nothing but names and the verb begun stand before it. A whole
    name alone is a unit's heading the page stops after (3.县交通运输局), not the item's units."""
    if _SENTENCE_MARK.search(body):
        return None
    complete = names_before_cut(body)
    return parse_assignment(complete, marked=True) if complete and complete != body else None


_SENTENCE_MARK = re.compile(r"[，,。；;：:（(]")


def _unit_in_charge(body: str) -> Assignment | None:
    """The unit an item the text stops in puts in charge as it opens, after its heading (第四条 推行全程无偿代办制。
    由高新区负责为入园企业…, 第二阶段(…)公安局交警大队开展…): the page is cut before the item's assignment, but not
    before who does the work, nor before every unit of a kind it calls on (各区县要建立…)."""
    text = split_heading(body)[1].strip()
    return subject_units(text) or subject_units(text, item=True)


def names_before_cut(names: str) -> str:
    """The names of a list the text stops in that were written out in full."""
    cut_at = last_separator(names, _UNIT_SEPARATORS)  # the piece after the last separator is cut off...
    if "等" in names[cut_at + 1 :]:  # ...unless 等 closed it: 国家统计局湖南调查总队等按职责分
        return names[: names.index("等", cut_at + 1) + 1]
    if looks_like_department(names[cut_at + 1 :]):  # ...or it reads as a whole name: 省工业和信息化厅
        return names
    # ...or the text stops in the verb after a whole name: 〔省发展改革委、人行成都分行牵
    verb = _VERB_BEGUN.search(names, cut_at + 1)
    if verb is not None and looks_like_department(names[cut_at + 1 : verb.start()]):
        return names[: verb.start()]
    return names[:cut_at] if cut_at >= 0 else ""


_VERB_BEGUN = re.compile(r"(?:牵|配|负|按职?|协|参)$")


def _before_open_bracket(names: str) -> str:
    """The names up to the first bracket left open, where the text stops inside a name's note."""
    opened: list[int] = []
    for at, character in enumerate(names):
        if character in OPENING:
            opened.append(at)
        elif character in CLOSING and opened:
            opened.pop()
    return names[: opened[0]] if opened else names


_LEAD_THEN_NAMES = re.compile(r"牵头[，,]")  # （市发展改革委牵头，市住建局等: the list goes on after its lead


_UNIT_SEPARATORS = ("、", "，", ",", "；", ";", "：", ":")  # a label's colon too: （…；责任单位：区政


def is_truncated(lines: Sequence[Line]) -> bool:
    """A document whose last line stops mid-sentence or mid-list was cut off; a label line read whole
    (完成时限：2018年12月) ends it as a sentence would."""
    # (》》相关文件:关于…的通告: the page's links after the text, which ends before them)
    while lines and _RELATED_LINKS.match(lines[-1].text):
        lines = lines[:-1]
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
    # …提出政策建议向省政府报告。 |: the bar that closes a flattened table's cell is no text the page stops in;
    # 建立“户分类、村收集、县(市、区): a text that stops inside a quotation stops mid-sentence, whatever it ends on
    return (
        last.failed_assignment
        or SENTENCE_FINAL.search(last.text.rstrip(" |｜")) is None
        or last.text.count("“") > last.text.count("”")
    )
