"""The document's structure: outline, paragraph tasks and task tables, read in one pass over its blocks.

A task is the unit that carries its own responsibility assignment. An assignment closes a paragraph
（A、B等按职责分工负责）, stands inline (责任单位：A), or follows on lines of its own after the item it belongs to.
When a numbered item holds exactly one assignment, the whole item is the task (its number, its heading); when it
holds several, each assignment closes the paragraphs since the previous one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import takewhile

from greenpolicy.core.deadlines import find_completion_dates
from greenpolicy.core.departments import CHIEF, POST, looks_like_department
from greenpolicy.core.model import OutlineNode, Role
from greenpolicy.core.parsing.assignments import (
    ASKED_FIRST,
    CALL_ON_ALL,
    DUTIES_FIELD,
    DUTIES_INTRO,
    HELPERS_AFTER,
    LABELLED_LINE,
    LEAD_IN,
    LEAD_IN_WORDS,
    LEADER_POST,
    NAME_BRACKET,
    POINT,
    POINT_HEADING,
    SUMMARY_OPENING,
    SUMMARY_WORDS,
    Assignment,
    calls_on_every_unit,
    charged_in_turn,
    labelled_with_a_mistyped_colon,
    opening_units,
    parse_assignment,
    standing_rule,
    subject_units,
    undoubted_units,
    units_named_at,
    without_alias,
)
from greenpolicy.core.parsing.brackets import closing_bracket, trailing_parenthetical
from greenpolicy.core.parsing.drafts import TaskDraft
from greenpolicy.core.parsing.endings import (
    cut_off_task,
    ends_in_item_without_assignment,
    is_truncated,
    step_cut_off,
    stopped_in_assignment,
)
from greenpolicy.core.parsing.groups import task_paragraphs
from greenpolicy.core.parsing.key_tasks import key_tasks
from greenpolicy.core.parsing.lines import BULLET, SENTENCE_FINAL, Line, Point, node_title, path, task_draft
from greenpolicy.core.parsing.numbering import (
    RANKS,
    attachment_title,
    is_heading_only,
    read_label,
    split_heading,
)
from greenpolicy.core.parsing.prose import calls_in_prose, calls_set_apart, prose_tasks
from greenpolicy.core.parsing.sectioned import sectioned_tasks
from greenpolicy.core.parsing.tables import read_task_table
from greenpolicy.core.reading.blocks import Block, Table

_ATTACHMENT_RANK = -1
# …。责任单位:市林业局, …。主要责任单位:…; the leader in charge may be named first (…。责任领导:李四 牵头单位:县市场监管局)
_INLINE_LABEL = re.compile(
    r"[。；;，,)）\s]\s*[(（]?\s*(?:主要|牵头)?(?:责任单位|责任部门|牵头单位|牵头部门|责任主体|实施单位|主办单位|承办单位|负责单位|责任科室|责任处室"
    r"|责任领导|牵头领导|分管领导|联系领导)\s*[:：]"
)
# 投资:500万元 实施单位:泽库县农牧水利和科技局: a record's fields, set apart by a space
_FIELD_FIRST = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：]")
_BARE_LABELS = ("责任单位", "牵头单位")
_BARE_LABEL_LENGTH = 4
_BARE_LIST = 80
_COLLECTIVE_BEFORE = "各关他它"  # 各责任单位, 相关责任单位, 其他责任单位
_DUTY_WORDS = ("要", "应", "须", "务必", "必须")
# a line of a unit's roster, not its work: 组长:张三, 总 指 挥:(县住建局党委书记、局长), 队 员:局机关全体干部职工
_ROSTER_LINE = re.compile(
    r"\s*(?:副?(?:组长|总指挥|指挥长|主任|大队长|中队长|队长|站长|处长|科长|召集人)|队员|成员|联络员)\s*[:：]"
)
# 牵头区领导：罗平, 验收单位：省整改工作专班: a person, or who checks the work, neither task text nor a department
_PERSON_LINE = re.compile(
    r"^\s*[(（]?\s*(?:(?:牵头|责任|分管|联系|包保|挂帅)?(?:负责)?[区市县省镇]?(?:级)?(?:领导|责任人|联系人|负责人)(?:同志)?"
    r"|(?:验收|督导|督办)单位)\s*[:：]"
)


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
    lines = [entry for entry in entries if isinstance(entry, Line)]
    _units_after_a_points_heading(lines)
    _charged_as_the_page_ends(lines)
    _decisions_charged(lines)
    has_tables = any(isinstance(entry, _TableMark) for entry in entries)
    # work assigned by a trailing bracket, a label or a table: sentences opening with a unit outside them may be
    # the text's own (its implementation mechanism), where a text without them has no other way to charge units
    formal = has_tables or any(line.cut is not None or line.assignment_only for line in lines)
    by_position = {line.position: line for line in lines}
    if formal:
        _lone_unit_subjects_dropped(lines)
        _safeguard_subjects_dropped(lines, by_position)
    _units_over_their_rosters(lines)
    _items_under_units(lines)
    _shares_under_a_duties_heading(lines)
    _shares_after_a_duties_intro(lines)
    truncated = isinstance(entries[-1], Line) and is_truncated(lines) if entries else False
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

    _mark_plain_series(lines)
    paragraph_drafts, truncated = _paragraph_tasks(lines, by_position, truncated, has_tables=has_tables)
    if paragraph_drafts and not formal:
        paragraph_drafts = [piece for draft in paragraph_drafts for piece in calls_set_apart(draft)]
    drafts.extend(paragraph_drafts)
    if paragraph_drafts and not formal:
        # a text assigning no work by brackets, labels or tables (a news report, a notice, minutes): its calls on
        # units in the paragraphs beside its units' shares are tasks too (各区各有关部门要… / 三、…各区政府要…)
        free = [line for line in lines if not _held(line, _texts_over(line, paragraph_drafts))]
        calls = list(
            calls_in_prose(free, by_position, cut=truncated and bool(free) and free[-1] is lines[-1])
        )
        drafts = _in_reading_order([*drafts, *calls], lines) if calls else drafts
    if not paragraph_drafts and not has_tables:
        # a notice whose sections are its task's fields; else a report or minutes: the tasks its prose names, and
        # its calls on units in the paragraphs those leave free (…要求镇、村两级河长按照… / …,请镇、村两级河长务必…)
        sectioned = sectioned_tasks(lines)
        if sectioned:
            drafts.extend(sectioned)
        else:
            named = list(prose_tasks(lines, by_position))
            free = [line for line in lines if not _held(line, _texts_over(line, named))] if named else lines
            cut = truncated and free[-1:] == lines[-1:]
            drafts.extend(_in_reading_order([*named, *calls_in_prose(free, by_position, cut=cut)], lines))
    for entry in entries:
        if isinstance(entry, _TableMark):
            task_table = read_task_table(entry.table, ends_document=entry is entries[-1])
            if task_table is not None:
                drafts.extend(key_tasks(task_table, section_path=path(entry.chain, by_position)))
    drafts.sort(key=lambda draft: draft.line)
    drafts = _dated_by_their_label(drafts, lines)
    if implied:
        drafts = [_with_implied(draft, implied) for draft in drafts]
    return Structure(_outline(lines), tuple(drafts), truncated, tuple(rules))


def _dated_by_their_label(drafts: list[TaskDraft], lines: Sequence[Line]) -> list[TaskDraft]:
    """The drafts under a line that only says when (到2015年底: / 1.完成… / 2.…), due then unless they say when
    themselves: the items of the rank after it, up to a line of a higher rank or the next such line. So are the
    lines under a heading that says in brackets when its work is done ((一)全面摸排(2025年10月底前) / 各县…要…)."""
    due: dict[int, str] = {}
    for index, line in enumerate(lines):
        if line.numbered is not None and (dated := _DATED_HEADING.fullmatch(line.numbered.body.strip())):
            for later in lines[index + 1 :]:
                if later.numbered is not None and later.numbered.rank <= line.numbered.rank:
                    break
                due[later.line] = dated["when"]
        if (label := _DATE_LABEL.fullmatch(line.text.strip())) is None:
            continue
        rank: int | None = None
        for later in lines[index + 1 :]:
            if _DATE_LABEL.fullmatch(later.text.strip()):
                break
            if later.numbered is not None:
                if rank is not None and later.numbered.rank < rank:
                    break
                rank = later.numbered.rank if rank is None else rank
            due[later.line] = label["when"]
    if not due:
        return drafts
    return [
        draft._replace(deadline_cell=due[draft.line])
        if draft.line in due
        and draft.deadline_cell is None
        and not find_completion_dates(draft.text, issued_on=None)  # its own date says more
        else draft
        for draft in drafts
    ]


_DATE_LABEL = re.compile(
    r"(?P<when>(?:到|至)?(?:19|20)\d{2}年(?:底|末|上半年|\d{1,2}月(?:底|末)?)?前?)\s*[:：]"
)
# A heading saying in brackets when its work is done: (一)全面摸排(2025年10月底前), (二)建立台账(11月底前)
_DATED_HEADING = re.compile(
    r"[^，,。；;（()）]{2,20}[（(](?P<when>(?:(?:19|20)\d{2}年)?(?:底|\d{1,2}月(?:底|末|\d{1,2}日)?)前)[)）]"
)


def _entries(blocks: Sequence[Block]) -> list[Line | _TableMark]:
    """Classify every non-empty paragraph and record which outline nodes cover it."""
    entries: list[Line | _TableMark] = []
    stack: list[Line] = []
    chain: tuple[int, ...] = ()  # the positions of the stack, rebuilt only when it changes
    for block in task_paragraphs(blocks):
        position = len(entries)
        if isinstance(block, Table):
            entries.append(_TableMark(position, block, chain))
            _close(stack, position, keep_rank=_ATTACHMENT_RANK)
            chain = tuple(item.position for item in stack)
            continue
        text = block.text
        line = Line(position, block.line, text)
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
        _read_assignment(line, after=entries[-2] if position else None)
    _close(stack, len(entries), keep_rank=None)
    if (byline := _byline(entries)) is not None:
        byline.assignment, byline.cut, byline.assignment_only = None, None, False
        _read_assignment(
            byline, after=entries[byline.position - 1] if byline.position else None, bracket=False
        )
    return entries


def _byline(entries: Sequence[Line | _TableMark]) -> Line | None:
    """The line whose closing bracket names who wrote a report, not whom it charges (…再上新台阶。(屏山县委统战部), or
    on a line of its own: …依法依规予以处理。 / (经开区信访局)): the text's only bracket assigning work, one unit
    named bare, no item or table after it."""
    bracketed = [(entry, entry.cut) for entry in entries if isinstance(entry, Line) and entry.cut is not None]
    if len(bracketed) != 1:
        return None
    line, cut = bracketed[0]
    if line.assignment is None or line.numbered is not None:
        return None
    if any(isinstance(entry, _TableMark) or entry.numbered for entry in entries[line.position + 1 :]):
        return None
    bare = len(line.assignment.departments) == 1 and _ASSIGNING.search(line.text, cut) is None
    return line if bare else None


_ASSIGNING = re.compile(r"负责|牵头|配合|参与|协助|落实|单位|部门[:：]")


def _in_reading_order(drafts: Sequence[TaskDraft], lines: Sequence[Line]) -> list[TaskDraft]:
    """The tasks in the order their texts stand, those of one paragraph too (a call before the units' shares)."""
    paragraphs: dict[int, str] = {}
    for line in lines:
        paragraphs[line.line] = paragraphs.get(line.line, "") + line.text
    return sorted(drafts, key=lambda draft: (draft.line, paragraphs.get(draft.line, "").find(draft.text)))


def _texts_over(line: Line, drafts: Sequence[TaskDraft]) -> list[str]:
    """The texts of the tasks drawn from the paragraph of `line`, else of those running into it from the last line
    before it that gives tasks to units (一、高度重视,加强领导 / 镇人民政府要…: the heading's task holds the paragraph;
    an item the page cuts before its units holds no call)."""
    if own := [draft.text for draft in drafts if draft.line == line.line]:
        return own
    last = max((draft.line for draft in drafts if draft.line < line.line), default=None)
    return [draft.text for draft in drafts if draft.line == last and draft.assignment is not None]


def _held(line: Line, task_texts: Sequence[str]) -> bool:
    """Whether a task's text (one of its paragraph's) holds a piece of the paragraph (its number aside), or is held
    by it."""
    text = (line.numbered.body if line.numbered is not None else line.text).strip()
    return any(text in task_text or task_text in text for task_text in task_texts)


def _mark_plain_series(lines: Sequence[Line]) -> None:
    """Mark the items of each series (siblings of one numbering style) whose first item opens with a sentence,
    not an inline heading: 1.按照国家统一部署，平稳有序实施…。 2.继续实施失业保险稳岗返还政策。放宽… — the later
    items' short first sentences are sentences too. So does a series whose first item is one sentence alone, the
    next item right after it."""
    opens_plain: dict[tuple[tuple[int, ...], int], bool] = {}
    for index, line in enumerate(lines):
        if line.numbered is None:
            continue
        series = (line.chain[:-1], line.numbered.rank)
        if series not in opens_plain:
            body = (
                line.numbered.body
                if line.cut is None
                else line.text[len(line.text) - len(line.numbered.body) : line.cut]
            )
            following = lines[index + 1] if index + 1 < len(lines) else None
            # (二)落实资金来源,保证资金投入,确保工作顺利开展。 / 市财政部门要…: a heading over the units' shares cut
            # from its line, however long
            heads_shares = following is not None and following.numbered is None and following.unit_subject
            opens_plain[series] = (
                split_heading(body)[0] is None and not is_heading_only(body) and not heads_shares
            ) or (
                # 1.打造食用菌酵素生产基地。 followed by item 2: a sentence, not the heading of text under it
                body.endswith("。")
                and body.count("。") == 1
                and not any(mark in body for mark in "：:")
                and following is not None
                and following.numbered is not None
                and (following.chain[:-1], following.numbered.rank) == series
            )
        line.plain_series = opens_plain[series]


def _close(stack: list[Line], position: int, *, keep_rank: int | None, below: int | None = None) -> None:
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


def _read_assignment(line: Line, *, after: Line | _TableMark | None, bracket: bool = True) -> None:
    """Read what `line` assigns, and to whom; `bracket`: its closing bracket too."""
    text = line.text
    if _PERSON_LINE.match(text):
        line.assignment_only = True
        return
    led = _LEAD_HEADING.match(line.numbered.body) if line.numbered is not None and "牵头" in text else None
    if led is not None:  # 一、县示范区管委会牵头工作(8项): the heading names the lead of the items under it
        assignment = parse_assignment(led["who"] + "牵头")
        if assignment is not None and not assignment.doubtful:
            line.assignment, line.cut = assignment, len(text)
            return
    body = line.numbered.body if line.numbered is not None else text
    headed = _HEADED_UNITS.match(body) if "单位" in body or "部门" in body else None
    # 联盛快乐城(责任单位:县商务局):前期通报该点位存在…: a place, its units, then the text
    if headed is not None:
        assignment = parse_assignment(headed["clause"], marked=True)
        if assignment is not None:
            line.assignment, line.head = assignment, headed["head"].strip()
            line.start = len(text) - len(body) + headed.end()
            return
    required = _REQUIRED_OF.match(text) if text.startswith(_REQUIREMENT_LABELS) and "由" in text else None
    if required is not None:  # 整改要求：由包片单位县气象局负责清除。: who meets the requirement above it
        # 整改措施:(1)由县环卫站负责…。(2)由包片单位县幼儿园负责…: each numbered measure names its own unit
        whos = [
            required["who"],
            *(further["who"] for further in _FURTHER_REQUIRED.finditer(text, required.end())),
        ]
        line.assignment = parse_assignment("、".join(dict.fromkeys(whos)), marked=True)
        line.assignment_only = line.assignment is not None
        if line.assignment_only:
            return
    if text.startswith(("：", ":")) and (lost := undoubted_units(text[1:].strip())) is not None:
        # :市市容局: a units' line whose label the page lost
        line.assignment, line.assignment_only = lost, True
        return
    own = _OWN_SENTENCE_ASSIGNMENT.match(text) if line.numbered is None and text.startswith("由") else None
    if own is not None:  # 一、治理畜牧业产品污染 / 由乡三农服务中心承办,乡畜牧站、卫生院配合。: the heading's
        line.assignment = undoubted_units(own["clause"])
        line.assignment_only = line.assignment is not None
        if line.assignment_only:
            return
    summary = _SUMMARY_ASSIGNMENT.match(text) if text.startswith(SUMMARY_WORDS) else None
    # 以上工作由市交通局负责，各有关部门配合。 / 此项工作由…: an assignment line of its own
    if summary is not None:
        line.assignment = parse_assignment(summary["clause"], marked=True)
        line.assignment_only = line.assignment is not None
        if line.assignment_only:
            return
    if LABELLED_LINE.match(text) or labelled_with_a_mistyped_colon(text):
        line.assignment = parse_assignment(_unbracketed(text), marked=True)
        line.assignment_only = True
        line.failed_assignment = line.assignment is None
        return
    found = trailing_parenthetical(text) if bracket else None
    # A bracket right after a unit's name gives its second name (县农业农村局(水利局)), one right after a phone
    # number whose line it is (联系电话:2348419(市政府信息公开办公室)): either assigns nothing.
    if (
        found is not None
        and not _UNIT_NAME_END.search(text, 0, found[0])
        and not _PHONE_END.search(text, 0, found[0])
    ):
        assignment = parse_assignment(found[1])
        if assignment is not None and assignment.departments:
            line.assignment, line.cut = assignment, found[0]
            # （生态环境部牵头，国家统计局参与） on a line of its own: the assignment of the text above it
            line.assignment_only = not text[: found[0]].strip()
            return
    inline = _INLINE_LABEL.search(text) if ":" in text or "：" in text else None  # the label ends in a colon
    if inline is not None and text[inline.start()].isspace() and not _FIELD_FIRST.match(text):
        inline = None  # a space stands between a record's fields only
    if inline is not None:
        clause = _unwrapped(text[inline.start() + 1 :])
        assignment = parse_assignment(clause, marked=True)
        remark_follows = assignment is None and "。" in clause
        if remark_follows:  # …，牵头部门：市交通局。建设进度相对较慢的县区为舒城县。
            assignment = parse_assignment(clause[: clause.index("。")], marked=True)
        after_comma = text[inline.start()] in "，,"
        # after a comma the label may stand inside a sentence run on from others: only names that read as units,
        # the lead's at least (法规处、水处牵头: 水处 a name written short)
        if assignment is not None and not (after_comma and _lead_doubtful(assignment)):
            # a remark after the label's sentence is the item's too: the line is kept whole, label and all
            line.assignment, line.cut = (
                assignment,
                None if remark_follows else inline.start() + (not after_comma),
            )
            return
    if inline is None and line.numbered is not None and "单位" in text:
        # …积极动员人人参与环境卫生整治活动责任单位各社区居委会、驻辖区单位: the label's colon and the stop before
        # it lost; the first name after it must read as a unit
        at = max(text.rfind(label) for label in _BARE_LABELS)
        names = text[at + _BARE_LABEL_LENGTH :]
        # 环卫分公司配合单位办事处、城管中队: the co-operating units' label lost its colon too
        clause = names.replace("配合单位", "；配合单位：", 1)
        # 各责任单位要于…前,将…报送市人民政府督查室: units named as the sentence's subject, not a label
        label = at > 0 and text[at - 1] not in _COLLECTIVE_BEFORE and not names.startswith(_DUTY_WORDS)
        bare = parse_assignment(clause, marked=True) if label and _short_list(names) else None
        if bare is not None and bare.departments and bare.departments[0][0] not in bare.doubtful:
            line.assignment, line.cut = bare, at
            return
    if line.numbered is not None and "负责" in text:  # 8.市工商局负责，市经贸委、市农业局配合，严格实施…
        leading = _LEADING_ASSIGNMENT.match(line.numbered.body)
        if leading is not None:
            line.assignment = parse_assignment(leading["clause"])
    if line.assignment is None and line.numbered is not None and "由" in text:
        # （二）关于…的问题，由国土资源部会同农业部等部门负责落实。
        closing = _CLOSING_ASSIGNMENT.search(text)
        if closing is not None:
            line.assignment = parse_assignment(closing["clause"] or closing["alone"] or closing["pair"])
            if closing["alone"] and line.assignment is not None and line.assignment.doubtful:
                # what follows 由 over commas must all read as units to be a list of them
                line.assignment = None
            own_sentence = closing["pair"] or (closing["alone"] and text.endswith("。", 0, closing.start()))
            if own_sentence and line.assignment is not None:  # a sentence of its own: not the task's text
                line.cut = closing.start() if closing["alone"] else closing.start("pair") - 1
    if line.assignment is None and line.numbered is not None and "起草" in text:
        # 1.《X条例》。该项目为…,由市建设局负责起草,…由市司法局审查…: who drafts the law, and who reviews it
        drafted = _DRAFTED_WITHIN.search(text)
        if drafted is not None:
            reviewed = _REVIEWED_BY.search(text, drafted.end())
            clause = drafted["who"] + (f"牵头，{reviewed['who']}配合" if reviewed else "负责")
            line.assignment = parse_assignment(clause)
    if line.assignment is None and line.numbered is not None and "牵头" in text:
        # （一）加强矿产资源开发统筹规划。由省国土资源厅牵头，省经委等单位参与，研究提出…
        led = _LED_BY.search(line.numbered.body, 0, _LED_BY_REACH)
        if led is not None:
            line.assignment = parse_assignment(led["clause"])
    in_charge = _IN_CHARGE_OF_IT.search(text) if line.assignment is None and "负责的" in text else None
    if in_charge is not None and (units := undoubted_units(in_charge["who"])) is not None:
        # 聚焦“幸福民生”。由镇公路站负责的农村道路硬化项目,…: the unit in charge of the project, its text from 由
        line.assignment, line.start = units, in_charge.start("open")
    if line.assignment is None and ("：" in text or ":" in text or "。负责" in text or "  " in text):
        _read_unit_before_colon(line)
    introducing = line.assignment is None and text.rstrip().endswith(("：", ":"))
    established = _ESTABLISHED_WITH_DUTIES.match(text) if introducing else None
    if established is not None:
        # (一)成立…机关保密委员会(下称“局保密委”),负责…。…其主要职能职责:: the body set up does the items below
        line.units_over = undoubted_units(established["short"] or established["who"])
    elif introducing and (with_members := _SET_UP_WITH_MEMBERS.search(text)) is not None:
        # 第三十八条 成立由…为成员的市公共资源交易监督管理联席会议,负责…,履行下列职责:: the body set up, its members aside
        line.units_over = undoubted_units(with_members["who"])
    elif introducing and (set_up := _SET_UP_THEN_ITS_DUTIES.search(text)) is not None:
        # …,由市政府成立…领导小组。领导小组的主要职责是: / 领导小组下设办公室在民政局…合署办公。其主要职责是:
        named = units_named_at(set_up["who"], 0)
        if named and (set_up["ref"] is None or set_up["ref"] in set_up["who"]):
            line.units_over = undoubted_units(named[0])
    if (
        line.assignment is None
        and line.units_over is None
        and line.numbered is not None
        and len(line.numbered.body) <= _UNIT_HEADING_LIMIT
    ):
        _read_unit_heading(line, line.numbered.body)
    elif (
        line.assignment is None
        and line.units_over is None
        and len(text) <= _UNIT_HEADING_LIMIT
        and (text.rstrip().endswith(("：", ":")) or _DUTY_HEADING.match(_heading_text(text)) is not None)
    ):
        # 永和乡…工作专班主要履行以下职责:, 镇级管理员职责, 2.2 领导小组职责: the duties it lists, not numbered as items
        _read_unit_heading(line, _heading_text(text))
    if (
        line.assignment is None
        and line.numbered is None
        and isinstance(after, Line)
        and after.text.rstrip().endswith(("。", "；", ";"))
        and _BARE_ASSIGNMENT.match(text)
    ):
        # 市发改委牵头落实 on the line after a sentence of work, as a table's unit cell flattened without separators
        # gives it; after a number or a piece of a broken cell it is a table's, which is not read as text
        bare = parse_assignment(text)
        if bare is not None and not bare.doubtful:
            line.assignment, line.assignment_only = bare, True
    # (- 各街道办事处要联合社区…: a bulleted line's units open its text after the bullet)
    body = line.numbered.body if line.numbered is not None else BULLET.sub("", text, count=1)
    # 区财政局负责村庄环境整治专项经费的落实… or 三、区公安分局要加大…
    item = line.numbered is not None
    article = line.numbered is not None and line.numbered.article
    if article and line.assignment is None and (titled := _ARTICLE_TITLE.match(body)) is not None:
        # 第四条(属地责任)县级以上人民政府应当…: the article's title in brackets heads its text
        body = body[titled.end() :]
        line.start, line.head = text.rindex(body), titled["title"] or titled["black"]
    # (第三条 县级以上人民政府对…负总责,…,履行以下…职责:: a heading over the unit's duties, the items its tasks)
    opening = subject_units(body, item=item) if line.assignment is None and line.units_over is None else None
    # 第四条 各有关部门应当按照职责…: a rule for every body of a kind doing its part, no one's task
    if opening is not None and article:
        opening = None if _rule_for_kinds(opening, body) else opening
    if (
        opening is None
        and line.assignment is None
        and item
        and (past_heading := _after_heading(body, article=article)) is not None
    ):
        # 一、要千方百计确保草庐剧场顺利建成。隆中文化园公司要…: the unit opens the item's text after its heading
        heading, body = past_heading
        opening = subject_units(body, item=True)
        if article:
            # 第五条 县级储备粮实行…责任制。县政府负责…: the article's rule heads the share of the unit after it
            line.start, line.head = text.rindex(body), heading
    if opening is None and line.assignment is None and (leader := _LEADER_FIRST.match(body)) is not None:
        # 由杨志武副市长负责,市发改委牵头,相关部门配合,…: the leader in charge, then the units doing the work
        body = body[leader.end() :]
        opening = subject_units(body, item=item)
    if opening is not None:
        # a lead with its helpers (区市场监管局牵头,卫健、教体等部门密切配合,…) is an assignment even alone
        # (but 此次宣传活动由市医保局牵头,…做好配合: the work the line opens with is its own)
        line.assignment = opening
        line.unit_subject = _LEAD_WITH_HELPERS.match(body) is None or _WORK_LED_BY.match(body) is not None
    asked = ASKED_FIRST.match(text) if line.assignment is None and line.numbered is None else None
    if asked is not None:
        # 会议要求,区市场监督管理局牵头,卫健、教体等行业主管部门密切配合,全面开展…: what a meeting asked of whom, its
        # text from the units on, as a share's cut from a paragraph after the lead-in is
        line.assignment = subject_units(text[asked.end() :])
        if line.assignment is not None:
            line.start = asked.end()
    if line.assignment is None and item and "负责" in body:
        line.assignment = _units_in_charge(body)


def _unwrapped(clause: str) -> str:
    """A label's clause without the bracket around it (（牵头单位：市交通局）), a unit's own closing its name kept
    (主体责任单位:各村(居))."""
    clause = clause.strip().lstrip("（(").strip()
    unclosed = sum(map(clause.count, "(（")) - sum(map(clause.count, ")）"))
    while unclosed < 0 and clause.endswith((")", "）")):
        clause, unclosed = clause[:-1].rstrip(), unclosed + 1
    return clause


def _rule_for_kinds(units: Assignment, body: str) -> bool:
    """Whether an article states a rule for kinds of bodies, no one's task: each unit of a kind doing its part by its
    duties (各有关部门应当按照职责做好…); not each unit of a kind given work of its own (各区(市)县人民政府应结合本地区
    实际,在…设立…), nor every level above one (县级以上人民政府住房城乡建设主管部门负责…), whose duties annotators
    keep as tasks 6 times of 7."""
    names = [name for name, _ in units.departments]
    return all(name.startswith(CALL_ON_ALL) for name in names) and _BY_DUTIES.search(body) is not None


_BY_DUTIES = re.compile(r"(?:按照?|依照|根据)(?:各自)?(?:的)?职责|各司其职|各负其责")


def _after_heading(body: str, *, article: bool = False) -> tuple[str, str] | None:
    """An item's inline heading and the text after it, when the text opens with a unit (its caller has found none
    before the heading); an `article`'s first sentence, its rule, however long (第三条 本办法适用于本县…管理活动。
    各乡镇人民政府…负责…)."""
    heading, text = split_heading(body)
    if heading is None and article and (rule := _ARTICLE_RULE.match(body)) is not None:
        heading, text = rule.group(0), body[rule.end() :]
    if heading is None:
        return None
    text = text.strip()
    units = subject_units(text, item=True)
    # not a call on every unit of a kind alone (各部门、各单位要…), but with units of their own among them
    # (各村、镇农产品质量安全监管站、镇畜牧兽医站等镇属相关单位要…), or on the governments below (各县(区)人民政府要…)
    if units is None or calls_on_every_unit(units):
        return None
    return heading, text


_ARTICLE_RULE = re.compile(r"[^。；;]{2,80}。")
# (第四条【市建设行政主管部门职责】…: a title in black brackets may be longer, and hold brackets of its own)
_ARTICLE_TITLE = re.compile(
    r"(?:[（(〔](?P<title>[\u4e00-\u9fff]{2,10})[)）〕]|【(?P<black>[^【】]{2,20})】)(?=[\u4e00-\u9fff])"
)


def _lead_doubtful(assignment: Assignment) -> bool:
    return not assignment.departments or assignment.departments[0][0] in assignment.doubtful


def _units_in_charge(body: str) -> Assignment | None:
    """The units an item's clauses put in charge of their parts of it (成立领导小组,党政办负责外围环境,社会管理办公室
    负责质量监督…), as minutes share out a decision: each unit whole, not a person (张三具体负责)."""
    names: list[str] = []
    helpers: list[str] = []
    body = without_alias(body)  # 县征地拆迁办(以下简称拆迁办)负责…: the unit, its short name aside
    for charged in _IN_CHARGE.finditer(body):
        if undoubted_units(who := charged["who"]) is None:
            continue
        names.append(who)
        # 由公安部门负责,有关部门配合: the units that help it
        helping = HELPERS_AFTER.match(body, charged.end())
        if helping is not None and undoubted_units(helping["who"]) is not None:
            helpers.append(helping["who"])
    if not names:
        return None
    return parse_assignment("、".join(names) + "".join(f"，{who}配合" for who in helpers))


def _is_roster(line: Line) -> bool:
    """Whether a line is a line of a unit's roster (组长:张三, 总 指 挥:…)."""
    return _ROSTER_LINE.match(line.text.replace(" ", "").replace("\u3000", "")) is not None


def _roster_or_duties_field(line: Line) -> bool:
    """Whether a line is a unit's roster or the field naming its duties (组长:张三 / 职责:), no text of its work."""
    return (
        _is_roster(line)
        or _BARE_FIELD.fullmatch(line.text.replace(" ", "").replace("\u3000", "")) is not None
    )


def _units_over_their_rosters(lines: Sequence[Line]) -> None:
    """A line naming a unit alone, its roster right under it (办公室(市创城办) / 主任:张三 / … / 主要职责: / 1.负责…),
    heads the numbered items below as a line of units before a colon does; a numbered heading of a working group so
    ((一)组织摸排组 / 组长:… / 职责:负责…) heads its duties. It assigns nothing itself."""
    for index, line in enumerate(lines[:-1]):
        if line.assignment is not None or line.units_over is not None or not _roster_below(lines, index + 1):
            continue
        if line.numbered is not None:
            group = line.numbered.body.strip()
            if _WORKING_GROUP.fullmatch(group) and not _shares_of_units_below(lines, index):
                line.units_over = Assignment(((group, Role.LEAD),))  # its roster makes it a unit
            continue
        name = line.text.strip()
        units = (
            parse_assignment(name) if len(name) <= _UNIT_NAME_LINE and not _ROLE_WORD.search(name) else None
        )
        if units is not None and not units.doubtful:
            line.units_over = units


_BARE_FIELD = re.compile(r"(?:主要)?(?:工作)?职责[:：]")


def _roster_below(lines: Sequence[Line], index: int) -> bool:
    """Whether a unit's roster starts at `index`, or after its duties ((一)游行活动组 / 工作职责: / 负责… / 组长:…)."""
    if index < len(lines) and _is_roster(lines[index]):
        return True
    if index >= len(lines) or DUTIES_FIELD.match(lines[index].text) is None:
        return False
    duties = takewhile(lambda line: line.numbered is None, lines[index : index + _DUTY_LINES + 1])
    return any(map(_is_roster, duties))


_DUTY_LINES = 2  # the field and its paragraph, perhaps cut apart


def _shares_of_units_below(lines: Sequence[Line], index: int) -> bool:
    """Whether the duties under the working group's heading at `index` give units of their own their shares
    (1、活动协调组 / 组长:张三 / 职责分工:(1)街道党政办负责…): then they, not the group, do the work."""
    heading = lines[index].numbered
    rank = heading.rank if heading is not None else 0
    for line in lines[index + 1 :]:
        if line.numbered is not None and line.numbered.rank <= rank:
            return False  # the next group
        duties = DUTIES_FIELD.match(line.text)
        rest = line.text[duties.end() :] if duties is not None else line.text
        label = read_label(rest)
        if line.assignment is not None or subject_units(label.body if label else rest, item=True) is not None:
            return True
    return False


# a working group named for its work: 组织摸排组, 现场安保组, 督查督办组
_WORKING_GROUP = re.compile(r"[\u4e00-\u9fff]{2,10}组")
_UNIT_NAME_LINE = 30
_CONTACT = re.compile(r"(?:电话|地址|地点|邮箱|传真)[:：]")


def _items_under_units(lines: Sequence[Line]) -> None:
    """Give the numbered items under a line of units alone (教育管理中心: / 1、制定… / 2、强化…) its units, up to the
    next such line, a line with units of its own, or a heading above the items. Under a numbered heading of a unit
    alone ((一)综合办公室(党群工作部、监察室) / (1)年度主要任务: / ①…), every item to the next heading of its rank."""
    for index, line in enumerate(lines):
        if line.units_over is None:
            continue
        if line.numbered is not None:
            _items_under_unit_heading(line.numbered.rank, line.units_over, lines[index + 1 :])
            continue
        if _duty_paragraph(lines, index + 1):  # 省委宣传部: / 督促指导各地区…。 / 省委网信办: / …
            lines[index + 1].assignment = line.units_over
            continue
        rank: int | None = None
        # (镇级管理员职责 / 一、… / 二、…: a heading naming the duties it lists has them numbered as sections)
        duties = _DUTY_HEADING.match(_heading_text(line.text)) is not None
        for item in lines[index + 1 :]:
            if item.units_over is not None or (item.numbered is None and item.assignment is not None):
                break
            if item.numbered is None:
                continue
            rank = item.numbered.rank if rank is None else rank
            if item.numbered.rank < rank or (rank <= RANKS["cn"] and not duties):
                break  # a heading above the items, or the document's own sections (一、…)
            # (4.市创城办办公地点:…,电话:…: where the unit is found, no work of its)
            if (
                item.numbered.rank == rank
                and item.assignment is None
                and not _CONTACT.search(item.text)
                and not _OTHER_DUTIES.match(item.numbered.body)
            ):
                item.assignment = line.units_over


# (八)法律、法规规定的其他职责。: the duties' catch-all, no work to put in the ledger
_OTHER_DUTIES = re.compile(
    r"法律[、,，]?(?:行政)?法规(?:[、和及](?:规章|政策))?(?:规定|赋予)的其他(?:职责|职能)"
)


def _heading_text(text: str) -> str:
    """A heading's words without the decimal number a plan's sections may carry (2.2 领导小组职责)."""
    return _DECIMAL_SECTION.sub("", text.strip(), count=1)


_DECIMAL_SECTION = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\s*(?=[\u4e00-\u9fff])")


def _duty_paragraph(lines: Sequence[Line], index: int) -> bool:
    """Whether the line at `index`, after a line of units alone, is their paragraph of duties: unnumbered, without
    units of its own, and followed by the next unit's line or by nothing."""
    if index >= len(lines) or lines[index].numbered is not None or lines[index].assignment is not None:
        return False
    return index + 1 == len(lines) or lines[index + 1].units_over is not None


def _items_under_unit_heading(rank: int, units: Assignment, below: Sequence[Line]) -> None:
    """The items of a unit's heading are its numbered lines without items of their own ((1)年度主要任务: is not),
    and the paragraphs before them its work written out ((二)区财政局 / 负责…经费的安排与调拨工作。), up to one
    opening with a unit of its own. A line of co-operating units among them (协助单位:交通局、县城管监察大队。)
    joins each item's units."""
    units = _with_helpers(units, rank, below)
    for at, line in enumerate(below):
        if line.numbered is not None or line.attachment is not None or (at and units_named_at(line.text, 0)):
            break  # …其他成员随时听候调遣: after the unit's work, the work of others; 附件: the document's end
        if line.assignment is None and not _roster_or_duties_field(line):
            line.assignment = units
    items = [at for at, line in enumerate(below) if line.numbered is not None]
    for at, next_at in zip(items, [*items[1:], len(below)], strict=False):  # no items: nothing to do
        item, following = below[at], below[next_at] if next_at < len(below) else None
        if item.numbered is None or item.numbered.rank <= rank:
            break
        has_items = (
            following is not None
            and following.numbered is not None
            and following.numbered.rank > item.numbered.rank
        )
        text = below[at + 1 : next_at]
        if not has_items and text and not item.numbered.body.endswith(_SENTENCE_ENDS):
            # (二)文山路 / 欧派特自行车店…占道经营。: a place's heading, the problem found there under it
            for line in text:
                line.assignment = line.assignment or units
        elif item.assignment is None and not has_items and not _OTHER_DUTIES.match(item.numbered.body):
            item.assignment = _with_partners(units, item.numbered.body)


def _with_partners(units: Assignment, body: str) -> Assignment:
    """A unit's item that opens with the units it works with (会同市农委、科技局,拟定…): those co-operate; not a
    call on units of a kind (会同市相关部门)."""
    if not body.startswith(_TOGETHER_WITH):
        return units
    named = {name for name, _ in units.departments}
    partners = [
        name
        for name in units_named_at(body, len(_TOGETHER_WITH[0]))
        if name not in named and not _COLLECTIVE_WORD.search(name)
    ]
    return units._replace(departments=(*units.departments, *((name, Role.CO) for name in partners)))


_TOGETHER_WITH = ("会同", "汇同")


def _with_helpers(units: Assignment, rank: int, below: Sequence[Line]) -> Assignment:
    """The heading's units with those of the co-operating units' lines under it, to the next heading of its rank;
    each such line, read into them, is no item's assignment of its own."""
    helpers: list[tuple[str, Role]] = []
    for line in below:
        if line.numbered is not None and line.numbered.rank <= rank:
            break
        named = line.assignment
        if (
            line.assignment_only
            and named is not None
            and all(role is Role.CO for _, role in named.departments)
        ):
            helpers.extend(named.departments)
            line.assignment = None
    return units._replace(departments=(*units.departments, *helpers)) if helpers else units


def _read_unit_heading(line: Line, body: str) -> None:
    """A numbered heading that is a unit alone, its other names in brackets: (一)工程建设管理局(安全生产监督局).
    Only an office's name (局, 委, 办公室, 中心…), not a place the items are about (新时代文明实践站)."""
    heading = _UNIT_HEADING.match(body) or _DUTY_HEADING.match(body)
    if heading is None or _ROLE_WORD.search(heading["name"]) or _EVERY_UNIT.fullmatch(heading["who"]):
        return  # (一)各部门职责 / 1、教育体育局职责:…: the units' duties, each under its own heading
    units = parse_assignment(heading.group("who"))
    if units is not None and not units.doubtful:
        line.units_over = units


def _short_list(names: str) -> bool:
    """Whether the text after a bare label may be a list of names ending the line, not sentences run on after it."""
    return len(names) <= _BARE_LIST and "。" not in names.rstrip("。")


def _charged_as_the_page_ends(lines: Sequence[Line]) -> None:
    """The last line, when the page is cut right after it charged its unit (…;人事部门要会): that unit's share."""
    last = lines[-1] if lines else None
    if last is None or last.assignment is not None or SENTENCE_FINAL.search(last.text) is not None:
        return
    body = last.numbered.body if last.numbered is not None else last.text
    opening = subject_units(body, item=last.numbered is not None, cut=True)
    if opening is not None:
        last.assignment, last.unit_subject = opening, True


def _decisions_charged(lines: Sequence[Line]) -> None:
    """The decisions a meeting's minutes list (会议议定: / 1.原则同意… / 3.县目标督查办按季度对…进行通报。): each that
    opens with its unit is that unit's, though it says only how often the unit does the work."""
    for index, line in enumerate(lines):
        if line.assignment is None and line.numbered is not None and _series_asked_above(lines, index):
            opening = subject_units(line.numbered.body, decision=True)
            if opening is not None:
                line.assignment, line.unit_subject = opening, True


def _lone_unit_subjects_dropped(lines: Sequence[Line]) -> None:
    """Keep the assignment of a paragraph opening with its unit (区住建局负责…) only in a run of such paragraphs,
    one unit's share of the work after another, and of a numbered item opening so (三、区公安分局要…) only among
    items of its series doing the same, as the decisions of minutes are; a lone one is a sentence of the text. A
    sentence cut from a paragraph whose other sentences carry their units ((四)由省经贸委负责,…。由省农业厅负责,…)
    is one of a run, and so is one a meeting or a leader asked of the unit (…汇报。会议要求, / 区政府各部门要…), or
    one under a heading naming the units' shares (二、责任分工 / 市民政局负责…)."""
    lone = [
        line
        for index, line in enumerate(lines)
        if line.unit_subject
        and not (line.numbered is not None and line.numbered.article)
        and not _after_what_was_asked(lines, index)
        and not _series_asked_above(lines, index)
        and not (line.numbered is None and _under_a_shares_heading(lines, index))
        and not any(
            other.unit_subject
            # an item among items that carry their own assignments, however written: (八)…由消防部门负责… / (九)…
            or (other.assignment is not None and (line.numbered is not None or other.line == line.line))
            for other in (
                _series_of(lines, index) if line.numbered is not None else _neighbours(lines, index)
            )
        )
        # (二)区民政局负责…;区教育局负责…: an item's first share, the shares after it cut from its line
        and not (
            index + 1 < len(lines) and lines[index + 1].line == line.line and lines[index + 1].unit_subject
        )
    ]
    for line in lone:
        line.assignment, line.unit_subject = None, False


def _safeguard_subjects_dropped(lines: Sequence[Line], by_position: dict[int, Line]) -> None:
    """In a text assigning its work formally, the sentences opening with units under its safeguards (三、保障措施 /
    (二)强化考核问责。市生态环境局每季度通报…) are its implementation mechanism, no tasks."""
    for line in lines:
        if line.unit_subject and any(
            _SAFEGUARDS.search(by_position[position].text) for position in line.chain
        ):
            line.assignment, line.unit_subject = None, False


_SAFEGUARDS = re.compile(r"^\S{0,6}(?:保障措施|组织保障|工作保障|保障机制)")


def _under_a_shares_heading(lines: Sequence[Line], index: int) -> bool:
    """Whether the nearest numbered line before a paragraph is a heading naming the units' shares (二、责任分工)."""
    heading = next((line.numbered for line in reversed(lines[:index]) if line.numbered is not None), None)
    return heading is not None and _SHARES_HEADING.fullmatch(heading.body.strip()) is not None


def _shares_under_a_duties_heading(lines: Sequence[Line]) -> None:
    """Under a heading naming the units' duties (四、工作职责), each item opening with its units is their share,
    whatever its verb: 2.县供电分公司保障防空警报设施供电需要; 6.移动、联通、电信石泉分公司发布…短信. An item that
    names no unit goes on with the duties of the unit before it ((一)主要职能。/ 1.政务服务中心负责… / 2.负责…)."""
    heading: Line | None = None
    before: Assignment | None = None
    for line in lines:
        numbered = line.numbered
        if numbered is None:
            continue
        if heading is not None and heading.numbered is not None and numbered.rank <= heading.numbered.rank:
            heading = None
        if _SHARES_HEADING.fullmatch(numbered.body.strip().rstrip("。")):
            heading, before = line, None
        elif heading is not None and line.assignment is None and not numbered.body.endswith((":", "：")):
            # not (九)县公安局主要工作任务:, a unit's heading over its items
            line.assignment = before if _DUTY_OPENING.match(numbered.body) else opening_units(numbered.body)
        if heading is not None and line is not heading:
            before = line.assignment


def _shares_after_a_duties_intro(lines: Sequence[Line]) -> None:
    """After what introduces the units' duties, the clauses cut from its paragraph that open with their units are
    their shares, whatever the verb (…压实各部门职责: / 住建局统筹协调全局,… / 应急局严管工业燃料违规民用行为;)."""
    intro: Line | None = None
    for line in lines:
        if intro is not None and line.line == intro.line:
            if line.assignment is None:
                line.assignment = opening_units(line.text)
        else:
            intro = line if DUTIES_INTRO.fullmatch(line.text.strip()) else None


# 四、工作职责, (二)职责分工, 三、部门职责: a heading over the units' shares
# What a duty the unit before goes on with opens with: 2.负责…, 4.制定…, 5.会同…, 11.受理…, 16.承担…
_DUTY_OPENING = re.compile(r"负责|承担|承办|制定|会同|协调|受理|指导|对(?!于)")
_SHARES_HEADING = re.compile(
    r"(?:工作|部门|单位|成员单位|主要)?(?:职责|职能|职责分工|责任分工|任务分工|工作分工|分工职责)"
)


def _units_after_a_points_heading(lines: Sequence[Line]) -> None:
    """A leader's point cut from the paragraph that asked it may name its units after the phrase heading it: …陈静朋
    强调:…。 / 防汛物资靠前准备到位,区水务局、各乡镇(街道)要做好…: the point is theirs (`groups` leaves its heading out). The
    share cut from right after a point's heading sentence (三是要强化应急处置。 / 各镇办、各有关部门要…) may, as a
    numbered item, charge every unit of a kind, as may one cut after another unit's share."""
    for index, line in enumerate(lines):
        if not index or line.assignment is not None or line.numbered is not None:
            continue
        before = lines[index - 1]
        if before.line != line.line:
            continue
        if before.assignment is None and POINT.match(before.text):
            units = subject_units(line.text, item=True)
        elif (heading := POINT_HEADING.match(line.text)) is not None and _after_what_was_asked(lines, index):
            units = subject_units(line.text[heading.end() :], item=True)
        elif _after_a_share(lines, index):
            units = charged_in_turn(line.text)
        else:
            continue
        if units is not None:
            line.assignment, line.unit_subject = units, True


def _after_a_share(lines: Sequence[Line], index: int) -> bool:
    """Whether a piece cut from a paragraph follows a unit's share in it (公安部门负责…。 / 教育部门督促学校…)."""
    return any(piece.unit_subject for piece in _earlier_pieces(lines, index))


def _earlier_pieces(lines: Sequence[Line], index: int) -> Iterator[Line]:
    """The pieces cut from the same paragraph before the one at `index`, nearest first."""
    at = index - 1
    while at >= 0 and lines[at].line == lines[index].line:
        yield lines[at]
        at -= 1


def _after_what_was_asked(lines: Sequence[Line], index: int) -> bool:
    """Whether a piece cut from a paragraph follows what a meeting or a leader asked in it, right before it (…汇报。
    会议要求, / 区住建局要…) or in an earlier sentence (会议强调,各单位要…。 / 区交通运输局要…), or the field
    naming its duties (职责分工: / 街道城管城建科负责…)."""
    return any(
        LEAD_IN.search(piece.text) or POINT.match(piece.text) or DUTIES_FIELD.match(piece.text)
        for piece in _earlier_pieces(lines, index)
    )


def _neighbours(lines: Sequence[Line], index: int) -> Iterator[Line]:
    """The paragraphs before and after a line, past the headings between them: sections of one paragraph each, each
    opening with its unit (一、加强检查 / 县住建局要… / 二、加强宣传 / 县应急局要…), share the work out as a run does."""
    for step in (-1, 1):
        at = index + step
        while (
            0 <= at < len(lines)
            and (numbered := lines[at].numbered) is not None
            and is_heading_only(numbered.body)
        ):
            at += step
        if 0 <= at < len(lines):
            yield lines[at]


def _elided_items(lines: Sequence[Line], by_position: dict[int, Line]) -> list[TaskDraft]:
    """Items a sharing site cut short with an ellipsis, their assignment with the rest (1、镇区主要路道落实门前“三包”,
    …严禁………… / …………): kept as incomplete tasks, their units unseen, where an item of their rank has its own."""
    elided: list[TaskDraft] = []
    assigned_ranks = {
        line.numbered.rank for line in lines if line.numbered is not None and line.assignment is not None
    }
    for index, line in enumerate(lines):
        after = lines[index + 1] if index + 1 < len(lines) else None
        if (
            line.numbered is not None
            and line.assignment is None
            and _ELIDED.search(line.text)
            and (after is None or after.numbered is not None or _ELIDED.fullmatch(after.text))
            and line.numbered.rank in assigned_ranks
        ):
            draft = task_draft([line], Point(line, Assignment(()), separate=False), by_position)
            elided.append(draft._replace(text=_ELIDED.sub("", draft.text), incomplete=True))
    return elided


_ELIDED = re.compile(r"(?:…{2,}|\.{6,})\s*$")


def _series_asked_above(lines: Sequence[Line], index: int) -> bool:
    """Whether a numbered line's series stands under a line saying what a meeting or a leader asked (会议要求: /
    1.镇派出所要… / 2.…): each item opening with its unit is that unit's share, though the only one to."""
    numbered = lines[index].numbered
    if numbered is None:
        return False
    at = index - 1
    while at >= 0 and (other := lines[at].numbered) is not None and other.rank >= numbered.rank:
        at -= 1
    return at >= 0 and _ASKED.search(lines[at].text) is not None


def _series_of(lines: Sequence[Line], index: int) -> Iterator[Line]:
    """The numbered lines of the series `lines[index]` belongs to: its rank, up to a line of a higher rank."""
    numbered = lines[index].numbered
    if numbered is None:
        return
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(lines):
            other = lines[at].numbered
            if other is not None and other.rank < numbered.rank:
                break
            if other is not None and other.rank == numbered.rank:
                yield lines[at]
            at += step


def _read_unit_before_colon(line: Line) -> None:
    """A line that names its unit before a colon, then the unit's work: 市规划局：负责白浪河河道整治的扬尘污染防治。
    An unnumbered line of the unit alone (教育管理中心:) heads the numbered items under it."""
    body = line.numbered.body if line.numbered is not None else line.text
    if line.numbered is None and (alone := _UNIT_ALONE.match(body)) is not None:
        heading = parse_assignment(alone["who"])
        # 各乡镇人民政府、县直各单位: names the recipients of a notice, not who does the items below
        if (
            heading is not None
            and not heading.doubtful
            and not _ROLE_WORD.search(alone["who"])
            and not _COLLECTIVE_WORD.search(alone["who"])
        ):
            line.units_over, line.assignment_only = heading, True
        return
    named = _UNIT_BEFORE_COLON.match(body) or _spaced_from_its_work(body)
    # 一审牵头工委：城建环资工委 names a role, not a unit; 人险公司片区: the zone a unit looks after, the place
    # the problem after it was found
    if (
        named is None
        or _ROLE_WORD.search(named["who"])
        or named["who"].endswith("片区")
        or _CONTACT_PERSON.match(body, named.end())
    ):
        return
    assignment = parse_assignment(named["who"])
    if assignment is not None and not assignment.doubtful:
        line.assignment = assignment
        line.start = len(line.text) - len(body) + named.end()


def _spaced_from_its_work(body: str) -> re.Match[str] | None:
    """A unit set apart from its work by a run of spaces (办公室  组织、协调…), not a signature's issuers so set
    apart from each other (永嘉县财政局   永嘉县农业农村局   永嘉县乡村振兴局)."""
    spaced = _UNIT_BEFORE_SPACES.match(body)
    if spaced is None or all(map(looks_like_department, body[spaced.end() :].split())):
        return None
    return spaced


# 市住建局:周军伟,2822013,13050897533: whom to call at the unit and the number, no work of its
_CONTACT_PERSON = re.compile(r"[\u4e00-\u9fff]{2,4}(?:同志)?\s*[,，、:：\s]\s*[\d-]{7,}")
_HEADED_UNITS = re.compile(
    r"^(?P<head>[^。；;：:（()）]{2,40}?)[（(](?P<clause>\s*(?:责任单位|责任部门|牵头单位)\s*[:：][^（()）]{2,80})[)）]\s*[:：]\s*(?=\S)"
)
_COLLECTIVE_WORD = re.compile(r"各|有关|相关")
_UNIT_ALONE = re.compile(r"^\s*(?P<who>[^：:，,。；;（(“”]{2,24}?)\s*[：:]\s*$")
# (not 有限责任公司; a page's contact fields, 新闻线索:0514-…, 举报电话:…, name no unit's work either)
_ROLE_WORD = re.compile(r"牵头|配合|协办|参与|负责|责任(?!公司)|时间|日期|电话|线索|热线|邮箱|网址|地址")
# 县环保局:负责…, or as some copies write it, 县环保局。负责…; a name's own brackets too: 各村(社区):将…
_UNIT_BEFORE_COLON = re.compile(
    rf"^(?P<who>(?:[^：:，,。；;（()）“”]|{NAME_BRACKET}){{2,40}}?)\s*(?:[：:]|。(?=负责))\s*(?=\S.{{3}})"
)
# 办公室  组织、协调…: the unit set apart from its work by a run of spaces, as a table's cells flattened are
_UNIT_BEFORE_SPACES = re.compile(
    r"^\s*(?P<who>[^\s：:，,。；;（()）“”]{2,20})[ \u3000]{2,}(?=[\u4e00-\u9fff].{3})"
)
_PHONE_END = re.compile(r"\d{5,}$")
_UNIT_NAME_END = re.compile(r"(?:局|委|办|办公室|厅|部|署|处|中心|政府|公司|集团)$")
_OFFICE_ENDS = "办公室|局|委员会|管委会|联合会|委会|委|办|厅|署|处|科|室|所|中心|(?<=气象)台|办事处|政府|机关|小组|专班|联席会议|协会|学会|商会|镇|乡|街道|部门|单位|机构|部|(?:(?<=检察)|(?<=法))院|公司|警备区|军分区"
# a body named short, its place before it or not: 7.妇联, 县残联
_OFFICE = (
    rf"(?:[^：:，,。；;、（()）“”\s]{{2,20}}?(?:{_OFFICE_ENDS})"
    r"|[\u4e00-\u9fff]{0,8}?(?:妇联|残联|侨联|文联|科协|团委|工会))"
)
# (一)办公室(电话:82212084): the office, how to call it no part of its name
_UNIT_HEADING = re.compile(
    rf"^(?P<who>(?P<name>{_OFFICE}(?:、{_OFFICE})*)(?:[（(](?!电话)[^（()）]{{2,40}}[)）])?)(?:[（(]电话[^（()）]+[)）])?[：:。]?$"
)
_SENTENCE_ENDS = ("。", "；", ";", "！", "？", "!", "?")
# 一、属住建局职责范围: the problems an inspection found, sorted by the unit that puts them right; (八)县经济局主要
# 工作任务: a unit's share of the work
# a group or a brigade has its share of the work too, as a company has
# 一、乡级河长工作职责, 镇级管理员职责: the chiefs of a level, and the people it puts in a post, have duties as a unit does
_CHIEF = f"(?:{CHIEF}|{POST})"
# 乡(镇)人民政府, 乡政府; 乡镇(街道)殡葬办公室(专管员): whoever works for it in brackets after it
_BODY = rf"(?:(?:[^：:，,。；;、（()）“”\s]|{NAME_BRACKET}){{1,20}}?(?:{_OFFICE_ENDS}|集团|大队|{_CHIEF})(?:(?![（(](?:以下简称|下称))(?:{NAME_BRACKET}))?|联席会议)"
# fields sharing their departments' word in a heading: 公安、交通部门职责
_FIELD_FIRST_IN_HEADING = r"[\u4e00-\u9fff]{2,6}、(?=[^：:，,。；;]*部门)"
# (一、乡政府责任目标: the targets a responsibility letter sets a unit, as its duties)
_DUTY_HEADING = re.compile(
    rf"^属?(?P<who>(?P<name>(?:[省市州县区]、|{_FIELD_FIRST_IN_HEADING})*{_BODY}(?:、{_BODY})*))(?:的?职责范围|的?(?:主要)?(?:工作)?(?:任务|职责|责任目标)(?:[、和及](?:任务|职责))?(?:是|为|如下)?"
    # 第七条 市、区爱国卫生运动委员会办公室(以下简称爱卫办)应当履行下列职责: an article of the duties it lists
    # (what it answers for first: 第三条 县级以上人民政府对…负总责,统一领导…,履行以下校车安全管理职责:)
    # (or the work it shall do, the rules it shall keep: 第八条 医疗卫生机构…应做好如下工作:, …应当符合下列要求:)
    # (or the responsibility it bears: 第三条 各级党委(党组)主要承担的网络安全责任是:)
    r"|(?:主要)?承担的[^：:，,。；;]{0,10}?(?:责任|职责)(?:是|为|包括)"
    # (or what it is first: 第三十九条 …中心是…管理机构,受市政府授权或委托,负责…,履行下列职责:)
    r"|(?:[（(]以下简称[^（()）]{1,12}[)）])?(?:(?:对|应当|应|是)[^：:。；;]{2,80}?[，,])?"
    r"(?:在[^：:，,。；;]{2,30}?中)?(?:应当|应|要)?(?:主要)?"  # (…部门在…监测工作中应履行以下主要职责:)
    r"(?:(?:履行|承担)(?:以|如)?下列?(?:主要)?[^：:，,。；;]{0,8}?(?:工作)?职责|(?:做好|遵守|符合)(?:以下|下列|如下)(?:工作|规定|要求)))[：:]?$"
)
_UNIT_HEADING_LIMIT = 80
_EVERY_UNIT = re.compile(r"(?:各|有关|相关)(?:有关|相关|成员|责任)?(?:部门|单位)")
# A body set up, perhaps with the short name the text gives it, whose duties the line ends by introducing
_ESTABLISHED_WITH_DUTIES = re.compile(
    r"^(?:\S{1,6}\s*)?(?:成立|组建|设立)(?P<who>[^，,。；;：:（(“”]{2,40}?)"
    r"(?:[（(](?:以下简称|下称|简称)[“\"]?(?P<short>[^（()）“”\"]{2,12})[”\"]?[)）])?[，,][^：:]*其[^：:。，,]{0,6}职责(?:如下|是|为)?[：:]\s*$"
)
# A body set up with its members named first, then its duties introduced (成立由…为成员的…联席会议,负责…,履行下列职责:)
_SET_UP_WITH_MEMBERS = re.compile(
    r"(?:成立|组建|设立)由[^。：:]*?(?:为成员|组成)的(?P<who>[^，,。；;：:的]{2,30}?)[，,][^：:]*?"
    r"(?:履行|承担)?(?:以下|下列|如下)(?:工作)?职责[：:]\s*$"
)
# A body set up, then a sentence introducing its duties, naming it again or as 其 (…成立…领导小组。领导小组的主要职责是:)
_SET_UP_THEN_ITS_DUTIES = re.compile(
    r"(?:成立|组建|设立|下设)(?P<who>[^，,。；;：:（(“”]{2,40}?)[，,。](?:[^。：:]*。)?\s*"
    r"(?:其|(?P<ref>[^，,。；;：:]{2,12}?)的?)(?:主要)?(?:工作)?职责(?:是|为|如下)?[：:]\s*$"
)
# An item that opens with who does it: the units must all read as departments (parse_assignment unmarked).
_LEADING_ASSIGNMENT = re.compile(
    r"^(?P<clause>[^，,。；;：:（(]{2,40}?(?:牵头)?负责(?:[，,](?:[^，,。；;：:（(]|[（(][^（()）]{1,8}[)）]){2,160}?"
    r"(?:配合|参与|协助|协同))?)[，,]"
)

# An item whose work opens with who leads it and who takes part, after its heading at most.
_LED_BY = re.compile(
    r"(?:^|。)(?:[^，,。；;：:]{2,8}[，,])?由(?P<clause>[^，,。；;：:（(]{2,40}?牵头(?:[，,][^，,。；;：:（(]{2,200}?(?:参与|配合|参加|协助))?)(?:[，,]|$)"
)
_LED_BY_REACH = 80  # the heading before it is one short sentence
_DRAFTED_WITHIN = re.compile(r"由(?P<who>[^，,。；;：:（(、]{2,30}?)(?:牵头)?(?:负责)?起草")
_REVIEWED_BY = re.compile(r"[，,。；;]由?(?P<who>[^，,。；;：:（(、由]{2,20}?)(?:负责)?审查")

# An item whose last sentence says who does it, as the State Council's 分工 notices write: 由A会同B、C等部门研究提出
# 落实意见 / 负责落实. Without 会同 only these verbs mark it: 经费由市财政负责 is a rule of funding, not an assignment.
_CLOSING_ASSIGNMENT = re.compile(
    r"由(?P<clause>[^，,。；;：:（(]{2,30}?(?:会同|联合)[^。；;：:]{2,200}?)"
    r"(?:研究提出[^。]{0,10}|负责[^。]{0,10}|牵头[^。]{0,10}|落实)。?\s*$"
    r"|由(?P<alone>(?:[^。；;：:（(]|[（(][^（()）]{1,6}[)）]){2,60}?)(?:负责落实|负责完成|牵头落实|研究提出[^。]{0,10})。?\s*$"
    # the last sentence alone: 由市安监局负责,市环保局配合。 / 由A、B牵头,各县区政府负责实施。
    r"|(?:^|。)由(?P<pair>[^，,。；;：:（(]{2,40}?(?:牵头|负责)[，,][^。；;：:（(]{2,80}?(?:配合|参与|协助|负责实施|负责落实))。?\s*$"
)

_LEAD_HEADING = re.compile(
    r"^(?P<who>[^，,。；;：:（(]{2,40}?)牵头的?(?:工作|任务|事项)(?:[(（][^()（）]{1,8}[)）])?$"
)
# A line that only says who does the work above it: names, then the verb, no sentence of its own.
# 市发改委牵头落实; a name's bracket may stand in it: 各县(市)、区人民政府负责落实。
_BARE_ASSIGNMENT = re.compile(
    r"^(?:[^。；;：:()（）]|[（(][^（()）]{1,6}[)）]){2,80}?(?:牵头|负责|配合)(?:落实|实施|负责)?。?$"
)

_REQUIREMENT_LABELS = ("整改要求", "整改措施", "整改意见", "工作要求")
# 整改要求：由包片单位县气象局负责清除, 整改措施：由县住建局督促商户更换, or after a clause of how: 按照…的要求，由…
_REQUIRED_BY = (
    r"由(?:[^，。,；;：:、]{0,12}?包片单位|责任单位|牵头单位)?"
    r"(?P<who>[^，。,；;：:]{2,60}?)(?:牵头)?(?:负责|督促|组织|协调|会同)"
)
_MEASURE_NUMBER = r"(?:[（(]\d{1,2}[)）]|\d{1,2}[.、．])?"
_REQUIRED_OF = re.compile(
    rf"^(?:{'|'.join(_REQUIREMENT_LABELS)})\s*[:：]\s*{_MEASURE_NUMBER}(?:[^。由]{{0,40}}[，,])?{_REQUIRED_BY}"
)
_FURTHER_REQUIRED = re.compile(rf"。\s*{_MEASURE_NUMBER}{_REQUIRED_BY}")
# A sentence of its own saying who leads and who helps: 由乡三农服务中心承办,乡畜牧站、卫生院配合。
_OWN_SENTENCE_ASSIGNMENT = re.compile(
    r"^由(?P<clause>[^，,。；;：:]{2,40}?(?:牵头|负责|承办|主办)[，,][^。；;：:]{2,120}?(?:配合|参与|协办|协助))。?$"
)
_IN_CHARGE_OF_IT = re.compile(r"(?:^|。)(?P<open>由)(?P<who>[^，,。；;：:（(“”]{2,30}?)负责的")
# (a page set in a table's cell may close the line with the cell's bar: …负责。 |)
_SUMMARY_ASSIGNMENT = re.compile(rf"^{SUMMARY_OPENING}(?P<clause>[^。|]+?)。?(?:\s+\|)?$")


def _unbracketed(text: str) -> str:
    """A labelled line without the brackets around it: （责任单位：A、B） on a line of its own."""
    return text[1:-1] if text[0] in "(（" and closing_bracket(text, 0) == len(text) - 1 else text


_RECORD_GOAL = re.compile(r"^\s*(?:整改目标|整改要求|目标要求|工作目标|验收标准)\s*[:：]")


def _points(lines: Sequence[Line]) -> list[Point]:
    """Assignments, with consecutive 牵头单位/配合单位/完成时限 lines read together as one clause."""
    points: list[Point] = []
    previous_text: Line | None = None
    group: list[Line] = []  # the assignment lines after previous_text

    def close_group() -> None:
        written = [line for line in group if line.assignment is not None]
        if written and previous_text is not None:
            together = (
                written[0].assignment
                if len(written) == 1
                else parse_assignment("；".join(_unbracketed(line.text) for line in written), marked=True)
            )
            points.append(
                Point(previous_text, together or written[0].assignment or Assignment(()), separate=True)
            )
        group.clear()

    for line in lines:
        if line.assignment_only:
            group.append(line)
            continue
        if group and _RECORD_GOAL.match(line.text):
            continue  # 责任单位:… / 整改目标:… / 整改时限:…: the record's goal among its label lines, no task's text
        close_group()
        if line.assignment is not None:
            points.append(Point(line, line.assignment, separate=False))
        previous_text = line
    close_group()
    return points


def _titled_only(owner: Line | None) -> bool:
    """Whether the outline node over a paragraph is a title alone (一、职责分工), not an item with text of its own;
    or an article, whose paragraphs are its clauses, each binding whom it names (第三条 …是…主管部门。 /
    住房和城乡建设部门负责…)."""
    return (
        owner is None
        or owner.numbered is None
        or owner.numbered.article
        or is_heading_only(owner.numbered.body)
    )


def _due_on_its_own_line(lines: Sequence[Line], index: int) -> Line | None:
    """The line at `index` if it is a due date alone (2008年5月30日前完成), no other task's."""
    if index >= len(lines):
        return None
    line = lines[index]
    alone = line.numbered is None and line.assignment is None and not line.assignment_only
    return line if alone and _LONE_DUE.fullmatch(line.text.strip()) else None


# 2008年6月30日前, 2008年4月初之前, 2008年5月30日前完成, 2008年4月10前: a deadline cell flattened onto a line
_LONE_DUE = re.compile(
    r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}月(?:\d{1,2}日?|初|中旬|上旬|下旬|底|末)?|底|年底)之?前(?:完成)?"
)


