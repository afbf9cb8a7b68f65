"""Tasks named in running prose, as supervision reports and meeting minutes name them.

A report on how decisions are carried out quotes the decision and names who carries it (县发改局负责的“严格落实全县
重点项目前期工作计划……”); minutes charge a unit in a sentence (责成县妇联根据会议讨论意见修改完善后，履行发文程序。, …,要求县大气办充分发挥职责作用…).
These are read only in a document that assigns no work in the usual ways, where a quotation, a 责成 or a 要求 is the only
trace of a task; failing those, its calls on units to do their part (各单位要…, 教育等部门要…) are its tasks, as they are
beside its units' shares in a text that assigns no work by brackets, labels or tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from greenpolicy.core.model import TaskKind
from greenpolicy.core.parsing.assignments import (
    ASKED_FIRST,
    POINT,
    POINTS_COUNTED_OUT,
    TURNING,
    WORK_IN_TURN,
    Assignment,
    parse_assignment,
    subject_units,
    undoubted_units,
    units_named_at,
)
from greenpolicy.core.parsing.drafts import TaskDraft
from greenpolicy.core.parsing.lines import BULLET, Line, path
from greenpolicy.core.parsing.numbering import is_heading_only, read_label, split_heading

_QUOTED = re.compile(r"(?:牵头)?负责的[“\"](?P<task>[^”\"]{4,300})[”\"]")
# 责成县妇联…, 要求县大气办…: a unit charged right after the word; 责成牵头单位县环保局…: named by its part first
# (not …提出了具体要求。, nor …及职责成立…指挥部: a heading's 职责 run into its text)
_CHARGED = re.compile(r"(?:(?<!职)责成|要求)(?:牵头单位|牵头部门)?(?=[\u4e00-\u9fff])")
# What may stand between the previous clause and the units: 如县发改局负责的“…”, 其中由县水利局负责的“…”.
_LEAD_IN = re.compile(r"^(?:如|其中|例如|比如|由|对)+")
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?“”\"]")
_UNITS_REACH = 60  # how far before 负责的“ the units may start


def prose_tasks(lines: Sequence[Line], by_position: dict[int, Line]) -> Iterator[TaskDraft]:
    """The tasks the prose of these lines names, in the order it names them."""
    for line in lines:
        if "负责的" not in line.text and "责成" not in line.text and "要求" not in line.text:
            continue
        section_path = path(line.chain, by_position)
        found: list[tuple[int, str, Assignment]] = []
        for match in _QUOTED.finditer(line.text):
            assignment = _units_before(line.text, match.start())
            if assignment is not None:
                found.append((match.start(), match["task"].strip(), assignment))
        for match in _CHARGED.finditer(line.text):
            charged = _charged_sentence(line.text, match.start(), match.end())
            if charged is not None:
                found.append((match.start(), *charged))
        for _, text, assignment in sorted(found, key=lambda item: item[0]):
            yield TaskDraft(
                kind=TaskKind.ITEM,
                number=None,
                section_path=section_path,
                heading=None,
                text=text,
                assignment=assignment,
                line=line.line,
            )


def calls_in_prose(
    lines: Sequence[Line], by_position: dict[int, Line], *, cut: bool = False
) -> Iterator[TaskDraft]:
    """The calls on units to do their part, every unit of a kind (各单位要…, 为…,请各有关县(市、区)人民政府…认真对照…,
    相关收费单位必须…) or named ones (…。教育、卫生等部门在…的同时,要…), each a task with the sentences after it up to
    the next call: in a text that assigns no work by brackets, labels or tables, these are its tasks. A sentence
    before the paragraph's first call is no one's. Where the page is `cut` after the last line, its last call is
    cut off. In a paragraph counting points out to units (…一是…;二是…;三是各园区要…;四是要…), a later point
    naming no units is a call on the units called last."""
    counting: tuple[int, Assignment] | None = None  # the paragraph counting points out, and its last units
    for line in lines:
        if line.numbered is not None and line.numbered.article:
            continue  # 第四条 各有关部门应当…
        text = (
            line.numbered.body if line.numbered is not None else BULLET.sub("", line.text, count=1)
        ).strip()
        found = _calls(text, named=True)
        calls = _points_called(text, found, None)
        counted = counting[1] if counting is not None and counting[0] == line.line else None
        if counted is not None and not calls and (mark := POINT.match(text)):
            calls = [(mark.end(), counted)]  # 四是要认真梳理…: the point's units are those called last
        if calls and (calls != found or counted is not None):  # points counted out here, or counted on
            counting = (line.line, calls[-1][1])
        pieces = _called_pieces(text, calls)
        for at, (piece, units) in enumerate(pieces):
            yield TaskDraft(
                kind=TaskKind.MEASURE,
                # the item's first call carries its number, after its heading sentence if it has one
                number=line.numbered.number if line.numbered is not None and at == 0 else None,
                section_path=path(line.chain, by_position),
                heading=None,
                text=piece,
                assignment=units,
                line=line.line,
                incomplete=cut and line is lines[-1] and at == len(pieces) - 1,
            )


def calls_set_apart(draft: TaskDraft) -> list[TaskDraft]:
    """A unit's share with the calls on every unit of a kind after it set apart, a task each (县直有关部门要加强督促
    指导…。各乡镇要严格落实属地管理责任…;各水厂要… / 水利部门要发挥好牵头抓总作用,各成员单位要主动配合…), and the
    points it counts out, each the share's own task unless it calls on units of its own."""
    own = draft.assignment.departments if draft.assignment is not None else ()
    # (the share's own units after what opens its text are no call: 根据…细则,各县、区2023年底前遴选…)
    calls = [
        (start, units)
        for start, units in _calls(draft.text, named=False)
        if start and units.departments != own
    ]
    calls = _points_called(draft.text, calls, draft.assignment)
    if not calls:
        return [draft]
    pieces = _called_pieces(draft.text, calls)
    opening = draft.text[: calls[0][0]].strip()
    # (the share's opening is only the lead-in to its points, the first call right after the first point's mark:
    # its units are theirs)
    # (一是全面风险排查。: the first point's mark and its heading open the share, no text of its own)
    lead_in = (
        (first_point := POINTS_COUNTED_OUT.search(opening)) is not None and first_point.end() == len(opening)
    ) or _TITLED_POINT.fullmatch(opening) is not None
    own_piece = [] if lead_in else [draft._replace(text=opening, incomplete=False)]
    return [
        *own_piece,  # a page cuts its last call
        *(
            draft._replace(
                number=draft.number if at == 0 and not own_piece else None,
                heading=draft.heading if at == 0 and not own_piece else None,
                text=piece,
                assignment=units,
                incomplete=draft.incomplete and at == len(pieces) - 1,
            )
            for at, (piece, units) in enumerate(pieces)
        ),
    ]


