"""The department registry: which body a written department name stands for, in the region of the document."""

from __future__ import annotations

import dataclasses
import re
import string
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

NATIONAL = "全国"
_SHIPPED = "departments.toml"
_MAX_REWRITES = 3
_MEMO_LIMIT = 4096


class DepartmentLevel(StrEnum):
    NATIONAL = "national"
    PROVINCIAL = "provincial"
    MUNICIPAL = "municipal"
    DISTRICT = "district"


class DepartmentKind(StrEnum):
    GOVERNMENT = "government"
    COURT = "court"
    PROCURATORATE = "procuratorate"
    CENTRAL_AGENCY = "central_agency"  # a national body's office in a region: 重庆市税务局, 人行重庆营管部
    PARTY = "party"
    PEOPLE_ORG = "people_org"  # 工会, 共青团, 妇联, 残联, 工商联, 供销合作社
    ENTERPRISE = "enterprise"
    MILITARY = "military"


class RegistryError(ValueError):
    """A registry file that cannot be used: bad TOML, a missing or invalid field, a name claimed twice."""


@dataclass(frozen=True, slots=True)
class FormerName:
    """A name a department used to bear, with the day the next name took over when that day is on record."""

    name: str
    until: date | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Department:
    """One body: its full name today, the names documents write it with, and the region they belong to."""

    canonical: str
    short: str | None
    aliases: tuple[str, ...]
    level: DepartmentLevel
    kind: DepartmentKind
    region: str
    former: tuple[FormerName, ...] = ()  # oldest first

    def name_on(self, day: date) -> str:
        """The full name in force on `day`, as far as the recorded dates tell."""
        for former in self.former:
            if former.until is not None and day < former.until:
                return former.name
        return self.canonical

    def written_names(self) -> Iterator[tuple[str, FormerName | None]]:
        """Every name of the entry with the former name it belongs to (None: current)."""
        yield self.canonical, None
        if self.short:
            yield self.short, None
        for alias in self.aliases:
            yield alias, None
        for former in self.former:
            yield former.name, former
            for alias in former.aliases:
                yield alias, former


@dataclass(frozen=True, slots=True)
class DepartmentMatch:
    """A registry hit: the department, and the former name the written name belongs to, if it is one."""

    department: Department
    former: FormerName | None = None

    @property
    def name(self) -> str:
        """The full name the written name stands for: a former name, or the current one."""
        return self.former.name if self.former else self.department.canonical

    @property
    def is_former(self) -> bool:
        """Whether the written name is one the department no longer bears."""
        return self.former is not None


@dataclass(frozen=True, slots=True)
class AliasRule:
    """A rewrite of a written name into another name to look up (`[[rule]]` in a registry file)."""

    pattern: re.Pattern[str]
    replace: str
    region: str | None = None  # the rule applies only to documents of this region
    as_region: str | None = None  # the new name is looked up as a name of this region

    def apply(self, key: str, region: str | None) -> tuple[str, str | None] | None:
        """The normalised name and region to look up instead, or None when the rule does not apply."""
        if self.region is not None and region != self.region:
            return None
        match = self.pattern.fullmatch(key)
        if match is None:
            return None
        groups = {name: value or "" for name, value in match.groupdict().items()}
        return normalize_name(self.replace.format_map(groups)), self.as_region or region


# Full-width ASCII (letters, digits, brackets, punctuation) to half-width; the ideographic space goes.
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: None}
_WHITESPACE = re.compile(r"\s+")
_TO_NORMALIZE = re.compile(r"[\uff01-\uff5e\s]")  # what the two steps below change (\s holds \u3000)


@lru_cache(maxsize=8192)  # documents repeat the same few dozen names many times over
def normalize_name(name: str) -> str:
    """The lookup key of a written name: half-width brackets and letters, no whitespace."""
    if _TO_NORMALIZE.search(name) is None:  # most names: one scan instead of a translation and a substitution
        return name
    return _WHITESPACE.sub("", name.translate(_HALF_WIDTH))


# A national body's name is tied to national documents only when a local body could bear it too:
# a bare 统计局, 发展改革委, 扶贫办 or 人民银行 in a county's document is the county's own.
# Ministries (部), 署, 总局 and the 国家/中国/中央… names are unmistakable anywhere.
_NATIONAL_PREFIX = re.compile(r"(?:国家|国务院|中华|中国|中共中央|中央|全国|最高|共青团中央)")
_LOCALLY_SHARED_END = re.compile(r"(?:(?<!总)局|委|办|行)$")


def _carries_region(key: str, region: str) -> bool:
    """Whether the name identifies its body wherever it is written (else only in documents of `region`)."""
    if region == NATIONAL:
        return _NATIONAL_PREFIX.match(key) is not None or _LOCALLY_SHARED_END.search(key) is None
    return region in key


