"""The department registry: shipped data, region-aware lookup, former names, rules, user files, heuristics."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from greenpolicy.core.departments import (
    NATIONAL,
    DepartmentKind,
    DepartmentLevel,
    DepartmentRegistry,
    RegistryError,
    detect_region,
    looks_like_department,
    normalize_name,
)

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "shared_eval"

# The seed's departments with the full names given in docs/domain.md ("Departments in the seed").
SEED_FULL_NAMES = {
    "市发展改革委": "重庆市发展和改革委员会",
    "市科技局": "重庆市科学技术局",
    "市经济信息委": "重庆市经济和信息化委员会",
    "市生态环境局": "重庆市生态环境局",
    "市市场监管局": "重庆市市场监督管理局",
    "市规划自然资源局": "重庆市规划和自然资源局",
    "市城市管理局": "重庆市城市管理局",
    "市水利局": "重庆市水利局",
    "市商务委": "重庆市商务委员会",
    "市高法院": "重庆市高级人民法院",
    "市检察院": "重庆市人民检察院",
    "市公安局": "重庆市公安局",
    "市司法局": "重庆市司法局",
    "市财政局": "重庆市财政局",
    "市能源局": "重庆市能源局",
    "市交通局": "重庆市交通局",
    "市农业农村委": "重庆市农业农村委员会",
    "市住房城乡建委": "重庆市住房和城乡建设委员会",
    "市国资委": "重庆市国有资产监督管理委员会",
    "市供销合作社": "重庆市供销合作社",
    "市邮政管理局": "重庆市邮政管理局",
    "重庆市税务局": "国家税务总局重庆市税务局",
    "人行重庆营管部": "中国人民银行重庆营业管理部",
    "市金融监管局": "重庆市地方金融监督管理局",
    "重庆银保监局": "中国银行保险监督管理委员会重庆监管局",
    "重庆证监局": "中国证券监督管理委员会重庆监管局",
    "民航重庆监管局": "中国民用航空重庆安全监督管理局",
    "重庆铁路办事处": "重庆铁路办事处",
}


def _gold(name: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((GOLD / name).read_text(encoding="utf-8"))
    return data


def _gold_departments(name: str) -> list[str]:
    tasks = _gold(name)["tasks"]
    assert isinstance(tasks, list)
    return sorted({department for task in tasks for department in task.get("departments", [])})


@pytest.fixture(scope="module")
def registry() -> DepartmentRegistry:
    return DepartmentRegistry.default()


# --- The shipped data ---


def test_shipped_registry_loads_chongqing_and_national_entries(registry: DepartmentRegistry) -> None:
    regions = {department.region for department in registry}
    assert {"重庆", NATIONAL} <= regions
    assert len(registry) > 100


def test_default_registry_is_loaded_once() -> None:
    assert DepartmentRegistry.default() is DepartmentRegistry.default()


def test_no_written_name_is_shared_by_two_entries_of_one_region(registry: DepartmentRegistry) -> None:
    owners: dict[tuple[str, str], str] = {}
    for department in registry:
        for written, _ in department.written_names():
            slot = (department.region, normalize_name(written))
            assert owners.setdefault(slot, department.canonical) == department.canonical, slot


def test_every_registry_name_looks_like_a_department(registry: DepartmentRegistry) -> None:
    for department in registry:
        for written, _ in department.written_names():
            assert looks_like_department(written), written


@pytest.mark.parametrize(("written", "full_name"), sorted(SEED_FULL_NAMES.items()))
def test_seed_department_resolves_to_its_full_name_in_domain_md(
    registry: DepartmentRegistry, written: str, full_name: str
) -> None:
    match = registry.lookup_match(written, region="重庆")
    assert match is not None
    assert match.name == full_name


def test_every_department_in_the_seed_gold_file_resolves_in_a_chongqing_document(
    registry: DepartmentRegistry,
) -> None:
    unknown = [
        name
        for name in _gold_departments("000_cd9fab2e894f8cca.json")
        if not registry.lookup(name, region="重庆")
    ]
    assert unknown == []


def test_every_body_in_the_state_council_gold_file_resolves_in_a_national_document(
    registry: DepartmentRegistry,
) -> None:
    names = [
        name for name in _gold_departments("02_guobanfa-2020-6-wen-jiuye.json") if name != "各有关部门和单位"
    ]
    unknown = [name for name in names if registry.lookup(name, region=NATIONAL) is None]
    assert unknown == []
    assert registry.lookup("各有关部门和单位", region=NATIONAL) is None


def test_national_short_forms_resolve_to_full_names(registry: DepartmentRegistry) -> None:
    expected = {
        "发展改革委": "国家发展和改革委员会",
        "人力资源社会保障部": "中华人民共和国人力资源和社会保障部",
        "卫生健康委": "中华人民共和国国家卫生健康委员会",
        "共青团中央": "中国共产主义青年团中央委员会",
        "中央军委政治工作部": "中央军事委员会政治工作部",
        "税务总局": "国家税务总局",
    }
    for written, full_name in expected.items():
        found = registry.lookup(written, region=NATIONAL)
        assert found is not None and found.canonical == full_name, written
        assert found.level is DepartmentLevel.NATIONAL


def test_entries_carry_level_and_kind(registry: DepartmentRegistry) -> None:
    court = registry.lookup("市高法院", region="重庆")
    agency = registry.lookup("重庆市税务局", region="重庆")
    district = registry.lookup("各区县（自治县）人民政府", region="重庆")
    assert court is not None and court.kind is DepartmentKind.COURT
    assert agency is not None and agency.kind is DepartmentKind.CENTRAL_AGENCY
    assert district is not None and district.level is DepartmentLevel.DISTRICT


# --- Region awareness ---


@pytest.mark.parametrize("region", ["丽水", NATIONAL, None])
def test_chongqing_short_form_does_not_resolve_outside_chongqing(
    registry: DepartmentRegistry, region: str | None
) -> None:
    assert registry.lookup("市发展改革委", region=region) is None
    assert registry.lookup("市发改委", region=region) is None


def test_short_forms_of_a_lishui_document_are_unknown(registry: DepartmentRegistry) -> None:
    resolved = [
        name
        for name in _gold_departments("07_lishui-2023-zhongdian-gongzuo-fenjie.json")
        if registry.lookup(name, region="丽水") is not None
    ]
    assert resolved == []


@pytest.mark.parametrize(
    "written", ["重庆市税务局", "重庆银保监局", "重庆市发展和改革委员会", "人行重庆营管部"]
)
@pytest.mark.parametrize("region", ["丽水", NATIONAL, None])
def test_names_that_carry_their_region_resolve_in_any_region(
    registry: DepartmentRegistry, written: str, region: str | None
) -> None:
    found = registry.lookup(written, region=region)
    assert found is not None and found.region == "重庆"


@pytest.mark.parametrize(
    "written", ["财政部", "国家发展和改革委员会", "市场监管总局", "审计署", "中国人民银行"]
)
@pytest.mark.parametrize("region", ["重庆", "丽水", None])
def test_unmistakable_national_names_resolve_in_any_region(
    registry: DepartmentRegistry, written: str, region: str | None
) -> None:
    found = registry.lookup(written, region=region)
    assert found is not None and found.region == NATIONAL


@pytest.mark.parametrize("written", ["统计局", "发展改革委", "人民银行", "扶贫办"])
def test_national_short_forms_a_local_body_could_bear_resolve_only_in_national_documents(
    registry: DepartmentRegistry, written: str
) -> None:
    assert registry.lookup(written, region=NATIONAL) is not None
    assert registry.lookup(written, region="霍山") is None
    assert registry.lookup(written, region=None) is None


def test_lookup_unifies_bracket_width_and_drops_whitespace(registry: DepartmentRegistry) -> None:
    full_width = registry.lookup("各区县（自治县）人民政府", region="重庆")
    assert full_width is not None
    assert registry.lookup("各区县(自治县)人民政府", region="重庆") is full_width
    assert registry.lookup(" 市发展 改革委\u3000", region="重庆") is registry.lookup(
        "市发展改革委", region="重庆"
    )


def test_normalize_name_turns_full_width_letters_and_brackets_half_width() -> None:
    assert normalize_name("ＡＢＣ（市、区）\u3000局") == "ABC(市、区)局"


# --- Former names ---


def test_former_name_resolves_to_the_current_entry_and_says_so(registry: DepartmentRegistry) -> None:
    match = registry.lookup_match("重庆银保监局", region="重庆")
    assert match is not None
    assert match.is_former
    assert match.department.canonical == "国家金融监督管理总局重庆监管局"
    assert match.name == "中国银行保险监督管理委员会重庆监管局"


def test_current_name_is_not_flagged_as_former(registry: DepartmentRegistry) -> None:
    match = registry.lookup_match("国家金融监督管理总局重庆监管局", region="丽水")
    assert match is not None
    assert not match.is_former
    assert match.name == "国家金融监督管理总局重庆监管局"


def test_name_on_a_day_follows_the_recorded_change_dates(registry: DepartmentRegistry) -> None:
    regulator = registry.lookup("银保监会", region=NATIONAL)
    assert regulator is not None
    assert regulator.name_on(date(2020, 3, 18)) == "中国银行保险监督管理委员会"
    assert regulator.name_on(date(2023, 5, 18)) == "国家金融监督管理总局"
    rural = registry.lookup("扶贫办", region=NATIONAL)
    assert rural is not None
    assert rural.name_on(date(2021, 2, 24)) == "国务院扶贫开发领导小组办公室"
    assert rural.name_on(date(2021, 2, 25)) == "国家乡村振兴局"


def test_local_financial_regulator_keeps_its_2020_name(registry: DepartmentRegistry) -> None:
    match = registry.lookup_match("市金融监管局", region="重庆")
    assert match is not None
    assert match.name == "重庆市地方金融监督管理局"
    assert match.department.canonical == "重庆市地方金融管理局"
    assert registry.lookup("重庆市地方金融监督管理局", region="丽水") is match.department


# --- Rules ---


def test_region_qualified_short_form_resolves_through_the_rule(registry: DepartmentRegistry) -> None:
    found = registry.lookup("重庆市发展改革委", region="丽水")
    assert found is not None and found.canonical == "重庆市发展和改革委员会"
    other = registry.lookup("重庆市卫健委", region=None)
    assert other is not None and other.canonical == "重庆市卫生健康委员会"


def test_full_name_without_its_chongqing_prefix_resolves_only_in_chongqing(
    registry: DepartmentRegistry,
) -> None:
    found = registry.lookup("市地方金融监督管理局", region="重庆")
    assert found is not None and found.canonical == "重庆市地方金融管理局"
    assert registry.lookup("市地方金融监督管理局", region="丽水") is None


def test_municipal_government_office_is_written_with_or_without_zhengfu(registry: DepartmentRegistry) -> None:
    assert registry.lookup("市外办", region="重庆") is registry.lookup("市政府外办", region="重庆")
    found = registry.lookup("市口岸物流办", region="重庆")
    assert found is not None and found.canonical == "重庆市人民政府口岸和物流办公室"


def test_collective_government_resolves_to_the_people_government_name(registry: DepartmentRegistry) -> None:
    found = registry.lookup("各区县（自治县）政府", region="重庆")
    assert found is not None and found.canonical == "各区县（自治县）人民政府"


# --- User files ---


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "extra.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_adds_an_entry_of_its_own_region(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
[[department]]
canonical = "丽水市发展和改革委员会"
short = "市发改委"
level = "municipal"
kind = "government"
region = "丽水"
""",
    )
    registry = DepartmentRegistry.load([path])
    lishui = registry.lookup("市发改委", region="丽水")
    chongqing = registry.lookup("市发改委", region="重庆")
    assert lishui is not None and lishui.canonical == "丽水市发展和改革委员会"
    assert chongqing is not None and chongqing.canonical == "重庆市发展和改革委员会"
    assert DepartmentRegistry.default().lookup("市发改委", region="丽水") is None


