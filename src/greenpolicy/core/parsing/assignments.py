"""Responsibility clauses: who leads, who co-operates, as written in 公文.

Handles "（A、B、C等按职责分工负责）", "责任单位：A、B", "牵头单位：A；配合单位：B、C", "A牵头，B、C配合",
"A、B牵头，C按职责分工负责", "A、B分别牵头", "A会同B" and "A联合B" (never split inside a name: 重庆市妇女联合会), and
notes that state a standing rule ("列第一位为牵头单位，下同"), which are recorded, never taken for departments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from greenpolicy.core.deadlines import find_completion_dates
from greenpolicy.core.departments import BY_WHOM, DepartmentRegistry, looks_like_department, normalize_name
from greenpolicy.core.model import Role
from greenpolicy.core.parsing.brackets import split_top_level

_LEAD_LABELS = (
    "牵头责任单位",
    "牵头负责单位",
    "牵头负责部门",
    "主要责任单位",
    "主要责任部门",
    "牵头单位",
    "牵头部门",
    "牵头科室",
    "牵头处室",
    "主办单位",
    "主责单位",
    "起草主体",  # a congress's legislation plan: who drafts the law (议案提出主体：市政府 起草主体：市公安局)
    "牵头",
)
_CO_LABELS = (
    "配合单位", "配合部门", "配合科室", "配合处室", "协办单位", "参与单位", "协同单位", "协同责任单位", "主要协作单位",
    "协作单位", "协作部门", "协助单位", "协助部门", "工作协助部门", "共同责任单位", "相关责任单位", "相关单位", "参加单位", "配合",
    "监督责任",  # who oversees the party answerable for a problem (主体责任：…，监督责任：…)
    "议案提出主体", "初审委员会",  # who moves the bill, and the congress committee that first reviews it
)  # fmt: skip
_MIXED_LABELS = (
    "责任单位", "责任部门", "责任主体", "实施主体", "实施单位", "主体责任单位", "责任处室", "责任科室", "承办单位", "部门分工",
    "责任分工", "负责单位", "涉及部门", "涉及单位", "涉项部门", "执行部门", "执行单位",
    "起草单位", "调研单位",  # the drafting unit of a law or rule in a legislation plan
    "整改责任单位", "问题整改责任单位", "主体责任",  # who puts right a problem an inspection found
    "考核责任单位",  # who answers for a target of a responsibility letter (目标责任书)
)  # fmt: skip
_DEADLINE_LABELS = (
    "完成时限", "完成时间", "时间节点", "完成期限", "时限要求", "时限", "整改时限",
    "报送时间", "报送审议时间", "报送议案时间",  # when a legislation plan's draft is due
    "提请审议时间", "提请市人大常委会审议时间", "提请省人大常委会审议时间",
    "进度安排",  # a record's schedule (6月底前基本完成基建任务;12月底前全部落实): its last milestone is the deadline
)  # fmt: skip
# People, not units: their segments are passed over (（责任领导：张三；牵头单位：市发展改革委）).
_PERSON_LABELS = (
    "责任领导", "牵头领导", "牵头负责领导", "分管领导", "联系领导", "牵头区领导", "牵头市领导", "牵头县领导", "责任人",
    "项目责任人", "主管领导", "主要责任人",
    "联系人",
    "负责人",
)  # fmt: skip
_UNIT_LABELS = frozenset(_LEAD_LABELS + _CO_LABELS + _MIXED_LABELS)
_DAMAGED_NAME = re.compile(r"[\u4e00-\u9fff]+(?:局|委|办|厅|部|署|站|所|中心)")
_ALL_LABELS = _LEAD_LABELS + _CO_LABELS + _MIXED_LABELS + _DEADLINE_LABELS + _PERSON_LABELS
# A label may say which kind of unit it means in brackets: 牵头科室(单位)：
_LABEL = re.compile(
    "("
    + "|".join(sorted(_ALL_LABELS, key=len, reverse=True))
    + r")\s*(?:[(（][^()（）:：]{1,6}[)）])?\s*[:：]"
)
LABELLED_LINE = re.compile(r"^\s*[(（]?\s*(?:" + _LABEL.pattern + ")")
# A label that names units, wherever it stands in a line (…。责任单位:市林业局,完成时间:…)
UNIT_LABEL = re.compile(
    "(?:" + "|".join(sorted(_LEAD_LABELS + _CO_LABELS + _MIXED_LABELS, key=len, reverse=True)) + r")\s*[:：]"
)
# (责任单位;住建局、畜牧局 / 实施单位。县交警大队牵头,…): a unit label whose colon is mistyped
_MISTYPED_COLON = re.compile(
    r"^(\s*(?:"
    + "|".join(sorted(_LEAD_LABELS + _CO_LABELS + _MIXED_LABELS, key=len, reverse=True))
    + r"))\s*[;；。]"
)
_MISTYPED_REACH = 12
_SEMICOLON_AFTER_PERSON = re.compile(r"((?:^|[;；，,\s])(?:责任人|联系人|负责人))\s*[;；]")

# A note inside the list stating a rule for the whole document, e.g. (除标注“分别牵头”外,列第一位为牵头或汇总单位,下同).
_RULE_NOTE = re.compile(
    r"[(（][^()（）]*(?:列第一位|排在第一位|排名第一|排第一|首位|牵头或汇总|下同|除标注)[^()（）]*[)）]"
)
_RULE_WORDS = re.compile(
    r"列第一位|排在第一位|排名第一|排第一|首位|牵头或汇总单位|下同|除标注|不再(?:单独|一一)?列出"
    r"|(?:特别|特殊)(?:说明|标注|注明)"  # 如无特别说明,排在首位的为牵头单位: the condition opens the rule
)
# Words that every rule note and rule holds: most lists have none, and this search is cheap (each word starts
# with a fixed character), so the rule patterns above, slower to search, are tried only when it finds one.
_RULE_HINT = re.compile(r"第一|首位|汇总|下同|除标注|不再")

# A rule that makes a collective responsible for every later task: 以下均需各区县政府落实，不再列出. It stands in a
# paragraph of its own or inside an assignment: （A牵头，B配合，各乡镇负责落实。以下均需各乡镇负责落实，不再列出）.
_STANDING_RULE = re.compile(
    r"(?:以下|下列|各项)[^。]{0,20}?(?:均需|均由|需由|由)(?P<who>(?:各|[省市县区][(（])[^，。,；;]{1,24}?)(?:负责)?"
    r"(?:落实|组织实施|实施)[^。]{0,12}?不再(?:单独|一一)?列出"
)
_LEAD_VERB = re.compile(
    r"(?:按照?(?:职责)?(?:分工)?)?(?:分别|共同|负责|总)?牵头(?:负责|落实|组织实施|实施|推进|督导|抓总|统筹|协调|组织|起草)?$|主办$|承办$"
)
_CO_VERB = re.compile(r"(?:共同|积极|密切|按职责)?(?:配合|参与|参加|协助|协同|协办)(?:落实|实施|推进)?$")
_NEUTRAL_VERB = re.compile(
    r"(?:按照?(?:职责)?(?:分工)?|依照职责(?:分工)?|根据职责|各自|分别|共同|具体){0,2}(?:负责落实|负责实施|负责完成|负责|各负其责|落实|实施|推进|组织实施|(?:负责)?起草|指导)$"
    r"|(?:按照?|依照)职责(?:分工)?$|按职能职责分工负责$"
)
# The last characters the verbs above can end with.
_VERB_ENDINGS = frozenset("头责实施进合与加助同办工导总筹调织草成")
_VERB_TAIL = 12  # the longest verb above (按照职责分工分别牵头负责): a search starts this far from the end
_LEAD_MARK = re.compile(r"[(（][^()（）]{0,8}(?:牵头|主办|承办)[^()（）]{0,4}[)）]$")
_REFERENCE = re.compile(r"第\s*\d+\s*号")
_DEADLINE_LIKE = re.compile(r"\d{4}\s*年|年底|年内|月底|季度|持续|长期|常态化|适时|之日起")
# A character of every _DEADLINE_LIKE match: one class is scanned fast, _DEADLINE_LIKE's alternatives are not.
_DEADLINE_HINT = re.compile(r"[年月季持长常适之]")
_OPEN_LIST = re.compile(r"等(?:[^、，,]{0,8}?(?:部门|单位|企业|机构|组织|团体))?$")
# 和 joins a unit on (和市财政局) before a level or a collective; elsewhere it starts a place (和布克赛尔县, 和平区).
_LEADING_NOISE = re.compile(r"^(?:由|请|以及|及|和(?=[省市县区各有相]))")
# Leaders named by their post, not units: （分管副省长、协管副秘书长负责，省发展改革委牵头，…）.
# A leader's post: 市长, 副县长, 秘书长, 主任, 书记
LEADER_POST = r"(?:[省市县区州]长|秘书长|主任|书记)"
_LEADER_POST = re.compile(
    rf"^(?:[省市县区州]政府)?(?:分管|协管|主管|常务|联系)?副?{LEADER_POST}$"
    r"|^(?:分管|协管|联系|包抓)[省市县区州]?(?:级)?领导$"
)


def is_leader_post(name: str) -> bool:
    """Whether a name is a leader's post (常务副市长, 分管领导), a person's role rather than a unit."""
    return _LEADER_POST.match(name) is not None


# A list closed by 等 and a collective, then joined to another unit: A、B等国务院有关部门和各省级人民政府.
_OPEN_THEN_JOINED = re.compile(r"等[^、，,和及]{0,8}?(?:部门|单位|机构)(?:以及|和|及)(?=.)")
_TOGETHER_WITH = re.compile(r"会同|联合")
# 联合 that ends a name (妇女联合会, 工商业联合会, 信用合作联合社) joins nothing; a 社 that goes on (社保中心) may start
# the partner's name, so only a 社 closing the name counts.
_NAME_LIANHE = re.compile(r"联合(?:总?会|社(?=$|[、/／\s(（)）等]|会同|联合))")
# Python 3.11 finds an enum member through EnumType.__getattr__ (~130 ns; a global takes ~10).
_LEAD, _CO = Role.LEAD, Role.CO
_VERBS = ((_LEAD_VERB, _LEAD), (_CO_VERB, _CO), (_NEUTRAL_VERB, None))
# What sends a list down the general reading: a label's colon, a clause separator, a bracket, a character of
# _DEADLINE_HINT, a _RULE_HINT word or a joining word. Lists without any are read by _plain_list.
_NOT_PLAIN = re.compile(
    r"[:：，,；;（()）［\[\]］【】〔〕<＜〈*＊★年月季持长常适之]|第一|首位|汇总|下同|除标注|会同|联合|牵头、"
)
_CLAUSE_SEPARATORS = "，,；;"
_NO_UNIT = re.compile(r"^(?:无|暂无|/|／|-|－|—+|无配合单位|无配合部门)$")
_NAME_SEPARATORS = "、/／"
_OF_FIELDS = ("等部门", "等相关部门", "等有关部门", "等主管部门")
_FIELD_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,8}(?:主管)?部门")


class Assignment(NamedTuple):
    """Departments named by one responsibility clause, in order, with their roles. A named tuple, as TaskDraft
    is: made three times faster than a frozen dataclass, for every list of every table row."""

    departments: tuple[tuple[str, Role], ...]
    open_ended: bool = False
    deadline_text: str | None = None
    rules: tuple[str, ...] = ()
    doubtful: tuple[str, ...] = ()  # pieces kept although they do not read as a department
    # Units a standing rule in the clause makes responsible for every later task.
    implied: tuple[str, ...] = ()

    @property
    def co_leads(self) -> tuple[str, ...]:
        return tuple(name for name, role in self.departments if role is _LEAD)


def subject_units(
    text: str, *, item: bool = False, cut: bool = False, decision: bool = False, work: int | None = None
) -> Assignment | None:
    """The units a sentence opens with as its subject, before the verb that charges them (区委农办要结合…); not a
    call on every unit of a kind (各地发展改革部门要…), nor a unit cell of a flattened table (市发改委牵头落实). A
    numbered item of a notice may charge every unit of a kind, and say what it shall do (二、各起草单位要… /
    三、行业主管部门和归口单位应加强…). When the work is due, or what it answers to, may come first (2023年3月底前,
    县住建局要… / 按照安委会要求,各县区负责…), a meeting's `decision` how often it is done (县目标督查办按季度…).
    The work must follow, of `work` characters at least, unless the text is `cut` off right after the verb (人事部门要会)."""
    subject = (_DECISION_SUBJECT if decision else _ITEM_SUBJECT if item else _UNIT_SUBJECT).match(text)
    if subject is None:
        return None
    who = subject["who"]
    if (
        subject["verb"] == "要"
        and text.startswith("求", subject.end())
        and _asks_units(text[subject.end() + 1 :])
    ):
        return None  # 宝盖镇要求辖区各村居要…: the work is the units' asked, not the asker's
    # 第一分队由县投资促进局牵头,…, 高新技术馆由省科技厅牵头;: the part of the work, then the unit leading it; the
    # part may be all the work the clause names
    led = _PART_LED_BY.fullmatch(who) if subject["verb"].endswith(_HELPED_VERBS) else None
    # (各级政府对本行政区域内病死畜禽无害化处理负总责。: the work it answers for stands before the verb, as the topic
    # before a comma does: 县城区范围外露天禁烧工作,由县农业农村局牵头负责。)
    answers_for = subject["verb"].endswith("责") and text.startswith("对", subject.end("who"))
    topic_first = (
        subject.start("who") > 0 and who.startswith("由") and subject["verb"].endswith(_HELPED_VERBS)
    )
    short = len(text) - subject.end() < (_UNIT_SUBJECT_WORK if work is None else work)
    if led is None and not cut and short and not (answers_for or topic_first):
        return None
    if led is not None:
        who = led["who"]
    # 各县区负责组织开展本辖区…: every unit of a kind put in charge of its own share is charged as one unit is
    in_charge_each = subject["verb"].endswith(("负责", "负总责")) and who.startswith("各")
    calls_on_all = who.startswith(CALL_ON_ALL) and not item and not in_charge_each
    if calls_on_all:
        return _helping_a_unit(text, subject.end(), who)
    if BY_WHOM.search(who, 1):
        return None  # 考核工作由省政府组织: what is done, and by whom, not a unit
    who = without_alias(who)
    units = parse_assignment(_UNIT_PEOPLE.sub("", _STRAY_SPACE.sub("", who) if " " in who else who))
    if units is None or units.doubtful:
        return None
    # 各乡镇汇同环保局完善…, 爱卫办要会同政府督查室…, 县行革办将联合…: the units it works with are its co-operating ones
    asked_together = subject["verb"] in _ASKED and text.startswith(_TOGETHER, subject.end())
    together = subject.end() + 2 if asked_together else subject.end() if subject["verb"] in _TOGETHER else -1
    if together >= 0 and (partners := units_named_at(text, together)):
        return units._replace(departments=(*units.departments, *((name, _CO) for name in partners)))
    # (县民政局为…整改牵头单位,泷泊镇人民政府和县消防大队为责任单位: a unit made the lead, its helpers after it)
    made_lead = subject["verb"].startswith("为")
    helping = (
        HELPERS_AFTER.match(text, subject.end()) or _MEMBERS_AFTER.match(text, subject.end())
        if subject["verb"] in _HELPED_VERBS or made_lead
        else None
    )
    # 志愿者工作部由团省委牵头负责,由省教育厅、省旅游局等单位组成: its members help it
    if helping is not None and (helpers := undoubted_units(helping["who"])) is not None:
        # 由丹凤街道牵头,县自然资源局配合,在12月底前完成… / 由省经贸委承办,省农业厅、卫生厅协办。: its helpers
        return units._replace(
            departments=(*units.departments, *((name, _CO) for name, _ in helpers.departments))
        )
    return units


def without_alias(text: str) -> str:
    """The text without the short names it gives units (市服务热线指挥中心(下称市指挥中心) → 市服务热线指挥中心)."""
    return _ALIASED.sub("", text) if "称" in text else text


def _asks_units(asked: str) -> bool:
    """Whether what a unit asks (…要求 `asked`) opens with the units it asks: every unit of a kind, or named ones."""
    asked = asked.lstrip("，, ")  # (督导组要求,湾沚区水务局…等部门要…: the units may follow a comma)
    return asked.startswith((*CALL_ON_ALL, "辖区各")) or subject_units(asked, item=True) is not None


def labelled_with_a_mistyped_colon(text: str) -> bool:
    """Whether a line opens with a unit label whose colon is mistyped (实施单位。县交警大队牵头,…)."""
    return _MISTYPED_COLON.match(text) is not None


def charged_in_turn(text: str) -> Assignment | None:
    """The units a clause charges after another unit's share (公安部门负责…。教育部门督促学校…): with any verb an item's
    may have, but not every unit of a kind (…负责统筹协调…。各区县要建立…), whose call stays with the share before."""
    units = subject_units(text, item=True, work=WORK_IN_TURN)
    return None if units is None or units.departments[0][0].startswith(CALL_ON_ALL) else units


WORK_IN_TURN = 4  # after another unit's share, a short one is a share too: …;市规划局、市建设局负责建筑节能;


def calls_on_every_unit(units: Assignment) -> bool:
    """Whether units are every unit of a kind alone (各部门、各单位), naming none of their own nor the governments below
    (各县(区)人民政府): a call that puts no one in charge of a numbered item's work."""
    return all(name.startswith(CALL_ON_ALL) and not name.endswith("政府") for name, _ in units.departments)