def _called_pieces(text: str, calls: Sequence[tuple[int, Assignment]]) -> list[tuple[str, Assignment]]:
    """Each call's text, from where it starts to where the next starts (the next point's mark aside), and its
    units."""
    bounds = [*(start for start, _ in calls), len(text)]
    return [
        (_NEXT_MARK.sub("", text[start:end]).strip(), units)
        for (start, units), end in zip(calls, bounds[1:], strict=True)
    ]


# The case a call answers, in the clauses before its units: 对于没有物业服务企业的, / 在小区加装电梯之前, / 凡未经批准的,
# (not the work of a call before it: …,对涉案资金链实施穿透式监管,)
_CONDITION = re.compile(
    r"\s*(?:对于|对(?!照|标|接)(?![^，,。；;]*(?:实施|进行|开展|加强|落实|推进|做好))|凡"
    r"|在[^，,。；;]{2,20}(?:前|后|时|中|期间)[，,]|有[^，,。；;]{2,20}的[，,])(?:[^。；;]*[，,])?\s*$"
)
# The matter a unit is charged with, in the clause right before 由 and its units: 涉及普查经费方面的事项,由财政部…
_MATTER_BEFORE = re.compile(r"(?<![^，,])[^，,。；;：:]{2,30}?(?:事项|工作|问题)[，,]$")
_BY_WHOM_AT = re.compile(r"(?:具体|统一|主要)?由")  # (市本级善款募集工作,具体由市慈善总会负责。)


