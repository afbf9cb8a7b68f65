"""Paragraphs cut into groups of sentences, each closed by its own assignment.

An assignment may stand between the sentences of one paragraph, after a sentence's end (……。（A负责）……) or before it
(……（A负责）；……). Each closes the sentences since the previous one: the paragraph holds as many tasks as it has
assignments. A bracket that only names what it follows (报送我委（环资司）。) or holds a note stays in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from greenpolicy.core.departments import looks_like_department
from greenpolicy.core.parsing.assignments import (
    DUTIES_FIELD,
    DUTIES_INTRO,
    LABELLED_LINE,
    LEAD_IN,
    NEXT_MATTER,
    POINT,
    POINT_HEADING,
    POINTS_COUNTED_OUT,
    SUMMARY_OPENING,
    TURNING,
    UNIT_LABEL,
    WORK_IN_TURN,
    charged_in_turn,
    opening_units,
    parse_assignment,
    subject_units,
    undoubted_units,
)
from greenpolicy.core.parsing.brackets import closing_bracket, split_top_level, trailing_parenthetical
from greenpolicy.core.parsing.checks import ordinal
from greenpolicy.core.parsing.numbering import ARTICLE_LABEL, RANKS, SUB_ITEM_RANK, read_label
from greenpolicy.core.reading.blocks import Block, Paragraph, Table, text_at


def task_paragraphs(blocks: Sequence[Block]) -> Iterator[Block]:
    """The tables, and the non-empty paragraphs stripped, each cut after the assignments that stand between its
    sentences: “……。（市发展改革委牵头）……。（市财政局负责）” is two groups of sentences, each with its own. Lines
    broken as text copied from a PDF breaks them are joined first: inside a bracket, or inside a labelled list of
    units. A page that runs its paragraphs together on one line, set apart by spaces, is first cut before each
    numbered item and each responsibility label."""
    blocks = _numbered_fields_unnumbered(
        _units_items_run_together_apart(_items_run_together_apart(_run_on_lines_apart(blocks)))
    )
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        if isinstance(block, Table):
            yield block
            continue
        text = block.text.strip()
        if not text:
            continue
        if _unclosed(text):  # ……（市经济信息委、市生 / 态环境局等按职责分工负责）
            text, joined = _closed_by_following(text, blocks, index)
            index += joined
        while index < len(blocks) and (more := _list_continued(text, blocks, index)) is not None:
            text += more  # 配合单位：市经济信息委、市财 / 政局、市生态环境局
            index += 1
        heading = _heading_before_sub_item(text)
        # 1.深化商事制度改革。(1)全面落实…: the item's heading, then its first sub-item
        if heading is not None:
            yield Paragraph(heading, block.line)
            text = text[len(heading) :]
        # (一)第一阶段(5月10日前)1.按照…要求,公安局交警大队要…: the headings run into the item, apart before its shares
        *headings, text = _glued_headings_apart(text)
        yield from (Paragraph(glued, block.line) for glued in headings)
        if (field := DUTIES_FIELD.match(text)) is not None and text[field.end() :].strip():
            # 职责分工:(1)街道党政办负责…。(2)…: the name of the duties' field heads the shares it runs into
            yield Paragraph(field.group(0), block.line)
            text = text[field.end() :].strip()
        series = _drafting_series(text) if "起草" in text else None
        if series is None and ("职责" in text or "分工" in text):
            series = _duty_shares_apart(text)
        if series is None and ("议定" in text or "决定" in text):
            series = _decisions_apart(text)
        if series is None and text.startswith("①") and "②" in text:
            series = _circled_items_apart(text)
        if series is None and "条" in text:
            series = _articles_apart(text)
        if (
            series is None
            # two sentences or more, or units charged one after another in one (县发改局要…,县财政局要…)
            and (
                "；" in text
                or ";" in text
                or "。" in text.rstrip().rstrip("。")
                or len(_charged_one_after_another(text)) > 1
            )
            and _BRACKETED_UNITS.search(text) is None
        ):
            series = _unit_clauses_apart(text)
        if series is not None:
            # (…辅导。第二章规划和建设第四条文化部…: a piece may open with a heading run into its label)
            yield from (
                Paragraph(part, block.line) for piece in series for part in _glued_headings_apart(piece)
            )
            continue
        if _ASSIGNMENT_INSIDE.search(text) is None:  # most paragraphs: no bracket after a sentence
            yield block if text == block.text else Paragraph(text, block.line)
            continue
        for group in _sentence_groups(text):
            yield from (Paragraph(piece, block.line) for piece in _glued_headings_apart(group))


def _run_on_lines_apart(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks with each long line that runs paragraphs together (… 一、王丹县长牵头重点工作 1.全县生产总值增长7.5%
    左右。 责任单位：县发改局 2.落实…) cut where a space stands before a numbered item or a responsibility label."""
    if all(isinstance(block, Table) or len(block.text) < _RUN_ON_LINE for block in blocks):
        return blocks  # most documents: a line a paragraph
    apart: list[Block] = []
    for block in blocks:
        if isinstance(block, Table) or len(block.text) < _RUN_ON_LINE:
            apart.append(block)
            continue
        text = block.text
        cuts = [gap.end() for gap in _GAP.finditer(text) if _paragraph_at(text, gap)]
        # …特制订本方案。一、工作目标2022年,…: a page that lost its line breaks, a section after a sentence's end
        cuts = sorted({*cuts, *(section.start() for section in _SECTION_AFTER_SENTENCE.finditer(text))})
        if "负责" in text:  # …职责如下:县环保局。负责…。县交通局、公路局:负责…: each unit's duty
            cuts = sorted(
                {*cuts, *(duty.start() for duty in _DUTY.finditer(text) if undoubted_units(duty["who"]))}
            )
        # 教体局:制定…。公安局:抽调6名民警…。卫健局:…: each unit's part, its name before a colon, two or more
        parts = [part.start() for part in _UNIT_PART.finditer(text) if undoubted_units(part["who"])]
        if len(parts) >= _MIN_UNIT_PARTS:
            cuts = sorted({*cuts, *(part for part in parts if part)})
        starts = [0, *cuts]
        apart.extend(
            Paragraph(text[start:end].strip(), block.line)
            for start, end in zip(starts, [*cuts, len(text)], strict=True)
        )
    return apart