def _helping_a_unit(text: str, at: int, who: str) -> Assignment | None:
    """A call on every unit of a kind to help a unit its sentence names (各相关单位要…,积极配合区交通运输局尽快完成…):
    that unit's work, the units of the kind helping; None for a call alone."""
    helping = _HELPS.match(text, at)
    if helping is None or (helped := units_named_at(text, helping.end())) == []:
        return None
    if helped[0].startswith(CALL_ON_ALL) or (units := undoubted_units(who)) is None:
        return None
    return Assignment(((helped[0], _LEAD), *((name, _CO) for name, _ in units.departments)))


_HELPS = re.compile(r"[^。；;]{0,60}?(?:协助|配合)")  # in the sentence of the call


def undoubted_units(text: str) -> Assignment | None:
    """The units a text names, when every name reads as a unit; None when it names none or any with doubt."""
    units = parse_assignment(text)
    return units if units is not None and not units.doubtful else None


# What a leader or a meeting asked of the units named after it (…要求, / 会议明确,): the lead-in of their work
LEAD_IN_WORDS = "要求|明确|强调|指出|提出|决定|议定|规定|获悉|据悉"
# where and when a reporter learnt what the units will do, a long way in: 3月29日下午,记者从市…会议上获悉,
_LEARNT = r"[^。；;：:]{0,40}?获悉[，,]\s*"
# What was asked, before the units it was asked of: 会议强调, / 曲道凯要求,
LEAD_IN = re.compile(rf"(?:{LEAD_IN_WORDS})[，,：:]\s*")
# The word turning to a unit's share (…尚未健全,但县委统战部要…), no text of it
TURNING = re.compile(r"但是?(?=[\u4e00-\u9fff])")
# What was asked, opening a sentence before the units asked: 会议强调, / 曲道凯要求, / 就做好清洁供暖工作,王向前要求各乡镇…
# (not the heading 四、工作要求 run into its text, nor what the work answers to: 县直各部门一定要按照会议要求,…, nor
# a unit charged with what a standard requires: 各园区要认真学习标准要求,…)
ASKED_FIRST = re.compile(
    rf"^(?:{_LEARNT}|(?:就[^，,。；;：:]{{2,20}}[，,])?(?:(?!按照|根据|依据|依照|要(?!求))[^，,。；;：:]){{0,12}}?"
    rf"(?:{LEAD_IN_WORDS})(?:[，,：:]\s*|(?<!工作要求)(?=各)))"
)
# The field naming the units' duties (职责分工:(1)街道党政办负责…): the shares after it are what it names
# (部门分工:, 责任分工: are labels of the units themselves)
DUTIES_FIELD = re.compile(r"^(?:主要|工作|部门)?职责(?:分工)?[:：]")
# What introduces the units' duties in a sentence of its own, the shares after it: 会议进一步压实各部门职责:住建局…
DUTIES_INTRO = re.compile(r"^[^。；;：:]{0,40}?(?:职责|分工)(?:如下)?[:：]")
# The points a leader counts out: 一是…, 一要…, 第二，…, 其三，…
POINT = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}(?:是|要(?!求))|第[一二三四五六七八九十]{1,3}[，,、]|其[一二三四五六七八九十][，,、])"
)
# The first of the points counted out after a colon or a stop: …提醒各养老机构:一是…, …做到“四个坚决”:一要…,
# 会议要求,各省级发展改革委…要…取得显著成效。一是要…
POINTS_COUNTED_OUT = re.compile(r"[：:。；;]\s*(?P<mark>一(?:是|要(?!求)))")
# The phrase heading a leader's point, its units after it: 三是防汛物资靠前准备到位,区水务局要…
POINT_HEADING = re.compile(r"[^，,。；;：:]{2,16}[，,]")
# An assignment line of its own for the work above it: 以上工作由市交通局负责 / 此项工作由…
SUMMARY_WORDS = ("以上", "上述", "此项", "该项")
SUMMARY_OPENING = rf"(?:{'|'.join(SUMMARY_WORDS)})(?:各项)?(?:工作|任务|事项|措施)?由"
# Minutes passing to their next matter (会议听取了…, 会议审议并原则通过了…): no unit's share of the one before
NEXT_MATTER = re.compile(r"\s*会议(?:还)?(?:听取|审议|传达|研究|讨论|学习|通报|观看)")


