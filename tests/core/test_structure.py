"""Tasks found in the structure of the text: items, measures, separate responsibility lines, standing rules."""

from __future__ import annotations

import pytest

from greenpolicy.core import parse_text
from greenpolicy.core.model import Role, TaskKind


def test_numbered_items_with_their_own_responsibility_lines() -> None:
    ledger = parse_text(
        "一、主要目标\n\n1.生产总值增长6%以上。\n\n责任单位:市发改委\n\n2.规上工业增加值增长8%。\n\n责任单位:市经信局、市科技局\n"
    )
    assert [task.text for task in ledger.tasks] == ["生产总值增长6%以上。", "规上工业增加值增长8%。"]
    assert [task.number for task in ledger.tasks] == ["1", "2"]
    assert all(task.kind is TaskKind.ITEM for task in ledger.tasks)
    assert [d.name for d in ledger.tasks[1].departments] == ["市经信局", "市科技局"]
    assert ledger.tasks[0].section_path == ("一、主要目标",)


def test_lead_and_co_lines_after_an_item_make_one_assignment() -> None:
    ledger = parse_text(
        "（一）加快绿色设计。完善政策。\n牵头单位：市经济信息委\n配合单位：市发展改革委、市科技局\n完成时限：2021年底前\n"
        "（二）推进清洁生产。制定方案。\n牵头单位：市生态环境局\n"
    )
    first, second = ledger.tasks
    assert [(d.name, d.role) for d in first.departments] == [
        ("市经济信息委", Role.LEAD),
        ("市发展改革委", Role.CO),
        ("市科技局", Role.CO),
    ]
    assert first.deadline.text == "2021年底前"
    assert first.text == "完善政策。"
    assert second.lead is not None and second.lead.name == "市生态环境局"


def test_several_paragraphs_with_assignments_under_one_heading_are_separate_tasks() -> None:
    ledger = parse_text(
        "（一）推行绿色设计\n健全政策机制。（市发展改革委负责）\n加快标准制修订。（市市场监管局牵头，市科技局配合）\n"
    )
    assert [task.text for task in ledger.tasks] == ["健全政策机制。", "加快标准制修订。"]
    assert all(task.section_path == ("（一）推行绿色设计",) for task in ledger.tasks)
    assert ledger.tasks[1].lead is not None and ledger.tasks[1].lead.name == "市市场监管局"


def test_an_assignment_between_sentences_closes_a_task_of_its_own() -> None:
    ledger = parse_text(
        "1.制定准入清单。完成清单编制工作。（市生态环境局牵头，市发展改革委参与）严禁新建小锅炉。"
        "（市市场监管局负责）\n"
    )
    assert [(task.number, task.text) for task in ledger.tasks] == [
        ("1", "完成清单编制工作。"),
        (None, "严禁新建小锅炉。"),
    ]
    assert [[d.name for d in task.departments] for task in ledger.tasks] == [
        ["市生态环境局", "市发展改革委"],
        ["市市场监管局"],
    ]


def test_a_note_between_sentences_stays_in_the_text() -> None:
    ledger = parse_text("1.推进试点。（试点名单另行通知）扩大试点范围。（市发展改革委负责）\n")
    assert [task.text for task in ledger.tasks] == [
        "（试点名单另行通知）扩大试点范围。"
    ]  # 推进试点: its heading


def test_an_assignment_in_square_brackets_holding_round_ones() -> None:
    ledger = parse_text(
        "1.整治散乱污企业。〔市生态环境局牵头，各县、区人民政府(管委会)负责落实。"
        "以下各项工作均需各县、区人民政府(管委会)落实，不再列出。〕\n"
        "2.推广清洁能源。（市能源局负责）\n"
    )
    first, second = ledger.tasks
    assert first.text == "整治散乱污企业。"
    assert [d.name for d in first.departments] == ["市生态环境局", "各县、区人民政府(管委会)"]
    assert [d.name for d in second.departments] == ["市能源局"]
    notes = [d.message for d in ledger.diagnostics if d.code == "standing_assignment"]
    assert notes == ["文件规定“各县、区人民政府(管委会)”须落实其后各项任务（不再逐项列出）：M2"]


def test_inline_heading_is_removed_from_the_task_text() -> None:
    ledger = parse_text("（三）优化就业服务。开放线上失业登记。（教育部、财政部按职责分工负责）\n")
    task = ledger.tasks[0]
    assert task.text == "开放线上失业登记。"
    assert task.section_path == ("（三）优化就业服务",)
    assert task.number == "（三）"


def test_the_inline_heading_of_a_paragraph_under_a_heading_line_is_removed() -> None:
    ledger = parse_text(
        "第九章 加快少数民族特色村镇保护发展\n"
        "第一节 保护改造民族特色民居\n"
        "加强少数民族特色民居保护。制定少数民族特色村镇民居保护与发展技术导则,保护营造技法、建造技艺和传统建筑风格。"
        "(国家民委、住房城乡建设部)\n"
    )
    (task,) = ledger.tasks
    assert task.text == "制定少数民族特色村镇民居保护与发展技术导则,保护营造技法、建造技艺和传统建筑风格。"
    assert task.section_path[-1] == "第一节保护改造民族特色民居"
    duties = parse_text(
        "一、各级政府工作职责\n"
        "(一)县人民政府职责\n"
        "统一领导辖区内的地质灾害防治工作。组织有关部门开展群测群防、抢险救灾、搬迁避让和工程治理等各项工作。\n"
    )
    assert [t.text[:9] for t in duties.tasks] == ["统一领导辖区内的地"]  # a duty under an item's heading