def test_user_entry_with_a_known_canonical_adds_its_aliases(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
[[department]]
canonical = "重庆市发展和改革委员会"
aliases = ["市发展和改革委"]
""",
    )
    registry = DepartmentRegistry.load([path])
    found = registry.lookup("市发展和改革委", region="重庆")
    assert found is not None and found.canonical == "重庆市发展和改革委员会"
    assert found.short == "市发展改革委"
    assert len(registry) == len(DepartmentRegistry.default())


def test_user_rule_rewrites_names(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
[[rule]]
pattern = "(?P<head>.+)牵头处"
replace = "{head}"
""",
    )
    registry = DepartmentRegistry.load([path])
    found = registry.lookup("市财政局牵头处", region="重庆")
    assert found is not None and found.canonical == "重庆市财政局"


def test_user_alias_already_owned_by_another_entry_of_the_region_is_rejected(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
[[department]]
canonical = "重庆市财政局"
aliases = ["市发改委"]
""",
    )
    with pytest.raises(RegistryError, match="市发改委"):
        DepartmentRegistry.load([path])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[[department]]\ncanonical = "X局"\nlevel = "city"\nkind = "government"\nregion = "X"',
            "level",
        ),
        ('[[department]]\ncanonical = "X局"\nlevel = "municipal"\nkind = "government"', "region"),
        ('[[department]]\ncanonical = "重庆市财政局"\nregion = "丽水"', "already known"),
        ('[[rule]]\npattern = "(?P<a>.+)局"\nreplace = "{b}"', "replace"),
        ('[[rule]]\npattern = "(局"\nreplace = "x"', "pattern"),
        ("[[department]\n", "extra.toml"),
        ('[[department]]\ncanonical = "X局"\nnickname = "X"', "nickname"),
    ],
)
def test_invalid_user_file_is_rejected_with_the_reason(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(RegistryError, match=message):
        DepartmentRegistry.load([_write(tmp_path, text)])


def test_former_name_dates_may_be_toml_dates_or_strings(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
[[department]]
canonical = "丙市甲局"
level = "municipal"
kind = "government"
region = "丙"
former = [{ name = "丙市乙局", until = 2019-01-01 }, { name = "丙市丁局", until = "2022-06-30" }]
""",
    )
    found = DepartmentRegistry.load([path]).lookup("丙市甲局", region=None)
    assert found is not None
    assert [former.until for former in found.former] == [date(2019, 1, 1), date(2022, 6, 30)]
    assert found.name_on(date(2020, 1, 1)) == "丙市丁局"