def opening_units(body: str) -> Assignment | None:
    """The units a text opens with, then its work: each name before a 、 whole (县教体科技局、民政局组织…, not
    县教体科), the last the shortest that reads as a unit (县公安局 of 县公安局保障…); an open list may follow
    (县融媒体中心等官方媒体…进行…)."""
    names: list[str] = []
    parts = body.split("、")
    for at, part in enumerate(parts):
        if at + 1 < len(parts) and looks_like_department(part):
            names.append(part)
            continue
        last = units_named_at(part, 0)[:1]
        if not last or part[len(last[0]) : len(last[0]) + 1] in _NOT_WORK or _read_longer(part, len(last[0])):
            return None
        return undoubted_units("、".join([*names, *last]))
    return None


def _read_longer(part: str, end: int) -> bool:
    """Whether a unit's name read to `end` also reads longer (区政府 of 区政府办公室和…): which is meant is in doubt."""
    return any(
        looks_like_department(part[:longer]) for longer in range(end + 1, min(len(part), end + _LONGER))
    )


_LONGER = 7
# what follows a unit's name that is no work of its own: 县政府的…, a unit named and nothing after it
_NOT_WORK = "的，,。；;：:(（"


def units_named_at(text: str, at: int) -> list[str]:
    """The units named from `at` on, each the shortest run of words that reads as a unit (县妇联 of 县妇联根据…),
    the list going on after 、 和 及 与; or the fields of a list of departments (经信、环保、价格、质监等部门)."""
    if (fields := _FIELDS_LIST.match(text, at)) is not None and (
        units := undoubted_units(fields[0])
    ) is not None:
        return [name for name, _ in units.departments]
    names: list[str] = []
    while (name := _unit_at(text, at)) is not None:
        names.append(name)
        at += len(name)
        if text[at : at + 1] not in _LIST_JOINS:
            break
        at += 1
    return names


def _unit_at(text: str, at: int) -> str | None:
    # a name of two characters is tried last: 环保局 and 各镇人民政府, not the 环保 and 各镇 they begin with
    reach = min(len(text), at + _MAX_UNIT_NAME)
    end = next(
        (
            end
            for end in range(at + 3, reach + 1)
            if text[end - 1 : end + 1] not in _WORD_ACROSS_END and looks_like_department(text[at:end])
        ),
        None,
    )
    if end is None and looks_like_department(text[at : at + 2]):
        end = at + 2
    if end is not None and "、" in text[at:end]:
        # 区、镇、街道: a collective of levels reads whole, not cut at the first of them that reads as a unit (街)
        end = max(
            (
                longer
                for longer in range(end + 1, min(len(text), end + _LEVEL_REACH) + 1)
                if looks_like_department(text[at:longer])
            ),
            default=end,
        )
    if end is not None and text[end - 1] in _LEVELS:
        # 各区县住建局, not the 各区县 it begins with: a place's office named after the place
        end = next(
            (
                longer
                for longer in range(end + 2, min(len(text), end + _OFFICE_REACH) + 1)
                if _OFFICE_END.search(text, 0, longer) and looks_like_department(text[at:longer])
            ),
            end,
        )
    if end is not None and text.startswith("部门", end - 1):
        end += 1  # 有关部门, not 有关部
    return text[at:end] if end is not None else None


