"""Responsibility clauses in every format the genre uses."""

from __future__ import annotations

import re
from datetime import date

import pytest

from greenpolicy.core import parse_text
from greenpolicy.core.model import Role
from greenpolicy.core.parsing import assignments
from greenpolicy.core.parsing.assignments import parse_assignment, subject_units, units_named_at

LEAD, CO = Role.LEAD, Role.CO


@pytest.mark.parametrize(
    ("clause", "expected", "open_ended"),
    [
        (
            "市发展改革委、市科技局、市经济信息委等按职责分工负责",
            [("市发展改革委", LEAD), ("市科技局", CO), ("市经济信息委", CO)],
            True,
        ),
        ("财政部、人力资源社会保障部按职责分工负责", [("财政部", LEAD), ("人力资源社会保障部", CO)], False),
        (  # an open list of people's organisations
            "工会、共青团、妇联、残联等人民团体",
            [("工会", LEAD), ("共青团", CO), ("妇联", CO), ("残联", CO)],
            True,
        ),
        ("责任单位：市发改委、市经信局", [("市发改委", LEAD), ("市经信局", CO)], False),
        (
            "牵头单位：市商务委；配合单位：市公安局、市交通局",
            [("市商务委", LEAD), ("市公安局", CO), ("市交通局", CO)],
            False,
        ),
        (
            "市生态环境局牵头，市公安局、市司法局配合",
            [("市生态环境局", LEAD), ("市公安局", CO), ("市司法局", CO)],
            False,
        ),
        (
            "人力资源社会保障部、财政部牵头，各有关部门和单位、各省级人民政府按职责分工负责",
            [
                ("人力资源社会保障部", LEAD),
                ("财政部", LEAD),
                ("各有关部门和单位", CO),
                ("各省级人民政府", CO),
            ],
            False,
        ),
        (
            "责任单位:市人力社保局、市农业农村局分别牵头",
            [("市人力社保局", LEAD), ("市农业农村局", LEAD)],
            False,
        ),
        (
            "市住房城乡建委会同市规划自然资源局、市财政局",
            [("市住房城乡建委", LEAD), ("市规划自然资源局", CO), ("市财政局", CO)],
            False,
        ),
        (
            "财政部、国资委、烟草局、邮政局等部门和企业按职责分工负责",
            [("财政部", LEAD), ("国资委", CO), ("烟草局", CO), ("邮政局", CO)],
            True,
        ),
        (
            "市生态环境局、发展和改革局牵头督导，市公安局、水务局参与",
            [("市生态环境局", LEAD), ("发展和改革局", LEAD), ("市公安局", CO), ("水务局", CO)],
            False,
        ),
        ("国务院各部门分别负责", [("国务院各部门", LEAD)], False),
        (
            "区发改局、区直各部门按职责分工负责",
            [("区发改局", LEAD), ("区直各部门", CO)],
            False,
        ),
        (
            "市政府办公室牵头，市级各有关部门及各县市区政府按职责分工负责",
            [("市政府办公室", LEAD), ("市级各有关部门", CO), ("各县市区政府", CO)],
            False,
        ),
        (
            "住房和城乡建设部、人行武汉分行按职责分工负责",
            [("住房和城乡建设部", LEAD), ("人行武汉分行", CO)],
            False,
        ),
        (
            "市生态环境局牵头，各县、区人民政府(管委会)负责落实",
            [("市生态环境局", LEAD), ("各县、区人民政府(管委会)", CO)],
            False,
        ),
        (  # every prefecture and city, though every prefecture alone reads as a unit
            "各州、市人民政府牵头,省公安厅配合",
            [("各州、市人民政府", LEAD), ("省公安厅", CO)],
            False,
        ),
        (  # a level in brackets before the rest of one collective, at the end of a list as inside it
            "市城管局牵头，各县(市、区)、乡(镇)人民政府配合",
            [("市城管局", LEAD), ("各县(市、区)、乡(镇)人民政府", CO)],
            False,
        ),
        (
            "分管副省长、协管副秘书长负责，省发展改革委牵头，省工业和信息化厅、省财政厅按职责分工负责",
            [("省发展改革委", LEAD), ("省工业和信息化厅", CO), ("省财政厅", CO)],
            False,
        ),
        (
            "能源局、发展改革委等国务院有关部门和各省级人民政府按职责分工负责",
            [("能源局", LEAD), ("发展改革委", CO), ("各省级人民政府", CO)],
            True,
        ),
        ("省发改委总牵头", [("省发改委", LEAD)], False),
        (
            "牵头责任单位：县卫健委、县民政局；主要协作单位：各乡镇人民政府、经济开发区管委会",
            [("县卫健委", LEAD), ("县民政局", LEAD), ("各乡镇人民政府", CO), ("经济开发区管委会", CO)],
            False,
        ),
        ("市统计局牵头，国家统计局济宁调查队参加", [("市统计局", LEAD), ("国家统计局济宁调查队", CO)], False),
        ("牵头负责单位:退役军人部。", [("退役军人部", LEAD)], False),
        (
            "市气象局牵头,住房和城乡建设局、人民防空办公室等依照职责分工负责",
            [("市气象局", LEAD), ("住房和城乡建设局", CO), ("人民防空办公室", CO)],
            True,
        ),
        (
            "牵头部门:镇水利站 协作部门:镇工业办公室,镇城建办 主体责任单位:各村(居)",
            [("镇水利站", LEAD), ("镇工业办公室", CO), ("镇城建办", CO), ("各村(居)", CO)],
            False,
        ),
        (  # pieces of one collective that 、 sets apart
            "责任单位：市直有关部门、单位，各县市、区政府，赣州、龙南经济技术开发区管委会",
            [("市直有关部门、单位", LEAD), ("各县市、区政府", CO), ("赣州、龙南经济技术开发区管委会", CO)],
            False,
        ),
        (  # the units concerned after a collective are a collective of their own, as annotators split them 64 times
            "责任单位:各乡镇、有关单位",
            [("各乡镇", LEAD), ("有关单位", CO)],
            False,
        ),
        (  # the departments a county runs itself are no piece of the townships' collective before them
            "责任单位:各乡镇(区)、县直相关部门",
            [("各乡镇(区)", LEAD), ("县直相关部门", CO)],
            False,
        ),
        (  # nor are the departments concerned
            "责任单位:各乡镇、有关部门",
            [("各乡镇", LEAD), ("有关部门", CO)],
            False,
        ),
        (  # nor every department
            "责任单位:各镇、各部门",
            [("各镇", LEAD), ("各部门", CO)],
            False,
        ),
        (  # a district named whole is its government, not the start of the name after it
            "责任单位:市林业局、鄂城区、西山街办,完成时间:2009年5月10日前。",
            [("市林业局", LEAD), ("鄂城区", CO), ("西山街办", CO)],
            False,
        ),
        ("市委、市政府负责", [("市委", LEAD), ("市政府", CO)], False),
        ("发改、财政、环保等部门按职责分工负责", [("发改", LEAD), ("财政", CO), ("环保", CO)], True),
        ("人保、财政、审计等部门负责", [("人保", LEAD), ("财政", CO), ("审计", CO)], True),
        ("铁路、电力、邮政等部门", [("铁路", LEAD), ("电力", CO), ("邮政", CO)], True),
        (  # fields of three characters or more, each its field's department, before 等部门
            "文旅体、应急、水利、农业农村、自然资源规划等部门",
            [("文旅体", LEAD), ("应急", CO), ("水利", CO), ("农业农村", CO), ("自然资源规划", CO)],
            True,
        ),
        (  # the units taking part after a lead
            "自然资源规划部门牵头,发改、农业农村、林业等部门积极参与",
            [("自然资源规划部门", LEAD), ("发改", CO), ("农业农村", CO), ("林业", CO)],
            True,
        ),
        (
            "区市场监督管理局牵头，区卫健委、区教体局密切配合",
            [("区市场监督管理局", LEAD), ("区卫健委", CO), ("区教体局", CO)],
            False,
        ),
        (  # 和 joins a kind of body to the name before it
            "各县(市、区)党委和人民政府，高新区党工委和管委会负责",
            [("各县(市、区)党委和人民政府", LEAD), ("高新区党工委和管委会", CO)],
            False,
        ),
        (
            "州司法局、州委编办及州直相关单位",
            [("州司法局", LEAD), ("州委编办", CO), ("州直相关单位", CO)],
            False,
        ),
    ],
)
def test_clause_formats_give_departments_in_order_with_roles(
    clause: str, expected: list[tuple[str, Role]], open_ended: bool
) -> None:
    assignment = parse_assignment(clause)
    assert assignment is not None
    assert list(assignment.departments) == expected
    assert assignment.open_ended is open_ended