def _owner_taken(owner: Line | None, previous_end: int, anchors: Counter[int]) -> bool:
    """Whether the item over a paragraph is no text of its: a task before has taken it, or other tasks share it."""
    return owner is not None and (owner.position <= previous_end or anchors[owner.position] > 1)


def _paragraph_tasks(
    lines: Sequence[Line], by_position: dict[int, Line], truncated: bool, *, has_tables: bool
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
            anchor.start
            or (anchor.unit_subject and anchor.numbered is None and _titled_only(owner))
            or _share_cut_from_paragraph(lines, index_of[anchor.position])
            or (
                anchor.unit_subject and anchor.numbered is None and _owner_taken(owner, previous_end, anchors)
            )
        ) and anchor is not owner:
            # 市规划局：负责…, 客运中心(责任单位:交通局):…: its text starts after what it names; a unit's share cut
            # from a paragraph, or a paragraph opening with its unit under a title (一、职责分工 / 人口普查是… /
            # 省统计局负责…), is its own text, not the whole item's
            start = anchor.position
        elif (
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
            if line.position >= start
            and not line.assignment_only
            and not line.attachment
            and not _roster_or_duties_field(line)
        ]
        if _is_titled_assignment(anchor):
            items = _numbered_items_under(lines, end)
            if items:  # 一、强化科技创新（区科技局牵头） over its items: each item without its own is a task
                drafts.extend(
                    task_draft(item, point, by_position) for item in items if not _has_assignment(item)
                )
                all_items = [line for item in items for line in item]
                previous_end = anchor.position if any(map(_has_assignment, items)) else all_items[-1].position
                continue
            span += _body_after(lines, end)
        elif anchor.unit_subject and not SENTENCE_FINAL.search(anchor.text):
            # 各项目…要抓好…在 2020 年 6 / 月前完成…: the sentence its unit opens goes on on the next line
            span += _wrapped_on(_body_after(lines, end), anchor)
        draft = task_draft(span or [anchor], point, by_position)
        # (第三条 … / 住房和城乡建设部门负责…: a paragraph of an article carries the article's number)
        if (
            draft.number is None
            and owner is not None
            and owner.numbered is not None
            and owner.numbered.article
        ):
            draft = draft._replace(number=owner.numbered.number)
        previous_end = span[-1].position if span else anchor.position
        # …达标改造. / 2008年6月30日前: a table's deadline cell on the line after its text
        if (due := _due_on_its_own_line(lines, index_of[previous_end] + 1)) is not None:
            draft, previous_end = draft._replace(deadline_cell=due.text.strip()), due.position
        drafts.append(draft)
    drafts.extend(_elided_items(lines, by_position))
    if truncated and drafts and all(line.assignment_only for line in lines if line.position > previous_end):
        drafts[-1] = stopped_in_assignment(drafts[-1])
        return drafts, truncated
    truncated = truncated or ends_in_item_without_assignment(lines, previous_end, points, by_position)
    if truncated and (stepped := step_cut_off(lines, previous_end, drafts, by_position)) is not None:
        drafts[stepped] = drafts[stepped]._replace(incomplete=True)
    elif truncated:
        drafts.extend(cut_off_task(lines, previous_end, drafts, by_position, has_tables=has_tables))
    return drafts, truncated