# --- looks_like_department ---


@pytest.mark.parametrize(
    "gold_file",
    [
        "000_cd9fab2e894f8cca.json",
        "02_guobanfa-2020-6-wen-jiuye.json",
        "07_lishui-2023-zhongdian-gongzuo-fenjie.json",
        "10_huoshan-kaifaqu-2025-zeren-qingdan.json",
    ],
)
def test_every_gold_department_looks_like_a_department(gold_file: str) -> None:
    missed = [name for name in _gold_departments(gold_file) if not looks_like_department(name)]
    assert missed == []


@pytest.mark.parametrize(
    "name",
    [
        "各区县（自治县）政府",
        "各县(市、区)人民政府",
        "各有关部门和单位",
        "各省级人民政府",
        "市级有关部门",
        "两江新区管委会",
        "重庆铁路办事处",
        "市委宣传部",
        "团委",
        "国家发展改革委资源节约和环境保护司",
        "国务院各部门",
        "区直各部门",
        "省直有关部门",
        "各县、区人民政府(管委会)",
        "人行武汉分行",
        "人行杭州中心支行",
        "市科技馆",
        "县图书馆",
        "城关镇",
        "牵头主办单位",  # a unit named for its part in an event, as 主办单位 is
        "镇(街)",  # each unit of a level, its like in brackets
        "村(居、场)",
        "射箭乡",
        "嵩阳街道",
        "新集镇",  # a town named for its market (集), as many in Anhui and Henan are
        "王集镇",
        "县委党校",
        "联合执法工作组",
        "各村",
        "各镇",
        "县人民代表大会",  # a body that is a meeting by name
        "部内主办单位",  # named by its part in an event
        "归口管理单位",
        "各乡镇、单位",  # a kind of unit after the name: every township and every unit
        "市直有关部门、单位",
        "各市",  # every city of a province, charged together (各市要动态监测…)
        "各州",
        "五月花社区",  # a place whose name begins with a month
        "各省",  # every province, as an article charges them (各省应按照…)
        "地方各级城市管理执法部门",  # every local level's department of a field
        "地方各级食品药品监管部门",
        "沈阳警备区",  # a garrison's command
        "公安机关",  # an organ of the state named by its kind
        "各级兵役机关",
        "各乡(镇、街道)",  # every township, its other levels in brackets
        "各检验检疫机构",  # an organ that inspects
        "市森林防火指挥部其他成员",  # a body's other members
        "各养老机构",  # every institution, school, kindergarten or company of a kind
        "各有关企业",
        "全镇各级各类学校(含托幼机构)",  # every unit of a kind in the whole town
        "全市各部门",
        "各村、居(社区)",  # every village and residents' committee
        "学校",  # every school the text is about (各县区、学校要…)
        "乡镇",  # every township or street office the text is about (乡镇要…, 街道负责…)
        "街道",
        "各省(区、市)",  # every province, its like in brackets
        "全市所有民政服务机构",  # every unit of a kind in a whole city
        "通信运营商",  # the telecom operators and the banks, as anti-fraud work names them
        "三大电信运营商",
        "银行",
        "河流所属乡镇",  # the townships where the work stands
        "河道(段)所在乡镇(街道)",
        "辖区各村居",  # every village of the area
        "“河长制”各责任单位",  # the units of a programme, named by its quoted name
        "全系统",  # every unit of a sector, as its own documents call on them
        "县防溺水工作联席会议",  # a joint meeting of departments, a body with duties of its own
        "各餐饮场所",  # whoever runs each place of a kind (各餐饮场所要加强自查自纠)
        "消防救援机构",  # an organ that rescues, as one that inspects
        "物业服务企业",  # the companies of a trade charged together (物业企业应当…, 燃气企业要…)
        "燃气企业",
        "全省市场监管系统",
        "各收购库点",  # whoever runs each point of a kind (各助餐点应统一命名…)
        "各助餐点",
        "国有粮食企业",  # the state's companies of a trade
        "农发行",  # a bank named short
        "市专家指导组",  # a working group named for its work
        "文广体旅企事业单位",  # the units of a sector, charged together
        "生产经营单位",
        "在线旅游企业",
        "县内金融机构",  # the banks and insurers of a place, charged together
        "各行政村",  # every village of a kind (not 行政村 alone, a kind of village)
        "各有关团组织",  # the Party's and the Youth League's organisations
        "各级党组织",
        "个别仓容紧张的县(市、区)",  # units of a kind named by what sets them apart
        "山区的养老机构",
        "有条件的敬老院",
        "尚未完成清理整治工作的各省份水行政主管部门",  # set apart by what is said of them, any unit's name after
        "未出台省级考核办法的省份",  # provinces set apart so
        "畜牧局所属的各动物卫生监督站",
        "被审计单位",  # named by its part in an audit
        "被审计对象",
        "各级河长",  # the chiefs a river or forest system puts at each level
        "乡级河长",
        "县乡河长",
        "镇、村两级河长",
        "各镇、村级河长",
        "各级林长",
        "基层网格员(长)",  # the people a level puts in a post
        "镇级管理员",
        "河道专管员",
        "定点医药机构",  # the hospitals and pharmacies a fund contracts with, and the agency that pays it out
        "医保经办机构",
        "区人大",  # a level's people's congress and political consultative conference
        "市政协",
        "县直部门",  # the units a level runs directly, called on all together
        "县直职能部门",
        "区直机关各单位",
        "市直及驻许单位",
        "市直属学校",
        "村干部",  # a level's cadres, called on as its units are
        "镇村两级干部",
        "村两委干部",
        "街道社区干部",
        "重点任务牵头单位",  # named by its part in the work
        "各类媒体",  # the press, charged together
        "市“双拥”办",  # a unit named for its programme, in quotes
        "各园区",  # every park of a kind, and every team of a kind
        "各级消防救援队伍",
        "县“厕所革命”指挥部办公室",
        "新闻媒体",
        "电梯使用单位",  # the units of a part in a trade's work
        "维保单位",
        "电梯生产单位",
        "市特种设备安全监督管理部门",  # a level's department with a long sector name
        "市、县广播电视播出机构",  # the institutions of a sector at two levels
        "法律援助机构",  # the institutions of a sector
        "民航国防交通主管机构",
        "科普宣传组",  # the working groups a plan sets up
        "后勤保障组",
        "施工单位",
        "市场开办方",  # named by its part in running a market
        "烟花爆竹批发企业",  # the companies of a trade's stage, charged together
        "各网站",  # every website, for whoever runs it
        "市直各网站",
        "危险化学品生产企业",
        "公安消防机构",  # a body of the fire service
        "街镇",  # every street office and town
        "村集体经济组织",  # a village's collective, charged with its assets
        "农业经济管理机构",
        "各校",  # every school, and the primary and secondary schools
        "中小学校",
        "市场管理方",
        "检验机构",
        "家政服务企业",  # the companies of a trade charged together
        "家政企业",
        "不动产登记机构",  # the registries of a regulated trade
    ],
)
def test_collectives_and_bodies_look_like_departments(name: str) -> None:
    assert looks_like_department(name)