class DepartmentRegistry:
    """Departments by every name they are written with, each name scoped to the documents it is valid in."""

    def __init__(self, departments: Iterable[Department], rules: Iterable[AliasRule] = ()) -> None:
        self._departments = tuple(departments)
        self._rules = tuple(rules)
        self._anywhere: dict[str, DepartmentMatch] = {}
        self._regional: dict[tuple[str, str], DepartmentMatch] = {}
        self._memo: dict[tuple[str, str | None], DepartmentMatch | None] = {}
        owners: dict[str, list[tuple[str | None, Department]]] = {}
        for department in self._departments:
            for written, former in department.written_names():
                self._index(normalize_name(written), DepartmentMatch(department, former), owners)

    def _index(
        self, key: str, match: DepartmentMatch, owners: dict[str, list[tuple[str | None, Department]]]
    ) -> None:
        department = match.department
        scope = None if _carries_region(key, department.region) else department.region
        for other_scope, other in owners.get(key, ()):
            # A name valid anywhere would shadow the same name in any region, so it clashes with all of them.
            if other is not department and (scope is None or other_scope is None or scope == other_scope):
                raise RegistryError(f"“{key}” names both {other.canonical} and {department.canonical}")
        owners.setdefault(key, []).append((scope, department))
        if scope is None:
            self._anywhere.setdefault(key, match)
        else:
            self._regional.setdefault((scope, key), match)

    @classmethod
    def load(cls, extra: Iterable[Path] = ()) -> DepartmentRegistry:
        """The shipped registry plus user files of the same schema, which add entries, aliases and rules."""
        shipped = resources.files("greenpolicy.core.data").joinpath(_SHIPPED).read_text(encoding="utf-8")
        builder = _Builder()
        builder.add(_parse_toml(shipped, _SHIPPED), _SHIPPED)
        for path in extra:
            builder.add(_parse_toml(path.read_text(encoding="utf-8"), str(path)), str(path))
        return cls(builder.departments, builder.rules)

    @classmethod
    def default(cls) -> DepartmentRegistry:
        """The shipped registry, loaded once per process."""
        return _default_registry()

    @property
    def departments(self) -> tuple[Department, ...]:
        """Every entry, in file order."""
        return self._departments

    @property
    def rules(self) -> tuple[AliasRule, ...]:
        """The alias rules, shipped ones first, in file order."""
        return self._rules

    def __len__(self) -> int:
        return len(self._departments)

    def __iter__(self) -> Iterator[Department]:
        return iter(self._departments)

    def lookup(self, name: str, *, region: str | None) -> Department | None:
        """The department `name` stands for in a document of `region` (None: region unknown), or None."""
        match = self.lookup_match(name, region=region)
        return match.department if match else None

    def lookup_match(self, name: str, *, region: str | None) -> DepartmentMatch | None:
        """Like `lookup`, and tells whether `name` is a former name of the department."""
        key = normalize_name(name)
        memo_key = (key, region)
        if memo_key in self._memo:
            return self._memo[memo_key]
        found = self._resolve(key, region, set())
        if len(self._memo) >= _MEMO_LIMIT:
            # A long-running process sees unbounded garbage names; the real ones are back within a document.
            self._memo.clear()
        self._memo[memo_key] = found
        return found

    def _find(self, key: str, region: str | None) -> DepartmentMatch | None:
        found = self._anywhere.get(key)
        if found is None and region is not None:
            found = self._regional.get((region, key))
        return found

    def _resolve(
        self, key: str, region: str | None, seen: set[tuple[str, str | None]]
    ) -> DepartmentMatch | None:
        """A direct hit, else the rules in file order, each new name going through the rules again."""
        found = self._find(key, region)
        if found is not None or len(seen) >= _MAX_REWRITES:
            return found
        seen.add((key, region))
        for rule in self._rules:
            rewritten = rule.apply(key, region)
            if rewritten is None or rewritten in seen:
                continue
            found = self._resolve(*rewritten, seen)
            if found is not None:
                return found
        return None


@cache
def _default_registry() -> DepartmentRegistry:
    return DepartmentRegistry.load()