def _share_cut_from_paragraph(lines: Sequence[Line], index: int) -> bool:
    """Whether the line at `index` is a unit's share cut from the paragraph before it (…会议强调,各单位要…。 /
    区交通运输局等单位要…)."""
    line = lines[index]
    return line.unit_subject and index > 0 and lines[index - 1].line == line.line


def _item_over_sub_items(
    owner: Line,
    lines: Sequence[Line],
    index_of: dict[int, int],
    by_position: dict[int, Line],
    anchors: Counter[int],
) -> Line:
    """The item an assignment on its own line belongs to: after sub-items （1）…（4） none of which has one, the
    item above them (1.完善应急预案体系), not the last sub-item."""
    if owner.numbered is None or owner.numbered.rank < RANKS["num"] or len(owner.chain) < 2:
        return owner
    parent = by_position[owner.chain[-2]]
    if parent.numbered is None or anchors[parent.position] != 1:
        return owner
    between = lines[index_of[parent.position] + 1 : index_of[owner.position]]
    siblings = any(line.numbered is not None and line.chain[-2:-1] == (parent.position,) for line in between)
    return parent if siblings else owner


def _paragraph_start(lines: Sequence[Line], index: int) -> int:
    """Where the paragraph ending at `index` starts: the lines before it that a line break cut mid-sentence."""
    start = index
    while start > 0 and not lines[start - 1].assignment_only and lines[start - 1].numbered is None:
        if (
            SENTENCE_FINAL.search(lines[start - 1].text)
            # 其中明确指出： introduces the paragraph, …审议项目14部,包括 the laws listed after it
            or lines[start - 1].text.endswith(("：", ":", "；", ";", "包括"))
            or _ASKED.search(lines[start - 1].text)  # …曲道凯要求, / 由县发展和改革局牵头…: who asked, apart
            or lines[start - 1].assignment is not None
            or _TAG_LINE.fullmatch(lines[start - 1].text)  # 关键词 教育: a page's tag, not a sentence's start
        ):
            break
        start -= 1
    return lines[start].position