def test_collective_units_are_never_split_inside_their_brackets() -> None:
    assignment = parse_assignment("责任单位：市双招双引办、市发改委,各县(市、区)政府、丽水开发区管委会")
    assert assignment is not None
    names = [name for name, _ in assignment.departments]
    assert names == ["市双招双引办", "市发改委", "各县(市、区)政府", "丽水开发区管委会"]


def test_a_lower_level_named_bare_after_every_unit_of_a_level_is_each_unit_of_it() -> None:
    assignment = parse_assignment("各街道、社区")
    assert assignment is not None
    assert assignment.departments == (("各街道", LEAD), ("社区", CO))
    assert parse_assignment("区城管局、社区") is None  # no level before it: 社区 alone is no unit


def test_a_unit_of_its_own_after_a_collective_of_a_level_is_a_name_apart() -> None:
    assignment = parse_assignment("各区县、高新区")
    assert assignment is not None
    assert assignment.departments == (("各区县", LEAD), ("高新区", CO))
    joined = parse_assignment("各县、区人民政府")  # a level, then the rest of the same collective's name
    assert joined is not None
    assert joined.departments == (("各县、区人民政府", LEAD),)


def test_chongqing_district_collective_stays_whole() -> None:
    assignment = parse_assignment("市发展改革委牵头，各区县（自治县）政府负责")
    assert assignment is not None
    assert assignment.departments == (("市发展改革委", LEAD), ("各区县（自治县）政府", CO))


def test_standing_rule_note_is_recorded_not_taken_for_a_department() -> None:
    assignment = parse_assignment(
        "责任单位:市发改委、市经信局、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)"
    )
    assert assignment is not None
    assert [name for name, _ in assignment.departments] == ["市发改委", "市经信局", "市卫生健康委"]
    assert assignment.rules == ("除标注“分别牵头”外,列第一位为牵头或汇总单位,下同",)


def test_deadline_label_inside_the_clause_is_kept_apart() -> None:
    assignment = parse_assignment("牵头单位：市能源局；配合单位：市发展改革委；完成时限：2021年底前")
    assert assignment is not None
    assert assignment.deadline_text == "2021年底前"
    assert assignment.departments == (("市能源局", LEAD), ("市发展改革委", CO))


@pytest.mark.parametrize(
    "text", ["经营场所", "发改资环〔2020〕379号", "2021—2022年", "含市级和区县", "以下简称“意见”"]
)
def test_a_bare_parenthetical_that_names_no_department_is_not_an_assignment(text: str) -> None:
    assert parse_assignment(text) is None


def test_a_cut_off_list_names_nothing() -> None:
    assert parse_assignment("责任单位:市", marked=True) is None


def test_a_damaged_name_under_a_unit_label_is_kept_and_flagged() -> None:
    assignment = parse_assignment("牵头单位:政局", marked=True)
    assert assignment is not None
    assert assignment.departments == (("政局", LEAD),)
    assert assignment.doubtful == ("政局",)


def test_deadline_inside_the_parenthesis_is_not_a_department() -> None:
    assignment = parse_assignment("市司法局牵头，2021年底前完成")
    assert assignment is not None
    assert assignment.departments == (("市司法局", LEAD),)
    assert assignment.deadline_text == "2021年底前"


@pytest.mark.parametrize(
    ("clause", "deadline"),
    [
        ("财政部、人民银行按职责分工负责，6月底前出台相关政策", "6月底前"),
        ("国务院各部门分别负责，年内持续推进", "年内持续推进"),
        ("市司法局牵头，2021年底前完成", "2021年底前"),
    ],
)
def test_a_deadline_clause_gives_the_date_it_sets_not_the_work_after_it(clause: str, deadline: str) -> None:
    assignment = parse_assignment(clause)
    assert assignment is not None
    assert assignment.deadline_text == deadline


def test_a_standing_rule_inside_the_clause_is_a_rule_not_a_department() -> None:
    assignment = parse_assignment(
        "市发改委、工信局牵头，生态环境局等配合，各乡镇（园区）负责落实。以下均需各乡镇（园区）负责落实，不再列出"
    )
    assert assignment is not None
    assert assignment.departments == (
        ("市发改委", LEAD),
        ("工信局", LEAD),
        ("生态环境局", CO),
        ("各乡镇（园区）", CO),
    )
    assert assignment.rules == ("以下均需各乡镇（园区）负责落实，不再列出",)
    assert assignment.implied == ("各乡镇（园区）",)


@pytest.mark.parametrize("none", ["无", "/", "—", "-"])
def test_a_unit_slot_said_to_be_empty_names_no_department(none: str) -> None:
    assignment = parse_assignment(f"牵头单位：市发展改革委；配合单位：{none}", marked=True)
    assert assignment is not None
    assert assignment.departments == (("市发展改革委", LEAD),)
    alone = parse_assignment(f"配合单位：{none}", marked=True)
    assert alone is not None and alone.departments == ()