@pytest.mark.parametrize(
    "name",
    [
        "按职责分工负责",
        "2021年",
        "2025年底前",
        "持续推进",
        "叶林",
        "马振明",
        "张云峰",
        "全年",
        "加快推进重点项目建设，完善工作机制",
        "新发展格局",
        "统筹部署",
        "新闻发布会",  # a meeting, not a body (a headline's 【新闻发布会】)
        "项目推进会",
        "打洛镇组织召开禁毒专项工作会",  # a news headline naming a meeting
        "省运动会",  # an event, not a body
        "志愿者工作部由团省委",  # a part of the work and who it is given to
        "特别是星际宾馆",
        "在各部门",  # where something happened (在各部门积极讨论后), not who
        "根据国家禁毒委员会办公室",  # what the work answers to (根据…等14个部门联合制定的《规划》)
        "责任单位",
        "重点用能单位",
        "市发改委、市经信局",
        "督办",
        "特色小镇",
        "新型城镇",
        "全国重点镇",
        "集镇",
        "中心集镇",
        "农村集镇",
        "文化下乡",
        "谋划共建中科谯城智慧农业研究院",
        "城区街道",
        "师大南湖学校对面工地上泥巴大量流向街道",
        "。县教育局",  # a sentence's stop before a name: read from a stop, the name is not there yet
        "三年以内乡镇卫生院",  # when, then who
        "旅游景区门票价格是否执行政府定价或政府",  # a question an inspection asks, ending in 政府
        "以下均需各县(市)区政府",  # a standing rule for the tasks after it
        "宪法进机关",  # a campaign taking the law to the organs
        "落到实处",  # carried out in earnest, no office (处)
        "制定政务服务中心",  # a duty opening with its verb
        "无害化卫生厕所",  # a toilet, no office (所)
        "政策咨询机关",  # a page's field
        "协助综合执法部门",  # whom the unit helps, after the verb
        "协同市场监管部门",
        "政务信息系统",  # a system of software, not of units
        "公共场所",  # a kind of place, no one's name
        "还要求省级政府",  # what was asked, then whom: no name holds 要求
        "县住建局着重强调各物业企业",  # what a speaker stressed, then whom
        "责成当地环保部门",  # a charge, then whom
        "就是政府",  # 就是政府要…: what the speaker means, then whom
        "本预案适用于我县各级政府",  # whom a plan applies to: a rule, no name
        "政府网站",  # a website, not every website of its runners
        "与城区中小学校",  # whom the work is done with, after 与
        "通报各村调委会",  # whom a report is made on, after its verb
        "申请市政府",  # whom a request is made of, after its verb
        "组织机构",  # a plan's heading over its bodies, no body
        "建设快递物流产业中心",  # the work of building it, no body yet
        "通知所",  # 通知所属的…机构: whom to notify, after the verb
        "经县级文化和旅游部门",  # by whom the work passes, after 经
        "并听取了乡(镇)",  # whom a meeting heard, after its verb
        "中心一定会",  # 中心一定会积极配合: what the speaker promises, after whom
        "市农业局副局长胡建勇到会",  # the head a unit sends to a meeting: a person, no unit
        "江苏省明确住建部门",  # what a text makes clear, then whom
        "三是落实防范措施物业公司",  # a leader's point, its heading run into the name after it
        "并协助有关部门",  # whom the work is done with, after its verb
        "联合相关部门、单位",
        "明确各区人民政府",  # what the text makes clear of whom: a verb before the name
        "的要严查重处",  # the end of a phrase (…要求的要严查重处), never a name's start
        "领导干部",  # people of a rank, not a level's cadres
        "党员干部",
        "县直接部门",  # not what a level runs directly (直 is no level's mark here)
        "以河长制湖长制工作获国务院",  # 要求以…为契机: what the work is done by, no name
        "镇、村两级河长按照所",  # what the work answers to (…按照所负责的河道), no office (所)
        "检查组",  # a team out inspecting, in the news of its visit (检查组全面检查…), no unit charged
        "各重点",  # the work's points, no places of a kind
        "行政村",
        "各难点",
        "对建设任务最大的乡镇",  # the case the work answers, not who does it
        "对达到办园标准的无证幼儿园",  # the work done to them, not who does it
        "要求的单位",  # a phrase's end after a verb, not units set apart
        "由县卫生局指定的医疗机构",  # to whom the work is given, after 由
        "秸秆产业化利用进度较慢的为舒城县",
        "各县(市",  # a name cut inside its brackets (各县(市、区))
        "河长",  # a post one person holds, no level's chiefs
        "联络员",  # a post alone, a roster's field (联络员:张三)
        "网格员",  # which place was slow, named (…的为舒城县), not a kind of unit
        "",
    ],
)
def test_prose_dates_and_person_names_do_not_look_like_departments(name: str) -> None:
    assert not looks_like_department(name)