def _condition_before(body: str, since: int, start: int) -> int | None:
    """Where the case a call answers starts, in the clauses between `since` and the call's units at `start`: the first
    clause, or a later one after what the sentence said first (针对…问题,对于个别企业私自扩占河道的,由…)."""
    clauses = [since, *(at + 1 for at in range(since, start - 1) if body[at] in "，,")]
    return next((at for at in clauses if _CONDITION.match(body, at, start) is not None), None)


# (the next point's mark, and its heading sentence where the next point's text starts after it: …。二是优化收购服务。;
# or the word joining the next call on: …工作。其中,涉及…事项,由财政部…)
_NEXT_MARK = re.compile(
    r"(?<=[。；;])\s*(?:[二三四五六七八九十]{1,2}(?:是|要)(?:[^。；;！？!?]{2,40}。)?|(?:其中|同时|此外|另外)[，,])$"
)


def _calls(text: str, *, named: bool) -> list[tuple[int, Assignment]]:
    """Where each clause calling on units starts, and its units: every unit of a kind, or `named` units too. A call
    opens a sentence after what asked it, or a clause after a comma: after what the one who asked it said first
    (会议指出,此次活动是…重要举措,各镇街、各部门要全民动员…), or after another unit's call (各乡镇要强化主体意识,…,
    各有关部门要积极配合主动支持,县征兵办要加强督导问效…)."""
    calls = []
    # (named units in a short line with no stop are a headline's: 商务部组织开展可循环快递包装规模化应用)
    named = named and (len(text) > _HEADLINE or any(stop in text for stop in _STOPS))
    for sentence in _SENTENCE.finditer(text):
        body = sentence.group(0)
        opening = len(_asked(body))
        called: Assignment | None = None
        since = opening  # where the clauses since the last call start
        for piece in _COMMA_PIECE.finditer(body, opening):
            # (a copy may space its commas: …协作 , 卫生健康部门做好…)
            start = piece.start() + len(piece.group(0)) - len(piece.group(0).lstrip())
            # (a clause after a colon opens as a sentence does: 主要工作是:镇人武部搞好…, its number aside:
            # …分工负责:(一)市卫生健康委负责…)
            after_colon = start > 0 and body[start - 1] in "：:"
            # (…在紧急通知中,要求各有关部门采取…: the call after who asked, its text from the units)
            asked = _ASKED_AFTER_A_COMMA.match(piece.group(0)) if start > opening else None
            please = asked is not None and asked.group(0).endswith("请")
            if asked is not None:
                start += asked.end()
            elif (
                start > opening
                and not after_colon
                and _WANTED.match(piece.group(0)) is None
                and not (_WANTED_NEXT.match(body, piece.end()) and _WHEN_LAST.search(piece.group(0)))
            ):
                continue  # …细则,各县、区2023年底前遴选…, 市发改委牵头,相关部门配合: no call of its own
            if after_colon and (label := read_label(piece.group(0))) is not None:
                start = piece.end() - len(label.body)
            # (…尚未健全,但县委统战部要…: the word turning to the call is no text of it)
            if (turn := TURNING.match(body, start)) is not None:
                start = turn.end()
            units: Assignment | None
            if (asked_of := _asked_of_others(body, start, named=named)) is not None:
                start, units = asked_of
            else:
                # (…,财政部门要严格资金落实。: after another unit's call, a short one is a call too)
                units = _call(body[start:], named=named, work=None if called is None else WORK_IN_TURN)
            # (张君毅要求各级各有关部门,以…为契机,深入推进…: the units asked, then the work)
            if units is None and start == opening and body[:opening].endswith(_ASKING_VERBS):
                units = _units_listed(body[start:], named=named)
            # (…批示意见,要求各级各部门牢固树立…: every unit of a kind asked, whatever the verb of its work)
            if units is None and asked is not None and asked.group(0).endswith("要求"):
                units = _every_unit_asked(body, start)
            # (全国征兵网开通后,各地要…: the call's own units after when it falls due are no call again, nor are they
            # as every unit: …等部门要建立…机制,对跨区域案件,各单位将协同查处。)
            if units is not None and (called is None or not _called_again(units, called)):
                if (condition := _condition_before(body, since, start)) is not None:
                    start = condition  # 对构成犯罪的,公安机关要…: the case it answers is the call's text too
                elif _BY_WHOM_AT.match(body, start) and (matter := _MATTER_BEFORE.search(body, since, start)):
                    start = matter.start()  # …,涉及普查经费方面的事项,由财政部负责和协调: the matter charged
                # (…方案》,请各单位结合实际,…: a request's text keeps its 请, as annotators write 4 of 5, though the
                # request is read as a call, not as a request whatever the verb: 请各单位认真贯彻执行 charges no one)
                calls.append((sentence.start() + start - (please and body[start - 1] == "请"), units))
                called, since = units, piece.end()
    return calls