def test_people_inside_the_clause_are_not_departments() -> None:
    assignment = parse_assignment("责任领导：张三；牵头单位：市发展改革委；责任单位：市财政局")
    assert assignment is not None
    assert assignment.departments == (("市发展改革委", LEAD), ("市财政局", CO))


def test_lead_marked_after_a_name_in_brackets() -> None:
    assignment = parse_assignment("市财政局、市发展改革委（牵头）、市税务局", marked=True)
    assert assignment is not None
    assert assignment.departments == (("市发展改革委", LEAD), ("市财政局", CO), ("市税务局", CO))


def test_names_set_apart_by_spaces_in_a_table_cell() -> None:
    assignment = parse_assignment("市发展改革委 市财政局", marked=True)
    assert assignment is not None
    assert [name for name, _ in assignment.departments] == ["市发展改革委", "市财政局"]


def test_rule_stated_as_a_clause_of_the_list_is_recorded() -> None:
    assignment = parse_assignment(
        "责任单位：市规划自然资源局、市发展改革委，除标注外，排在第一位的为牵头单位，下同"
    )
    assert assignment is not None
    assert [name for name, _ in assignment.departments] == ["市规划自然资源局", "市发展改革委"]
    assert assignment.rules == ("除标注外，排在第一位的为牵头单位，下同",)


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "市妇联、重庆市妇女联合会、市发展改革委等按职责分工负责",
            [("市妇联", LEAD), ("重庆市妇女联合会", CO), ("市发展改革委", CO)],
        ),
        ("责任单位：重庆市妇女联合会、市商务委", [("重庆市妇女联合会", LEAD), ("市商务委", CO)]),
        (
            "重庆市工商业联合会牵头，市经济信息委配合",
            [("重庆市工商业联合会", LEAD), ("市经济信息委", CO)],
        ),
        (
            "中华全国工商业联合会、中华全国供销合作总社按职责分工负责",
            [("中华全国工商业联合会", LEAD), ("中华全国供销合作总社", CO)],
        ),
        # Not in the registry: the name still ends in 联合会 / 联合社.
        ("市归国华侨联合会、市总工会按职责分工负责", [("市归国华侨联合会", LEAD), ("市总工会", CO)]),
        ("县农村信用合作联合社牵头，县财政局配合", [("县农村信用合作联合社", LEAD), ("县财政局", CO)]),
    ],
)
def test_a_name_containing_lianhe_is_never_split(clause: str, expected: list[tuple[str, Role]]) -> None:
    assignment = parse_assignment(clause)
    assert assignment is not None
    assert list(assignment.departments) == expected
    assert assignment.doubtful == ()


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("市经济信息委联合市工商联", [("市经济信息委", LEAD), ("市工商联", CO)]),
        (
            "重庆市妇女联合会联合市总工会、团市委",
            [("重庆市妇女联合会", LEAD), ("市总工会", CO), ("团市委", CO)],
        ),
        ("市人力社保局联合社保中心", [("市人力社保局", LEAD), ("社保中心", CO)]),
    ],
)
def test_lianhe_between_names_still_joins_a_partner(clause: str, expected: list[tuple[str, Role]]) -> None:
    assignment = parse_assignment(clause)
    assert assignment is not None
    assert list(assignment.departments) == expected


def test_a_registry_name_with_lianhe_inside_is_not_split(monkeypatch: pytest.MonkeyPatch) -> None:
    # No shipped name has 联合 mid-name yet; the registry's own names are trusted over the word.
    assert assignments._registry_names_with_joining_words() is not None
    monkeypatch.setattr(
        assignments, "_registry_names_with_joining_words", lambda: re.compile("重庆联合产权交易所")
    )
    assignment = parse_assignment.__wrapped__("重庆联合产权交易所、市国资委按职责分工负责")
    assert assignment is not None
    assert assignment.departments == (("重庆联合产权交易所", LEAD), ("市国资委", CO))


def test_a_lianhe_name_resolves_through_the_registry_in_a_document() -> None:
    ledger = parse_text(
        "1.开展巾帼建功行动。（重庆市妇女联合会牵头，市经济信息委配合）\n"
        "2.引导民营企业节能。（责任单位：市工商联、重庆市工商业联合会）\n"
    )
    assert [[(d.name, d.canonical) for d in task.departments] for task in ledger.tasks] == [
        [("重庆市妇女联合会", "重庆市妇女联合会"), ("市经济信息委", None)],
        [("市工商联", None), ("重庆市工商业联合会", "重庆市工商业联合会")],
    ]


@pytest.mark.parametrize(
    ("clause", "expected", "rule"),
    [
        (
            "省经信委、省发改委（省能源局）。列第一位者为牵头部门，下同",
            [("省经信委", LEAD), ("省发改委（省能源局）", CO)],
            "列第一位者为牵头部门，下同",
        ),
        (
            "责任单位：省发展改革委、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市（州）人民政府，"
            "不再做分工，下同。",
            [("省发展改革委", LEAD), ("商务厅", CO), ("省大数据中心", CO)],
            "具体任务均涉及相关市（州）人民政府，不再做分工，下同",
        ),
        (
            "省卫生计生委、省财政厅负责,省编办、省中医药局参与。注:排在首位的为牵头单位",
            [("省卫生计生委", LEAD), ("省财政厅", CO), ("省编办", CO), ("省中医药局", CO)],
            "注:排在首位的为牵头单位",
        ),
        (
            "市教育局,市委农办,各县<市、区>人民政府,排名第一位为牵头单位,下同",
            [("市教育局", LEAD), ("市委农办", CO), ("各县<市、区>人民政府", CO)],
            "排名第一位为牵头单位，下同",
        ),
    ],
)
def test_a_sentence_stating_a_rule_after_the_units_is_a_rule(
    clause: str, expected: list[tuple[str, Role]], rule: str
) -> None:
    assignment = parse_assignment(clause)
    assert assignment is not None
    assert list(assignment.departments) == expected
    assert assignment.rules == (rule,)


def test_leads_marked_inside_a_list_before_the_other_units() -> None:
    assignment = parse_assignment("经济投资局和航空口岸局分别牵头、区发改局", marked=True)
    assert assignment is not None
    assert list(assignment.departments) == [("经济投资局", LEAD), ("航空口岸局", LEAD), ("区发改局", CO)]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("教育局、13个街道、镇", ["教育局", "13个街道、镇"]),
        ("人口计生委等相关部门,13个街道、镇", ["人口计生委", "13个街道、镇"]),
        ("各街道、镇", ["各街道、镇"]),
        ("全县12个乡镇(街道)", ["全县12个乡镇(街道)"]),
        (
            "各村、居(社区)、各级学校、各部门",
            ["各村、居(社区)", "各级学校", "各部门"],
        ),  # villages, residents too
        ("各村、居委会", ["各村、居委会"]),
    ],
)
def test_every_township_of_a_kind_counted_or_its_levels_named_together_is_one_collective(
    written: str, names: list[str]
) -> None:
    assignment = parse_assignment(written)
    assert assignment is not None and not assignment.doubtful
    assert [name for name, _ in assignment.departments] == names