_LEVELS = "省市县区州"  # the level a place's name ends with (各区县), its offices named after it
_OFFICE_END = re.compile(r"(?:局|委|办|厅|部门)$")
_OFFICE_REACH = 8
_LIST_JOINS = ("、", "和", "及", "与")
# a name's last character that begins a word with the next: 评估方周密部署…, not the unit 评估方周密部
_WORD_ACROSS_END = frozenset(
    ("部署", "处理", "处置", "局面", "所有", "所在", "办理", "办法", "站位", "街道", "所属")
)
_FIELDS_LIST = re.compile(r"[^，,。；;：:]{2,60}?等(?:有关|相关)?部门")
_MAX_UNIT_NAME = 30
_LEVEL_REACH = 4


# A sentence's subject, the units doing the work, before the verb that charges them (区委农办要结合…).
# …、海南省旅文厅共同负责…: the work held jointly, or each unit's in turn (分别负责); a list of four units or so
# (区交通运输局、区城市管理和综合执法局、…等单位要) may run past thirty characters
# a name's own brackets may stand in the subject: 区水务局、各乡镇(街道)要…
NAME_BRACKET = (
    r"[（(][^，,。；;：:（()）“”\s]{1,8}[)）]"  # 各乡镇(街道), 各村(社区): a short note inside a name
    # 县发展和改革委员会(县粮食和物资储备局): the other name the unit goes by
    r"|[（(][^，,。；;：:（()）“”\s]{2,14}(?:局|委员会|委|办公室|办|中心)[)）]"
)
# 市服务热线指挥中心(下称市指挥中心)负责…: the short name the text gives a unit, no part of its name
_ALIAS = r"[（(](?:以下简称|以下称|下称|简称)[^，,。；;：:（()）\s]{1,20}[)）]"
_ALIASED = re.compile(_ALIAS)
# When the work is due may come first (2023年3月底前,县住建局要完成…), or what it answers to
# (按照安委会要求,各县区负责…)
# (2023年3月底前, / 今年9月底前, not 今年11月开始, / 2017年各地要…: the year its work is for, right before its units, as
# 8月底前县民政局将… its month)
_DUE_FIRST = (
    r"(?:(?:从|自|到|截至)?(?:(?:19|20)\d{2}年|\d{1,2}月)[^，,。；;：:]{0,10}?[，,]|(?:今年|明年)[^，,。；;：:]{1,10}?前[，,]"
    r"|(?:19|20)\d{2}年(?=各)|\d{1,2}月(?:底|末|[上中下]旬)前?(?=[省市县区镇乡各]))?"
)
# (the purpose may take a second clause: 为确保…有效落实,不断提升…透明度,各市区财政局要…)
_OCCASION_FIRST = (
    r"(?:(?:按照|根据|依据|依照|围绕|结合|针对|为了?)[^，,。；;：:]{2,30}[，,](?:[^，,。；;：:]{2,30}[，,])??"
    r"|(?:会上|会议上|会后)[，,]"  # 会上,交警部门…负责…: the meeting where the share was given out
    r"|[^，,。；;：:]{2,10}(?:后|期间)[，,]"  # 火灾发生后,市气象部门要…, 全国征兵网开通后,各地要…: when it falls due
    r"|对于[^，,。；;：:]{2,30}的)?"  # 对于采用地源热泵或燃气供热的市电业局和燃气企业要…: the case the units answer
)
# …and the unit's part, or when it does the work, may stand between it and the verb: 县科协作为科普工作的牵头单位,要…,
# 各乡镇(街道)是农村生活垃圾治理的工作主体,负责…,
# 交通海事部门在国庆节前要…, 市场监管等部门按规定开展…审查等工作时,要…
_AS_ITS_PART = (
    # (物业公司作为…生力军,在接下来的…工作中要…: its part, then when the work falls)
    # (县司法局作为牵头单位要…: its part, no comma after it)
    r"(?:作为[^，,。；;：:]{2,30}[，,](?:在[^，,。；;：:]{2,20}?中)?|作为[^，,。；;：:]{2,16}?(?:单位|部门|机关|机构|主体)(?=要|应|负责)|[是为][^，,。；;：:]{0,28}(?:主体|部门|单位|机关|机构)[，,]"
    r"(?:受[^，,。；;：:]{2,16}?(?:委托|授权)[，,])?"  # (…中心是…管理机构,受市政府授权或委托,负责…: on whose behalf)
    # 各学校从即日起至8月10日前全面开展…, 南宁中燃公司在燃气施工期间,须设置…
    r"|(?:在|从|自|于)[^，,。；;：:]{2,12}?(?:前|后|期间|之前|以前|之后)[，,]?"
    # 各指挥机构在汛期要坚持值班制度, 各社区会后要继续…: the season or the meeting its work follows
    r"|在[^，,。；;：:]{1,10}?期[，,]?(?=要|应)|会[前后](?=要|应)"
    # 市机关事务管理局在市节能主管部门的指导下,负责…: under whom it works
    r"|在[^，,。；;：:]{2,20}?(?:指导|领导|统一部署|统筹|组织)下[，,]?"
    # 区农业农村局、各乡(镇)思想上要高度重视…, 各乡镇、相关单位在政治站位上要再加高度: how it is to take the work
    r"|在?思想上|在[^，,。；;：:]{2,8}?上(?=要)"
    r"|在[^，,。；;：:]{2,12}?过程中(?=要|应)"  # 各镇(街区)在实施救助过程中要加强宣传: the work it goes with
    r"|针对[^，,。；;：:]{2,40}[，,]"  # 省交通运输厅针对…公共厕所数量不足问题,将新建…: what it answers
    # 联席会议办公室设在坊前镇应急办,负责…: where the office sits, and whose work it answers to (领导小组办公室设在
    # 区经贸局,对应市菜改办的工作,负责…)
    r"|[，,]?设在[^，,。；;：:]{2,24}?[，,](?:对应[^，,。；;：:]{2,20}[，,])?"
    r"|除[^，,。；;：:]{2,20}?外[，,]"  # 各县(区)除完成水利本部门的建设任务外,要…: its own work besides
    # 城管部门发现流浪未成年人,应当告知…, 公安机关接到…求助电话或发现…的未成年人,应…: the case that calls for its work
    # (各单位接到通知后要…: when it calls for it)
    r"|(?:发现|接到|遇到|遇有)[^。；;：:]{2,40}?(?:[，,]|(?<=后))(?=应当|应|要|须|必须)"
    r"|(?:发现|接到|遇到|遇有)[^，,。；;：:]{2,12}?(?=要|应当|须|必须)"  # 河道专管员发现问题要及时整改
    r"|(?:按规定|依法|在)[^，,。；;：:]{2,40}?时[，,]"  # …等部门按规定开展…审查等工作时,要…
    r"|按其职责"  # 质监部门按其职责做好…
    r"|[，,](?=要|应当|必须)"  # 建设、水利、公路等工程建设主管部门,要认真清理…, 广播、电视、报刊等新闻媒体,应当做好…
    # 人民法院对拖欠农民工工资的案件要开启绿色通道…, 各乡镇人民政府对本辖区森林防火工作全面负责: what its work concerns
    r"|对[^，,。；;：:]{2,40}?(?=要|(?:全面)?负责|负总责)"
    # 各级公安消防部门、派出所对…威胁公共安全的,要依法…, 其他有关部门对…违法行为,要…: the case, then a comma
    # (市场监督管理部门对…撤销许可的生产单位,负责依法吊销其营业执照。)
    r"|对(?!于)[^，,。；;：:]{2,60}?[，,](?=要|负责)"
    # 交警部门根据各自工作责任,负责…, …等部门按照职责,协同做好…, not 有关部门按照以下分工负责…
    r"|(?:根据|按照?)(?:各自[^，,。；;：:]{0,8}(?:职责|责任|分工)|(?:工作)?职责(?:分工)?|分工)[，,]?)?"
)
_JOINS = r"联合(?![会体国办]|社(?!区)|[^，,。；;]{0,4}组)"  # 乡环境保护办公室联合乡综合行政执法大队…, not the 联合 of 联合会, 联合社 or 联合调研组
# What the work concerns may come before 由 and its unit: 宪法进企业,由省工信厅牵头…, 1、蓝田猿人遗址,由…文管所全面负责…
# (not what was asked: 曲道凯要求,由县发展和改革局牵头…)
_TOPIC_FIRST = rf"(?:[^，,。；;：:\d\s]{{2,30}}(?<!{LEAD_IN_WORDS})[，,](?=由))?"
# 明确民政部门负责制定…: what a plan makes clear, the unit's share after it
_MADE_CLEAR = r"(?:明确(?![了的，,]))?"
# 负责人 naming who heads a unit, not its charge: …负责人为组长, 区信访局主要负责人及各乡镇…负责人等参加,
# 县住建局、能源局负责人分别汇报了…, and the head speaking in news: …基金监管司负责人18日表示,…, 区红十字会负责人
# 宣读了《…》, 市消防支队负责人王队长汇报了…
_HEAD_REPORTS = r"人(?:\d{1,2}日|近日|日前|今天|昨天|[\u4e00-\u9fff]{1,3}(?:[局处科部组队所站]长|主任|书记|同志))?(?:[为和及、，,就说称任]|分别|汇报|介绍|通报|参加|出席|发言|表示|指出|强调|透露|告诉|接受|宣读|主持|讲话|结合|作了|做了)"
# “河长制”各责任单位: the units of a programme; 市“双拥”办, 县“厕所革命”指挥部办公室: a unit named for its programme
_PROGRAMME = r"“[^”，,。；;：:]{1,10}”(?=[\u4e00-\u9fff])"
# 民政部 门要…: a copy's stray space in a name's last characters (not 技术指导 市场监管局负责…: a heading before it)
_BROKEN_BY_A_SPACE = r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff]{0,2}(?:要|应|须|负责))"
_STRAY_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_UNIT_SUBJECT = re.compile(
    rf"^{_DUE_FIRST}{_OCCASION_FIRST}{_TOPIC_FIRST}{_MADE_CLEAR}(?P<who>(?:[^，,。；;：:（(“”\s]|{_ALIAS}|{NAME_BRACKET}|{_PROGRAMME}|{_BROKEN_BY_A_SPACE}){{2,60}}?){_AS_ITS_PART}(?P<verb>(?:共同|分别|主要|全面|具体)?负责(?!同志|{_HEAD_REPORTS})|负总责|为[^，,。；;：:]{{2,30}}?牵头(?=单位[，,]|部门[，,])|(?<![主重需])要|(?<![必无])需(?![要求])|牵头(?!单位|部门)|承办|会同|{_JOINS}|配合(?!单位|部门)|协助|(?:主要|积极|切实|认真|全力|将|(?<=职责))(?:做好|抓好|搞好))"
)
_HELPED_VERBS = ("牵头", "负责", "承办", "负总责", "承担")
_TOGETHER = ("会同", "汇同", "联合")
_ASKED = ("要", "将", "应", "应当", "须", "必须")
# An item may go straight on with the work its unit does (2.水务局加强…, 3.各乡镇汇同环保局完善…).
_ITEM_WHO = (  # (asked: 一、请省级主管预算单位做好…)
    rf"^{_DUE_FIRST}{_OCCASION_FIRST}{_TOPIC_FIRST}{_MADE_CLEAR}请?(?P<who>(?:[^，,。；;：:（(“”\s]|{_ALIAS}|{NAME_BRACKET}|{_PROGRAMME}|{_BROKEN_BY_A_SPACE}){{2,60}}?){_AS_ITS_PART}"
)
_ITEM_VERBS = (
    rf"负责(?!同志|{_HEAD_REPORTS})|负总责|(?<![主重需])要|必须|(?<![必无])须(?!知)|牵头(?!单位|部门)|会同|汇同|{_JOINS}|配合(?!单位|部门)|协助|应当|应(?![急用])|加强|强化|继续|抓好|做好|搞好|完善|开展"
    r"|督促|落实|切实|积极|认真|全力|全面|及时|务必|抓紧|尽快|进一步|严格|采取|加大|坚持|将(?![来近乐])|承担(?!单位)|上报|报送"
    r"|(?<!劳动|社会)保障(?![局部厅处科办委、])|协调(?![办会委处科]|小?组(?!织)|单位)|协同(?![办组])"  # verbs that end names too: 社会保障局, 协调办
    # verbs that name units too: 县委组织部, 项目推进办, 农技指导站, 人民调解工作指导委员会, 各责任协调单位
    r"|(?<![团党])(?<!经济)组织(?!部|单位|是|建设)|推进(?!办|组|单位)|指导(?!组|站|委|中心|处|科|单位)"
    # what the unit's work answers to, right after its name (各市(地)按照此次专项检查要求,制定…); not its part by
    # its duties, nor the lead-in to duties listed (有关部门按照以下分工负责…:)
    r"|(?<![，,])(?:按照|根据|依据|依照|结合|对照)(?!(?:各自)?(?:的)?职责|以下|下列|如下)"
    # what the unit does to what, the verb after its object: 信息宣传科对收集到的网民留言信息进行整理 (not news of
    # what it did: 临沂大学对…情况进行了汇报)
    r"|对(?![于照标接])(?=[^，,。；;：:]{2,40}?(?:进行|开展|实施|实行))(?![^，,。；;：:]*?(?:进行|开展|实施|实行)了)"
    r"|的(?:主要)?职责(?:为|是|包括)"  # 红十字会的职责为积极组织无偿献血招募…: its duties, told
)
# 各县、区2023年底前遴选…: the date its work is due, right after the units, charges them whatever the verb
_DUE_AFTER_WHO = (
    r"(?:于|在)?(?:(?:(?:19|20)\d{2}|今|明)?年(?:底|末|上半年)|(?:每年|(?:19|20)\d{2}年)?\d{1,2}月(?:底|末|[上中下]旬|\d{1,2}日)?)前"
    r"|(?:于|从|自)?\d{1,2}月\d{1,2}日起"
)
# (what it also does or must do: 各乡镇也要…, 县财政局…还要…, 各镇(街)一定要…, or does for its part: 区县城市管理主管
# 部门则牵头推进…)
# A meeting's decision, or news of what a unit does, may say how often it does the work: 3.县目标督查办按季度对…
# 进行通报。 / 县乡村振兴局定期将…, 县级行业部门每月全面收集…; so may an item (各县区、各部门定期进行…排查)
_HOW_OFTEN = r"定期|每(?=[月周年天日旬]|季度|半年|半个月|[两三四五六]个?(?:月|周|年))"
_ITEM_SUBJECT = re.compile(
    rf"{_ITEM_WHO}(?P<verb>(?:主要|具体|全面|也|还|一定|均|都|则|按规定|按要求|依法)?(?:{_ITEM_VERBS})|{_DUE_AFTER_WHO}|{_HOW_OFTEN})"
)
_DECISION_SUBJECT = re.compile(
    rf"{_ITEM_WHO}(?P<verb>(?:主要|具体|全面)?(?:{_ITEM_VERBS}|按(?=照|月|季度|年度|周|期|时)|{_HOW_OFTEN}))"
)
_UNIT_SUBJECT_WORK = 8
_PART_LED_BY = re.compile(r"[^由]{1,16}(?<!自)由(?P<who>[^由]{2,40})")
# A unit's people charged in its name: 县自然资源局全体班子成员要…, 各乡镇党政主要负责同志要…, 大调解中心领导每月…
_UNIT_PEOPLE = re.compile(
    r"(?<=[局委办部室所站队院校位镇乡县区市村心])的?(?:全体|党政)?(?:班子成员|主要负责同志|负责同志|主要负责人|主要领导|分管领导|领导(?:干部)?|干部职工)$"
)
CALL_ON_ALL = (
    "各",
    "其他",
    "有关",
    "相关",
)  # 各地发展改革部门要…, 其他涉及部门要积极配合: a call on every unit of a kind
# The units helping the one named before: …牵头,县自然资源局配合 / …负责,有关部门积极配合 / …牵头负责,县公安局配合, or
# after its work (县教育局负责…统筹管理、规划和指导,县编办、县财政局等部门要按照职责分工积极配合)
_MEMBERS_AFTER = re.compile(r"(?:负责)?[，,]由(?P<who>[^，,。；;：:（(“”\s]{2,120}?)(?:等(?:单位|部门))?组成")
HELPERS_AFTER = re.compile(
    rf"(?:负责)?[^，,。；;：:]{{0,40}}?[，,](?P<who>(?:[^，,。；;：:（(“”\s]|{NAME_BRACKET}){{2,80}}?)要?(?:按照?职责分工)?"
    r"(?:积极|密切|共同|主动)?(?:做好|搞好)?"
    r"(?:配合|参与|协办|为(?:责任|配合|协办)单位)"  # (…,泷泊镇人民政府和县消防大队为责任单位)
)