def _items_run_together_apart(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks with a numbered item that runs on, after its sentence's end, into the next item of its list
    (2、完成…。责任单位:A,完成时间:5月10日前。3、完成…。责任单位:B…) cut before that item, when each piece names
    its own units under a label: an item's own sub-points (1、…。2、…) share its one assignment, and stay."""
    if not any(isinstance(block, Paragraph) and _NEXT_ITEM.search(block.text) for block in blocks):
        return blocks  # most documents: no item runs on into the next
    apart: list[Block] = []
    for block in blocks:
        if isinstance(block, Table) or _NEXT_ITEM.search(block.text) is None:
            apart.append(block)
            continue
        label = read_label(block.text)
        if label is None or not label.number.isdecimal():
            apart.append(block)
            continue
        cuts = [0, *_numbers_in_turn(_NEXT_ITEM, block.text, after=int(label.number))]
        pieces = [block.text[start:end] for start, end in pairwise([*cuts, len(block.text)])]
        if len(pieces) == 1 or not all(UNIT_LABEL.search(piece) for piece in pieces):
            apart.append(block)
            continue
        apart.extend(Paragraph(piece, block.line) for piece in pieces)
    return apart


_NEXT_ITEM = re.compile(r"。\s*(?P<number>\d{1,2})[、．.](?!\d)")


def _units_items_run_together_apart(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks with a list of units' duties run together after what introduces it (…履行下列主要职责:1.发展和改革
    主管部门负责…;2.财政主管部门负责…;3.…) cut before each item, when most items open with their units (5.城市管理
    行政执法部门对违反…的行为实施…): items sharing one assignment (…:1.…;2.…。(市发改委负责)) stay."""
    if not any(isinstance(block, Paragraph) and _LISTED_ITEM.search(block.text) for block in blocks):
        return blocks  # most documents: no list run together
    apart: list[Block] = []
    for block in blocks:
        if isinstance(block, Table) or len(starts := _numbers_in_turn(_LISTED_ITEM, block.text)) < 2:
            apart.append(block)
            continue
        pieces = [block.text[start:end] for start, end in pairwise([0, *starts, len(block.text)])]
        # (一)领导小组工作职责:1、组织、协调…;2、研究制定…: one unit's duties after their heading, each its task
        duties = _DUTIES_LISTED.search(pieces[0]) is not None
        if not duties and (
            len(starts) < _LISTED_ITEMS or sum(map(_opens_with_unit, pieces[1:])) < _MOST * len(starts)
        ):
            apart.append(block)
            continue
        apart.extend(Paragraph(piece, block.line) for piece in pieces if piece.strip())
    return apart


def _numbers_in_turn(item: re.Pattern[str], text: str, *, after: int = 0) -> list[int]:
    """Where the items numbered in turn after `after` (1, 2, 3…) start in a text that runs them together, each found
    by `item`; an item of another list between them (a sub-point's 1.) is passed over."""
    starts: list[int] = []
    for found in item.finditer(text):
        circled = found.groupdict().get("circled")
        number = ord(circled) - ord("①") + 1 if circled else int(found["number"])
        if number == after + len(starts) + 1:
            starts.append(found.start("circled" if circled else "number"))
    return starts


# (…职责:①负责…;②…: circled numbers too)
_LISTED_ITEM = re.compile(r"[:：；;。]\s*(?:(?P<number>\d{1,2})[、．.](?!\d)|(?P<circled>[①-⑳]))")
_DUTIES_LISTED = re.compile(r"职责(?:是|为|如下)?[:：]\s*$")
_LISTED_ITEMS = 3
_MOST = 0.75


def _numbered_fields_unnumbered(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks with the fields of a record numbered as items (1、竞赛时间:年初一 / 2、竞赛地点:… / 3、负责单位:汤口
    社区) written without their numbers: the unit field assigns the record under its heading, as 负责单位: does."""
    if not any(
        isinstance(block, Paragraph) and "单位" in block.text and _UNIT_FIELD.search(block.text)
        for block in blocks
    ):
        # most documents: no numbered unit field (a substring test spares most lines the search)
        return blocks
    fields = [isinstance(block, Paragraph) and _NUMBERED_FIELD.match(block.text) for block in blocks]
    result = list(blocks)
    start = 0
    while start < len(blocks):
        end = start
        while end < len(blocks) and fields[end]:
            end += 1
        run = [match for match in fields[start:end] if match]
        if (
            len(run) >= _MIN_FIELDS
            and [match["number"] for match in run] == [str(n) for n in range(1, len(run) + 1)]
            and any(LABELLED_LINE.match(match["field"]) for match in run)
        ):
            for at, match in enumerate(run, start):
                result[at] = Paragraph(match["field"], blocks[at].line)
        start = end + 1
    return result


_LONE_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,8}[:：]$")
_UNIT_FIELD = re.compile(r"^\s*\d{1,2}[、.．]\s*[\u4e00-\u9fff]{0,4}单位\s*[:：]")
_NUMBERED_FIELD = re.compile(r"^\s*(?P<number>\d{1,2})[、.．]\s*(?P<field>[\u4e00-\u9fff]{2,6}[:：].*)$")
_MIN_FIELDS = 2


def _paragraph_at(text: str, gap: re.Match[str]) -> bool:
    """Whether a paragraph starts after this space: a numbered item or a label follows it, or a colon (如下： 一、,
    其中明确指出： 贯彻…) or the sentence that ends a labelled line (部门分工：A牵头，B配合。 打造…) precedes it."""
    following = text[gap.end() : gap.end() + _LABEL_REACH]
    if (label := read_label(following)) is not None:
        # …乱堆放; 2.在建工程…: the next problem of a list, not a paragraph, when a semicolon runs on to it
        return not (label.rank == RANKS["num"] and label.number != "1" and text[gap.start() - 1] in "；;")
    if LABELLED_LINE.match(following) is not None:
        return True
    # … 市财政局 实际完成情况:中心设备调试…: the next field of a record
    if _FIELD.match(following) is not None:
        return True
    before = text[gap.start() - 1] if gap.start() else ""
    if before in "：:" or (before == "。" and _SUMMARY_AHEAD.match(following)):
        return True  # 如下： 一、…, or …体系。 此项工作由市农业局负责: an assignment line of its own
    # … 整改时限:2021年8月13日前 操作间存在鼠粪…: a deadline label's value, then the next problem
    if _DEADLINE_VALUE_BEFORE.search(text, max(0, gap.start() - _LABEL_REACH), gap.start()):
        return True
    if before != "。":
        return False
    line_start = max(text.rfind(mark, 0, gap.start() - 1) for mark in "。 \u3000\xa0") + 1
    return LABELLED_LINE.match(text[line_start : line_start + _LABEL_REACH]) is not None


_FIELD = re.compile(r"[\u4e00-\u9fff]{2,8}[:：](?![\s:：])")
# the value must not run on into the next item's number (整改时限:5天3. 市第三人民医院…)
_DEADLINE_VALUE_BEFORE = re.compile(r"(?:时限|完成时间|期限)\s*[:：]\s*[^\s:：。]{2,20}(?<!\d[.．、])$")
_RUN_ON_LINE = 200
_SECTION_AFTER_SENTENCE = re.compile(
    r"(?<=[。；;])(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])"
)
# …(责任人:张三)城管中队:负责…: a unit's duty after a sentence, a colon, or a bracket closing a person's name
# (a copy that lost its stops may set the units apart with commas: …协调工作,党政办:负责…,派出所:负责…)
_DUTY = re.compile(r"(?<=[。；;：:)），,.])(?P<who>[^。；;：:，,.（()）“”\s]{2,30}?)[：:。](?=负责)")


# (the first may follow the heading it runs on from: 二、明确职责任务分工县应急管理局:…)
_UNIT_PART = re.compile(
    r"(?:^|(?<=[。；;])|(?<=分工))(?=(?P<who>[^。；;：:，,（()）“”\s]{2,20}?)[：:][^：:\s])"
)
_MIN_UNIT_PARTS = 2
_SUMMARY_AHEAD = re.compile(SUMMARY_OPENING)
_GAP = re.compile(r"[ \u3000\xa0]+(?=\S)")
_LABEL_REACH = 40  # enough of the text after a space to tell a label (（二十三）, 牵头责任单位：)


_SUB_ITEM_AFTER_HEADING = re.compile(r"[^。；;！？]{2,30}。(?=\s*(?:[（(]\d{1,2}[)）]|[①-⑳]))")


def _heading_before_sub_item(text: str) -> str | None:
    """A numbered line's heading sentence when the line goes on with its first sub-item: 1.深化商事制度改革。(1)…."""
    label = read_label(text)
    if label is None or label.rank >= SUB_ITEM_RANK:
        return None
    start = len(text) - len(label.body)
    match = _SUB_ITEM_AFTER_HEADING.match(text, start)
    return text[: match.end()] if match else None


def _unit_clauses_apart(text: str) -> list[str] | None:
    """A paragraph that shares the work out clause by clause, each opening with its unit (县公安部门负责…；县教育部门
    负责…；): its opening sentences, then a line for each unit's clause with the clauses after it that name none;
    None unless two clauses or more open so, or one after what a meeting or a leader asked (会议要求,区住建局要…). A
    leader's points counted out (一是…；二是…) are kept apart, and a point's unit may stand after its heading:
    三是指导要更细。县自然资源局要…。四是县政府督查室要…. Minutes run together on one line pass from one matter to
    the next (会议听取了…): a unit's share ends there."""
    clauses = [
        share
        for clause in _CLAUSE.findall(text)
        for piece in _shares_after_a_colon(clause)
        for share in _charged_one_after_another(piece)
    ]
    if not clauses:  # semicolons alone
        return None
    pieces: list[str] = [""]
    shares = asked_shares = 0
    asking = False  # after what a meeting or a leader asked (会议强调,各单位要…。区交通运输局要…)
    headed = False  # right after a point's heading sentence (三是要强化应急处置。)
    for clause in clauses:
        point = POINT.match(clause)
        if (joined := _CONNECTIVE.match(clause)) is not None and (
            _opens_with_unit(after := clause[joined.end() :])
            or (shares > 0 and charged_in_turn(after) is not None)
        ):
            clause = after  # the joining word is no one's text (…。同时,市场监管部门将对…)
        # the point's share, as a numbered item's, may charge every unit of a kind: 三是…。各镇办、各有关部门要…
        opens = (
            _opens_with_unit(clause)
            or (headed and subject_units(clause, item=True) is not None)
            # after a unit's share, the next may charge its unit with any verb an item's does (教育部门督促…)
            or (shares > 0 and charged_in_turn(clause) is not None)
            # …;人事部门要会: the last clause, the page cut right after its unit was charged
            or (
                clause is clauses[-1]
                and not clause.endswith(_CLAUSE_ENDS)
                and subject_units(clause, cut=True) is not None
            )
        )
        asked = None if opens else _asked_of_units(clause)
        # 会议要求,…;春季是用种、用肥的高峰期,市场监督管理所要…: after a lead-in, a share may open with its occasion,
        # not with the leader's point it serves (要强化“一盘棋”,商务局要统筹推进…: the point is no text of it)
        if not opens and asking and asked is None and _opens_after_heading(clause):
            opens = True
            if (
                clause.lstrip().startswith("要")
                and (heading := POINT_HEADING.match(clause.lstrip())) is not None
            ):
                clause = clause.lstrip()[heading.end() :]
        asked_shares += opens and asking
        # 三是要科学预警,提早研判精准治污。县环委会办公室要…: a point counted out is asked as a lead-in's words are
        asking = asking or point is not None or LEAD_IN.search(clause) is not None
        if asked is not None:
            # …汇报。会议要求,天管会、龙潭乡等部门要…: what was asked of whom, after who asked it
            pieces[-1] += clause[:asked]
            clause = clause[asked:]
            # 会议指出,一要…: the number of the point asked is no one's text
            if (counted := POINT.match(clause)) is not None:
                clause = _past_heading(clause[counted.end() :])
        headed = point is not None and not opens and asked is None
        if opens or asked is not None:
            pieces.append(_past_heading(clause[point.end() :]) if point else clause)
            shares += 1
            asked_shares += asked is not None
        elif point is not None and shares and POINTS_COUNTED_OUT.search(pieces[-1] + clause):
            pieces[-1] += clause  # …做到“四个坚决”:一是…。二是…: the points the share counts out are its own
        elif (point is not None or NEXT_MATTER.match(clause)) and shares:
            pieces.append(clause)  # a point of no unit's, the next matter of minutes: not the share before it
        else:
            pieces[-1] += clause
    if shares < _MIN_UNIT_CLAUSES and not asked_shares:
        return None
    stripped = [piece.strip() for piece in pieces]
    # (…督查。四是: a point's mark the page stops at, no text of any unit's)
    return [piece for piece in stripped if piece and not POINT.fullmatch(piece)]


def _shares_after_a_colon(clause: str) -> list[str]:
    """A clause cut after its colon where the units' shares start there (继续实行…责任制:市委组织部负责…;): what
    introduces them is no unit's share. Not a field's label (整改措施:(1)由县环卫站负责…), whose items are read as
    such."""
    colon = _INTRODUCING_COLON.search(clause)
    if colon is None or _opens_with_unit(clause) or not _opens_with_unit(rest := clause[colon.end() :]):
        return [clause]
    return [clause[: colon.end()], rest]


_INTRODUCING_COLON = re.compile(r"^[^：:，,]{9,}[：:](?=[\u4e00-\u9fff])")


def _past_heading(point: str) -> str:
    """A point's share from its units where its heading comes first (防汛物资靠前准备到位,区水务局、各乡镇(街道)要…):
    the heading is no text of theirs."""
    heading = POINT_HEADING.match(point)
    if heading is None or subject_units(point, item=True) is not None:
        return point
    return point[heading.end() :] if subject_units(point[heading.end() :], item=True) is not None else point


def _duty_shares_apart(text: str) -> list[str] | None:
    """What introduces the units' duties, then each unit's share, whatever its verb (会议进一步压实各部门职责:住建局统筹
    协调全局,…;应急局严管…;): a clause opening with its units starts a share; None unless two do. A numbered item
    ((二)职责分工:区民政局负责…;…) keeps its number on its first share, as its shares are read with their verbs."""
    intro = DUTIES_INTRO.match(text)
    if intro is None or read_label(text) is not None:
        return None
    pieces = [text[: intro.end()]]
    for clause in _CLAUSE.findall(text, intro.end()):
        if opening_units(clause) is not None:
            pieces.append(clause)
        else:
            pieces[-1] += clause
    return [piece.strip() for piece in pieces] if len(pieces) > _MIN_UNIT_CLAUSES else None


def _charged_one_after_another(clause: str) -> list[str]:
    """A clause cut before each unit it charges in turn, two or more (…强调,县发改局要做好…,县财政局要加强…,县自然资源局要
    …。): each unit's share its own; a lead and its helpers (县发改局牵头,县财政局配合,…) are one share."""
    if "要" not in clause and "负责" not in clause:
        return [clause]
    subs = _COMMA_PIECE.findall(clause)
    # …,县编办、县财政局等部门要按照职责分工积极配合: units asked to help join the share before them
    # (each clause one of two shares at least, short work is a share too: 市旅游和商务局负责定点屠宰管理,…)
    starts = [
        at
        for at, sub in enumerate(subs)
        if _charges_a_unit(sub, in_turn=True) and not (at and _HELPING.match(sub))
    ]
    if len(starts) < _MIN_UNIT_CLAUSES:
        return [clause]
    bounds = [0, *(at for at in starts if at), len(subs)]
    shares = ["".join(subs[start:end]) for start, end in pairwise(bounds)]
    # (…,但县财政局要加强…: the word turning to a share is no text of it, nor of the share before it)
    return [
        share[turn.end() :] if at and (turn := TURNING.match(share)) else share
        for at, share in enumerate(shares)
    ]


def _charges_a_unit(text: str, *, in_turn: bool = False) -> bool:
    """Whether a text opens by charging a unit: its name, then 要 or 负责 (县财政局要加强…); `in_turn`, one of the
    units charged one after another, with short work too (…,市动物卫生监督所负责定点屠宰检疫。)."""
    return (
        _CHARGED_UNIT.match(text) is not None
        and subject_units(text, work=WORK_IN_TURN if in_turn else None) is not None
    )


_COMMA_PIECE = re.compile(r"[^，,]+[，,]?")
_CHARGED_UNIT = re.compile(r"[^，,。；;：:]{2,30}?(?:要|负责)")
_HELPING = re.compile(r"[^，,。；;：:]{2,80}?要[^，,。；;：:]{0,8}?配合")


def _asked_of_units(clause: str) -> int | None:
    """Where the units' share starts in a clause that opens with what was asked of them (曲道凯要求,由县发展和改革局
    牵头,… / 会议要求,区政府各部门要…), or None."""
    asked = LEAD_IN.search(clause)
    if asked is None or _BY_THE_RULE.search(clause, 0, asked.start()):
        return None  # 1.按照县政府统一部署和工作要求,…: what the work answers to, not who asked it
    # 高靖生要求,与会人员所提问题及建议,县教育局要…: what the units are asked about may come first
    rest = clause[asked.end() :].strip()
    if _opens_with_unit(rest) or _opens_after_heading(rest):
        return asked.end()
    # 夏锡璠指出,教育和卫生是第一民生,…,卫计局班子成员要…: what the leader said first, then what a unit must do
    start = len(clause) - len(rest)
    at = next(
        (
            start + piece.start()
            for piece in _COMMA_PIECE.finditer(rest)
            if piece.start() and _charges_a_unit(rest[piece.start() :])
        ),
        None,
    )
    turn = None if at is None else TURNING.match(clause, at)
    return at if turn is None else turn.end()


def _opens_after_heading(clause: str, *, point: bool = False) -> bool:
    """Whether a clause names its unit after a short phrase heading it (与会人员所提问题及建议,县教育局要…); a leader's
    point, as a numbered item, may charge every unit of a kind so (三是做好绿色社区创建,各县(市、区)住建局要…)."""
    clause = clause.strip()
    heading = POINT_HEADING.match(clause)
    if heading is None:
        return False
    return _opens_with_unit(clause[heading.end() :]) or (
        point and subject_units(clause[heading.end() :], item=True) is not None
    )


def _opens_with_unit(clause: str) -> bool:
    label = read_label(clause)
    body = label.body if label is not None else clause.strip()
    point = POINT.match(body)
    if point is None:
        return subject_units(body) is not None
    body = body[point.end() :]
    # 三是防汛物资靠前准备到位,区水务局、各乡镇(街道)要…: a point's unit may stand after the phrase that heads it; a
    # point, as a numbered item, may charge every unit of a kind (三是要强化应急处置。各镇办、各有关部门要…)
    return subject_units(body, item=True) is not None or _opens_after_heading(body, point=True)


_BY_THE_RULE = re.compile(r"(?:按照|根据|依据|依照)[^，,。；;：:]*$")
_CLAUSE = re.compile(r"[^；;。]+[；;。]?")
_CLAUSE_ENDS = ("；", ";", "。")
# A word joining a unit's share to what came before: the shares of a whole just named (…9件为民办实事事项。其中,海南省
# 卫健委负责…), one more share (同时,财政部门要…), what the share before means (也就是说,镇海街道办要牵头…)
_CONNECTIVE = re.compile(r"\s*(?:其中|同时|此外|另外|也就是说)[，,]\s*")
# An assignment in brackets (（市公安局负责）, （责任单位：…）): the paragraph is assigned whole, not clause by clause.
_BRACKETED_UNITS = re.compile(
    r"[（(〔](?!含|包括)[^（()）〔〕]*(?:负责|牵头|配合|参与|单位|部门)[^（()）〔〕]*[)）〕]"
)
_MIN_UNIT_CLAUSES = 2


def _decisions_apart(text: str) -> list[str] | None:
    """Minutes whose decisions run together on one line (…的请示》。会议议定:1.原则同意…。2.…。3.县目标督查办按季度
    对…进行通报。同时,审议…): cut before each sentence saying what was decided, after its colon, and before each
    decision, numbered from 1, so that each stands as an item under what the meeting decided."""
    cuts: list[int] = []
    for decided in _DECIDED.finditer(text):
        cuts += [decided.start(), decided.end()]
        number, at = 1, decided.end()
        while (following := _NEXT_ITEM.search(text, at)) is not None and int(
            following["number"]
        ) == number + 1:
            cuts.append(following.start("number"))
            number, at = number + 1, following.end()
    if not cuts:
        return None
    return [
        piece.strip() for start, end in pairwise([0, *cuts, len(text)]) if (piece := text[start:end]).strip()
    ]


# 会议议定:1.…, from after the stop before it
_DECIDED = re.compile(r"[^。；;]{0,12}?(?:议定|决定)(?:如下|以下事项)?[:：]\s*(?=1[.．、])")


def _circled_items_apart(text: str) -> list[str] | None:
    """Items run together on one line, ①…；②…；③…, each after a sentence's end: a line each, unless an assignment
    at the end of the line is all of theirs."""
    cuts: list[int] = []
    for stop in _STOP_BEFORE_CIRCLED.finditer(text):
        if text[stop.end()] == chr(ord("②") + len(cuts)):
            cuts.append(stop.end())
    closing = trailing_parenthetical(text) if cuts else None
    if not cuts or (closing is not None and parse_assignment(closing[1], marked=True) is not None):
        return None
    return [text[start:end].strip() for start, end in pairwise([0, *cuts, len(text)])]


_STOP_BEFORE_CIRCLED = re.compile(r"[。；;](?=[②-⑳])")


def _articles_apart(text: str) -> list[str] | None:
    """A regulation whose articles run together on one line (…由市人民政府制定。第三条 …。第四条 …): a line each, cut
    before each article that follows a sentence's end and counts on from the one before; not articles a sentence
    cites (…。第三条规定的…。第六条规定的…)."""
    found = [
        (article.start("label"), ordinal(article["label"])) for article in _ARTICLE_AFTER_STOP.finditer(text)
    ]
    # (one article after the last sentence of the one before: …进行审计。第五条县级农业行政主管部门负责…)
    lone = len(found) == 1 and _ARTICLE_OPENING.match(text, found[0][0]) is not None
    if (len(found) < _MIN_SERIES and not lone) or any(
        before is None or after != before + 1 for (_, before), (_, after) in pairwise(found)
    ):
        return None
    cuts = [cut for cut, _ in found]
    return [
        text[start:end].strip() for start, end in pairwise([0, *cuts, len(text)]) if text[start:end].strip()
    ]


_ARTICLE_AFTER_STOP = re.compile(rf"[。；;]\s*(?P<label>{ARTICLE_LABEL})")
# an article's own text after its label, not a citation of it (第三条规定的…, 第五条第二款, 第六条所列…)
_ARTICLE_OPENING = re.compile(rf"{ARTICLE_LABEL}\s*(?![规的第之所中款项至到和及与、，,])")


def _drafting_series(text: str) -> list[str] | None:
    """A sentence that lists laws or rules, each with its drafting unit in brackets, cut before each: …包括:黑龙江省
    促进旅游业发展条例(制定,省文化和旅游厅起草)、黑龙江省社会信用条例(制定,省营商环境局起草)… is two tasks, the
    words before the first the sentence's preamble; None unless two or more follow one another."""
    found = list(_DRAFTED.finditer(text))
    if len(found) < _MIN_SERIES or any(
        text[before.end() : after.start()].strip(" 、，,；;") for before, after in pairwise(found)
    ):
        return None
    tail = text[found[-1].end() :]
    pieces = [
        text[: found[0].start("law")],
        *(law.group("law") for law in found),
        tail if tail.strip(" 等。；;") else "",
    ]
    return [piece for piece in pieces if piece.strip()]


# A law or rule named in a series, then the kind of work and its drafting unit in brackets (制定,省公安厅起草); the
# word that opens the series (包括) is not the first one's name.
_DRAFTED = re.compile(
    r"(?:包括|其中|主要有|分别是|分别为)?(?P<law>[^、，,。：:；;（()）\s]{2,60}?[（(][^（()）]{0,30}?起草[)）])"
)
_MIN_SERIES = 2


_MAX_WRAPPED_LINES = 2


def _unclosed(text: str) -> bool:
    """Whether a round bracket, or a 〔 that holds one (〔县自然资 / 源局…按职责分工负责，各乡(街道)落实〕), is left open."""
    round_open = text.count("（") + text.count("(") > text.count("）") + text.count(")")
    return round_open or text.count("〔") > text.count("〕")


_LIST_PIECE = re.compile(r"[、，,；;：:]")


def _list_continued(text: str, blocks: Sequence[Block], index: int) -> str | None:
    """The line at `index`, when a labelled list of units (配合单位：市经济信息委、市财) goes on in it (政局、市生态环境
    局): the name cut at the line's end reads as a department only with the next line's first piece; or the next
    line holds names alone, or the label's names (责任单位: / 科研所) where no record's next label follows them."""
    following = blocks[index]
    if not isinstance(following, Paragraph) or LABELLED_LINE.match(text) is None:
        return None
    rest = following.text.strip()
    if not rest or "。" in rest or LABELLED_LINE.match(rest) or read_label(rest) is not None:
        return None
    if text.endswith((":", "：")):  # 责任单位: / 科研所、省气象台: the label's names on the line below it
        names = [piece.strip() for piece in split_top_level(rest, "、，,")]
        # 责任单位: / 市政园林工程处 / 交办类别: a record's next label after the value: the value is the record's
        record = _LONE_FIELD.match(text_at(blocks, index + 1).strip())
        return rest if record is None and all(map(looks_like_department, names)) else None
    first = _LIST_PIECE.split(rest, maxsplit=1)[0].strip()
    if text.endswith(("、", "，", ",")):
        return rest if looks_like_department(first) else None
    last = _LIST_PIECE.split(text)[-1].strip()
    cut_name = bool(last) and not looks_like_department(last) and looks_like_department(last + first)
    if cut_name:
        return rest
    # 配合单位：县发改委、环保局 / 各乡镇(街道)、黎阳建管办: a line of names alone goes on with the list
    pieces = [piece.strip() for piece in split_top_level(rest, "、，,")]
    return f"、{rest}" if len(pieces) >= 2 and all(map(looks_like_department, pieces)) else None


def _closed_by_following(text: str, blocks: Sequence[Block], start: int) -> tuple[str, int]:
    """The text with the next lines that close its brackets, and how many were taken; none when they do not."""
    joined, wrapped = text, 0
    for taken, block in enumerate(blocks[start:], start=1):
        following = block.text.strip() if isinstance(block, Paragraph) else ""
        if not following and isinstance(block, Paragraph) and text_at(blocks, start + taken).strip():
            continue  # one empty line: PDF text on a double-spaced page (按职责分工 / / 负责））
        if not following or read_label(following) is not None or wrapped == _MAX_WRAPPED_LINES:
            break  # a blank line, a table or a numbered line starts something new
        joined += following
        wrapped += 1
        if not _unclosed(joined):
            return joined, taken
    return text, 0


# A bracket that stands between sentences: after a sentence's end (……。（A负责）……), before it (……（A负责）；……) or
# before the next item's number run on without a space (……（A等按职责分工负责）6.强化…).
# …政策支持，（责任单位：市发改委）二、…: after a comma only a labelled bracket, followed by the next numbered item.
_ASSIGNMENT_INSIDE = re.compile(
    r"[。；;][（(〔【\[［]|[）)〕】\]］][。；;]|[）)](?=\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[)）])|[，,][（(](?=\s*(?:责任单位|牵头单位|责任部门)\s*[:：][^（()）]*[)）][一二三四五六七八九十]+、)"
)
_MIN_NAMED_PROBLEMS = 3
_ASSIGNING_WORD = re.compile(r"负责|牵头|配合|参与|落实|分工|(?:单位|部门|科室|处室|股室)[:：]")


def _sentence_groups(text: str) -> list[str]:
    """The paragraph cut after each bracket that stands between sentences, is followed by more text, and assigns."""
    groups: list[str] = []
    start = 0
    brackets = _brackets_between_sentences(text)
    named = [
        opening
        for opening, closing, after_sentence in brackets
        if not after_sentence
        and _ASSIGNING_WORD.search(inner := text[opening + 1 : closing]) is None
        and undoubted_units(inner) is not None
    ]
    for opening, closing, after_sentence in brackets:
        if opening < start:
            continue
        rest = text[closing + 1 :].lstrip(" \t。；;，,")
        if not rest:
            break  # the bracket ends the paragraph: its trailing assignment, read as every line's is
        inner = text[opening + 1 : closing]
        if not after_sentence and _ASSIGNING_WORD.search(inner) is None and len(named) < _MIN_NAMED_PROBLEMS:
            # 报送我委（环资司）。: a bracket ending a sentence may name what it follows; problems found one after
            # another, each closed by its unit (…带泥上路(渣土所);南外街白色垃圾较多(牌楼居委会);…), are its tasks
            continue
        assignment = parse_assignment(inner)
        if assignment is None or not assignment.departments:
            continue  # a note, a number, an example
        groups.append(text[start : closing + 1])
        start = len(text) - len(rest)
    groups.append(text[start:])
    if len(named) >= _MIN_NAMED_PROBLEMS and (colon := max(groups[0].rfind("："), groups[0].rfind(":"))) > 0:
        # …进行了抽查,抽查发现:五一西路…(渣土所): what was found, not how it was found
        groups[:1] = [groups[0][: colon + 1], groups[0][colon + 1 :]]
    return _preamble_apart(groups)


def _glued_headings_apart(text: str) -> list[str]:
    """The text cut before each label that a heading runs into (二、重点任务(一)建立健全中医药服务体系行动1.中医医院…,
    a page that lost its line breaks): a label right after the words of a heading, a few words without a mark."""
    pieces: list[str] = []
    while (label := read_label(text)) is not None:
        body_at = len(text) - len(label.body)
        glued = _GLUED_LABEL.search(text, body_at + 2, body_at + _MAX_GLUED_HEADING)
        if glued is None or _HEADING_MARK.search(text, body_at, glued.start()):
            break
        pieces.append(text[: glued.start()])
        text = text[glued.start() :]
    pieces.append(text)
    return pieces


# (or the first sub-item: (一)禁止、限制使用部分塑料制品(1)到2023年底,…; or an article: 第二章 规划和建设第四条…)
_GLUED_LABEL = re.compile(
    r"(?<=[\u4e00-\u9fff)）])(?:[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．](?!\d)|[（(]1[)）]|"
    rf"{ARTICLE_LABEL})"
)
_HEADING_MARK = re.compile(r"[，,。；;：:！？!?]")
_MAX_GLUED_HEADING = 32


def _preamble_apart(groups: list[str]) -> list[str]:
    """Numbered items run together on one line (…（一）重点督办的代表建议。 2.关于…（牵头单位：…） 3.关于…): the
    first item starts at its number, one before the second's; the text before it is the line's preamble."""
    second = read_label(groups[1]) if len(groups) > 1 else None
    if second is None or not second.number.isdecimal() or int(second.number) < _FIRST_RUN_ON:
        return groups
    first = re.search(rf"(?:^|(?<=[\s。；;]))0*{int(second.number) - 1}[.．、](?!\d)", groups[0])
    if first is None or first.start() == 0:
        return groups
    return [groups[0][: first.start()].rstrip(), groups[0][first.start() :], *groups[1:]]


_FIRST_RUN_ON = 2  # the first item of the run is numbered 1 or more


def _brackets_between_sentences(text: str) -> list[tuple[int, int, bool]]:
    """Where each such bracket opens and closes, in order, and whether it opens after a sentence's end."""
    spans: dict[int, tuple[int, bool]] = {}
    for found in _ASSIGNMENT_INSIDE.finditer(text):
        if found.group()[0] in "。；;，,":  # the bracket opens after the sentence's end, or a labelled one
            opening = found.start() + 1
            closing = closing_bracket(text, opening)
        else:  # the bracket closes before it
            closing = found.start()
            group = trailing_parenthetical(text[: closing + 1])
            opening = group[0] if group is not None else -1
        if opening >= 0 and closing >= 0:
            # …分析。(A,B)(二)…: found after the sentence and before the next heading, it opens after the sentence
            after = found.group()[0] in "。；;，," or spans.get(opening, (closing, False))[1]
            spans[opening] = (closing, after)
    return [(opening, closing, after) for opening, (closing, after) in sorted(spans.items())]