def test_a_responsibility_letters_label_and_what_is_done_by_whom_are_no_units() -> None:
    labelled = parse_assignment("考核责任单位:省住房和城乡建设厅", marked=True)
    assert labelled is not None
    assert [name for name, _ in labelled.departments] == ["省住房和城乡建设厅"]
    ledger = parse_text(
        "(一)考核工作由省政府组织,具体工作由省环保厅、监察厅会同有关部门负责,考核办法另行制定。\n"
    )
    assert [d.name for task in ledger.tasks for d in task.departments if "由" in d.name] == []


def test_levels_of_relevant_governments_joined_by_a_slight_pause_are_one_collective() -> None:
    assignment = parse_assignment("省发改委、铁路办、相关市、县政府负责")
    assert assignment is not None
    assert [name for name, _ in assignment.departments] == ["省发改委", "铁路办", "相关市、县政府"]


def test_a_star_after_a_name_marks_the_lead() -> None:
    assignment = parse_assignment("区财政局、区发改局*、区科技局", marked=True)
    assert assignment is not None
    assert list(assignment.departments) == [("区发改局", LEAD), ("区财政局", CO), ("区科技局", CO)]


def test_a_star_before_a_name_marks_the_lead() -> None:
    assignment = parse_assignment("*区发改局、*新区财政局(区财政局)、区商务局", marked=True)
    assert assignment is not None
    assert list(assignment.departments) == [
        ("区发改局", LEAD),
        ("新区财政局(区财政局)", LEAD),
        ("区商务局", CO),
    ]


def test_a_legislation_plan_names_the_drafting_units_and_when_the_draft_is_due() -> None:
    ledger = parse_text(
        "二、立法项目安排\n(一)需要年内提请审议的法规项目。\n"
        "1.《浙江省电力条例》(省发展改革委起草)\n2.《浙江省科学技术普及条例》(省科技厅、省科协起草)\n"
        "三、市政府规章制定项目\n嘉州古城保护办法\n起草单位:市住房城乡建设局\n报送审议时间:2021年12月底\n"
    )
    rows = [(t.text, [(d.name, d.role) for d in t.departments], t.deadline.text) for t in ledger.tasks]
    assert rows == [
        ("《浙江省电力条例》", [("省发展改革委", LEAD)], None),
        ("《浙江省科学技术普及条例》", [("省科技厅", LEAD), ("省科协", CO)], None),
        ("嘉州古城保护办法", [("市住房城乡建设局", LEAD)], "2021年12月底"),
    ]