def _called_again(units: Assignment, called: Assignment) -> bool:
    """Whether a sentence's later call is on the units it called on before: the same, or every unit after named ones."""
    if units.departments == called.departments:
        return True
    names = [name for name, _ in units.departments]
    return all(name in _EVERY_UNIT for name in names) and not any(
        name in _EVERY_UNIT for name, _ in called.departments
    )


_EVERY_UNIT = ("各单位", "各部门")


def _points_called(
    text: str, calls: list[tuple[int, Assignment]], lead: Assignment | None
) -> list[tuple[int, Assignment]]:
    """The calls with each point counted out a call of its own, on the units asked before the points: those the
    sentence before them calls on or asks (…提醒各养老机构:一是… / 明确了民政部门…职责:一是… / 要求各街道一要…), or
    `lead`, the units of the text the points open (市场监管部门要…做到“四个坚决”:一是…). Those units stand for the
    points, not beside them. A point naming units of its own is their call already."""
    asked = _points_asked(text, calls, lead)
    if asked is None:
        return calls
    first, units, before = asked
    marks = [first.span("mark"), *(mark.span("mark") for mark in _LATER_POINT.finditer(text, first.end()))]
    bounds = [*(start for start, _ in marks), len(text)]
    points = [
        # the point's text starts after its mark, and after the heading sentence of a point told by 是
        (_past_its_heading(text, after, end) if text.endswith("是", start, after) else after, units)
        for (start, after), end in zip(marks, bounds[1:], strict=False)
        if not any(start <= call[0] < end for call in calls) and not _titled(text[after:end].strip())
    ]
    if not points:
        return calls
    return sorted([call for call in calls if call not in before] + points, key=lambda call: call[0])


def _past_its_heading(text: str, after: int, end: int) -> int:
    """Where a point's text starts after its heading sentence (一是精心组织企业积极入市收购。深入调研…), which
    annotators leave out of the point's text 50 times of 51."""
    heading, rest = split_heading(text[after:end].lstrip())
    return end - len(rest) if heading is not None and rest.strip() else after


def _points_asked(
    text: str, calls: list[tuple[int, Assignment]], lead: Assignment | None
) -> tuple[re.Match[str], Assignment, list[tuple[int, Assignment]]] | None:
    """Where the first point is counted out, the units asked to do the points, and the calls on them before it."""
    if (first := POINTS_COUNTED_OUT.search(text)) is not None:
        lead_in_end = first.start()
    elif (first := _UNITS_THEN_POINTS.search(text)) is not None:
        lead_in_end = first.start("who")
    elif (
        lead is not None and (first := _OPENING_POINT.match(text)) and _LATER_POINT.search(text, first.end())
    ):
        lead_in_end = 0  # 公共服务办:一是负责…;二是…: the unit's share is its points
    else:
        return None
    opening = max(text.rfind(stop, 0, lead_in_end) for stop in _STOPS) + 1
    before = [call for call in calls if opening <= call[0] < first.start("mark")]
    if first.re is _UNITS_THEN_POINTS:
        units = undoubted_units(first["who"])
    elif before:
        units = before[-1][1]
    else:
        units = _asked_units(text[opening:lead_in_end]) or (lead if opening == 0 else None)
    return None if units is None else (first, units, before)


