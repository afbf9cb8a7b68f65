"""Metadata read from the head and signature of a document."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from greenpolicy.core import parse_path
from greenpolicy.core.parsing.metadata import normalize_doc_number, parse_date, read_metadata


@pytest.mark.parametrize(
    "written",
    [
        "渝发改资环〔2020〕1891号",
        "渝发改资环[2020]1891号",
        "渝发改资环［2020］1891号",
        "渝发改资环(2020)1891号",
        "渝发改资环（2020）1891号",
    ],
)
def test_doc_number_brackets_are_normalised(written: str) -> None:
    assert normalize_doc_number(written) == "渝发改资环〔2020〕1891号"
    metadata = read_metadata(["关于做好绿色采购工作的通知", written, "各区县（自治县）人民政府："])
    assert metadata.doc_number == "渝发改资环〔2020〕1891号"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2020年12月10日", date(2020, 12, 10)),
        ("二〇二〇年十二月十日", date(2020, 12, 10)),
        ("二〇二一年三月二十一日", date(2021, 3, 21)),
    ],
)
def test_dates_in_arabic_and_chinese_numerals(written: str, expected: date) -> None:
    assert parse_date(written) == expected


def test_title_from_the_publishing_notice_spanning_two_lines() -> None:
    metadata = read_metadata(
        ["印发《关于加快建立绿色生产和消费法规", "政策体系的实施意见》的通知", "渝发改资环〔2020〕1891号"]
    )
    assert metadata.title == "关于加快建立绿色生产和消费法规政策体系的实施意见"


def test_title_split_over_two_lines_and_issuer_from_signature() -> None:
    lines = [
        "国务院办公厅关于应对新冠肺炎疫情影响",
        "强化稳就业举措的实施意见",
        "国办发〔2020〕6号",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "为深入贯彻……现提出如下意见：",
        "国务院办公厅",
        "2020年3月18日",
    ]
    metadata = read_metadata(lines)
    assert metadata.title == "国务院办公厅关于应对新冠肺炎疫情影响强化稳就业举措的实施意见"
    assert metadata.issuers == ("国务院办公厅",)
    assert metadata.date == date(2020, 3, 18)
    assert metadata.recipients == ("各省、自治区、直辖市人民政府", "国务院各部委", "各直属机构")


def test_web_page_chrome_is_skipped_and_its_source_field_names_the_issuer() -> None:
    lines = [
        "当前位置:首页",
        ">> 专题专栏 >> 归档专题",
        "市政府工作报告重点工作责任分解(2023年)",
        "时间:2023-07-11 17:01 浏览次数: 信息来源: 丽水市政府",
        "一、全市经济社会发展主要预期目标",
    ]
    metadata = read_metadata(lines)
    assert metadata.title == "市政府工作报告重点工作责任分解(2023年)"
    assert metadata.issuers == ("丽水市人民政府",)
    assert metadata.date is None  # the posting time is not the document's date


def test_implemented_document_is_read_from_the_preamble_only() -> None:
    lines = [
        "关于加快建立绿色生产和消费法规政策体系的实施意见",
        "根据国家发展改革委、司法部《关于加快建立绿色生产和消费法规政策体系的意见》（发改资环〔2020〕379号），结合我市实际。",
        "一、主要任务",
        "（一）落实制度。出台《重庆市报废机动车回收管理实施办法》。（市商务委负责）",
    ]
    metadata = read_metadata(lines)
    assert [(c.title, c.doc_number) for c in metadata.implements] == [
        ("关于加快建立绿色生产和消费法规政策体系的意见", "发改资环〔2020〕379号")
    ]


def test_title_quoted_inside_the_published_title_gets_its_own_marks_back() -> None:
    lines = [
        "关于印发《绵阳市落实〈四川省“十四五”节能减排综合工作方案〉任务分工方案》的通知",
        "绵府办函〔2022〕96号",
    ]
    assert read_metadata(lines).title == "绵阳市落实《四川省“十四五”节能减排综合工作方案》任务分工方案"


def test_title_of_a_notice_publishing_a_document_without_title_marks() -> None:
    lines = [
        "金华市人民政府办公室关于印发金华市工业领域节能降碳行动方案(2022—2025年)的通知",
        "金政办发〔2022〕31号",
    ]
    assert read_metadata(lines).title == "金华市工业领域节能降碳行动方案(2022—2025年)"


def test_a_publishing_notice_cited_in_the_preamble_is_not_the_title() -> None:
    lines = [
        "潮州市打赢蓝天保卫战实施方案(2019-2020年)",
        "为落实《广东省人民政府关于印发<广东省打赢蓝天保卫战实施方案(2018-2020年)>的通知》"
        "(粤府〔2018〕128号)部署要求，制定本实施方案。",
    ]
    assert read_metadata(lines).title == "潮州市打赢蓝天保卫战实施方案(2019-2020年)"


def test_a_bare_published_title_may_quote_another_document() -> None:
    lines = [
        "重庆市江津区人民政府",
        "关于印发2023年《政府工作报告》目标任务分解方案的通知",
        "各镇人民政府、街道办事处，区政府各部门，有关单位：",
    ]
    metadata = read_metadata(lines)
    assert metadata.title == "2023年《政府工作报告》目标任务分解方案"
    assert metadata.issuers == ("重庆市江津区人民政府",)  # no signature: the notice's heading names it


def test_doc_number_from_a_header_laid_out_as_a_table() -> None:
    lines = [
        "区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知",
        "索 引 号 MB1534522/2023-05475 发文日期 2023-01-03",
        "发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号",
    ]
    metadata = read_metadata(lines)
    assert metadata.doc_number == "蔡政办〔2023〕1号"
    assert metadata.title == "2023年区《政府工作报告》确定的主要目标任务责任分解方案"


def test_a_header_saying_there_is_no_number_gives_none() -> None:
    lines = ["有效性: | 有效 | 发文字号 | 无文号 |", "关于印发2023年创建工作推进方案的通知"]
    assert read_metadata(lines).doc_number is None


def test_the_notice_body_names_the_document_it_forwards() -> None:
    lines = [
        "苍南县人民政府印发关于推动经济高质量发展若干政策的通知",
        "苍政发〔2023〕22号",
        "各乡镇人民政府，县直属各单位：",
        "《关于推动经济高质量发展的若干政策》已经县政府常务会议研究同意，现印发给你们，请认真组织实施。",
    ]
    metadata = read_metadata(lines)
    assert metadata.title == "关于推动经济高质量发展的若干政策"
    assert metadata.issuers == ("苍南县人民政府",)


def test_issuers_on_the_lines_above_the_heading_when_there_is_no_signature() -> None:
    lines = [
        "重庆市发展和改革委员会",
        "重庆市司法局",
        "印发《关于加快建立绿色生产和消费法规",
        "政策体系的实施意见》的通知",
        "渝发改资环〔2020〕1891号",
    ]
    metadata = read_metadata(lines)
    assert metadata.title == "关于加快建立绿色生产和消费法规政策体系的实施意见"
    assert metadata.issuers == ("重庆市发展和改革委员会", "重庆市司法局")


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (["600字范文 > 湖南省人民政府关于落实重点工作部门分工的意见"], "湖南省人民政府关于落实重点工作部门分工的意见"),
        (
            ["湖南省人民政府关于落实重点工作部门分工的意见-湖南省人民政府门户网站", "湖南省人民政府关于落实重点工作部门分工的意见"],
            "湖南省人民政府关于落实重点工作部门分工的意见",
        ),
        (
            ["鲁政办字〔2015〕46号 山东省人民政府办公厅关于落实重点工作", "时间:2015-04-12 10:32:00",
             "山东省人民政府办公厅关于落实重点工作部门分工的意见"],
            "山东省人民政府办公厅关于落实重点工作部门分工的意见",
        ),
        (["陕西政府工作报告部门分工确定", "13.03.2015  07:51", "记者昨日获悉，省政府就落实报告作出分工。"],
         "陕西政府工作报告部门分工确定"),
        (["2021年生活垃圾分类工作实施方案.doc格式:doc   大小:21KB   页数:10页"], "2021年生活垃圾分类工作实施方案"),
        (["附件:1. 2019年目标任务分解表", "2. 2019年民生实事项目目标任务分解表"], "2019年目标任务分解表"),
        (["关于印发 《立山区政府2023年重点工作任务分解 和责任分工方案》的通知"], "立山区政府2023年重点工作任务分解和责任分工方案"),
        (
            ["县人民政府办公室关于对县《政府工作报告》确定的", "2021年重点工作及市《政府工作报告》", "涉及嘉鱼的重点事项",
             "进行责任分解的通知"],
            "县人民政府办公室关于对县《政府工作报告》确定的2021年重点工作及市《政府工作报告》涉及嘉鱼的重点事项进行责任分解的通知",
        ),
    ],
)  # fmt: skip
def test_a_title_line_without_what_a_web_page_writes_around_it(head: list[str], title: str) -> None:
    assert read_metadata(head).title == title


def test_the_state_council_issues_what_its_title_says_and_a_published_number_field() -> None:
    metadata = read_metadata(
        ["国务院关于落实《政府工作报告》重点工作部门分工的意见", "发布文号 | 国发〔2020〕6号 |"]
    )
    assert metadata.issuers == ("国务院",)
    assert metadata.doc_number == "国发〔2020〕6号"


def test_two_issuers_signed_on_one_line() -> None:
    metadata = read_metadata(
        ["各乡镇党委、政府：", "现印发给你们。", "中共嵊泗县委办公室  嵊泗县人民政府办公室", "2021年9月16日"]
    )
    assert metadata.issuers == ("中共嵊泗县委办公室", "嵊泗县人民政府办公室")


def test_an_information_header_flattened_with_pipes() -> None:
    metadata = read_metadata(
        ["索引号 | 000330185/2022-83945 | 公开方式 | 主动公开 |", "发布单位 | 区政府 | 发文日期 | 2022-07-14 |",
         "2022年区政府民生实事项目进展情况表(截至9月底)"]
    )  # fmt: skip
    assert metadata.issuers == ("区人民政府",)
    assert metadata.date == date(2022, 7, 14)
    assert metadata.title == "2022年区政府民生实事项目进展情况表(截至9月底)"


def test_joint_issuers_signing_two_a_line_over_many_lines() -> None:
    names = ["生态环境部", "发展改革委", "工业和信息化部", "公安部", "财政部", "住房城乡建设部", "交通运输部", "商务部",
             "市场监管总局", "能源局", "上海市人民政府", "江苏省人民政府", "浙江省人民政府", "安徽省人民政府"]  # fmt: skip
    signature = [f"{first} {second}" for first, second in zip(names[::2], names[1::2], strict=True)]
    metadata = read_metadata(
        ["长三角地区秋冬季大气污染综合治理攻坚行动方案", "现印发给你们。", *signature, "2020年10月30日"]
    )
    assert metadata.issuers == tuple(names)


def test_joint_issuers_set_apart_by_spaces_before_the_title() -> None:
    metadata = read_metadata(
        ["成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 关于印发实施方案的通知"]
    )
    assert metadata.issuers == ("成都市发展和改革委员会", "中共成都市委社会工作部", "成都市规划和自然资源局")


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (["市住建局召开全市老旧小区改造项目推进会", "来源:市住房和城乡建设局 时间:2022-03-01 16:47",
          "为贯彻落实城乡品质提升攻坚战役推进会议精神,受王冬局长委托,2月28日下午召开推进会。"],
         "市住建局召开全市老旧小区改造项目推进会"),
        (["资讯频道", "博白:多部门协作联动构建校园安全屏障", "2013-04-01 15:03   评论(0)",
          "为切实加强校园安全工作,县教育局会同公安、交通等部门开展联合整治。"], "博白:多部门协作联动构建校园安全屏障"),
        (["区政府召开第9次常务会议     张海文主持", "1月29日,区长张海文主持召开区政府第9次常务会议,研究交通执法等事项。"],
         "区政府召开第9次常务会议"),
        (["XX镇信访工作十项长效机制", "xx县信访工作长效机制", "为全面贯彻落实科学发展观,进一步做好我县信访工作,根据有关规定。"],
         "xx县信访工作长效机制"),
        (["中国体育彩票APP下载", "十大文明行动 助力全国文明城市创建常态化【新闻发布会】", "发布时间:2022-06-27",
          "6月27日上午,市政府新闻办召开新闻发布会,介绍十大文明行动有关情况。"],
         "十大文明行动 助力全国文明城市创建常态化【新闻发布会】"),
        # no headline: a table's header, names, a unit's label, a site's name, a time, before the prose
        (["序号 涉及部门 职责分工", "1", "市教育局", "负责学校食堂食品安全监督管理,指导学校落实主体责任。"], None),
        (["我省推行“谁执法谁普法”责任制", "26.07.2015 11:33", "本文来源: 人民政府",
          "《意见》从法治宣传工作体制机制、普法责任划分、五大重点对象普法等方面作出规定。"], "我省推行“谁执法谁普法”责任制"),
        (["张一帆 文宇", "03-31 21:39", "国务院办公厅日前印发指导意见,部署建立健全涉企收费长效监管机制。"], None),
        (["规划、建设等部门负责指导区级相关部门开展工作;", "质监部门按其职责做好电梯管理工作;"], None),  # clauses
        (["牵头单位:市监察局", "政府采购信息网", "各地区、各部门要按照职责分工,认真落实各项工作任务,确保取得实效。"], None),
        (["组织开展特色活动", "短句", "(一)举办健康中国行动知行大赛家庭专场活动。(健康中国行动推进办负责)"], "组织开展特色活动"),
    ],
)  # fmt: skip
def test_a_news_headline_is_the_title_where_no_line_names_a_kind_of_document(
    head: list[str], title: str | None
) -> None:
    assert read_metadata(head).title == title


def test_a_running_head_names_the_title_before_a_headline() -> None:
    head = ["组织开展特色活动", "(一)举办健康中国行动知行大赛家庭专场活动。(健康中国行动推进办负责)"]
    metadata = read_metadata(head, running_head="健康中国行动推进委员会办公室:健康中国行动2023年工作要点")
    assert metadata.title == "健康中国行动2023年工作要点"


@pytest.mark.parametrize(
    ("head", "title", "number", "issuers"),
    [
        (  # a labelled row holding two fields, and a page's short form beside the heading's full name
            ["名称: 泾县人民政府关于分解落实政府工作报告目标任务的通知 文号: 泾政〔2023〕1号",
             "发布机构: 泾县人民政府(办公室)"],
            "泾县人民政府关于分解落实政府工作报告目标任务的通知", "泾政〔2023〕1号", ("泾县人民政府",),
        ),
        (  # fields in a piped table, their labels closed by colons
            ["标 题: | 亳州市谯城区人民政府办公室关于印发2020年重点工作任务分解表的通知 | ||",
             "发布机构: | 谯城区政府(办公室) | 主题分类: | 综合政务 |"],
            "2020年重点工作任务分解表", None, ("亳州市谯城区人民政府办公室",),
        ),
        (  # 【label】value
            ["∙【制定机关】武汉市人民政府办公厅", "∙【发文字号】武政办〔2020〕1号", "2020年主要目标任务责任分解方案"],
            "2020年主要目标任务责任分解方案", "武政办〔2020〕1号", ("武汉市人民政府办公厅",),
        ),
        (  # the number in brackets after the heading; a field naming the place before one that does not
            ["2021年县政府重点工作任务(华政发〔2021〕2号)", "• 发布机构:县人民政府办公室", "来源:华容县政府   2021-03-23 10:56"],
            "2021年县政府重点工作任务", "华政发〔2021〕2号", ("华容县人民政府",),
        ),
        (  # a window title: the number, then the title in 《》
            ["鲁政发〔2014〕20号《山东省人民政府关于深化预算管理制度改革的实施意见》"],
            "山东省人民政府关于深化预算管理制度改革的实施意见", "鲁政发〔2014〕20号", ("山东省人民政府",),
        ),
        (["返回顶部", "镇巴县人民政府工作规则"], "镇巴县人民政府工作规则", None, ()),
        (  # a line wrap's space inside the title
            ["县人民政府关于分解落实 2022年县政府重点工作任务的通知", "发文单位: 通山县人民政府"],
            "县人民政府关于分解落实2022年县政府重点工作任务的通知", None, ("通山县人民政府",),
        ),
        (  # a 文件编号 field; a 标题 label spaced out; a 文 号 field written on after the previous one
            ["- 文件编号:海政办发〔2023〕2号", "标  题: 海曙区人民政府办公室关于印发责任分解的通知"],
            "责任分解", "海政办发〔2023〕2号", ("海曙区人民政府办公室",),
        ),
        (  # a title field holding the number before the title, and the title's line wraps
            ["文 号: | 临工管发〔2015〕7号 | 发文日期: | 2017-10-18 17:05:00 |",
             "文件标题: | 临工管发〔2015〕7号 临沧工业园区管理委员会关于设立临沧 工业园区管委会招商引资项目 推进办公室的通知 |"],
            "临沧工业园区管理委员会关于设立临沧工业园区管委会招商引资项目推进办公室的通知", "临工管发〔2015〕7号",
            ("临沧工业园区管理委员会",),
        ),
        (
            ["类 别:其他经济法规文 号:甘政办发[2016]112号颁发日期:2016-07-22"], None, "甘政办发〔2016〕112号", (),
        ),
    ],
)  # fmt: skip
def test_information_fields_and_headings_of_web_pages(
    head: list[str], title: str, number: str | None, issuers: tuple[str, ...]
) -> None:
    metadata = read_metadata(head)
    assert (metadata.title, metadata.doc_number, metadata.issuers) == (title, number, issuers)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (["江浦路街道2023年工作要点 2023-03-30", "江浦路街道2023年工作要点"], "江浦路街道2023年工作要点"),
        (["中央生态环境保护督察回头看反馈意见", "上传人:Sc****h 文档编号:130947064", "中央生态环境保护督察回头看反馈意见_第1页"],
         "中央生态环境保护督察回头看反馈意见"),
        (["各县区人民政府：", "现将 《菏泽市分工落实方案》(以下简称 《方案》)印发给你们，请认真贯彻落实。"], "菏泽市分工落实方案"),
        (["各区人民政府：", "现将《关于加快推进绿色低碳发展的实施意见》印发，请认真贯彻执行。"], "关于加快推进绿色低碳发展的实施意见"),
        (["局机关各科室:", "现将《中山市医疗保障局2022年政务公开工作要点分工方案》印发你们,请认真贯彻执行。", "中山市医疗保障局",
          "2022年8月10日", "中山市医疗保障局贯彻落实国务院办公厅", "2022年政务公开工作要点分工方案"],
         "中山市医疗保障局2022年政务公开工作要点分工方案"),
        (["首 页 | 走进财政 | 公告公示 | 财政新闻 | 政策法规", "张家口财政- 您现在的位置: 张家口财政 > 走进财政 > 工作制度",
          "走进财政", "工作制度", "张家口市财政局关于贯彻落实“八项规定”的实施办法"],
         "张家口市财政局关于贯彻落实“八项规定”的实施办法"),
        (["美章网 资料文库 镇村项目攻坚月活动工作意见范文", "镇村项目攻坚月活动工作意见范文", "镇村项目攻坚月活动工作意见"],
         "镇村项目攻坚月活动工作意见"),
        (["区政府各部门：", "《2023年重点工作责任分解》《2023年民生实事项目责任分解》已经区政府常务会议审议通过，现印发给你们。"],
         "2023年重点工作责任分解"),
        (["泗洲头镇2024年度重点工作计划二季度执行情况", "序号", "重点工作", "责任"], "泗洲头镇2024年度重点工作计划二季度执行情况"),
        (["具体任务", "全面落实疫情防控措施，守好疫情防线。", "责任单位"], None),
        (["某县整治方案", "一、整治范围"], "某县整治方案"),
        (["2024年重点工作目标任务分解表", "附件", "2024年重点工作目标任务分解表"], "2024年重点工作目标任务分解表"),
        (["【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知"],
         "滁州市人民政府关于2020年市政府重点工作及责任分解的通知"),
        (["2022年度省政府民生实事项目完成情况", "2.2022年度温州市级民生实事项目完成情况"], "2022年度省政府民生实事项目完成情况"),
        (["2023年区政府重点民生实事项目推进情况(1-11月)", "序号 |"], "2023年区政府重点民生实事项目推进情况(1-11月)"),
        (["农业农村局2023年11月承担政府重点工作完成情况", "发布时间:2023-12-14 11:30"], "农业农村局2023年11月承担政府重点工作完成情况"),
    ],
)  # fmt: skip
def test_titles_a_page_dates_repeats_or_forwards(head: list[str], title: str | None) -> None:
    assert read_metadata(head).title == title


@pytest.mark.parametrize(
    "line",
    [
        "发布时间:2024-03-28 09:33信息来源: 芜湖市教育局阅读次数:编辑:倪雪梅 字体:【",
        "浏览次数:信息来源: 芜湖市教育局发布时间:2024-12-11 10:36",
    ],
)
def test_a_source_field_written_on_into_the_next_chrome_field(line: str) -> None:
    assert read_metadata([line]).issuers == ("芜湖市教育局",)


def test_a_number_with_a_space_in_an_index_line_and_a_page_label_before_the_title() -> None:
    metadata = read_metadata(
        [
            "索引号 113325000026455663/2017-12226 文号 丽政办发〔2017〕 120号",
            "政策解读:广元市安全生产治本攻坚三年行动方案",
        ]
    )
    assert (metadata.doc_number, metadata.title) == (
        "丽政办发〔2017〕120号",
        "广元市安全生产治本攻坚三年行动方案",
    )


def test_a_news_columns_name_before_the_title_is_no_part_of_it() -> None:
    metadata = read_metadata(
        ["时政|国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见", "来源:中国政府网"]
    )
    assert metadata.title == "国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见"


@pytest.mark.parametrize(
    "line", ["成文日期 2021-04-20 废止日期", "发文日期: 2021-04-20 发布日期: 2021-04-28"]
)
def test_a_date_field_spaced_or_named_for_issue(line: str) -> None:
    assert read_metadata([line]).date == date(2021, 4, 20)


def test_empty_fields_of_an_information_header_are_empty_and_a_record_date_dates_the_document() -> None:
    metadata = read_metadata(
        ["索 引 号: | 000014349/2023-91150 | 信息分类: | |", "发布机构: | 生成日期: | 2022-12-02 08:54:33 | |",
         "文 号: | 六盘水府办发〔2022〕10号 | 是否有效: | |", "六盘水市新型基础设施建设三年行动方案(2022—2024年)"]
    )  # fmt: skip
    assert (metadata.doc_number, metadata.issuers, metadata.date) == (
        "六盘水府办发〔2022〕10号",
        (),
        date(2022, 12, 2),
    )
    unsigned = read_metadata(
        ["名称: 2023年重点工作责任清单进展情况汇总表 文号:", "成文日期: 发布日期: 2024-01-04"]
    )
    assert unsigned.date is None


def test_a_source_field_in_brackets() -> None:
    metadata = read_metadata(["亳州市人大常委会2018年立法计划", "一、实施类项目", "(来源:亳州市人大常委会)"])
    assert metadata.issuers == ("亳州市人大常委会",)


@pytest.mark.parametrize("site", ["中国政府网", "中国新闻网", "网络", "人民日报", "新华社"])
def test_a_source_field_naming_the_site_or_paper_that_carried_it_names_no_issuer(site: str) -> None:
    metadata = read_metadata(
        ["姚安县召开永久基本农田划定工作领导小组会议", f"来源:{site} 作者:张晓燕 日期:2016-07-03"]
    )
    assert metadata.issuers == ()


def test_minutes_are_titled_by_their_heading_never_by_a_sentence_citing_a_document() -> None:
    metadata = read_metadata(
        [
            "政府常务会议",
            "2023年第10次常务会议纪要",
            "2023年第10常务会议纪要",  # the page repeats its heading
            "会议要求,要抓好工作连贯性。区教育局要把《昆都仑区关于全面打造教育高质量发展新高地的实施意见》与1",
        ]
    )
    assert metadata.title == "2023年第10次常务会议纪要"
    cut = read_metadata(
        ["会议要求,要抓好工作连贯性。区教育局要把《关于全面打造教育高质量发展新高地的实施意见》与"]
    )
    assert cut.title is None


def test_a_title_takes_neither_the_publishers_line_nor_a_posting_date_under_it() -> None:
    metadata = read_metadata(
        ["11330700002592214N/2023-02270", "金华市住房和城乡建设局2022年度重大行政决策事项完成情况", "金华市建设局",
         "2023-02-09", "主动公开"]
    )  # fmt: skip
    assert metadata.title == "金华市住房和城乡建设局2022年度重大行政决策事项完成情况"


def test_a_red_header_names_the_issuer_and_a_title_line_ending_on_a_joining_word_goes_on() -> None:
    metadata = read_metadata(
        [
            "全国打击侵犯知识产权和制售 假冒伪劣商品工作领导小组 文件",
            "— 1 —",
            "2022年全国打击侵犯知识产权和",
            "制售假冒伪劣商品工作要点",
            "做好2022年全国打击侵犯知识产权和制售假冒伪劣商品工",
        ]
    )
    assert metadata.title == "2022年全国打击侵犯知识产权和制售假冒伪劣商品工作要点"
    assert metadata.issuers == ("全国打击侵犯知识产权和制售假冒伪劣商品工作领导小组",)


def test_a_joint_red_header_names_each_issuer() -> None:
    metadata = read_metadata(["中共某某县委 某某县人民政府 文件", "关于加快乡村振兴的实施意见", "各乡镇："])
    assert metadata.issuers == ("中共某某县委", "某某县人民政府")


def test_a_news_headline_that_says_who_published_the_document() -> None:
    assert read_metadata(["临汾市政府印发临汾市水污染防治2018年行动计划", "一、工作目标"]).title == (
        "临汾市水污染防治2018年行动计划"
    )
    assert read_metadata(["上海印发2022年上海市打击侵犯知识产权和制售假冒伪劣商品工作要点"]).title == (
        "2022年上海市打击侵犯知识产权和制售假冒伪劣商品工作要点"
    )


def test_a_title_with_the_header_of_its_table_run_on() -> None:
    metadata = read_metadata(["2024年一季度重点工作完成情况序号重点工作牵头责任单位一季度工作进展"])
    assert metadata.title == "2024年一季度重点工作完成情况"


def test_a_title_the_body_runs_on_from() -> None:
    metadata = read_metadata(
        [
            "推进X县电动自行车治理工作的通知为进一步推进我县电动自行车管理,维护道路交通秩序,预防和减少交通事故,现将有关事项通知如下。一、工作目标"
        ]
    )
    assert metadata.title == "推进X县电动自行车治理工作的通知"


def test_a_title_and_its_number_a_page_runs_together_with_the_body() -> None:
    metadata = read_metadata(
        [
            "河南省人民政府 关于明确政府工作报告提出的2023年 重点工作责任单位的通知 豫政〔2023〕5号 现将《政府工作报告》"
            "提出的2023年重点工作任务予以分解并明确责任单位。"
        ]
    )
    assert (metadata.title, metadata.doc_number, metadata.issuers) == (
        "河南省人民政府关于明确政府工作报告提出的2023年重点工作责任单位的通知",
        "豫政〔2023〕5号",
        ("河南省人民政府",),
    )


def test_a_serial_number_field_whose_serial_stands_apart_from_its_mark() -> None:
    lines = ["  • 发文单位:区政府办", "  • 发文序号:京兴政办发〔2023〕1 号", "  • 成文日期:2023年3月3日"]
    assert read_metadata(lines).doc_number == "京兴政办发〔2023〕1号"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("二〇〇八年二月二六日", date(2008, 2, 26)),
        ("二〇二〇年十二月十日", date(2020, 12, 10)),
        ("二〇〇八年十十月十日", None),
    ],
)
def test_a_date_in_chinese_numerals_digit_by_digit_or_malformed(written: str, expected: date | None) -> None:
    assert parse_date(written) == expected


def test_a_sentence_set_apart_by_half_width_commas_is_no_title() -> None:
    metadata = read_metadata(
        [
            "第三十八项问题已整改完成,并通过核查验收。",
            "一、整改问题",
            "如对该问题整改完成情况有异议,请在公示期间向市整改办反映",
        ]
    )
    assert metadata.title is None


def test_a_headline_leaves_out_the_id_of_the_poster(tmp_path: Path) -> None:
    # a post copied with its markup: read as a page, the poster's id under the headline joins its line
    page = tmp_path / "post.txt"
    page.write_text(
        "迁西县召开校园及周边治安综合治理工作会\n\n美友24252702\n\n<h3><b> 3月15日上午,迁西县委政法委组织召开"
        "校园及周边治安综合治理工作会。县检察院、公安局等部门负责同志参加会议。</b></h3><h3><b> 会上,相关部门"
        "进行了讨论。</b></h3>\n",
        encoding="utf-8",
    )
    assert parse_path(page).title == "迁西县召开校园及周边治安综合治理工作会"