def standing_rule(text: str) -> re.Match[str] | None:
    """The standing rule a text states (以下各项任务均需各区县政府落实，不再列出); its group "who" names the units."""
    if "不再" not in text:  # the rule's last words, rare elsewhere: most texts are passed over at once
        return None
    return _STANDING_RULE.search(text)


def is_cut_label(text: str) -> bool:
    """Whether a text is the start of a responsibility label the document stops in (牵头责任 of 牵头责任单位：)."""
    stripped = text.strip(" \t（(")
    return len(stripped) >= 2 and any(label.startswith(stripped) for label in _ALL_LABELS)


def has_label(text: str) -> bool:
    """Whether the text carries a responsibility or deadline label such as 责任单位：."""
    return _LABEL.search(text) is not None


_DRAFTED_BY = re.compile(r"^([^，,；;。]{2,60}?(?:牵头)?起草)\s*[，,；;]")
_REVIEW_MONTH = re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月(?:份)?(?:初审|提请审议|提交审议|审议)")
_LAW_WORK = ("制定", "修改", "修订", "废止", "新制定", "制修订", "修正", "打包修改")
_LAW_WORK_PREFIX = re.compile(r"^(?:新制定|制修订|打包修改|制定|修改|修订|废止|修正)[，,、\s]+")