def _titled(point: str) -> bool:
    """Whether a point is only its title of two clauses (一要提高政治站位,不断深化思想认识。), heading a share the text
    gives apart, not work of its own (二是负责殡葬场所设施、设备的安全管理。)."""
    return is_heading_only(point) and any(mark in point for mark in "，,") and not point.startswith("要")


_OPENING_POINT = re.compile(r"\s*(?P<mark>一(?:是|要(?!求)))")
_TITLED_POINT = re.compile(rf"{_OPENING_POINT.pattern}(?:[^，,。；;：:]{{2,20}}。)?")
# the points after the first, each after a stop: 一是…。二是…; 一要…;二要…
_LATER_POINT = re.compile(r"(?<=[。；;])\s*(?P<mark>[二三四五六七八九十]{1,2}(?:是|要(?!求)))")
_ASKING_WORDS = "要求|提醒|督促"
# the units asked, their points counted out right after them: 要求各街道一要…;二要…, 会议强调,各单位一要…。二要…
_UNITS_THEN_POINTS = re.compile(
    rf"(?:{_ASKING_WORDS}|强调)[，,：:]?(?P<who>[^，,。；;：:]{{2,30}}?)(?P<mark>一(?:是|要(?!求)))"
)
# …并对物业公司提出四点要求: the units the demands are made of
_DEMANDS_OF = re.compile(
    r"对(?P<who>[^，,。；;：:对]{2,30}?)提出了?(?:[一二三四五六七八九十几两]+点)?(?:具体|明确|工作)?要求[：:]?\s*$"
)
# who is asked before the colon: …提醒各养老机构:, 《清单》明确了民政部门安全生产工作职责:
_ASKING = re.compile(rf"(?:{_ASKING_WORDS}|号召|明确了?)(?=[\u4e00-\u9fff])")


def _asked_units(lead_in: str) -> Assignment | None:
    """The units the words before a colon ask to do the points after it (…提醒各养老机构:, …对物业公司提出四点要求:)."""
    if (demands := _DEMANDS_OF.search(lead_in)) is not None:
        return undoubted_units(demands["who"])
    asking = [*_ASKING.finditer(lead_in)]
    names = units_named_at(lead_in, asking[-1].end()) if asking else []
    return undoubted_units("、".join(names)) if names else None


def _asked_of_others(body: str, start: int, *, named: bool) -> tuple[int, Assignment] | None:
    """Where the call a unit asks of others starts, and their units (宝盖镇要求辖区各村居要…, 市指挥部要求各地要…):
    the work is theirs, not the asker's. None when the clause at `start` asks no units."""
    asking = _ASKED_BY.match(body, start)
    if asking is None:
        return None
    units = _call(body[asking.end() :], named=named) or _units_listed(body[asking.end() :], named=named)
    return None if units is None else (asking.end(), units)


def _every_unit_asked(body: str, start: int) -> Assignment | None:
    """Every unit of a kind a clause asks at `start`, the work after them (各级各部门牢固树立…), or None."""
    names = units_named_at(body, start)
    if not names or not names[0].startswith(_COLLECTIVE):
        return None
    end = body.find(names[-1], start) + len(names[-1])
    return undoubted_units("、".join(names)) if len(body) - end >= _ASKED_WORK else None


_ASKED_WORK = 8