# --- detect_region ---


@pytest.mark.parametrize(
    ("issuers", "doc_number", "title", "region"),
    [
        ((), "渝发改资环〔2020〕1891号", None, "重庆"),
        (("重庆市发展和改革委员会", "重庆市司法局"), None, None, "重庆"),
        (("中国人民银行重庆营业管理部",), None, None, "重庆"),
        ((), "国办发〔2020〕6号", None, NATIONAL),
        ((), "发改资环〔2020〕379号", None, NATIONAL),
        (("国务院办公厅",), None, None, NATIONAL),
        (("财政部", "生态环境部"), None, None, NATIONAL),
        ((), None, "国务院办公厅关于应对新冠肺炎疫情影响强化稳就业举措的实施意见", NATIONAL),
        (("丽水市人民政府",), None, None, "丽水"),
        (("浙江省丽水市人民政府",), None, None, "丽水"),
        (("广西壮族自治区人民政府",), None, None, "广西"),
        (("中共重庆市委",), None, None, "重庆"),
        ((), None, "丽水市人民政府关于印发某某方案的通知", "丽水"),
        ((), None, "2025年开发区重点工作及责任清单", None),
        ((), None, "关于加快建立绿色生产和消费法规政策体系的实施意见", None),
        (("改革办",), None, None, None),
    ],
)
def test_detect_region(
    issuers: tuple[str, ...], doc_number: str | None, title: str | None, region: str | None
) -> None:
    assert detect_region(issuers=issuers, doc_number=doc_number, title=title) == region