@lru_cache(maxsize=4096)  # a document names the same few lists in its text, its table and its summary
def parse_assignment(text: str, *, marked: bool = False) -> Assignment | None:
    """Read a responsibility clause; None if it names no department.

    `marked` says the context already makes it a clause (a 责任单位 line, a table cell); otherwise a bare list is
    accepted only when every piece reads as a department, so that （经营场所） stays text.
    """
    if text.startswith(_LAW_WORK):  # 制定，省公安厅起草: what is to be done to a law, then who drafts it
        text = _LAW_WORK_PREFIX.sub("", text, count=1)
    if "起草" in text and (drafted := _DRAFTED_BY.match(text)) is not None:
        # 市农业农村局牵头起草;6月底前提交草案送审稿…: the steps after the drafting unit name no one answerable, the
        # first step's date is when the draft is due
        assignment = parse_assignment(drafted.group(1), marked=marked)
        if assignment is None or assignment.deadline_text:
            return assignment
        steps = find_completion_dates(text[drafted.end() :], issued_on=None)
        # 省科技厅起草,5月初审: the month the draft goes to its first reading is when it is due
        review = _REVIEW_MONTH.search(text, drafted.end()) if not steps else None
        due = steps[0].deadline.text if steps else review.group(0) if review else None
        return assignment._replace(deadline_text=due) if due else assignment
    if _NOT_PLAIN.search(text) is None:  # most lists: names, perhaps a verb after them
        return _plain_list(text.strip(" \t。.；;，,").strip(), marked)
    if any(mark in text[:_MISTYPED_REACH] for mark in ";；。"):
        text = _MISTYPED_COLON.sub(r"\1：", text, count=1)
    if "人;" in text or "人；" in text:
        text = _SEMICOLON_AFTER_PERSON.sub(r"\1：", text)  # …;责任人;xx: the person's label, mistyped
    may_state_rule = _RULE_HINT.search(text) is not None
    rules = [match.group(0).strip("()（）") for match in _RULE_NOTE.finditer(text)] if may_state_rule else []
    if rules:
        text = _RULE_NOTE.sub("", text)
    implied: tuple[str, ...] = ()
    standing = standing_rule(text)
    if standing is not None:
        rules.append(standing.group(0))
        implied = (standing.group("who"),)
        text = text[: standing.start()] + text[standing.end() :]
    deadline_text: str | None = None
    segments = _segments(text)
    marked = marked or any(label is not None for label, _ in segments)

    named: list[tuple[str, Role | None]] = []
    of_fields: set[str] = set()  # the names of fields sharing the word for their departments
    open_ended = False
    stated_none = False
    for label, body in segments:
        body = body.strip(" \t。.；;，,")
        if not body:
            continue
        if label in _DEADLINE_LABELS:
            deadline_text = body
            continue
        if label in _PERSON_LABELS or (label is None and _REFERENCE.fullmatch(body)):
            continue  # 张三; 第1389号 before 牵头单位：…, the proposal the units answer
        forced = _LEAD if label in _LEAD_LABELS else _CO if label in _CO_LABELS else None
        # （A、B。列第一位者为牵头部门，下同）: the later sentence is a rule
        if may_state_rule and "。" in body:
            sentences = split_top_level(body, "。")
            kept = [sentences[0], *(part for part in sentences[1:] if not _states_rule(part))]
            rules.extend(part.strip() for part in sentences[1:] if _states_rule(part))
            body = "，".join(part for part in kept if part.strip())
        clauses = split_top_level(body, _CLAUSE_SEPARATORS)
        rule_at = (
            next((index for index, clause in enumerate(clauses) if _RULE_WORDS.search(clause)), None)
            if may_state_rule
            else None
        )
        if rule_at is not None:  # （责任单位：A、B，除标注外，排在第一位的为牵头单位，下同）
            rules.append("，".join(clauses[rule_at:]))
            clauses = clauses[:rule_at]
        for clause in clauses:
            if _NO_UNIT.match(clause):  # 配合单位：无, a table cell's —: none, said outright
                stated_none = True
                continue
            if _is_deadline_like(clause) and not looks_like_department(clause):
                deadline_text = deadline_text or _deadline_of(clause)  # （A牵头，2021年底前完成）
                continue
            clause_names, clause_open, verb_found = _read_clause(clause, forced)
            if _of_fields(_cut_verb(clause)[0]):
                of_fields.update(name for name, _ in clause_names)
            marked = marked or verb_found
            open_ended = open_ended or clause_open
            named.extend(clause_names)

    if not named:  # a 完成时限： label alone is still worth keeping; a bare date in brackets is not a clause
        labelled = any(label in _DEADLINE_LABELS for label, _ in segments)
        if labelled or implied or (stated_none and marked):
            return Assignment((), deadline_text=deadline_text, rules=tuple(rules), implied=implied)
        return None
    governments = _of_governments(name for name, _ in named)
    levels = _of_every_level([name for name, _ in named])
    doubtful = tuple(
        name
        for name, _ in named
        if not _reads_as_unit(name, fields=name in of_fields, governments=governments, levels=levels)
    )
    # names under a unit label ending as a unit's do are kept, and flagged, though none reads as a unit
    # (牵头单位:政局, a name damaged; not 责任单位:市, a name the page cut)
    labelled = any(label in _UNIT_LABELS for label, _ in segments) and all(
        _DAMAGED_NAME.fullmatch(name) for name in doubtful
    )
    if doubtful and (not marked or (len(doubtful) == len(named) and not labelled)):
        return None
    return Assignment(_settle_roles(named), open_ended, deadline_text, tuple(rules), doubtful, implied)