def test_a_sentence_listing_laws_with_their_drafting_units_gives_a_task_each() -> None:
    ledger = parse_text(
        "审议项目\n"
        "年内提请省人大常委会审议项目14部,包括:黑龙江省促进旅游业发展条例(制定,省文化和旅游厅起草)、"
        "关于黑龙江省实施契税法授权事项的决定(制定,省财政厅、省税务局起草)、黑龙江省计量条例(修改,省市场监管局起草)。\n"
        "预备项目17部,包括黑龙江省慈善条例(制定,省民政厅起草)、黑龙江省民用建筑节能条例(制定,省住建厅起草)等。\n"
    )
    rows = [(t.text, [(d.name, d.role) for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("黑龙江省促进旅游业发展条例", [("省文化和旅游厅", LEAD)]),
        ("关于黑龙江省实施契税法授权事项的决定", [("省财政厅", LEAD), ("省税务局", CO)]),
        ("黑龙江省计量条例", [("省市场监管局", LEAD)]),
        ("黑龙江省慈善条例", [("省民政厅", LEAD)]),
        ("黑龙江省民用建筑节能条例", [("省住建厅", LEAD)]),
    ]


def test_what_is_to_be_done_to_a_law_is_no_unit() -> None:
    assignment = parse_assignment("修订，市司法局、市生态环境局起草")
    assert assignment is not None
    assert list(assignment.departments) == [("市司法局", LEAD), ("市生态环境局", CO)]


def test_units_labelled_as_responsible_or_as_taking_part() -> None:
    responsible = parse_assignment(
        "负责单位:发展改革委、能源局、国务院其他有关部门。未明确牵头单位的,由所列负责单位按职责分工负责,下同"
    )
    taking_part = parse_assignment("牵头单位:能源局 参加单位:发展改革委、国资委")
    assert responsible is not None and taking_part is not None
    assert list(responsible.departments) == [("发展改革委", LEAD), ("能源局", CO), ("国务院其他有关部门", CO)]
    assert list(taking_part.departments) == [("能源局", LEAD), ("发展改革委", CO), ("国资委", CO)]


def test_the_unit_that_hosts_the_work_leads_it() -> None:
    assignment = parse_assignment("省发改委主办,省工信委、科技厅协办")
    assert assignment is not None
    assert list(assignment.departments) == [("省发改委", LEAD), ("省工信委", CO), ("科技厅", CO)]


def test_the_steps_after_a_drafting_unit_give_the_draft_its_date_and_no_units() -> None:
    ledger = parse_text(
        "(一)提请审议项目(3件)。\n"
        "1.金华市租赁厂房消防安全管理规定(市消防救援支队起草;已通过市政府常务会议审议)\n"
        "2.金华两头乌猪产业发展促进条例(市农业农村局牵头起草;6月底前提交草案送审稿;8月底前提请市政府常务会议审议)\n"
        "3.金华市“后陈经验”传承发展条例(武义县人民政府、市民政局牵头起草,9月20日前调研报告及条例草案初稿提交市司法局)\n"
    )
    rows = [(t.number, [(d.name, d.role) for d in t.departments], t.deadline.text) for t in ledger.tasks]
    assert rows == [
        ("1", [("市消防救援支队", LEAD)], None),
        ("2", [("市农业农村局", LEAD)], "6月底前"),
        ("3", [("武义县人民政府", LEAD), ("市民政局", LEAD)], "9月20日前"),
    ]


def test_units_labelled_as_related_co_operate() -> None:
    assignment = parse_assignment("牵头责任单位:市科技局、发展改革委；相关责任单位:各县(市、区)政府")
    assert assignment is not None
    assert list(assignment.departments) == [
        ("市科技局", LEAD),
        ("发展改革委", LEAD),
        ("各县(市、区)政府", CO),
    ]


def test_the_month_of_a_drafts_first_reading_is_when_it_is_due() -> None:
    ledger = parse_text(
        "(一)需要年内提请省人大常委会初次审议的法规项目。\n"
        "1.《浙江省科学技术进步条例(修订)》(省科技厅起草,5月初审)\n"
        "2.《浙江省家政服务条例》(省商务厅起草,7月初审)\n"
        "浙江省人民政府办公厅\n2023年3月23日\n"
    )
    rows = [(t.departments[0].name, t.deadline.text, t.deadline.due) for t in ledger.tasks]
    assert rows == [("省科技厅", "5月初审", date(2023, 5, 31)), ("省商务厅", "7月初审", date(2023, 7, 31))]


def test_who_drafts_a_law_inside_its_item_leads_it_and_who_reviews_it_co_operates() -> None:
    ledger = parse_text(
        "(一)2021年一类立法项目3件。\n"
        "1.《嘉兴市危险化学品安全管理条例》。该项目为市人大常委会地方立法项目,由市应急管理局负责起草,"
        "市司法局审查并提交市政府常务会议讨论通过后,于2021年7月31日前提请市人大常委会审议。\n"
        "2.《嘉兴市电梯安全条例》。该项目为调研项目,由市市场监管局起草。\n"
    )
    rows = [[(d.name, d.role) for d in t.departments] for t in ledger.tasks]
    assert rows == [[("市应急管理局", Role.LEAD), ("市司法局", Role.CO)], [("市市场监管局", Role.LEAD)]]


def test_a_congress_legislation_plans_record_fields() -> None:
    ledger = parse_text(
        "(一)2022年安排审议的正式立法项目\n1.太原市电动自行车管理条例(修改)\n"
        "议案提出主体:市政府 起草主体:市公安局\n提请市人大常委会审议时间:2022年3月\n"
        "初审委员会:市人大监司委\n2.太原市物业管理条例(修改)\n议案提出主体:市政府 起草主体:市住建局\n"
        "提请市人大常委会审议时间:2022年6月\n初审委员会:市人大城建环资委\n"
    )
    rows = [
        (t.lead.name if t.lead else None, [d.name for d in t.departments], t.deadline.text)
        for t in ledger.tasks
    ]
    assert rows == [
        ("市公安局", ["市公安局", "市政府", "市人大监司委"], "2022年3月"),
        ("市住建局", ["市住建局", "市政府", "市人大城建环资委"], "2022年6月"),
    ]


def test_a_place_whose_name_starts_with_he_keeps_it_and_a_unit_joined_on_by_he_loses_it() -> None:
    place = parse_assignment("和布克赛尔县住房和城乡建设局", marked=True)
    joined = parse_assignment("和市财政局", marked=True)
    assert place is not None and joined is not None
    assert [name for name, _ in place.departments] == ["和布克赛尔县住房和城乡建设局"]
    assert [name for name, _ in joined.departments] == ["市财政局"]


def test_units_joined_by_yu_are_two_and_a_name_holding_yu_is_one() -> None:
    joined = parse_assignment("山西省市场监管局与省商务厅、省工信厅", marked=True)
    whole = parse_assignment("市自然资源与规划局", marked=True)
    assert joined is not None and whole is not None
    assert [name for name, _ in joined.departments] == ["山西省市场监管局", "省商务厅", "省工信厅"]
    assert [name for name, _ in whole.departments] == ["市自然资源与规划局"]


def test_the_members_of_a_body_joined_to_another_unit_by_ji_are_two_units() -> None:
    assignment = parse_assignment(
        "省发改委牵头,环鄱阳湖生态经济区建设领导小组成员单位及省地震局配合", marked=True
    )
    assert assignment is not None
    assert [name for name, _ in assignment.departments] == [
        "省发改委",
        "环鄱阳湖生态经济区建设领导小组成员单位",
        "省地震局",
    ]


def test_a_name_broken_by_a_space_before_a_bare_kind_of_body_stays_one_name() -> None:
    assignment = parse_assignment("省统计局、四川电监办、各市(州) 人民政府", marked=True)
    assert assignment is not None
    assert [name for name, _ in assignment.departments] == ["省统计局", "四川电监办", "各市(州) 人民政府"]


def test_a_levels_commission_named_in_two_characters_is_a_unit_of_the_list() -> None:
    assignment = parse_assignment("省发改委主办,省工信委、住建厅、农委、商务厅、金融办协办")
    assert assignment is not None
    assert [name for name, _ in assignment.departments] == [
        "省发改委",
        "省工信委",
        "住建厅",
        "农委",
        "商务厅",
        "金融办",
    ]
    assert assignment.doubtful == ()


def test_a_street_office_written_short_and_a_partys_committee_with_its_government() -> None:
    street = parse_assignment("责任单位:仁兴街、执法局")
    county = parse_assignment("市生态环境局,武川县党委、政府", marked=True)
    assert street is not None and county is not None
    assert [name for name, _ in street.departments] == ["仁兴街", "执法局"]
    assert [name for name, _ in county.departments] == ["市生态环境局", "武川县党委、政府"]


def test_a_verb_after_two_qualifiers_ends_the_list() -> None:
    assignment = parse_assignment("网信办、公安部按职责分工分别负责")
    assert assignment is not None
    assert [name for name, _ in assignment.departments] == ["网信办", "公安部"]


def test_each_answering_for_its_own_part_ends_the_list() -> None:
    assignment = parse_assignment("市政府法制办牵头,市政府办公厅、市信息办及相关部门各负其责")
    assert assignment is not None
    assert [name for name, _ in assignment.departments] == [
        "市政府法制办",
        "市政府办公厅",
        "市信息办",
        "相关部门",
    ]


def test_co_leads_by_their_duties_before_the_units_that_take_part() -> None:
    assignment = parse_assignment("发展改革委、公安部按照职责分工分别牵头负责,中央编办、民政部参加")
    assert assignment is not None
    assert [(name, role.value) for name, role in assignment.departments] == [
        ("发展改革委", "lead"),
        ("公安部", "lead"),
        ("中央编办", "co"),
        ("民政部", "co"),
    ]


def test_fields_read_as_units_only_in_a_list_of_their_departments() -> None:
    assert parse_assignment("文旅体、农业农村等部门") is not None
    assert parse_assignment("文旅体、农业农村") is None  # without 等部门, nothing says they are departments
    assert parse_assignment("加强监管、落实责任等部门") is None  # what is done is no field
    # fields sharing the word for their departments, without 等; not a person's name before them
    shared = parse_assignment("各地住房城乡建设、财政主管部门")
    assert shared is not None and [name for name, _ in shared.departments] == [
        "各地住房城乡建设",
        "财政主管部门",
    ]
    assert parse_assignment("李四、财政部门") is None
    # every county's fields, the county's levels in brackets
    bracketed = parse_assignment("各县(市、区)教育、科技、文旅、体育部门")
    assert bracketed is not None and [name for name, _ in bracketed.departments] == [
        "各县(市、区)教育",
        "科技",
        "文旅",
        "体育部门",
    ]


def test_the_units_helping_a_unit_in_charge_or_undertaking_the_work_co_operate() -> None:
    in_charge = subject_units("福建出入境检验检疫局负责,省农业厅配合,加强进出口食品的检验检疫和监督管理")
    undertaking = subject_units("由省经贸委承办,省农业厅、卫生厅协办,加快推行牛、羊定点屠宰,严厉打击私屠滥宰")
    assert in_charge is not None and undertaking is not None
    assert in_charge.departments == (("福建出入境检验检疫局", LEAD), ("省农业厅", CO))
    assert undertaking.departments == (("省经贸委", LEAD), ("省农业厅", CO), ("卫生厅", CO))
    # the work of the unit in charge may stand between it and its helpers, who are asked to help
    with_work = subject_units(
        "县教育局负责乡村医生队伍建设统筹管理、规划和指导,县编办、县财政局等部门要按照职责分工积极配合,主动履责"
    )
    assert with_work is not None
    assert with_work.departments == (("县教育局", LEAD), ("县编办", CO), ("县财政局", CO))


def test_when_a_unit_does_its_work_may_stand_between_it_and_the_verb() -> None:
    during = subject_units("交通海事部门在国庆节前要加强水上交通安全检查")
    doing = subject_units(
        "发展改革、司法行政等部门按规定开展公平竞争审查等工作时,要加强对新出台政策的评估审核"
    )
    assert during is not None and during.departments == (("交通海事部门", LEAD),)
    by_duties = subject_units(
        "质监部门按其职责做好电梯管理工作,并负责增设电梯的检验检测等工作"
    )  # how it does its part
    assert by_duties is not None and by_duties.departments == (("质监部门", LEAD),)
    being = subject_units(
        "各乡镇(街道)是农村生活垃圾治理的工作主体,负责专项行动组织管理"
    )  # what it is, then its work
    assert being is not None and being.departments == (("各乡镇(街道)", LEAD),)
    assert doing is not None and [name for name, _ in doing.departments] == ["发展改革", "司法行政"]


def test_the_work_after_a_units_verb_inside_a_clause_names_no_unit() -> None:
    clause = parse_assignment(
        "由区城乡建设局牵头,区农业、环保等主管部门负责业务指导、监督考核等工作", marked=True
    )
    assert clause is not None
    assert [name for name, _ in clause.departments] == ["区城乡建设局", "区农业", "环保"]
    fields = parse_assignment(
        "区农业、环保等主管部门"
    )  # fields before 等主管部门, each its field's department
    assert fields is not None and [name for name, _ in fields.departments] == ["区农业", "环保"]


def test_what_the_work_concerns_may_come_before_by_and_its_unit() -> None:
    topic = subject_units("宪法进企业,由省工信厅牵头,省国资委、省总工会等单位配合,持续开展法律服务活动")
    place = subject_units(
        "蓝田猿人遗址,由蓝田县猿人遗址文管所全面负责文物保护单位的安全管理工作。", item=True
    )
    assert topic is not None and topic.departments == (("省工信厅", LEAD), ("省国资委", CO), ("省总工会", CO))
    assert place is not None and place.departments == (("蓝田县猿人遗址文管所", LEAD),)
    # not a date, nor what was asked before 由
    assert subject_units("2009 年 8 月底前,由县商务局负责制定工作方案") is None
    assert subject_units("曲道凯要求,由县发展和改革局牵头,县委党校配合,完成供地工作") is None


def test_a_unit_helping_others_is_charged_with_its_part() -> None:
    helping = subject_units(
        "民宗部门协助城市管理等有关部门负责对宗教活动场所以外的宗教丧葬活动依法查处", item=True
    )
    assert helping is not None and helping.departments[0] == ("民宗部门", LEAD)


def test_counties_and_districts_named_whole_in_a_list_of_governments_are_their_governments() -> None:
    governments = parse_assignment("秭归县、夷陵区、西陵区、伍家岗区政府和宜昌开发区管委会")
    assert governments is not None and not governments.doubtful
    assert [name for name, _ in governments.departments][:3] == ["秭归县", "夷陵区", "西陵区"]
    assert parse_assignment("秭归县、夷陵区") is None  # nothing says they are governments


def test_the_person_in_charge_of_a_unit_is_no_charge_on_it() -> None:
    # 主要负责同志, 负责人为组长: who heads a unit, not the unit put in charge; 负责人口普查 is the charge
    assert subject_units("各县(市)区政府主要负责同志递交了2017年重点项目建设目标责任书", item=True) is None
    assert subject_units("乡成立以乡主要负责人为组长、分管负责人为副组长的领导小组", item=True) is None
    census = subject_units("省统计局负责人口普查的日常工作,并全面负责专业技术工作")
    assert census is not None and census.departments == (("省统计局", LEAD),)


def test_the_units_a_unit_is_asked_to_work_with_co_operate() -> None:
    asked = subject_units("爱卫办要会同政府督查室扎实开展督导检查,及时详实准确掌握工作动态")
    assert asked is not None
    assert asked.departments == (("爱卫办", LEAD), ("政府督查室", CO))
    with_all = subject_units("九龙半岛开发建设公司要会同有关部门,积极主动服务、全力做好保障")
    assert with_all is not None
    assert with_all.departments == (("九龙半岛开发建设公司", LEAD), ("有关部门", CO))
    # …whatever it is asked to do: what it will do (将), or shall (应)
    will = subject_units("县行革办将联合政府督查室、县监察委开展专项督查,确保代办服务落到实处", item=True)
    shall = subject_units("各地市场监管部门应会同教育部门严格执行食品安全法,加强校园食品安全监管", item=True)
    assert will is not None and shall is not None
    assert will.departments == (("县行革办", LEAD), ("政府督查室", CO), ("县监察委", CO))
    assert shall.departments == (("各地市场监管部门", LEAD), ("教育部门", CO))


def test_the_units_carrying_out_a_policy_are_labelled_as_executing_it() -> None:
    # (执行部门:市经信委,金融产品方式投入): how the money goes in is kept, flagged as no unit's name
    executing = parse_assignment("执行部门:市经信委,金融产品方式投入", marked=True)
    assert executing is not None
    assert executing.departments[0] == ("市经信委", LEAD)
    assert executing.doubtful == ("金融产品方式投入",)


def test_a_bracket_left_by_a_rule_cut_out_of_the_clause_names_no_unit() -> None:
    assignment = parse_assignment("市水务局牵头,各县(市)区政府负责落实。以下均需各县(市)区政府落实,不再列出)")
    assert assignment is not None
    assert [name for name, _ in assignment.departments] == ["市水务局", "各县(市)区政府"]


def test_units_named_at_a_stop_are_none() -> None:
    assert units_named_at("会议要求。县教育局负责", 4) == []
    assert units_named_at("会议要求。县教育局负责", 5) == ["县教育局"]
    # a word run on past what reads as a name is no name: 提升办法 is a way to improve, not an office (办)
    assert units_named_at("提出了要求及提升办法。", 5) == []


def test_units_named_at_prefer_a_longer_name_to_the_two_characters_it_begins_with() -> None:
    assert units_named_at("责成各镇人民政府抓紧落实", 2) == ["各镇人民政府"]
    assert units_named_at("责成各村做好排查", 2) == ["各村"]
    assert units_named_at("会同环保局、县妇联根据会议意见", 2) == ["环保局", "县妇联"]


def test_stars_in_a_run_mask_a_name_and_a_lone_star_marks_the_lead() -> None:
    masked = parse_assignment("****体育局、县**局、****监管局", marked=True)
    starred = parse_assignment("区财政局、区政府办公室*", marked=True)
    assert masked is not None and starred is not None
    assert masked.departments == (("****体育局", LEAD), ("县**局", CO), ("****监管局", CO))
    assert starred.departments == (("区政府办公室", LEAD), ("区财政局", CO))


def test_units_named_at_read_the_fields_of_a_list_of_departments() -> None:
    assert units_named_at("会同经信、环保、价格、质监等部门认真总结", 2) == ["经信", "环保", "价格", "质监"]


def test_units_a_unit_joins_with_co_operate_and_a_name_holding_the_word_is_whole() -> None:
    joined = subject_units("乡环境保护办公室联合乡综合行政执法大队、市场监管所,持续对辖区内所有商店进行检查")
    assert joined is not None
    assert joined.departments == (("乡环境保护办公室", LEAD), ("乡综合行政执法大队", CO), ("市场监管所", CO))
    federation = subject_units("县供销合作社联合社要加快建设再生资源回收网点,完善回收体系")
    assert federation is not None and federation.departments == (("县供销合作社联合社", LEAD),)


def test_units_named_at_read_a_collective_of_levels_whole() -> None:
    assert units_named_at("会同区、镇、街道负责落实粮食生产面积", 2) == ["区、镇、街道"]


def test_units_named_at_read_a_sub_districts_name_whole() -> None:
    assert units_named_at("联合十里铺街道开展人防工程安全检查", 2) == ["十里铺街道"]
    assert units_named_at("及时通知所属的省级计量技术机构", 2) == []  # 所属 names no office (所)


@pytest.mark.parametrize(
    ("text", "item", "units"),
    [
        # the part of the work first, then the unit leading it
        ("第一分队由县投资促进局牵头,具体负责京、津、鲁地区招商引资;", False, ["县投资促进局"]),
        # the part may be all the work the clause names
        ("高新技术馆由省科技厅牵头;", False, ["省科技厅"]),
        # …, the verb saying how the unit does it
        ("网民留言工作的回复办理由中心信息宣传科具体负责。", True, ["中心信息宣传科"]),
        # the short name the text gives the unit is no part of its name
        (
            "市服务热线指挥中心(以下简称市指挥中心)负责统筹热线日常工作,做好工单分派。",
            True,
            ["市服务热线指挥中心"],
        ),
        ("日常工作由市服务热线指挥中心(下称市指挥中心)负责,做好工单分派。", True, ["市服务热线指挥中心"]),
        # where an office sits, between it and its verb
        ("联席会议办公室设在坊前镇应急办,负责制定学生防溺水工作方案。", True, ["联席会议办公室"]),
        # the case that calls for its work, between it and its verb
        ("城管部门发现流浪未成年人,应当告知并协助公安机关将其护送到救助保护机构。", True, ["城管部门"]),
        (
            "领导小组办公室设在区经贸局,对应市菜改办的工作,负责菜市场的日常管理工作。",
            True,
            ["领导小组办公室"],
        ),
        # how the unit does its work, by the rules, before the verb
        (
            "区人力资源社会保障局按规定落实居家社区养老服务从业人员技能培训补贴政策。",
            True,
            ["区人力资源社会保障局"],
        ),
        # the other name the unit goes by is part of its name
        (
            "县发展和改革委员会(县粮食和物资储备局)会同县财政局负责提出县级储备粮布局和动用的意见。",
            True,
            ["县发展和改革委员会(县粮食和物资储备局)", "县财政局"],
        ),
        # the unit's part between it and the verb
        ("县科协作为科普工作的牵头单位,要切实发挥牵头作用,协调有关部门开展科普工作。", False, ["县科协"]),
        # a share of a division of labour: 主要做好
        (
            "市农办、市建设局、市旅游局主要做好市内招商合作项目的产业政策前期审查等工作。",
            True,
            ["市农办", "市建设局", "市旅游局"],
        ),
        ("市农办、市建设局主要做好市内招商合作项目的产业政策前期审查等工作。", False, ["市农办", "市建设局"]),
        # a verb inside the unit's name (指导 of 指导委员会) is no verb
        (
            "各级人民调解工作指导委员会要认真履行职责,协调有关地方和部门实行联合调查处理。",
            True,
            ["各级人民调解工作指导委员会"],
        ),
        (
            "各责任协调单位要采取切实可行的措施,督促和推动项目业主单位全面完成重点项目填报。",
            True,
            ["各责任协调单位"],
        ),
    ],
)
def test_subject_units_of_a_share(text: str, item: bool, units: list[str]) -> None:
    found = subject_units(text, item=item)
    assert found is not None and [name for name, _ in found.departments] == units


def test_a_call_on_every_unit_of_a_kind_to_help_a_named_unit_is_that_units_work() -> None:
    helping = subject_units("各相关单位要切实提高政治站位,积极配合区交通运输局尽快完成执法人员划转工作")
    assert helping is not None
    assert helping.departments == (("区交通运输局", LEAD), ("各相关单位", CO))
    assert subject_units("各相关单位要切实提高政治站位,积极配合做好执法人员划转工作") is None
    assert subject_units("各相关单位要切实提高政治站位。积极配合区交通运输局完成划转工作") is None


def test_what_is_done_by_whom_is_no_subject() -> None:
    assert subject_units("考核工作由省政府组织实施,每年考核一次。", item=True) is None


def test_saying_the_units_are_not_listed_again_is_a_rule_not_a_unit() -> None:
    assignment = parse_assignment(
        "牵头单位:市委组织部、市人力社保局,责任单位:市委编办、市残联,各区县残疾人工作委员会成员单位按职责分工负责落实,不再列出"
    )
    assert assignment is not None
    assert [name for name, _ in assignment.departments] == [
        "市委组织部",
        "市人力社保局",
        "市委编办",
        "市残联",
        "各区县残疾人工作委员会成员单位",
    ]
    assert assignment.rules == ("不再列出",)
    assert assignment.doubtful == ()


def test_the_condition_opening_a_rule_is_part_of_the_rule() -> None:
    assignment = parse_assignment("责任单位:省体育局,省发展改革委;如无特别说明,排在首位的为牵头单位,下同")
    assert assignment is not None
    assert [name for name, _ in assignment.departments] == ["省体育局", "省发展改革委"]
    assert assignment.rules == ("如无特别说明，排在首位的为牵头单位，下同",)


@pytest.mark.parametrize("who", ["各任务牵头单位", "各项目配合部门"])
def test_a_unit_named_for_its_role_in_the_tasks_is_no_verb(who: str) -> None:
    # 牵头 and 配合 charge a unit (市人社局牵头), but name one before 单位 or 部门 (各任务牵头单位)
    ledger = parse_text(f"区人社局要聚焦目标任务、协同作战。{who}要协调其他责任部门,协同推进相关工作;")
    assert [[d.name for d in task.departments] for task in ledger.tasks] == [["区人社局"], [who]]


def test_townships_and_streets_joined_and_helpers_who_do_their_part() -> None:
    # 各乡(镇)、街 is one collective (its level in brackets); 做好配合 names the helpers
    units = subject_units("此次宣传活动由市医保局牵头,各乡(镇)、街及市公安局、市卫健局做好配合。")
    assert units is not None
    assert [(name, role.value) for name, role in units.departments] == [
        ("市医保局", "lead"),
        ("各乡(镇)、街", "co"),
        ("市公安局", "co"),
        ("市卫健局", "co"),
    ]


def test_the_units_of_a_programme_named_by_its_quoted_name_open_a_share() -> None:
    units = subject_units("各村(居)委会、“河长制”各责任单位要履行好职责,制定各专项整治行动方案。", item=True)
    assert units is not None
    assert [name for name, _ in units.departments] == ["各村(居)委会", "“河长制”各责任单位"]


def test_a_unit_wholly_in_charge_of_the_work_it_names_first() -> None:
    units = subject_units("各乡镇人民政府(管理区)对本辖区森林防火工作全面负责,政府主要负责同志为第一责任人。")
    assert units is not None
    assert [name for name, _ in units.departments] == ["各乡镇人民政府(管理区)"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a school's people charged in its name: the school is charged
        ("各级学校主要负责同志要切实履行第一责任人责任,组织开展摸底排查工作。", ["各级学校"]),
        # a copy's stray space inside a name
        (
            "各级政法、教育、水利、民政部 门要将预防未成年人溺水工作纳入平安建设。",
            ["各级政法", "教育", "水利", "民政部门"],
        ),
    ],
)
def test_a_units_people_or_a_stray_space_in_its_name_still_charge_the_unit(
    text: str, names: list[str]
) -> None:
    units = subject_units(text, item=True)
    assert units is not None
    assert [name for name, _ in units.departments] == names


def test_the_market_regulators_field_written_short_in_a_list_of_fields() -> None:
    # 市场 alone is a market; in a list of fields before their shared word, the market regulator
    assignment = parse_assignment("县环保、市场、应急等部门")
    assert assignment is not None and not assignment.doubtful
    assert [name for name, _ in assignment.departments] == ["县环保", "市场", "应急"]
    assert parse_assignment("市场") is None or parse_assignment("市场").doubtful


def test_a_units_responsible_comrades_charged_in_its_name_charge_the_unit() -> None:
    units = subject_units("各窗口管理单位负责同志要常态化进窗口,督促指导政务服务。", item=True)
    assert units is not None
    assert [name for name, _ in units.departments] == ["各窗口管理单位"]
    possessed = subject_units(
        "各相关单位的主要领导必须参加,提早组织干部职工在指定时间和地点集合。", item=True
    )
    assert possessed is not None
    assert [name for name, _ in possessed.departments] == ["各相关单位"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # its Party committee and government, one name; what it concerns before 负总责
        ("镇党委、政府对本辖区防溺水工作负总责,成立领导小组,加强统筹协调。", ["镇党委、政府"]),
        ("县应急管理局负总责,统筹协调各成员单位开展工作。", ["县应急管理局"]),
    ],
)
def test_a_unit_in_overall_charge(text: str, names: list[str]) -> None:
    units = subject_units(text)
    assert units is not None
    assert [name for name, _ in units.departments] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # what the unit is for the work, after 为 as after 是
        (
            "各镇乡政府、街道办事处为文物安全属地和管理主体责任单位,要坚持问题导向,落实巡查制度。",
            ["各镇乡政府", "街道办事处"],
        ),
        # an item's unit doing its work in full
        ("市、县(区)文物行政部门全面归集文物保护单位核定公布文件,建立档案。", ["市、县(区)文物行政部门"]),
    ],
)
def test_a_unit_named_for_its_part_or_doing_its_work_in_full_opens_an_item(
    text: str, names: list[str]
) -> None:
    units = subject_units(text, item=True)
    assert units is not None
    assert [name for name, _ in units.departments] == names