def test_detect_region_reads_every_gold_file_as_annotated() -> None:
    expected = {
        "000_cd9fab2e894f8cca.json": "重庆",
        "02_guobanfa-2020-6-wen-jiuye.json": NATIONAL,
        "07_lishui-2023-zhongdian-gongzuo-fenjie.json": "丽水",
        "10_huoshan-kaifaqu-2025-zeren-qingdan.json": None,
    }
    for gold_file, region in expected.items():
        gold = _gold(gold_file)
        issuers = gold.get("issuer") or []
        doc_number = gold.get("doc_number")
        title = gold.get("title")
        assert isinstance(issuers, list)
        assert doc_number is None or isinstance(doc_number, str)
        assert title is None or isinstance(title, str)
        assert detect_region(issuers=issuers, doc_number=doc_number, title=title) == region, gold_file


def test_communities_grid_zones_and_every_school_read_as_units_but_a_kind_of_community_does_not() -> None:
    assert all(map(looks_like_department, ["西海社区", "第十片区", "各学校", "镇各中小学校", "镇共青团"]))
    assert not any(map(looks_like_department, ["智慧社区", "老旧社区", "泉山学校"]))


def test_an_office_named_for_its_work_is_a_unit_and_the_work_itself_is_not() -> None:
    assert looks_like_department("促进科") and looks_like_department("推进办")
    assert not looks_like_department("促进消费") and not looks_like_department("完成率")


