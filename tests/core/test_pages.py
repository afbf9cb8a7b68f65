"""What copying sites and government pages set into a document's text: page numbers, banners, disclosure fields."""

from __future__ import annotations

from greenpolicy.core import parse_text

SHARED_COPY = (
    "《市改善空气质量工作方案.docx》由会员分享,可在线阅读,更多相关《市改善空气质量工作方案.docx(15页珍藏版)》请在文库网上搜索。\n"
    "1、市改善空气质量工作方案\n"
    "(一)做好重污染天气应对。加强空气质量监测和预测预报,科学开展人工增雨作业。夯实重\n"
    "2、污染天气应急减排,细化应急减排措施。(责任单位:市生态环境局)\n"
    "(二)积极开展燃煤锅炉整治。\n"
    "3、推进燃煤锅炉清洁能源改造。(责任单位:市发改委)\n"
)


def test_a_sharing_sites_page_numbers_are_dropped_and_a_page_broken_in_a_sentence_goes_on() -> None:
    ledger = parse_text(SHARED_COPY)
    assert [(t.number, t.text) for t in ledger.tasks] == [
        (
            "(一)",
            "加强空气质量监测和预测预报,科学开展人工增雨作业。夯实重污染天气应急减排,细化应急减排措施。",
        ),
        ("(二)", "推进燃煤锅炉清洁能源改造。"),
    ]


def test_a_page_broken_inside_a_name_goes_on_past_the_empty_lines_before_it() -> None:
    ledger = parse_text(
        "《县土壤污染防治计划》由会员分享,可在线阅读,更多相关《县土壤污染防治计划(8页珍藏版)》请在金锄头文库上搜索。\n\n"
        "1、县土壤污染防治计划(一)配合建设土壤环境质量监测网络。配合省、市完成监测点位设置。"
        "(县生态环境局牵头,县发改局、县\n\n\n"
        "2、林业局等参与,各镇(办、中心)落实)\n"
    )
    (task,) = ledger.tasks
    assert [d.name for d in task.departments] == ["县生态环境局", "县发改局", "县林业局", "各镇(办、中心)"]


def test_the_first_page_opening_the_document_with_a_heading_of_its_own_starts_the_pages() -> None:
    ledger = parse_text(
        "1、三、职责分工\n(一)镇党政办:负责发布信息和宣传相关救灾新闻报道,做好\n2、灾情统计。\n(二)派出所:负责灾区治安管理。\n"
    )
    assert [t.text for t in ledger.tasks] == [
        "负责发布信息和宣传相关救灾新闻报道,做好灾情统计。",
        "负责灾区治安管理。",
    ]


def test_numbered_items_of_a_document_are_no_pages() -> None:
    ledger = parse_text(
        "为做好创建工作,制定本方案。\n1、加强组织领导\n成立工作专班。(责任单位:县委办)\n2、强化督查考核\n定期通报进展。(责任单位:县督查室)\n"
    )
    assert [(t.number, t.section_path) for t in ledger.tasks] == [
        ("1", ("1、加强组织领导",)),
        ("2", ("2、强化督查考核",)),
    ]


def test_a_banner_a_news_mirror_sets_before_its_paragraphs_is_dropped() -> None:
    banner = "【时政|国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见】"
    ledger = parse_text(
        f"{banner}一、持续提升投资建设便利度\n"
        "(一)优化再造投资项目前期审批流程。从办成项目前期“一件事”出发,健全部门协同工作机制。"
        "(国家发展改革委牵头,国务院相关部门及各地区按职责分工负责)\n"
        f"{banner}(二)进一步"
    )
    rows = [(t.number, t.section_path[:1], t.text, t.incomplete) for t in ledger.tasks]
    assert rows == [
        ("(一)", ("一、持续提升投资建设便利度",), "从办成项目前期“一件事”出发,健全部门协同工作机制。", False),
        ("(二)", ("一、持续提升投资建设便利度",), "进一步", True),
    ]


def test_a_field_name_opening_items_is_no_banner() -> None:
    ledger = parse_text(
        "1.推进垃圾分类。\n【目标任务】建成生活垃圾分类处理系统。(市城市管理局负责)\n"
        "2.推进节水。\n【目标任务】建成节水型城市。(市水利局负责)\n"
    )
    assert [t.text for t in ledger.tasks] == ["建成生活垃圾分类处理系统。", "建成节水型城市。"]


def test_a_journals_running_heads_are_no_text_and_give_the_reprinted_documents_issuer_and_title() -> None:
    ledger = parse_text(
        "2023 年 3 月 第 1 期            健康中国行动推进委员会办公室:健康中国行动2023年工作要点            3\n"
        "              范意识和防护能力。(国家卫生健康委、国家中医药局按职责分工负责)\n"
        "                  (四) 持续推进健康中国行动宣讲员队伍建设。(健康中国行动推进办负责)\n"
        "4      健康中国行动推进委员会办公室:健康中国行动2023年工作要点      2023 年 3 月 第 1 期\n"
        "                  (五) 举办健康中国行动知行大赛家庭专场活动。(健康中国行动推进办负责)\n"
    )
    assert (ledger.title, ledger.issuers) == ("健康中国行动2023年工作要点", ("健康中国行动推进委员会办公室",))
    assert [task.text for task in ledger.tasks] == [
        "范意识和防护能力。",
        "持续推进健康中国行动宣讲员队伍建设。",
        "举办健康中国行动知行大赛家庭专场活动。",
    ]


def test_the_unit_a_disclosure_page_names_responsible_for_it_is_charged_with_no_work() -> None:
    ledger = parse_text(
        "索 引 号:\n640501039/2022-00106\n文  号:\n发布机构:\n中卫市粮食和物资储备局\n责任部门:\n市粮食和物资储备局\n"
        "有 效 性:\n有效\n生成日期:\n2022年06月20日\n标  题:\n中卫市召开夏粮收购工作座谈会\n"
        "中卫市召开夏粮收购工作座谈会\n会议要求,中宁县粮食和储备局要积极和产粮乡镇对接,做好收购准备。\n"
    )
    assert [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("中宁县粮食和", ["中宁县粮食和储备局"])
    ]