def _units_listed(asked: str, *, named: bool) -> Assignment | None:
    """The units asked, listed before a comma, the work after it (要求各级各有关部门,以…为契机,深入推进…): every unit
    of a kind, or `named` units too."""
    listed = _LISTED.match(asked)
    units = undoubted_units(listed["who"]) if listed is not None else None
    if units is None or not (named or units.departments[0][0].startswith(_COLLECTIVE)):
        return None
    return units


_LISTED = re.compile(r"(?P<who>[^，,。；;：:]{2,40}?)[，,](?=[\u4e00-\u9fff])")
_ASKING_VERBS = ("要求", "责成")
# the asker, perhaps after the occasion or the purpose: 为了做好春季森林防火工作,宝盖镇要求… (not the heading
# 四、工作要求 run into its text)
# what asks units to do the work (not a heading's 职责, …及职责成立…)
_ASKS = r"(?:要求|(?<!职)责成|强调|提醒|(?<![未不])明确(?![了的]))(?=[\u4e00-\u9fff])"  # (…,江苏省明确住建部门负责…)
_ASKED_BY = re.compile(
    rf"(?:(?:为了?|同时|此外|另外|针对|据悉)[^，,。；;：:]{{0,30}}[，,])?[^，,。；;：:要]{{2,24}}?(?<!工作){_ASKS}"
)
_COMMA_PIECE = re.compile(r"[^，,：:]+[，,：:]?")
_ASKED_AFTER_A_COMMA = re.compile(rf"\s*(?:并|还|同时)?(?:{_ASKS}|请(?=[\u4e00-\u9fff]))")
_STOPS = ("。", "；", ";", "！", "？", "!", "?")
_HEADLINE = 40  # characters at most: a longer line without a stop is a paragraph the page cut
# A clause saying what its units are to do: …,各有关部门要积极配合主动支持, / …,各申报村应在11月中旬前完成…, or how
# they do their part: …,各地民政部门积极争取…,消防部门加大…; not the words of a document's title (…印发《关于进一步
# 加强…的通知》)
_WANTED = re.compile(
    r"[^，,。；;：:《]{2,40}?(?:(?<![主重需])要(?!求)|应|必?须|会同|将(?![来近乐])|做好|负责(?!人)|积极|切实|加大|加强|严格|责令)"
)


# (…,各级侨办在2013年元旦春节期间,要广泛开展…: a call's units, when they are to do the work, then what they are to do)
_WANTED_NEXT = re.compile(r"要(?!求)|应当?|必须")
_WHEN_LAST = re.compile(r"(?:前|后|期间|之前|以前|之后)[，,]$")


def _asked(sentence: str) -> str:
    """What opens a sentence before the units it calls on: who asked it (会议强调, / 邱德兵指出,), the point a
    leader counts out (一是…), the stop left of an item's lost number, the plan sent with a request (现将《…》印发
    给你们,), news of what comes next (下一步,) or the hope a notice closes with (望各单位…): the call's text starts
    after it."""
    opening = (
        ASKED_FIRST.match(sentence)
        or POINT.match(sentence)
        or _LOST_NUMBER.match(sentence)
        or _FORWARDED.match(sentence)
        or _NEXT_STEP.match(sentence)
        or _HOPED.match(sentence)
    )
    return "" if opening is None else opening.group(0)


# 望各单位接到通知后要…: what the notice hopes of every unit of a kind, its text from the units
_HOPED = re.compile(r"希?望(?=各)")
# 下一步,道里区各镇政府…将配合…: what the units will do next, told in news
_NEXT_STEP = re.compile(r"(?:下一步|接下来|下阶段|下一阶段)[，,]\s*")
# 现将《…方案》印发给你们,请各单位…: the plan sent with the request, not the request's text
_FORWARDED = re.compile(r"现将[^。；;]{2,80}?(?:印发|转发)给你们[，,](?=请各)")
# .各镇(中心)要…: the item's number the copy lost; …上车。5、各村、各单位要…: an item's number run into the line
_LOST_NUMBER = re.compile(r"(?:\d{1,2}[、.．]|[.．])(?=[\u4e00-\u9fff])")