def test_a_town_named_for_a_city_is_a_unit_and_towns_in_general_are_not() -> None:
    assert looks_like_department("凤城镇") and looks_like_department("龙城镇")
    assert not any(map(looks_like_department, ["新城镇", "特色小城镇", "周边城镇", "各城镇"]))


def test_a_body_named_for_its_supervising_work_is_a_unit_and_a_kind_of_institution_new_or_unregulated_is_not() -> (
    None
):
    assert all(map(looks_like_department, ["县人民教育督导机构", "市场监管机构", "县综合执法机构"]))
    assert not any(map(looks_like_department, ["托育机构", "新增托育机构"]))


def test_the_institutions_of_a_regulated_trade_are_units() -> None:
    # Annotators list them as the units charged 25 times over 12 pages (医疗机构应当加大…宣传力度, 第八条
    # 医疗卫生机构和医疗废物集中处置单位应做好如下工作:, 各养老机构要…).
    assert all(map(looks_like_department, ["医疗机构", "医疗卫生机构", "基层医疗机构", "养老机构"]))


def test_works_and_farms_a_county_runs_are_units_and_a_place_of_work_is_not() -> None:
    assert all(
        map(
            looks_like_department,
            ["县污水处理厂", "县自来水厂", "国有林场", "县种畜场", "鄂州球团厂", "中储粮株洲直属库"],
        )
    )
    assert not any(map(looks_like_department, ["加工厂", "停车场", "农贸市场", "美丽牧场", "家庭农场"]))