_TAG_LINE = re.compile(r"[^，,。；;：:、\s]{1,8}\s+[^，,。；;：:、\s]{1,8}")


# 党政办负责外围环境, 资金发放由区财政局负责: a unit put in charge, after the part of the work it is given at most
_IN_CHARGE = re.compile(
    r"(?:^|[，,；;。])(?:[^，,。；;：:由]{0,8}由)?(?P<who>[^，,。；;：:（(“”\s由]{2,15}?)负责(?!人|同志)"
)
# What a meeting or a leader asked ends the line, the units asked after it: …曲道凯要求, / …汇报。会议要求, /
# 会议议定如下:
_ASKED = re.compile(rf"(?:{LEAD_IN_WORDS})(?:如下)?[，,：:]\s*$")
_LEAD_WITH_HELPERS = re.compile(
    r"[^，,。；;：:]{2,40}?(?:牵头|承办|主办)(?:负责)?[，,][^。；;：:]{2,80}?(?:配合|协办|协助)"
)
_WORK_LED_BY = re.compile(r"[^，,。；;：:由]{2,16}(?<!自)由")
_LEADER_FIRST = re.compile(
    rf"^由?[\u4e00-\u9fff]{{2,4}}?(?:常务)?副?{LEADER_POST}(?:负责|牵头|分管|挂帅)[，,]\s*"
)