def _parse_toml(text: str, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RegistryError(f"{source}: {error}") from error


class _Builder:
    """Entries and rules gathered from registry files in order; a known canonical gains the new aliases."""

    def __init__(self) -> None:
        self._entries: dict[str, Department] = {}  # by normalised canonical name, in file order
        self.rules: list[AliasRule] = []

    @property
    def departments(self) -> list[Department]:
        return list(self._entries.values())

    def add(self, data: Mapping[str, Any], source: str) -> None:
        _check_keys(data, {"department", "rule"}, source)
        for index, entry in enumerate(_tables(data, "department", source), start=1):
            self._add_entry(entry, f"{source}: department {index}")
        for index, entry in enumerate(_tables(data, "rule", source), start=1):
            self.rules.append(_rule(entry, f"{source}: rule {index}"))

    def _add_entry(self, entry: Mapping[str, Any], where: str) -> None:
        canonical = _text(entry, "canonical", where)
        known = self._entries.get(normalize_name(canonical))
        if known is None:
            self._entries[normalize_name(canonical)] = _department(entry, where)
            return
        _check_keys(entry, _DEPARTMENT_KEYS, where)
        for key in ("short", "level", "kind", "region"):
            if key in entry and entry[key] != getattr(known, key):
                raise RegistryError(
                    f"{where}: {canonical} is already known with {key} = {getattr(known, key)!r}"
                )
        self._entries[normalize_name(canonical)] = dataclasses.replace(
            known,
            aliases=known.aliases + _texts(entry, "aliases", where),
            former=known.former + _formers(entry, where),
        )


_DEPARTMENT_KEYS = {"canonical", "short", "aliases", "level", "kind", "region", "former"}
_FORMER_KEYS = {"name", "until", "aliases"}
_RULE_KEYS = {"pattern", "replace", "region", "as_region"}


def _department(entry: Mapping[str, Any], where: str) -> Department:
    _check_keys(entry, _DEPARTMENT_KEYS, where)
    return Department(
        canonical=_text(entry, "canonical", where),
        short=_optional_text(entry, "short", where),
        aliases=_texts(entry, "aliases", where),
        level=_choice(DepartmentLevel, entry, "level", where),
        kind=_choice(DepartmentKind, entry, "kind", where),
        region=_text(entry, "region", where),
        former=_formers(entry, where),
    )


def _formers(entry: Mapping[str, Any], where: str) -> tuple[FormerName, ...]:
    formers = entry.get("former", [])
    if not isinstance(formers, list) or not all(isinstance(item, dict) for item in formers):
        raise RegistryError(f"{where}: former must be a list of {{ name, until, aliases }} tables")
    result = []
    for item in formers:
        _check_keys(item, _FORMER_KEYS, f"{where}, former")
        result.append(
            FormerName(
                name=_text(item, "name", f"{where}, former"),
                until=_day(item.get("until"), f"{where}, former"),
                aliases=_texts(item, "aliases", f"{where}, former"),
            )
        )
    return tuple(result)


def _rule(entry: Mapping[str, Any], where: str) -> AliasRule:
    _check_keys(entry, _RULE_KEYS, where)
    try:
        pattern = re.compile(_text(entry, "pattern", where))
    except re.error as error:
        raise RegistryError(f"{where}: pattern: {error}") from error
    replace = _text(entry, "replace", where)
    fields = {field for _, field, _, _ in string.Formatter().parse(replace) if field is not None}
    if not fields <= set(pattern.groupindex):
        raise RegistryError(
            f"{where}: replace uses {sorted(fields - set(pattern.groupindex))}, not groups of pattern"
        )
    return AliasRule(
        pattern=pattern,
        replace=replace,
        region=_optional_text(entry, "region", where),
        as_region=_optional_text(entry, "as_region", where),
    )


def _tables(data: Mapping[str, Any], key: str, source: str) -> list[Mapping[str, Any]]:
    tables = data.get(key, [])
    if not isinstance(tables, list) or not all(isinstance(table, dict) for table in tables):
        raise RegistryError(f"{source}: {key} must be written as [[{key}]] tables")
    return tables


def _check_keys(table: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = set(table) - allowed
    if unknown:
        raise RegistryError(f"{where}: unknown key(s) {sorted(unknown)}")


def _text(table: Mapping[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RegistryError(f"{where}: {key} must be a non-empty string")
    return value.strip()


def _optional_text(table: Mapping[str, Any], key: str, where: str) -> str | None:
    return _text(table, key, where) if key in table else None


def _texts(table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    values = table.get(key, [])
    if not isinstance(values, list) or not all(isinstance(value, str) and value.strip() for value in values):
        raise RegistryError(f"{where}: {key} must be a list of non-empty strings")
    return tuple(value.strip() for value in values)


def _choice[E: StrEnum](enum: type[E], table: Mapping[str, Any], key: str, where: str) -> E:
    value = _text(table, key, where)
    try:
        return enum(value)
    except ValueError:
        raise RegistryError(f"{where}: {key} must be one of {[member.value for member in enum]}") from None


def _day(value: object, where: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value  # a TOML date (until = 2023-07-20) arrives as a date already
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise RegistryError(f"{where}: until must be a date, YYYY-MM-DD")


# --- Does a piece of a department list name an organisation? ----------------------------------------------

_MAX_NAME_LENGTH = 30
_TWO_CHARACTER_BODIES = frozenset(
    {"团委", "党委", "纪委", "海关", "妇联", "残联", "侨联", "文联", "科协", "人行", "央行", "国办", "各地"}
    # every village, town, city, county or province, charged together (各村要做好排查, 各市要动态监测…, 各省应…)
    | {"各村", "各镇", "各乡", "各市", "各县", "各区", "各州", "各省"}
    | {"省委", "市委", "县委", "区委", "州委"}
    # a level's commission or office, named short
    | {"农委", "经委", "计委", "建委", "科委", "教委", "侨办", "台办", "外办", "法院", "工会"}
    | {"移动", "联通", "电信", "铁塔"}  # the telecom operators, as lists name them (移动、联通、电信公司)
    # every school, hospital or bank the text is about (各县区、学校要…, 通讯运营商、银行加强…)
    | {"学校", "医院", "银行", "乡镇", "街道", "各校", "街镇", "镇街"}
)
# A department named by its field alone, two characters, as lists write them (发改、财政、环保等部门; 区工商、环保、
# 公安、卫生和交通等部门): read as units only where the field names an office of government.
_FIELDS_WRITTEN_SHORT = frozenset(
    {"发改", "经信", "工信", "财政", "税务", "审计", "统计", "商务", "市监", "工商", "质监", "药监", "物价"}
    | {"环保", "生态", "住建", "城管", "规划", "国土", "自规", "交通", "水利", "水务", "农业", "林业", "农委"}
    | {"公安", "司法", "民政", "人社", "卫健", "卫生", "教育", "教体", "文旅", "文广", "体育", "应急", "安监"}
    | {"消防", "交警", "气象", "环卫", "供电", "人防", "宣传", "网信", "信访", "残联", "科技", "供销"}
    | {"人保", "劳动", "人事", "民宗", "旅游", "铁路", "电力", "邮政", "农牧", "监察", "粮食", "广电"}
)
_BRACKETED = re.compile(r"\([^()]*\)|<[^<>]*>")  # 各县(市、区)政府, 各县<市、区>人民政府
_LEVELS_JOINED = re.compile(
    r"(?<=[省市县区乡镇道村])、(?=[省市县区乡镇街居]|社区|村两?级|园区)"
)  # (各区镇、园区)
# 镇党委、政府: the place's government after its Party committee, one name with it
_GOVERNMENT_AFTER = re.compile(r"(?<=党委)、(?:人民)?政府$")
_KIND_AFTER = re.compile(r"、各?(?:有关|相关)?(?:单位|部门|机构)$")
_COUNTED = re.compile(r"^(?:全[省市县区])?\d{1,3}个(?=[\u4e00-\u9fff])")
# 志愿者工作部由团省委: a part of the work and the unit it is given to, not a name (but 自由贸易试验区)
BY_WHOM = re.compile(r"(?<!自)由")
# Marks and words no name holds: punctuation, digits, 是否 (门票价格是否执行政府…: a question, not a name), 均需
# (以下均需各县(市)区政府落实: a rule), what a speaker does or a text makes clear (县住建局着重强调各物业企业…,
# 江苏省明确住建部门负责…), what the work answers to (镇、村两级河长按照所负责的河道,…) and how often the work is done
# (县交通运输局每月向…办公室报送…), nor the head a unit sends (市农业局副局长胡建勇到会指导: a person)
_PROGRAMME_FIRST = re.compile(r"^“[^”]{1,10}”(?=各|有关|相关)")
_QUOTED_PROGRAMME = re.compile(r"(?<=[\u4e00-\u9fff])“([\u4e00-\u9fff]{1,10})”(?=[\u4e00-\u9fff])")
_NOT_IN_A_NAME = re.compile(
    r"[,.;:!?。、“”‘’\"《》<>\d]|是否|均需|就是|适用于|要求|责成|强调|指出|明确|按照|一定|每(?:月|周|年|天|日|季度|半年)|[局厅处科]长"
)
# 三年以内乡镇卫生院要…, 今年各学校要…: when, then who; the time is no part of a name
_TIME_START = re.compile(
    r"[一二三四五六七八九十两半\d]+(?:个)?[年月](?:以内|之内|内|以来|来|底|前|后)|今年|明年|年内|年底|近期|当前"
)
_ACTION_START = re.compile(
    r"(?:负责|加快|推进|推动|建立|健全|完善|加强|落实|持续|做好|配合|协助|协同|牵头(?!主办单位|承办单位)|协调|督促|指导|按|由|会同|依托|鼓励|引导"
    r"|实施|开展|深化|强化|支持|积极|严格|全面|进一步|确保|提高|提升|促进|制定|拟定|受理|通报|通知|申请|听取"
    r"|精心|认真|切实|及时|全力|努力|大力|着力|务必|尽快|抓好|要(?!素)|应当|必须"  # how the work is done
    r"|谋划|筹建|组建|新建|打造|创建|培育|设立|成立|共建|争创|申报|探索|建成|启用|新增|完成|明确"  # 谋划共建…研究院: work
    # 建设快递物流产业中心将…: the work (not 建设局, 建设单位, 建设项目监察大队)
    r"|建设(?![局厅委部]|单位|银行|主管|行政|项目))"
    r"|以|围绕|针对|通过"  # 要求以…工作获国务院督查激励为契机,…: what the work is done by or for, no one's name
    r"|在(?=各|有关|相关)"  # 在各部门积极讨论后: where something happened, not who
    r"|根据|依据|依照"  # 根据国家禁毒委员会办公室…制定的《规划》: what the work answers to
    r"|的"  # …要求的要严查重处: the end of a phrase, never a name's start
    # 并协助有关部门, 联合相关部门, 与城区中小学校, 并听取了…: whom the work is done with, or whom a meeting heard
    r"|并(?=协助|配合|会同|听取)|联合(?=有关|相关|各)|与"
    r"|经(?=[省市县区乡镇])"  # 经县级文化和旅游部门会同…: by whom the work passes, not a name
    r"|[一二三四五六七八九十]{1,2}是"  # 三是落实防范措施物业公司: a leader's point, its heading run into the name
)
_ORGANISATION_END = re.compile(
    r"(?:委员会|办公室|管委会|中心|政府|集团|公司|银行|运营商|[分支]行|海关|小组|工作组|专班|联席会议|党校|团中央|电视台|大学|[^中]小学|中学|幼儿园|新区|开发区|经开区|高新区"
    r"|(?:妇|残|侨|文|工商|社科)联|科协|团委|共青团|人行|[委局厅部办院署会社处室所站队司科股]|(?:科技|图书|博物|文化|档案|纪念|美术|体育)馆|(?:气象|天文|地震|广播电)台"
    # 县污水处理厂, 国有林场, 中储粮…直属库: works a county or the state runs; 鄂州球团厂: a plant named with its place
    # (not 加工厂)
    r"|(?:督导|执法|监管|监察|监督|检疫|控制|监测|救援|金融|定点医药|定点医疗|经办|消防)机构|中小学校?|(?:处理|自来水|水|电)厂|[\u4e00-\u9fff]{4}厂|林场|种畜场|直属库|粮库"
    r"|警备区|军分区"  # the garrison's command (沈阳警备区), as its 人武部 is
    r"|(?:新闻|各类|主流)媒体"  # the press, charged together (各类媒体要积极承担…)
    r"|(?<=[省市县区州镇乡国])(?:人大|政协)"  # a level's people's congress or political consultative conference (区人大)
    # the companies of a trade, or of a stage of it, charged together: 物业企业, 燃气企业要…, 家政企业, 烟花爆竹批发企业
    r"|(?:物业(?:服务)?|燃气|供热|供水|供电|电力|通信|施工|餐饮|旅游|家政(?:服务)?|批发|零售|生产|运输|国有[\u4e00-\u9fff]{0,4})企业"
    r"|(?:企事业|事业|生产经营|经营)单位"  # 文广体旅企事业单位, 生产经营单位: the units of a sector, charged together
    # the units of a part in a trade's work (电梯使用单位, 维保单位, 施工单位, 检验机构), the institutions of a regulated
    # trade (医疗机构, 养老机构, 不动产登记机构) and the bodies managing the rural economy (农业经济管理机构)
    r"|(?:使用|维保|维护保养|施工|建设|监理|设计|勘察|产权|物业|处置|生产|安装)单位|(?:检验|检测|培训|医疗(?:卫生)?|养老|经济管理|登记)机构"
    r"|集体经济组织"  # 村集体经济组织, 农村集体经济组织: a village's collective, charged with its assets
    # a bank named short (农发行, 工行), a working group named for its work (市专家指导组, 督导组)
    r"|(?:农发|[农工建中交])行|(?:指导|督导|专家|联络|协调)组"
    # the working groups a plan sets up (科普宣传组负责…, 后勤保障组, 文艺演出组), not the teams out inspecting
    r"|(?:活动|演出|展览|后勤|服务|保障|宣传|接待|会务|秘书|综合|安保|材料)组"
    # 公安机关, 各级兵役机关 (not the campaign 宪法进机关, nor a page's field 政策咨询机关:, 发文机关:)
    r"|(?<![进询布文])机关"
    # the members of a body: 领导小组成员单位, 市爱卫会各成员单位, 市森林防火指挥部其他成员
    r"|(?:小组|委员会|会|委|办|指挥部)(?:各?成员单位|其他成员(?:单位)?))$"
)
_ACTION_OFFICE = re.compile(r"[\u4e00-\u9fff]{2,3}(?:科|股|办|站|中心)")
# 各餐饮场所, 各收购库点, 各助餐点: whoever runs each place of the kind (not 各重点, 各难点: points of the work)
_EVERY_PLACE_OF_A_KIND = re.compile(
    r"各(?:[\u4e00-\u9fff]{2,6}场所|[\u4e00-\u9fff]{1,4}(?<![重要难热焦特亮观节起终试])点)"
)
_COMMON_WORD_END = re.compile(
    r"(?:社会|机会|体会|干部|全部|内部|外部|局部|[东西南北中]部|格局|布局|大局|全局|开局|结局|部署|签署|场所|厕所|(?<!各)网站"
    r"|[好之到各难用益实]处|大厅|教室|(?:小城|小|重点|中心|建制|(?:^|小|中心|农村|乡村|重点)集|示范|名|古|特色|[\u4e00-\u9fff]{2}城|[新大全各]城)镇"
    r"|[城家下回返山水故异老农他梦入]乡|(?:城市|主要|沿线|周边|附近|两侧|道路|背街|小巷|城区)街道"
    r"|(?:智慧|和谐|文明|示范|美丽|平安|绿色|完整|老旧|无烟|健康|幸福|城市|农村|城乡|新型|试点|重点|全域)[社片]区"
    r"|(?<!各)(?:[农乡山渔新古旧]|城中|示范|美丽|文明|幸福|和美|宜居|传统|行政|自然|贫困|重点|试点)村"  # (各行政村: every one)
    r"|(?:步行|商业|美食|小吃|特色|文化|风情|历史|街|老|古|大|主|后|背|沿)街"
    # a meeting or an event, not a body: 新闻发布会, 项目推进会, 运动会, 灯会 (not 人民代表大会, 妇女联合会)
    r"|(?:发布|座谈|推进|调度|动员|培训|现场|交流|洽谈|博览|研讨|见面|茶话|听证|评审|论证|通报|部署|总结|年|晚|例|运动|交易|展览|展销|推介|联欢|庙|灯|工作)会)$"
)
# Units named by their part in the work, as notices on plans and standards name them: 行业主管部门, 归口单位,
# 项目承担单位, 主要起草单位, notices on events: 部内主办单位, 归口管理单位, and audits: 被审计单位, 被审计对象.
# (or by where the work stands: 河流所属乡镇, 河道(段)所在乡镇(街道))
_UNIT_BY_ROLE = re.compile(
    r"(?:主管部门|归口单位|承担单位|起草单位|实施单位|主办单位|管理单位|任务(?:牵头|责任)单位|(?:团|党)组织|(?:开办|管理|经营)方|(?:所属|所在地?)(?:乡镇|乡|镇|街道|县|区|村居?|社区)"
    r"|^被(?:审计|检查|督查|巡察)(?:单位|对象))$"
)
# The chief a river, lake or forest system puts at a level, and the posts a level puts people in: both charged with
# duties as units are (parsing reads headings of their duties with these too)
CHIEF = r"(?:河湖|河|湖|林|路|田)长"
POST = r"(?:网格员|网格长|管理员|专管员|协管员|联络员|信息员|巡查员|护林员)"
# 各级河长, 乡级河长, 县乡河长, 镇、村两级河长, 各级林长 (not 河长 alone, a post a person holds)
_CHIEFS_OF_A_LEVEL = re.compile(
    r"^(?:全[省市县区镇乡])?各?(?:各级|[省市县区乡镇村]{1,3}两级|[省市县区乡镇村]{1,2}级|[县市区乡镇村]{1,2})"
    rf"总?{CHIEF}$"
)
# 基层网格员(长), 镇级管理员, 河道专管员 (not the post alone, 联络员, a roster's field)
_POST_HOLDERS = re.compile(
    rf"^(?:基层|各级|[省市县区乡镇村]级|各|专职|兼职)?[\u4e00-\u9fff]{{0,4}}(?<=[\u4e00-\u9fff]){POST}$"
)
# A department named by its field and its level: 县公安部门, 市卫生计生部门 (not 市场部门, 县级部门); or by its field
# alone: 水利部门, 交通运输部门, 市场监管部门 (not 发布部门 of a page's fields, 业务部门, 职能部门).
# (a sector's institutions too: 市、县广播电视播出机构, 法律援助机构, 国防交通主管机构; not the nurseries a plan sets up,
# 托育机构, whom the work is for)
_LOCAL_DEPARTMENT = re.compile(
    r"^(?:[省市县区](?!级|直|属|场)|(?!发布|发文|业务|职能|牵头|配合|责任|归口|其他|下属|市场(?!监)|[省市县区][直级属]))"
    r"[\u4e00-\u9fff]{2,10}(?:部门|(?<!托育)(?<!组织)机构)$"
)
# A level's cadres, called on as its units are: 村干部, 镇村两级干部, 村两委干部, 街道社区干部, 联村干部 (not 领导干部 or
# 党员干部, people of a rank or a party, whom the work is of)
_CADRES_OF_A_LEVEL = re.compile(r"^各?(?:[县区乡镇村]|街道|社区|两级|两委|联村|包村|驻村)+干部$")
# The units a level runs directly, as its documents call on them all: 县直部门, 区直机关各单位, 市直及驻许单位, 市直属学校
_DIRECT_UNITS = re.compile(
    r"^(?:相关|有关)?[省市县区州盟旗]直?属?(?<=[直属])(?:及?驻[\u4e00-\u9fff]{1,2})?(?:机关|职能|行政)?(?:各|有关|相关|其他)?"
    r"(?:部门|单位|机关|学校)(?:单位)?$"
)
# a level with its like in brackets: 镇(街), 村(居、场)
_LEVEL_AND_ITS_LIKE = re.compile(
    r"(?:乡镇|镇|乡|村)\((?:街道?|居|社区|镇|场|办)(?:、[\u4e00-\u9fff]{1,4})*\)"
)
# A township, a street office (written short: 仁兴街), a community, a grid zone or a village of a town: 城关镇, 嵩阳街道,
# 西海社区, 第十片区, 山岔村, and a street office named for its side of town (西街道).
# every unit of a sector, as its own documents call on them: 全系统, 全省市场监管系统
_WHOLE_SYSTEM = re.compile(r"全(?:[省市县区][\u4e00-\u9fff]{0,6})?系统")
_TOWNSHIP = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}(?:镇|乡|街道|街|社区|片区|村)|[东西南北中]街道)$")
# A collective may name whose units it means first: 国务院有关部门, 区直各部门, 市属各单位, 地方各级公安部门.
_COLLECTIVE_START = re.compile(
    r"(?:(?:国务院|地方|全[省市县区镇乡]|辖区|[省市县区州盟旗镇乡](?:直|属|政府|人民政府)?)?(?:各|有关|相关|其他|所有|每个)|市级|区级|县级|省级|区县|[局厅委](?:属|直))"
)
_COLLECTIVE_END = re.compile(
    r"(?:部门|单位|区县|省|县|区|市|州|乡镇|乡|镇|街道|社区|学校|幼儿园|机构|企业|村居|村|队伍|网站)$"
)
# Units of a kind named by what sets them apart (个别仓容紧张的县(市、区), 山区的养老机构, 有条件的敬老院): the
# text charges those of the kind, and annotators keep the whole phrase as the unit.
# (the kind may be any unit's name too: 尚未完成清理整治工作的各省份水行政主管部门)
_QUALIFIED_UNIT = re.compile(
    r"[\u4e00-\u9fff]{2,14}的"
    r"(?:省份|县|县区|区县|乡镇|街道|社区|村|(?![为是])[\u4e00-\u9fff]{0,6}(?:部门|单位|学校|幼儿园|机构|企业|敬老院|养老院|医院))"
)
_QUALIFIER = re.compile(r"[\u4e00-\u9fff]{2,14}")
_NOT_A_QUALIFIER = re.compile(r"[要应须将由把被对在按凡经从]|^为|其中|以及")


@lru_cache(maxsize=8192)
def looks_like_department(name: str) -> bool:
    """Whether a piece of a department list reads as an organisation or a collective, not prose or a name."""
    key = normalize_name(name)
    if not 2 <= len(key) <= _MAX_NAME_LENGTH:
        return False
    if _LEVEL_AND_ITS_LIKE.fullmatch(key):  # 镇(街)负责…, 村(居)…: each unit of the level, as 各镇(街) says
        return True
    if len(key) == 2:
        # Two characters are a person's name far more often than a body, or a field's department written short.
        return key in _TWO_CHARACTER_BODIES or key in _FIELDS_WRITTEN_SHORT
    if key.count("(") != key.count(")"):
        return False  # 各县(市 of 各县(市、区): a name cut inside its brackets
    # 、 inside brackets belongs to the name: 各县(市、区)政府.
    bare = _BRACKETED.sub("", key) if "(" in key or "<" in key else key  # keys hold half-width brackets only
    if bare.startswith("“"):  # “河长制”各责任单位: the units of a programme, named by its quoted name
        bare = _PROGRAMME_FIRST.sub("", bare)
    if "“" in bare:  # 市“双拥”办, 县“厕所革命”指挥部办公室: a unit named for its programme, in quotes
        bare = _QUOTED_PROGRAMME.sub(r"\1", bare)
    if (counted := _COUNTED.match(bare)) is not None:  # 13个街道、镇: every unit of a kind, counted
        bare = f"各{bare[counted.end() :]}"
    # 、 between levels belongs to the name too (各县、区人民政府), as before a kind of unit (各乡镇、单位)
    if "、" in bare:
        bare = _KIND_AFTER.sub("", _LEVELS_JOINED.sub("", _GOVERNMENT_AFTER.sub("", bare)))
    # 促进科, 推进办: an office named for its work
    if _ACTION_START.match(bare) and _ACTION_OFFICE.fullmatch(bare):
        return True
    if _EVERY_PLACE_OF_A_KIND.fullmatch(bare) or _CADRES_OF_A_LEVEL.match(bare):  # 各餐饮场所要…, 村干部要…
        return True
    if "的" in bare:  # 有条件的敬老院: units set apart by what the phrase says of them, or no name
        return _is_qualified_unit(bare)
    if (
        _NOT_IN_A_NAME.search(bare)
        or BY_WHOM.search(bare)
        or _ACTION_START.match(bare)
        or _COMMON_WORD_END.search(bare)
        or _TIME_START.match(bare)
    ):
        return False
    if (
        _ORGANISATION_END.search(bare)
        or _WHOLE_SYSTEM.fullmatch(bare)
        or _TOWNSHIP.match(bare)
        or _LOCAL_DEPARTMENT.match(bare)
        or _UNIT_BY_ROLE.search(bare)
        or _CHIEFS_OF_A_LEVEL.match(bare)
        or _POST_HOLDERS.match(bare)
        or _DIRECT_UNITS.match(bare)
    ):
        return True
    return _COLLECTIVE_START.match(bare) is not None and _COLLECTIVE_END.search(bare) is not None


def _is_qualified_unit(bare: str) -> bool:
    """Whether a name with 的 names units set apart by what it says of them: 有条件的敬老院, 尚未完成清理整治工作的各省份
    水行政主管部门 (not 对达到办园标准的无证幼儿园, the work done to them)."""
    qualifier, _, kind = bare.rpartition("的")
    if _QUALIFIED_UNIT.fullmatch(bare) is None and not (kind and looks_like_department(kind)):
        return False
    return (
        _QUALIFIER.fullmatch(qualifier) is not None
        and _NOT_A_QUALIFIER.search(qualifier) is None
        and _ACTION_START.match(qualifier) is None
    )


# --- Which region's short forms does a document use? ----------------------------------------------------

# Document numbers: 渝 is Chongqing; national numbers start with the State Council's or a ministry's
# prefix. Only prefixes that no local government's abbreviation shares are listed (商, 建, 环, 交 are
# also cities' or counties').
_CHONGQING_NUMBER = re.compile(r"渝")
_NATIONAL_NUMBER = re.compile(
    r"(?:国|中发|中办|发改|工信部|人社部|自然资|财|教|文旅|银发|银保监|证监|税总|署|民发|司发|公通|医保|应急)"
)
_NATIONAL_BODY = re.compile(r"(?:国务院|中共中央|中央|国家|中华人民共和国|全国)")
_PLACE = re.compile(
    r"(?:中共)?(?P<place>[\u4e00-\u9fff]{2,4}?)(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市|县)"
)


def detect_region(
    *,
    issuers: Sequence[str],
    doc_number: str | None,
    title: str | None,
    registry: DepartmentRegistry | None = None,
) -> str | None:
    """The region whose short forms the document uses: 重庆, 全国, the issuer's place, or None.

    In order: the document number (渝… → 重庆, 国发/国办发/发改… → 全国); each issuer (a registry
    name valid anywhere gives its region; 国务院…, 国家…, 中央… give 全国; otherwise the innermost
    省/市/县 it names: 丽水市人民政府 → 丽水); the title's issuer part before 关于, read the same way.
    """
    if doc_number:
        number = normalize_name(doc_number)
        if _CHONGQING_NUMBER.match(number):
            return "重庆"
        if _NATIONAL_NUMBER.match(number):
            return NATIONAL
    registry = registry or DepartmentRegistry.default()
    names = list(issuers)
    if title and "关于" in title:
        names.append(title.split("关于", 1)[0])
    for name in names:
        region = _region_of_issuer(normalize_name(name), registry)
        if region is not None:
            return region
    return None


def _region_of_issuer(name: str, registry: DepartmentRegistry) -> str | None:
    if not name:
        return None
    known = registry.lookup(name, region=None)
    if known is not None:
        return known.region
    if _NATIONAL_BODY.match(name):
        return NATIONAL
    place = None
    position = 0
    # The innermost place wins: 浙江省丽水市人民政府 uses 丽水's short forms.
    while (match := _PLACE.match(name, position)) is not None:
        place = match["place"]
        position = match.end()
    return place