def test_a_department_named_by_its_field_and_level_or_its_field_alone_is_a_unit() -> None:
    assert all(
        map(
            looks_like_department,
            # the last four: a field's full name, as a regulation writes it
            [
                "县公安部门",
                "市卫生计生部门",
                "区市场监管部门",
                "水利部门",
                "交通运输部门",
                "自然资源和规划部门",
                "住房和城乡建设部门",
                "公共机构节能管理部门",
                "人力资源和社会保障部门",
            ],
        )
    )
    # (市直部门 is no field's department, but the units a level runs directly: a collective, tested with those)
    assert not any(map(looks_like_department, ["市场部门", "业务部门", "发布部门", "职能部门"]))


def test_the_members_of_a_body_are_a_unit() -> None:
    assert looks_like_department("市爱卫会各成员单位") and looks_like_department("领导小组成员单位")
    assert not looks_like_department("成员单位")


def test_a_village_is_a_unit_and_a_kind_of_village_is_not() -> None:
    assert all(map(looks_like_department, ["山岔村", "各村居", "汤口社区"]))
    assert not any(map(looks_like_department, ["美丽乡村", "新农村", "行政村", "城中村"]))


def test_a_street_office_written_short_is_a_unit_and_a_kind_of_street_is_not() -> None:
    assert all(map(looks_like_department, ["仁兴街", "各镇街"]))
    assert not any(map(looks_like_department, ["步行街", "商业街", "老街"]))


def test_units_named_by_their_part_in_a_plans_work() -> None:
    assert all(map(looks_like_department, ["行业主管部门", "归口单位", "项目主要起草单位", "各项目承担单位"]))
    assert not any(map(looks_like_department, ["起草工作", "承担任务"]))