def _is_titled_assignment(line: Line) -> bool:
    """A numbered title that carries the assignment, its text below: （一）推进绿色设计（责任单位：市经济信息委）; not
    an item closed by a sentence of its own naming who does it, whole on its line (卫生防疫合作规划。由省卫生厅负责完成。)."""
    if line.numbered is None or line.cut is None or line.text.startswith("由", line.cut):
        return False
    return is_heading_only(line.text[len(line.text) - len(line.numbered.body) : line.cut])


def _numbered_items_under(lines: Sequence[Line], index: int) -> list[list[Line]]:
    """The numbered items right under the title at `index`, each with the lines it covers."""
    title = lines[index]
    items: list[list[Line]] = []
    for line in lines[index + 1 :]:
        if title.position not in line.chain or line.attachment:
            break
        if line.numbered is not None and line.chain[-2:-1] == (title.position,):
            items.append([line])
        elif items and (line.assignment is not None or not line.assignment_only):
            items[-1].append(line)  # a leader line (牵头领导：…) is neither text nor assignment
    return items


def _has_assignment(item: Sequence[Line]) -> bool:
    return any(line.assignment is not None for line in item)


def _body_after(lines: Sequence[Line], index: int) -> list[Line]:
    """The plain paragraphs right after a line, up to the next numbered line, assignment, table or attachment, or
    the signature of the page (六安市民生办: a unit's name alone)."""
    body: list[Line] = []
    for following in lines[index + 1 :]:
        contiguous = following.position == (body[-1] if body else lines[index]).position + 1
        if not contiguous or following.numbered or following.assignment or following.attachment:
            break
        if following.failed_assignment or looks_like_department(following.text.strip()):
            break
        body.append(following)
    return body