def test_a_short_inline_heading_set_apart_by_a_space_is_removed_and_a_unit_so_set_apart_is_not() -> None:
    ledger = parse_text(
        "住建局在小区电梯安装过程中的主要职责包括规划审批、施工监督等环节。\n"
        "1. 施工监督 在电梯安装的实际施工阶段,住建局负责监督施工单位是否按照设计图纸开展工作。住建局还会定期巡查工地。\n"
        "2. 工程验收 当电梯安装完成后,住建局负责组织相关部门进行联合验收。\n"
    )
    rows = [(t.section_path, t.text[:9], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        (("1.施工监督",), "在电梯安装的实际施", ["住建局"]),
        (("2.工程验收",), "当电梯安装完成后,", ["住建局"]),
    ]
    unit = parse_text("二、职责分工\n1. 市场监管局 负责为电梯安装提供技术支持,包括审核电梯的设计方案。\n")
    assert [(t.text[:9], [d.name for d in t.departments]) for t in unit.tasks] == [
        ("市场监管局 负责为", ["市场监管局"])
    ]


def test_an_inline_heading_of_two_short_phrases_is_removed_and_a_first_sentence_with_a_date_is_not() -> None:
    ledger = parse_text(
        "2.宣传动员,提升卫生健康意识。一是利用各类媒体加强宣传。(牵头单位:市爱卫办)\n"
        "3.2021年底前,完成垃圾分类设施建设。加强督查。(牵头单位:市城管局)\n"
        "4.科学合理制定政府立法工作计划,提高立法透明度和公众参与度。按照原则编制计划。(牵头单位:市法制办)\n"
    )
    rows = [(t.section_path, t.text[:9]) for t in ledger.tasks]
    assert rows == [
        (("2.宣传动员,提升卫生健康意识",), "一是利用各类媒体加"),
        ((), "2021年底前,完"),
        (("4.科学合理制定政府立法工作计划,提高立法透明度和公众参与度",), "按照原则编制计划。"),
    ]


def test_standing_rule_is_reported_with_the_tasks_it_covers_and_departments_stay_as_written() -> None:
    ledger = parse_text(
        "各区县政府是落实主体，以下各项任务均需各区县政府落实，不再列出。\n"
        "1.推进垃圾分类。（市城市管理局负责）\n2.推广绿色建材。（市住房城乡建委负责）\n"
    )
    assert [[d.name for d in task.departments] for task in ledger.tasks] == [
        ["市城市管理局"],
        ["市住房城乡建委"],
    ]
    notes = [d.message for d in ledger.diagnostics if d.code == "standing_assignment"]
    assert notes == ["文件规定“各区县政府”须落实其后各项任务（不再逐项列出）：M1、M2"]


def test_document_cut_off_inside_an_item_keeps_it_as_incomplete() -> None:
    ledger = parse_text("1.实施招商引资行动。\n责任单位:市发改委\n2.紧盯中字头项目,力争引进\n责任单位:市")
    assert [task.incomplete for task in ledger.tasks] == [False, True]
    assert ledger.tasks[1].departments == ()
    assert ledger.tasks[1].text == "紧盯中字头项目,力争引进"


def test_closing_sections_without_assignments_are_not_tasks() -> None:
    ledger = parse_text(
        "（一）推行绿色设计。健全政策。（市发展改革委负责）\n三、组织实施\n（一）抓好贯彻落实。各部门按照职责分工抓好落实。\n"
    )
    assert len(ledger.tasks) == 1
    assert not any(d.code == "truncated" for d in ledger.diagnostics)


def test_outline_nests_numbered_headings() -> None:
    ledger = parse_text(
        "一、总体要求\n（一）指导思想。坚持。\n二、主要任务\n（一）推行绿色设计。健全。（市发展改革委负责）\n"
    )
    assert [node.label for node in ledger.outline] == ["一、", "二、"]
    assert ledger.outline[1].title == "主要任务"
    assert ledger.outline[1].children[0].title == "推行绿色设计"


def test_a_heading_whose_title_opens_with_a_year_closes_the_item_before_it() -> None:
    ledger = parse_text(
        "一、2023年主要预期目标\n1.地区生产总值增长8%以上。（牵头单位：区发改局）\n"
        "二、2023年主要工作安排\n2.启动南外环项目建设，推进改扩建。（牵头单位：区交通运输局）\n"
    )
    assert [node.title for node in ledger.outline] == ["2023年主要预期目标", "2023年主要工作安排"]
    assert [task.text for task in ledger.tasks] == [
        "地区生产总值增长8%以上。",
        "启动南外环项目建设，推进改扩建。",
    ]
    assert ledger.tasks[1].section_path == ("二、2023年主要工作安排",)


def test_items_numbered_with_a_small_full_stop() -> None:
    ledger = parse_text(
        "一、开展云网升级\n1﹒打造总门户。6月底前,制定规范。(责任单位:省政务办)\n"
        "2﹒应用“苏服码”。5月底前,制定标准规范。(责任单位:省公安厅)\n"
    )
    assert [(task.number, task.text) for task in ledger.tasks] == [
        ("1", "6月底前,制定规范。"),
        ("2", "5月底前,制定标准规范。"),
    ]
    assert ledger.tasks[0].section_path == ("一、开展云网升级", "1﹒打造总门户")


def test_an_item_opening_with_a_year_a_template_masks_keeps_its_number() -> None:
    ledger = parse_text(
        "1.20XX中国客家生态文化旅游节新闻发布会\n活动时间:3月上旬\n牵头单位:县委宣传部、县旅游局\n"
        "2.客家生态文化旅游节启动仪式\n活动时间:3月20日上午\n牵头单位:县委宣传部\n"
    )
    assert [(t.number, t.text.split("\n")[0]) for t in ledger.tasks] == [
        ("1", "20XX中国客家生态文化旅游节新闻发布会"),
        ("2", "客家生态文化旅游节启动仪式"),
    ]


def test_labels_with_stray_spaces_before_their_stop() -> None:
    ledger = parse_text(
        "一 、 承担的省政府工作报告重点工作任务\n"
        "    1 . 严格管控地方政府债务，切实保障“三保”支出。\n    牵头单位:市 财政局\n"
        "    2 . 强化县城综合承载能力。\n    责任单位: 市 住建局 、资源规划 局\n"
    )
    rows = [(task.number, task.text, task.section_path) for task in ledger.tasks]
    assert rows == [
        ("1", "严格管控地方政府债务，切实保障“三保”支出。", ("一 、承担的省政府工作报告重点工作任务",)),
        ("2", "强化县城综合承载能力。", ("一 、承担的省政府工作报告重点工作任务",)),
    ]
    assert [d.name for d in ledger.tasks[1].departments] == ["市 住建局", "资源规划 局"]


def test_bracketed_labels_with_a_stop_a_copy_set_after_them() -> None:
    ledger = parse_text(
        "第三十二条 地名标志设置经费:\n"
        "(二)、城乡居民地的门牌、栋号牌的设置和管理经费,由产权单位承担。收费标准由物价部门核定;\n"
        "(六)、车站、码头、机场、渡口等交通设施的地名标志设置工作,由交通主管部门负责;\n"
    )
    assert [(t.number, t.text[:4]) for t in ledger.tasks] == [("(二)", "城乡居民"), ("(六)", "车站、码")]


def test_an_items_short_heading_run_straight_on_into_who_leads_the_work_is_set_apart() -> None:
    ledger = parse_text(
        "(二)举办科普巡回展由县科委、县环保局牵头,组织科普展览在社区、街镇巡回开展。\n"
        "(三)举办科技创新讲座由县科委牵头,邀请科技部专家主讲创新方法。\n"
    )
    rows = [(t.text[:6], t.section_path[-1:]) for t in ledger.tasks]
    assert rows == [("由县科委、县", ("(二)举办科普巡回展",)), ("由县科委牵头", ("(三)举办科技创新讲座",))]


def test_an_assignment_broken_over_lines_of_a_double_spaced_page() -> None:
    ledger = parse_text(
        "(一)开展互联网领域治理。\n\n1. 开展“剑网2022”专项行动,严厉打击网络侵权盗版行为。\n\n"
        "(中央宣传部、中央网信办、公安部按职责分工\n\n负责)\n\n"
        "2. 开展网售药品专项整治。(药监局负责)\n"
    )
    first, second = ledger.tasks
    assert first.text == "开展“剑网2022”专项行动,严厉打击网络侵权盗版行为。"
    assert [d.name for d in first.departments] == ["中央宣传部", "中央网信办", "公安部"]
    assert [d.name for d in second.departments] == ["药监局"]


def test_assignment_on_a_numbered_title_takes_the_paragraphs_below_it() -> None:
    ledger = parse_text(
        "二、主要任务\n（一）推进绿色设计（责任单位：市经济信息委）\n完善政策机制。加快标准。\n"
        "（二）强化清洁生产（牵头单位：市生态环境局；配合单位：市发展改革委）\n制定方案。\n三、保障措施\n加强领导。"
    )
    first, second = ledger.tasks
    assert (first.number, first.text) == ("（一）", "完善政策机制。加快标准。")
    assert first.section_path == ("二、主要任务", "（一）推进绿色设计")
    assert second.text == "制定方案。"
    assert [d.name for d in second.departments] == ["市生态环境局", "市发展改革委"]


def test_names_written_in_full_before_the_cut_are_kept() -> None:
    ledger = parse_text(
        "1.推进垃圾分类。（市城市管理局负责）\n2.推广绿色建材，建立推广机制。（市住房城乡建委、市经济信息委、市规"
    )
    last = ledger.tasks[-1]
    assert last.incomplete
    assert last.text == "推广绿色建材，建立推广机制。"
    assert [(d.name, d.role) for d in last.departments] == [
        ("市住房城乡建委", Role.LEAD),
        ("市经济信息委", Role.CO),
    ]


def test_a_cut_inside_the_verb_after_the_last_name_keeps_that_name() -> None:
    for ending in ("牵", "配", "负", "按职"):
        ledger = parse_text(
            "1.推进垃圾分类。〔市城市管理局牵头〕\n"
            f"2.建立健全管理机构。明确管理机构和职责。〔省发展改革委、人行成都分行{ending}"
        )
        last = ledger.tasks[-1]
        assert last.incomplete
        assert [d.name for d in last.departments] == ["省发展改革委", "人行成都分行"]


def test_a_cut_in_the_units_an_item_opens_with_keeps_the_names_before_the_cut() -> None:
    for ending in ("县交通运输局、县", "县交通运输局、县住建局负"):
        ledger = parse_text(
            "1.县应急管理局负责尾矿库、危险化学品、烟花爆竹等行业的隐患排查治理工作。\n"
            "2.县公安局负责道路交通、民用爆炸物品运输等行业的隐患排查治理工作。\n"
            f"3.{ending}"
        )
        last = ledger.tasks[-1]
        assert (last.number, last.incomplete) == ("3", True)
        expected = ["县交通运输局", "县住建局"] if ending.endswith("负") else ["县交通运输局"]
        assert [d.name for d in last.departments] == expected


def test_a_cut_after_the_lead_of_a_bracket_keeps_the_names_before_the_cut() -> None:
    for ending in ("市住建局等", "市住建局", "市住建局等政府各有关"):
        ledger = parse_text(
            "1.推进垃圾分类。（市城市管理局牵头，市商务委配合）\n"
            f"2.推广绿色建材，建立推广机制。（市发展改革委牵头，{ending}"
        )
        last = ledger.tasks[-1]
        assert last.incomplete
        assert last.text == "推广绿色建材，建立推广机制。"
        assert [(d.name, d.role) for d in last.departments] == [
            ("市发展改革委", Role.LEAD),
            ("市住建局", Role.CO),
        ]


def test_leader_lines_are_neither_text_nor_departments_and_unit_lines_read_together() -> None:
    ledger = parse_text(
        "1.地区生产总值增长6%左右。\n牵头区领导：罗  平\n牵头单位：区发展改革委\n责任单位：区经济信息委、区统计局\n"
        "2.固定资产投资增长8%。\n牵头区领导：罗  平\n牵头单位：区发展改革委\n"
    )
    first, second = ledger.tasks
    assert first.text == "地区生产总值增长6%左右。"
    assert [(d.name, d.role) for d in first.departments] == [
        ("区发展改革委", Role.LEAD),
        ("区经济信息委", Role.CO),
        ("区统计局", Role.CO),
    ]
    assert second.text == "固定资产投资增长8%。"


def test_section_labels_and_a_document_ending_on_a_label_line() -> None:
    ledger = parse_text(
        "1.推动高新区晋升国家级高新技术产业开发区。\n责任领导:王力\n牵头科室(单位):高新科\n"
        "配合科室:计划科、政策法规科\n完成时限:2018年12月\n"
    )
    task = ledger.tasks[0]
    assert [(d.name, d.role.value) for d in task.departments] == [
        ("高新科", "lead"),
        ("计划科", "co"),
        ("政策法规科", "co"),
    ]
    assert task.deadline.text == "2018年12月"
    assert not any(d.code in ("truncated", "doubtful_department") for d in ledger.diagnostics)


def test_a_document_ending_inside_a_list_of_units_is_cut_off() -> None:
    ledger = parse_text("1.新建中小学10所。\n牵头单位：区教委\n责任单位：区发展改革委、区财政局、")
    assert any(d.code == "truncated" for d in ledger.diagnostics)


def test_assignments_in_square_black_brackets() -> None:
    ledger = parse_text(
        "1.推进节能改造。实施改造。【市发展改革委负责】推广节能技术。【牵头单位：市科技局；配合单位：市财政局】\n"
    )
    assert [(task.text, [d.name for d in task.departments]) for task in ledger.tasks] == [
        ("实施改造。", ["市发展改革委"]),
        ("推广节能技术。", ["市科技局", "市财政局"]),
    ]
    assert not any(d.code == "truncated" for d in ledger.diagnostics)


def test_an_assignment_closing_a_sentence_before_the_next_one() -> None:
    ledger = parse_text(
        "（三）强化科技支撑。加快绿色技术创新体系建设（科技部、发展改革委负责）；完善绿色技术推广政策（财政部负责）。\n"
    )
    assert [(task.text, [d.name for d in task.departments]) for task in ledger.tasks] == [
        ("加快绿色技术创新体系建设", ["科技部", "发展改革委"]),
        ("完善绿色技术推广政策", ["财政部"]),
    ]


def test_a_bracket_naming_what_it_follows_is_not_an_assignment() -> None:
    ledger = parse_text(
        "三、加强调度。各地要于每季度结束后10日内报送我委（环资司）。年底前各地要全面总结。\n"
    )
    # the calls on every locality are the notice's tasks; the bracket stays in their text, no unit of theirs
    assert [(t.text, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("各地要于每季度结束后10日内报送我委（环资司）。年底前各地要全面总结。", ["各地"])
    ]


def test_a_line_broken_inside_its_assignment_is_read_whole() -> None:
    ledger = parse_text(
        "（一）推进绿色设计。健全绿色设计政策机制。（市经济信息委、市发展改革委、市生\n"
        "态环境局等按职责分工负责）\n"
        "（二）强化清洁生产。制定审核实施方案。（市生态环境局牵头，市经济信息委配合）\n"
    )
    assert [(task.number, [d.name for d in task.departments]) for task in ledger.tasks] == [
        ("（一）", ["市经济信息委", "市发展改革委", "市生态环境局"]),
        ("（二）", ["市生态环境局", "市经济信息委"]),
    ]


def test_a_document_cut_off_inside_a_bracket_keeps_its_last_line() -> None:
    ledger = parse_text(
        "（一）推进绿色设计。健全政策机制。（市经济信息委负责）\n（二）强化清洁生产。制定方案。（市生态环境局、市"
    )
    assert ledger.tasks[-1].incomplete
    assert [d.name for d in ledger.tasks[-1].departments] == ["市生态环境局"]


def test_a_list_of_units_broken_across_lines_is_read_whole() -> None:
    ledger = parse_text(
        "1.推进节能改造。\n牵头单位：市发展改革委\n配合单位：市经济信息委、市财\n政局、市生态环境局\n"
        "2.推广绿色建材。\n牵头单位：市住房城乡建委、\n市规划自然资源局\n"
    )
    assert [[d.name for d in task.departments] for task in ledger.tasks] == [
        ["市发展改革委", "市经济信息委", "市财政局", "市生态环境局"],
        ["市住房城乡建委", "市规划自然资源局"],
    ]
    assert not any(d.code in ("doubtful_department", "truncated") for d in ledger.diagnostics)


def test_a_document_ending_on_an_empty_unit_line_is_not_cut_off() -> None:
    ledger = parse_text("1.推进节能改造。\n牵头单位：市发展改革委\n配合单位：无\n")
    assert [d.name for d in ledger.tasks[0].departments] == ["市发展改革委"]
    assert not any(d.code in ("truncated", "doubtful_department") for d in ledger.diagnostics)


def test_department_division_lines_under_each_item_with_a_leader_line() -> None:
    ledger = parse_text(
        "1.地区生产总值增长6%以上。\n分管省领导:林克庆\n部门分工:省发展改革委牵头,各地、各部门配合。\n"
        "2.地方一般公共预算收入增长5%左右。\n分管省领导:林克庆\n部门分工:省财政厅牵头,各地、各部门配合。\n"
    )
    assert [task.text for task in ledger.tasks] == [
        "地区生产总值增长6%以上。",
        "地方一般公共预算收入增长5%左右。",
    ]
    assert [(d.name, d.role.value) for d in ledger.tasks[1].departments] == [
        ("省财政厅", "lead"),
        ("各地", "co"),
        ("各部门", "co"),
    ]
    assert not any(d.code == "doubtful_department" for d in ledger.diagnostics)


def test_a_document_cut_off_inside_its_first_assignment_keeps_that_task() -> None:
    ledger = parse_text(
        "一、落实工作总体部署\n（一）总的要求和主要预期目标。全面贯彻党的十九大精神。\n"
        "主要预期目标是：地区生产总值增长8%左右（分管副省长负责，省发改委牵头，省经信委、省财政厅、"
        "国家统计局湖南调查总队等按职责分"
    )
    (task,) = ledger.tasks
    assert task.incomplete
    assert task.number == "（一）"
    assert [(d.name, d.role) for d in task.departments] == [
        ("省发改委", Role.LEAD),
        ("省经信委", Role.CO),
        ("省财政厅", Role.CO),
        ("国家统计局湖南调查总队", Role.CO),  # 等 closed its name before the cut
    ]


def test_a_document_cut_off_inside_a_labelled_assignment_marks_its_task_incomplete() -> None:
    ledger = parse_text(
        "（一）优化营商环境。深化改革。（牵头单位：省商务厅；责任单位：省经济和信息化委、省金融办）\n"
        "（二）降低成本。减税降费。（牵头单位：省商务厅；责任单位：省经济和信息化委、省金融办、"
    )
    first, second = ledger.tasks
    assert not first.incomplete
    assert second.incomplete
    assert second.text == "减税降费。"


def test_a_last_item_without_the_assignment_lines_its_siblings_have_is_cut_off() -> None:
    ledger = parse_text(
        "一、主要目标\n1.生产总值增长6%以上。\n牵头单位:市发改委\n2.规上工业增加值增长8%。\n牵头单位:市经信局\n"
        "3.其他主要经济指标不低于全市平均水平。\n"
    )
    assert [task.number for task in ledger.tasks] == ["1", "2", "3"]
    assert ledger.tasks[-1].incomplete
    assert ledger.tasks[-1].departments == ()
    assert any(d.code == "truncated" for d in ledger.diagnostics)


def test_an_item_followed_by_a_signature_is_not_cut_off() -> None:
    ledger = parse_text(
        "1.生产总值增长6%以上。\n牵头单位:市发改委\n2.规上工业增加值增长8%。\n牵头单位:市经信局\n"
        "3.各单位要加强组织领导。\n市人民政府办公室\n2023年3月1日\n"
    )
    assert [task.number for task in ledger.tasks] == ["1", "2"]
    assert not any(d.code == "truncated" for d in ledger.diagnostics)


def test_assignments_in_square_brackets_and_a_cut_inside_one() -> None:
    ledger = parse_text(
        "（一）地区生产总值增长11%。[牵头单位:县发改局(粮食局);责任单位:各镇人民政府,嘉鱼经济开发区]\n"
        "（二）财政收入增长8%。[牵头单位:县财政局;责任单位:县税务局]\n"
        "（三）城乡居民人均可支配收入与经济增长同步。[牵头单位:县发改局(粮食局)、县农业农"
    )
    assert [task.text for task in ledger.tasks] == [
        "地区生产总值增长11%。",
        "财政收入增长8%。",
        "城乡居民人均可支配收入与经济增长同步。",
    ]
    assert [d.name for d in ledger.tasks[0].departments] == [
        "县发改局(粮食局)",
        "各镇人民政府",
        "嘉鱼经济开发区",
    ]
    assert [task.incomplete for task in ledger.tasks] == [False, False, True]
    assert [d.name for d in ledger.tasks[2].departments] == ["县发改局(粮食局)"]


def test_an_area_title_carrying_the_assignment_gives_it_to_each_item_under_it() -> None:
    ledger = parse_text(
        "一、扩大有效投资政策(由县发改局牵头实施)\n聚焦九大工程，着力推进140个左右支撑性项目。\n"
        "1.加大财政支持力度。县财政统筹安排资金37.4亿元。\n2.加强资金要素争取。开展专项债项目常态化储备。\n"
        "二、支持产业转型升级政策(县经信局牵头)\n3.支持企业技术改造。对技术改造项目给予补助。\n"
        "4.支持企业上市。对上市企业给予奖励。（县金融办负责）\n"
    )
    rows = [
        (task.number, task.text, [(d.name, d.role.value) for d in task.departments]) for task in ledger.tasks
    ]
    assert rows == [
        ("1", "县财政统筹安排资金37.4亿元。", [("县发改局", "lead")]),
        ("2", "开展专项债项目常态化储备。", [("县发改局", "lead")]),
        ("3", "对技术改造项目给予补助。", [("县经信局", "lead")]),
        ("4", "对上市企业给予奖励。", [("县金融办", "lead")]),  # its own assignment stands
    ]
    assert ledger.tasks[0].section_path == ("一、扩大有效投资政策(由县发改局牵头实施)", "1.加大财政支持力度")


def test_a_short_heading_closed_by_a_colon_is_removed_however_long_the_text_after_it() -> None:
    body = "以习近平新时代中国特色社会主义思想为指导，" * 12  # over 200 characters
    ledger = parse_text(f"（一）总体要求:{body}（省发展改革委牵头，省财政厅配合）\n")
    assert ledger.tasks[0].text == body


def test_a_heading_that_is_one_sentence_names_its_section_whole() -> None:
    ledger = parse_text(
        "（一）推动经济稳定健康发展，必须充分发挥消费、投资、出口均衡拉动作用。\n"
        "认真贯彻落实积极的财政政策。（省财政厅、省发展改革委负责）\n"
        "发挥出口的支撑作用。（省商务厅负责）\n"
    )
    assert ledger.tasks[0].section_path == (
        "（一）推动经济稳定健康发展，必须充分发挥消费、投资、出口均衡拉动作用",
    )


def test_an_assignment_in_brackets_on_a_line_of_its_own() -> None:
    ledger = parse_text(
        "1.健全体制。\n（责任单位：市住建局、市财政局）\n2.完善机制。\n（责任单位：市城市管理局）\n"
    )
    assert [[d.name for d in task.departments] for task in ledger.tasks] == [
        ["市住建局", "市财政局"],
        ["市城市管理局"],
    ]
    assert not any(d.code in ("truncated", "doubtful_department") for d in ledger.diagnostics)


def test_an_assignment_after_sub_items_belongs_to_the_item_above_them() -> None:
    ledger = parse_text(
        "1.完善应急预案体系。\n(1)加强应急预案管理。\n(2)推进预案修订。\n(3)加强应急预案的培训宣传。\n"
        "(责任单位:市直各有关单位、各县(市、区)人民政府)\n2.健全应急管理体制。\n(责任单位:市应急局)\n"
    )
    first, second = ledger.tasks
    assert (first.number, second.number) == ("1", "2")
    assert first.text.startswith("加强应急预案管理。")
    assert "推进预案修订" in first.text
    assert [d.name for d in first.departments] == ["市直各有关单位", "各县(市、区)人民政府"]
    assert not any(d.code == "numbering_gap" for d in ledger.diagnostics)


def test_an_assignment_after_the_numbered_measures_of_a_section_belongs_to_the_section() -> None:
    ledger = parse_text(
        "十八、开展农村黑臭水体治理\n\n【目标任务】\n\n开展农村黑臭水体治理，新增完成43条治理任务。\n\n"
        "【推进措施】\n\n1.积极推进省级试点工作。\n\n2.积极争取省级资金支持。\n\n责任单位：市生态环境局\n\n"
        "十九、推进农村改厕\n\n【目标任务】\n\n新建农村户厕1万户。\n\n责任单位：市农业农村局\n"
    )
    first, second = ledger.tasks
    assert (first.number, first.section_path) == ("十八", ("十八、开展农村黑臭水体治理",))
    assert first.text.startswith("开展农村黑臭水体治理，新增完成43条治理任务。")
    assert "积极争取省级资金支持" in first.text
    assert [d.name for d in first.departments] == ["市生态环境局"]
    assert (second.text, [d.name for d in second.departments]) == ("新建农村户厕1万户。", ["市农业农村局"])


def test_the_name_of_a_field_opening_a_task_is_not_its_text() -> None:
    ledger = parse_text(
        "二、开展绿色饭店创建工作\n任务要求。全县三星级以上的宾馆全面开展创建工作。\n"
        "牵头单位:县旅游局;责任单位:县环保局。\n"
        "三、组织开展节能降耗工作\n任务要求：制定全县节能降耗工作计划。\n牵头单位:县经贸局。\n"
    )
    assert [task.text for task in ledger.tasks] == [
        "全县三星级以上的宾馆全面开展创建工作。",
        "制定全县节能降耗工作计划。",
    ]


def test_a_pages_notice_that_it_shows_part_of_the_text_ends_the_document() -> None:
    ledger = parse_text(
        "四、建设循环经济示范点\n任务要求。新建蔬菜生态生产基地1个。\n牵头单位:县发改委;责任单位:县农委。\n"
        "五、实现重点工业企业污染物稳定达标排放\n(未完,全文共2014字,当前显示627字)\n(请认真阅读下面的提示信息)\n"
    )
    first, last = ledger.tasks
    assert [d.name for d in first.departments] == ["县发改委", "县农委"]
    assert (last.number, last.incomplete, last.departments) == ("五", True, ())
    assert "提示信息" not in last.text
    assert any(d.code == "truncated" for d in ledger.diagnostics)


def test_a_pages_notice_of_how_much_it_shows_ends_the_document() -> None:
    ledger = parse_text(
        "一、坚持市区联动,建立重点招商项目库。三年内全市签约项目不少于20个。(市商务委、各区政府负责)\n"
        "二、强化要素保障\n仅展示626字,全文共4796字\n下载文档 收藏 分享\n"
    )
    assert [(t.number, t.incomplete, "下载" in t.text) for t in ledger.tasks] == [
        ("一", False, False),
        ("二", True, False),
    ]
    assert any(d.code == "truncated" for d in ledger.diagnostics)


def test_a_document_cut_off_after_the_label_of_its_first_assignment_keeps_the_task() -> None:
    ledger = parse_text(
        "各单位：\n现将方案印发给你们。\n1.加快推进新旧动能转换，形成绿色低碳发展格局。(牵头单位:市发"
    )
    (task,) = ledger.tasks
    assert (task.number, task.text, task.departments, task.incomplete) == (
        "1",
        "加快推进新旧动能转换，形成绿色低碳发展格局。",
        (),
        True,
    )


def test_an_assigned_paragraph_outside_any_outline_does_not_take_the_preamble() -> None:
    ledger = parse_text(
        "北极星能源网获悉，3月31日，黑龙江省人民政府发布实施方案的通知。\n"
        "制定能源领域碳达峰实施方案，严格合理控制煤炭消费增长，\n逐步降低煤炭消费比重。（省发改委、省生态环境厅等按职责分工负责）\n"
    )
    (task,) = ledger.tasks
    assert (
        task.text.replace("\n", "")
        == "制定能源领域碳达峰实施方案，严格合理控制煤炭消费增长，逐步降低煤炭消费比重。"
    )


def test_a_sentence_assigning_the_work_above_it() -> None:
    ledger = parse_text(
        "（一）对长期在我市行驶的外地车辆，按规定办理转籍手续。\n以上工作由市公安交警局负责。\n"
        "（二）继续严厉查处外地出租车非法营运。\n以上工作由市交通局负责，各有关部门配合。\n"
    )
    assert [[(d.name, d.role.value) for d in task.departments] for task in ledger.tasks] == [
        [("市公安交警局", "lead")],
        [("市交通局", "lead"), ("各有关部门", "co")],
    ]


def test_a_text_cut_after_a_label_inside_its_assignment_drops_the_cut_name() -> None:
    ledger = parse_text(
        "4.取消或转变管理方式。(牵头单位:区司法局;责任单位:区政府有关部门)\n"
        "5.深化投资审批制度改革。(牵头单位:区行政审批服务局、区发展改革局;责任单位:区政"
    )
    last = ledger.tasks[-1]
    assert last.incomplete
    assert [d.name for d in last.departments] == ["区行政审批服务局", "区发展改革局"]


def test_an_item_heading_and_its_first_sub_item_on_one_line() -> None:
    ledger = parse_text(
        "1.深化商事制度改革。(1)全面落实“多证合一”改革。按照能整合的尽量整合的原则推进。(市工商质监局负责)\n"
        "(2)推进全程电子化登记。统一规范企业登记业务操作系统。(市工商质监局负责)\n"
    )
    assert [(task.number, task.text) for task in ledger.tasks] == [
        ("(1)", "按照能整合的尽量整合的原则推进。"),
        ("(2)", "统一规范企业登记业务操作系统。"),
    ]
    assert ledger.tasks[0].section_path == ("1.深化商事制度改革", "(1)全面落实“多证合一”改革")


def test_a_page_cut_inside_a_measure_before_any_assignment_keeps_it_as_incomplete() -> None:
    ledger = parse_text(
        "一、明确工作重点\n（一）深化权力清单制度。对权力清单进行动态调整，公布2016年版市政府部门权力清单，推"
    )
    (task,) = ledger.tasks
    assert (task.number, task.incomplete, task.departments) == ("（一）", True, ())
    assert task.text.startswith("对权力清单进行动态调整")


def test_a_page_cut_inside_its_goals_shows_no_task() -> None:
    ledger = parse_text(
        "一、把握总体要求，明确工作目标\n（一）总体要求。坚持以公开为常态。\n（二）工作目标。以社会需求为导向，着力推"
    )
    assert ledger.tasks == ()


def test_a_page_cut_right_after_an_assignment_bracket_opens() -> None:
    ledger = parse_text("一、主要任务\n（一）推进城镇污水管网全覆盖。2022年底前完成三年行动目标任务。（")
    (task,) = ledger.tasks
    assert task.text == "2022年底前完成三年行动目标任务。"
    assert task.incomplete


def test_a_page_cut_in_the_units_of_a_paragraph_of_its_own_keeps_it() -> None:
    ledger = parse_text(
        "水利部定期编发水功能区水质状况通报。(水资源司、各流域管理机构负责,各有关单位配合)\n"
        "对水质不达标的重要水功能区,实施综合治理。(水资源司、规计司、建管"
    )
    rows = [(t.text, [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [
        ("水利部定期编发水功能区水质状况通报。", ["水资源司", "各流域管理机构", "各有关单位"], False),
        ("对水质不达标的重要水功能区,实施综合治理。", ["水资源司", "规计司"], True),
    ]


def test_a_page_starting_inside_a_task_below_its_posting_stamp() -> None:
    ledger = parse_text(
        "日期:2016-09-06 22:10\n"
        "居乡村建设。实施农村环境综合整治,2017年年底前,完成20个宜居示范乡镇创建。(市建委牵头)\n"
        "10.完善乡镇及村屯污水处理机制。加快污水处理设施建设。(市建委牵头)\n"
    )
    assert [t.text[:10] for t in ledger.tasks] == ["居乡村建设。实施农村", "加快污水处理设施建设"]


def test_a_page_ending_in_the_bar_that_closes_a_cell_is_not_cut_off() -> None:
    ledger = parse_text(
        "(二十)积极稳妥推进事业单位分类改革。(省编委办、省财政厅负责) 三、加强领导 "
        "省各有关部门要按照确定的改革任务,加强组织领导,抓好贯彻落实。 |"
    )
    assert [t.number for t in ledger.tasks] == ["(二十)"]
    assert not any(d.code == "truncated" for d in ledger.diagnostics)


def test_a_rectification_requirement_names_who_meets_it() -> None:
    ledger = parse_text(
        "1、西大桥西侧河边堤岸有垃圾死角和建筑垃圾。\n整改要求:由县环卫站负责清除上述地段垃圾死角。\n"
        "2、迎宾大道南围墙上有牛皮癣和野广告。\n整改要求:由包片单位县气象局负责清除。\n"
    )
    rows = [(task.number, task.text, [d.name for d in task.departments]) for task in ledger.tasks]
    assert rows == [
        ("1", "西大桥西侧河边堤岸有垃圾死角和建筑垃圾。", ["县环卫站"]),
        ("2", "迎宾大道南围墙上有牛皮癣和野广告。", ["县气象局"]),
    ]


def test_a_rectification_measure_naming_who_urges_it_or_after_a_clause_of_how() -> None:
    ledger = parse_text(
        "1、广伟商城户外宣传广告破损。\n整改措施:由县住建局督促商户更换。\n"
        "2、迎宾大道南侧沿线部分居户旱厕外露。\n整改要求:由城关镇负责对旱厕进行调查摸底。\n"
        "3、沿线商户出店占道经营。\n整改要求:按照先劝阻、再强制的要求,由陈家坝沿线包片单位县职教中心、县消防大队、"
        "县委党校负责对各自片区出店商户开展劝阻教育。\n"
        "4、人行道水果摊贩流动经营。\n整改措施:由市容环境综合整治联合执法工作组负责整治。\n"
    )
    assert [[d.name for d in task.departments] for task in ledger.tasks] == [
        ["县住建局"],
        ["城关镇"],
        ["县职教中心", "县消防大队", "县委党校"],
        ["市容环境综合整治联合执法工作组"],
    ]


def test_a_rectification_measure_in_numbered_parts_each_naming_its_unit() -> None:
    ledger = parse_text(
        "1、人险公司片区:双阳路行道树绑有凉衣绳问题在巡查通报后仍未整改。\n"
        "整改措施:由包片单位县人险公司负责教育清除。\n"
        "2、幼儿园片区:民主巷垃圾箱破损严重,门头牌匾陈旧破损。\n"
        "整改措施:(1)由县环卫站负责更换破损垃圾桶。(2)由包片单位县幼儿园负责教育督促商户更换破旧门头牌匾。\n"
        "3、城关小学片区:小学门口对面及周边商户占路经营。\n"
        "整改措施:由包片单位城关小学负责规范。\n"
    )
    rows = [
        (task.number, task.text[:5], [(d.name, d.role.value) for d in task.departments])
        for task in ledger.tasks
    ]
    assert rows == [
        ("1", "双阳路行道", [("县人险公司", "lead")]),
        ("2", "民主巷垃圾", [("县环卫站", "lead"), ("县幼儿园", "co")]),
        ("3", "小学门口对", [("城关小学", "lead")]),
    ]


def test_places_inspected_with_the_problems_found_and_who_rectifies_them() -> None:
    ledger = parse_text(
        "5月24日，领导小组开展第16次实地督导检查，现对督查过程中发现的问题进行曝光通报。\n"
        "明馨园小区\n存在问题:公示栏、公益广告管理不到位,电动车乱停放。\n责任单位:嵩阳街道\n"
        "黄龙街县医院路段\n存在问题:电动车乱停放,占据人行道。\n责任单位:县卫生健康局、县公安局\n"
    )
    rows = [(task.text, [d.name for d in task.departments]) for task in ledger.tasks]
    assert rows == [
        ("公示栏、公益广告管理不到位,电动车乱停放。", ["嵩阳街道"]),
        ("电动车乱停放,占据人行道。", ["县卫生健康局", "县公安局"]),
    ]


def test_bulleted_problems_with_the_party_answerable_and_the_one_overseeing_it() -> None:
    ledger = parse_text(
        "● 市内各移动、联通、电信营业网点电子滚动屏幕基本无宣传标语。\n"
        "(主体责任:各营业网点,监督责任:移动、联通、电信公司)\n"
        "● 星悦公馆背后建筑工地大量生活、建筑垃圾堆积,无人管理。\n(主体责任:星悦公馆,监督责任:市住建委)\n"
    )
    rows = [(task.text, [(d.name, d.role.value) for d in task.departments]) for task in ledger.tasks]
    assert rows == [
        (
            "市内各移动、联通、电信营业网点电子滚动屏幕基本无宣传标语。",
            [("各营业网点", "lead"), ("移动", "co"), ("联通", "co"), ("电信公司", "co")],
        ),
        ("星悦公馆背后建筑工地大量生活、建筑垃圾堆积,无人管理。", [("星悦公馆", "lead"), ("市住建委", "co")]),
    ]


def test_records_run_together_on_one_line_with_their_fields_set_apart_by_spaces() -> None:
    ledger = parse_text(
        "2014年市政府民生实事项目共有42项任务,现将1-9月份推进情况公布如下: "
        "2.新增安装300套路口交通信息视频采集设备。 牵头领导:王仁洲 责任单位:市公安局 项目责任人:王伟标 "
        "配合单位:市城管局、市财政局 实际完成情况:中心设备调试、前端摄像机上杆安装已完成。 "
        "3.新辟公交线路10条,优化调整20条。 牵头领导:王仁洲 责任单位:市交通委 项目责任人:劳可军 "
        "配合单位:市公安局、市城管局,各区政府 鄞州 海曙 江东 合计 新辟线路年度目标 2 5 1"
    )
    rows = [(task.number, [d.name for d in task.departments]) for task in ledger.tasks]
    assert rows == [
        ("2", ["市公安局", "市城管局", "市财政局"]),
        ("3", ["市交通委", "市公安局", "市城管局", "各区政府"]),
    ]


def test_a_notice_run_together_on_one_line_whose_page_stops_in_its_requirements() -> None:
    ledger = parse_text(
        "市直相关部门、各乡、镇(场)人民政府: 为有效推进市政府重点工作,现将有关事宜通知如下: 一、重点督办事项 "
        "1.加快推进全市农村垃圾收储运一体化进程。(责任单位:城市管理执法大队、各乡镇场) "
        "2.实施改厨、改厕、改圈等工程,提升村屯人居环境质量和水平。(责任单位;住建局、畜牧局、各乡镇场) "
        "二、几点要求 1.市直相关部门、各乡镇,对以上各项工作,要主动认领,对号入座,尽快开展相关工作。 "
        "2.报告要做到内容翔实,简洁明了。 3.8月上旬,松原市将对全市农村人居环境整治工作会上所播视频中"
    )
    rows = [(task.number, [d.name for d in task.departments]) for task in ledger.tasks]
    assert rows == [("1", ["城市管理执法大队", "各乡镇场"]), ("2", ["住建局", "畜牧局", "各乡镇场"])]
    assert [node.label for node in ledger.outline[1].children] == ["1.", "2.", "3."]


def test_items_glued_to_the_bracket_before_them_and_a_pages_summary_label() -> None:
    ledger = parse_text(
        "导读简介描述:但全市废旧物资回收网络仍存在短板(市发展改革委、市商务委按职责分工负责)"
        "6.强化废旧物资回收行业信息化建设(市发展改革委、市经济信息委按职责分工负责)"
        "7.广泛宣传引导(市委宣传部负责)"
    )
    rows = [(task.number, task.text, [d.name for d in task.departments]) for task in ledger.tasks]
    assert rows == [
        (None, "但全市废旧物资回收网络仍存在短板", ["市发展改革委", "市商务委"]),
        ("6", "强化废旧物资回收行业信息化建设", ["市发展改革委", "市经济信息委"]),
        ("7", "广泛宣传引导", ["市委宣传部"]),
    ]


def test_an_item_that_opens_with_who_does_it() -> None:
    ledger = parse_text(
        "8.市工商局负责，市经贸委、市农业局配合，严格实施集贸市场肉品销售管理。\n"
        "9.市城管执法局负责，取缔城区无照经营食品小摊点。\n"
        "10.坚持问题导向负责到底，切实加强监管。\n"
    )
    assert [[(d.name, d.role.value) for d in task.departments] for task in ledger.tasks] == [
        [("市工商局", "lead"), ("市经贸委", "co"), ("市农业局", "co")],
        [("市城管执法局", "lead")],
    ]


def test_an_item_whose_last_sentence_says_who_does_it() -> None:
    ledger = parse_text(
        "一、工作分工\n"
        "（一）关于“确保谷物基本自给”的问题，由发展改革委会同农业部、财政部等部门研究提出落实意见。\n"
        "（二）关于“划定永久基本农田”的问题，由国土资源部会同农业部等部门负责落实。\n"
        "（三）关于项目经费的问题，所需经费由市财政负责。\n"
    )
    assert [[(d.name, d.role) for d in task.departments] for task in ledger.tasks] == [
        [("发展改革委", Role.LEAD), ("农业部", Role.CO), ("财政部", Role.CO)],
        [("国土资源部", Role.LEAD), ("农业部", Role.CO)],
    ]
    assert ledger.tasks[0].text.startswith("关于“确保谷物基本自给”的问题")


def test_a_name_the_text_ends_on_is_kept_when_it_reads_whole() -> None:
    ledger = parse_text(
        "1.推广绿色建材，建立推广机制。（分管副市长、协管副秘书长负责，市住房城乡建委牵头，市经济信息委"
    )
    (task,) = ledger.tasks
    assert task.incomplete
    assert [(d.name, d.role) for d in task.departments] == [
        ("市住房城乡建委", Role.LEAD),
        ("市经济信息委", Role.CO),
    ]


def test_a_bracket_right_after_a_units_name_gives_its_second_name_and_assigns_nothing() -> None:
    ledger = parse_text(
        "关于印发《2021年乡村振兴任务清单》的通知\n发布时间:2021-12-21 14:34\n信息来源:县农业农村局(水利局)\n"
        "各乡镇党委、政府：\n"
    )
    assert ledger.tasks == ()


def test_items_of_a_series_that_opens_with_a_sentence_have_no_inline_headings() -> None:
    ledger = parse_text(
        "（一）减轻企业负担\n"
        "1.按照国家统一部署，平稳有序实施统一政策，保持企业社保缴费成本稳定。（市人力资源社会保障局负责）\n"
        "2.继续实施失业保险稳岗返还政策。放宽返还条件，裁员率放宽到20%。（市人力资源社会保障局负责）\n"
        "（二）强化就业服务\n"
        "1.开展招聘活动。组织线上招聘。（市人力资源社会保障局负责）\n"
    )
    assert [task.text[:8] for task in ledger.tasks] == [
        "按照国家统一部署",
        "继续实施失业保险",
        "组织线上招聘。",
    ]


def test_leader_and_co_operation_lines_of_a_breakdown_and_a_label_the_text_stops_in() -> None:
    ledger = parse_text(
        "一、确保完成全年主要预期目标\n"
        "1. 地区生产总值增长8%以上。\n牵头负责领导:金力。\n牵头责任单位:市发展改革委。\n"
        "协同责任单位:市经信局、市商务局等,各县、市、区政府。\n"
        "2. 社会消费品零售总额增长10.5%以上。\n牵头负责领导:姚志。\n牵头责任"
    )
    first, second = ledger.tasks
    assert first.text == "地区生产总值增长8%以上。"
    assert [(d.name, d.role) for d in first.departments] == [
        ("市发展改革委", Role.LEAD),
        ("市经信局", Role.CO),
        ("市商务局", Role.CO),
        ("各县、市、区政府", Role.CO),
    ]
    assert (second.text, second.departments, second.incomplete) == (
        "社会消费品零售总额增长10.5%以上。",
        (),
        True,
    )


def test_a_line_that_only_names_who_does_the_sentence_of_work_above_it() -> None:
    ledger = parse_text(
        "一、以政务公开助力稳增长\n(一)加强预期引导\n"
        "围绕全市经济政策执行落实情况，通过新闻发布会及时宣传解读。\n市发改委牵头落实\n"
        "加强金融政策信息公开，及时准确将政策意图传递给市场。\n市金融办、人民银行某市中心支行分别牵头落实\n"
        "序\n号\n累计认证生产经营主体(个)\n3\n县农业农村局和各镇人民政府负责\n"
    )
    rows = [(t.text, [(d.name, d.role) for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("围绕全市经济政策执行落实情况，通过新闻发布会及时宣传解读。", [("市发改委", Role.LEAD)]),
        (
            "加强金融政策信息公开，及时准确将政策意图传递给市场。",
            [("市金融办", Role.LEAD), ("人民银行某市中心支行", Role.LEAD)],
        ),
    ]


def test_a_heading_naming_the_lead_of_its_items_and_items_of_one_sentence_each() -> None:
    ledger = parse_text(
        "附件1\n2025年县政府工作报告任务清单\n一、县示范区管委会牵头工作(3项)\n"
        "1.投资3000万元建设南美白对虾工厂化循环水养殖基地。\n2.打造食用菌酵素生产基地。\n"
        "3.建设3个劳动密集型产业园。推动潞讯精密电子30条生产线投产。\n"
        "二、县发改局牵头的工作\n1.推进重点项目建设。\n"
    )
    rows = [(t.number, t.text, [(d.name, d.role) for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "投资3000万元建设南美白对虾工厂化循环水养殖基地。", [("县示范区管委会", Role.LEAD)]),
        ("2", "打造食用菌酵素生产基地。", [("县示范区管委会", Role.LEAD)]),
        ("3", "建设3个劳动密集型产业园。推动潞讯精密电子30条生产线投产。", [("县示范区管委会", Role.LEAD)]),
        ("1", "推进重点项目建设。", [("县发改局", Role.LEAD)]),
    ]


def test_a_page_cut_in_the_sentences_after_a_paragraphs_last_assignment() -> None:
    ledger = parse_text(
        "一、加强政府重点工作信息公开\n"
        "(一)做好信息公开。制定发布城市设计导则。(市规划国土委负责落实)及时公开高速公路建设情况。"
        "(市交通委负责落实)协调发布金融、房地产等领域政策措施,及时公开政府债务"
    )
    rows = [(t.text, [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [
        ("制定发布城市设计导则。", ["市规划国土委"], False),
        ("及时公开高速公路建设情况。", ["市交通委"], False),
        ("协调发布金融、房地产等领域政策措施,及时公开政府债务", [], True),
    ]


def test_a_line_of_names_alone_goes_on_with_the_labelled_list_above_it() -> None:
    ledger = parse_text(
        "(一)实施流域环境综合治理\n1. 深入开展城市黑臭水体整治。建立长效机制。\n"
        "牵头单位:县住建局\n配合单位:县发改委、环保局\n各乡镇(街道)、黎阳建管办\n"
        "2. 推进工业集聚区污水集中处理。\n牵头单位:县环保局\n"
    )
    rows = [(t.number, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", ["县住建局", "县发改委", "环保局", "各乡镇(街道)", "黎阳建管办"]),
        ("2", ["县环保局"]),
    ]


def test_a_report_quoting_the_decisions_units_carry_and_minutes_charging_a_unit() -> None:
    report = parse_text(
        "2024年第五次县政府常务会议确定事项落实情况的通报\n二、工作要求\n"
        "需要加快推进落实事项3件,如县发改局负责的“严格落实全县重点项目前期工作计划。”截至目前,30个项目已完成;"
        "县自然资源局、县水利局负责的“紧盯超长期国债项目12月底前完工的时间节点。”截至目前,开工2个。\n"
    )
    rows = [(t.text, [d.name for d in t.departments], t.deadline.text) for t in report.tasks]
    assert rows == [
        ("严格落实全县重点项目前期工作计划。", ["县发改局"], None),
        ("紧盯超长期国债项目12月底前完工的时间节点。", ["县自然资源局", "县水利局"], "12月底前"),
    ]
    minutes = parse_text(
        "10月31日,县长主持召开县政府常务会议。会议原则通过《某县妇女发展规划》。"
        "责成县妇联根据会议讨论意见修改完善后,履行发文程序。会议还研究了其他事项。\n"
    )
    assert [(t.text, [d.name for d in t.departments]) for t in minutes.tasks] == [
        ("责成县妇联根据会议讨论意见修改完善后,履行发文程序。", ["县妇联"])
    ]


def test_an_item_whose_work_opens_with_who_leads_it_and_who_takes_part() -> None:
    ledger = parse_text(
        "一、关于大力发展循环经济\n"
        "(一)加强矿产资源开发统筹规划。由省国土资源厅牵头,省经委、省环保局等单位参与,研究提出工作方案和政策措施。\n"
        "(二)推进资源和废弃物循环利用。由省经委牵头,研究提出推进资源循环利用方面的工作方案。\n"
    )
    rows = [([(d.name, d.role) for d in t.departments], t.open_ended) for t in ledger.tasks]
    assert rows == [
        ([("省国土资源厅", Role.LEAD), ("省经委", Role.CO), ("省环保局", Role.CO)], True),
        ([("省经委", Role.LEAD)], False),
    ]


def test_lines_naming_their_unit_before_a_colon_and_a_cut_item_of_the_requirements_after_them() -> None:
    ledger = parse_text(
        "四、职责分工\n市经贸委:负责抓好市属企业炉外脱硫工程调度。\n市规划局:负责白浪河河道整治等工程的扬尘污染防治。\n"
        "一审牵头工委:城建环资工委\n五、标准要求\n1、建筑施工扬尘防治。施工现场要洒水。\n2、拆迁扬尘防治。拆迁前要洒水保湿,防止"
    )
    rows = [(t.text, [(d.name, d.role) for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("负责抓好市属企业炉外脱硫工程调度。", [("市经贸委", Role.LEAD)]),
        ("负责白浪河河道整治等工程的扬尘污染防治。", [("市规划局", Role.LEAD)]),
    ]
    numbered = parse_text("五、责任分工\n(一)党政办:负责策划宣传造势。\n(二)城管中队:负责新港路整治。\n")
    assert [(t.number, t.text, [d.name for d in t.departments]) for t in numbered.tasks] == [
        ("(一)", "负责策划宣传造势。", ["党政办"]),
        ("(二)", "负责新港路整治。", ["城管中队"]),
    ]


def test_numbered_items_run_together_on_one_line_after_a_preamble() -> None:
    ledger = parse_text(
        "现将今年督办的建议提案工作事项通知如下: 一、督办内容和分工 (一)重点督办的代表建议。 "
        "2.关于加快落实长洲岛邮政储蓄所建设的建议(第1389号。牵头单位:省邮政局;协办单位:广东银监局,广州市政府); "
        "3.关于建设国家北斗卫星导航产业基地的建议(第1413号。牵头单位:省经济和信息化委;协办单位:省财政厅); "
        "4.关于解决采矿许可证办理难问题的建议\n"
    )
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks[:2]]
    assert rows == [
        ("2", "关于加快落实长洲岛邮政储蓄所建设的建议", ["省邮政局", "广东银监局", "广州市政府"]),
        ("3", "关于建设国家北斗卫星导航产业基地的建议", ["省经济和信息化委", "省财政厅"]),
    ]


def test_a_page_that_runs_its_paragraphs_together_on_one_line() -> None:
    ledger = parse_text(
        "各镇人民政府,县政府各部门: 《政府工作报告2022年重点工作责任分解》已经县政府讨论确定,现印发给你们,请认真贯彻执行。"
        " 某县人民政府办公室 2022年4月18日 政府工作报告2022年重点工作责任分解 一、王丹县长牵头重点工作"
        " 1.全县生产总值增长7.5%左右;一般公共预算收入增长8.5%。 责任单位:县发改局、县财政局"
        " 2.落实党政机关过紧日子的要求,节俭办一切事业。 责任单位:县财政局 3.坚持县政府常务会议集体学法\n"
    )
    rows = [(t.number, t.text, [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [
        ("1", "全县生产总值增长7.5%左右;一般公共预算收入增长8.5%。", ["县发改局", "县财政局"], False),
        ("2", "落实党政机关过紧日子的要求,节俭办一切事业。", ["县财政局"], False),
        ("3", "坚持县政府常务会议集体学法", [], True),
    ]
    news = parse_text(
        "2月23日,省政府办公厅印发《2023年省〈政府工作报告〉工作任务分工方案》,就主要预期目标进行细化分解,明确分工责任。"
        "《方案》提出全省各地、各部门要锚定高质量发展首要任务。其中明确指出: 贯彻实施《数字经济促进条例》。推动5G网络覆盖。"
        " 分管领导:副省长张三 部门分工:省工业和信息化厅牵头,省委网信办、省发展改革委等配合。 打造全国首个新型基础设施智能运营"
        "管理平台。夯实政务外网基础能力。 分管领导:"
    )
    rows = [(t.text, [d.name for d in t.departments], t.incomplete) for t in news.tasks]
    assert rows == [
        (
            "贯彻实施《数字经济促进条例》。推动5G网络覆盖。",
            ["省工业和信息化厅", "省委网信办", "省发展改革委"],
            False,
        ),
        ("打造全国首个新型基础设施智能运营管理平台。夯实政务外网基础能力。", [], True),
    ]


def test_an_inspection_list_of_problems_under_each_site_with_its_unit_and_time_limit() -> None:
    ledger = parse_text(
        "具体问题如下:\n1. 市科技馆\n(1)院内电动车未按指定区域停放;\n(2)灭火器过期未更换。\n"
        "问题整改责任单位:市科技馆 整改时限:3天\n2. 市第二人民医院\n(1)院内禁烟标识数量不达标;\n(2)宣传牌内容不规范。\n"
        "问题整改责任单位:市卫生健康委员会 整改时限:5天\n"
    )
    rows = [(t.number, t.text, [d.name for d in t.departments], t.deadline.text) for t in ledger.tasks]
    assert rows == [
        ("1", "院内电动车未按指定区域停放;\n(2)灭火器过期未更换。", ["市科技馆"], "3天"),
        ("2", "院内禁烟标识数量不达标;\n(2)宣传牌内容不规范。", ["市卫生健康委员会"], "5天"),
    ]


def test_numbered_items_run_together_each_closed_by_a_labelled_bracket_after_a_comma() -> None:
    ledger = parse_text(
        "一、对新开工的优质项目,积极向上争取中央和省叠加政策支持,(责任单位:市发改委、市工信局)"
        "二、积极争取超长期特别国债政策支持,(责任单位:市发改委、市工信局)"
        "三、鼓励制造业企业提高智改数转网联水平,(责任单位:市科技局、市工信局)\n"
    )
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("一", "对新开工的优质项目,积极向上争取中央和省叠加政策支持,", ["市发改委", "市工信局"]),
        ("二", "积极争取超长期特别国债政策支持,", ["市发改委", "市工信局"]),
        ("三", "鼓励制造业企业提高智改数转网联水平,", ["市科技局", "市工信局"]),
    ]


def test_a_labelled_lead_after_a_comma_then_a_remark_on_progress_keeps_the_remark() -> None:
    ledger = parse_text(
        "二、部分项目进展情况\n"
        "1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。\n"
        "2、农村饮水安全巩固提升工程,牵头部门:市水利局。\n"
    )
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。", ["市交通局"]),
        ("2", "农村饮水安全巩固提升工程", ["市水利局"]),
    ]


def test_a_label_after_a_comma_naming_no_units_assigns_nothing() -> None:
    ledger = parse_text("1、推进项目建设,责任单位:单个项目最高补助不超过1000万元,分别给予奖励。\n")
    assert ledger.tasks == ()


def test_paragraphs_each_opening_with_the_unit_that_does_the_work() -> None:
    ledger = parse_text(
        "现将各单位在村庄环境整治工作中的任务作如下明确:\n"
        "区住建局负责全区村庄环境整治总协调工作,指导督查康居乡村的创建。\n"
        "区委农办要结合全区“三新”建设任务,负责指导督查新社区建设。\n"
        "区财政局负责村庄环境整治专项经费的落实,监督资金的使用情况。\n"
    )
    rows = [(t.text[:10], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("区住建局负责全区村庄", ["区住建局"]),
        ("区委农办要结合全区“", ["区委农办"]),
        ("区财政局负责村庄环境", ["区财政局"]),
    ]


def test_decisions_of_minutes_each_opening_with_the_unit_that_carries_it() -> None:
    ledger = parse_text(
        "现将会议决定事项纪要如下:\n"
        "一、由区城市管理行政执法局牵头,组成联合执法组,近期进行一次集中整顿。\n"
        "二、区公安分局要加大对主街主路机动车乱停乱放的整治力度。\n"
        "三、遵照“谁收费、谁管理、谁负责”原则,要切实管理好便民市场。\n"
        "四、区规划分局要尽快拿出城区主街主路商业网点布局规划意见。\n"
    )
    # where work is assigned by brackets, a lone item opening with its unit is a sentence of the text
    lone = parse_text(
        "一、总体要求\n(一)区住建局要统筹全区村庄环境整治工作。\n(二)加强组织领导。\n"
        "二、重点任务\n(三)完善村庄规划。(责任单位:区规划分局)\n"
    )
    rows = [(t.number, t.text[:7], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("一", "由区城市管理行", ["区城市管理行政执法局"]),
        ("二", "区公安分局要加", ["区公安分局"]),
        ("四", "区规划分局要尽", ["区规划分局"]),
    ]
    assert [t.number for t in lone.tasks] == ["(三)"]


def test_a_paragraph_sharing_the_work_out_clause_by_clause_each_opening_with_its_unit() -> None:
    ledger = parse_text(
        "(二)加强领导,密切配合。各有关部门要密切配合,统一行动。县人防部门要协调好各部门的工作,组织安排好试鸣;"
        "县公安部门负责做好社会治安的保障,维持交通秩序,同时要做好消防准备;县电力部门要确保试鸣时的电力供应。\n"
    )
    assigned = parse_text("(三)做好保障。县公安部门负责维持秩序;县电力部门要确保电力供应。(县人防办牵头)\n")
    rows = [(t.section_path, t.text[:9], [d.name for d in t.departments]) for t in ledger.tasks]
    heading = ("(二)加强领导,密切配合",)
    assert rows == [
        # nothing assigns work by brackets: the call on every unit of a kind before the shares is a task too
        (heading, "各有关部门要密切配", ["各有关部门"]),
        (heading, "县人防部门要协调好", ["县人防部门"]),
        (heading, "县公安部门负责做好", ["县公安部门"]),
        (heading, "县电力部门要确保试", ["县电力部门"]),
    ]
    assert [[d.name for d in t.departments] for t in assigned.tasks] == [["县人防办"]]


def test_the_shares_after_a_joining_word_and_one_held_jointly_are_each_a_task() -> None:
    ledger = parse_text(
        "海南省多部门召开新闻发布会,公布今年实施9件为民办实事事项。\n"
        "其中,海南省卫健委负责适龄女生HPV疫苗接种等四个项目;海南省教育厅负责初中教室照明改造项目;"
        "海南省教育厅、海南省旅文厅共同负责为全省小学配备AED自动体外除颤仪项目;"
        "海南省住建厅负责乡镇标准示范生活垃圾分类屋(亭)建设项目。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("海南省卫健委", ["海南省卫健委"]),
        ("海南省教育厅", ["海南省教育厅"]),
        ("海南省教育厅", ["海南省教育厅", "海南省旅文厅"]),
        ("海南省住建厅", ["海南省住建厅"]),
    ]
    one_more = parse_text(
        "高靖生要求,一定要加大力度,加快速度完成合并;要成立工作小组,明确职责。"
        "同时,财政部门要安排相应资金解决六中遗留问题,确保7月底前合并完成。\n"
    )
    assert [(t.text[:6], [d.name for d in t.departments]) for t in one_more.tasks] == [
        ("财政部门要安", ["财政部门"])
    ]
    meant = parse_text(
        "会议要求,各镇街要及时掌握民办幼儿园的发展动态,对不符合办园条件的幼儿园,要予以停办。"
        "也就是说,镇海街道办要牵头带领区教育局、公安等相关部门,一同取缔整顿。\n"
    )
    assert [(t.text[:6], [d.name for d in t.departments][:1]) for t in meant.tasks] == [
        ("各镇街要及时", ["各镇街"]),
        ("镇海街道办要", ["镇海街道办"]),
    ]
    # (after a unit's share, the next unit's after the joining word may be charged with any verb)
    in_turn = parse_text(
        "《通知》指出,民政、市场监管等部门要加强对助餐承办机构生产环境的监督检查,保障食品安全。"
        "同时,市场监管部门将对各助餐点的硬件设施和许可证办理进行指导。\n"
    )
    assert [(t.text[:6], [d.name for d in t.departments]) for t in in_turn.tasks] == [
        ("民政、市场监", ["民政", "市场监管"]),
        ("市场监管部门", ["市场监管部门"]),
    ]


def test_the_items_of_a_notice_each_charging_every_unit_of_a_kind() -> None:
    ledger = parse_text(
        "一、各项目行业主管部门要抓好标准制修订项目计划的落实,并督促项目起草单位在 2020 年 6\n"
        "月前完成标准的制修订任务。\n"
        "二、各项目承担单位应严格按照规定,在计划确定的时间内,认真做好地方标准的制修订工作。\n"
    )
    articles = parse_text(
        "第三条 县级以上人民政府应当加强对绿色生产工作的领导。\n第四条 各有关部门应当按照职责做好相关工作。\n"
    )
    rows = [(t.number, t.text[:8], [d.name for d in t.departments], t.deadline.text) for t in ledger.tasks]
    assert rows == [
        ("一", "各项目行业主管部", ["各项目行业主管部门"], "2020 年 6\n月前"),
        ("二", "各项目承担单位应", ["各项目承担单位"], None),
    ]
    # every level's government charged by a regulation is a task (annotators keep 6 of 7); each unit of a kind
    # doing its part by its duties is a rule
    assert [(t.number, [d.name for d in t.departments]) for t in articles.tasks] == [
        ("第三条", ["县级以上人民政府"])
    ]


def test_an_articles_title_in_brackets_heads_its_text() -> None:
    ledger = parse_text(
        "第一章 总则\n"
        "第四条(属地责任)县级以上人民政府应当加强对经营性自建房安全管理工作的组织领导和统筹协调。\n"
        "第五条(行业监管责任)县级以上人民政府住房城乡建设主管部门负责本行政区域内经营性自建房安全监督管理。\n"
    )
    rows = [(t.number, t.text[:8], [d.name for d in t.departments], t.section_path[-1]) for t in ledger.tasks]
    assert rows == [
        ("第四条", "县级以上人民政府", ["县级以上人民政府"], "第四条属地责任"),
        ("第五条", "县级以上人民政府", ["县级以上人民政府住房城乡建设主管部门"], "第五条行业监管责任"),
    ]


def test_an_articles_longer_title_in_black_brackets_heads_its_text() -> None:
    ledger = parse_text(
        "第一章 总则\n"
        "第四条【市建设行政主管部门职责】市建设行政主管部门负责会同规划国土及相关部门制定受纳场规划。\n"
        "第五条【各(新)区政府职责】各区(新区)政府负责落实本区受纳场规划建设工作。\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("第四条", "市建设行政主", ["市建设行政主管部门"]),
        ("第五条", "各区(新区)", ["各区(新区)政府"]),
    ]


def test_units_on_lines_bulleted_with_a_triangle_are_charged() -> None:
    ledger = parse_text(
        "近日,市机关事务管理局印发通知,部署公共机构塑料污染治理工作。\n"
        "▲各县(市、区)机关事务主管部门、市级各部门(单位)要督促指导本地区、本系统党政机关带头使用非一次性制品。\n"
        "▲各公共机构要加大塑料废弃物等可回收物分类收集和处理力度。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("各县(市、区", ["各县(市、区)机关事务主管部门", "市级各部门(单位)"]),
        ("各公共机构要", ["各公共机构"]),
    ]


def test_a_chapter_run_into_an_article_on_one_line_heads_it() -> None:
    ledger = parse_text(
        "乡镇综合文化站管理办法\n第一章 总则\n"
        "第三条 县级文化行政部门负责对文化站进行监督和检查,县文化馆负责对文化站开展对口业务指导和辅导。"
        "第二章规划和建设第四条文化部会同有关部门组织制定全国文化站建设规划和标准,并对其实施情况进行监督检查。\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("第三条", "县级文化行政", ["县级文化行政部门"]),
        ("第四条", "文化部会同有", ["文化部", "有关部门"]),
    ]


def test_articles_charging_a_body_of_their_own_are_its_tasks() -> None:
    ledger = parse_text(
        "第三十三条 防范事业单位债务风险向政府转移。事业单位债务严格限定由自身运营收入偿还。\n"
        "第三十四条 县政府及各债务单位应制定债务风险应急保障预案,出现偿债危机时应及时上报。\n"
        "第七章 监督问责\n"
        "第三十五条 县政府及其部门应当加强政府性债务统计监控、考核评价、信息公开等工作。\n"
        "第三十六条 各有关部门应当按照职责做好政府性债务的相关管理工作。\n"
        "第三十七条 各区(市)县人民政府应结合本地区实际,在繁华地段设立拥军优属宣传栏。\n"
    )
    rows = [(t.number, [d.name for d in t.departments]) for t in ledger.tasks]
    # 第三十六条: each unit of a kind doing its part by its duties, a rule; 第三十七条: work of their own
    assert rows == [
        ("第三十四条", ["县政府", "各债务单位"]),
        ("第三十五条", ["县政府及其部门"]),
        ("第三十七条", ["各区(市)县人民政府"]),
    ]


def test_articles_run_together_on_one_line_are_cut_apart_and_an_article_cited_is_not() -> None:
    ledger = parse_text(
        "传统村落保护办法\n"
        "第二条 市级传统村落申报、认定的具体办法由市人民政府制定。第三条 传统村落保护和利用应当遵循保护优先的原则。"
        "第四条 市、县(市、区)人民政府应当加强对本行政区域内传统村落保护和利用工作的领导。"
        "第五条 市、县(市、区)住房城乡建设主管部门负责本行政区域内传统村落保护和利用工作。\n"
    )
    rows = [(t.number, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("第四条", ["市、县(市、区)人民政府"]),
        ("第五条", ["市、县(市、区)住房城乡建设主管部门"]),
    ]
    # articles cited that do not count on one from another stay in the sentences that cite them, each the share of
    # the unit it charges in the article citing it
    cited = parse_text(
        "传统村落保护办法\n"
        "第二条 传统村落应当整体保护。第三条规定的事项,由县住建局负责办理。第六条规定的事项,由县财政局负责办理。\n"
    )
    assert [(t.number, t.text[:5], [d.name for d in t.departments]) for t in cited.tasks] == [
        ("第二条", "第三条规定", ["县住建局"]),
        ("第二条", "第六条规定", ["县财政局"]),
    ]


def test_an_articles_rule_heads_the_share_of_the_unit_after_it() -> None:
    ledger = parse_text(
        "第四条 县级储备粮的管理应当严格制度、严格管理、严格责任。\n"
        "第五条 县级储备粮实行粮食安全县长责任制。县政府负责落实县级储备粮计划和所需资金,建立动态调整机制。\n"
    )
    rows = [(t.number, t.section_path, t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("第五条", ("第五条县级储备粮实行粮食安全县长责任制",), "县政府负责落实县", ["县政府"])]


def test_items_asking_a_unit_and_items_whose_purpose_takes_two_clauses() -> None:
    ledger = parse_text(
        "一、请省级主管预算单位做好预留项目执行情况公开和报告工作,于2024年4月底前完成公告。\n"
        "二、预算单位登录省政府采购网公开预留项目执行情况。\n"
        "三、为确保政策有效落实,不断提升政府采购透明度,各市区财政局要对所属预算单位进行督导检查。\n"
    )
    rows = [(t.number, [d.name for d in t.departments], t.deadline.text) for t in ledger.tasks]
    assert rows == [("一", ["省级主管预算单位"], "2024年4月底前"), ("三", ["各市区财政局"], None)]


def test_a_verb_that_names_units_too_does_not_cut_a_subject_short() -> None:
    ledger = parse_text(
        "1.县委组织部、县农业农村局要加强对驻村工作队的日常管理和考核。\n"
        "2.县财政局要做好驻村工作队的经费保障工作。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [
        ["县委组织部", "县农业农村局"],
        ["县财政局"],
    ]


def test_the_items_of_a_series_each_going_straight_on_with_the_work_its_unit_does() -> None:
    ledger = parse_text(
        "(一)环境建设\n"
        "1.各乡镇政府继续推进2个生态文明村建设工作。\n"
        "2.水务局加强新城自然保护区的建设管理,组织开展执法检查1次。\n"
        "3.全面推进农村环境综合整治工作。\n"
    )
    rows = [(t.number, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("1", ["各乡镇政府"]), ("2", ["水务局"])]


def test_a_unit_opening_its_share_with_the_units_it_works_with() -> None:
    ledger = parse_text(
        "区住建局负责全区村庄环境整治总协调工作。\n区发展改革委会同区财政局、区农业农村局研究制定奖补办法。\n"
    )
    rows = [[(d.name, d.role.value) for d in t.departments] for t in ledger.tasks]
    assert rows == [
        [("区住建局", "lead")],
        [("区发展改革委", "lead"), ("区财政局", "co"), ("区农业农村局", "co")],
    ]


def test_the_last_item_labelled_after_a_comma_stops_at_the_pages_signature() -> None:
    ledger = parse_text(
        "4、“四好农村路”建设,牵头单位:市交通局。其中,农村公路提质改造工程进度较慢的为舒城县。\n"
        "5、农作物秸秆产业化利用,牵头单位:市农业农村局。其中,秸秆产业化利用进度较慢的为舒城县。\n"
        "六安市民生办\n扫一扫在手机打开当前页\n"
    )
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        (
            "4",
            "“四好农村路”建设,牵头单位:市交通局。其中,农村公路提质改造工程进度较慢的为舒城县。",
            ["市交通局"],
        ),
        (
            "5",
            "农作物秸秆产业化利用,牵头单位:市农业农村局。其中,秸秆产业化利用进度较慢的为舒城县。",
            ["市农业农村局"],
        ),
    ]


def test_a_lone_paragraph_is_no_task_nor_a_call_on_every_unit_of_a_kind_beside_tasks_assigned_by_brackets() -> (
    None
):
    lone = parse_text(
        "一、总体要求\n区住建局负责全区村庄环境整治总协调工作。\n二、保障措施\n加强组织领导。\n"
        "三、重点任务\n(一)完善村庄规划。(责任单位:区规划分局)\n"
    )
    beside_tasks = parse_text(
        "（一）推行绿色设计。完善绿色设计标准。（市经济信息委负责）\n"
        "各地发展改革部门要会同有关部门细化工作措施,明确时间节点。\n各地发展改革部门要建立重点任务工作台账。\n"
    )
    assert [t.number for t in lone.tasks] == ["(一)"]
    assert [t.number for t in beside_tasks.tasks] == ["（一）"]


def test_the_calls_on_every_unit_of_a_kind_are_the_tasks_of_a_notice_that_assigns_no_other() -> None:
    calls = parse_text(
        "各地发展改革部门要会同有关部门细化工作措施,明确时间节点。\n"
        "为深入推进园区循环化改造工作,请各有关县(市、区)人民政府认真对照实施方案,于4月25日前将进展情况报送市发改委。\n"
        "第四条 各有关部门应当按照职责做好相关工作。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments], t.deadline.text) for t in calls.tasks]
    assert rows == [
        ("各地发展改革", ["各地发展改革部门", "有关部门"], None),
        ("为深入推进园", ["各有关县(市、区)人民政府"], "4月25日前"),
    ]


def test_each_call_in_a_paragraph_is_a_task_with_the_sentences_after_it_and_a_request_charges_whatever_its_verb() -> (
    None
):
    calls = parse_text(
        "按照国家、省有关工作部署,各部门已完成目录清单编制工作。\n"
        "请各相关部门对照“目录清单”,按照统一的格式编制发布涉企收费目录清单(模板见附件5)。清单应明确收费项目。"
        "各县(市、区)要对照国家、省市收费政策,全面部署本地区发布工作。\n"
        "相关收费单位必须建立健全涉企收费目录清单公示机制,及时动态更新。\n"
        "会上,各县(市)区政府主要负责同志递交了2017年重点项目建设目标责任书。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in calls.tasks]
    assert rows == [
        ("请各相关部门", ["各相关部门"]),
        ("各县(市、区", ["各县(市、区)"]),
        ("相关收费单位", ["相关收费单位"]),
    ]
    assert calls.tasks[0].text.endswith("清单应明确收费项目。")


def test_a_call_after_who_asked_it_or_a_leaders_point_or_a_semicolon_starts_at_its_units() -> None:
    ledger = parse_text(
        "咸丰县强调,各乡镇(区)、县直相关部门要高度重视农业产业发展工作,科学规划;"
        "各相关部门要各司其职,加强协作,形成合力;各行业主管部门要发挥各自职能优势,加强技术指导。\n"
        "县委书记提出具体要求。一是各乡镇(街道)要落实属地主体责任,保障接种质量。"
        "二是各行业各部门要落实行业主管责任,做好动员工作。三是要强化接种保障。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("各乡镇(区)", ["各乡镇(区)", "县直相关部门"]),
        ("各相关部门要", ["各相关部门"]),
        ("各行业主管部", ["各行业主管部门"]),
        ("各乡镇(街道", ["各乡镇(街道)"]),
        ("各行业各部门", ["各行业各部门"]),
    ]
    assert ledger.tasks[-1].text.endswith("做好动员工作。")  # the next point, of no unit's, is not its work


def test_a_call_asked_without_a_comma_after_what_it_is_about_and_heads_reporting_are_no_charge() -> None:
    ledger = parse_text(
        "我县召开清洁供暖推进会\n"
        "宋志江指出,做好冬季清洁供暖工作是保护生态环境的本质要求。各有关部门要进一步认清形势,加大工作力度。\n"
        "就做好清洁供暖工作,王向前要求各乡镇、有关部门要按照工作安排,积极配合,统筹推进。\n"
        "会上,县住建局、能源局负责人分别汇报了今年以来集中供热等工作的开展情况;"
        "相关单位负责人就目前工作进度作了补充发言。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("各有关部门要", ["各有关部门"]), ("各乡镇、有关", ["各乡镇", "有关部门"])]


def test_a_units_head_speaking_in_the_news_on_a_day_is_no_charge() -> None:
    ledger = parse_text(
        "国家医疗保障局基金监管司负责人18日表示,国家医保局高度重视群众反映的问题,迅速责成山东省医疗保障局查明情况。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("责成山东省医", ["山东省医疗保障局"])]
    # nor a head reading out or presenting what the meeting heard
    read_out = parse_text(
        "区红十字会负责人宣读了《管理区年度献血工作实施方案》,区委宣传部负责人结合文明创建做了部署安排。"
        "会议要求,各文明单位要发挥好带头示范作用,切实增强无偿献血的责任感。\n"
    )
    assert [[d.name for d in t.departments] for t in read_out.tasks] == [["各文明单位"]]


def test_a_call_a_unit_asks_of_others_is_theirs_from_their_names() -> None:
    # the asker is named without a comma after it, after the occasion or the purpose, or first in the sentence
    ledger = parse_text(
        "3月23日,宝盖镇召开春季森林防火工作会议,辖区各村居相关负责人参加会议。"
        "据悉,为了做好春季森林防火工作,宝盖镇要求辖区各村居要通过各种渠道加强宣传,大力倡导文明祭扫。\n"
        "据预测,清明前全市气温将迅速回升,市政府森林消防指挥部要求各地要坚决克服麻痹、侥幸心理,认真分析形势。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("辖区各村居要", ["辖区各村居"]), ("各地要坚决克", ["各地"])]
    # (a comma may stand between the asker and the units it asks)
    inspected = parse_text(
        "汛期安全督导\n督导组要求,湾沚区水务局、应急管理局、气象局等部门要加强实时雨水情信息的监测报送。\n"
    )
    assert [[d.name for d in t.departments] for t in inspected.tasks] == [
        ["湾沚区水务局", "应急管理局", "气象局"]
    ]


def test_a_paragraph_naming_its_work_then_the_lead_and_helpers_is_a_task_of_its_own() -> None:
    # not the closing assignment of the item over it, as 由市医保局牵头,…配合 alone would be
    ledger = parse_text(
        "三、成立领导小组\n"
        "为切实加强领导,成立宣传月活动领导小组。\n"
        "此次宣传活动由市医保局牵头,市公安局、市卫健局做好配合。\n"
        "四、宣传内容\n"
        "按照要求开展宣传活动。\n"
    )
    rows = [(t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("此次宣传活动由市医保局牵头,市公安局、市卫健局做好配合。", ["市医保局", "市公安局", "市卫健局"])
    ]


def test_units_asked_before_a_comma_the_work_after_it() -> None:
    ledger = parse_text(
        "张君毅强调,加强医保基金监管是当前医保部门首要政治任务。"
        "张君毅要求各级各有关部门,以集中宣传月活动为契机,深入推进专项治理工作。"
        "市医保局要求各定点医疗机构,对照问题清单开展自查自纠。\n"
    )
    rows = [(t.text[:7], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("各级各有关部门", ["各级各有关部门"]), ("各定点医疗机构", ["各定点医疗机构"])]


def test_a_unit_label_closed_by_a_full_stop_assigns_the_item_above() -> None:
    ledger = parse_text(
        "一、加强交通安全宣传教育\n"
        "(一)开展宣传活动。7月12日至8月7日,开展为期一个月的道路交通安全宣传活动。\n"
        "实施单位。县交警大队牵头,县交通局、县广电局配合。\n"
        "(二)开展进学校活动。加强中小学校的交通安全教育。\n"
        "实施单位;县教育局牵头。\n"
    )
    rows = [(t.number, t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("(一)", "7月12日至8月", ["县交警大队", "县交通局", "县广电局"]),
        ("(二)", "加强中小学校的交", ["县教育局"]),
    ]


def test_the_work_then_the_unit_in_charge_after_a_comma_each_a_task() -> None:
    ledger = parse_text(
        "近日,市教育局等部门联合下发了《通知》,文件明确,全市面向中小学生开展学科类培训的机构由教育部门负责监管,"
        "开展编程、机器人等科技类培训的机构由科技部门负责审批和监管。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("全市面向中小学生", ["教育部门"]), ("开展编程、机器人", ["科技部门"])]


def test_calls_after_commas_a_copy_spaced() -> None:
    ledger = parse_text(
        "部门分工:\n"
        "【广东免费接种HPV疫苗】四部门将通力协作 , 卫生健康部门做好疫苗采购、接种 , "
        "教育部门做好目标人群摸底登记、健康宣教 , 财政部门做好项目经费的保障和监管 。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("卫生健康部门", ["卫生健康部门"]),
        ("教育部门做好", ["教育部门"]),
        ("财政部门做好", ["财政部门"]),
    ]


def test_what_units_will_do_after_a_comma_in_news_is_their_task() -> None:
    ledger = parse_text(
        "近日,市城管局召开校园周边环境整治工作会议。"
        "据悉,每学期开学第一周,城管部门将牵头,组织开展校园周边乱摆卖整治行动。"
        "8月20日前,各区街道执法队将在辖区内全部学校周边划定禁止摆卖区域。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    # (the date it is due opens its call, as before 要)
    assert rows == [("城管部门将牵", ["城管部门"]), ("8月20日前", ["各区街道执法队"])]


def test_what_units_will_do_next_in_news_is_their_task_from_their_names() -> None:
    ledger = parse_text(
        "5月20日,西渚镇召开城镇燃气安全专项整治推进会。会议通报了前期排查整治情况。"
        "接下来,西渚镇将持续发力推进城镇燃气安全专项行动,盯紧盯牢突出问题。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("西渚镇将持续", ["西渚镇"])]


def test_a_call_asked_by_a_leader_named_with_his_posts() -> None:
    ledger = parse_text(
        "4月20日,全县老旧小区改造项目推进会召开。"
        "县委常委、总工会主席毛红志参加推进会并要求各相关单位要严格按照政策方案狠抓落实,严格把握时间节点。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("各相关单位要", ["各相关单位"])]


def test_news_of_how_often_units_do_their_work_gives_their_tasks() -> None:
    ledger = parse_text(
        "今年以来,县乡村振兴局建立防返贫风险信息推送机制,成效明显。"
        "县级行业部门每月全面收集因病因灾导致家庭收入大幅减少的风险信息,推送至县乡村振兴局。"
        "县乡村振兴局定期将乡镇现场复核、研判会商意见推送至相应县级行业部门。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("县级行业部门", ["县级行业部门"]), ("县乡村振兴局", ["县乡村振兴局"])]


def test_a_call_after_what_the_one_who_asked_it_said_first_starts_at_its_units() -> None:
    ledger = parse_text(
        "全市灭“三害”工作会议召开\n"
        "会议指出,此次活动是迎接国家卫生城市暗访的重要举措,各镇街、各部门要全民动员,集中开展环境综合整治。"
        "同时,希望全市市民积极参与环境整治。\n"
        "苏贵宏强调,疫苗接种任务艰巨、时间紧迫,各部门要咬紧牙关、顶住压力,坚决按时限完成疫苗接种工作。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("各镇街、各部", ["各镇街", "各部门"]), ("各部门要咬紧", ["各部门"])]


def test_calls_one_after_another_in_a_sentence_are_a_task_each() -> None:
    ledger = parse_text(
        "全县征兵工作推进会召开\n"
        "吴海宏指出,要提高政治站位,自觉履行责任义务,各级兵役机关要主动适应新形势,坚决完成任务。"
        "各乡镇要强化主体意识,主要领导靠前指挥,各有关部门要积极配合主动支持,县征兵办要加强督导问效,定期通报进展情况。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("各级兵役机关", ["各级兵役机关"]),
        ("各乡镇要强化", ["各乡镇"]),
        ("各有关部门要", ["各有关部门"]),
        ("县征兵办要加", ["县征兵办"]),  # beside the calls, a named unit's clause is its share
    ]


def test_a_call_on_every_local_level_and_the_units_doing_their_part_by_their_duties_beside_it() -> None:
    ledger = parse_text(
        "七部门印发废旧物资循环利用体系建设指导意见\n"
        "《意见》要求,地方各级人民政府落实属地管理责任,精心组织安排本行政区域内废旧物资循环利用工作。"
        "地方政府有关部门按职责分工抓好各项任务贯彻落实。国务院有关部门按照职责加强工作指导和政策支持。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("地方各级人民", ["地方各级人民政府"]),
        ("地方政府有关", ["地方政府有关部门"]),
        ("国务院有关部", ["国务院有关部门"]),
    ]


def test_what_a_unit_also_does_or_will_do_charges_it() -> None:
    ledger = parse_text(
        "征兵宣传工作方案\n"
        "各村(居)要切实高度重视,统筹抓好征兵宣传工作。县征兵办将协调县委宣传部等部门,利用官方发布、党政橱窗等平台广泛宣传。"
        "各村(居)也要积极主动作为,在公共场所悬挂宣传横幅。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("各村(居)要", ["各村(居)"]),
        ("县征兵办将协", ["县征兵办"]),
        ("各村(居)也", ["各村(居)"]),
    ]


def test_calls_after_a_units_share_are_tasks_unless_brackets_assign_the_work() -> None:
    text = (
        "寿县召开农村饮水安全工作会议\n"
        "会议要求,县直有关部门要加强督促指导,制定切实可行措施。各乡镇要严格落实属地管理责任,加大监管力度;"
        "各水厂要密切关注水源水位、水质变化,加强运行管理。\n"
    )
    ledger = parse_text(text)
    formal = parse_text(text + "(三)做好供水保障。(责任单位:县水利局)\n")
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("县直有关部门", ["县直有关部门"]),
        ("各乡镇要严格", ["各乡镇"]),
        ("各水厂要密切", ["各水厂"]),
    ]
    assert ledger.tasks[0].text == "县直有关部门要加强督促指导,制定切实可行措施。"
    # a call after the share's clause in its sentence is set apart too, the share's own units after its occasion not
    clauses = parse_text(
        "吉县召开节水型社会达标建设推进会\n"
        "冯建亮强调,要高度重视,各级各部门要对照目标任务,制定具体方案和计划。"
        "要加强协作和信息反馈,水利部门要发挥好牵头抓总作用,各成员单位要主动配合、加强协调、互通信息。\n"
        "根据全省评估细则,各县、区2023年底前遴选绿色食堂不少于1个,确保按时完成。\n"
    )
    assert [[d.name for d in t.departments] for t in clauses.tasks] == [
        ["各级各部门"],
        ["水利部门"],
        ["各成员单位"],
        ["各县、区"],
    ]
    # a page cut in its last call cuts that call's task, not the share's
    cut = parse_text(text.removesuffix("加强运行管理。\n"))
    assert [t.incomplete for t in cut.tasks] == [False, False, True]
    # where brackets assign the work, the calls stay sentences of the share before them
    assert [[d.name for d in t.departments] for t in formal.tasks] == [["县直有关部门"], ["县水利局"]]
    assert formal.tasks[0].text.endswith("加强运行管理。")


def test_a_units_paragraph_saying_what_it_will_do_under_each_heading_is_its_share() -> None:
    ledger = parse_text(
        "1.“一整改”工作方面\n市水务部门积极做好2019年度问题整改工作,督促指导相关县(市)区整改。\n"
        "2.“一复核”方面\n市水务部门将做好农村饮水安全问题复核,4月底完成复核与整改工作。\n"
    )
    assert [(t.text[:6], t.deadline.text) for t in ledger.tasks] == [
        ("市水务部门积", None),
        ("市水务部门将", "4月底"),
    ]


def test_units_charged_after_when_their_work_falls_due_besides_other_work_or_to_hurry() -> None:
    ledger = parse_text(
        "征兵工作部署\n"
        "全国征兵网开通后,各地要及时发布兵役登记通告,明确兵役登记时间。\n"
        "县财政局除负责本级调查经费预算的落实外,还要对各乡镇财政部门落实经费情况进行督促检查。"
        "各城市抓紧在省级发展改革等部门指导下,制定实施方案。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    # when it falls due opens the call's text, and the call's units after it are no second call
    assert rows == [("全国征兵网开", ["各地"]), ("县财政局除负", ["县财政局"]), ("各城市抓紧在", ["各城市"])]


def test_the_case_a_call_answers_before_its_units_is_its_text_too() -> None:
    ledger = parse_text(
        "电动车停放充电管理\n"
        "对于没有物业服务企业或者主管单位的,辖区乡镇人民政府、街道办事处应当指导帮助村民委员会确定管理人员。\n"
        "在小区加装电梯之前,住建局要对项目的可行性进行评估,并出具评估报告。\n"
        "对照任务清单,各乡镇要逐项抓好落实,确保按期完成。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    # (对照…, is the work's measure, not a case: the call starts at its units)
    assert rows == [
        ("对于没有物业", ["辖区乡镇人民政府", "街道办事处"]),
        ("在小区加装电", ["住建局"]),
        ("各乡镇要逐项", ["各乡镇"]),
    ]


def test_the_case_a_later_call_answers_is_its_text_and_the_work_of_the_call_before_is_not() -> None:
    ledger = parse_text(
        "风险防范机制\n"
        "各成员单位要加强对非法集资案件的防范和预警,对非法集资案件多发行业,主管部门要主动开展风险排查,防止风险积聚。\n"
        "公安部门将建立重大案件专案攻坚机制,对涉案资金链实施穿透式监管,通信运营商须落实涉诈号码关停响应机制。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("各成员单位要", ["各成员单位"]),
        ("对非法集资案", ["主管部门"]),
        ("公安部门将建", ["公安部门"]),
        ("通信运营商须", ["通信运营商"]),
    ]


def test_the_case_units_answer_run_into_their_names_is_their_text() -> None:
    ledger = parse_text(
        "供热价格\n对于采用地源热泵或燃气供热的市电业局和燃气企业要在电价、气价上给予优惠,降低供热成本。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("对于采用地源", ["市电业局", "燃气企业"])]


def test_the_case_a_unit_is_charged_by_with_answers_is_its_text_after_what_the_sentence_said_first() -> None:
    ledger = parse_text(
        "河道清理\n"
        "针对辖区内的12条河道存在的不同问题,对于个别企业私自扩占河道的,由镇综合行政执法局责令限期整改;"
        "对于找不到丢弃垃圾当事人的河道,由所在地村居负责清理。\n"
    )
    rows = [(t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("对于个别企业私自扩占河道的,由镇综合行政执法局责令限期整改;", ["镇综合行政执法局"]),
        ("对于找不到丢弃垃圾当事人的河道,由所在地村居负责清理。", ["所在地村居"]),
    ]


def test_the_matter_a_unit_is_charged_with_by_its_by_whom_is_its_text() -> None:
    ledger = parse_text(
        "组织实施\n"
        "各地区、各部门要认真做好普查的宣传动员和组织实施工作。其中,涉及普查经费方面的事项,由财政部负责和协调;"
        "涉及固定资产投资保障方面的事项,由国家发展改革委负责和协调。\n"
    )
    rows = [(t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("各地区、各部门要认真做好普查的宣传动员和组织实施工作。", ["各地区", "各部门"]),
        ("涉及普查经费方面的事项,由财政部负责和协调;", ["财政部"]),
        ("涉及固定资产投资保障方面的事项,由国家发展改革委负责和协调。", ["国家发展改革委"]),
    ]


def test_the_matter_a_unit_is_charged_with_stays_its_text_when_it_is_said_to_be_charged_in_particular() -> (
    None
):
    ledger = parse_text(
        "一、活动内容\n"
        "活动以“捐赠一日收入”为主要内容。市本级善款募集工作,具体由市慈善总会负责。"
        "各县(区)善款募集工作,具体由各县(区)慈善总会负责。所筹善款将用于慈善救助及慈善项目开展。\n"
    )
    rows = [(t.text[:12], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("市本级善款募集工作,具体", ["市慈善总会"]),
        ("各县(区)善款募集工作,", ["各县(区)慈善总会"]),
    ]


def test_a_unit_doing_its_work_to_what_it_names_first_is_charged_but_not_in_news_of_what_it_did() -> None:
    ledger = parse_text(
        "网民留言办理\n"
        "信息宣传科对收集、接收到的网民留言信息进行整理,形成文字材料。\n"
        "会上,临沂大学对前期开展海绵城市建设效果评估工作情况进行了汇报。\n"
        "各级工业和信息化部门对渔业船舶修造企业生产经营活动实行常态化监管。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("信息宣传科对", ["信息宣传科"]), ("各级工业和信", ["各级工业和信息化部门"])]


def test_units_charged_one_after_another_in_a_sentence_with_short_work_are_a_share_each() -> None:
    ledger = parse_text(
        "(四)疫情处置。市农牧林业局负责制定疫情处置方案,镇(乡)人民政府负责落实疫情处置的具体措施。\n"
        "(五)畜禽定点屠宰厂监督管理。市旅游和商务局负责定点屠宰管理,依法打击私屠滥宰,市动物卫生监督所负责定点屠宰检疫。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("市农牧林业局负责", ["市农牧林业局"]),
        ("镇(乡)人民政府", ["镇(乡)人民政府"]),
        ("市旅游和商务局负", ["市旅游和商务局"]),
        ("市动物卫生监督所", ["市动物卫生监督所"]),
    ]


def test_a_unit_called_on_after_another_in_a_news_sentence_with_short_work_is_a_call_of_its_own() -> None:
    ledger = parse_text(
        "《通知》指出,英雄烈士纪念设施是重要红色资源,是宝贵的精神财富。"
        "宣传部门要加强政治指导,财政部门要严格资金落实。退役军人事务部门要强化组织实施,坚决履行主责。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("宣传部门要加强政", ["宣传部门"]),
        ("财政部门要严格资", ["财政部门"]),
        ("退役军人事务部门", ["退役军人事务部门"]),
    ]


def test_a_unit_doing_its_part_or_its_share_of_the_work_is_charged() -> None:
    ledger = parse_text(
        "答:《办法》将市城市管理主管部门作为推进全市生活垃圾分类工作的牵头部门。"
        "区县(自治县)城市管理主管部门则牵头推进辖区生活垃圾分类工作。\n"
        "王伟强调,各街道、社区要加大宣传力度,通过多种形式,广泛开展垃圾分类知识的宣传。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments][:2]) for t in ledger.tasks]
    assert rows == [
        ("区县(自治县)城", ["区县(自治县)城市管理主管部门"]),
        ("各街道、社区要加", ["各街道", "社区"]),
    ]


def test_a_notice_asking_units_in_one_paragraph_calls_on_units_in_the_others_too() -> None:
    ledger = parse_text(
        "马兰屯镇关于做好镇、村两级河长巡河工作的通知\n"
        "镇、村两级河长及相关单位:\n"
        "河长制工作体系已全面建立,要求镇、村两级河长按照所负责的河道,镇级河长每月巡河不少于3次,村级河长每周巡河不少于1次。\n"
        "按照河长巡查制度要求,河长巡河频次高,是区对镇(街)河长制工作考核的重要内容,请镇、村两级河长务必引起高度重视,"
        "要充分发挥职能作用,落实好上级的安排部署。镇河长制办公室将在每月月底将镇、村两级河长巡河情况统计汇总报镇总河长。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    # (a request after a comma keeps its 请, as annotators write 4 of the 5 such requests over all blind sets)
    assert rows == [
        ("镇、村两级河长按", ["镇、村两级河长"]),
        ("请镇、村两级河长", ["镇、村两级河长"]),
        ("镇河长制办公室将", ["镇河长制办公室"]),
    ]


def test_a_request_after_what_it_answers_to_keeps_its_please() -> None:
    ledger = parse_text(
        "市教育局制订了《渭南市教育系统网络安全宣传周活动实施方案》,请各单位结合实际,认真组织开展网络安全宣传周活动。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("请各单位结合实际", ["各单位"])]


def test_a_request_to_carry_out_a_notice_after_a_comma_charges_no_one() -> None:
    ledger = parse_text(
        "市教育局制订了《渭南市教育系统网络安全宣传周活动实施方案》,请各单位认真贯彻执行。\n"
        "各学校要认真组织开展网络安全宣传周活动,按时报送活动总结。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("各学校要认真组织", ["各学校"])]


def test_the_shares_after_what_introduces_them_and_a_unit_the_work_is_given_to_are_tasks() -> None:
    ledger = parse_text(
        "(二)健全完善工作机制。各级党委宣传部门、政府司法行政部门具体负责组织、协调、指导和检查规划的实施。"
        "日常工作由各级司法行政部门承担。继续实行法制宣传教育工作责任制:市委组织部负责局级领导干部法制宣传教育工作;"
        "市委宣传部负责新闻媒体法制宣传的指导检查工作。各类媒体要积极承担公益性法制宣传教育责任。\n"
        "(五)认真履行行政调解的职能职责。行政调解由各级人民政府负总责,政府法制部门牵头,行政机关为主体。"
        "行政机关要认真落实责任,在行政机关内部建立四级调解机制。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments][:1]) for t in ledger.tasks]
    assert rows == [
        ("各级党委宣传部门", ["各级党委宣传部门"]),
        ("日常工作由各级司", ["各级司法行政部门"]),
        ("市委组织部负责局", ["市委组织部"]),
        ("市委宣传部负责新", ["市委宣传部"]),
        ("各类媒体要积极承", ["各类媒体"]),
        ("行政调解由各级人", ["各级人民政府"]),
        ("行政机关要认真落", ["行政机关"]),
    ]
    assert ledger.tasks[1].text.endswith("责任制:")  # what introduces the shares closes the share before them


def test_units_a_meeting_stressed_or_a_unit_in_its_part_without_a_comma_are_called_on() -> None:
    ledger = parse_text(
        "会议进行了细致的学习,明确了换届选举流程及相关规定,强调各村要充分认识村级人民调解委员会换届选举工作的重要性。\n"
        "周振海主任提出四点建议:一是要明确法治宣传的组织者,县司法局作为牵头单位要发挥好组织协调作用,"
        "各普法责任单位要落实普法责任制;二是要突出法治宣传重点对象。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("各村要充分认识村", ["各村"]),
        ("县司法局作为牵头", ["县司法局"]),
        ("各普法责任单位要", ["各普法责任单位"]),
    ]


def test_a_unit_named_for_its_programme_in_quotes_is_called_on() -> None:
    ledger = parse_text(
        "会议强调,要全力配合,落细落实工作责任。市“双拥”办要加强沟通对接,抓好贯彻落实,进一步凝聚工作合力。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("市“双拥”办要加", ["市“双拥”办"])]


def test_units_on_lines_bulleted_with_a_hyphen_are_charged_and_a_head_reporting_by_name_is_not() -> None:
    ledger = parse_text(
        "一、近期火灾情况回顾\n"
        "会上,市消防支队负责人王队长汇报了近期发生的几起典型火灾案例。\n"
        "二、下一步工作部署\n"
        "1. 加强宣传教育\n"
        "- 各街道办事处要联合社区开展消防安全宣传活动,通过发放宣传手册、举办讲座等形式普及防火知识。\n"
        "- 学校需将消防安全教育纳入课程体系,培养学生的自救互救能力。\n"
        "2. 落实主体责任\n"
        "- 各企事业单位负责人要切实履行好第一责任人职责,建立健全内部管理制度。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("各街道办事处要联", ["各街道办事处"]),
        ("学校需将消防安全", ["学校"]),
        ("各企事业单位负责", ["各企事业单位"]),
    ]


def test_units_charged_after_the_case_their_work_answers_and_a_comma_are_called_on() -> None:
    ledger = parse_text(
        "(三)严格执法,坚决查处火灾隐患和消防违法行为。各地对排查和群众举报的火灾隐患要坚决整治,用足法律手段。"
        "各级公安消防部门、派出所对单位、“三合一”场所不及时消除火灾隐患可能严重威胁公共安全的,要依法采取临时查封措施。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("各地对排查和群众", ["各地"]), ("各级公安消防部门", ["各级公安消防部门", "派出所"])]


def test_a_unit_working_under_another_is_charged_with_its_own_share() -> None:
    ledger = parse_text(
        "二、职责分工\n"
        "市机关事务管理局在市节能主管部门的指导下,负责指导市本级公共机构节能工作。"
        "市财政局负责安排公共机构节能工作经费。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("市机关事务管理局", ["市机关事务管理局"]), ("市财政局负责安排", ["市财政局"])]


def test_points_counted_out_to_units_go_on_after_a_point_that_names_them_again() -> None:
    ledger = parse_text(
        "会议强调,各园区要以保级升级为目标,坚持目标导向,以认真务实的态度,面对各级专家的检查验收。"
        "一是要高度重视整治提升工作,充分认识到化工园区招牌的含金量和重要性;二是要转变思想观念,工作方式要向精细化转变;"
        "三是各园区要认真学习标准要求,对标对表开展整治;四是要认真梳理问题清单,实行挂图作战,倒排时限;"
        "五是整治中要注重整体规划,软硬件并举,统筹推进。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("要高度重视整治提", ["各园区"]),
        ("要转变思想观念,", ["各园区"]),
        ("各园区要认真学习", ["各园区"]),  # (学习标准要求,: what a standard requires, not who asked)
        ("要认真梳理问题清", ["各园区"]),
        ("整治中要注重整体", ["各园区"]),
    ]


def test_a_level_charged_through_its_leaders_is_called_on() -> None:
    ledger = parse_text(
        "会议要求,要切实做好秸秆禁烧工作。各乡镇党政主要负责同志要高度重视,强化属地主体责任,明确职责分工。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("各乡镇党政主要负", ["各乡镇"])]


def test_units_a_unit_stressed_their_work_to_are_called_on_not_the_unit() -> None:
    ledger = parse_text(
        "针对整治物业企业履约不到位问题,县住建局着重强调各物业企业要高度重视此次集中整治,主动落实主体责任。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("各物业企业要高度", ["各物业企业"])]


def test_units_called_on_to_take_the_work_to_heart_do_the_points_after_it() -> None:
    ledger = parse_text(
        "杨丽强调,区农业农村局、各乡(镇)思想上要高度重视,坚决完成省委省政府安排的各项工作任务。"
        "一要摸清撂荒地现状和形成原因,明确整治目标。二要把高标准农田建设作为整治撂荒地最关键举措,赶抓进度。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("摸清撂荒地现状和", ["区农业农村局", "各乡(镇)"]),
        ("把高标准农田建设", ["区农业农村局", "各乡(镇)"]),
    ]


def test_units_called_on_to_raise_their_political_stance_are_charged() -> None:
    ledger = parse_text(
        "县长强调,各乡镇、县直各部门在政治站位上要再加高度,坚决贯彻落实省、市相关部署要求,"
        "全力以赴抓好河道采砂管理工作。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("各乡镇、县直各部", ["各乡镇", "县直各部门"])]


def test_a_unit_answering_for_the_work_before_its_verb_opens_a_share_of_an_item() -> None:
    ledger = parse_text(
        "二、落实相关责任\n"
        "(二)落实属地管理责任。各级政府对本行政区域内病死畜禽无害化处理负总责。"
        "在河流、湖泊、水库等水域发现的病死畜禽,由所在地县级政府组织相关部门收集处理。"
        "在乡村公共场所发现的病死畜禽,由所在地乡(镇)政府组织收集处理。\n"
        "(三)加强监督管理。\n"
    )
    rows = [(t.text[:10], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("各级政府对本行政区域", ["各级政府"]),
        ("在河流、湖泊、水库等", ["所在地县级政府"]),
        ("在乡村公共场所发现的", ["所在地乡(镇)政府"]),
    ]


def test_the_work_named_before_the_unit_leading_it_is_its_share_and_the_pages_links_end_no_text() -> None:
    ledger = parse_text(
        "三、部门的职责分工\n"
        "县城区范围内露天禁烧工作由县城市管理和综合执法局牵头负责;县城区范围外露天禁烧工作,由县农业农村局牵头负责。\n"
        "四、法律责任的明确\n"
        "违反本通告规定擅自露天焚烧秸秆和垃圾的,由执法部门依照相关法律法规责令改正。\n"
        "》》相关文件:关于禁止露天焚烧秸秆和垃圾的通告\n"
    )
    rows = [(t.text[:9], [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [
        ("县城区范围内露天禁", ["县城市管理和综合执法局"], False),
        ("县城区范围外露天禁", ["县农业农村局"], False),
        ("违反本通告规定擅自", ["执法部门"], False),
    ]


def test_units_called_on_for_a_season_a_meeting_or_a_case_are_charged() -> None:
    ledger = parse_text(
        "二、工作要求\n"
        "河道专管员发现问题要及时整改,并及时上报。\n"
        "各社区会后要继续积极征集居民意见,每个社区征集意见不少于10条。\n"
        "各指挥机构在汛期要坚持值班制度,及时掌握汛情。\n"
    )
    rows = [(t.text[:5], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("河道专管员", ["河道专管员"]),
        ("各社区会后", ["各社区"]),
        ("各指挥机构", ["各指挥机构"]),
    ]


def test_units_called_on_in_the_course_of_their_work_are_charged() -> None:
    ledger = parse_text(
        "二、活动标准和实施\n"
        "以困难家庭为单位,按照每户200元标准执行。\n"
        "各镇(街区)在实施救助过程中要加强宣传,并搞好影像资料的留存工作。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("各镇(街区)在实", ["各镇(街区)"])]


def test_fields_doing_their_share_of_the_work_include_the_party_and_youth_league_organisations() -> None:
    ledger = parse_text(
        "11月5日,全市垃圾分类工作推进会召开。会议要求,市城管局要统筹推进全市生活垃圾分类工作。"
        "发展改革、民政、财政、团组织等部门按分工做好相关工作。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("市城管局要统筹推", ["市城管局"]),
        ("发展改革、民政、", ["发展改革", "民政", "财政", "团组织"]),
    ]


def test_a_levels_direct_units_and_its_cadres_are_called_on() -> None:
    ledger = parse_text(
        "王培庆指出:农村生活垃圾分类是保障公共环境卫生和群众健康的重要举措,大家要通过多种渠道加强宣传教育;"
        "县直职能部门要出台操作性强的垃圾分类制度,加强考核评比;镇村两级干部要加强对保洁人员管理,提高工作标准。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("县直职能部门要出", ["县直职能部门"]), ("镇村两级干部要加", ["镇村两级干部"])]


def test_what_a_plan_makes_clear_a_unit_is_in_charge_of_is_its_task() -> None:
    ledger = parse_text(
        "区政府建立职责明晰的考核监督体系,将殡葬改革纳入地方社会事业目标考核要求。\n"
        "明确民政部门负责制定殡葬管理政策标准,殡葬改革工作的组织实施,制定和实施公墓日常管理考核等工作。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("明确民政部门负责", ["民政部门"])]


def test_a_units_duties_told_as_what_they_are_are_its_task() -> None:
    ledger = parse_text(
        "无偿献血工作\n"
        "红十字会的职责为积极组织无偿献血招募,无偿献血志愿服务组织的建设和管理。"
        "住建部门负责指导流动采血车确定固定位置,支持献血屋建设。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("红十字会的职", ["红十字会"]), ("住建部门负责", ["住建部门"])]


def test_units_duties_told_as_what_they_include_are_their_tasks() -> None:
    ledger = parse_text(
        "通知明确了县教育局、县公安局的工作职责。教育局的职责包括全面掌握学生上下学、现有校车状况及校车需求。\n\n"
        "县公安局的职责包括定期对接送学生车辆进行安全技术检验。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("教育局的职责", ["教育局"]), ("县公安局的职", ["县公安局"])]


def test_units_set_apart_by_a_comma_from_what_they_shall_do_are_charged() -> None:
    ledger = parse_text(
        "关于加强烟花爆竹管理的通知\n\n三、各街道应当定期组织开展烟花爆竹双禁宣传活动。\n\n"
        "四、县融媒体中心、各类媒体,应当做好烟花爆竹双禁管理工作的宣传教育。\n"
    )
    rows = [(t.number, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("三", ["各街道"]), ("四", ["县融媒体中心", "各类媒体"])]


def test_a_note_in_brackets_inside_a_units_name_does_not_assign_the_paragraph_whole() -> None:
    ledger = parse_text(
        "(二)加强业务指导,落实主体责任。\n"
        "卫生计生行政部门(含中医药管理部门)负责对医疗机构内生活垃圾分类工作的指导和管理。"
        "住建部门负责对生活垃圾专业处理单位的行业指导和管理。环保部门负责对危险废物处置单位的环境监管。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("卫生计生行政", ["卫生计生行政部门(含中医药管理部门)"]),
        ("住建部门负责", ["住建部门"]),
        ("环保部门负责", ["环保部门"]),
    ]


def test_units_made_the_lead_and_the_units_responsible_with_it_share_the_task() -> None:
    ledger = parse_text(
        "会议明确,县民政局为康乐年华养老服务中心火灾隐患整改牵头单位,泷泊镇人民政府和县消防大队为责任单位;"
        "县文旅广体局为岁圆楼火灾隐患整改牵头单位,理家坪乡人民政府和县消防大队为责任单位。\n"
    )
    rows = [(t.text[:6], [(d.name, d.role.value) for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("县民政局为康", [("县民政局", "lead"), ("泷泊镇人民政府", "co"), ("县消防大队", "co")]),
        ("县文旅广体局", [("县文旅广体局", "lead"), ("理家坪乡人民政府", "co"), ("县消防大队", "co")]),
    ]


def test_a_units_head_serving_as_convener_is_no_charge_of_the_unit() -> None:
    ledger = parse_text(
        "三、组织保障\n"
        "(三)建立居住区城市网格化管理工作小组,由居委会党组织负责人任召集人,街道、镇机关联络员参加工作小组。\n"
        "(四)街道办事处负责统筹辖区网格化管理工作,定期组织开展巡查。\n"
    )
    rows = [(t.number, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("(四)", ["街道办事处"])]


def test_units_charged_with_reporting_are_charged_and_how_often_is_no_part_of_their_name() -> None:
    ledger = parse_text(
        "摸排工作\n"
        "10月12号前,各乡镇上报乱占耕地建房的摸排结果,确保底数清楚、情况准确。\n"
        "县交通运输局每月向自治州领导小组办公室报送工作简报不少于2期。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("10月12号", ["各乡镇"]), ("县交通运输局", ["县交通运输局"])]


def test_every_unit_of_a_kind_counted_one_by_one_or_when_its_work_falls_after_them_is_called_on() -> None:
    ledger = parse_text(
        "村账镇代管\n"
        "全区各村在第一季度完成账务后要向服务中心办理报账、对账,确保账目清楚。\n"
        "每个镇(街道)要配置3-4名专职会计人员,负责代理记账工作。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("全区各村在第", ["全区各村"]), ("每个镇(街道", ["每个镇(街道)"])]


def test_units_charged_all_alike_are_charged() -> None:
    ledger = parse_text(
        "垃圾分类进校园\n"
        "市教育局要把垃圾分类纳入学校教育内容,组织开展形式多样的宣传教育活动。"
        "学校、幼儿园及其他教育机构都应将垃圾分类纳入教育内容,培养学生的垃圾分类习惯。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("市教育局要把", ["市教育局"]), ("学校、幼儿园", ["学校", "幼儿园", "其他教育机构"])]


def test_units_charged_with_the_day_their_work_is_due_whatever_the_verb() -> None:
    ledger = parse_text(
        "封井工作安排\n"
        "各单位于10月30日前自行封闭自备井并报市水务局备案。\n"
        "县住建局、县城管局于8月底前完成全县老旧燃气管道整改。\n"
        "各级征兵办公室4月1日起开始集中办公,受理应征青年报名。\n"
        "各市年底前要研究出台本地贯彻落实工作具体措施。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("各单位于10", ["各单位"]),
        ("县住建局、县", ["县住建局", "县城管局"]),
        ("各级征兵办公", ["各级征兵办公室"]),
        ("各市年底前要", ["各市"]),
    ]


def test_units_charged_with_what_their_work_answers_to_right_after_their_names() -> None:
    ledger = parse_text(
        "专项检查工作安排\n"
        "各市(地)按照此次专项检查要求,制定所辖区(县)检查方案,于9月底前报省厅。\n"
        "局回复办理工作领导小组根据局办公室转办的工单,逐件研究答复意见。\n"
        "市级行业主管部门结合工作安排开展抽查,及时通报抽查结果。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("各市(地)按", ["各市(地)"]),
        ("局回复办理工", ["局回复办理工作领导小组"]),
        ("市级行业主管", ["市级行业主管部门"]),
    ]


def test_steps_of_units_checking_against_what_they_are_given_are_their_tasks() -> None:
    ledger = parse_text(
        "关于开展档案安全执法检查的通知\n三、检查方法和步骤\n"
        "1.各单位对照执法检查内容于6月12日前完成自查工作,并将自查情况形成书面材料报市档案局业务督导处。\n"
        "2.市档案局按照“双随机一公开”原则,将于10月16日至11月1日对随机抽取的10家单位进行检查。\n"
        "3.检查结果将在鞍山市档案信息网上予以公示。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("各单位对照执", ["各单位"]), ("市档案局按照", ["市档案局"])]


def test_what_a_notice_hopes_of_every_unit_is_theirs_and_a_divisions_other_name_assigns_nothing() -> None:
    ledger = parse_text(
        "关于开展档案安全执法检查的通知\n"
        "望各单位接到通知后要高度重视,加强领导。对检查中发现的问题,要及时整改,"
        "于检查后的30个工作日内报市档案局业务督导处(行政执法处)。\n"
    )
    assert [(t.text[:7], [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("各单位接到通知", ["各单位"])
    ]


def test_a_call_after_a_comma_may_say_how_its_units_do_their_part_and_a_titles_words_call_on_no_one() -> None:
    ledger = parse_text(
        "养老机构消防安全\n"
        "征求意见稿提出,加大资金支持力度。对基础条件薄弱的农村养老机构,各地民政部门积极争取项目资金支持安全改造,"
        "消防部门加大技术指导力度,明显改善消防设施和安全条件。\n"
        "近日,市场监管总局办公厅联合教育部办公厅印发《关于进一步加强校园食品安全工作的通知》,部署秋季学期工作。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("对基础条件薄", ["各地民政部门"]), ("消防部门加大", ["消防部门"])]


def test_a_sentence_charging_named_units_inside_a_paragraph_is_their_share_where_nothing_assigns_work() -> (
    None
):
    ledger = parse_text(
        "2010年市级公共机构节能工作推进计划\n"
        "各单位要突出重点、强化管理,确保节能目标任务的完成。\n"
        "推进计划要突出重点,统筹抓好节能降耗工作。教育、卫生、公安等部门在做好本部门节能工作的同时,"
        "要重点抓好本系统内所属公共机构节能工作的开展。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("各单位要突出", ["各单位"]), ("教育、卫生、", ["教育", "卫生", "公安"])]


def test_a_unit_charged_after_a_colon_in_prose_and_no_headline() -> None:
    ledger = parse_text(
        "商务部组织开展可循环快递包装规模化应用\n"
        "第一阶段是计划准备阶段,时间为4月18日以前。主要工作是:镇人武部搞好工作筹划、建立健全组织、拟制工作计划。\n"
        "有关部门按照以下分工负责病媒生物预防控制监督管理工作:(一)市卫生健康委负责医疗机构病媒生物预防控制的监督管理。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    # the clause after a colon opens as a sentence does, its number aside; a headline is no unit's sentence
    assert rows == [("镇人武部搞好", ["镇人武部"]), ("市卫生健康委", ["市卫生健康委"])]
    # a long line the page cut, with no stop, is no headline
    cut = parse_text(
        "森林督查工作会议召开\n会议强调,各乡镇和相关部门对清理排查中发现的突出问题进行专题研究,提出处理办法,"
        "自查行动期间,县林业局要及时掌握自查工作情况,严格工作纪律,实事求是,对敷衍了事的单位和个人,若在国家林业局例行督查中发现"
    )
    # (each unit working on what it names first is charged: the annotator of the real page read 各乡镇和相关部门 so)
    assert [[d.name for d in t.departments] for t in cut.tasks] == [["各乡镇", "相关部门"], ["县林业局"]]


def test_units_set_apart_from_their_verb_by_a_comma_and_a_share_the_page_cuts() -> None:
    ledger = parse_text(
        "关于解决拖欠农民工工资问题的意见\n"
        "劳动保障部门要认真履行协调、监督职责,准确掌握情况;建设、水利、公路等主管部门,要认真清理本部门管辖项目"
        "施工企业拖欠工作情况,督促施工企业及时支付拖欠的工资。\n"
        "要按照省、市的安排部署,统一思想认识。劳动保障、国土等部门要抓紧开展被征地农民社会保险的基线调查工作,争取尽快启动"
    )
    rows = [(t.text[:6], [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [
        ("劳动保障部门", ["劳动保障部门"], False),
        ("建设、水利、", ["建设", "水利", "公路"], False),
        ("劳动保障、国", ["劳动保障", "国土"], True),
    ]


def test_calls_on_inspection_and_supervision_organs_and_a_call_that_insists() -> None:
    ledger = parse_text(
        "关于做好禽流感防控工作的通知\n"
        "各出入境检验检疫机构要切实采取措施,加强入境检验检疫工作。各地动物防疫监督机构要加强当地的禽流感监测工作。\n"
        "县直各部门一定要按照会议要求,扎实推进整治工作。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("各出入境检验", ["各出入境检验检疫机构"]),
        ("各地动物防疫", ["各地动物防疫监督机构"]),
        ("县直各部门一", ["县直各部门"]),
    ]


def test_what_a_units_work_concerns_may_stand_between_it_and_its_verb() -> None:
    ledger = parse_text(
        "根治欠薪工作会议召开\n"
        "人民法院对拖欠农民工工资的案件要开启绿色通道,以最快的速度立案。"
        "各相关部门对清欠工作中出现的问题要及时总结,研究解决办法。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("人民法院对拖", ["人民法院"]), ("各相关部门对", ["各相关部门"])]


def test_what_a_regulation_lays_down_for_units_as_news_reports_it() -> None:
    ledger = parse_text(
        "连云港为城市公厕立规矩\n"
        "即日起,我市开始施行城市公厕管理办法。办法规定,各县区政府应当强化公厕建设与管理,明确要求广场和道路两侧必须设立适量公厕。\n"
        "该办法规定,县区政府应当加强公厕建设,统筹协调辖区内公厕规划、建设、管理工作。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("各县区政府应", ["各县区政府"]), ("县区政府应当", ["县区政府"])]


def test_a_calls_text_leaves_out_the_stop_of_an_item_number_the_copy_lost() -> None:
    ledger = parse_text(
        "义务植树活动方案\n各单位自备车辆。.各镇(中心)要将各自义务植树活动安排于3月10日前上报县绿化办。\n"
    )
    assert [t.text for t in ledger.tasks] == ["各镇(中心)要将各自义务植树活动安排于3月10日前上报县绿化办。"]


def test_what_a_unit_will_do_about_a_problem_charges_it() -> None:
    ledger = parse_text(
        "四川推进厕所革命\n"
        "针对四川省公共厕所数量和质量不达标等问题,省住房和城乡建设厅将完善和提升公共厕所的数量和质量。"
        "省交通运输厅针对普通国省干线公共厕所数量不足问题,将新建厕所208座。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("针对四川省公", ["省住房和城乡建设厅"]), ("省交通运输厅", ["省交通运输厅"])]


def test_a_call_after_a_comma_may_say_what_its_units_shall_do_or_whom_they_work_with() -> None:
    ledger = parse_text(
        "关于做好美丽乡村建设工作的通知\n"
        "本年度市级美丽乡村建设指标共3个,各申报村应在11月中旬前完成年度建设任务,"
        "市农业农村局会同市财政局于11月底前组织开展验收工作,统筹调度项目建设。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments], t.deadline.text) for t in ledger.tasks]
    assert rows == [
        ("各申报村应在", ["各申报村"], "11月中旬前"),
        ("市农业农村局", ["市农业农村局", "市财政局"], "11月底前"),
    ]


def test_a_name_is_not_cut_inside_the_word_after_it() -> None:
    ledger = parse_text(
        "海绵城市建设评估工作会召开\n"
        "会议要求评估方周密部署,精心安排,保质保量完成各项评估任务。市直相关部门、各区要密切配合,给予评估工作大力支持。\n"
    )
    # 评估方周密部署 is no unit 评估方周密部 asked; the call after it is a task
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [["市直相关部门", "各区"]]


def test_beside_a_call_a_sentence_charging_named_units_is_their_share() -> None:
    ledger = parse_text(
        "关于做好节能工作的通知\n"
        "推进计划,突出重点,确保节能目标任务的完成。各单位要结合季度能源消耗的统计分析,及时发现问题。"
        "市节能工作协调小组办公室要加强对市级公共机构节能工作的指导,每半年进行一次分析通报。\n"
        "教育、卫生、公安等部门在做好本部门节能工作的同时,要重点抓好本系统内所属公共机构节能工作的开展。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("各单位要结合", ["各单位"]),
        ("市节能工作协", ["市节能工作协调小组办公室"]),
        ("教育、卫生、", ["教育", "卫生", "公安"]),
    ]


def test_a_place_its_units_in_brackets_then_a_colon_and_the_problem_found_there() -> None:
    ledger = parse_text(
        "整改较好的点位\n"
        "1、联盛快乐城(责任单位:县商务局):前期通报该点位存在没有明确的行业规范等问题已按时整改到位。\n"
        "整改未落实的点位\n"
        "县客运中心(责任单位:交通局):大门消防区域磨损;志愿者服务站未明确服务内容。\n"
        "工作亮点\n"
        "1、西海首府小区(责任单位:西海社区、第十片区):西海社区组织社区工作人员开展文明实践活动。\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "前期通报该点", ["县商务局"]),
        (None, "大门消防区域", ["交通局"]),
        ("1", "西海社区组织", ["西海社区", "第十片区"]),
    ]
    assert ledger.tasks[2].section_path[-1] == "1、西海首府小区"


def test_lines_naming_their_units_before_a_colon_under_a_numbered_item_are_tasks_of_their_own() -> None:
    ledger = parse_text(
        "五、责任分解\n"
        "2、强化“双线”承包责任制,确保义务教育阶段控辍保学工作目标的实现。\n"
        "各学校:做好相关法律法规宣传,做好家访,随时掌握学生动向。\n"
        "镇共青团、妇联:要充分发挥自身优势,开展宣传和结对帮扶活动。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("做好相关法律", ["各学校"]), ("要充分发挥自", ["镇共青团", "妇联"])]


def test_an_item_closed_by_a_sentence_naming_who_leads_and_who_helps() -> None:
    ledger = parse_text(
        "二、整治内容\n"
        "2.加强危险化学品的监管,抓好企业的申报登记。由市安监局负责,市环保局配合。\n"
        "3.加强医疗垃圾管理,确保安全处置。由市环保局、市卫生局牵头,各县区政府负责实施。\n"
        "4.劳务合作规划。由省劳动保障厅负责完成。\n"
        "总体规划和专项规划要密切结合我省实际,明确目标,突出重点。\n"
    )
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("2", "加强危险化学品的监管,抓好企业的申报登记。", ["市安监局", "市环保局"]),
        ("3", "加强医疗垃圾管理,确保安全处置。", ["市环保局", "市卫生局", "各县区政府"]),
        ("4", "劳务合作规划。", ["省劳动保障厅"]),
    ]


def test_headings_and_items_run_together_on_one_line_are_apart() -> None:
    ledger = parse_text(
        "二、重点任务(一)建立健全中医药服务体系行动1.中医医院高质量发展,(责任单位:区卫生健康局、区财政局等)"
        "2.推进传统中医惠民行动,(责任单位:区卫生健康局、区委宣传部等)(二)提升中医药服务能力建设行动"
        "5.打造中医药示范品牌,(责任单位:区卫生健康局、区文广旅局等)\n"
    )
    rows = [(t.number, t.section_path[-1], t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "(一)建立健全中医药服务体系行动", "中医医院高质量发展,", ["区卫生健康局", "区财政局"]),
        ("2", "(一)建立健全中医药服务体系行动", "推进传统中医惠民行动,", ["区卫生健康局", "区委宣传部"]),
        ("5", "(二)提升中医药服务能力建设行动", "打造中医药示范品牌,", ["区卫生健康局", "区文广旅局"]),
    ]


def test_an_item_run_together_with_its_first_sub_item_heads_it() -> None:
    ledger = parse_text(
        "三、重点任务(一)禁止、限制使用部分塑料制品(1)到2023年底,全区的商场、超市场所禁止使用不可降解塑料袋;"
        "(行业管理股牵头)(2)到2025年底,全区的农贸市场禁止使用不可降解塑料袋。(市场服务中心牵头)"
        "(二)推广应用替代产品和创新模式(1)在商场、超市场所,推广使用环保布袋、纸袋等非塑料制品。(行业管理股牵头)\n"
    )
    rows = [
        (t.number, t.section_path[-1], t.text[:10], [d.name for d in t.departments]) for t in ledger.tasks
    ]
    assert rows == [
        ("(1)", "(一)禁止、限制使用部分塑料制品", "到2023年底,全区", ["行业管理股"]),
        ("(2)", "(一)禁止、限制使用部分塑料制品", "到2025年底,全区", ["市场服务中心"]),
        ("(1)", "(二)推广应用替代产品和创新模式", "在商场、超市场所,推", ["行业管理股"]),
    ]


def test_units_in_brackets_after_a_sentence_and_before_the_next_heading() -> None:
    ledger = parse_text(
        "(一)加强监测评价。开展服务型制造高质量发展综合评价分析。(省制造业高质量发展领导小组办公室,省经信厅、省统计局)"
        "(二)加大政策支持。全面落实国家有关支持服务型制造发展的政策措施。(省经信厅、省发展改革委)\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [
        ["省制造业高质量发展领导小组办公室", "省经信厅", "省统计局"],
        ["省经信厅", "省发展改革委"],
    ]


def test_a_responsible_units_label_run_into_the_text_without_its_colon() -> None:
    ledger = parse_text(
        "二、工作任务和责任分解\n"
        "(一)全面开展居民楼院卫生整治各社区居委会要积极动员人人参与环境卫生整治活动责任单位各社区居委会、驻辖区单位\n"
        "(二)压实责任单位主体责任,做好辖区卫生保洁工作\n"
    )
    rows = [(t.number, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("(一)", ["各社区居委会", "驻辖区单位"]), ("(二)", [])]  # 责任单位主体责任 names no unit


def test_a_co_operating_units_label_run_into_the_names_without_its_colon() -> None:
    ledger = parse_text(
        "1.联邦快递门前积存垃圾,业户垃圾清运费没有收到位责任单位环卫分公司配合单位办事处、城管中队\n"
    )
    assert [[(d.name, d.role) for d in t.departments] for t in ledger.tasks] == [
        [("环卫分公司", Role.LEAD), ("办事处", Role.CO), ("城管中队", Role.CO)]
    ]


def test_a_line_of_a_unit_alone_heads_the_numbered_items_under_it() -> None:
    ledger = parse_text(
        "各乡镇人民政府、县直各单位:\n"
        "五、责任分解\n"
        "教育管理中心:\n"
        "1、制定义务教育控辍保学的实施方案,配合乡人民政府抓好宣传。\n"
        "2、强化“双线”承包责任制,确保控辍保学工作目标的实现。\n"
        "各学校:做好相关法律法规宣传,随时掌握学生动向。\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "制定义务教育", ["教育管理中心"]),
        ("2", "强化“双线”", ["教育管理中心"]),
        (None, "做好相关法律", ["各学校"]),
    ]


def test_a_main_responsible_unit_line_leads_the_item_above_it() -> None:
    ledger = parse_text(
        "一、全区经济社会发展主要预期目标\n\n  1.地区生产总值比上年增长4.5%以上。\n\n  牵头领导:常务副区长\n\n"
        "  主要责任单位:区发展改革委\n\n  完成时限:2023年12月\n\n  2.一般公共预算收入稳定增长。\n\n"
        "  主要责任单位:区财政局、区税务局\n"
    )
    rows = [(t.text, [(d.name, d.role) for d in t.departments], t.deadline.text) for t in ledger.tasks]
    assert rows == [
        ("地区生产总值比上年增长4.5%以上。", [("区发展改革委", Role.LEAD)], "2023年12月"),
        ("一般公共预算收入稳定增长。", [("区财政局", Role.LEAD), ("区税务局", Role.LEAD)], None),
    ]


def test_a_numbered_heading_of_a_unit_alone_assigns_the_items_under_it() -> None:
    ledger = parse_text(
        "(一)综合办公室(党群工作部、监察室)\n(1)年度主要任务与要求:\n"
        "①积极宣传推介园区,完成上稿8篇;②配合出台园区相关政策和制度;③完成主要领导交办的其他工作。\n"
        "(二)工程建设管理局(安全生产监督局)\n(1)年度主要任务与要求:\n①年内完成园区规划修编前期工作;②完成重点项目建设。\n"
    )
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    office, works = ["综合办公室(党群工作部、监察室)"], ["工程建设管理局(安全生产监督局)"]
    assert rows == [
        ("①", "积极宣传推介园区,完成上稿8篇;", office),
        ("②", "配合出台园区相关政策和制度;", office),
        ("③", "完成主要领导交办的其他工作。", office),
        ("①", "年内完成园区规划修编前期工作;", works),
        ("②", "完成重点项目建设。", works),
    ]


def test_a_numbered_heading_of_units_assigns_the_paragraph_or_the_items_under_it() -> None:
    ledger = parse_text(
        "三、职责分工\n(一)区财政局\n负责群众体育工作经费的安排与调拨工作。\n"
        "(二)南庄镇、各街道办事处\n1.做好组织发动工作;\n2.配合做好全民健身站(点)建设工作。\n"
    )
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("(一)", "负责群众体育工作经费的安排与调拨工作。", ["区财政局"]),
        ("1", "做好组织发动工作;", ["南庄镇", "各街道办事处"]),
        ("2", "配合做好全民健身站(点)建设工作。", ["南庄镇", "各街道办事处"]),
    ]


def test_a_record_of_numbered_fields_under_its_heading_is_the_task_of_its_unit_field() -> None:
    ledger = parse_text(
        "一、春节活动项目\n"
        "(一)春节农夫篮球赛\n1、竞赛时间:年初一、初二\n2、竞赛地点:消防大队篮球场\n3、负责单位:汤口社区\n"
        "(二)舞龙贺新春表演\n1、活动时间:年初一、初二。\n2、参演单位:九龙瀑舞龙队\n3、负责单位:山岔村\n"
    )
    rows = [(t.number, t.text.split("\n")[0], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("(一)", "春节农夫篮球赛", ["汤口社区"]), ("(二)", "舞龙贺新春表演", ["山岔村"])]


def test_a_numbered_heading_of_a_place_assigns_nothing() -> None:
    ledger = parse_text(
        "(二)新时代文明实践站\n1.显著位置展示新时代文明实践站导视图。\n"
        "(三)背街小巷\n1.南二巷车辆乱停放现象普遍。(责任单位:市综合行政执法局)\n"
    )
    assert [(t.text, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("南二巷车辆乱停放现象普遍。", ["市综合行政执法局"])
    ]


def test_circled_items_run_together_under_one_assignment_stay_one_task() -> None:
    ledger = parse_text("1.强化监管。\n①开展排查;②建立台账;③按月通报。(责任单位:县市场监管局)\n")
    assert [(t.text, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("开展排查;②建立台账;③按月通报。", ["县市场监管局"])
    ]


def test_a_page_cut_after_a_name_with_brackets_of_its_own_keeps_it() -> None:
    ledger = parse_text(
        "(一)重点行业绿色升级工程。推进钢铁、水泥行业超低排放改造。"
        "(市工业和信息化局、市能源局等按职责分工负责,各市〔特区、区〕人民政府"
    )
    (task,) = ledger.tasks
    assert task.incomplete
    assert [d.name for d in task.departments] == ["市工业和信息化局", "市能源局", "各市〔特区、区〕人民政府"]


def test_an_assignment_in_brackets_on_a_line_of_its_own_assigns_the_paragraph_above() -> None:
    ledger = parse_text("2019年6月底前,研究建立指标体系。\n(生态环境部牵头,国家统计局参与)\n")
    assert [(t.text, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("2019年6月底前,研究建立指标体系。", ["生态环境部", "国家统计局"])
    ]


def test_unnumbered_heading_lines_and_a_page_cut_in_the_next_assignment() -> None:
    ledger = parse_text(
        "建立“无废城市”建设指标体系,发挥导向引领作用。\n"
        "2019年6月底前,研究建立以固体废物减量化和循环利用率为核心的指标体系。\n"
        "(生态环境部牵头,国家统计局参与)\n"
        "优化固体废物管理体制机制,强化部门分工协作。\n"
        "根据城市经济社会发展实际,建立部门责任清单,进一步明确部门职责边界。\n"
        "(生态环境部指导,试点城市政府负责落实)\n"
        "加强制度政策集成创新,增强试点方案系统性。\n"
        "落实相关改革举措,集成目前已开展的有关循环经济改革和试点示范政策。\n"
        "(生"
    )
    rows = [(t.text[:8], [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [
        ("2019年6月底", ["生态环境部", "国家统计局"], False),
        ("根据城市经济社会", ["生态环境部", "试点城市政府"], False),
        ("落实相关改革举措", [], True),
    ]


def test_an_assignment_in_hexagonal_brackets_broken_over_lines_is_read_whole() -> None:
    ledger = parse_text(
        "(二)从严落实耕地保护制度。严格落实耕地保护党政同责,健全耕地\n"
        "保护制度体系。严格耕地种植用途管控,开展违规占用耕地整改复耕。〔县自然资\n"
        "源局、县农业农村局按职责分工负责,各乡(街道)落实〕\n"
        "(三)优化粮食供给结构。推广大豆玉米复合种植。〔县农业农村局按职责分工负责〕\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [
        ["县自然资源局", "县农业农村局", "各乡(街道)"],
        ["县农业农村局"],
    ]


def test_units_named_as_a_sentences_subject_are_no_bare_label() -> None:
    ledger = parse_text(
        "一、加强工作统筹,科学制订办理方案。各责任单位要于2022年2月15日前,"
        "将制订的办理方案报送市人民政府督查室(报送式样详见附表1)。\n"
    )
    # not 责任单位: as a label naming 要于…督查室: the call on every unit in charge, the notice's one task
    assert [([d.name for d in t.departments], t.deadline.text) for t in ledger.tasks] == [
        (["各责任单位"], "2022年2月15日前")
    ]


def test_a_page_cut_inside_a_names_note_keeps_the_name() -> None:
    ledger = parse_text("(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:各区人民政府〈含开发区、")
    (task,) = ledger.tasks
    assert task.incomplete
    assert [d.name for d in task.departments] == ["市发改委", "各区人民政府"]


def test_a_heading_of_a_unit_with_no_item_under_it_assigns_nothing() -> None:
    (task,) = parse_text("0、@@委").tasks  # the page stops in a measure: kept, as it was before the rule
    assert (task.text, task.departments, task.incomplete) == ("@@委", (), True)


def test_a_run_on_line_goes_on_with_the_next_problem_after_a_deadline_labels_value() -> None:
    ledger = parse_text(
        "市场内无障碍卫生间堆放有杂物。 整改责任单位:县市场监督管理局 整改时限:2021年8月13日前"
        " 操作间存在鼠粪,病媒生物防制不到位。 整改责任单位:县市场监督管理局 整改时限:2021年8月13日前"
        " 后厨窗台发现鼠迹、鼠粪,病媒生物防制不到位。 整改责任单位:县卫生健康局 整改时限:2021年8月20日前"
        " 农贸市场内活禽区卫生状况较差,地面积水严重。 整改责任单位:县商务局 整改时限:2021年8月20日前"
    )
    rows = [(t.text[:6], [d.name for d in t.departments], t.deadline.text) for t in ledger.tasks]
    assert rows == [
        ("市场内无障碍", ["县市场监督管理局"], "2021年8月13日前"),
        ("操作间存在鼠", ["县市场监督管理局"], "2021年8月13日前"),
        ("后厨窗台发现", ["县卫生健康局"], "2021年8月20日前"),
        ("农贸市场内活", ["县商务局"], "2021年8月20日前"),
    ]


def test_a_run_on_line_keeps_the_problems_a_semicolon_runs_on_to_under_their_one_assignment() -> None:
    ledger = parse_text(
        "近日督查组对部分农贸市场、单位、小区卫生情况进行督查 1.市场内无障碍卫生间堆放有杂物; 整改责任单位:县市场监督管理局"
        " 整改时限:2021年8月13日前 1.员工食堂橱柜杂物乱堆放; 2.在建工程临时厨房杂物、垃圾乱堆放。"
        " 整改责任单位:县污水处理厂 整改时限:2021年8月13日前 1.厂区门口未设置疫情防控; 2.食品添加剂堆放不规范。"
        " 整改责任单位:县市场监督管理局 整改时限:2021年8月13日前"
    )
    rows = [(t.text[:9], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("市场内无障碍卫生间", ["县市场监督管理局"]),
        ("员工食堂橱柜杂物乱", ["县污水处理厂"]),
        ("厂区门口未设置疫情", ["县市场监督管理局"]),
    ]


def test_an_item_run_on_into_the_next_after_its_sentence_is_cut_before_it_when_each_names_its_units() -> None:
    ledger = parse_text(
        "(八)环境绿化、生态防护林及绿化隔离带建设\n"
        "1、完成葛山森林公园规划。责任单位:市林业局,完成时间:2009年9月30日前。\n"
        "2、完成长港绿化带建设。责任单位:市水利局,完成时间:2009年5月10日前。3、完成鄂州大道绿化隔离带建设。"
        "责任单位:市交通局、西山街办,完成时间:2009年5月20日前。\n"
        "4、完善鄂州球团厂厂区防护绿地。1、清理厂区。2、补种树木。责任单位:鄂州球团厂,完成时间:2009年6月10日前。\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments], t.deadline.text) for t in ledger.tasks]
    assert rows == [
        ("1", "完成葛山森林", ["市林业局"], "2009年9月30日前"),
        ("2", "完成长港绿化", ["市水利局"], "2009年5月10日前"),
        ("3", "完成鄂州大道", ["市交通局", "西山街办"], "2009年5月20日前"),
        ("4", "完善鄂州球团", ["鄂州球团厂"], "2009年6月10日前"),
    ]


def test_problems_found_are_sorted_under_the_unit_whose_duty_they_fall_in() -> None:
    ledger = parse_text(
        "现将督查中发现问题通报如下:\n"
        "一、属住建局职责范围:\n"
        "(一)江滨官邸等房产项目工地\n"
        "能做到制度上墙,但仍存在一些问题。\n"
        "1、工地围挡尚未按要求布置公益广告。\n"
        "2、建筑材料堆放不规范。\n"
        "(二)文山路\n"
        "欧派特自行车店等占道经营,屡禁不止。\n"
        "二、属凤城镇职责范围:\n"
        "(一)天隆花园(丹凤路)\n"
        "小区内个别业主占用公共绿地。\n"
        "三、属城关派出所职责范围:\n"
        "1、主要交通路口协管员履职情况时紧时松。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("工地围挡尚未", ["住建局"]),
        ("建筑材料堆放", ["住建局"]),
        ("欧派特自行车", ["住建局"]),
        ("小区内个别业", ["凤城镇"]),
        ("主要交通路口", ["城关派出所"]),
    ]


def test_question_marks_a_copy_wrote_for_lost_indents_are_dropped_where_lines_open_with_them() -> None:
    ledger = parse_text(
        "??一、让企业办事更省心\n"
        "??1.加强系统集成,推进政务服务事项网上办理。(责任单位:区府办、区行政服务中心)\n"
        "??2.推广远程身份核验等应用。(责任单位:区府办、区科委)\n"
    )
    rows = [(t.number, t.text[:6], t.section_path) for t in ledger.tasks]
    assert rows == [
        ("1", "加强系统集成", ("一、让企业办事更省心",)),
        ("2", "推广远程身份", ("一、让企业办事更省心",)),
    ]


def test_a_page_run_together_on_one_line_gives_each_unit_its_duty() -> None:
    ledger = parse_text(
        "三、组织领导及职责分工为切实加强对秸秆禁烧工作的领导,县政府成立领导小组,领导小组下设办公室。各组成单位及其职责如下:"
        "县环保局。负责对全县秸秆禁烧工作实施统一监督,并承担县禁烧办的日常工作。加强现场执法检查,发现有燃烧行为的,责令立即停止。"
        "县交通局、公路局。负责对全县辖区内国道、省道、县道两侧燃烧秸秆情况的巡查,依法进行查处。"
        "县农委:负责全县农作物秸秆综合利用工作的督导;负责秸秆还田技术的宣传推广和指导工作。"
        "四、工作要求各乡镇要高度重视,切实加强领导。"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("负责对全县秸秆禁", ["县环保局"]),
        ("负责对全县辖区内", ["县交通局", "公路局"]),
        ("负责全县农作物秸", ["县农委"]),
    ]


def test_numbered_projects_take_the_implementing_unit_of_their_record_line() -> None:
    ledger = parse_text(
        "资金分配计划具体如下:\n"
        "1.西卜沙乡三个村游牧民定居点人饮巩固提升工程\n"
        "投资:500万元 实施单位:泽库县农牧水利和科技局\n"
        "2.王家乡叶金木村饲料加工基地扩建项目\n"
        "投资:167万元(少数民族发展资金)实施单位:王家乡人民政府\n"
        "经领导小组会议研究审议通过,现将资金分配计划予以公告。\n"
        "公告期:2023年6月9日—6月19日\n"
        "县委农村牧区工作领导小组\n"
        "(乡村振兴领"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [
        ("1", "西卜沙乡三个", ["泽库县农牧水利和科技局"], False),
        ("2", "王家乡叶金木", ["王家乡人民政府"], False),
    ]


def test_a_unit_label_after_a_space_on_an_items_line_assigns_the_item() -> None:
    ledger = parse_text("1.加强宣传教育 责任单位:县委宣传部\n")
    assert [d.name for d in ledger.tasks[0].departments] == ["县委宣传部"]


def test_units_parts_run_together_each_after_its_name_and_a_colon() -> None:
    ledger = parse_text(
        "教体局:制定并完善高考工作风险点防控方案、考区安全类突发及偶发事件应急处置预案等方案预案,多频次对高考相关设施设备"
        "进行模拟演练、测试,落实好考生住地安全保卫、试卷保管运送、考点秩序维护等相关工作。"
        "公安局:抽调6名民警分别做好两个考点试卷押送、监督、保卫工作,全天候巡查校园及校园周边可能影响考试安全的风险。"
        "卫健局:安排县医院急诊科4名医务人员及2辆救护车驻考点备勤,并根据天气情况做好考生防暑降温工作。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [["教体局"], ["公安局"], ["卫健局"]]


def test_the_first_units_part_may_follow_the_heading_it_runs_on_from() -> None:
    ledger = parse_text(
        "一、完善组织指挥体系。为确保防汛抗旱工作指挥有力、调度有方,调整完善防汛抗旱指挥部,负责领导组织全县防汛抗旱工作,"
        "分指挥部办公室具体承担与本单位职责相关的防汛抗旱日常工作,对本单位、本行业的防汛抗旱安全负总责。"
        "二、明确职责任务分工县应急管理局:履行县防指办公室职责,负责防汛抗旱应急救援和指挥机构日常工作。"
        "县水利局:履行水利防汛抗旱分指挥部办公室职责。负责江河湖库的防汛安全,会同住建部门做好城镇防汛抗旱工作。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [["县应急管理局"], ["县水利局"]]


def test_when_a_unit_does_the_work_may_stand_between_it_and_the_verb() -> None:
    ledger = parse_text(
        "1、交通海事部门在国庆节前要对旅游船只再进行一次安全检查,不合格的船只责令停航整改。\n"
        "2、林业部门要认真做好景区内森林防火工作,对消防设备进行严格检查。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [["交通海事部门"], ["林业部门"]]


def test_a_departments_members_help_it_and_an_event_is_no_unit() -> None:
    ledger = parse_text(
        "(一)志愿者工作部由团省委牵头负责,由省教育厅、省旅游局等单位组成。主要任务:负责志愿者招募、培训和管理。\n"
        "(二)接待部由省机关事务局牵头负责,由省接待办、省交通运输厅等单位组成。"
        "接待工作是体现我省运动会承办工作水平的重要方面。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [
        ["团省委", "省教育厅", "省旅游局"],
        ["省机关事务局", "省接待办", "省交通运输厅"],
    ]


def test_a_working_group_over_its_roster_does_the_duties_under_it() -> None:
    ledger = parse_text(
        "领导小组下设六个工作组,成员如下:\n"
        "(一)组织摸排组\n组长:各联村组长\n成员:各村两委成员\n职责:\n"
        "负责辖区符合接种条件人员摸排以及有意愿接种人员的预约登记。\n"
        "(二)现场安保组\n组长:王五\n职责:\n负责接种工作秩序维护和突发事件处置。\n"
    )
    assert [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("(一)", "负责辖区符合接种条件人员摸排以及有意愿接种人员的预约登记。", ["组织摸排组"]),
        ("(二)", "负责接种工作秩序维护和突发事件处置。", ["现场安保组"]),
    ]


def test_the_duties_field_running_into_its_numbered_shares() -> None:
    ledger = parse_text(
        "1、活动协调组\n组长:张三\n"
        "职责分工:(1)街道党政办负责元宵系列活动的宣传报道工作,协调各科室。(2)街道文化站负责制订元宵系列活动总体方案。\n"
        "2、后勤保障组\n组长:李四\n职责分工:街道城管城建科负责元宵系列活动期间的卫生保洁工作。\n"
    )
    assert [(t.text[:5], [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("街道党政办", ["街道党政办"]),
        ("街道文化站", ["街道文化站"]),
        ("街道城管城", ["街道城管城建科"]),
    ]


def test_a_unit_charged_with_how_it_does_its_part_shares_the_work_out() -> None:
    ledger = parse_text(
        "市财政局积极做好资金保障和监管工作,确保资金及时足额到位。市商务局负责具体活动组织实施和效果评估。"
        "专项资金使用将接受审计部门和社会监督。\n"
    )
    assert [(t.text[:5], [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("市财政局积", ["市财政局"]),
        ("市商务局负", ["市商务局"]),
    ]


def test_an_items_first_share_is_kept_with_the_shares_cut_from_its_line() -> None:
    # the only item of its series opening with a unit: its shares after it make it one of a run
    ledger = parse_text(
        "(一)总则:本方案所称的长者饭堂,是指为老年人提供助餐服务的场所。\n"
        "(二)职责分工:区民政局负责长者饭堂的规划、业务指导、监督检查;"
        "区教育局负责具体实施老年人助餐配餐服务工作;市场监管部门负责对长者饭堂的食品安全进行日常监管。\n"
        "(三)运营管理:长者饭堂应当公示价格,接受社会监督。\n"
    )
    assert [(t.number, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("(二)", ["区民政局"]),
        (None, ["区教育局"]),
        (None, ["市场监管部门"]),
    ]


def test_a_label_clause_keeps_the_closing_bracket_of_its_last_units_name() -> None:
    ledger = parse_text(
        "1.严格重大规划和建设项目水资源论证制度。责任单位:镇水利站、各村(居)\n"
        "2.落实国家节水行动方案。(责任单位:镇城建办、各村(居))\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [
        ["镇水利站", "各村(居)"],
        ["镇城建办", "各村(居)"],
    ]


def test_each_units_share_of_the_work_under_its_heading_with_the_units_that_help_it() -> None:
    ledger = parse_text(
        "六、职责分工\n"
        "(九)县公安局主要工作任务:\n"
        "1、依法整治尾气排放年检不合格的机动车辆。\n"
        "2、依法整治运输车辆的扬尘污染。\n"
        "协助单位:交通局、县城管监察大队。\n"
        "(十)电力公司主要工作任务:\n"
        "1、停止对依法取缔关闭的企业供应生产用电。\n"
        "七、工作步骤及时间\n"
        "1、2010年3月1日-2010年4月30日,领导小组组成并启"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "依法整治尾气", ["县公安局", "交通局", "县城管监察大队"]),
        ("2", "依法整治运输", ["县公安局", "交通局", "县城管监察大队"]),
        ("1", "停止对依法取", ["电力公司"]),
    ]
    assert [d.role for d in ledger.tasks[0].departments] == [Role.LEAD, Role.CO, Role.CO]


def test_a_label_whose_names_stand_on_the_line_below_it() -> None:
    ledger = parse_text(
        "1.加强科研所发展与科研创新\n"
        "按照方案,2013年正式启动科研所发展试点工作。\n"
        "责任单位:\n"
        "科研所\n"
        "2.加强省级重点实验室建设\n"
        "依据意见,加强重点实验室建设。\n"
        "涉项部门:\n"
        "科研所、省气象台\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("1", "按照方案,2", ["科研所"]), ("2", "依据意见,加", ["科研所", "省气象台"])]


def test_a_records_label_and_value_lines_do_not_assign_the_line_above() -> None:
    ledger = parse_text(
        "交办单编号:\n37\n交办日期:\n2024-06-05\n责任单位:\n市政园林工程处\n交办类别:\n城市管理\n"
    )
    assert [t.text for t in ledger.tasks if t.text.startswith("2024")] == []


def test_a_leaders_requests_shared_out_clause_by_clause_each_to_a_lead_and_its_helpers() -> None:
    ledger = parse_text(
        "为顺利完成市委下达的批而未供和闲置土地处置目标任务,曲道凯要求,由县发展和改革局牵头,县委党校、县自然资源局配合,"
        "在9月底前完成政务服务中心项目供地工作;由丹凤街道牵头,县自然资源局配合,在12月底前完成荣海新区土地处置任务;"
        "由县工业园区管委会牵头,县政务服务管理局配合,在12月底前完成冷轧标准化厂房项目闲置土地处置工作。\n"
    )
    rows = [(t.text[:8], [(d.name, d.role) for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        (
            "由县发展和改革局",
            [("县发展和改革局", Role.LEAD), ("县委党校", Role.CO), ("县自然资源局", Role.CO)],
        ),
        ("由丹凤街道牵头,", [("丹凤街道", Role.LEAD), ("县自然资源局", Role.CO)]),
        ("由县工业园区管委", [("县工业园区管委会", Role.LEAD), ("县政务服务管理局", Role.CO)]),
    ]


def test_a_leaders_points_counted_out_each_charging_its_unit_are_tasks_of_their_own() -> None:
    ledger = parse_text(
        "钟宇龙要求:一是力度要更大。务必要持续加大人员机械力量,加速整改;二是措施要更硬。保持整改定力,快速整改。"
        "三是指导要更细。县自然资源局全体班子成员要带领股室吃住在镇村,加强技术指导,提速整改。"
        "四是县政府督查室要加强督查,查清、查准、查细存在的问题,及时形成督查专报。五是力度要更大。加快整改进度。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("县自然资源局全体", ["县自然资源局"]), ("县政府督查室要加", ["县政府督查室"])]
    assert ledger.tasks[1].text.endswith("督查专报。")  # the next point, of no unit's, is not its work


def test_a_units_leading_cadres_charged_in_its_name_charge_the_unit() -> None:
    ledger = parse_text(
        "关于做好困难群众冬季御寒工作的紧急通知\n各区县民政局:\n"
        "一、各区县民政局领导干部要深入基层,对辖区内的困难群众进行一次普遍走访。\n"
        "二、各区县民政局要对传统救济对象中的“三无”对象采取集中供养的办法,确保安全过冬。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [["各区县民政局"], ["各区县民政局"]]


def test_a_lone_paragraph_naming_a_lead_and_its_helpers_is_a_task_after_what_a_meeting_asked_too() -> None:
    ledger = parse_text(
        "会议强调,各单位要严格落实生态环境保护责任,常态化抓好环保措施落实。\n"
        "会议要求,区市场监督管理局牵头,卫健、教体、民政等行业主管部门密切配合,全面开展风险隐患排查整治。\n"
        "会议还研究了其他事项。\n"
        "区住建局牵头,区城管局配合,年底前完成老旧小区改造。\n"
        "区财政局要加强资金保障。\n"
    )
    rows = [(t.text[:6], [(d.name, d.role) for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("各单位要严格", [("各单位", Role.LEAD)]),  # what the meeting asked of every unit, after its lead-in
        (  # its text from the units on, as a call's is
            "区市场监督管",
            [("区市场监督管理局", Role.LEAD), ("卫健", Role.CO), ("教体", Role.CO), ("民政", Role.CO)],
        ),
        ("区住建局牵头", [("区住建局", Role.LEAD), ("区城管局", Role.CO)]),
    ]


def test_sections_headed_by_a_commission_give_it_their_items_and_the_units_it_works_with_cooperate() -> None:
    ledger = parse_text(
        "现就市各有关部门目标任务明确如下:\n"
        "一、市发展和改革委员会\n"
        "1. 加快产业结构调整,严格禁止新上不符合产业政策项目。\n"
        "2. 会同市农委、科技局、财政局,拟定《常州市秸秆综合利用规划》,并报市政府批准。\n"
        "3. 会同市相关部门制订出台《常州市噪声污染防治办法》。\n"
        "二、市经济和信息化委员会\n"
        "1. 督促、指导各辖市、区重点抓好10家循环经济试点。\n"
    )
    rows = [(t.text[:6], [(d.name, d.role) for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("加快产业结构", [("市发展和改革委员会", Role.LEAD)]),
        (
            "会同市农委、",
            [
                ("市发展和改革委员会", Role.LEAD),
                ("市农委", Role.CO),
                ("科技局", Role.CO),
                ("财政局", Role.CO),
            ],
        ),
        ("会同市相关部", [("市发展和改革委员会", Role.LEAD)]),
        ("督促、指导各", [("市经济和信息化委员会", Role.LEAD)]),
    ]


def test_a_sentence_of_its_own_under_a_heading_naming_who_undertakes_and_who_helps_assigns_the_heading() -> (
    None
):
    ledger = parse_text(
        "一、治理畜牧业产品污染\n由乡三农服务中心承办,乡畜牧站、卫生院配合。\n治理工作目标:\n全乡生猪定点屠宰率达100%。\n"
        "二、治理水产品污染\n由乡水产站负责,工商所配合。\n治理工作目标:\n全乡水产品抽检合格率达到98%。\n"
    )
    rows = [(t.text, [(d.name, d.role) for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("治理畜牧业产品污染", [("乡三农服务中心", Role.LEAD), ("乡畜牧站", Role.CO), ("卫生院", Role.CO)]),
        ("治理水产品污染", [("乡水产站", Role.LEAD), ("工商所", Role.CO)]),
    ]


def test_items_bulleted_with_dashes_lose_the_bullet_and_keep_their_inline_heading_in_the_path() -> None:
    ledger = parse_text(
        "(二)优化审批流程\n"
        "--开展优化审批流程。在市直部门开展优化审批流程工作,进一步公开审批信息。(市发改局牵头,监察局、法制局参加)\n"
        "——配合信息系统建设,抓紧研究制订相关配套管理制度。(市法制局牵头,具体职能部门配合)\n"
    )
    rows = [(t.section_path, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        (("(二)优化审批流程", "开展优化审批流程"), "在市直部门开", ["市发改局", "监察局", "法制局"]),
        (("(二)优化审批流程",), "配合信息系统", ["市法制局", "具体职能部门"]),
    ]


def test_projects_each_named_with_the_unit_in_charge_of_it_are_tasks_from_that_clause() -> None:
    ledger = parse_text(
        "累计征集“我为群众办实事”重点项目10项。\n"
        "聚焦“幸福民生”。由镇公路站负责的农村道路硬化项目,建设自然村内约12.3公里道路硬化,预计2021年11月底前完成。\n"
        "聚焦“乡村振兴”。由农业农村办负责的美丽乡村建设项目,完善村内道路硬化、绿化工程。\n"
        "项目经费由镇财政负责的部分,年内拨付到位。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("由镇公路站负责的", ["镇公路站"]), ("由农业农村办负责", ["农业农村办"])]


def test_the_captions_of_an_inspections_photos_number_the_problems_found() -> None:
    ledger = parse_text(
        "各相关单位部门要对标对表、瞄准短板,做细做实文明城市创建每一项工作。\n"
        "图①:九龙大道两侧公交车站台没有创建公益广告。责任单位:县交通局。\n"
        "图②:湖中路财富广场建筑工地东北角围墙广告画面破损。责任单位:县住建局。\n"
    )
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("①", "九龙大道两侧公交车站台没有创建公益广告。", ["县交通局"]),
        ("②", "湖中路财富广场建筑工地东北角围墙广告画面破损。", ["县住建局"]),
    ]


def test_decisions_whose_text_after_their_heading_opens_with_the_unit_charged() -> None:
    ledger = parse_text(
        "各相关部门必须紧紧围绕两大目标,全力以赴,如期完成各项建设任务。\n"
        "一、要千方百计确保草庐剧场顺利建成。隆中文化园公司要实行有效措施,加强现场调度,9月20日前完成施工任务。\n"
        "二、加快核心景区景观改造提档升级建设。区文旅局要安排专人督办,重点完成景区入口处园林景观建设。\n"
        "三、强化安全保障。确保活动期间安全有序。\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    # nothing assigns work by brackets, labels or tables: the call on every unit of a kind before them is a task too
    assert rows == [
        (None, "各相关部门必", ["各相关部门"]),
        ("一", "隆中文化园公", ["隆中文化园公司"]),
        ("二", "区文旅局要安", ["区文旅局"]),
    ]


def test_an_item_led_by_a_unit_after_a_short_lead_phrase_and_items_charging_their_unit_keep_that_sentence() -> (
    None
):
    ledger = parse_text(
        "五、保障措施\n"
        "1、加强组织管理。本次活动,由县卫生局牵头,督促各单位落实工作任务。\n"
        "2、各乡镇必须由主要领导亲自组织,单位职工全部参加,确保人人动手。\n"
        "3、县文广局要全面加强宣传报道。通过舆论引导,树立讲卫生的良好风尚。\n"
    )
    rows = [(t.number, t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "本次活动,由县卫", ["县卫生局"]),
        ("2", "各乡镇必须由主要", ["各乡镇"]),
        ("3", "县文广局要全面加", ["县文广局"]),
    ]


def test_a_units_line_whose_label_the_page_lost_assigns_the_paragraph_above() -> None:
    ledger = parse_text(
        "每年配套建设4-5个乡镇的生活垃圾收集、转运设施,开展乡镇环境卫生综合整治。\n:市市容局\n"
        "会议要求:各单位做好准备。\n"
    )
    assert [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("每年配套建设", ["市市容局"])
    ]


def test_sentences_each_closed_by_a_bracket_naming_the_offices_in_charge_are_a_task_each() -> None:
    ledger = parse_text(
        "1.加强粮油稳定优质供应。坚决扛起粮食安全政治责任,确保粮食播种面积34.2万亩以上(责任科室:农作站、农田科)。"
        "探索合理保障农民种粮收益机制,快速兑现粮油补贴(责任科室:政改科、农作站)。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("坚决扛起粮食", ["农作站", "农田科"]), ("探索合理保障", ["政改科", "农作站"])]


def test_a_square_bracket_between_sentences_closes_its_task_as_a_round_one_does() -> None:
    # [ ] hold an assignment naming a unit with a bracket of its own: 区发展改革委(粮食和储备局)
    ledger = parse_text(
        "1.实施风险评估和标准贯宣专项行动。 完善食品安全标准管理制度。(区卫生健康委负责)"
        "加强小麦、小麦粉等粮油标准的贯彻落实。[区发展改革委(粮食和储备局)负责]"
        "加强食品安全风险监测评估。[区卫生健康委、区市场监管局按职责分工负责]"
        "开展食用林产品及产地环境风险监测。(区林业局负责)\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("完善食品安全", ["区卫生健康委"]),
        ("加强小麦、小", ["区发展改革委(粮食和储备局)"]),
        ("加强食品安全", ["区卫生健康委", "区市场监管局"]),
        ("开展食用林产", ["区林业局"]),
    ]


def test_item_numbers_a_copy_glued_to_their_text_counting_up_still_number_the_items() -> None:
    ledger = parse_text(
        "11完善规范性文件定期清理制度。政府及其部门每隔两年要进行一次规范性文件清理工作。\n"
        "责任单位:市政府办公厅、市政府法制办\n"
        "12改革行政执法体制。按照属地管理为主的原则,适当下移行政执法重心。\n"
        "责任单位:市政府法制办、市编委办\n"
        "2010年完成清理工作。\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("11", "政府及其部门", ["市政府办公厅", "市政府法制办"]),
        ("12", "按照属地管理", ["市政府法制办", "市编委办"]),
    ]


def test_an_item_putting_a_unit_in_charge_keeps_the_units_that_help_it() -> None:
    ledger = parse_text(
        "(四)公众聚集场所消防安全专项整治,由公安部门负责,有关部门配合。要加强消防监督检查。\n"
        "(五)建筑领域安全专项整治,由建设部门负责,市安监局积极配合。以预防建筑施工事故为重点。\n"
    )
    rows = [[(d.name, d.role) for d in t.departments] for t in ledger.tasks]
    assert rows == [
        [("公安部门", Role.LEAD), ("有关部门", Role.CO)],
        [("建设部门", Role.LEAD), ("市安监局", Role.CO)],
    ]


def test_an_items_sentence_on_a_line_of_its_own_heads_the_paragraph_that_names_its_unit() -> None:
    ledger = parse_text(
        "一、2006年主要调控预期目标\n"
        "4.市区居民人均可支配收入增长7%,农民人均纯收入增长7.5%。\n"
        "市区居民人均可支配收入增长7%,达到18600元。农民人均纯收入增长7.5%,达到8400元。(市发改委)\n"
        "5.城镇新增就业岗位10万个以上,城镇登记失业率控制在4.5%以内。\n"
        "全面落实再就业各项优惠政策,城镇新增就业10万人以上。(市劳动保障局)\n"
    )
    rows = [
        (t.number, t.section_path[-1][:6], t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks
    ]
    assert rows == [
        ("4", "4.市区居民", "市区居民人均", ["市发改委"]),
        ("5", "5.城镇新增", "全面落实再就", ["市劳动保障局"]),
    ]


def test_a_label_naming_who_undertakes_or_is_in_charge_after_an_items_sentence() -> None:
    ledger = parse_text(
        "一、目标分解\n"
        "1.地区生产总值增长13.5%。主办单位:市发展和改革委员会、统计局。\n"
        "2.财政一般预算收入增长18%。负责单位:市财政局。\n"
        "3.粮食播种面积稳定在34万亩以上。责任科室:农作站。\n"
    )
    rows = [(t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("地区生产总值增长13.5%。", ["市发展和改革委员会", "统计局"]),
        ("财政一般预算收入增长18%。", ["市财政局"]),
        ("粮食播种面积稳定在34万亩以上。", ["农作站"]),
    ]


def test_a_zone_named_for_the_unit_that_looks_after_it_is_where_the_problem_was_found() -> None:
    ledger = parse_text(
        "现就有关问题通报如下:\n"
        "1、人险公司片区:双阳路行道树绑有凉衣绳问题仍未整改。\n"
        "整改措施:由包片单位县人险公司负责教育清除。\n"
        "2、城关小学片区:小学门口对面商户占路经营。\n"
        "整改措施:由包片单位城关小学和市容整治联合执法工作组负责规范。\n"
    )
    rows = [(t.number, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("1", ["县人险公司"]), ("2", ["城关小学", "市容整治联合执法工作组"])]


def test_departments_named_by_their_field_alone_take_their_clauses_of_the_work() -> None:
    ledger = parse_text(
        "龚新智要求,乡村两级要充分发挥用水户协会的作用,管好水,不浪费;水利部门要积极寻找水源,维修好各种水利设施;"
        "农业部门要在无法插种晚稻的村指导村民搞好改制改种;气象部门要时刻关注天气变化,适时实施人工增雨。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("水利部门要积", ["水利部门"]),
        ("农业部门要在", ["农业部门"]),
        ("气象部门要时", ["气象部门"]),
    ]


def test_a_paragraph_sharing_the_work_sentence_by_sentence_gives_each_unit_its_sentence() -> None:
    ledger = parse_text(
        "钟宇龙要求:一是力度要更大。务必要持续加大人员机械力量,加速整改。县自然资源局要带领股室吃住在镇村,加强技术指导。"
        "县政府督查室要加强督查,及时形成督查专报。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("县自然资源局", ["县自然资源局"]), ("县政府督查室", ["县政府督查室"])]


def test_minutes_items_that_put_units_in_charge_of_their_parts_are_theirs() -> None:
    ledger = parse_text(
        "三、会议强调\n"
        "1、成立滑坡治理工程领导小组,张三镇长任组长,李四具体负责,党政办负责外围环境,社会管理办公室负责质量监督,"
        "财政所负责资金兑付。\n"
        "2、按工程设计的要求,社会管理办公室负责所有工程材料的完善工作。\n"
        "3、要精心筹备好所负责的各项活动,资金发放由区财政局负责。\n"
    )
    rows = [(t.number, [(d.name, d.role) for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", [("党政办", Role.LEAD), ("社会管理办公室", Role.CO), ("财政所", Role.CO)]),
        ("2", [("社会管理办公室", Role.LEAD)]),
        ("3", [("区财政局", Role.LEAD)]),
    ]


def test_a_label_after_a_comma_assigns_its_item_when_the_lead_reads_as_a_unit() -> None:
    ledger = parse_text(
        "一、重点宣传普及的法律法规规章清单及责任部门\n"
        "1.《中华人民共和国宪法》,责任部门:法规处牵头,各相关处室、局属单位配合。\n"
        "2.《中华人民共和国水污染防治法》,责任部门:法规处、水处牵头,执法处、监测中心配合。\n"
    )
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "《中华人民共和国宪法》", ["法规处", "各相关处室", "局属单位"]),
        ("2", "《中华人民共和国水污染防治法》", ["法规处", "水处", "执法处", "监测中心"]),
    ]


def test_an_item_whose_sentences_each_open_with_the_unit_in_charge_is_a_task_each() -> None:
    ledger = parse_text(
        "(三)由省经贸委负责,省财政厅、省环保局、各有关市、县(区)政府配合,推进牲畜定点屠宰厂改造建设工作。\n"
        "(四)由省经贸委负责,进一步加大对牲畜定点屠宰场点的监督力度。由省农业厅负责,确保所有定点屠宰厂场点派驻动物卫生监督人员。\n"
    )
    rows = [(t.number, t.text[:7], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("(三)", "由省经贸委负责", ["省经贸委", "省财政厅", "省环保局", "各有关市、县(区)政府"]),
        ("(四)", "由省经贸委负责", ["省经贸委"]),
        (None, "由省农业厅负责", ["省农业厅"]),
    ]


def test_a_sentence_of_its_own_naming_levels_of_government_closes_the_work_above_it() -> None:
    ledger = parse_text(
        "一、20*年我市经济和社会发展的主要目标\n"
        "今年我市经济社会发展的主要目标。生产总值增长13%;地方财政收入增长15%。\n"
        "由市人民政府各相关部门,各县(市)、区人民政府负责落实。\n"
        "二、为民办好“十件实事”\n"
        "(一)继续实施对种粮农民直接补贴。由市财政局、农业局、农机局,各县(市)、区人民政府负责落实。\n"
        "(二)改善农村居民生活条件。由市水利局和各县(市)、区人民政府负责落实。\n"
    )
    rows = [(t.number, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("一", ["市人民政府各相关部门", "各县(市)、区人民政府"]),
        ("(一)", ["市财政局", "农业局", "农机局", "各县(市)、区人民政府"]),
        ("(二)", ["市水利局", "各县(市)、区人民政府"]),
    ]


def test_a_unit_working_with_another_takes_its_full_name_not_its_fields_short_form() -> None:
    ledger = parse_text(
        "1.各乡镇汇同环保局完善生态功能保护区划界立标工作。\n2.水务局抓好自然保护区的建设和晋档升级工作。\n"
    )
    assert [d.name for d in ledger.tasks[0].departments] == ["各乡镇", "环保局"]


def test_a_closing_call_on_the_other_units_involved_is_no_units_share() -> None:
    ledger = parse_text(
        "会议要求,由丹凤街道牵头,县自然资源局配合,在12月底前完成荣海新区土地处置任务;"
        "由县工业园区管委会牵头,县政务服务管理局配合,在12月底前完成闲置土地处置工作。"
        "其他涉及部门要积极配合,统筹推进批而未供和闲置土地处置工作。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [
        ["丹凤街道", "县自然资源局"],
        ["县工业园区管委会", "县政务服务管理局"],
    ]


def test_a_notice_whose_sections_are_the_fields_of_the_problems_put_right() -> None:
    ledger = parse_text(
        "突出生态环境问题整改验收销号公示\n"
        "现将问题整改完成情况公示如下:\n"
        "一、整改问题\n"
        "(一)江东路南延,砂石物料露天未覆盖,路面积尘较多过车扬尘。\n"
        "(二)楚江大道南延,砂石物料、裸土未及时覆盖。\n"
        "二、整改实施主体\n"
        "宿马园区党工委、管委会\n"
        "三、重点措施\n"
        "(一)路面硬化铺设沥青,每日2次洒水清扫。\n"
        "四、完成时限\n"
        "2025年9月底前。\n"
        "五、整改完成情况\n"
        "已完成整改。\n"
    )
    outline_only = parse_text("一、工作任务\n加快绿色转型。\n二、责任单位\n市发展改革委\n")
    rows = [
        (t.number, t.section_path, t.text[:6], [d.name for d in t.departments], t.deadline.text)
        for t in ledger.tasks
    ]
    assert rows == [
        ("(一)", ("一、整改问题",), "江东路南延,", ["宿马园区党工委", "管委会"], "2025年9月底前"),
        ("(二)", ("一、整改问题",), "楚江大道南延", ["宿马园区党工委", "管委会"], "2025年9月底前"),
    ]
    assert outline_only.tasks == ()


def test_the_decisions_of_minutes_run_together_on_one_line_are_tasks_each_after_what_the_meeting_asked() -> (
    None
):
    ledger = parse_text(
        "5月21日下午,市长主持召开市政府第44次常务会议。 会议审议并原则通过了《景区开发建设项目征地补偿安置方案》。"
        "会议要求,天管会、龙潭乡、征收中心等部门要加强新修订《土地管理法》的学习宣传,依法规范操作;"
        "各有关部门要积极主动、通力合作,加快推进景区开发建设。 会议听取了市文旅体局关于应急广播体系建设情况汇报。"
        "会议要求,文旅体、应急、水利等部门要结合地理位置、人口分布等因素,做到科学布点;"
        "融媒体中心要牵头制定应急广播使用管理办法,确保建设好、管理好。 会议听取了规划编制情况汇报。"
        "会议要求,自然资源规划部门牵头,发改、农业农村、林业等部门积极参与、强化合作,做实国土空间规划编制工作。"
        " 会议听取市自然资源规划局关于房\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [
        ("天管会、龙潭", ["天管会", "龙潭乡", "征收中心"], False),
        # nothing assigns work by brackets: the call on every unit of a kind after a share is a task too
        ("各有关部门要", ["各有关部门"], False),
        ("文旅体、应急", ["文旅体", "应急", "水利"], False),
        ("融媒体中心要", ["融媒体中心"], False),
        ("自然资源规划", ["自然资源规划部门", "发改", "农业农村", "林业"], False),
    ]
    # the next matter is no share of the one before
    assert ledger.tasks[1].text.endswith("加快推进景区开发建设。")


def test_a_lone_decision_a_meeting_asked_of_named_units_is_a_task() -> None:
    ledger = parse_text(
        "会议传达学习了《江西省生态保护红线》文件精神。会议要求,区政府各部门、竟成镇、各街道要高度重视环保工作,"
        "深入学习贯彻文件精神。\n"
        "会议要求,区住建局要做好背街小巷改造的统筹协调工作。\n"
        "会议指出,区财政局要加强资金保障,按时拨付改造资金。\n"
        "区财政局要加强资金保障,确保改造顺利推进。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("区政府各部门", ["区政府各部门", "竟成镇", "各街道"]),
        ("区住建局要做", ["区住建局"]),  # who asked it stands before the share, not in its text
        ("区财政局要加", ["区财政局"]),
        (
            "区财政局要加",
            ["区财政局"],
        ),  # nothing assigns work otherwise: a unit's sentence alone is its share
    ]


def test_named_units_charged_after_what_a_leader_or_meeting_asked_of_all_are_a_task_each() -> None:
    # the first sentence after the lead-in asks every unit; a later one asks a named unit, in the same paragraph:
    # in a text that assigns no work by brackets, labels or tables, both are tasks, each from its units on
    ledger = parse_text(
        "会议听取了航展服务保障情况汇报。会议强调,各单位要进一步提高思想认识,按照职责分工抓紧推进各项工作。"
        "区交通运输局、区城市管理和综合执法局、区市政园林管理中心、莲洲镇等单位要每天更新、调度工作进展,按时保质完成各项任务。\n"
        "县长王华指出,要高度重视粮食安全,确保粮食稳产。各乡镇(街道)、部门要主动与县自然资源局对接。"
        "县自然资源局要协调落实好方案内容以及省市相关要求。\n"
        "副县长李勇出席会议并指出,各级各部门要认真做好资料收集和举证工作。县国土资源局牵头,县发改局、县住建局等部门"
        "密切配合,抢抓时间,全力推进划定工作。\n"
        "会议要求,要抓好工作连贯性。区教育局要把《关于全面打造教育高质量发展新高地的实施意见》与1"  # the page stops
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("各单位要进一", ["各单位"]),
        ("区交通运输局", ["区交通运输局", "区城市管理和综合执法局", "区市政园林管理中心", "莲洲镇"]),
        ("各乡镇(街道", ["各乡镇(街道)、部门"]),
        ("县自然资源局", ["县自然资源局"]),
        ("各级各部门要", ["各级各部门"]),
        ("县国土资源局", ["县国土资源局", "县发改局", "县住建局"]),
        ("区教育局要把", ["区教育局"]),
    ]


def test_a_units_share_asked_in_a_matter_of_minutes_is_its_own_text_under_the_matters_title() -> None:
    ledger = parse_text(
        "一、审议《生态环境保护工作责任清单(送审稿)》\n"
        "会议原则同意该《责任清单》,按会议精神修改完善后印发。\n"
        "二、听取航展服务保障情况汇报,研究相关工作\n"
        "会议听取了区城管执法局关于航展服务保障工作的情况汇报。会议强调,各单位要抓紧推进各项工作。"
        "区交通运输局、莲洲镇等单位要每天更新、调度工作进展,按时保质完成各项任务。\n"
    )
    call, task = ledger.tasks
    assert (
        call.text == "各单位要抓紧推进各项工作。"
    )  # what the meeting asked of every unit, no other minute's
    assert task.section_path == ("二、听取航展服务保障情况汇报,研究相关工作",)
    assert task.text.startswith("区交通运输局、莲洲镇等单位要每天更新")


def test_problems_found_one_after_another_each_closed_by_its_unit_are_its_tasks() -> None:
    ledger = parse_text(
        "3月12日,城镇办对城区环境卫生进行了抽查,抽查发现:五一西路工地带泥上路(渣土所);南外街白色垃圾较多(牌楼居委会);"
        "金山市场内垃圾较多(金山市场管理所);城南市场垃圾成片(城南市场管理所)。请相关单位尽快抓好整改落实。\n"
    )
    rows = [(t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("五一西路工地带泥上路", ["渣土所"]),
        ("南外街白色垃圾较多", ["牌楼居委会"]),
        ("金山市场内垃圾较多", ["金山市场管理所"]),
        ("城南市场垃圾成片", ["城南市场管理所"]),
    ]


def test_two_brackets_naming_what_they_follow_assign_nothing() -> None:
    assert not parse_text("请于月底前将意见报送我委(环资司);同时抄送财政部(经建司)。\n").tasks


def test_a_page_that_lost_its_line_breaks_starts_a_section_after_a_sentences_end() -> None:
    ledger = parse_text(
        "为持续推进全市空气质量稳中向好,深入打好污染防治攻坚战,落实有关工作要求,结合我市实际,特制订本方案。"
        "一、工作目标全市PM2.5年均浓度控制在40微克/立方米以下,优良天数比例达到78%以上,基本消除重污染天气。"
        "二、工作任务(一)做好重污染天气应对。加强空气质量监测和预测预报,科学开展人工增雨作业,指导工业源清单内企业制定"
        "“一厂一策”应急减排实施方案,细化应急减排措施,依法严厉打击重污染天气预警期间违法违规行为。"
        "(责任单位:市生态环境局)\n"
    )
    assert [(t.section_path, t.text[:8]) for t in ledger.tasks] == [
        (("二、工作任务", "(一)做好重污染天气应对"), "加强空气质量监测")
    ]


def test_a_units_duty_after_a_bracket_naming_a_person_starts_after_the_bracket() -> None:
    ledger = parse_text(
        "各单位按照以下分工抓好美丽街区(道路)示范创建工作,确保按时完成创建任务,做到问题清零、长效管理、群众满意。"
        "县城管执法局:负责道路沿线建筑工地的文明施工和扬尘治理,及时清理各类占道经营行为,加强渣土运输车辆管理,严查抛洒滴漏,确保道路整洁有序。"
        "(责任人:张三)县环卫所:负责住宅小区物业范围道路沿线的配套设施、环境卫生秩序规范管理,加大清扫保洁频次,做到日产日清不留死角,确保环境卫生长效保持。"
        "(责任人:李四)\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [["县城管执法局"], ["县环卫所"]]


def test_the_leader_in_charge_before_the_lead_unit_is_passed_over() -> None:
    ledger = parse_text(
        "1、在兰州设立综合配套改革试验区事宜\n"
        "由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成《兰州综合配套改革试验区实施方案》,报省政府审批。\n"
        "2、城市轨道交通项目\n"
        "由吴继德副市长负责,市建设局牵头,市发改委配合,按照要求进一步修改完善项目建设方案。\n"
    )
    assert [[(d.name, d.role) for d in t.departments] for t in ledger.tasks] == [
        [("市发改委", Role.LEAD), ("相关部门", Role.CO)],
        [("市建设局", Role.LEAD), ("市发改委", Role.CO)],
    ]


def test_this_work_is_done_by_assigns_the_item_above_also_in_a_run_on_line_closed_by_a_cells_bar() -> None:
    ledger = parse_text(
        "5、完善食品安全检测体系 (1)加强农产品质量安全检测体系建设,推进农业安全监督与检测业务楼建设。 "
        "(2)积极推进市质检院食品检测实验室改扩建项目建设。 此项工作由市农业局、市市场监管局负责,市食品安全委员会各成员单位协办。"
        " 6、开展食品安全信息发布工作 完善信息发布制度,及时向社会通报我市食品安全工作动态和食品状况信息,"
        "每年组织开展一至两次全市食品安全信息联合发布工作。"
        " 此项工作由市食安办、市农业局负责。 |\n"
    )
    assert [(t.number, [(d.name, d.role) for d in t.departments]) for t in ledger.tasks] == [
        ("5", [("市农业局", Role.LEAD), ("市市场监管局", Role.CO), ("市食品安全委员会各成员单位", Role.CO)]),
        ("6", [("市食安办", Role.LEAD), ("市农业局", Role.CO)]),
    ]


def test_a_lone_paragraph_naming_who_undertakes_the_work_and_who_assists_is_a_task() -> None:
    ledger = parse_text(
        "一、治理畜牧业产品污染\n"
        "由省经贸委承办,省农业厅、卫生厅协办。治理工作目标:上市猪、牛、羊肉主要卫生指标抽检合格率均达95%以上。\n"
        "县财政局要加强资金保障,确保治理工作顺利推进。\n"
    )
    assert [(t.text[:6], [(d.name, d.role) for d in t.departments]) for t in ledger.tasks] == [
        ("由省经贸委承", [("省经贸委", Role.LEAD), ("省农业厅", Role.CO), ("卫生厅", Role.CO)]),
        ("县财政局要加", [("县财政局", Role.LEAD)]),
    ]


def test_records_of_work_with_leader_person_and_schedule_labels_the_last_cut_before_its_labels() -> None:
    ledger = parse_text(
        "今年公布的十大实事,涉及社保、安全、教育等。 记者 孙娟\n"
        "关键词 教育\n"
        "市区新增优质中小学招生学位2.36万个。\n主管领导:刘东\n责任单位:市教育局\n主要责任人:毛杰\n"
        "进度安排:6月底前基本完成基建任务;12月底前全部落实,实现招生。\n"
        "市区新建、改扩建中小学校30所。\n主管领导:刘东\n责任单位:市教育局\n主要责任人:毛杰\n"
        "进度安排:12月底前全部开工。\n"
        "新建、改扩建幼儿园84所,"
    )
    rows = [(t.text, [d.name for d in t.departments], t.deadline.text, t.incomplete) for t in ledger.tasks]
    assert rows == [
        (
            "市区新增优质中小学招生学位2.36万个。",
            ["市教育局"],
            "6月底前基本完成基建任务;12月底前全部落实,实现招生",
            False,
        ),
        ("市区新建、改扩建中小学校30所。", ["市教育局"], "12月底前全部开工", False),
        ("新建、改扩建幼儿园84所,", [], None, True),
    ]


def test_a_leaders_point_naming_its_units_after_the_phrase_heading_it() -> None:
    ledger = parse_text(
        "8月19日,副区长陈静朋召开应对强降雨工作会议,各乡镇(街道)负责同志参加会议。陈静朋强调:一是值班值守要到位,"
        "各乡镇(街道)主要领导要在岗亲自指挥。二是人员提前转移到位,科学研判,果断转移到位。三是防汛物资靠前准备到位,"
        "区水务局、各乡镇(街道)要做好主要河流堤坝巡护,将防汛物资提前铺设到位。\n"
    )
    rows = [(t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert (
        rows
        == [
            (
                "区水务局、各乡镇(街道)要做好主要河流堤坝巡护,将防汛物资提前铺设到位。",  # the heading no text of theirs
                ["区水务局", "各乡镇(街道)"],
            )
        ]
    )


def test_what_the_units_are_asked_about_may_come_before_them() -> None:
    ledger = parse_text(
        "会议听取了关于教育设施建设工作的情况汇报。高靖生要求,与会人员所提问题及建议,县教育局要做好记录,"
        "归纳整理,一并形成报告。\n"
    )
    rows = [(t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("与会人员所提问题及建议,县教育局要做好记录,归纳整理,一并形成报告。", ["县教育局"])]


@pytest.mark.parametrize(
    ("last_line", "cut_task"),
    [("严控地下水超", ["严控地下水超"]), ("扫一扫在手机打开当前页", []), ("佳木斯市人民政府办公室", [])],
)
def test_the_next_paragraph_of_a_section_cut_before_its_bracket(last_line: str, cut_task: list[str]) -> None:
    ledger = parse_text(
        "二、工作任务\n"
        "强化用水监督管理。对用水大户实行计划用水管理。[市水务局牵头,市工信委、城乡建设局配合,各县(市)区政府负责落实。"
        "以下均需各县(市)区政府落实,不再列出)]\n"
        f"{last_line}"
    )
    first, *rest = ledger.tasks
    assert [d.name for d in first.departments] == ["市水务局", "市工信委", "城乡建设局", "各县(市)区政府"]
    assert [(task.text, task.incomplete) for task in rest] == [(text, True) for text in cut_task]


def test_a_unit_named_with_its_own_brackets_before_a_colon() -> None:
    ledger = parse_text(
        "成员单位:财政所、行政执法队、各村(社区)。\n"
        "财政所:负责扶持政策资金发放,保障工作专班工作经费。\n"
        "各村(社区):将制定的政策宣传卡发放到农户,组织召开屋场会。\n"
    )
    rows = [(t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("负责扶持政策资金发放,保障工作专班工作经费。", ["财政所"]),
        ("将制定的政策宣传卡发放到农户,组织召开屋场会。", ["各村(社区)"]),
    ]


def test_a_meeting_charging_units_mid_sentence_and_asking_one_after() -> None:
    ledger = parse_text(
        "会议通报了空气质量状况,责成牵头单位县环保局和各专责小组深刻反思,切实加大严查严管力度。"
        "要求县大气办充分发挥职责作用,加强问题检查通报。\n"
    )
    rows = [(t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("责成牵头单位县环保局和各专责小组深刻反思,切实加大严查严管力度。", ["县环保局", "各专责小组"]),
        # the asking word is no text of the units asked, as annotators of real minutes read it (25 of 27)
        ("县大气办充分发挥职责作用,加强问题检查通报。", ["县大气办"]),
    ]


def test_a_point_counted_out_on_its_own_line_charges_the_unit_after_its_heading() -> None:
    ledger = parse_text(
        "一是要高度重视,充分认清严峻形势。要及时制定出台工作方案,压紧压实工作责任。\n"
        "三是要科学预警,提早研判精准治污。县环委会办公室要牵头抓总、综合协调,不定时组织召开联席会议。\n"
        "四是要强化维护,保障设施正常运行。积极对接省、市主管部门。\n"
    )
    rows = [(t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("县环委会办公室要牵头抓总、综合协调,不定时组织召开联席会议。", ["县环委会办公室"])]


def test_a_share_asked_of_a_unit_may_open_with_its_occasion() -> None:
    ledger = parse_text(
        "会议要求,全镇要为春耕春播做好服务工作;农技站要做好极端天气防范和病虫害防治;"
        "春季是用种、用肥的高峰期,市场监督管理所要查清今年我镇种子、肥料的准备情况。\n"
    )
    rows = [(t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("农技站要做好极端天气防范和病虫害防治;", ["农技站"]),
        ("春季是用种、用肥的高峰期,市场监督管理所要查清今年我镇种子、肥料的准备情况。", ["市场监督管理所"]),
    ]


def test_requests_named_after_a_sentences_end_are_no_charge_of_the_units_after_it() -> None:
    ledger = parse_text(
        "麻山镇召开防汛专题会议,对各村各有关部门就如何做好防汛工作提出了具体要求。各村和镇农办要加强对河道的巡查。\n"
    )
    assert [task.text for task in ledger.tasks if task.text.startswith("要求")] == []


def test_a_lead_in_charge_with_its_helpers_after_an_items_heading_is_theirs() -> None:
    # …牵头负责，县公安局配合: 负责 after 牵头 keeps the helpers, and a lead with its helpers is an assignment alone
    ledger = parse_text(
        "县督查室关于整改情况的报告\n"
        "一、关于河道采砂管理问题。县水务局牵头负责，县公安局配合。目前已完成整治。\n"
        "二、关于农村饮水问题。县农业局牵头负责。\n"
    )
    assert [[(d.name, d.role) for d in task.departments] for task in ledger.tasks] == [
        [("县水务局", Role.LEAD), ("县公安局", Role.CO)],
        [("县农业局", Role.LEAD)],
    ]
    assert ledger.tasks[0].text.startswith("县水务局牵头负责，县公安局配合。")


def test_items_under_what_a_meeting_asked_are_their_units_shares_though_one_alone() -> None:
    ledger = parse_text(
        "镇安全生产工作会议纪要\n会议议定如下：\n"
        "1.镇派出所要强化治安巡逻，确保辖区稳定。\n2.要加强对企业的检查，确保安全。\n"
    )
    assert [(task.text, [d.name for d in task.departments]) for task in ledger.tasks] == [
        ("镇派出所要强化治安巡逻，确保辖区稳定。", ["镇派出所"])
    ]


def test_a_numbered_item_opening_with_its_unit_and_how_it_works_is_the_units() -> None:
    ledger = parse_text(
        "镇安全生产工作会议纪要\n"
        "1.镇派出所强化治安巡逻，确保辖区稳定。\n2.镇安监站切实加强对企业的检查，确保安全。\n"
    )
    assert [[d.name for d in task.departments] for task in ledger.tasks] == [["镇派出所"], ["镇安监站"]]


def test_an_item_under_a_statement_of_the_situation_opening_with_no_unit_is_no_task() -> None:
    ledger = parse_text(
        "镇安全生产工作会议纪要\n会议指出：\n1.当前安全生产形势严峻，镇派出所要强化治安巡逻。\n"
    )
    assert ledger.tasks == ()


def test_sections_of_one_paragraph_each_opening_with_its_unit_share_the_work_out() -> None:
    # the headings between the paragraphs do not break their run; when the work is due may come before the unit
    ledger = parse_text(
        "关于做好安全生产工作的通知\n一、加强检查\n2023年3月底前，县住建局要完成全部在建工地的安全检查。\n"
        "二、加强宣传\n县应急局要开展安全生产月宣传活动，营造氛围。\n"
        "三、加强调度\n从7月1日起，各区县要每10天报告一次专项检查进展情况。\n"
        "四、加强检查\n8月底前县民政局将联合县消防救援大队对养老机构进行消防安全检查。\n"
    )
    assert [(task.deadline.text, [d.name for d in task.departments]) for task in ledger.tasks] == [
        ("2023年3月底前", ["县住建局"]),
        (None, ["县应急局"]),
        (None, ["各区县"]),
        ("8月底前", ["县民政局", "县消防救援大队"]),
    ]
    assert ledger.tasks[0].text.startswith("2023年3月底前，县住建局要完成")
    assert ledger.tasks[2].text.startswith("从7月1日起，各区县要")


def test_a_lone_section_paragraph_opening_with_its_unit_is_a_task_unless_brackets_assign_the_work() -> None:
    text = "关于做好安全生产工作的通知\n一、加强检查\n县住建局要完成全部在建工地的安全检查。\n"
    bracketed = text + "二、加强宣传\n开展安全生产宣传。(责任单位:县应急局)\n"
    assert [[d.name for d in t.departments] for t in parse_text(text).tasks] == [["县住建局"]]
    assert [[d.name for d in t.departments] for t in parse_text(bracketed).tasks] == [["县应急局"]]


def test_an_item_charging_every_village_is_theirs_among_the_units_shares() -> None:
    ledger = parse_text(
        "镇安全生产工作会议纪要\n1.镇派出所强化治安巡逻，确保辖区稳定。\n2.各村要做好辖区内的隐患排查工作。\n"
    )
    assert [[d.name for d in task.departments] for task in ledger.tasks] == [["镇派出所"], ["各村"]]


def test_a_headline_opening_the_document_is_not_the_text_of_the_paragraph_under_it() -> None:
    ledger = parse_text(
        "我县召开重点项目推进会\n\n会议明确，由县发改局牵头，县财政局、县自然资源局配合，在12月底前完成项目入库工作。\n"
    )
    assert [task.text[:6] for task in ledger.tasks] == ["由县发改局牵"]


def test_the_word_turning_to_a_units_share_is_no_text_of_any_share() -> None:
    ledger = parse_text(
        "会议强调,县发改局要做好项目谋划工作,但县财政局要加强资金保障工作,确保项目落地。\n"
        "周邦洪强调,县委统战部统一管理侨务工作,尽管目前县侨联机构尚未健全,但县委统战部要主动担当,认真做好侨联相关工作。\n"
    )
    rows = [(t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("县发改局要做好项目谋划工作,", ["县发改局"]),
        ("县财政局要加强资金保障工作,确保项目落地。", ["县财政局"]),
        ("县委统战部要主动担当,认真做好侨联相关工作。", ["县委统战部"]),
    ]


def test_units_called_on_when_they_are_to_do_the_work_after_a_purpose_of_three_clauses() -> None:
    ledger = parse_text(
        "《通知》指出,为深入贯彻落实党的十八大精神,推动各地更加重视保障和改善侨界民生,更好地体现党和政府的关心和爱护,"
        "各级侨办在2013年元旦春节期间,要广泛开展慰问归侨侨眷活动,以强化联谊服务为目标。\n"
    )
    rows = [(t.text[:9], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("各级侨办在2013", ["各级侨办"])]


def test_a_leaders_point_before_a_units_share_is_no_text_and_the_calls_on_other_units_after_it_are_theirs() -> (
    None
):
    ledger = parse_text(
        "郝三旺指出,要进一步加大招商引资各项工作力度。要强化“一盘棋”,商务局要统筹推进,组织好投资贸易洽谈会等各项活动;"
        "各区镇、园区要扛起发展主责,对已签约未开工项目认真梳理;其他职能部门要解放思想,强化保障,共同谋发展。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("商务局要统筹", ["商务局"]),
        ("各区镇、园区", ["各区镇、园区"]),
        ("其他职能部门", ["其他职能部门"]),
    ]


def test_the_items_after_a_body_set_up_and_a_sentence_introducing_its_duties_are_its_tasks() -> None:
    ledger = parse_text(
        "(一)组织领导\n"
        "为加强对实施地名公共服务工程的领导,由市政府成立新乡市地名公共服务工程领导小组。领导小组的主要职责是:\n"
        "1.审查、批准《新乡市地名公共服务工程实施方案》;\n"
        "2.协调各方面的关系;\n"
        "领导小组下设办公室在民政局与市区划地名办公室合署办公。其主要职责是:\n"
        "1.制定《新乡市地名公共服务工程实施方案》及工作计划;\n"
        "2.组织培训和督促检查、验收;\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("审查、批准《", ["新乡市地名公共服务工程领导小组"]),
        ("协调各方面的", ["新乡市地名公共服务工程领导小组"]),
        ("制定《新乡市", ["办公室"]),
        ("组织培训和督", ["办公室"]),
    ]


def test_the_duties_of_a_body_set_up_with_its_members_and_of_a_unit_told_what_it_is_are_their_tasks() -> None:
    ledger = parse_text(
        "第三十八条 成立由市政府分管副市长任召集人,市发展改革、财政、监察等单位主要领导为成员的"
        "市公共资源交易监督管理联席会议,负责对公共资源交易工作中重大事项研究、决策和监督、协调,履行下列职责:\n"
        "(一)行使公共资源交易监督管理重大事项的领导、决策权;\n"
        "(二)研究起草并提请市政府制定有关政策措施;\n"
        "第三十九条 阳江市人民政府投资服务管理中心是市公共资源交易中心日常管理机构,受市政府授权或委托,"
        "负责阳江市公共资源交易活动的综合监督、管理和协调,履行下列职责:\n"
        "(一)统筹管理公共资源交易工作,指导协调各类公共资源交易活动有序开展;\n"
        "(二)会同有关部门拟定公共资源交易的具体规则和制度;\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments][:1]) for t in ledger.tasks]
    assert rows == [
        ("行使公共资源", ["市公共资源交易监督管理联席会议"]),
        ("研究起草并提", ["市公共资源交易监督管理联席会议"]),
        ("统筹管理公共", ["阳江市人民政府投资服务管理中心"]),
        ("会同有关部门", ["阳江市人民政府投资服务管理中心"]),
    ]


def test_the_working_groups_of_an_events_plan_do_the_duties_under_their_headings() -> None:
    ledger = parse_text(
        "三、组织分工\n"
        "按活动具体工作的安排,共分为四个工作小组:\n"
        "(一)游行活动组\n"
        "工作职责:负责游行程序安排、队伍排列组织、路线安排等工作。\n"
        "组长:李小春成员:欧阳冬珍\n"
        "(二)后勤服务组\n"
        "工作职责:负责活动的生活安排及其它后勤工作\n"
        "组长:郑艳成员:谢水平\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("负责游行程序", ["游行活动组"]), ("负责活动的生", ["后勤服务组"])]


def test_an_article_of_the_duties_a_unit_bears_in_a_line_of_work_heads_its_items() -> None:
    ledger = parse_text(
        "第六条 各区县食品药品监督管理部门在医疗器械不良事件监测工作中应履行以下主要职责:\n"
        "(一)负责本辖区医疗器械不良事件监测网络的建设,收集和报告医疗器械不良事件监测信息;\n"
        "(二)组织开展本辖区医疗器械不良事件监测的宣传、教育、培训。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("负责本辖区医", ["各区县食品药品监督管理部门"]),
        ("组织开展本辖", ["各区县食品药品监督管理部门"]),
    ]


def test_each_paragraph_of_an_article_opening_with_its_unit_is_a_task_and_a_label_the_page_stops_in_is_none() -> (
    None
):
    ledger = parse_text(
        "第二条 本市行政区域内电梯的生产、使用以及相关监督管理活动,适用本办法。\n"
        "第三条 市特种设备安全监督管理部门是本市电梯安全监督管理工作的行政主管部门。\n"
        "住房和城乡建设部门负责专项维修资金使用的监督管理。\n"
        "市场监督管理部门对特种设备安全监督管理部门撤销许可的生产单位,负责依法吊销其营业执照。\n"
        "第四条 市特种设备安全监督管理部门应建立全市统一的电梯应急处置平台,负责指挥全市电梯困人等应急处置工作。\n"
        "第五条 鼓励电梯使用单位参加电梯安全责任保险。\n"
        "第"
    )
    rows = [(t.number, t.text[:8], [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [
        ("第三条", "住房和城乡建设部", ["住房和城乡建设部门"], False),
        ("第三条", "市场监督管理部门", ["市场监督管理部门"], False),
        ("第四条", "市特种设备安全监", ["市特种设备安全监督管理部门"], False),
    ]


def test_a_reports_source_in_brackets_after_its_last_paragraph_charges_no_one() -> None:
    ledger = parse_text(
        "屏山县召开宗教工作联席会议\n"
        "近日,屏山县召开2017年第二次宗教工作联席会议。\n"
        "何才华强调,宗教工作无小事。对此,他提出三点意见:一是深刻把握当前形势。各乡镇、各单位要以党的十九大精神为统揽,"
        "抓好新修订《宗教事务条例》的学习宣传贯彻;二是各成员单位要充分发挥职能作用,加强宗教领域隐患排查力度;"
        "三要强化责任担当,做好宗教工作。(屏山县委统战部)\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("各乡镇、各单", ["各乡镇", "各单位"]), ("各成员单位要", ["各成员单位"])]
    formal = parse_text(
        "(一)推进绿色设计。开展绿色设计示范试点,推广绿色设计理念。(市经济信息委)\n"
        "(二)强化工业清洁生产。在重点行业推进清洁生产改造。(市经济信息委、市生态环境局)\n"
    )
    assert [[d.name for d in t.departments] for t in formal.tasks] == [
        ["市经济信息委"],
        ["市经济信息委", "市生态环境局"],
    ]


def test_the_first_points_mark_and_heading_under_a_units_heading_are_no_task_of_their_own() -> None:
    ledger = parse_text(
        "市市场监管局发布中高考期间特种设备安全提示\n"
        "一、电梯使用单位\n"
        "一是全面风险排查。中高考考点、住宅小区等重点使用单位要落实安全主体责任,立即组织隐患排查整治;"
        "二是加强应急值守。确保紧急报警装置24小时畅通并安排专人值守,及时接听应急报警电话。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("中高考考点、", ["电梯使用单位"]), ("确保紧急报警", ["电梯使用单位"])]


def test_units_a_province_makes_clear_are_in_charge_are_called_on_and_those_not_yet_clear_are_not() -> None:
    ledger = parse_text(
        "近日,江苏省对涉及无偿献血工作的政府各部门职责进行了细化明确。"
        "针对街头设立流动采血车难的问题,江苏省明确住建部门负责指导流动采血车确定固定位置,支持献血屋建设。\n"
        "各乡镇(街道)、县级各部门务必高度重视,主要领导要亲自抓、亲自过问,及时协调解决工作中出现的问题。"
        "尚未明确分管领导和工作人员的乡镇(街道)和部门,要立即明确一名分管领导负责本单位的信息公开工作。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows[0] == ("住建部门负责", ["住建部门"])
    assert all(not name.startswith("分管领导") for _, names in rows for name in names)


def test_a_reports_source_on_a_line_of_its_own_charges_no_one_and_every_unit_asked_is_called_on() -> None:
    ledger = parse_text(
        "7月3日下午,江东红组织召开全区当前重点信访问题研判会议。区信访局主要负责人及各乡镇、管理处分管负责人等参加。\n"
        "江东红传达了区工委书记文春方有关批示意见,要求各级各部门牢固树立“信访工作无小事”的理念,高度重视群众利益诉求。\n"
        "(经开区信访局)\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("各级各部门牢", ["各级各部门"])]


def test_every_unit_called_on_after_units_named_in_the_sentence_is_them() -> None:
    ledger = parse_text(
        "通知要求各地开展春季种子市场专项治理。"
        "各地农业、公安、工商、质监等部门要建立案件联防联打机制,对跨区域案件,各单位将协同查处。\n"
    )
    rows = [(t.text[-8:], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("子市场专项治理。", ["各地"]),
        ("单位将协同查处。", ["各地农业", "公安", "工商", "质监"]),
    ]


def test_an_organisation_is_no_verb_of_the_unit_before_it() -> None:
    ledger = parse_text(
        "于元靖指出,侨联组织是党和政府联系归侨侨眷的桥梁和纽带。省侨联非常重视基层侨联组织建设工作。"
        "县级侨联要积极推动基层侨联组织建设。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [["县级侨联"]]


def test_units_charged_one_after_another_in_one_sentence_have_a_share_each() -> None:
    ledger = parse_text(
        "我县召开重点项目推进会\n11月20日，我县召开重点项目推进会。会上，县委书记张三强调，"
        "县发改局要牵头做好项目谋划储备工作，县财政局要加强资金保障力度，县自然资源局要做好用地保障工作。\n"
    )
    assert [(task.text[:8], [d.name for d in task.departments]) for task in ledger.tasks] == [
        ("县发改局要牵头做", ["县发改局"]),
        ("县财政局要加强资", ["县财政局"]),
        ("县自然资源局要做", ["县自然资源局"]),
    ]


def test_a_lead_and_its_helpers_in_one_sentence_are_one_share() -> None:
    ledger = parse_text(
        "会议纪要\n会议要求，县发改局牵头，县财政局配合，做好项目谋划储备工作。区住建局要加强老旧小区改造工作。\n"
    )
    assert [[d.name for d in task.departments] for task in ledger.tasks] == [
        ["县发改局", "县财政局"],
        ["区住建局"],
    ]


def test_the_leader_in_charge_named_before_the_units_label_after_an_items_sentence() -> None:
    ledger = parse_text(
        "要点\n一、提升政务服务效能\n"
        "1.开展“双随机、一公开”监管。责任领导：李四 牵头单位：县市场监管局 完成时间：持续推进\n"
        "2.优化纳税服务。责任领导：王五 牵头单位：县税务局 完成时间：2023年6月底\n二、保障措施\n加强领导。\n"
    )
    rows = [(task.text, task.deadline.text, [d.name for d in task.departments]) for task in ledger.tasks]
    assert rows == [
        ("开展“双随机、一公开”监管。", "持续推进", ["县市场监管局"]),
        ("优化纳税服务。", "2023年6月底", ["县税务局"]),
    ]


def test_an_item_may_say_what_its_work_answers_to_before_its_unit() -> None:
    # 按照…要求, is what the work answers to, not who asked it: the text keeps it; the headings run into the first
    # item are set apart before its shares are read
    ledger = parse_text(
        "通知\n(一)第一阶段(2021年5月10日前)1.按照县政府统一动员部署和工作要求,公安局交警大队要牵头制定我县工作方案,"
        "于5月10日前完成选址筹备工作。2.县教育局要广泛开展教育宣传活动,提升安全意识。\n"
    )
    assert [(task.text[:8], [d.name for d in task.departments]) for task in ledger.tasks] == [
        ("按照县政府统一动", ["公安局交警大队"]),
        ("县教育局要广泛开", ["县教育局"]),
    ]
    assert ledger.tasks[0].section_path == ("(一)第一阶段(2021年5月10日前)",)


def test_every_unit_of_a_kind_put_in_charge_of_its_share_among_named_units() -> None:
    ledger = parse_text(
        "开展专项整治行动\n按照安委会要求,各县区负责组织开展本辖区十大重点行业领域安全生产专项整治工作。\n"
        "市公安局牵头,负责组织开展对道路交通领域的专项整治工作。\n"
    )
    assert [(task.text[:4], [d.name for d in task.departments]) for task in ledger.tasks] == [
        ("按照安委", ["各县区"]),
        ("市公安局", ["市公安局"]),
    ]


def test_an_article_cut_before_its_bracket_keeps_the_unit_it_puts_in_charge() -> None:
    ledger = parse_text(
        "第三条  推进网上办。引导企业群众网上办事。(牵头责任单位:县政务服务中心;责任单位:各相关单位)\n\n"
        "第四条  推行全程无偿代办制。由高新区负责为入园企业提供全程无偿代办服务,县政务服务中心代办人员对应实施"
        "“绿色通道”服务,保证企"
    )
    last = ledger.tasks[-1]
    assert (last.incomplete, [d.name for d in last.departments]) == (True, ["高新区"])
    every = parse_text(
        "关于开展全市河道采砂综合整治行动的通知\n四、工作任务\n"
        "(一)落实河道采砂管理责任。各区县要建立完善河道采砂责任人体系,逐级逐段落实采砂管理河长、行政主管部门、"
    )
    last = every.tasks[-1]
    assert (last.incomplete, [d.name for d in last.departments]) == (True, ["各区县"])


POINTS = (
    "一是要强化排查监测。区农业农村局要牵头抓总,抓好排查监测关,按照“谁排查、谁签字、谁负责”原则,做到生产、经营排查"
    "及重点场所监测全覆盖,重点加强种猪场、规模养殖场的排查、监测和检测,确保不留死角。",
    "二是要强化全链条监管。区农业农村、市场监管、城管、公安、住建等部门要继续加强联合执法,严厉打击私屠滥宰、屠宰病"
    "死猪、贩卖加工病死猪肉等违法行为,坚决防止病死猪及其产品流向市场、进入餐桌。",
    "三是要强化应急处置。各镇办、各有关部门要严格按照《非洲猪瘟疫情应急实施方案(第五版)》要求,进一步完善非洲猪瘟"
    "防控应急预案和处置方案,规范疫情报告制度,强化应急值守,加大应急物资储备。",
)


def test_a_text_hard_wrapped_at_a_fixed_width_is_read_a_paragraph_at_a_time() -> None:
    # the wrap breaks a list of units (…住建等部 / 门要…); a point may charge every unit of a kind; 市场监管 is a
    # field whose department the list names
    lines = [point[at : at + 34] for point in POINTS for at in range(0, len(point), 34)]
    ledger = parse_text("\n".join(lines))
    assert [[d.name for d in task.departments] for task in ledger.tasks] == [
        ["区农业农村局"],
        ["区农业农村", "市场监管", "城管", "公安", "住建"],
        ["各镇办", "各有关部门"],
    ]
    assert ledger.tasks[0].text.startswith("区农业农村局要牵头抓总,抓好排查监测关,按照“谁排查、谁签字")


def test_items_after_their_headings_charging_a_kind_of_unit_with_units_of_their_own() -> None:
    # a list of units that opens with every village, and names the town's own stations, is theirs; every unit of a
    # kind alone after a heading (各部门要…) is a call, a task of its own where nothing assigns work otherwise
    ledger = parse_text(
        "(三)开展专项整治。各村、镇农产品质量安全监管站、镇食品安全监管所、镇畜牧兽医站等镇属相关单位要针对我镇农产品质量"
        "安全的薄弱环节,适时开展专项整治。\n"
        "(四)加强信息反馈。各村、镇农产品质量安全监管站、镇畜牧兽医站等镇属相关单位要确定专人负责信息报送工作。\n"
        "(五)加强组织领导。各部门要高度重视,切实加强对农产品质量安全工作的领导。\n"
        "(六)强化督查考核。各单位要把农产品质量安全工作纳入年度考核。\n"
    )
    assert [[d.name for d in task.departments][:2] for task in ledger.tasks] == [
        ["各村", "镇农产品质量安全监管站"],
        ["各村", "镇农产品质量安全监管站"],
        ["各部门"],
        ["各单位"],
    ]


def test_a_records_result_field_the_page_stops_in_is_no_task() -> None:
    ledger = parse_text(
        "(三)提升基层医疗卫生服务能力\n3.开展家庭医生团队签约服务技能培训,全年培训31个家庭医生服务团队124人以上。\n"
        "责任单位:市卫生健康委\n完成情况:开展家庭医生团队签约服务技能培训,全市完成31个团队124名人员为期20天的培训任务;开展"
    )
    assert [(task.number, task.incomplete) for task in ledger.tasks] == [("3", False)]


def test_a_leaders_remarks_then_what_a_unit_must_do_in_the_same_sentence() -> None:
    ledger = parse_text(
        "11月25日,县委书记主持召开座谈会。夏锡璠指出,教育和卫生是第一民生,要培养学生创新精神,"
        "卫计局班子成员要充分认识公共卫生工作的意义,三年以内乡镇卫生院要全部达到乙级水平。"
        "夏锡璠要求,民政局要积极争取项目,整合资金,改善乡镇福利院基础条件。\n"
    )
    assert [(task.text[:5], [d.name for d in task.departments]) for task in ledger.tasks] == [
        ("卫计局班子", ["卫计局"]),
        ("民政局要积", ["民政局"]),
    ]


def test_items_a_sharing_site_cut_short_with_an_ellipsis_are_kept_incomplete() -> None:
    ledger = parse_text(
        "三、主要任务\n(一)整治镇容镇貌\n1、镇区主要路道落实门前“三包”,沿街商铺做到入户经营,对集镇临街(路)商铺全面进行摸排,"
        "形成管理台账。严禁…………\n…………\n"
        "(二)整治环境卫生\n1、生活垃圾定点投放,做到每天清扫2次、垃圾清运2次。(责任单位:拆违控违办、各村、社区;责任人;xx)\n"
        "2、河塘有效治理,对水面、河滩地等区域的垃圾集中清理,达到“河面无…………\n…………\n"
        "(三)加强宣传\n加大宣传力度,营造浓厚氛围。\n"
    )
    rows = [(task.text, [d.name for d in task.departments], task.incomplete) for task in ledger.tasks]
    assert rows == [
        (
            "镇区主要路道落实门前“三包”,沿街商铺做到入户经营,对集镇临街(路)商铺全面进行摸排,形成管理台账。严禁",
            [],
            True,
        ),
        ("生活垃圾定点投放,做到每天清扫2次、垃圾清运2次。", ["拆违控违办", "各村", "社区"], False),
        ("河塘有效治理,对水面、河滩地等区域的垃圾集中清理,达到“河面无", [], True),
    ]


def test_parts_of_a_campaign_each_mainly_led_by_a_unit_with_its_helpers() -> None:
    # 主要由…牵头: the 要 of 主要 charges no one; the part of the work comes before the unit leading it
    ledger = parse_text(
        "博白:多部门协作联动构建校园安全屏障\n"
        "此次联合整治主要有五方面。校园内部安全整治主要由教育局牵头,公安、消防、安监部门配合,对全县学校的场地进行"
        "全面排查;接送学生车辆安全整治主要由县公安交警大队牵头,教育局、交运局配合,加强对接送学生的车辆检查。\n"
    )
    assert [[d.name for d in task.departments] for task in ledger.tasks] == [
        ["教育局", "公安", "消防", "安监部门"],
        ["县公安交警大队", "教育局", "交运局"],
    ]


def test_a_leaders_point_may_charge_every_unit_of_a_kind_after_its_heading_phrase() -> None:
    ledger = parse_text(
        "市住建局召开全市老旧小区改造项目推进会\n"
        "最后,张文副局长强调,各县(市、区)务必高度重视。一是做好项目策划申报工作,按照要求做好资金申报。"
        "三是做好绿色社区创建,各县(市、区)住建局要结合老旧小区改造工作制定绿色社区实施方案,做好任务分解。\n"
    )
    assert [[d.name for d in task.departments] for task in ledger.tasks] == [["各县(市、区)住建局"]]


def test_unnumbered_paragraphs_with_a_main_units_label_lose_their_inline_heading_and_the_cut_one_is_kept() -> (
    None
):
    ledger = parse_text(
        "1.完善城乡环境卫生管理长效机制。\n"
        "加强背街小巷日常保洁。实行主次干道全天候保洁,清理卫生死角,提高道路机械化清扫水平。"
        "主要责任单位:各县(市、区)、乡(镇)人民政府,各县(市、区)市政、住建等部门。\n"
        "推进城乡结合部综合整治工作。配备专业保洁队伍,设置公厕和垃圾收运站,垃圾日产日清。"
        "主要责任单位:各县(市、区)市政、水利等部门。\n"
        "抓好村屯垃圾治理工作。健全管理机构,明确部门职责,建立“户分类、村收集、县(市、区)\n"
    )
    rows = [(t.text[:10], [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [
        ("实行主次干道全天候保", ["各县(市、区)、乡(镇)人民政府", "各县(市、区)市政", "住建"], False),
        ("配备专业保洁队伍,设", ["各县(市、区)市政", "水利"], False),
        ("健全管理机构,明确部", [], True),
    ]
    assert ledger.tasks[0].section_path[-1] == "加强背街小巷日常保洁"


def test_units_asked_to_help_the_unit_in_charge_join_its_share() -> None:
    ledger = parse_text(
        "三、保障措施\n"
        "(一)明确责任。县教育局负责乡村教师队伍建设统筹管理,县编办、县财政局等部门要按照职责分工积极配合,主动履责。"
        "县审计局要加大教育经费审计力度,坚决杜绝违反财经纪律的行为发生。\n"
    )
    rows = [(t.text[:7], [(d.name, d.role.value) for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("县教育局负责乡", [("县教育局", "lead"), ("县编办", "co"), ("县财政局", "co")]),
        ("县审计局要加大", [("县审计局", "lead")]),
    ]


def test_a_page_cut_in_a_table_after_the_signature_keeps_no_attachment_item_as_a_task() -> None:
    ledger = parse_text(
        "(一)区发展改革委要会同经信、环保、价格、质监等部门认真总结专项行动,于8月15日前上报市发展改革委。\n"
        "(二)区商务委要督促超市、商场落实塑料购物袋有偿使用制度,及时报送统计数据。\n"
        "附件:\n1、成效统计表\n2、情况统计表\n3、\n关于集中开展专项行动的通知(略)\n"
        "上海市发展和改革委员会\n二○一一年八月一日\n附表1:\n项目 | 单位 | 数量 |\n减少塑料消耗 | 万吨 | |\n集贸市场塑料购"
    )
    assert [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("区发展改革委", ["区发展改革委", "经信", "环保", "价格", "质监"]),
        ("区商务委要督", ["区商务委"]),
    ]


def test_a_notices_items_may_charge_every_city_of_a_province() -> None:
    ledger = parse_text(
        "一、示范项目创建工作是贯彻生态文明思想的重要举措。\n"
        "二、各市要动态监测项目运行情况,于每季度结束10日内将运行情况报送省工业和信息化厅。\n"
        "三、各市要及时总结创建工作中的好经验、好做法并进行宣传推广。\n"
    )
    assert [(t.number, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("二", ["各市"]),
        ("三", ["各市"]),
    ]


def test_a_leaders_points_counted_out_with_yao() -> None:
    ledger = parse_text(
        "会议指出,一要落实主体责任,各县(市、区)自然资源局要把预防地质灾害作为当前的一项重要工作来抓。"
        "二要加强协作配合,建立联席会商会议制度。统一要求各地加强值守。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("各县(市、区)自", ["各县(市、区)自然资源局"])]  # the point's heading no text of theirs


def test_a_run_of_paragraphs_whose_second_charges_every_township_and_unit() -> None:
    ledger = parse_text(
        "二、责任单位\n县信访局、各乡镇、各单位(系统)。\n"
        "县信访局负责全县群众来信来访登记、接待、转办、督办等工作,搞好全县信访工作。\n"
        "各乡镇、单位负责做好本辖区内的各项信访工作。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [["县信访局"], ["各乡镇、单位"]]


def test_a_rectification_record_keeps_its_goal_and_deadline_and_a_page_cut_in_its_steps() -> None:
    ledger = parse_text(
        "二十七、个别沿江企业废水超标排放。某药业公司紧临长江,干扰废水排放口在线监测设备。\n"
        "责任单位:宜昌市委、市政府\n责任人:责任单位主要负责同志\n验收单位:省整改工作专班\n"
        "整改目标:督促企业完成生产废水处理工艺优化调整。\n整改时限:2022年8月底前,长期坚持\n"
        "整改措施:\n1.组织专班,对反馈指出的问题全面调查核实。\n2.强化日常监督管理,定期开展监督性监测。\n"
        "二十八、化工园区确认工作交市州政府,但有的市州把关不严。\n"
        "责任单位:省发改委、省经信厅\n责任人:责任单位主要负责同志\n验收单位:省发改委、省经信厅\n"
        "整改目标:按照规范发展的指导意见开展复核。\n整改时限:2022年12月底前,长期坚持\n"
        "整改措施:\n1.督促荆州市严格按照化工园区审查确认的规范程序对小而散的化工园区进行清"
    )
    rows = [(t.number, [d.name for d in t.departments], t.deadline.text, t.incomplete) for t in ledger.tasks]
    assert rows == [
        ("二十七", ["宜昌市委", "市政府"], "2022年8月底前,长期坚持", False),
        ("二十八", ["省发改委", "省经信厅"], "2022年12月底前,长期坚持", True),
    ]


def test_a_page_cut_right_after_a_unit_is_charged_keeps_that_share_and_the_one_before() -> None:
    ledger = parse_text(
        "三、做好协调和考核工作\n"
        "市经委作为全市域外招商牵头责任部门,要组织协调好域外招商引资各项工作,确保完成招商引资指标;人事部门要会"
    )
    rows = [(t.text[:6], [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [("市经委作为全", ["市经委"], False), ("人事部门要会", ["人事部门"], True)]


def test_a_stage_and_its_period_run_on_into_the_text_is_the_items_heading() -> None:
    ledger = parse_text(
        "(一)第一阶段(2021年5月10日前)\n1.公安局交警大队要牵头制定我县工作方案,于5月10日前完成上牌点的选址筹备工作。\n"
        "(二)第二阶段(2021年5月10日起)公安局交警大队开展电动自行车未悬挂号牌教育劝导工作。在5月25日前完成电动自"
    )
    rows = [
        (t.text[:7], [d.name for d in t.departments], t.deadline.text, t.incomplete) for t in ledger.tasks
    ]
    assert rows[-1] == ("公安局交警大队", ["公安局交警大队"], "5月25日前", True)


def test_a_run_of_unit_paragraphs_under_a_title_leaves_the_preamble_before_it_out() -> None:
    ledger = parse_text(
        "一、职责分工\n"
        "人口普查是一项重大的国情国力调查,涉及到每个人,组织和协调工作量大,并与多个部门的工作有直接关系。\n"
        "省统计局负责人口普查的日常工作,并全面负责专业技术工作。\n"
        "省公安厅负责户口整顿工作,以及协助配合人口普查登记阶段相关工作。\n"
    )
    rows = [(t.text[:5], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("省统计局负", ["省统计局"]), ("省公安厅负", ["省公安厅"])]


def test_minutes_decisions_run_together_on_one_line_are_their_units_items() -> None:
    ledger = parse_text(
        "2017年2月8日,县长主持召开了县政府常务会议。\n"
        "会议审议了县发改局《关于呈报实施计划的请示》。会议议定:1.原则同意《易地扶贫搬迁实施计划》。"
        "2. 易地扶贫搬迁工作一定要往前赶,形成责任清单。3.县目标督查办按季度对工作落实情况进行通报。\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("3", "县目标督查办", ["县目标督查办"])]


def test_a_rules_items_saying_how_often_a_unit_or_its_leaders_do_the_work_are_their_tasks() -> None:
    ledger = parse_text(
        "调关镇社会矛盾纠纷大调解中心\n社会矛盾纠纷定期排查制度\n"
        "一、大调解中心每月召开一次办公会议,分析排查矛盾纠纷和治安重点地区及治安突出问题。\n"
        "二、抓住影响社会稳定的重点问题,对敏感时期进行难点、热点矛盾纠纷的突击排查。\n"
        "三、大调解中心领导每月至少两次深入基层、深入实际、深入群众,对维稳、综治工作进行调查研究。\n"
        "四、村(社区)调解委员会每半个月分析排查一次矛盾纠纷和治安重点地区,并将情况及时向大调解中心报告。\n"
    )
    rows = [(t.number, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("一", ["大调解中心"]), ("三", ["大调解中心"]), ("四", ["村(社区)调解委员会"])]


def test_an_item_saying_how_often_its_units_do_the_work_after_its_heading_is_theirs() -> None:
    ledger = parse_text(
        "关于加强信访工作的意见\n9、建立信访问题排查处置机制。各县区、各部门、各单位定期进行信访矛盾纠纷排查,"
        "及时掌握和化解不稳定因素,防止群体性事件的发生。\n"
        "10、建立信访信息系统。要统一规划,充分利用现有政务信息网络资源,尽快建立全市信访信息系统。\n"
    )
    rows = [(t.number, t.text[:5], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("9", "各县区、各", ["各县区", "各部门", "各单位"])]


def test_units_charged_under_a_formal_plans_safeguards_are_its_mechanism_not_its_tasks() -> None:
    ledger = parse_text(
        "清远市2021年大气污染防治工作方案\n二、重点任务\n"
        "1.整治“散乱污”工业企业。建立动态管理清单，2021年9月底前基本完成全市整治任务。（市生态环境局牵头）\n"
        "2.推进燃煤锅炉综合整治。全面排查在用燃煤锅炉，建立管理台账。（市市场监管局、市生态环境局按职责分工负责）\n"
        "三、保障措施\n"
        "（一）加强组织领导。市直有关部门及各县（市、区）人民政府要把大气污染防治摆在突出位置，主要负责同志亲自抓。\n"
        "（二）强化考核问责。市生态环境局每季度通报各地空气质量和任务进展情况。\n"
    )
    assert [t.number for t in ledger.tasks] == ["1", "2"]


def test_the_items_after_a_body_set_up_and_its_duties_introduced_are_its_tasks() -> None:
    ledger = parse_text(
        "粮食局保密工作制度\n一、机关保密委员会工作制度\n"
        "(一)成立自治区粮食局机关保密委员会(下称“局保密委”),负责组织领导机关保密工作。主任由局长担任,"
        "成员由相关处室主要负责人组成。其主要职能职责:\n"
        "1.贯彻执行国家和自治区有关保密法律法规、规章制度,完成上级保密行政管理部门部署的保密工作任务。\n"
        "2.制定保密工作制度和保密工作年度计划。\n"
    )
    rows = [(t.number, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("1", ["局保密委"]), ("2", ["局保密委"])]


def test_a_list_of_duties_each_under_its_units_line() -> None:
    ledger = parse_text(
        "未成年人保护工作领导小组成员单位职责\n省委宣传部:\n"
        "督促指导各地区、各有关部门加强未成年人思想道德建设,深入开展爱国主义教育。\n"
        "省委网信办:\n加强对未成年人网络保护工作的监督检查,依法惩处利用网络从事危害未成年人合法权益的"
    )
    rows = [(t.text[:4], [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [("督促指导", ["省委宣传部"], False), ("加强对未", ["省委网信办"], True)]


def test_items_charging_the_governments_below_after_their_headings() -> None:
    ledger = parse_text(
        "(一)积极开展气象灾害普查和隐患排查。各县(区)人民政府要组织有关部门按照普查标准开展气象灾害普查工作。\n"
        "(二)加强气象灾害防御。各县(区)人民政府、各有关部门要结合实际,开展防御高温、干旱等气象灾害工作。\n"
        "(三)强化组织领导。各部门要高度重视,加强协调配合。\n"
    )
    rows = [(t.number, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("(一)", ["各县(区)人民政府"]),
        ("(二)", ["各县(区)人民政府", "各有关部门"]),
        ("(三)", ["各部门"]),  # a call after its heading, its item's number kept
    ]


def test_departments_named_by_their_fields_full_names_share_out_a_regulations_duties() -> None:
    ledger = parse_text(
        "其他相关部门和单位履行以下职责:\n\n"
        "发展和改革部门负责将生活垃圾分类工作纳入循环经济发展规划,做好有关项目的立项核准工作;\n\n"
        "自然资源和规划部门负责将生活垃圾分类设施建设内容纳入相关规划,督促配套建设分类设施;\n\n"
        "商务、供销、市场监管部门负责可回收物回收和综合利用的监督管理等工作;\n\n"
        "住房和城乡建设部门负责督促物业服务企业开展生活垃圾分类等工作。\n"
    )
    assert [(t.text[:5], [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("发展和改革", ["发展和改革部门"]),
        ("自然资源和", ["自然资源和规划部门"]),
        ("商务、供销", ["商务", "供销", "市场监管部门"]),
        ("住房和城乡", ["住房和城乡建设部门"]),
    ]


def test_items_under_a_duties_heading_are_the_shares_of_the_units_they_open_with_whatever_the_verb() -> None:
    ledger = parse_text(
        "一、试鸣时间\n2023年9月18日上午9:05至9:28。\n二、工作职责\n"
        "1.县国动办、县文旅广电局确保应急广播终端专用频率安全可靠;\n"
        "2.县公安局保障试鸣期间的社会治安、交通安全;\n"
        "3.县教体科技局、民政局组织城区内学校、社区开展应急疏散演练活动;\n"
        "4.县融媒体中心等官方媒体进行广泛宣传;\n"
        "5.区政府办公室和区教育局为总协调机构。\n"
        "6.试鸣期间,各镇、各部门积极配合。\n"
    )
    assert [(t.number, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("1", ["县国动办", "县文旅广电局"]),
        ("2", ["县公安局"]),
        ("3", ["县教体科技局", "民政局"]),  # not 县教体科, the shortest name read
        ("4", ["县融媒体中心"]),
        # 5: 区政府 or 区政府办公室, in doubt; 6: no unit opens it
    ]


def test_items_under_a_line_saying_when_are_due_then_unless_they_say_when_themselves() -> None:
    ledger = parse_text(
        "(二)具体目标。\n"
        "到2015年底:\n"
        "1.完成6万个村庄的综合整治。(环境保护部负责)\n"
        "2.农村卫生厕所普及率提高到75%,6月底前完成摸底。(卫生计生委、财政部等负责)\n"
        "(三)工作要求。\n"
        "1.加强宣传引导。(中宣部负责)\n"
    )
    assert [t.deadline.text for t in ledger.tasks] == ["到2015年底", "6月底前", None]


def test_a_list_of_units_duties_run_together_after_what_introduces_it_is_cut_item_by_item() -> None:
    duties = parse_text(
        "成员单位应当履行下列主要职责:1.发展和改革主管部门负责统筹安排基本建设项目和资金计划等;"
        "2.财政主管部门负责安排所需经费,监督经费的管理和使用等;3.城市管理行政执法部门对违反管理规定的行为实施处罚;"
        "4.水利主管部门负责水资源保护、农村河道清理保洁的监督管理等;5.农业主管部门负责指导农业面源污染治理。\n"
    )
    shared = parse_text("(一)加强组织领导:1.制定工作方案;2.明确职责分工;3.建立工作台账。(市发展改革委负责)\n")
    assert [[d.name for d in t.departments] for t in duties.tasks] == [
        ["发展和改革主管部门"],
        ["财政主管部门"],
        ["城市管理行政执法部门"],  # (its verb after what it works on: …对违反管理规定的行为实施处罚)
        ["水利主管部门"],
        ["农业主管部门"],
    ]
    # one task, its steps
    assert [[d.name for d in t.departments] for t in shared.tasks] == [["市发展改革委"]]


def test_an_item_opening_with_its_unit_among_items_assigned_otherwise_is_a_task() -> None:
    ledger = parse_text(
        "二、工作措施\n"
        "(八)在高层建筑内的经营性场所不符合消防安全管理规定的,由消防部门负责督促整改,工商部门配合落实整改。\n"
        "(九)自行管理的高层建筑消防安全隐患整治由自管单位负责,消防部门负责监督落实。\n"
        "三、工作步骤\n"
    )
    eighth, _ = ledger.tasks
    assert [d.name for d in eighth.departments] == ["消防部门", "工商部门"]


def test_the_items_under_a_heading_naming_a_department_alone_with_a_full_stop_are_its_duties() -> None:
    ledger = parse_text(
        "(三十六)质监部门。\n1.负责特种设备检验检测人员和作业人员资质考核管理。\n2.会同有关部门组织开展事故调查处理工作。\n"
        "(三十七)供电部门。\n1.负责为安全事故应急救援提供电力保障。\n"
    )
    assert [(t.number, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("1", ["质监部门"]),
        ("2", ["质监部门"]),
        ("1", ["供电部门"]),
    ]


def test_a_units_duty_opening_with_a_short_sentence_of_what_it_takes_part_in_is_no_title() -> None:
    ledger = parse_text(
        "汕头市危险化学品安全监督管理部门职责\n"
        "一、市发展和改革局 (一)参与编制危险化学品事故应急救援预案。按照合理布局的原则,对项目严格审批,"
        "同时依法承担相应的监管责任。 (二)在履行行政许可职责中,对有关事项严格审查把关,依法承担相应的监管责任。 "
        "二、市经济贸易局 (一)参与编制危险化学品事故应急救援预案。负责成品油经营资格的审核管理工作,"
        "并依法承担相应的监管责任。 三、市公安局 (一)负责危险化学品的公共安全管理,查处非法生产、经营活动。\n"
    )
    assert [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("参与编制危险化学", ["市发展和改革局"]),
        ("在履行行政许可职", ["市发展和改革局"]),
        ("参与编制危险化学", ["市经济贸易局"]),
        ("负责危险化学品的", ["市公安局"]),
    ]


def test_a_unit_in_charge_named_with_its_short_name_in_an_article_is_charged() -> None:
    ledger = parse_text(
        "富顺县集体土地征收实施办法\n第三条 富顺县人民政府征地拆迁办公室(以下简称县征地拆迁办)负责具体组织实施;"
        "县国土资源局负责土地征收的行政管理和监督指导;发改、财政等部门按照各自职责做好相关工作。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks][:2] == [
        ["富顺县人民政府征地拆迁办公室"],
        ["县国土资源局"],
    ]


def test_units_set_apart_from_their_work_by_spaces_are_charged_and_a_signatures_issuers_are_not() -> None:
    ledger = parse_text(
        "市财政局政务公开工作规则\n三、工作分工\n"
        "  办公室  组织、协调和管理市局通过政府网站等形式主动公开政府信息的事宜。\n"
        "  法规处  负责规范性文件的法律审核,参与信息公开属性的审核。\n"
        "  人教处  负责将政务公开工作列入绩效考核内容。\n"
        "永嘉县财政局   永嘉县农业农村局   永嘉县乡村振兴局\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [["办公室"], ["法规处"], ["人教处"]]


def test_divisions_headings_over_their_duties_their_phone_numbers_and_rosters_aside() -> None:
    ledger = parse_text(
        "内设机构及职能\n(一)办公室(电话:82212084)\n协助局领导处理机关日常事务;负责机关文秘、文电收发、印鉴管理等工作。\n"
        "(二)办信科(电话:81261181)\n主要职能:办理人民群众给区委、区政府及其领导的来信;负责人民来信的统计、分析。\n"
        "(三)省气象台\n负责气象灾害应急相关监测、预报、预警信息的发布。\n"
        "(四)文本编制处\n处 长:李永强(市文物管理局申遗办主任)\n主要任务:负责申遗文本、保护规划的编制。\n"
        "附件:\n洛阳市大运河申报世界文化遗产任务一览表\n"
    )
    rows = [(t.text[:4], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("协助局领", ["办公室"]),
        ("办理人民", ["办信科"]),
        ("负责气象", ["省气象台"]),
        ("负责申遗", ["文本编制处"]),
    ]


def test_a_unit_in_brackets_after_a_phone_number_is_whom_to_call_not_whose_task() -> None:
    ledger = parse_text(
        "三、及时反馈情况。各地各部门要加强统筹,抓紧推进,及时解决推进中的困难和问题。"
        "联系电话:2348419(市政府信息公开办公室),2603676(市政府门户网站管理中心)。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [["各地各部门"]]


def test_a_long_list_of_governments_before_a_colon_is_their_share() -> None:
    ledger = parse_text(
        "(二)职责分工\n市公安局:负责查处违规设点和拦车拉客等行为。\n"
        "秭归县、夷陵区、西陵区、伍家岗区政府和宜昌开发区管委会:负责本辖区内专项整治工作。\n"
    )
    assert [len(t.departments) for t in ledger.tasks] == [1, 5]


def test_the_shares_after_what_introduces_the_units_duties_are_theirs_whatever_the_verb() -> None:
    ledger = parse_text(
        "为形成工作合力,会议进一步明确各部门职责:住建局统筹协调全市排查,督促燃气企业落实主体责任;"
        "应急局严查工业燃料违规民用行为;市场监管局从生产销售环节严控燃气器具质量。\n"
    )
    assert [(t.text, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("住建局统筹协调全市排查,督促燃气企业落实主体责任;", ["住建局"]),
        ("应急局严查工业燃料违规民用行为;", ["应急局"]),
        ("市场监管局从生产销售环节严控燃气器具质量。", ["市场监管局"]),
    ]


def test_a_heading_naming_a_departments_duties_and_tasks_gives_it_the_items_under_it() -> None:
    ledger = parse_text(
        "(七)卫生部门职责、任务\n1.加强对学校食堂和周边餐饮的监督管理。\n2.依法对食堂从业人员进行定期体检。\n"
        "(八)工商部门职责和任务\n1.加大对校园周边无照经营摊点的打击力度。\n"
    )
    assert [(t.number, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("1", ["卫生部门"]),
        ("2", ["卫生部门"]),
        ("1", ["工商部门"]),
    ]


def test_unit_headings_of_a_garrison_a_company_a_court_a_party_department_and_a_body_named_short() -> None:
    ledger = parse_text(
        "2.2职责任务。\n(1)市林业局。\n负责火灾扑救的组织和火灾案件的侦破等工作。\n"
        "(2)沈阳警备区。\n负责协调当地驻军参加森林火灾扑救工作。\n"
        "(3)市委宣传部。\n负责全市森林防火宣传教育工作。\n"
        "(4)辽宁移动通讯有限责任公司沈阳分公司。\n负责通讯的畅通,提供特殊通讯服务。\n"
        "(5)市检察院、市中级人民法院。\n负责森林火灾案件的诉讼和审理工作。\n"
        "市森林防火指挥部其他成员随时听候调遣,完成指挥部安排的工作。\n"
        "(6)妇联\n参与残疾妇女、残疾儿童的康复工作。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [
        ["市林业局"],
        ["沈阳警备区"],
        ["市委宣传部"],
        ["辽宁移动通讯有限责任公司沈阳分公司"],
        ["市检察院", "市中级人民法院"],
        ["妇联"],  # a body named short
    ]


def test_an_article_label_a_copy_set_a_colon_after_is_read_as_an_article() -> None:
    ledger = parse_text(
        "《深圳市拥军优属规定》是深圳市人民政府常务会议通过的规定。\n"
        "第三条:各级人民政府应当把拥军优属的宣传教育工作纳入爱国主义教育、全民国防教育和法制教育计划。\n"
        "第六条:市民政部门是本市拥军优属工作的主管部门,负责本规定的组织实施。\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("第三条", "各级人民政府", ["各级人民政府"]), ("第六条", "市民政部门是", ["市民政部门"])]


def test_an_article_run_on_after_the_last_sentence_of_the_one_before_is_its_own_but_not_one_cited() -> None:
    ledger = parse_text(
        "农村集体经济审计规定\n"
        "第四条 农经管理机构应当组织审计人员进行定期或者不定期的审计。\n"
        "农村集体经济组织也可以委托社会审计机构进行审计。第五条县级农业行政主管部门负责农村审计人员的培训和考核。\n"
        "乡镇人民政府负责辖区审计工作的组织协调。第六条规定的审计事项,由县级农业行政主管部门另行公布。\n"
    )
    rows = [(t.number, t.text[:6]) for t in ledger.tasks]
    assert ("第五条", "县级农业行政") in rows
    assert not any(number == "第六条" for number, _ in rows)


def test_an_articles_long_rule_heads_the_share_of_the_units_after_it() -> None:
    ledger = parse_text(
        "农村集体三资管理办法\n"
        "第三条 本办法适用于本县行政区域内所有农村集体经济组织的“三资”管理活动。各乡镇人民政府、街道办事处负责"
        "指导、监督本辖区内的农村集体经济组织“三资”管理工作。\n"
    )
    rows = [(t.number, t.text[:7], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("第三条", "各乡镇人民政府", ["各乡镇人民政府", "街道办事处"])]


def test_a_line_of_the_work_counted_as_the_second_is_no_article() -> None:
    ledger = parse_text(
        "控辍保学工作\n第二条线由民宗局和民政局负责对寺院开展清查,重点清查学生失学辍学入寺、早婚情况。\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [(None, "第二条线由民", ["民宗局", "民政局"])]


def test_an_article_of_the_duties_a_body_shall_perform_gives_it_the_items_under_it() -> None:
    ledger = parse_text(
        "承德市病媒生物预防控制管理办法\n"
        "第七条 市、区爱国卫生运动委员会办公室(以下简称爱卫办)应当履行下列职责:\n"
        "(一)组织开展病媒生物预防控制宣传教育和技术培训;\n"
        "(二)协调各单位做好职责范围内的病媒生物预防控制工作。\n"
        "第八条 本办法自公布之日起施行。\n"
    )
    assert [(t.number, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("(一)", ["市、区爱国卫生运动委员会办公室"]),
        ("(二)", ["市、区爱国卫生运动委员会办公室"]),
    ]


def test_an_article_of_what_a_body_answers_for_and_the_duties_it_lists_gives_it_the_items_not_the_article() -> (
    None
):
    ledger = parse_text(
        "福建省校车安全管理办法\n"
        "第三条 县级以上人民政府对本行政区域的校车安全管理负总责,统一领导、组织、协调有关部门做好校车安全管理工作,"
        "履行以下校车安全管理职责:\n"
        "(一)组织制定、实施校车服务方案,确定校车运营模式;\n"
        "(二)建立校车经费投入和多渠道筹措机制;\n"
        "(三)法律、法规规定的其他职责。\n"
        "第四条 传统村落所在地乡(镇)人民政府应当加强传统村落的日常管理,履行下列工作职责:\n"
        "(壹)组织编制传统村落保护发展规划;\n"
        "(二)指导村民委员会做好传统村落保护工作。\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("(一)", "组织制定、实", ["县级以上人民政府"]),
        ("(二)", "建立校车经费", ["县级以上人民政府"]),
        ("(壹)", "组织编制传统", ["传统村落所在地乡(镇)人民政府"]),
        ("(二)", "指导村民委员", ["传统村落所在地乡(镇)人民政府"]),
    ]
    assert "numbering_gap" not in {d.code for d in ledger.diagnostics}


def test_an_article_of_the_work_bodies_shall_do_or_the_rules_they_shall_keep_gives_them_the_items() -> None:
    ledger = parse_text(
        "医疗废物管理办法\n"
        "第八条 医疗卫生机构和医疗废物集中处置单位应做好如下工作:\n"
        "(一)制定医疗废物安全处置的规章制度和应急方案;\n"
        "(二)采取有效措施,防止医疗废物流失、泄漏、扩散;\n"
        "第九条 医疗卫生机构对医疗废物的管理,应当符合下列要求:\n"
        "(一)及时收集本单位产生的医疗废物;\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("(一)", "制定医疗废物", ["医疗卫生机构", "医疗废物集中处置单位"]),
        ("(二)", "采取有效措施", ["医疗卫生机构", "医疗废物集中处置单位"]),
        ("(一)", "及时收集本单", ["医疗卫生机构"]),
    ]


def test_a_units_duties_run_together_after_their_heading_are_each_its_task() -> None:
    ledger = parse_text(
        "三、工作职责\n"
        "(一)领导小组工作职责:1、组织、协调和推动本行消费者权益保护工作;2、研究制定本行消费者权益保护工作计划;"
        "3、讨论并决定消费纠纷处置措施。\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "组织、协调和", ["领导小组"]),
        ("2", "研究制定本行", ["领导小组"]),
        ("3", "讨论并决定消", ["领导小组"]),
    ]


def test_a_units_duties_circled_and_run_together_under_a_heading_of_every_departments_duties() -> None:
    ledger = parse_text(
        "县中小学生运动会安全保卫工作方案\n二、工作职责与要求\n(一)各部门职责\n"
        "1、教育体育局职责:①负责安全保卫方案的制定和实施、应急预案的制定;②游行申请报告的报送;"
        "③安全保卫相关职能部门的协调召集。\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("①", "负责安全保卫", ["教育体育局"]),
        ("②", "游行申请报告", ["教育体育局"]),
        ("③", "安全保卫相关", ["教育体育局"]),
    ]


def test_a_units_duties_run_together_after_what_they_are_said_to_be_are_each_its_task() -> None:
    ledger = parse_text(
        "全国老龄工作委员会下设办公室,办公室设在民政部。\n"
        "全国老龄工作委员会办公室的职责是: 1、办理全国老龄工作委员会决定的事项; "
        "2、研究提出全国老龄工作发展的方针政策和规划,拟订实施办法; 3、负责各成员单位的联系、协调工作。\n"
    )
    rows = [(t.number, t.text[:4], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "办理全国", ["全国老龄工作委员会办公室"]),
        ("2", "研究提出", ["全国老龄工作委员会办公室"]),
        ("3", "负责各成", ["全国老龄工作委员会办公室"]),
    ]


def test_a_units_duties_under_a_plans_decimal_section_are_its_tasks() -> None:
    ledger = parse_text(
        "县政府债务风险应急处置预案\n"
        "2.1 组织机构\n县政府成立债务风险应急处置领导小组。\n"
        "2.2 领导小组职责\n"
        "(1)制定和调整债务风险应急处置预案;\n"
        "(2)研究决定债务风险应急处置工作中的重大问题;\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("(1)", "制定和调整债", ["领导小组"]), ("(2)", "研究决定债务", ["领导小组"])]


def test_an_article_of_the_responsibility_a_body_bears_gives_it_the_items() -> None:
    ledger = parse_text(
        "党委(党组)网络安全工作责任制实施办法\n"
        "第三条 各级党委(党组)主要承担的网络安全责任是:\n"
        "(一)认真贯彻落实党中央关于网络安全工作的重要指示精神和决策部署;\n"
        "(二)建立和落实网络安全责任制,把网络安全工作纳入重要议事日程;\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("(一)", "认真贯彻落实", ["各级党委(党组)"]),
        ("(二)", "建立和落实网", ["各级党委(党组)"]),
    ]


def test_the_targets_a_responsibility_letter_sets_each_unit_are_its_tasks() -> None:
    ledger = parse_text(
        "村级耕地保护责任书\n"
        "一、乡政府责任目标\n"
        "(一)科学合理编制本辖区土地利用总体规划,确定本乡的耕地保护目标。\n"
        "(二)定期对本辖区耕地保有量和基本农田保护管理工作进行检查监督考核。\n"
        "二、村委会责任目标\n"
        "(一)监督村民依照承包合同规定的用途利用土地、保护耕地;\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("(一)", "科学合理编制", ["乡政府"]),
        ("(二)", "定期对本辖区", ["乡政府"]),
        ("(一)", "监督村民依照", ["村委会"]),
    ]


def test_an_items_heading_over_shares_cut_from_its_line_leaves_the_series_headed() -> None:
    ledger = parse_text(
        "(二)落实资金来源,保证资金投入,确保工作顺利开展。市财政部门要认真落实创建无障碍城市的前期、组织、建设等专项资金。"
        "各级政府、开发区管委会、各成员单位应确保在建工程项目配建的无障碍设施建设资金的落实。"
        "市发改委和市财政局要积极争取国家和自治区的专项资金支持。\n"
        "(三)严格把握标准。市建委加强对无障碍设施设计的规范指导,督促设计单位严格执行设计规范。\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        (None, "市财政部门要", ["市财政部门"]),
        (None, "各级政府、开", ["各级政府", "开发区管委会", "各成员单位"]),
        (None, "市发改委和市", ["市发改委", "市财政局"]),
        ("(三)", "市建委加强对", ["市建委"]),
    ]


def test_duties_that_name_no_unit_go_on_with_the_unit_before_them() -> None:
    ledger = parse_text(
        "一、基本职能及主要工作\n(一)主要职能。\n"
        "1.政务服务中心负责对企业投资项目等涉及两个以上部门的审批事项牵头实施并联审批。\n"
        "2.负责对政务服务中心网络化建设和信息发布职责。\n"
        "3.制定政务服务中心各项规章制度、管理办法并组织实施。\n"
        "4.会同有关部门审查制定集中受理、办理政务服务事项的办事指南。\n"
        "(二)年度工作。\n1.试鸣期间,各镇积极配合。\n"
    )
    rows = [(t.number, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", ["政务服务中心"]),
        ("2", ["政务服务中心"]),
        ("3", ["政务服务中心"]),
        ("4", ["政务服务中心"]),
    ]


def test_units_charged_in_turn_after_the_meeting_each_with_their_share() -> None:
    # 会上 opens the first share, 根据各自工作责任 stands before its verb, and the last unit is charged with 督促
    ledger = parse_text(
        "会上,交警部门根据各自工作责任,负责校园周边道路排查,消除交通安全隐患;加大整治校园周边的交通秩序。"
        "公安部门负责在学生上学、放学时段配合交警部门进行交通疏导。"
        "教育部门督促学校做好交通安全教育;完善校车管理。\n"
    )
    assert [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("会上,交警部门根", ["交警部门"]),
        ("公安部门负责在学", ["公安部门"]),
        ("教育部门督促学校", ["教育部门"]),
    ]


def test_units_charged_in_turn_to_secure_coordinate_or_work_together_and_by_their_duties() -> None:
    ledger = parse_text(
        "卫生健康部门负责制定项目实施方案并牵头组织实施。财政部门保障项目工作经费落实。妇联协调组织做好社会、家庭宣传工作。"
        "市科技、财政、统计等部门按照职责,协同做好相关工作。\n"
        "第八条 有关部门按照以下分工负责病媒生物预防控制监督管理工作:\n"
        "(一)市卫生健康委负责医疗机构病媒生物预防控制工作的监督管理;\n"
        "(二)市商务局、市市场监督管理局根据各自职责负责集贸市场等场所卫生和病媒生物预防控制的监督管理。\n"
    )
    assert [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("卫生健康部门负责", ["卫生健康部门"]),
        ("财政部门保障项目", ["财政部门"]),
        ("妇联协调组织做好", ["妇联"]),
        ("市科技、财政、统", ["市科技", "财政", "统计"]),
        ("市卫生健康委负责", ["市卫生健康委"]),
        ("市商务局、市市场", ["市商务局", "市市场监督管理局"]),
    ]
    # names these verbs end are no verbs in them
    names = parse_text("县人力资源和社会保障局要做好就业服务工作。\n县协调小组要加强统筹协调工作。\n")
    assert [[d.name for d in t.departments] for t in names.tasks] == [
        ["县人力资源和社会保障局"],
        ["县协调小组"],
    ]


def test_shares_flattened_one_cell_a_line_with_their_deadline_on_the_line_after() -> None:
    ledger = parse_text(
        "2、①城、郊区中、小学全部开设健康教育课;\n"
        "区商务局负责,工商局配合,督促各农贸市场业主按照标准完成市场改造.\n"
        "2008年6月20日前\n"
        "区卫生局负责,工商局配合,监督各市场业主严格执行《食品卫生法》。\n"
        "2008年5月30日前完成\n"
        "区城建局负责,各街道办事处(乡)配合,清除城中村菜地、菜园,实施绿化改造.\n"
        "2008年4月初之前\n"
    )
    rows = [(t.text, [d.name for d in t.departments], t.deadline.text) for t in ledger.tasks]
    assert rows == [
        # a full stop typed as an ASCII period ends the sentence: the date after it is no part of the text
        (
            "区商务局负责,工商局配合,督促各农贸市场业主按照标准完成市场改造.",
            ["区商务局", "工商局"],
            "2008年6月20日前",
        ),
        (
            "区卫生局负责,工商局配合,监督各市场业主严格执行《食品卫生法》。",
            ["区卫生局", "工商局"],
            "2008年5月30日前完成",
        ),
        (  # the date before the next share is the last one's, not the next one's text
            "区城建局负责,各街道办事处(乡)配合,清除城中村菜地、菜园,实施绿化改造.",
            ["区城建局", "各街道办事处(乡)"],
            "2008年4月初之前",
        ),
    ]


def test_a_short_share_after_another_units_is_a_share_too() -> None:
    ledger = parse_text(
        "(二)明确分工,责任到人。市发改委负责提出全市节能规划;市经贸委负责全市工业节能;"
        "市规划局、市建设局负责建筑节能;市旅游局负责宾馆、旅游行业节能。\n"
    )
    assert [(t.text, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("市发改委负责提出全市节能规划;", ["市发改委"]),
        ("市经贸委负责全市工业节能;", ["市经贸委"]),
        ("市规划局、市建设局负责建筑节能;", ["市规划局", "市建设局"]),
        ("市旅游局负责宾馆、旅游行业节能。", ["市旅游局"]),
    ]


def test_a_units_paragraph_under_a_heading_of_the_units_shares_is_theirs_alone() -> None:
    ledger = parse_text(
        "一、工作目标\n营造安全、文明、有序的祭扫环境。\n二、责任分工\n"
        "各县(市)区要认真履行属地管理责任,强化对殡葬服务场所的监督检查。\n"
        "市民政局负责对殡葬服务场所安全接待工作的监督指导;协助综合执法部门加强对占道销售冥品行为的查处。\n"
        "三、保障措施\n落实祭扫服务经费保障。(责任单位:市财政局)\n"
    )
    # where brackets assign work, a unit's lone paragraph is a sentence of the text, but not under this heading
    assert [(t.text[:5], [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("市民政局负", ["市民政局"]),
        ("落实祭扫服", ["市财政局"]),
    ]


def test_an_article_charges_the_units_it_stresses_and_every_province() -> None:
    ledger = parse_text(
        "第四条 地方各级财政部门特别是省级财政部门应安排必要的工作经费,支持基层加强草原保护管理工作。\n"
        "第五条 各省应按照草原生态状况和经济社会发展实际情况,结合主体功能区规划确定禁牧区域。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [
        ["地方各级财政部门", "省级财政部门"],
        ["各省"],
    ]


def test_articles_charge_either_unit_they_name_and_a_converters_formal_numeral_numbers_one() -> None:
    ledger = parse_text(
        "第九条 村集体经济组织或者村民委员会应当每年编制财务计划,财务计划主要包括收入和支出。\n"
        "第十壹条 乡镇人民政府应当加强对村集体财务工作的指导和监督。\n"
    )
    assert [(t.number, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("第九条", ["村集体经济组织", "村民委员会"]),
        ("第十壹条", ["乡镇人民政府"]),
    ]


def test_a_joint_team_is_no_unit_joining_another() -> None:
    # 联合调研组: a team's name, not 联合 charging the units before it; the calls after it are the notice's tasks
    ledger = parse_text(
        "8月14日,省自然资源厅、省林业局联合调研组一行来池,对我市林草普查地类对接工作进行调研。\n"
        "各地要积极向地方党委、政府汇报,争取经费保障,推进普查地类对接工作。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [["各地"]]


def test_a_units_share_may_open_with_when_it_falls_due() -> None:
    ledger = parse_text(
        "3.2预报。\n市防火办要加强与市气象部门的合作,分析各重点防火期的火险形势。\n"
        "3.3监测。\n火灾发生后,市气象部门要对火场气候进行监测,提供火场天气预报。\n"
        "3.4宣传。\n“敬老月”期间,县民政局要精心部署,采取制作板报、横幅等多种形式开展宣传。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [
        ["市防火办"],
        ["市气象部门"],
        ["县民政局"],
    ]


def test_items_calling_on_every_unit_without_fail_or_with_when_before_the_verb() -> None:
    ledger = parse_text(
        "一、各学校要高度重视食品安全工作,落实校园食品安全主体责任。\n"
        "二、各督导责任区务必将食品安全专项检查作为安全大检查的重要内容,做好片区检查的统筹。\n"
        "三、各学校从即日起至8月10日前全面开展食品安全隐患排查。\n"
    )
    assert [(t.number, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("一", ["各学校"]),
        ("二", ["各督导责任区"]),
        ("三", ["各学校"]),
    ]


def test_the_date_an_items_work_is_due_right_after_its_units_charges_them_whatever_the_verb() -> None:
    ledger = parse_text(
        "2023年度宿州市公共机构节能工作任务分解\n各县、区公共机构节能管理部门:\n"
        "一、坚决制止餐饮浪费行为。根据全省党政机关绿色食堂评估细则,各县、区2023年底前遴选绿色食堂不少于1个。\n"
        "二、扎实做好生活垃圾分类。各县、区2023年底前建设公共机构生活垃圾分类示范点不少于3个。\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments], t.deadline.text) for t in ledger.tasks]
    assert rows == [
        ("一", "根据全省党政", ["各县、区"], "2023年底前"),
        ("二", "各县、区20", ["各县、区"], "2023年底前"),
    ]


def test_a_call_may_say_what_its_units_do_besides_before_the_verb() -> None:
    ledger = parse_text(
        "二要明确责任目标。各县(区)除完成水利本部门的建设任务外,要及时与林业等部门沟通,确保任务全面完成。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [["各县(区)"]]


def test_the_work_under_a_heading_dated_in_brackets_is_due_then() -> None:
    ledger = parse_text(
        "二、重点任务\n(一)全面摸排(2025年10月底前)\n各县(市、区)民政局要联合相关部门,对辖区内所有养老机构开展排查。\n"
        "(二)建立台账(11月底前)\n各县(市、区)民政局要逐一建立问题台账,明确整改措施。\n"
    )
    assert [t.deadline.text for t in ledger.tasks] == ["2025年10月底前", "11月底前"]


def test_the_calls_of_a_paragraph_under_its_heading_are_tasks_once() -> None:
    # the heading's task runs into the paragraph under it: the paragraph's calls are that task's, not new ones
    ledger = parse_text(
        "一、切实做好汛期各项准备工作,保障人民群众生命财产安全\n"
        "镇人民政府要成立镇级防汛工作领导小组实行“镇长负责制”,亲自抓、负总责,确保防汛工作顺利进行。"
        "各村要成立以镇村干部为主的村级防汛工作领导小组,由包村领导任组长,指导督促各村的防汛工作。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [["镇人民政府"], ["各村"]]


def test_a_heading_of_two_short_clauses_is_a_title_over_its_units_shares() -> None:
    ledger = parse_text(
        "一、高度重视,加强领导\n"
        "区水利局要做好防汛工作,加强巡查,及时排除隐患,确保度汛安全。\n"
        "二、明确职责，落实责任\n"
        "区财政局要保障防汛经费,及时拨付资金,支持抢险物资储备。\n"
    )
    rows = [(t.text[:5], t.section_path, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("区水利局要", ("一、高度重视,加强领导",), ["区水利局"]),
        ("区财政局要", ("二、明确职责，落实责任",), ["区财政局"]),
    ]


def test_points_counted_out_after_a_colon_are_tasks_of_the_units_asked_before_it() -> None:
    ledger = parse_text(
        "河东区民政局一线指导养老机构清扫积雪,及时排除隐患,保障安全畅通。同时,河东区民政局提醒各养老机构:"
        "一是要充分储备好日常用药、食材、棉衣、棉被等物资,以备不时之需。二是做好日常巡查工作,特别是电气线路、燃气管道等。"
        "三是加强值班值守,密切关注天气变化,严防各类事故发生。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("要充分储备好日常", ["各养老机构"]),
        ("做好日常巡查工作", ["各养老机构"]),  # the next point's mark is not the point before's text
        ("加强值班值守,密", ["各养老机构"]),
    ]


def test_the_points_of_a_units_share_are_its_tasks_unless_they_name_units_of_their_own() -> None:
    ledger = parse_text(
        "会议强调,秋季开学期间,市场监管部门要做好校园及周边食品安全监管,做到“三个坚决”:一是坚决完善机制制度建设,"
        "落实好食品安全副校长制度。二是坚决做好校园食品安全教育,开展食品安全知识进校园培训教育活动。"
        "三是坚决做好食品安全隐患排查,各类各级学校、幼儿园要按时完成食品安全自查自纠。\n"
        "会议要求,县教育局要加强学校食堂管理,严格落实陪餐制度。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        (
            "坚决完善机制制度",
            ["市场监管部门"],
        ),  # the share's lead-in stands for its points, no task beside them
        ("坚决做好校园食品", ["市场监管部门"]),
        ("各类各级学校、幼", ["各类各级学校", "幼儿园"]),  # from their names, the point's heading aside
        ("县教育局要加强学", ["县教育局"]),
    ]


def test_the_items_under_a_heading_of_a_leading_groups_duties_are_its_shares() -> None:
    ledger = parse_text(
        "二、明确职责,落实责任\n"
        "(一)镇防汛工作领导小组职责\n"
        "1、负责全镇或个别整村的抢险应急救援任务;\n"
        "2、负责对全镇防汛工作的重大事项进行研究和部署;\n"
        "(二)县防汛抗旱专班主要职责\n"
        "1、负责统筹、协调全县防汛工作。\n"
    )
    rows = [(t.number, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("1", ["镇防汛工作领导小组"]), ("2", ["镇防汛工作领导小组"]), ("1", ["县防汛抗旱专班"])]


def test_the_schools_a_call_names_beside_every_county_are_its_units() -> None:
    ledger = parse_text(
        "会议要求,各县区、学校要建立健全家校协作监管食堂工作机制,推进成立膳食委员会。"
        "由学校负责做好学生的宣传引导工作,教育学生远离流动摊档。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [["各县区", "学校"], ["学校"]]


def test_what_a_reporter_learnt_units_will_do_is_their_task_from_the_units_on() -> None:
    ledger = parse_text(
        "近日,市城管局、市教育局联合制定印发《开展校园周边乱摆卖专项整治行动工作方案》,保障学生饮食安全。\n"
        "记者从《方案》中获悉,市城管局、市教育局将通过开展校园周边乱摆卖专项整治行动,建立校园周边市容整治长效工作机制。\n"
    )
    rows = [(t.text[:5], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("市城管局、", ["市城管局", "市教育局"])]  # the news of what they did first is no task


def test_a_call_on_every_unit_of_a_kind_may_open_with_how_they_act() -> None:
    ledger = parse_text(
        "各有关部门采取有力措施,防止食物中毒事故。各学校加大对配送食材的查验、签收工作力度。"
        "各区发展改革委尽快组织和督促承建企业加快建设进度。各镇进一步完善敬老院安全管理制度。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [
        ["各有关部门"],
        ["各学校"],
        ["各区发展改革委"],
        ["各镇"],
    ]


def test_the_units_in_charge_of_the_work_a_sentence_opens_with_are_its_task() -> None:
    ledger = parse_text(
        "全市面向中小学生开展语文、数学、英语等学科类培训的机构由教育部门负责审批和监管。"
        "开展编程、机器人、创客等科技类培训的机构由科技部门负责审批和监管。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("全市面向中小", ["教育部门"]), ("开展编程、机", ["科技部门"])]


def test_points_after_what_a_meeting_asked_of_units_are_their_tasks_in_its_stead() -> None:
    ledger = parse_text(
        "会议要求,各省级发展改革委和重点城市发展改革部门要全面贯彻党的二十大精神,切实推动重点城市建设取得显著成效。"
        "一是要准确把握重点城市建设的任务要求,完善废旧物资回收网络。二是要加快工作节奏,提出具体工作举措。\n"
        "胡县长强调,各镇(街)、各有关部门一定要按照会议要求,扎实推进暑期校外培训机构治理工作。"
        "一要提高政治站位,不断深化思想认识。各镇(街)、各有关部门要严格按照职责分工,努力巩固学科类培训治理成果。\n"
    )
    rows = [(t.text[:8], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("要准确把握重点城", ["各省级发展改革委", "重点城市发展改革部门"]),
        ("要加快工作节奏,", ["各省级发展改革委", "重点城市发展改革部门"]),
        # a point that is only its title heads the share after it: the call before the points stays a task
        ("各镇(街)、各有", ["各镇(街)", "各有关部门"]),
        ("各镇(街)、各有", ["各镇(街)", "各有关部门"]),
    ]


def test_a_point_told_by_shi_starts_after_its_heading_sentence_and_the_one_before_ends_at_its_mark() -> None:
    ledger = parse_text(
        "中卫市召开夏粮收购工作座谈会\n"
        "会议要求,各县(区)要高度重视夏粮收购工作,做好收购准备。一是精心组织企业积极入市收购。深入调研辖区企业收购计划,"
        "了解准备情况。二是优化收购服务,方便农民售粮。鼓励收购企业就近设置收购点,公示收购标准。\n"
    )
    # as annotators read them (50 times of 51): the heading names the point, the work follows it
    assert [(t.text, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("深入调研辖区企业收购计划,了解准备情况。", ["各县(区)"]),
        ("鼓励收购企业就近设置收购点,公示收购标准。", ["各县(区)"]),
    ]


def test_the_items_under_an_associations_heading_are_its_tasks() -> None:
    ledger = parse_text(
        "三、活动内容\n"
        "(一)市社会禁毒协会\n"
        "1.配合市禁毒办做好全民禁毒宣传月主题活动。\n"
        "2.联合市禁毒办举办“我为禁毒发声”讲好禁毒故事活动。\n"
        "(二)市律师协会\n"
        "1.组织律师开展禁毒法律咨询活动。\n"
    )
    rows = [(t.number, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("1", ["市社会禁毒协会"]), ("2", ["市社会禁毒协会"]), ("1", ["市律师协会"])]


def test_units_that_shall_or_all_will_do_the_work_are_charged_with_it() -> None:
    ledger = parse_text(
        "根据国家禁毒委员会办公室、中宣部、教育部等14个部门联合制定的《全国青少年毒品预防教育工作规划》,"
        "青少年毒品预防教育工程将以学校为主要阵地。\n"
        "会议要求,各级各类学校须合理安排专门课时,将禁毒教育融入基础课程;各级教育部门须加强法制副校长队伍建设。\n"
        "据悉,各级禁毒委员会均将成立专门工作小组,建立定期会商制度,加大经费投入。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("各级各类学校", ["各级各类学校"]),
        ("各级教育部门", ["各级教育部门"]),
        ("各级禁毒委员", ["各级禁毒委员会"]),
    ]


def test_what_a_reporter_learnt_at_a_meeting_and_a_unit_of_emergencies_in_the_list() -> None:
    # where and when the reporter learnt it stand before the units; 应急管理局 is a name, not 应 (shall)
    ledger = parse_text(
        "3月29日下午,记者从市餐饮场所燃气安全专项治理会议上获悉,市商务局、市监局、住建局和应急管理局等相关部门"
        "将联合开展餐饮场所燃气安全专项整治工作,进一步加强我市餐饮场所燃气安全管理。\n"
    )
    rows = [(t.text[:5], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("市商务局、", ["市商务局", "市监局", "住建局", "应急管理局"])]


def test_a_pages_contact_fields_after_a_units_name_are_no_task() -> None:
    ledger = parse_text(
        "高邮市融媒体中心  高邮日报  新闻线索:0514-84683100\n"
        "会议强调,各部门要提高认识,紧密合作,确保专项治理工作长效有序开展。\n"
        "高邮市融媒体中心 主办 2004-2019© 未经许可不得转载 不良信息举报电话:0514-84683100   在线投稿\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [["各部门"]]


def test_whom_to_call_at_a_unit_after_its_name_is_no_task() -> None:
    ledger = parse_text(
        "请各区县住建局对照《方案》细化工作举措,确保各项任务落到实处。\n"
        "联系人及电话:\n"
        "市委社会工作部:李晓楠,13043872228\n"
        "市住建局:周军伟,2822013,13050897533\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [["各区县住建局"]]


def test_points_after_the_demands_made_of_units_and_a_units_part_before_when_its_work_falls_are_theirs() -> (
    None
):
    ledger = parse_text(
        "王志学副处长就“美好家园”建设攻坚阶段的工作进行了重点部署,并对物业公司提出四点要求:一是要加强组织领导,"
        "多与街道、社区和业委会沟通。二是要保持通讯畅通,切实做到上情下达。\n"
        "王志学副处长强调,物业公司作为“美好家园”建设的生力军,在接下来的全国文明城市复检工作中要切实发挥出生力军的"
        "作用来,力促“美好家园”建设和文明城市复检工作双丰收。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("要加强组织领", ["物业公司"]),
        ("要保持通讯畅", ["物业公司"]),
        ("物业公司作为", ["物业公司"]),
    ]


def test_points_counted_out_right_after_the_units_asked_are_their_tasks() -> None:
    ledger = parse_text(
        "每到一地,各督查组均要求各街道一要对督查发现问题进行举一反三,限期整改到位;二要认真总结前期创建经验做法,"
        "及时查找工作中的不足和问题;三要进一步建立健全长效机制,扎实推进创建工作。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("对督查发现问", ["各街道"]), ("认真总结前期", ["各街道"]), ("进一步建立健", ["各街道"])]


def test_a_call_asked_after_a_comma_starts_at_its_units() -> None:
    ledger = parse_text(
        "江苏省卫生厅、省教育厅在昨天发出的紧急通知中,要求各有关部门采取有力措施,防止食物中毒事故,"
        "对不符合食品卫生要求的学校食堂要责令整改。\n"
        "同时,县教育局成立六个工作组,分赴相关学校了解情况,并要求各学校加大对配送食材的查验、签收力度。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("各有关部门采", ["各有关部门"]), ("各学校加大对", ["各学校"])]
    # a unit named is asked so too
    named = parse_text(
        "二是领导重视,确保专项行动有序开展。局党组对开展扫黑除恶专项斗争工作进行了专题研究安排,"
        "要求区文化旅游执法大队要针对文化旅游执法行业,加强情况信息研判,开展文化旅游市场集中整治行动。\n"
        "四是积极摸排,确保专项行动取得成效。区文化旅游执法大队要发挥贴近群众、熟悉行情等优势,积极对文化市场排查。\n"
    )
    assert [(t.text[:6], [d.name for d in t.departments]) for t in named.tasks] == [
        ("区文化旅游执", ["区文化旅游执法大队"]),
        ("区文化旅游执", ["区文化旅游执法大队"]),
    ]
    # a unit reminded is asked so too
    reminded = parse_text(
        "省档案局调研永昌县数字档案馆建设\n调研组对永昌县新馆搬迁和数字档案馆建设的进展情况十分满意,"
        "并提醒永昌县档案馆要持续做好盘库清点工作,做到馆藏档案清楚。\n"
    )
    assert [(t.text[:6], [d.name for d in t.departments]) for t in reminded.tasks] == [
        ("永昌县档案馆", ["永昌县档案馆"])
    ]


def test_the_year_or_the_date_a_call_is_due_may_open_it() -> None:
    ledger = parse_text(
        "2017年各地要全面开展老年人意外伤害保险工作,确保参保率达到百分之六十以上。"
        "今年9月底前,全省各养老机构要全部完成整改,确保消防安全。\n"
    )
    rows = [(t.text[:7], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("2017年各地", ["各地"]), ("今年9月底前,", ["全省各养老机构"])]


def test_a_share_whose_points_call_on_units_of_their_own_stays_a_task() -> None:
    ledger = parse_text(
        "会议要求,县财政局要做好资金保障工作,及时拨付专项资金:一是加强统筹,各乡镇要落实属地责任,抓好问题整改工作。"
        "二是强化督查,各有关部门要加强对整改工作的督促检查,确保按期完成。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [
        ["县财政局"],
        ["各乡镇"],
        ["各有关部门"],
    ]


def test_a_units_roster_under_its_heading_is_no_work_of_it() -> None:
    ledger = parse_text(
        "(一)防汛指挥中心\n"
        "总 指 挥:(县住建局党委书记、局长)\n"
        "副总指挥:(县住建局党委成员、市政处主任)\n"
        "1、组织、协调、指挥防汛抢险工作;\n"
        "2、发布启动和解除防汛抢险命令。\n"
    )
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "组织、协调、指挥防汛抢险工作;", ["防汛指挥中心"]),
        ("2", "发布启动和解除防汛抢险命令。", ["防汛指挥中心"]),
    ]


def test_the_items_under_a_governments_heading_of_its_work_are_its_duties() -> None:
    ledger = parse_text(
        "(二)乡(镇)人民政府的工作职责\n"
        "1.负责辖区道路的交通安全管理工作,具体实施交通安全宣传教育计划。\n"
        "2.建立机动车、驾驶人、交通违法等信息台账。\n"
    )
    assert [(t.number, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("1", ["乡(镇)人民政府"]),
        ("2", ["乡(镇)人民政府"]),
    ]


def test_the_items_under_a_units_heading_naming_who_works_for_it_in_brackets_are_its_duties() -> None:
    ledger = parse_text(
        "二、明确乡镇和村殡葬管理工作职责\n"
        "(一)乡镇(街道)殡葬办公室(专管员)工作职责\n"
        "1.宣传贯彻国家、省、市关于实施殡葬改革的有关政策规定。\n"
        "2.核实汇总遗体火化骨灰去向情况,并每月10日前上报市殡改办。\n"
    )
    assert [(t.number, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("1", ["乡镇(街道)殡葬办公室(专管员)"]),
        ("2", ["乡镇(街道)殡葬办公室(专管员)"]),
    ]


def test_the_items_under_a_levels_river_chiefs_heading_are_their_duties() -> None:
    ledger = parse_text(
        "一、乡级河长工作职责\n"
        "1、领导河流河长制实施工作,贯彻落实上级河长的工作安排。\n"
        "2、负责开展河道普查工作,落实一河一档案。\n"
        "二、村级河长工作职责\n"
        "1、加强河道管理的宣传教育,普及河道保护的相关知识。\n"
    )
    assert [(t.number, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("1", ["乡级河长"]),
        ("2", ["乡级河长"]),
        ("1", ["村级河长"]),
    ]


def test_the_sections_under_an_unnumbered_heading_of_a_posts_duties_are_its_duties() -> None:
    ledger = parse_text(
        "防返贫致贫动态监测和帮扶工作基层网格员、镇村两级管理员职责清单\n"
        "镇级管理员职责\n"
        "一、负责培训、指导村级管理员工作;\n"
        "二、负责组建本镇防返贫致贫监测微信工作群;\n"
        "村级管理员职责\n"
        "一、负责收集、上报本村农户困难诉求;\n"
    )
    assert [(t.number, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("一", ["镇级管理员"]),
        ("二", ["镇级管理员"]),
        ("一", ["村级管理员"]),
    ]


def test_units_duties_run_together_after_commas_on_a_line_that_lost_its_stops_are_a_task_each() -> None:
    line = (
        "切实做好清明节群众祭扫活动的安全保障工作,三、应急指挥组织机构及职责成立沿山镇清明节期间群众祭扫活动突发事件"
        "应急工作指挥部,具体指导、现场指挥清明祭扫突发事件及祭扫应急处置工作,负责祭扫活动中突发事件的组织协调工作,"
        "党政办:负责召集有关部门召开全镇清明节期间群众祭祀接待安全应急工作协调会议,"
        "派出所:负责组织协调警力和清明节祭扫期间有关消防监督工作,"
        "镇卫生院:负责清明祭扫期间祭扫活动中突发病人的救治工作,向群众宣传尽量避开高峰日祭扫."
        "林业站:负责清明祭扫间清明节祭扫重点区域的护林、防火工作。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in parse_text(line).tasks]
    # (…及职责成立…指挥部 is a heading's 职责 run into its text, no charge 责成)
    assert rows == [
        ("负责召集有关", ["党政办"]),
        ("负责组织协调", ["派出所"]),
        ("负责清明祭扫", ["镇卫生院"]),
        ("负责清明祭扫", ["林业站"]),
    ]


def test_a_points_mark_the_page_stops_at_is_no_task() -> None:
    ledger = parse_text(
        "2.健全机制,做实长效管理。一是建立社会化发现机制。街道网格中心对网格中的市政道路进行每日巡查;"
        "居委会负责对网格中的小区开展每日巡查。三是建立督查反馈机制。在完成对问题的案件处理后,"
        "各承办部门将受理单反馈至街道网格中心。网格中心对已完成的案件进行回访和督查。四是"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("街道网格中心", ["街道网格中心"]),
        ("居委会负责对", ["居委会"]),
        ("在完成对问题", ["各承办部门"]),
        ("网格中心对已", ["网格中心"]),
    ]


def test_a_request_to_every_unit_of_a_kind_keeps_the_brackets_of_its_name_whole() -> None:
    ledger = parse_text(
        "各县(市、区)民政局:\n"
        "根据市纪委专项行动办公室提示,殡葬领域专项巡察发现问题。\n"
        "请各县(市、区)参照样本,于6月25日前集中向辖区内所有市场主体发送告诫函,提醒各公司(商户)规范经营。\n"
    )
    assert [[d.name for d in t.departments] for t in ledger.tasks] == [["各县(市、区)"]]


def test_what_the_readers_of_a_forwarded_plan_are_asked_is_their_task() -> None:
    ledger = parse_text(
        "各社区、各单位:\n"
        "现将《宝圣湖街道集中宣传防范电信网络新型诈骗犯罪工作方案》印发给你们,请各单位高度重视,结合本单位实际,"
        "研究细化措施,明确职责任务,切实抓好贯彻落实。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("请各单位高度", ["各单位"])]


def test_a_unit_named_alone_over_its_roster_heads_its_numbered_duties() -> None:
    ledger = parse_text(
        "二、组织机构\n"
        "指挥部下设办公室(以下简称市创城办)和7个工作组。\n"
        "办公室(市创城办)\n"
        "主任:张三\n"
        "成员:从市有关单位抽调。\n"
        "主要职责:\n"
        "1.负责与上级文明办等对接、联系相关工作;\n"
        "2.协调各工作组工作;\n"
        "3.市创城办办公地点:市政府大楼,电话:1234567。\n"  # where the unit is found, no work of its
    )
    assert [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("1", "负责与上级文明办等对接、联系相关工作;", ["办公室(市创城办)"]),
        ("2", "协调各工作组工作;", ["办公室(市创城办)"]),
    ]


def test_the_points_a_unit_before_its_colon_counts_out_are_its_tasks() -> None:
    ledger = parse_text(
        "三、职责分工\n"
        "公共服务办:一是负责全街道风险排查整治行动统一部署调度工作;二是重点负责指导教育培训领域的风险排查和处置;"
        "三是统筹推进打非宣传教育重点工作。\n"
        "公共安全办:负责打非具体实施工作。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("负责全街道风", ["公共服务办"]),
        ("重点负责指导", ["公共服务办"]),
        ("统筹推进打非", ["公共服务办"]),
        ("负责打非具体", ["公共安全办"]),
    ]


def test_a_units_unnumbered_line_of_the_duties_it_performs_heads_them() -> None:
    ledger = parse_text(
        "二、主要职责\n"
        "永和乡老年人新冠疫苗接种工作专班主要履行以下职责:\n"
        "1.负责组织、指导、协调和推进全乡老年人新冠疫苗接种工作;\n"
        "2.宣传老年人新冠疫苗接种相关政策。\n"
    )
    team = ["永和乡老年人新冠疫苗接种工作专班"]
    assert [(t.number, [d.name for d in t.departments]) for t in ledger.tasks] == [("1", team), ("2", team)]


def test_the_items_under_a_joint_meetings_duties_are_its_tasks() -> None:
    ledger = parse_text(
        "一、联席会议主要职责\n"
        "(一)建立学生防溺水工作网格化管理机制。\n"
        "(二)统筹协调各有关部门解决重点难点问题。\n"
        "二、联席会议成员单位\n"
        "宣传办、应急办、教委。\n"
    )
    assert [(t.number, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("(一)", ["联席会议"]),
        ("(二)", ["联席会议"]),
    ]


def test_an_article_heading_an_organs_or_fields_duties_gives_them_its_items() -> None:
    ledger = parse_text(
        "第十二条 监察机关职责\n"
        "(一)负责对行政监察对象履行道路交通安全职责情况进行监督检查;\n"
        "(二)督促有关职能部门积极开展交通事故施救工作。\n"
        "第十四条 公安、交通部门职责\n"
        "(一)负责城镇道路交通秩序的管理。\n"
        "第十五条 建设、规划、城管部门职责\n"  # 建设 is a field only before the word the fields share
        "(一)负责城镇道路及城镇交通设施的规划。\n"
    )
    assert [(t.number, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("(一)", ["监察机关"]),
        ("(二)", ["监察机关"]),
        ("(一)", ["公安", "交通部门"]),
        ("(一)", ["建设", "规划", "城管部门"]),
    ]


def test_calls_in_items_run_into_one_line_past_quotes_closed_oddly_or_not_at_all() -> None:
    ledger = parse_text(
        "春运交通平安管理实施方案\n"
        "禁止群众携带“三品〞和各种危险物品上车。5、各村、各单位要积极配合农机、公路部门,坚决打击和杜绝“黑车〞"
        "载客营运;要组织人员深入村组宣讲平安常识。6、各村、各单位要严厉打击客车超载、超速违法行为,凡发现超载运行的客车,"
        "要及时上报相关部门。7、各站所要落实“谁主管谁负责的要求,做好春运期间的安全检查工作。\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("各村、各单位", ["各村", "各单位"]),  # the item's number run into the line is no text of it
        ("各村、各单位", ["各村", "各单位"]),
        ("各站所要落实", ["各站所"]),  # a quote never closed
    ]