def _plain_list(clause: str, marked: bool) -> Assignment | None:
    """A stripped list without labels, clauses, brackets, dates, rules or joining words, perhaps a verb after it.

    Gives what the general reading gives such a list, skipping the steps that cannot apply to it.
    """
    clause, role, verb_found = _cut_verb(clause)
    fields = _of_fields(clause)
    names, open_ended = _names(clause, fields=fields)
    if not names:
        return None
    marked = marked or verb_found
    governments = _of_governments(names)
    levels = _of_every_level(names)
    doubtful = tuple(
        name
        for name in names
        if not _reads_as_unit(name, fields=fields, governments=governments, levels=levels)
    )
    if doubtful and (not marked or len(doubtful) == len(names)):
        return None
    if role is not None:
        return Assignment(_settle_roles([(name, role) for name in names]), open_ended, None, (), doubtful)
    roles = dict.fromkeys(names, _CO)
    roles[names[0]] = _LEAD  # no verb marks a lead: the first listed leads
    return Assignment(tuple(roles.items()), open_ended, None, (), doubtful)


def _segments(text: str) -> list[tuple[str | None, str]]:
    """The text cut at its labels (责任单位：, 完成时限：), each piece with the label before it (None: unlabelled)."""
    labels = list(_LABEL.finditer(text)) if ":" in text or "：" in text else []
    if not labels:
        return [(None, text)]
    segments: list[tuple[str | None, str]] = []
    if labels[0].start() > 0:
        segments.append((None, text[: labels[0].start()]))
    for index, found in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        segments.append((found.group(1), text[found.end() : end]))
    return segments


def _states_rule(sentence: str) -> bool:
    return _RULE_WORDS.search(sentence) is not None or "不再" in sentence


def _is_deadline_like(clause: str) -> bool:
    return _DEADLINE_HINT.search(clause) is not None and _DEADLINE_LIKE.search(clause) is not None


def _deadline_of(clause: str) -> str:
    """What a deadline clause sets: the completion date it starts with (6月底前出台相关政策 → 6月底前), else the
    clause itself, 完成 dropped (年内持续推进)."""
    mentions = find_completion_dates(clause, issued_on=None)
    if mentions and mentions[0].start == 0:
        return clause[: mentions[0].end].strip()
    return clause.removesuffix("完成")


def _read_clause(clause: str, forced: Role | None) -> tuple[list[tuple[str, Role | None]], bool, bool]:
    """Names of one clause with the role its verb gives them, whether it ends in 等, and whether a verb was found."""
    named: list[tuple[str, Role | None]] = []
    # 经济投资局和航空口岸局分别牵头、区发改局: the leads, then the others, in one list
    if "牵头、" in clause:
        open_ended = False
        for part in _LEADS_THEN_OTHERS.split(clause):
            part_named, part_open, _ = _read_clause(part, forced)
            named.extend(part_named)
            open_ended = open_ended or part_open
        return named, open_ended, True
    clause, verb_role, verb_found = _cut_verb(clause)
    if not verb_found and (at := clause.find("负责", 1)) > 0:
        # 区农业、环保等主管部门负责业务指导、监督考核等工作: the work after the verb names no unit
        clause, verb_role, verb_found = _cut_verb(clause[: at + len("负责")])
    role = forced or verb_role
    together = _joining_word(clause)
    if together:  # "A会同B、C": A leads, the others join it
        head: list[tuple[str, Role | None]] = [
            (name, _LEAD) for name in _names(clause[: together.start()])[0]
        ]
        tail_names, tail_open = _names(clause[together.end() :])
        return head + [(name, _CO) for name in tail_names], tail_open, True
    names, open_ended = _names(clause, fields=_of_fields(clause))
    for name in names:
        # 区政府办公室*、区财政局 or *区发改局: a star marks the lead; stars in a run (****分局) mask a name
        if _STAR_MARK.search(name):
            named.append((name.strip(_STARS), _LEAD))
            verb_found = True
            continue
        marked_lead = _LEAD_MARK.search(name) if name[-1] in ")）" else None  # 市发展改革委（牵头）、市财政局
        if marked_lead is None:
            named.append((name, role))
            continue
        verb_found = True
        named.append((name[: marked_lead.start()].strip(), _LEAD))
        if "分别" in marked_lead.group(0):  # A、B(按职责分别牵头): the note covers the whole list
            named = [(written, _LEAD) for written, _ in named]
    return named, open_ended, verb_found


_LEADS_THEN_OTHERS = re.compile(r"(?<=牵头)、")
_STARS = "*＊★"
_STAR_MARK = re.compile(r"^[*＊★](?![*＊★])|(?<![*＊★])[*＊★]$")


def _cut_verb(clause: str) -> tuple[str, Role | None, bool]:
    """The clause without the verb that ends it (A、B牵头), the role that verb gives, and whether there was one."""
    if clause[-1:] not in _VERB_ENDINGS:  # clauses are stripped: "$" is the last character
        return clause, None, False
    tail = max(0, len(clause) - _VERB_TAIL)  # no verb starts earlier, and none looks behind
    for pattern, verb_role in _VERBS:
        match = pattern.search(clause, tail)
        if match and match.start() > 0:
            return clause[: match.start()], verb_role, True
    return clause, None, False


def _joining_word(clause: str) -> re.Match[str] | None:
    """The first 会同/联合 that joins two departments, passing over those inside a name (重庆市妇女联合会)."""
    if _TOGETHER_WITH.search(clause) is None:  # the common case: no such word at all
        return None
    known = _registry_names_with_joining_words()
    inside = [found.span() for found in known.finditer(clause)] if known else []
    for match in _TOGETHER_WITH.finditer(clause):
        in_known_name = any(start <= match.start() < end for start, end in inside)
        if in_known_name or _NAME_LIANHE.match(clause, match.start()) is not None:
            continue
        # 市容环境综合整治联合执法工作组: a name whose part before 联合 is no unit holds the word
        before = re.split(r"[、，,；;：:由]", clause[: match.start()])[-1].strip()
        if looks_like_department(before):
            return match
    return None


@cache
def _registry_names_with_joining_words() -> re.Pattern[str] | None:
    """The shipped registry's names that hold 会同 or 联合 as part of the name, longest first."""
    names = {
        form
        for department in DepartmentRegistry.default()
        for written, _ in department.written_names()
        for form in (written, normalize_name(written))  # as the registry spells it, and half-width
        if _TOGETHER_WITH.search(form)
    }
    ordered = sorted(names, key=len, reverse=True)
    return re.compile("|".join(re.escape(name) for name in ordered)) if ordered else None


def _names(text: str, *, fields: bool = False) -> tuple[list[str], bool]:
    names: list[str] = []
    open_ended = False
    for piece in _joined_levels(split_top_level(text, _NAME_SEPARATORS), fields=fields):
        piece_names, piece_open = _piece_names(piece)
        names.extend(piece_names)
        open_ended = open_ended or piece_open
    return names, open_ended


_LEVEL = r"(?:各|相关|有关|各有关|各相关)?[省市州县区乡镇]{1,3}(?:[(（][市县区乡镇街、]{1,5}[)）])?"
_LEVEL_ONLY = re.compile(rf"^{_LEVEL}$")
# the characters a level's name opens with: a piece opening so goes on a collective's name (各县、区人民政府)
_LEVEL_CHARACTERS = tuple("省市州县区乡镇街村社")
_LEVEL_AFTER_JOIN = re.compile(rf"(?:和|及){_LEVEL}$")
# 武川县党委、政府: the same place's government after its Party committee is part of one name
# 鄂城区, 华容县: a district or a county named whole stands for its government, and begins no other name
_PLACE_WITH_LEVEL = re.compile(r"^[\u4e00-\u9fff]{2}[区县市]$")
_KIND_ONLY = frozenset(("单位", "部门", "机构", "政府", "人民政府"))
_LEVEL_TAIL = ("街道", "乡镇", "镇", "乡")  # the levels a collective of townships names together: 各街道、镇
_SHORT_PIECE = 3
# the residents' committees beside the villages: 各村、居(社区), 各村、居委会
_RESIDENTS = re.compile(r"居(?:委会?)?(?:[(（]社区[)）])?")
# 县直相关部门, 有关部门, 各部门, 学校: the departments a level runs itself, those concerned, every one, or every school,
# after a collective of townships or counties
_OWN_UNITS = re.compile(r"[省市州县区]直|有关|相关|各|(?:学校|医院)$")
_SHORT_LEVEL = 5  # 各有关市, 各县(市)


def _of_fields(clause: str) -> bool:
    """Whether each name of a list is a field, the department of that field meant (文旅体、应急、水利等部门,
    各县(市、区)教育、科技、文旅、体育部门)."""
    return clause.endswith(_OF_FIELDS) or _fields_sharing(clause)