def test_a_unit_that_bears_its_work_opens_an_item_but_one_named_for_it_is_a_name() -> None:
    units = subject_units("动物疫病预防控制机构承担本行政区域内动物疫情的监测、检测、诊断工作。", item=True)
    named = subject_units("各项目承担单位应严格按照规定,认真做好地方标准的制修订工作。", item=True)
    assert units is not None and named is not None
    assert [name for name, _ in units.departments] == ["动物疫病预防控制机构"]
    assert [name for name, _ in named.departments] == ["各项目承担单位"]


def test_a_space_after_a_heading_joins_it_to_no_name() -> None:
    # a stray space breaks a name only in its last characters, before its verb (民政部 门要…, 各成员单位 要…);
    # the page stops in this item, so its unit is read as a cut one's would be
    ledger = parse_text(
        "市场监管局作为特种设备安全监管的专业机构,承担着技术指导等职能。\n"
        "1. 技术指导 市场监管局负责为电梯安装提供技术支持,包括审核电梯的设计方案和制造资质。在电梯选"
    )
    assert "技术指导市场监管局" not in [d.name for task in ledger.tasks for d in task.departments]
    units = subject_units("各成员单位 要深入学习领会会议精神,抓好贯彻落实。", item=True)
    assert units is not None and [name for name, _ in units.departments] == ["各成员单位"]


def test_when_a_unit_does_its_work_may_stand_before_its_verb_with_a_comma() -> None:
    units = subject_units("南宁中燃公司在燃气施工期间,须设置各类警示、保护措施,确保施工安全。", item=True)
    assert units is not None and [name for name, _ in units.departments] == ["南宁中燃公司"]