def _wrapped_on(body: Sequence[Line], first: Line) -> list[Line]:
    """The lines of `body` that carry on the sentence `first` breaks off, up to the one that ends it."""
    carried: list[Line] = []
    for line in body:
        if SENTENCE_FINAL.search((carried[-1] if carried else first).text):
            break
        carried.append(line)
    return carried


def _with_implied(draft: TaskDraft, implied: Sequence[tuple[int, tuple[str, ...]]]) -> TaskDraft:
    names = tuple(name for position, who in implied if position < draft.line for name in who)
    if not names:
        return draft
    return draft._replace(implied=names)


def _outline(lines: Sequence[Line]) -> tuple[OutlineNode, ...]:
    """Nested outline nodes from the numbered lines and attachment markers."""
    roots: list[tuple[Line, list[object]]] = []
    stack: list[tuple[Line, list[object]]] = []
    for line in lines:
        if line.numbered is None and line.attachment is None:
            continue
        while stack and stack[-1][0].position not in line.chain:
            stack.pop()
        node: tuple[Line, list[object]] = (line, [])
        (stack[-1][1] if stack else roots).append(node)
        stack.append(node)
    return tuple(_node(item) for item in roots)


def _node(item: tuple[Line, list[object]]) -> OutlineNode:
    line, children = item
    label = line.numbered.label if line.numbered else "附件"
    title = node_title(line)[len(label) :] if line.numbered else (line.attachment or "附件")
    return OutlineNode(label, title.lstrip("："), tuple(_node(child) for child in children))  # type: ignore[arg-type]