def _call(sentence: str, *, named: bool = False, work: int | None = None) -> Assignment | None:
    """The units a sentence calls on to do their part, asked (请各相关部门对照…) or charged (各县要…): every unit of a
    kind, or `named` units too; the work they are charged with of `work` characters at least, if given."""
    request = _REQUEST.match(sentence)
    body = sentence if request is None else (request["occasion"] or "") + sentence[request.end() :]
    units = subject_units(body, item=True, work=work) or (
        subject_units(body, decision=True, work=work) if named else None
    )
    if units is None and request is not None:
        # 请各相关部门对照…: the request is the charge, whatever the verb
        names = units_named_at(sentence, request.end())
        units = undoubted_units("、".join(names)) if names else None
    if units is None and named and (led := _LED_BY.match(sentence)) is not None:
        units = undoubted_units(led["who"])  # …培训的机构由教育部门负责审批和监管: the work, then who does it
    if units is None or not (named or units.departments[0][0].startswith(_COLLECTIVE)):
        return None
    if _OTHERS_HELPING.match(body):
        return None  # 其他涉及部门要积极配合…: the others' help with the shares before, no share of their own
    return units


# the work a clause opens with, then the units in charge of it: …的机构由科技部门负责审批和监管
_LED_BY = re.compile(
    r"(?:[^，,。；;：:由]{2,40}?)?由(?P<who>[^，,。；;：:由]{2,30}?)(?:负总?责|牵头|责令|承担)"
)
_REQUEST = re.compile(r"^(?P<occasion>(?:为了?|根据|按照)[^，,。；;：:]{2,30}[，,])?请(?=各)")
_COLLECTIVE = ("各", "相关", "有关", "其他", "地方各级", "辖区各")
_OTHERS_HELPING = re.compile(r"其他[^，,。；;：:]{0,12}?要?(?:积极|主动|密切|全力|大力)?(?:配合|协助|支持)")
# A sentence with its full stop, or a clause with its semicolon; one inside brackets or quotes ends none.
# (a copy may close a quote with 〞, “黑车〞, or leave it open: a mark with no pair is a character like any other)
_SENTENCE = re.compile(
    r"(?:[^。；;“”〝〞（）()]|[“〝][^”〞]*[”〞]|[“”〝〞]|（[^）]*）|\([^)]*\))+(?:[。；;]|$)"
)


def _units_before(text: str, end: int) -> Assignment | None:
    """The units named right before `end`, back to the start of the clause, all of them read as departments."""
    start = max(
        (match.end() for match in _CLAUSE_END.finditer(text, max(0, end - _UNITS_REACH), end)), default=0
    )
    names = _LEAD_IN.sub("", text[max(start, end - _UNITS_REACH) : end].strip())
    assignment = parse_assignment(f"{names}负责") if names else None
    return assignment if assignment is not None and not assignment.doubtful else None


def _charged_sentence(text: str, start: int, after: int) -> tuple[str, Assignment] | None:
    """The charge 责成 opens at `start`, to its sentence's end, and the units it charges: each the shortest run of words
    that reads as a unit (县妇联 of 责成县妇联根据会议讨论意见…), the list going on after 、 和 及. A charge 要求 opens at
    the units asked (要求县大气办… is 县大气办…), as annotators of real minutes read it. What the sentence said before it
    (会议通报了…,责成…) is what the meeting did, not the charge. Every unit of a kind asked (王向前要求各乡镇、有关部门
    要…) is called on, as a call's units are."""
    names = units_named_at(text, after)
    assignment = parse_assignment("、".join(names)) if names else None
    if assignment is None or assignment.doubtful or names[0].startswith(_COLLECTIVE):
        return None
    ends = [found for mark in _SENTENCE_ENDS if (found := text.find(mark, after)) >= 0]
    opens = after if text.startswith("要求", start) else start
    return text[opens : min(ends, default=len(text) - 1) + 1].strip(), assignment


_SENTENCE_ENDS = "。；;！？!?"