def _fields_sharing(clause: str) -> bool:
    """Whether a list names fields sharing the word for their departments (各地住房城乡建设、财政主管部门, 财政、审计部门):
    two characters only for a field written short (not 李四、财政部门)."""
    *fields, last = split_top_level(clause, "、") or [""]  # not the 、 in 各县(市、区)教育
    return (
        bool(fields)
        and _FIELD_DEPARTMENT.fullmatch(last) is not None
        and all(_FIELD_LENGTH[0] <= len(field) <= _FIELD_LENGTH[1] for field in fields)
        and all(
            len(field) > _FIELD_LENGTH[0] or looks_like_department(field) or field in _FIELDS_SHARING_ONLY
            for field in fields
        )
    )


_FIELD_LENGTH = (2, 10)
# fields whose names read as work or a place alone (示范村 / 建设, a table's broken cell; 市场), as fields only in a
# list of them before their shared word: 建设、规划、城管部门, 县环保、市场、应急等部门
_FIELDS_SHARING_ONLY = frozenset(("建设", "城建", "市场"))


def _reads_as_unit(
    name: str, *, fields: bool = False, governments: bool = False, levels: bool = False
) -> bool:
    """Whether a name reads as a unit; in a list of fields' departments (…等部门), as its field's department too, in
    a list of governments (秭归县、夷陵区、伍家岗区政府), a county or a district named whole as its government, and
    in a list opening with every unit of a level (各街道、社区), a lower level named bare, each unit of it."""
    return (
        looks_like_department(name)
        or (fields and (looks_like_department(f"{name}部门") or name in _FIELDS_SHARING_ONLY))
        or (governments and _PLACE_WITH_LEVEL.match(name) is not None)
        or (levels and name in _LOWER_LEVELS)
    )


def _of_governments(names: Iterable[str]) -> bool:
    """Whether a list names a government: its bare counties and districts are governments too."""
    return any(name.endswith("政府") for name in names)


def _of_every_level(names: Sequence[str]) -> bool:
    """Whether a list opens with every unit of a level (各街道、社区): the lower levels named bare after it are each
    unit of theirs too, as annotators read them."""
    return bool(names) and _EVERY_LEVEL.fullmatch(names[0]) is not None


_EVERY_LEVEL = re.compile(r"各(?:街道|乡镇|镇|乡|镇街|镇办|村)")
_LOWER_LEVELS = frozenset(("社区", "村", "居", "村居", "小区", "村组", "组"))


def _joined_levels(pieces: list[str], *, fields: bool = False) -> list[str]:
    """Pieces of one collective that 、 sets apart: a level or a bare place before the rest of the name (各县、区人民政府,
    各县市、区政府, 各有关市、县(区)政府, 各县(市)、区人民政府, 赣州、龙南经济技术开发区管委会), or a kind of unit after it (市直有关部门、单位)."""
    short = min(map(len, pieces), default=0) <= _SHORT_LEVEL
    if not short and not any(map(_LEVEL_ONLY.match, pieces)):  # the usual list: no level, no piece that short
        return pieces
    joined: list[str] = []
    pending = ""
    for piece in pieces:
        # 各乡镇(区)、县直相关部门: units of their own, no piece of the townships' name
        if pending and _OWN_UNITS.match(piece):
            joined.append(pending.rstrip("、"))
            pending = ""
        if (
            joined
            and not pending
            and (
                piece in _KIND_ONLY
                or (piece in _LEVEL_TAIL and joined[-1].endswith(_LEVEL_TAIL))
                or (joined[-1].endswith("村") and _RESIDENTS.fullmatch(piece) is not None)
            )
        ):  # 市直有关部门、单位; 13个街道、镇; 各村、居(社区)
            joined[-1] += f"、{piece}"
        elif (
            _LEVEL_ONLY.match(piece)
            or _LEVEL_AFTER_JOIN.search(piece)  # 农机局和各县(市)、区人民政府
            or (
                len(piece) <= _SHORT_PIECE
                and not (_reads_as_unit(piece, fields=fields) or _PLACE_WITH_LEVEL.match(piece))
            )
        ):
            pending += f"{piece}、"
        elif pending and not piece.startswith(_LEVEL_CHARACTERS) and _reads_as_unit(pending.rstrip("、")):
            # 各区县、高新区: a whole collective, then a unit of its own, not the rest of the collective's name
            joined.extend((pending.rstrip("、"), piece))
            pending = ""
        else:
            joined.append(pending + piece)
            pending = ""
    if pending:
        joined.append(pending.rstrip("、"))
    return joined


@lru_cache(maxsize=8192)  # the pieces are department names, which documents repeat
def _piece_names(piece: str) -> tuple[tuple[str, ...], bool]:
    """The names one piece of a list holds, and whether it ends the list with 等."""
    piece = _LEADING_NOISE.sub("", piece).strip()
    if _LEADER_POST.match(piece):
        return (), False
    joined = _OPEN_THEN_JOINED.search(piece) if "等" in piece else None
    if joined is not None and looks_like_department(piece[joined.end() :]):  # not 等部门和企业
        after, _ = _piece_names(piece[joined.end() :])
        return (*_split_joined(piece[: joined.start()]), *after), True
    trimmed = _OPEN_LIST.sub("", piece).strip()
    open_ended = trimmed != piece
    if not trimmed or not any(map(str.isalnum, trimmed)):  # ) left by a rule cut out of its bracket: no name
        return (), open_ended
    spaced = trimmed.split()
    # …各市(州) 人民政府: a name broken by a space before a bare kind of body is one name, not two
    if (
        len(spaced) > 1
        and all(looks_like_department(part) for part in spaced)
        and not _BARE_BODIES & {*spaced}
    ):
        return tuple(spaced), open_ended  # a list set with spaces, as PDF tables give it
    if len(spaced) > _TRAILING_WORDS and looks_like_department(spaced[0]):
        return (spaced[0],), open_ended  # 宁波电业局 鄞州 海曙 江东 …: the list ends, a table's words follow
    return _split_joined(trimmed), open_ended


_TRAILING_WORDS = 2  # more words than a name broken by spaces holds (县委县政府 督查室)


# 地方各级财政部门特别是省级财政部门: the one stressed is charged too; 村集体经济组织或者村民委员会: either is
_JOINING = re.compile(r"以及|及|和|与|或者|或|特别是|尤其是")


def _split_joined(piece: str) -> tuple[str, ...]:
    """市级各有关部门及各县市区政府 names two units; 住房和城乡建设局 one, and 各县(市、区)党委和人民政府 one: a
    piece is cut at 及 or 和 only where both sides read as departments, the right one more than a kind of body."""
    for match in _JOINING.finditer(piece):
        left, right = piece[: match.start()], piece[match.end() :]
        if right not in _BARE_BODIES and looks_like_department(left) and looks_like_department(right):
            return (left, *_split_joined(right))
    # 区商务局区教育局: two names a table cell set one a line, the line break lost
    for match in _GLUED_NAMES.finditer(piece):
        left, right = piece[: match.start() + 1], piece[match.start() + 1 :]
        if len(right) >= _MIN_GLUED_NAME and looks_like_department(left) and looks_like_department(right):
            return (left, *_split_joined(right))
    return (piece,)


_GLUED_NAMES = re.compile(r"[局委办](?=[省市县区])")
_MIN_GLUED_NAME = 4  # 区教育局, not 县分局 of 市公安局县分局


# Kinds of body that name no unit alone: after 和 they complete the name before it (党工委和管委会).
_BARE_BODIES = frozenset(("人民政府", "政府", "管委会", "党工委", "委员会", "党委"))


def _settle_roles(named: list[tuple[str, Role | None]]) -> tuple[tuple[str, Role], ...]:
    """Marked leads keep their role; without any, the first listed leads (列第一位者为牵头单位). Leads come first."""
    has_lead = any(role is _LEAD for _, role in named)
    if has_lead:
        named = sorted(named, key=lambda item: item[1] is not _LEAD)  # stable: written order otherwise
    settled: dict[str, Role] = {}  # a name listed twice keeps its first place and role
    for index, (name, role) in enumerate(named):
        if name not in settled:
            settled[name] = role if role is not None else _LEAD if index == 0 and not has_lead else _CO
    return tuple(settled.items())
