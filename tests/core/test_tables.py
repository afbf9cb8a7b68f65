"""Task tables: real ones, and the ways plain text flattens them."""

from __future__ import annotations

from datetime import date

import pytest

from greenpolicy.core import parse_text
from greenpolicy.core.model import DeadlineKind, Role, TaskKind
from greenpolicy.core.parsing.columns import Column, column_of
from greenpolicy.core.parsing.short_rows import placed, starts_a_cell


def test_header_names_map_to_columns_and_people_columns_are_not_units() -> None:
    assert column_of("责任清单") is Column.DEPARTMENTS  # 任务清单 | 责任清单 | 时限清单
    assert column_of("落实情况") is Column.OTHER
    assert column_of("重点任务") is Column.TASK
    assert column_of("完成时限") is Column.DEADLINE
    assert column_of("时间节点") is Column.DEADLINE
    assert column_of("牵头单位") is Column.LEAD
    assert column_of("配合单位") is Column.CO
    assert column_of("责任单位") is Column.DEPARTMENTS
    assert column_of("责任领导") is Column.OTHER
    assert column_of("牵头市领导") is Column.OTHER
    assert column_of("序号") is Column.NUMBER
    assert column_of("承办处室") is Column.DEPARTMENTS
    assert column_of("股室") is Column.DEPARTMENTS
    assert column_of("加快构建市场导向的绿色技术创新体系") is None


def test_tab_separated_rows_with_area_rows_carried_down() -> None:
    ledger = parse_text(
        "附件\n重点任务分工\n序号\t重点任务\t完成时限\t牵头单位\t配合单位\n"
        "一、推行绿色设计\n"
        "1\t完善绿色设计政策\t2021年底\t市经济信息委\t市发展改革委、市科技局\n"
        "2\t推进标准制修订\t持续推进\t市市场监管局\t\n"
        "二、强化清洁生产\n"
        "3\t制定审核实施方案\t2022年6月\t市生态环境局\t市发展改革委\n"
    )
    tasks = ledger.tasks
    assert [task.number for task in tasks] == ["1", "2", "3"]
    assert all(task.kind is TaskKind.KEY_TASK for task in tasks)
    assert [task.area for task in tasks] == ["推行绿色设计", "推行绿色设计", "强化清洁生产"]
    assert [(d.name, d.role) for d in tasks[0].departments] == [
        ("市经济信息委", Role.LEAD),
        ("市发展改革委", Role.CO),
        ("市科技局", Role.CO),
    ]
    assert [d.name for d in tasks[1].departments] == ["市市场监管局"]
    assert tasks[2].deadline.text == "2022年6月"


def test_pipe_cells_one_per_line_rows_by_header_width_and_leader_column_ignored() -> None:
    cells = ["序号", "重点工作", "责任领导", "责任单位", "完成时限"]
    rows = [
        ["1", "优化重点项目直通车工作机 制。", "叶林", "招商工作部、安商工作部", "全年"],
        ["2", "推动工业用地腾笼换鸟。", "马振明", "改革办", "全年"],
    ]
    text = "2025年开发区重点工作及责任清单\n" + "\n".join(
        f"{cell} |" for row in [cells, *rows] for cell in row
    )
    ledger = parse_text(text)
    assert [task.text for task in ledger.tasks] == ["优化重点项目直通车工作机 制。", "推动工业用地腾笼换鸟。"]
    assert [d.name for d in ledger.tasks[0].departments] == ["招商工作部", "安商工作部"]
    assert all("叶林" not in [d.name for d in task.departments] for task in ledger.tasks)
    assert ledger.tasks[0].deadline.text == "全年"


def test_space_separated_rows_without_deadline_column() -> None:
    ledger = parse_text(
        "工作任务    责任单位\n"
        "建立秸秆综合利用长效机制    市农业农村委、市发展改革委\n"
        "完善绿色物流建设支持政策    市交通局\n"
    )
    assert [task.text for task in ledger.tasks] == ["建立秸秆综合利用长效机制", "完善绿色物流建设支持政策"]
    assert ledger.tasks[1].lead is not None and ledger.tasks[1].lead.name == "市交通局"
    assert all(d.code != "missing_deadline" or d.level.value == "warning" for d in ledger.diagnostics)


def test_markdown_pipe_table_rows() -> None:
    ledger = parse_text(
        "| 序号 | 主要任务 | 时间节点 | 责任部门 |\n|---|---|---|---|\n| 1 | 推广绿色建材 | 2023年 | 市住房城乡建委 |\n"
    )
    assert len(ledger.tasks) == 1
    assert ledger.tasks[0].deadline.text == "2023年"
    assert ledger.tasks[0].number == "1"


def test_tasks_numbered_under_their_indicators_number_take_it_as_theirs() -> None:
    # the first rows of 赤壁市创建第四批湖北省公共文化服务体系示范区工作任务清单 (赤壁市文化和旅游局, 2022), as published
    ledger = parse_text(
        "一级指标 | 二级 指标 | 三级 指标 | 指标内容 | 任务分解 | 责任单位 | 完成时限 |\n"
        "一、公共文化服务体系建设 | (一)公共文化服务基础设施建设 | 1.科学布局图书馆、文化馆(站)、博物馆等公共文化设施。 | 按照“城区15分钟公共文化服务圈"
        "”“乡镇30分钟公共文化服务圈”的原则,建立上下联通、运行规范、服务优质、覆盖广泛的文化馆、图书馆总分馆体系,实现图书馆、文化馆分馆或服务点在乡镇(街道)基本全"
        "覆盖。具备条件的县市建有地方特色博物馆、非遗展示馆等。 | 1.1制定《赤壁市城乡公共文化服务体系规划》; | 市自规局 设计集团 | 2022年6月 |\n"
        "1.2绘制赤壁市公共文化服务设施布局图(要求:体现城区、乡镇(街道)、村(社区)构成全市文化服务圈); | 市民政局 市文旅局 市自规局 | 2022年11月 "
        "| ||||\n"
        "1.3建成文体中心群艺馆,并对外开放; | 市文旅局 城发集团 | 2022年10月 | ||||\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1.1", "制定《赤壁市", ["市自规局", "设计集团"]),
        ("1.2", "绘制赤壁市公", ["市民政局", "市文旅局", "市自规局"]),
        ("1.3", "建成文体中心", ["市文旅局", "城发集团"]),
    ]


def test_prose_after_a_cell_per_line_table_ends_it() -> None:
    table = "\t重点任务\n\t完成时限\n\t责任部门\n\n\t1.推进绿色标准体系建设\n\t持续推进\n\t市发展改革委\n\n"
    ledger = parse_text(table + "\n".join(["后记一", "后记二", "后记三", "后记四", "后记五"]))
    assert len(ledger.tasks) == 1
    assert not ledger.tasks[0].incomplete


def test_two_row_header_names_lead_and_co_columns() -> None:
    from greenpolicy.core.parsing.tables import read_task_table
    from greenpolicy.core.reading.blocks import Table

    table = Table(
        (
            ("序号", "重点任务", "完成时限", "责任单位", "责任单位"),
            ("序号", "重点任务", "完成时限", "牵头单位", "配合单位"),
            ("1", "完善标准", "2022年", "市市场监管局", "市发展改革委"),
        ),
        1,
    )
    task_table = read_task_table(table)
    assert task_table is not None
    assert task_table.columns[3:] == (Column.LEAD, Column.CO)
    assert task_table.rows == (("1", "完善标准", "2022年", "市市场监管局", "市发展改革委"),)


def test_empty_tab_cells_keep_the_columns_aligned() -> None:
    ledger = parse_text(
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
        "1\t安排中央预算内投资\t国家发展改革委\t\t持续推进\n"
        "2\t完善标准\t市场监管总局\t国家发展改革委\t2021年\n"
    )
    first, second = ledger.tasks
    assert [d.name for d in first.departments] == ["国家发展改革委"]
    assert first.deadline.text == "持续推进"
    assert [d.name for d in second.departments] == ["市场监管总局", "国家发展改革委"]


def test_rows_set_apart_by_single_spaces_under_a_spelled_out_header() -> None:
    ledger = parse_text(
        "2016年量化指标任务分工\n"
        "序号 工 作 任 务 牵头负责部门\n"
        "1 居民消费价格涨幅3%左右 发展改革委\n"
        "2 安排财政赤字2.18万亿元, 赤字率提高到3% 财政部\n"
        "3 再开工20项重大水利工程"
    )
    assert [(task.number, task.text) for task in ledger.tasks] == [
        ("1", "居民消费价格涨幅3%左右"),
        ("2", "安排财政赤字2.18万亿元, 赤字率提高到3%"),
        ("3", "再开工20项重大水利工程"),
    ]
    assert [[d.name for d in task.departments] for task in ledger.tasks] == [["发展改革委"], ["财政部"], []]
    assert ledger.tasks[2].incomplete


def test_a_dash_in_a_unit_cell_names_no_department() -> None:
    ledger = parse_text(
        "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t推进节能改造\t市发展改革委\t—\t2023年底\n"
    )
    assert [d.name for d in ledger.tasks[0].departments] == ["市发展改革委"]
    assert not any(d.code == "doubtful_department" for d in ledger.diagnostics)


def test_pipe_cells_one_per_line_survive_a_final_line_break() -> None:
    cells = ["序号", "重点工作", "责任单位", "完成时限", "1", "优化营商环境。", "招商工作部", "全年"]
    cells += ["2", "推动工业用地腾笼换鸟。", "改革办", "全年"]
    ledger = parse_text("\n".join(f"{cell} |" for cell in cells) + "\n")
    assert [task.number for task in ledger.tasks] == ["1", "2"]
    assert [d.name for d in ledger.tasks[1].departments] == ["改革办"]


def _double_spaced(*lines: str) -> str:
    """A page as web pages give it: an empty line between every two lines, table cells included."""
    return "\n\n".join(lines) + "\n"


def test_cells_one_per_line_on_a_double_spaced_page() -> None:
    ledger = parse_text(
        _double_spaced(
            "2023年政府工作报告重点工作责任分解",
            "序号", "主 要 工 作 任 务", "责任单位",
            "1", "地区生产总值增长6%左右。", "市发展改革委",
            "2", "研发投入强度达到3.",
        )
    )  # fmt: skip
    assert [task.text for task in ledger.tasks] == ["地区生产总值增长6%左右。", "研发投入强度达到3."]
    assert [d.name for d in ledger.tasks[0].departments] == ["市发展改革委"]
    assert ledger.tasks[1].incomplete


def test_a_table_of_duties_each_row_opening_with_its_unit_ends_at_a_row_that_does_not() -> None:
    ledger = parse_text(
        _double_spaced(
            "管理事项 中考、高考保障",
            "相关部门", "职责分工",
            "区公安分局", "维护考点周边安全、试卷运送保管安全保障。",
            "区卫计委", "考点及相关医院医疗服务、高考体检保障。",
            "相关依据 相关依据", "《关于召开全国普通高校招生考试安全工作电视电话会议的通知》。",
            "高考前夕,区政府牵头召开联席会议,区教育局负责组织考点学校做好考务人员培训工作。",
        )
    )  # fmt: skip
    rows = [(t.kind.value, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("key_task", "维护考点周边", ["区公安分局"]),
        ("key_task", "考点及相关医", ["区卫计委"]),
    ]


def test_a_header_on_one_line_over_numbered_rows_one_cell_a_line_ending_before_a_section() -> None:
    ledger = parse_text(
        "中小学校食品安全管理\n序号 涉及部门 职责分工\n"
        "1\n市教育局\n负责校园食品安全管理工作。指导监督学校落实食品安全主体责任。\n"
        "2\n市市场监督管理局\n负责学校集中用餐食品安全的监督管理。\n"
        "3\n市卫生健康委\n负责组织开展校园食品安全风险监测。\n\n"
        "相关依据:\n\n1.《学校食品安全与营养健康管理规定》\n"
    )
    rows = [(t.number, [d.name for d in t.departments], t.text[:6]) for t in ledger.tasks]
    assert rows == [
        ("1", ["市教育局"], "负责校园食品"),
        ("2", ["市市场监督管理局"], "负责学校集中"),
        ("3", ["市卫生健康委"], "负责组织开展"),
    ]


def test_runs_of_numbered_items_each_closed_by_their_units_cell() -> None:
    # a group cell over its items, the items of a row one a line, the units' cell after them; the page stops
    # in the closing words of the last units' cell
    ledger = parse_text(
        _double_spaced(
            "工作任务", "具体要求", "落实科室(部门)",
            "做好各类规划主动公开",
            "1.主动公开各类规划原文和政策解读。", "各科室、医保中心按职责分工落实",
            "2.集中发布规划原文。", "办公室",
            "做好财政信息公开",
            "3.推进部门预算、决算公开。",
            "4.定期公开医保基金收入、支出情况。",
            "办公室、法规和基金监管科按职责分工落",
        )
    )  # fmt: skip
    rows = [(t.area, t.text, [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [
        ("做好各类规划主动公开", "主动公开各类规划原文和政策解读。", ["各科室", "医保中心"], False),
        ("做好各类规划主动公开", "集中发布规划原文。", ["办公室"], False),
        ("做好财政信息公开", "推进部门预算、决算公开。", ["办公室", "法规和基金监管科"], True),
        ("做好财政信息公开", "定期公开医保基金收入、支出情况。", ["办公室", "法规和基金监管科"], True),
    ]


def test_a_task_cell_holding_the_next_numbered_items_gives_a_task_each() -> None:
    # 4. and 5. share a cell: the numbers go on from the rows above; 1)… inside an item stays in it
    ledger = parse_text(
        "工作要求 | 二级要点 | 责任科室 |\n"
        "一、优化政务公开工作基础 | 3.结合权责清单更新主动公开目录。 | 办公室牵头,各科室配合 |\n"
        "二、提升依申请公开规范化程度 | 4.规范使用依申请公开系统。 5.用好平台监督管理功能。 | 办公室 |\n"
        "三、加强政策解读 | 6.做好解读,一是同步起草;1.同步发布。 | 办公室 |\n"
    )
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("3", "结合权责清单更新主动公开目录。", ["办公室", "各科室"]),
        ("4", "规范使用依申请公开系统。", ["办公室"]),
        ("5", "用好平台监督管理功能。", ["办公室"]),
        ("6", "做好解读,一是同步起草;1.同步发布。", ["办公室"]),
    ]


def test_a_task_cell_whose_numbers_start_again_from_one_is_one_task() -> None:
    # the steps of each row's work, numbered from 1 in every row
    ledger = parse_text(
        "任务清单 | 责任清单 | 时限清单 |\n"
        "1.落实防汛防台行政首长负责制; 2.明确班子成员职责清单; | 党政办 | 4月 |\n"
        "1.明确应消站防汛工作职责和防汛联络员; | 应消站 | 4月 |\n"
    )
    assert [t.text for t in ledger.tasks] == [
        "落实防汛防台行政首长负责制; 2.明确班子成员职责清单;",
        "明确应消站防汛工作职责和防汛联络员;",
    ]


def test_a_unit_cell_written_one_unit_a_line_keeps_the_rows_after_it_in_place() -> None:
    ledger = parse_text(
        _double_spaced(
            "序号", "民生实事", "责任单位", "完成时限",
            "1", "启动建设东湖湿地公园。", "县水务局", "县住建局", "县护城河指挥部", "12月底前",
            "2", "新建2座人行天桥。", "县住建局", "9月投入使用",
            "3", "开工建设县老年养护楼。", "县民政局", "5月底前动工", "开工建设老年大学。", "12月底前",
            "4", "城区再新建1个农贸市场。", "县商务局", "12月底前",
        )
    )  # fmt: skip
    rows = [(t.number, t.text, [d.name for d in t.departments], t.deadline.text) for t in ledger.tasks]
    assert rows == [
        ("1", "启动建设东湖湿地公园。", ["县水务局", "县住建局", "县护城河指挥部"], "12月底前"),
        ("2", "新建2座人行天桥。", ["县住建局"], "9月投入使用"),
        ("3", "开工建设县老年养护楼。", ["县民政局"], "5月底前动工"),
        (
            None,
            "开工建设老年大学。",
            ["县民政局"],
            "12月底前",
        ),  # a sub-row of row 3, its unit cell merged above
        ("4", "城区再新建1个农贸市场。", ["县商务局"], "12月底前"),
    ]


def test_a_row_that_lost_a_cell_does_not_shift_the_rows_after_it() -> None:
    cells = ["序号", "重点工作", "责任单位", "完成时限"]
    cells += ["1", "制定年度工作方案。", "省发展改革委"]  # its deadline cell is missing
    cells += ["2", "推进工业领域碳达峰行动。", "省经信厅", "2023年底前"]
    cells += ["4", "深化无废城市建设。", "省生态环境厅", "全年"]  # row 3 is missing
    ledger = parse_text("\n".join(f"{cell} |" for cell in cells))
    rows = [(t.number, [d.name for d in t.departments], t.deadline.text) for t in ledger.tasks]
    assert rows == [
        ("1", ["省发展改革委"], None),
        ("2", ["省经信厅"], "2023年底前"),
        ("4", ["省生态环境厅"], "全年"),
    ]


def test_a_table_whose_merged_cells_shift_its_columns_gives_no_garbled_rows() -> None:
    # 考核内容 | 单位 | 年度目标 | 责任部门 | 评分部门, with the 单位 (of measure) cells and merged cells set one a line
    text = "\n".join(
        ["考核内容", "单位", "年度目标", "责任部门", "评分部门", "农林牧渔业增加值增幅", "%", "≥2%", "县海洋与渔业局",
         "县农业农村局", "市海洋渔业局", "2", "农业劳动生产率及增幅", "万元/人", "全市统筹", "县海洋与渔业局",
         "县农业农村局", "市农业农村局", "3", "粮食播种面积", "万亩", "0.07", "县农业农村局", "市农业农村局"]
    )  # fmt: skip
    names = {d.name for task in parse_text(text).tasks for d in task.departments}
    assert not names & {"%", "万元/人", "万亩", "2", "3", "0.07"}


def test_unit_of_measure_and_scoring_columns_are_not_unit_columns() -> None:
    assert column_of("单位") is Column.OTHER
    assert column_of("评分部门") is Column.OTHER
    assert column_of("指标要求") is Column.OTHER
    assert column_of("民生实事") is Column.TASK


def test_a_plan_with_place_amount_and_sampling_columns_beside_its_section_column() -> None:
    inspections = parse_text(
        "序号 | 检查主体 | 年度计划名称 | 计划开展时间 | 股室 | 抽查比例 | 抽查频次 | 抽查数量 |\n"
        "1 | 某县市场监督管理局 | 对经营者价格活动的行政检查 | 1月—12月 | 价监股 | 5% | =1 | 1户 |\n"
        "2 | 某县市场监督管理局 | 对保健食品经营者的行政检查 | 1月—12月 | 食品股 | 10% | >=1 | 2户 |\n"
    )
    rows = [(t.text, t.deadline.text, [d.name for d in t.departments]) for t in inspections.tasks]
    assert rows == [
        ("对经营者价格活动的行政检查", "1月—12月", ["价监股"]),
        ("对保健食品经营者的行政检查", "1月—12月", ["食品股"]),
    ]
    projects = parse_text(
        "附件：\n|\n序号 |\n项目名称 |\n建设地点 |\n建设时间 |\n建设内容 |\n年度投资金额 (万元) |\n责任单位 |\n|\n"
        "1 |\n城北小学门前道路建设项目 |\n纸坊街道 |\n2024 |\n建成唐塔北路延伸段道路。 |\n300 |\n住建局 |\n|\n"
        "2 |\n高标准农田建设项目 |\n谢村镇 |\n2024 |\n实施田块整治500亩。 |\n4930 |\n农业农村局 |\n"
    )
    # the work each project does is the task, under the project's name
    rows = [(t.area, t.text, t.deadline.text, [d.name for d in t.departments]) for t in projects.tasks]
    assert rows == [
        ("城北小学门前道路建设项目", "建成唐塔北路延伸段道路。", "2024", ["住建局"]),
        ("高标准农田建设项目", "实施田块整治500亩。", "2024", ["农业农村局"]),
    ]


def test_a_header_with_two_columns_of_its_own_among_five_named_ones() -> None:
    ledger = parse_text(
        "| 序号 | 重大行政决策事项名称 | 承办单位 | 决策依据 | 决策程序 | 拟决策时间 | 实施计划 |\n"
        "| 1 | 省级全域旅游示范区规划 | 某区文化和旅游局 | 《实施办法》 | 依照规定的程序执行 | 2021年10月 | 拟于9月论证。 |\n"
    )
    rows = [(t.text, t.deadline.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("省级全域旅游示范区规划", "2021年10月", ["某区文化和旅游局"])]


def test_rows_whose_group_and_unit_cells_are_merged_down_from_the_row_above() -> None:
    ledger = parse_text(
        "序号 | 项目名称 | 项目内容 | 当前进展情况 | 进度评价 | 主办单位 |\n"
        "1 | 农村人居环境整治提升工程 | 推广人居环境治理新模式。 | 试点村达到100个; | 已完成 | 县整治工作专班 |\n"
        "建设“四好农村路”50公里。 | 完工建设50.52公里。 | 已完成 | |||\n"
        "新增绿化面积387亩。 | 已完成新增造林387亩。 | 已完成 | |||\n"
        "持续推动生活垃圾分类, | 引导村民积极参与垃圾分类工作,通过"
    )
    rows = [(t.text, t.area, [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [
        ("推广人居环境治理新模式。", "农村人居环境整治提升工程", ["县整治工作专班"], False),
        ("建设“四好农村路”50公里。", "农村人居环境整治提升工程", ["县整治工作专班"], False),
        ("新增绿化面积387亩。", "农村人居环境整治提升工程", ["县整治工作专班"], False),
        ("持续推动生活垃圾分类,", "农村人居环境整治提升工程", [], True),
    ]


def test_a_cell_per_line_header_ending_in_a_column_of_its_own_before_the_first_row() -> None:
    ledger = parse_text(
        "2025年区政府重大行政决策事项目录\n序号 |\n决策项目 |\n申报单位 |\n拟决策时间 |\n决策程序 |\n"
        "1 |\n海门区“十五五”规划《纲要》 |\n发改委 |\n2025.12—2026.01 |\n公众参与、专家论证 |\n"
        "2 |\n城市更新行动方案 |\n住建局 |\n2025.06 |\n专家论证、集体讨论 |\n"
    )
    rows = [(t.number, t.text, t.deadline.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "海门区“十五五”规划《纲要》", "2025.12—2026.01", ["发改委"]),
        ("2", "城市更新行动方案", "2025.06", ["住建局"]),
    ]


def test_rows_short_of_cells_set_each_cell_in_the_column_it_reads_as() -> None:
    ledger = parse_text(
        "序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |\n"
        "1 | 做好常态化疫情防控信息发布 | 重点围绕散发疫情发布权威信息 | 应急处、疾控处等按职责分工落实 | 长期推进 |\n|\n"
        "2 | 扎实做好疫苗接种信息公开工作 | 疾控处 | 长期推进 |\n|\n"
        "3 | 做好爱国卫生运动的信息发布工作 | 规划信息处(爱卫办) | 2021年8月前 |\n|\n"
    )
    rows = [
        (t.number, t.area, t.text, [d.name for d in t.departments], t.deadline.text) for t in ledger.tasks
    ]
    assert rows == [
        ("1", "做好常态化疫情防控信息发布", "重点围绕散发疫情发布权威信息", ["应急处", "疾控处"], "长期推进"),
        ("2", "做好常态化疫情防控信息发布", "扎实做好疫苗接种信息公开工作", ["疾控处"], "长期推进"),
        (
            "3",
            "做好常态化疫情防控信息发布",
            "做好爱国卫生运动的信息发布工作",
            ["规划信息处(爱卫办)"],
            "2021年8月前",
        ),
    ]


def test_the_cells_of_a_short_row_go_where_they_read_and_its_gaps_to_the_left() -> None:
    n, t, o, dl = Column.NUMBER, Column.TASK, Column.OTHER, Column.DEADLINE
    assert placed(["2", "扎实做好接种工作", "疾控处", "长期推进"], [n, t, t, Column.DEPARTMENTS, dl, o]) == (
        "2", "", "扎实做好接种工作", "疾控处", "长期推进", "",
    )  # fmt: skip
    assert placed(["新增绿化面积387亩。", "已完成造林。", "已完成"], [n, t, t, o, o, Column.LEAD]) == (
        "", "", "新增绿化面积387亩。", "已完成造林。", "已完成", "",
    )  # fmt: skip


def test_a_row_the_document_stops_inside_is_incomplete_and_its_cut_name_dropped() -> None:
    ledger = parse_text(
        "序号 | 任务名称 | 指标要求 | 牵头部门 | 配合部门 | 目标类型 |\n"
        "1 | 地区生产总值 | 增长5.5% | 区发改经信局 | 区财政局、区统计局 | A类 |\n"
        "2 | 服务业增加值 | 增长6% | 区发改经信局 | 区财政局、区统计局、区"
    )
    first, second = ledger.tasks
    assert not first.incomplete
    assert second.incomplete
    assert [d.name for d in second.departments] == ["区发改经信局", "区财政局", "区统计局"]


def test_a_row_cut_after_etc_keeps_the_name_before_it() -> None:
    ledger = parse_text(
        "序号 | 工作任务 | 责任单位 | 时限要求 |\n"
        "1 | 做好政策解读。 | 市政府办公室 | 持续推进 |\n"
        "2 | 畅通投诉渠道。 | 市发展改革委牵头,市住建局等政府各有关"
    )
    last = ledger.tasks[-1]
    assert last.incomplete
    assert [(d.name, d.role) for d in last.departments] == [
        ("市发展改革委", Role.LEAD),
        ("市住建局", Role.CO),
    ]


def test_a_first_header_cell_spanning_the_area_columns() -> None:
    # 主要工作任务 spans 一、… and （一）…; the rows below the first lose those merged cells
    ledger = parse_text(
        "主要工作任务 | 任务内容 | 完成时限 | 责任单位 |\n"
        "一、提升重点领域信息公开质量 | （一）加大重点领域公开力度 | 1.做好行动计划执行情况信息公开。 | 全年 | 区发改局 |\n"
        "2.加强政策集成发布。 | 全年 | 区发改局、区财政局 |\n"
        "（二）加大营商环境公开力度 | 3.建立审批问题反馈机制。 | 三季度前 | 区住建局 |\n"
    )
    rows = [(t.text, t.deadline.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("做好行动计划执行情况信息公开。", "全年", ["区发改局"]),
        ("加强政策集成发布。", "全年", ["区发改局", "区财政局"]),
        ("建立审批问题反馈机制。", "三季度前", ["区住建局"]),
    ]


def test_one_spelled_out_header_cell_spanning_the_area_and_number_columns() -> None:
    # 具 体 要 求 stands over 一、…, the row's number and its requirement; the page stops in the last row
    ledger = parse_text(
        "具 体 要 求 | 责任科室 | ||\n"
        "一、围绕中心工作抓好主动公开。 | 1 | 深化民生领域信息公开。 | 办公室牵头,局各股室配合 |\n"
        "二、围绕提质增效抓好政策解读 | 2 | 严格落实政策解读要求。 | 办公室牵头,局各股室配合 |\n"
        "3 | 科学确定解读范围。 | 办公室 | |\n"
        "三、围绕公众参与抓好决策公开。 | 4 | 建立健全政策制定公众参与机制,并及时"
    )
    rows = [(t.area, t.text, [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [
        ("围绕中心工作抓好主动公开。", "深化民生领域信息公开。", ["办公室", "局各股室"], False),
        ("围绕提质增效抓好政策解读", "严格落实政策解读要求。", ["办公室", "局各股室"], False),
        ("围绕提质增效抓好政策解读", "科学确定解读范围。", ["办公室"], False),
        ("围绕公众参与抓好决策公开。", "建立健全政策制定公众参与机制,并及时", [], True),
    ]


def test_header_cells_spanning_the_area_columns_and_an_unheaded_number_column() -> None:
    # 工作任务 spans 一、 and （一）, 具体要求 the number and the requirement
    ledger = parse_text(
        "工作任务 | 具体要求 | 责任单位 | 时限要求 | ||\n"
        "一、以公开助力经济发展。 | （一）加强市场主体信息公开。 | 1 | 公开涉企政策文件。 | 市政府各有关部门 | 持续推进 |\n"
        "2 | 开设帮扶政策专题。 | 市商务局 | 2022年底前 | ||\n"
        "3 | 畅通投诉渠道。 | 市发展改革委 | 持续推进 | ||\n"
    )
    rows = [(t.number, t.text, t.deadline.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "公开涉企政策文件。", "持续推进", ["市政府各有关部门"]),
        ("2", "开设帮扶政策专题。", "2022年底前", ["市商务局"]),
        ("3", "畅通投诉渠道。", "持续推进", ["市发展改革委"]),
    ]


def test_progress_and_remark_columns_of_a_ledger_leave_the_table_readable() -> None:
    ledger = parse_text(
        "序号\t重点工作\t牵头单位\t完成时限\t1-10月推进情况\t是否达到序时进度\t督查意见\t说明\n"
        "1\t建成高标准农田8.3万亩。\t农田建设管理股\t2023年底\t已完成\t是\t无\t\n"
    )
    (task,) = ledger.tasks
    assert [d.name for d in task.departments] == ["农田建设管理股"]
    assert task.deadline.text == "2023年底"


def test_a_cell_per_line_table_ends_at_the_next_attachment() -> None:
    ledger = parse_text(
        _double_spaced(
            "附件1", "2022年主要目标任务分解表", "序号", "工作任务", "牵头单位",
            "1", "地区生产总值增长6%左右", "区发展改革委", "2", "节能减排降碳完成年度目标任务", "区生态环境局",
            "附件2", "2022年重点工作任务分解表", "序号", "工作任务", "牵头单位",
            "1", "推动量子通信器件国家重点实验室落地", "区科技局",
        )
    )  # fmt: skip
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "地区生产总值增长6%左右", ["区发展改革委"]),
        ("2", "节能减排降碳完成年度目标任务", ["区生态环境局"]),
        ("1", "推动量子通信器件国家重点实验室落地", ["区科技局"]),
    ]


def test_a_table_whose_cells_a_lone_bar_line_sets_apart() -> None:
    ledger = parse_text(
        "|\n序号\n|\n工作任务\n|\n负责部门\n|\n时间进度\n|\n|\n"
        "1\n|\n完善城市管理体制\n|\n市委编办、市住建局\n|\n常态工作\n|\n|\n"
        "2\n|\n开展环境卫生设施规划编制工作\n|\n市住建局,各县(区)政府、市直园区管委会\n|\n2016 年底前\n|\n"
    )
    rows = [(t.number, t.text, [d.name for d in t.departments], t.deadline.kind) for t in ledger.tasks]
    assert rows == [
        ("1", "完善城市管理体制", ["市委编办", "市住建局"], DeadlineKind.ONGOING),
        (
            "2",
            "开展环境卫生设施规划编制工作",
            ["市住建局", "各县(区)政府", "市直园区管委会"],
            DeadlineKind.DATE,
        ),
    ]


def test_a_lone_bar_line_table_without_numbers_its_group_cell_merged_over_rows() -> None:
    ledger = parse_text(
        "|\n工作任务\n|\n具体内容\n|\n责任部门\n|\n|\n"
        "推进政策公开\n|\n常态化公开就业、住房、教育等领域信息。\n|\n财政所、便民综合服务中心等\n|\n|\n"
        "积极探索特定群体的线下公开渠道,持续发布相关政策文件。\n|\n便民综合服务中心\n|\n|\n"
        "强化权力配置信息公开\n|\n动态更新本镇各部门权责事项清单。\n|\n党政办公室\n|\n|\n"
        "健全本镇行政执法信息全流程公示机制。\n|\n已完成\n|\n"
        "\n联系人:张三\n"
    )
    rows = [(t.area, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("推进政策公开", "常态化公开就", ["财政所", "便民综合服务中心"]),
        ("推进政策公开", "积极探索特定", ["便民综合服务中心"]),
        ("强化权力配置信息公开", "动态更新本镇", ["党政办公室"]),
        ("强化权力配置信息公开", "健全本镇行政", []),  # a status is not the work, nor a unit
    ]
    cut = parse_text(
        "|\n工作任务\n|\n具体内容\n|\n责任部门\n|\n|\n"
        "强化权力配置信息公开\n|\n动态更新本镇各部门权责事项清单。\n|\n党政办公室\n|\n|\n"
        "积极探索特定群体的线下公开渠道,持续发布相关政策文件。\n|\n便民综合服务中心\n|\n|\n"
        "畅通政策咨询渠道,整合线上线下资源,建立问题收集、办理、答复、评价闭环"
    )
    last = cut.tasks[-1]
    assert (last.area, last.text[:6], last.incomplete) == ("强化权力配置信息公开", "畅通政策咨询", True)


def test_a_status_left_in_a_shifted_rows_task_column_is_no_task() -> None:
    ledger = parse_text(
        "序号 |\n牵头单位 |\n项目名称 |\n业主单位 |\n本月进展情况 |\n||\n"
        "一 |\n区住建局 |\n(一)打通断头路攻坚专项行动(6条路) |\n1.文化中心北路 |\n区城投 |\n已完工 |\n|\n"
        "2.乐业路 |\n区城管局 |\n已完工 |\n|||||\n"
        "\n填报单位:区民生办\n"
    )
    assert "已完工" not in [task.text for task in ledger.tasks]


def test_a_cell_per_line_table_with_a_spelled_out_header_and_long_area_rows() -> None:
    ledger = parse_text(
        _double_spaced(
            "序号", "目  标  任  务", "牵头单位", "责任单位",
            "一、主要经济社会发展指标、发改、财政、行政审批、生态环境、营商环境等工作目标(牵头领导:成坤、柯相国)",
            "1", "地区生产总值增长15%。", "区发改局", "区统计局",
            "二、项目建设工作目标(牵头领导:王俊)",
            "2", "新开工亿元以上项目120个。", "区发改局", "各乡镇",
        )
    )  # fmt: skip
    rows = [(t.number, t.text, [d.name for d in t.departments], t.section_path[-1][:2]) for t in ledger.tasks]
    assert rows == [
        ("1", "地区生产总值增长15%。", ["区发改局", "区统计局"], "一、"),
        ("2", "新开工亿元以上项目120个。", ["区发改局", "各乡镇"], "二、"),
    ]


def test_header_cells_broken_over_two_lines_and_empty_cells_of_a_double_spaced_page() -> None:
    ledger = parse_text(
        _double_spaced(
            "序号", "重点工作", "区本级", "任务数", "责任", "单位",
            "1", "地区生产总值增长6.5%。\n",  # an empty cell: one more empty line, as the page gives it
            "区发改局",
            "2", "固定资产投资增长10.0%左右。", "5%", "区发改局",
            "3", "争取省市财政专项资金13亿元以上。", "12亿元", "区财政局、区发改局",
        )
    )  # fmt: skip
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "地区生产总值增长6.5%。", ["区发改局"]),
        ("2", "固定资产投资增长10.0%左右。", ["区发改局"]),
        ("3", "争取省市财政专项资金13亿元以上。", ["区财政局", "区发改局"]),
    ]


def test_of_two_task_columns_the_first_with_plain_text_names_the_task() -> None:
    ledger = parse_text(
        "序号\t重点工作\t工作任务安排\t责任科室\n"
        "1\t白仙山水库工程政策处理\t推进坟墓迁移工作。\t政策处理办\n"
        "2\t 生 态 环 境\t开展城市绿化。\t规划局\n"
    )
    assert [task.text for task in ledger.tasks] == ["白仙山水库工程政策处理", "开展城市绿化。"]
    assert [d.name for d in ledger.tasks[0].departments] == ["政策处理办"]


def test_a_task_cell_that_only_names_the_field_of_the_work_beside_it_is_the_area() -> None:
    ledger = parse_text(
        "重点任务 | 工作内容 | 负责科室 |\n"
        "政策解读 | 对以我局名义制定、下发的政策文件进行全面解读，创新解读形式，便于群众理解。 | 各责任科室 |\n"
        "高标准农田建设项目 | 实施田块整治500亩，修复堰塘1座、建设机电井7座。 | 农业农村局 |\n"
    )
    rows = [(t.area, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        (
            "政策解读",
            "对以我局名义制定、下发的政策文件进行全面解读，创新解读形式，便于群众理解。",
            ["各责任科室"],
        ),
        ("政策解读", "高标准农田建设项目", ["农业农村局"]),
    ]


def test_a_header_whose_cells_break_into_pieces_that_name_no_column_alone() -> None:
    ledger = parse_text(
        _double_spaced(
            "序号", "重点工作", "责任", "领导", "责任", "科室", "攻坚目标", "任务", "第二季度", "完成情况",
            "1", "白仙山水库工程政策处理", "欧乾震", "水库工程政策处理工作领导小组", "完成政策处理工作。", "坟墓迁移达60%。",
            "2", "现代化美丽城镇", "吴宇凡", "乡村振兴办", "创建美丽城镇。", "完成投资3000万元。",
        )
    )  # fmt: skip
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "白仙山水库工程政策处理", ["水库工程政策处理工作领导小组"]),
        ("2", "现代化美丽城镇", ["乡村振兴办"]),
    ]


def test_cells_closed_by_bars_with_rows_ended_by_a_bar_line_from_the_middle_of_a_table() -> None:
    ledger = parse_text(
        "序号 |\n主要任务 |\n全年目标任务 |\n分管 领导 |\n牵头 单位 |\n责任主体与协同单位 |\n说明 |\n"
        "24 |\n优化提升50条背街后巷交通组织。 |\n徐国江 |\n城管局 |\n市政局、相关街道 |\n||\n"
        "25 |\n新增达标小区210个。 |\n徐国江 |\n城管局 |\n市政局、各街道 |\n滞后2个月。 |\n|\n"
        "26 |\n新建建筑垃圾中转站8个。 |\n徐国江 |\n城管局 |\n相关街道 |\n||\n"
    )
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("24", "优化提升50条背街后巷交通组织。", ["城管局", "市政局", "相关街道"]),
        ("25", "新增达标小区210个。", ["城管局", "市政局", "各街道"]),
        ("26", "新建建筑垃圾中转站8个。", ["城管局", "相关街道"]),
    ]


def test_units_of_a_responsibility_column_lead_those_of_a_co_operation_column() -> None:
    ledger = parse_text("序号\t实事项目\t责任单位\t配合单位\n1\t新建成幼儿园7所。\t教育局\t发改局、住建局\n")
    assert [(d.name, d.role) for d in ledger.tasks[0].departments] == [
        ("教育局", Role.LEAD),
        ("发改局", Role.CO),
        ("住建局", Role.CO),
    ]


def test_a_row_written_as_label_and_value_lines() -> None:
    ledger = parse_text(
        "具体任务\n全面落实疫情防控措施，守好疫情防线；中医院门诊楼建成投运。\n责任单位\n卫健局、文旅局\n"
        "配合单位\n各乡镇\n完成时限\n1月底前完成;其它事项12月底前取得明显成效\n"
    )
    (task,) = ledger.tasks
    assert task.text == "全面落实疫情防控措施，守好疫情防线；中医院门诊楼建成投运。"
    assert [(d.name, d.role) for d in task.departments] == [
        ("卫健局", Role.LEAD),
        ("文旅局", Role.CO),
        ("各乡镇", Role.CO),
    ]
    assert task.deadline.text == "1月底前完成;其它事项12月底前取得明显成效"


def test_rows_closed_by_a_bar_a_cell_broken_over_two_lines_and_a_merged_cell_on_the_left() -> None:
    ledger = parse_text(
        "类别 | 工作任务 | 责任单位 | 协助单位 | 完成期限 |\n"
        "生态环境 | 保护城市周围的自然山体。 | 市规划局 | 市国土资源局\n市农牧林业局 | 2010年9月20日前 |\n"
        "建设防护绿地，缓解城市热岛效应。 | 市建设局 | 有关部门 | 2010年9月20日前 |\n"
        "说明：以上任务纳入年度考核。\n"
    )
    rows = [(t.text, [d.name for d in t.departments], t.area) for t in ledger.tasks]
    assert rows == [
        ("保护城市周围的自然山体。", ["市规划局", "市国土资源局", "市农牧林业局"], "生态环境"),
        ("建设防护绿地，缓解城市热岛效应。", ["市建设局", "有关部门"], "生态环境"),
    ]


def test_a_table_whose_task_column_names_the_work_by_its_field() -> None:
    ledger = parse_text(
        "一、专项整治安排表\n专项整治行业名称 | 时间安排 | 责任单位 |\n烟花爆竹 | 1月份 | 安监站 安监所 |\n"
        "电力设施 | 3月份 | 电管所 |\n二、工作要求\n"
    )
    rows = [(t.text, t.deadline.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("烟花爆竹", "1月份", ["安监站", "安监所"]), ("电力设施", "3月份", ["电管所"])]


def test_the_first_of_two_task_columns_holding_area_headings_is_the_area_column() -> None:
    ledger = parse_text(
        "工作任务 | 具体要求 | 责任部门 |\n"
        "一、做好财政信息公开。 | 1.积极推进预算、决算公开。 | 财务科 |\n"
        "二、做好网站专栏信息公开。 | 2.及时更新网站概况信息。 | 办公室 |\n"
        "3.及时反馈网民意见。 | 各科室 | |\n"
        "4.及时更新微信公众号信息。 | 办公室牵头,各科室配合 | |\n"
        "说明：各科室按要求落实。\n"
    )
    rows = [(t.number, t.text, t.area, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "积极推进预算、决算公开。", "做好财政信息公开。", ["财务科"]),
        ("2", "及时更新网站概况信息。", "做好网站专栏信息公开。", ["办公室"]),
        ("3", "及时反馈网民意见。", "做好网站专栏信息公开。", ["各科室"]),
        ("4", "及时更新微信公众号信息。", "做好网站专栏信息公开。", ["办公室", "各科室"]),
    ]


def test_a_row_the_page_stops_in_keeps_its_number_in_the_second_task_column() -> None:
    ledger = parse_text(
        "工作任务 | 具体要求 | 责任部门 |\n"
        "一、做好财政信息公开。 | 1.积极推进预算、决算公开。 | 财务科 |\n"
        "二、切实增强回应关切效果。 | 2.密切关注舆情并及时作出回应。 | 各科室 |\n"
        "3.提前做好重大政策发布前和发布后的解读回应工作，注意"
    )
    last = ledger.tasks[-1]
    assert (last.number, last.text, last.area, last.incomplete) == (
        "3",
        "提前做好重大政策发布前和发布后的解读回应工作，注意",
        "切实增强回应关切效果。",
        True,
    )


def test_a_record_whose_labels_share_their_line_with_their_values() -> None:
    ledger = parse_text(
        "重点工作: | 135.统筹违法建设治理与城市更新。 |\n牵头单位: | 市城市管理综合执法局 |\n"
        "年度阶段性工作目标: | 第一季度:印发工作方案。 第四季度:完成年度任务。 |\n"
    )
    (task,) = ledger.tasks
    assert (task.number, task.text) == ("135", "统筹违法建设治理与城市更新。")
    assert [d.name for d in task.departments] == ["市城市管理综合执法局"]


def test_a_record_of_colon_labels_and_an_outline_heading_that_is_not_one() -> None:
    record = parse_text(
        "任务97\n重点工作:推进更高层次的广佛同城化。\n牵头单位:市发展改革委\n年度阶段性工作目标:\n"
        "第一季度:制定年度重点工作计划。\n进展落实情况:\n"
    )
    assert [(t.text, [d.name for d in t.departments]) for t in record.tasks] == [
        ("推进更高层次的广佛同城化。", ["市发展改革委"])
    ]
    outline = parse_text(
        "二 重点工作\n（一）推动制造业高质量发展\n牵头单位：区经济信息委\n责任单位：区科技局\n"
        "1.新创建市级以上智能工厂3个。\n牵头区领导：陈少华\n"
    )
    assert [node.label for node in outline.outline] == ["（一）"]


def test_rows_numbered_after_the_group_cell_a_merged_cell_gives_their_first_row() -> None:
    ledger = parse_text(
        "工作任务\n|\n具体要求\n|\n责任科室\n|\n时限要求\n|\n"
        "强化规范性文件公开\n|\n1\n|\n对规范性文件进行全面清理。\n|\n办公室\n|\n年底前\n|\n"
        "深化政策解读形式\n|\n2\n|\n积极做好政策解读工作。\n|\n各科室\n|\n持续推进\n|\n"
        "3\n|\n丰富政策解读形式。\n|\n办公室\n|\n持续推进\n|\n"
    )
    rows = [
        (t.number, t.text, t.area, [d.name for d in t.departments], t.deadline.text) for t in ledger.tasks
    ]
    assert rows == [
        ("1", "对规范性文件进行全面清理。", "强化规范性文件公开", ["办公室"], "年底前"),
        ("2", "积极做好政策解读工作。", "深化政策解读形式", ["各科室"], "持续推进"),
        ("3", "丰富政策解读形式。", "深化政策解读形式", ["办公室"], "持续推进"),
    ]


def test_a_grouped_table_whose_merged_cells_and_units_one_a_line_are_set_from_the_right() -> None:
    ledger = parse_text(
        _double_spaced(
            "考核项目", "序号", "考核指标", "考核内容", "单位", "年度目标", "责任部门", "评分部门",
            "农业高质高效", "1", "确保重要农产品供给", "农林牧渔业增加值增幅", "%", "≥2%",
            "县海洋与渔业局", "县农业农村局", "市农业农村局",
            "2", "农业劳动生产率及增幅", "万元/人", "全市统筹", "县海洋与渔业局", "县农业农村局", "市农业农村局",
            "3", "粮食安全责任制", "-", "良好以上", "县经济和信息化局", "市商务局",
            "4", "建设美丽牧场", "0", "县农业农村局", "市农业农村局",  # its 单位 cell lost
        )
    )  # fmt: skip
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "农林牧渔业增加值增幅", ["县海洋与渔业局", "县农业农村局"]),
        ("2", "农业劳动生产率及增幅", ["县海洋与渔业局", "县农业农村局"]),
        ("3", "粮食安全责任制", ["县经济和信息化局"]),
        ("4", "建设美丽牧场", ["县农业农村局"]),
    ]


def test_a_table_one_cell_a_line_whose_merged_cells_leave_rows_short() -> None:
    ledger = parse_text(
        "\n".join(
            (
                "序号", "指标", "工作任务", "完成时限", "责任领导", "责任股室", "(单位)", "备注",
                "1", "公共文化服务", "“两馆一站”免费开放服务人次较上年增长15%。", "12月底前", "夏俊贵",
                "文化宣传股", "文化馆", "图书馆",
                "2", "全年组织开展文化下乡等惠民演出不少于100场。", "文化宣传股",
                "3", "开展好“三下乡”活动。",
                "4", "非遗保护", "完成非遗展厅布展任务,办好学术交流活动。", "羌研会", "灵岩寺博物馆",
                "5", "完成县级应急广播系统(二期)建设。", "广电事业股",
                "6", "完成包扶村脱贫攻坚年度任务。",
                "7", "文化产业", "培育规模以上文化服务企业1家。", "10月底前", "周斐", "产业股", "无",
            )
        )
    )  # fmt: skip
    rows = [(t.number, t.text, [d.name for d in t.departments], t.deadline.text) for t in ledger.tasks]
    assert rows == [
        ("1", "“两馆一站”免费开放服务人次较上年增长15%。", ["文化宣传股", "文化馆", "图书馆"], "12月底前"),
        ("2", "全年组织开展文化下乡等惠民演出不少于100场。", ["文化宣传股"], "12月底前"),
        ("3", "开展好“三下乡”活动。", ["文化宣传股"], "12月底前"),
        ("4", "完成非遗展厅布展任务,办好学术交流活动。", ["羌研会", "灵岩寺博物馆"], "12月底前"),
        ("5", "完成县级应急广播系统(二期)建设。", ["广电事业股"], "12月底前"),
        ("6", "完成包扶村脱贫攻坚年度任务。", ["广电事业股"], "12月底前"),
        ("7", "培育规模以上文化服务企业1家。", ["产业股"], "10月底前"),
    ]


def test_bar_closed_cells_one_a_line_whose_merged_cells_leave_rows_short_and_a_lone_bar_an_empty_cell() -> (
    None
):
    # The widest row is as wide as the header: the header is whole, the narrower rows lost merged cells. The
    # lone bar is row 5's empty unit cell, not the end of a row, and stays empty.
    ledger = parse_text(
        "\n".join(
            f"{cell} |" if cell else "|"
            for cell in (
                "序号", "类别", "重点工作事项", "主要工作内容", "牵头单位", "责任单位",
                "1", "总体目标", "新增创业经营主体2000个。", "市人社局、市市场监管局", "各区县人民政府,两江新区管委会",
                "2", "新增创业园区2个。", "市人社局", "各区县人民政府,两江新区管委会",
                "3", "新增发放创业担保贷款10亿元。", "市人社局", "各区县人民政府,两江新区管委会",
                "4", "建设平台", "建立人员信息库", "建立返乡人员基础信息库。", "市人社局", "市数据局",
                "5", "编制项目库", "开发适合返乡创业的项目。", "各区县人民政府,两江新区管委会", "",
                "6", "建设平台", "建立项目库", "建立全市统一的返乡创业项目库。", "市发展改革委", "市财政局",
            )
        )
    )  # fmt: skip
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    counties = ["各区县人民政府", "两江新区管委会"]
    assert rows == [
        ("1", "新增创业经营主体2000个。", ["市人社局", "市市场监管局", *counties]),
        ("2", "新增创业园区2个。", ["市人社局", *counties]),
        ("3", "新增发放创业担保贷款10亿元。", ["市人社局", *counties]),
        ("4", "建立返乡人员基础信息库。", ["市人社局", "市数据局"]),
        ("5", "开发适合返乡创业的项目。", counties),
        ("6", "建立全市统一的返乡创业项目库。", ["市发展改革委", "市财政局"]),
    ]


def test_unnumbered_rows_one_cell_a_line_under_area_headings_with_units_one_a_line() -> None:
    # each cell, or each line of a unit cell, closed by a bar line; an area heading over the rows under it
    lines = [
        "重点工作", "具体任务", "责任单位", "完成时限",
        "一、强化常态监管机制",
        "严格协议管理", "规范医保服务协议管理。", "市医保局", "2021年12月底前完成",
        "坚持多形式检查", "每年开展一次全覆盖现场检查。", "市医保局\n市卫生健康委\n市公安局等", "长期坚持",
        "二、健全监管体系",
        "加强监管力量", "建立健全市、县医保基金监管机构。", "市委编办\n市医保局", "2022年12月底前",
    ]  # fmt: skip
    ledger = parse_text("".join(f"{line}\n|\n" for line in lines))
    rows = [
        (t.text, [d.name for d in t.departments], t.open_ended, t.deadline.text, t.section_path[0])
        for t in ledger.tasks
    ]
    assert rows == [
        ("规范医保服务协议管理。", ["市医保局"], False, "2021年12月底前完成", "一、强化常态监管机制"),
        (
            "每年开展一次全覆盖现场检查。",
            ["市医保局", "市卫生健康委", "市公安局"],
            True,
            "长期坚持",
            "一、强化常态监管机制",
        ),
        (
            "建立健全市、县医保基金监管机构。",
            ["市委编办", "市医保局"],
            False,
            "2022年12月底前",
            "二、健全监管体系",
        ),
    ]


def test_a_whole_table_run_together_on_one_line_one_space_between_its_cells() -> None:
    ledger = parse_text(
        "现将今年依法行政工作任务分解表印发给你们,请认真按照时间进度贯彻执行。 二〇一〇年三月三十日 "
        "2010年依法行政工作任务分解表 序号 工 作 内 容 责任部门 完成时限 一、全面推动依法行政工作规划的落实 "
        "1 推进依法行政工作规划的落实,完成 2 项督查 各级依法行政领导小组办公室 全年 "
        "2 出台2010年度推进依法行政工作的意见 各县市区政府,政府各部门 四月份 "
        "二、全力打造依法行政工作的两大体系 3 探索建立依法行政考核指标体系 各级依法行政领导小组办公室 全年\n"
    )
    rows = [
        (t.number, t.text, t.area, [d.name for d in t.departments], t.deadline.text) for t in ledger.tasks
    ]
    assert rows == [
        ("1", "推进依法行政工作规划的落实,完成 2 项督查", "全面推动依法行政工作规划的落实", ["各级依法行政领导小组办公室"], "全年"),
        ("2", "出台2010年度推进依法行政工作的意见", "全面推动依法行政工作规划的落实", ["各县市区政府", "政府各部门"], "四月份"),
        ("3", "探索建立依法行政考核指标体系", "全力打造依法行政工作的两大体系", ["各级依法行政领导小组办公室"], "全年"),
    ]  # fmt: skip


def test_a_date_spaced_out_in_a_spaced_row_is_one_cell_as_written() -> None:
    ledger = parse_text(
        "政务信息系统整合共享 重点任务分工 序号 工作任务 负责单位 完成时限 "
        "1 通过信息系统审计,掌握各部门信息系统数量。 省审计厅牵头,各有关部门配合。 2017 年 7 月底前 "
        "2 基本完成“僵尸”信息系统的清理工作。 各有关部门负责。 2017 年 10 月底前 "
        "3 制定本部门政务信息系统整合共享清单。 各有关部门负责。 2017 年 7 月底前 "
        "4 加快推进电子政务内网政府系统建设任务落实。 省政府办公厅牵头,各地、各部门负责。 2018 年 6 月底前\n"
    )
    rows = [
        (t.number, [d.name for d in t.departments], t.deadline.text, t.deadline.due) for t in ledger.tasks
    ]
    assert rows == [
        ("1", ["省审计厅", "各有关部门"], "2017 年 7 月底前", date(2017, 7, 31)),
        ("2", ["各有关部门"], "2017 年 10 月底前", date(2017, 10, 31)),
        ("3", ["各有关部门"], "2017 年 7 月底前", date(2017, 7, 31)),
        ("4", ["省政府办公厅", "各地", "各部门"], "2018 年 6 月底前", date(2018, 6, 30)),
    ]


def test_a_table_whose_cells_open_with_a_bar_a_lone_bar_ending_each_row() -> None:
    ledger = parse_text(
        "为加快太湖水污染治理,现将工作任务分解如下。\n请各地认真贯彻落实。\n"
        "序号\n| 项目内容\n| 工 作 要 求\n| 责任单位\n|\n"
        "7\n| 污水处理厂和\n管网工程建设\n| 完成征润洲污水处理厂技术改造,2009年启动二期工程建设。\n| 市建设局\n|\n"
        "8\n| 大港污水处理厂扩建工程2008年6月底前投入运行。\n| 市建设局\n镇江新区管委会\n|\n"
        "9\n| 京口工业园区要加快园区内污水截流管网的建设。\n| 京口区政府\n|\n"
        "各地各部门要按照要求认真组织实施。\n"
    )
    rows = [(t.number, t.area, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    area = "污水处理厂和管网工程建设"
    assert rows == [
        ("7", area, "完成征润洲污", ["市建设局"]),
        ("8", area, "大港污水处理", ["市建设局", "镇江新区管委会"]),
        ("9", area, "京口工业园区", ["京口区政府"]),
    ]


@pytest.mark.parametrize(
    "header",
    [
        "序号\t工作任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\t\n",  # the span's cell left empty
        "序号 | 工作任务 | 责任单位 | 完成时限 |\n| | 牵头单位 | 配合单位 | |\n",  # the span written once
    ],
)
def test_a_units_header_cell_spanning_the_lead_and_cooperating_columns_of_a_second_header_row(
    header: str,
) -> None:
    separator = "\t" if "\t" in header else " | "
    rows_text = [
        ["1", "完善管网规划", "市规划局", "市住建局、市环保局", "2013年底"],
        ["2", "环湖新建区分流制管网建设", "市住建局", "属地区级政府", "长期坚持"],
    ]
    end = "" if separator == "\t" else " |"
    ledger = parse_text(header + "".join(separator.join(row) + end + "\n" for row in rows_text))
    rows = [(t.number, [(d.name, d.role) for d in t.departments], t.deadline.text) for t in ledger.tasks]
    assert rows == [
        ("1", [("市规划局", Role.LEAD), ("市住建局", Role.CO), ("市环保局", Role.CO)], "2013年底"),
        ("2", [("市住建局", Role.LEAD), ("属地区级政府", Role.CO)], "长期坚持"),
    ]


def test_a_figure_or_a_unit_in_the_task_column_is_no_task() -> None:
    ledger = parse_text(
        "序号\t工作任务\t责任单位\n1\t3034\t市人力社保局\n2\t社会保障局\t\n3\t新增就业1万人。\t市人力社保局\n"
    )
    assert [task.text for task in ledger.tasks] == ["新增就业1万人。"]


def test_a_spaced_table_whose_header_ends_a_run_on_line_and_whose_name_cells_are_empty() -> None:
    notice = "市政府将对各项目标任务实施动态管理，督查结果列入年度绩效考核，请各地各部门认真组织实施。" * 3
    ledger = parse_text(
        f"{notice} 附件:常熟市2018年政府工作任务分解表 常熟市人民政府办公室 2018年2月24日 "
        "常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位\n"
        "一、经济社会发展主要预期目标分解(11项)\n\n"
        "1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%. 发改委\n\n"
        "2 全社会固定资产投资额550亿元,其中:工业技改投资增长10%. 发改委、经信委、科技局\n\n"
        "3 居民人均可支配收入增速"
    )
    rows = [(t.number, t.text, t.area, [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    area = "经济社会发展主要预期目标分解(11项)"
    assert rows == [
        ("1", "地区生产总值增长7%以上,服务业增加值占GDP比重47.1%.", area, ["发改委"], False),
        (
            "2",
            "全社会固定资产投资额550亿元,其中:工业技改投资增长10%.",
            area,
            ["发改委", "经信委", "科技局"],
            False,
        ),
        ("3", "居民人均可支配收入增速", area, [], True),
    ]


def test_an_indicator_column_names_the_work_where_no_other_does_and_the_page_stops_in_a_cell() -> None:
    ledger = parse_text(
        "| 2025年度区民政局重点工作任务分解 |\n| 序号 |\n责任单位 |\n考核指标 |\n分月序时进度 |\n监督方式 |\n"
        "实施部门 |\n实施步骤 |\n完成时限 |\n"
        "| 1 |\n区民政局 |\n按月完成临时救助的审核确认工作。 |\n①1-3月份，完成审核确认。 |\n"
        "区民政局办公室0558-5130002 |\n低保中心 |\n按季度序时推进 |\n2025年12月底 |\n"
        "| 2 |\n区民政局 |\n强化残疾人救助保障，提升残疾人福利水平，按照"
    )
    rows = [
        (t.number, t.text, [d.name for d in t.departments], t.deadline.text, t.incomplete)
        for t in ledger.tasks
    ]
    assert rows == [
        ("1", "按月完成临时救助的审核确认工作。", ["区民政局", "低保中心"], "2025年12月底", False),
        ("2", "强化残疾人救助保障，提升残疾人福利水平，按照", ["区民政局"], None, True),
    ]


def test_an_indicator_column_beside_a_content_column_is_not_the_task() -> None:
    assert column_of("考核指标") is None  # the group of 考核项目 | 序号 | 考核指标 | 考核内容
    assert column_of("实施步骤") is Column.OTHER


def test_an_inspection_table_of_places_and_the_problems_found_there() -> None:
    ledger = parse_text(
        "全国卫生城市测评路段问题汇总表\n序号 |\n路段名称 |\n问题描述 |\n责任单位 |\n备注 |\n"
        "1 |\n湘北大道 |\n湘北大道沿线街道车辆违停严重 |\n停车办 |\n|\n"
        "2 |\n赶山西路 |\n路面积水严重 |\n市政维护管理处 |\n|\n"
    )
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "湘北大道沿线街道车辆违停严重", ["停车办"]),
        ("2", "路面积水严重", ["市政维护管理处"]),
    ]


def test_a_named_item_beside_its_target_gives_the_target_and_keeps_its_number() -> None:
    ledger = parse_text(
        "类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 |\n"
        "四、教育文化 | 14.改扩建泉山学校及庙后吕家初级中学 | 完成泉山学校一期2座教学楼建设,庙后吕家初级中学主体建设并投入使用。 | 教育体育局 |\n"
        "15.推进学校塑胶运动场地建设 | 完成罗峰学校及13处农村学校塑胶运动场地建成并投入使用。 | 教育体育局 |\n"
        "16.推进义务教育课后服务 | 对全市34所义务教育学校实行课后服务全覆盖。 | 教育体育局 |\n"
    )
    rows = [(t.number, t.text[:12]) for t in ledger.tasks]
    assert rows == [
        ("14", "完成泉山学校一期2座教学"),
        ("15", "完成罗峰学校及13处农村"),
        ("16", "对全市34所义务教育学校"),
    ]


def test_a_named_item_with_its_target_columns_away_stays_the_task() -> None:
    ledger = parse_text(
        "序号 | 重点工作 | 责任领导 | 责任单位 | 年度目标 |\n"
        "1 | 白仙山水库工程政策处理 | 欧乾震 | 水库工作领导小组 | 完成项目政策处理工作,推进大坝、溢洪道、引水隧洞及配套设施建设。 |\n"
    )
    assert [t.text for t in ledger.tasks] == ["白仙山水库工程政策处理"]


def test_a_spaced_row_whose_unit_cells_run_over_several_lines() -> None:
    ledger = parse_text(
        "序号 重点工作任务 主要责任单位 协同配合单位 完成期限\n"
        "33 新培育科技型中小企业50家以上。 区科技局 区经信局、区财政局。 2023年12月底\n"
        "34 谋划共建中科谯城智慧农业研究院。 区科技局\n区商务局(区药发中心)\n谯城经开区管委会\n"
        "区发改委、区经信局,区农投公司。 2023年12月底\n"
        "35 强化企业创新主体地位。 区科技局 区经信局。 2023年12月底\n"
    )
    rows = [
        (t.number, [(d.name, d.role.value) for d in t.departments], t.deadline.text) for t in ledger.tasks
    ]
    assert rows == [
        ("33", [("区科技局", "lead"), ("区经信局", "co"), ("区财政局", "co")], "2023年12月底"),
        (
            "34",
            [
                ("区科技局", "lead"),
                ("区商务局(区药发中心)", "co"),
                ("谯城经开区管委会", "co"),
                ("区发改委", "co"),
                ("区经信局", "co"),
                ("区农投公司", "co"),
            ],
            "2023年12月底",
        ),
        ("35", [("区科技局", "lead"), ("区经信局", "co")], "2023年12月底"),
    ]


def test_a_progress_table_whose_header_notes_the_kind_of_work_and_whose_merged_cells_leave_rows_short() -> (
    None
):
    ledger = parse_text(
        "\n".join(
            (
                "序号", "重点工作任务(民生实事项目)", "牵头单位", "负责科室", "负责人", "计划完成时间",
                "进展情况(一季度)",
                "1", "新增老年食堂(助餐点)15个", "区民政局", "养老服务科", "何滢", "11月底前", "其中3个点位已完成建设。",
                "2", "新增认知障碍照护专区床位100张", "10月底前", "目前已完成选址。",
                "3", "建成启用区级老年活动中心", "目前正在进行主体建筑装修阶段。",
                "4", "新增养老机构护理型床位500张", "目前已完成500张护理型床位建设。",
            )
        )
    )  # fmt: skip
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows[:3] == [
        ("1", "新增老年食堂(助餐点)15个", ["区民政局", "养老服务科"]),
        ("2", "新增认知障碍照护专区床位100张", ["区民政局", "养老服务科"]),
        ("3", "建成启用区级老年活动中心", ["区民政局", "养老服务科"]),
    ]


def test_a_second_header_row_under_the_task_column_is_no_task() -> None:
    assert column_of("总投资") is Column.OTHER
    assert column_of("建设起止年限") is Column.DEADLINE
    ledger = parse_text(
        "序号 | 建设规模及内容 | 总投资 | 建设起止年限 | 责任单位 |\n"
        "| 投资 | 形象进度 |\n"
        "1 | 对全县70所中小学校1658间教室照明进行护眼灯光提升 | 1800 | 2022 | 县教育局 |\n"
    )
    assert [(t.text[:8], t.deadline.text) for t in ledger.tasks] == [("对全县70所中小", "2022")]


def test_units_set_right_of_their_column_by_a_header_spanning_sub_columns() -> None:
    # 2022年工作计划 spans 投资 | 形象进度 and 项目建设阶段 spans three more: the rows' units stand two cells right
    # of 责任单位, where the header puts the completion rate and the progress.
    ledger = parse_text(
        "序号 | 项目名称 | 建设规模及内容 | 总投资 | 建设起止年限 | 2022年工作计划 | 项目建设阶段 | 责任单位 | 政策处理 单位 |\n"
        "投资 | 工程主要形象进度 | 完成 投资 | % | 主要形象进度 |\n"
        "1 | 中小学校护眼灯光工程 | 对全县70所中小学校1658间教室照明进行护眼灯光提升 | 1800 | 2022 | 1800 | 建成 | 1800"
        " | 100 | 完成 | 县教育局 |\n"
        "2 | 学校周边停车场地改造工程 | 解决城区学校周边停车难问题,筹建学生接送临时停车场 | 300 | 2022 | 300 | 建成"
        " | 300 | 100.0 | 建成 | 县城投集团 | 县住建局 |\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [("对全县70所", ["县教育局"]), ("解决城区学校", ["县城投集团", "县住建局"])]


def test_cells_set_apart_by_bar_lines_and_broken_over_lines() -> None:
    cells = [
        "类别", "序号", "任务名称", "任务要求及举措", "责任部门\n(加*号为牵头部门,\n其余为参与部门)", "责任街镇",
        "完成时间节点", "(一)\n持续\n推进\n示范村\n建设", "1", "完成2022年度\n乡村振兴示范村建设",
        "完成2022年度1个乡村振兴示范村建设。对照建设项目清单,如期完成建设任务。", "区农业农村委*", "浦江镇", "10月底",
        "2", "推进\n农民相对集中居住", "持续稳妥推进农民相对集中居住,完成年度工作目标任务。",
        "区规划资源局、\n区农业农村委*、\n区房管局", "浦江镇、浦锦街道、\n梅陇镇、颛桥镇", "12月底",
    ]  # fmt: skip
    ledger = parse_text("".join(f"{cell}\n|\n" for cell in cells))
    rows = [(t.number, t.text[:8], [d.name for d in t.departments if d.role is Role.LEAD], t.deadline.text)
            for t in ledger.tasks]  # fmt: skip
    assert rows == [
        ("1", "完成2022年度", ["区农业农村委"], "10月底"),
        ("2", "持续稳妥推进农民", ["区农业农村委"], "12月底"),
    ]
    assert [d.name for d in ledger.tasks[1].departments][-4:] == ["浦江镇", "浦锦街道", "梅陇镇", "颛桥镇"]


def test_a_line_that_reads_as_a_cell_of_its_own_is_not_joined_to_the_line_before() -> None:
    assert starts_a_cell("完善城市管理体制", "市委编办、市住建局、市城管局")
    assert starts_a_cell("市住建局、市环保局", "常态工作")
    assert starts_a_cell("1", "完善城市管理体制")
    assert starts_a_cell("开展环境卫生设施规划编制工作", "2016年底前")
    assert not starts_a_cell("持续", "推进")
    assert not starts_a_cell("区农业农村委*、", "区规划资源局")
    assert not starts_a_cell("完成2022年度", "乡村振兴示范村建设")


def test_a_header_cell_whose_last_word_the_page_set_on_a_line_of_its_own() -> None:
    cells = [
        "序号", "督查内容", "牵头责任", "单位", "协同责任单位", "落实情况", "(全年)", "完成状态",
        "1", "地区生产总值增长8.5%以上。", "市发改委", "市政府各部门、各直属机构。", "全年增长11%,居全省第2位", "已完成",
        "2", "规上工业增加值增长9.5%以上。", "市经信局", "市发改委、市税务局等。", "同比增长15.5%。", "已完成",
    ]  # fmt: skip
    ledger = parse_text(_double_spaced(*cells))
    rows = [(t.text[:6], [(d.name, d.role) for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("地区生产总值", [("市发改委", Role.LEAD), ("市政府各部门", Role.CO), ("各直属机构", Role.CO)]),
        ("规上工业增加", [("市经信局", Role.LEAD), ("市发改委", Role.CO), ("市税务局", Role.CO)]),
    ]


def test_rows_cut_at_task_cells_that_open_with_the_row_number_one_cell_a_line() -> None:
    cells = [
        "目标任务", "责任领导", "责任单位", "一、主要预期指标",
        "1. 生产总值增长7.5%以上。", "董贵波", "市发改委、市经信委,各县(市、区)政府",
        "2. 一般公共预算收入增长与经济增长基本同步。", "董贵波", "郑敏强", "市发改委、市财政局",
        "二、重点工作", "3. 加快建设湾区经济发展试验区。", "市发改委",
    ]  # fmt: skip
    ledger = parse_text(_double_spaced(*cells))
    rows = [(t.number, t.text[:6], t.area, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "生产总值增长", "主要预期指标", ["市发改委", "市经信委", "各县(市、区)政府"]),
        ("2", "一般公共预算", "主要预期指标", ["市发改委", "市财政局"]),
        ("3", "加快建设湾区", "重点工作", ["市发改委"]),
    ]


def test_numbered_task_cells_after_a_leader_merged_down_and_units_one_a_line() -> None:
    cells = [
        "牵头领导", "重点工作", "牵头单位", "配合单位", "备注",
        "周阳市长", "1.始终做到忠诚于党。学懂弄通做实习近平新时代中国特色社会主义思想。", "市府办", "各单位",
        "2.始终坚持依法行政。自觉接受人大依法监督、政协民主监督。", "市府办", "市司法局", "市审计局", "各单位",
    ]  # fmt: skip
    ledger = parse_text(_double_spaced(*cells))
    rows = [(t.number, t.text[:6], [(d.name, d.role) for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "学懂弄通做实", [("市府办", Role.LEAD), ("各单位", Role.CO)]),
        (
            "2",
            "自觉接受人大",
            [("市府办", Role.LEAD), ("市司法局", Role.CO), ("市审计局", Role.CO), ("各单位", Role.CO)],
        ),
    ]


def test_numbered_rows_of_a_table_whose_header_the_page_lost() -> None:
    ledger = parse_text(
        "1 | 完成27所学校教育基础设施改造提升,新安装空调970台。 | 县教育局 | 已经安装公办中小学970台空调。 | 按时序推进 |\n"
        "|\n"
        "2 | 完成10家示范型居家养老服务照料中心建设。 | 县民政局 | 已完成设计方案,5家施工中。 | 按时序推进 |\n"
        "|\n"
        "3 | 为全县200名以上残疾儿童实施基本康复服务和救助。 | 县残联 | 已完成半年度报销工作。 | 按时序推进 |\n"
    )
    rows = [(t.number, t.text[:10], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "完成27所学校教育基", ["县教育局"]),
        ("2", "完成10家示范型居家", ["县民政局"]),
        ("3", "为全县200名以上残", ["县残联"]),
    ]


def test_numbered_lines_with_bars_but_no_units_are_no_table() -> None:
    ledger = parse_text("1 | 2021年 | 增长5% |\n2 | 2022年 | 增长6% |\n")
    assert ledger.tasks == ()


def test_a_task_table_glued_into_one_run_of_text() -> None:
    ledger = parse_text(
        "重点任务分工清单\n"
        "序号工作任务责任单位21树立婚育新风。充分发挥传统媒体和新媒体作用。省委宣传部、省民政厅牵头;省总工会配合;"
        "各州(市)党委和政府落实22根据经济社会发展水平等因素,实行特别扶助制度扶助标准动态调整机制。"
        "省财政厅、省卫生健康委牵头;省优化生育政策工作部门联席会议成员单位配合23重大节日期间组织开展特殊家庭送温暖活动。深入"
    )
    rows = [(t.number, t.text[:8], [d.name for d in t.departments][:2], t.incomplete) for t in ledger.tasks]
    assert rows == [
        ("21", "树立婚育新风。充", ["省委宣传部", "省民政厅"], False),
        ("22", "根据经济社会发展", ["省财政厅", "省卫生健康委"], False),
        ("23", "重大节日期间组织", [], True),
    ]


def test_a_glued_table_with_a_leaders_column_is_not_split_by_guess() -> None:
    ledger = parse_text(
        "序号项目名称主要内容区政府分管领导牵头单位1增加教育资源供给实施新建学校项目12个。何海平教育局"
        "2促进就业稳定增长落实就业优先战略。何海平人社局3老城厢复兴发展完成纪念馆提升工程。何海平文体旅局"
    )
    assert not any(d.name.startswith("何海平") for t in ledger.tasks for d in t.departments)


def test_a_row_of_one_cell_and_empty_ones_is_a_further_task_of_the_row_above() -> None:
    ledger = parse_text(
        "序号 | 工作任务 | 责任单位 | 一季度目标 | 进展情况 | 目标完成情况 |\n"
        "1 | 新改扩建公办中小学校1所 | 教体局 | 室内安装 | 进展情况:完成80%。 | 顺利推进 |\n"
        "新增学位810个 | |||||\n"
        "2 | 完成结对帮扶学校2所 | 卫健局 | 互派人员到位 | 进展情况:3月10日交流。 | 顺利推进 |\n"
    )
    assert [(t.text, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("新改扩建公办中小学校1所", ["教体局"]),
        ("新增学位810个", ["教体局"]),
        ("完成结对帮扶学校2所", ["卫健局"]),
    ]


def test_an_area_heading_under_a_cell_per_line_header_heads_the_rows() -> None:
    ledger = parse_text(
        "序号\n\n目标任务\n\n牵头责任单位\n\n进展情况\n\n备注\n\n一、量化类任务(共14项)\n\n"
        "1\n\n农村居民人均可支配收入与经济增长同步\n\n经管科\n\n一季度增速7.7%。\n\n完成率\n\n"
        "2\n\n启动实施“两强一增”行动计划\n\n人教科\n\n促进科\n\n农办秘书科\n\n印发联席会议制度。\n\n"
    )
    rows = [(t.area, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("量化类任务(共14项)", ["经管科"]),
        ("量化类任务(共14项)", ["人教科", "促进科", "农办秘书科"]),
    ]


def test_a_spaced_row_the_page_stops_in_keeps_its_unit_cells() -> None:
    ledger = parse_text(
        "序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n"
        "1 加强水资源保护 严守红线 实施水资源消耗总量和强度双控行动。 市水利局 市发展改革委等 各县(市、区)人民政府\n"
        "2 严守效率红线 把节水目标任务完成情况纳入政绩考核内容。 市水利局 市住房和城乡建设局 各县(市、区)人民政府\n"
        "3   加快实施工业节水技术改造,坚决遏制用水浪费。 市工业和信息化委、市水利局 市发展改革委等 各县(市、区)人民政府,高"
    )
    last = ledger.tasks[-1]
    assert last.text.startswith("加快实施工业节水技术改造")
    assert [d.name for d in last.departments] == [
        "市工业和信息化委",
        "市水利局",
        "市发展改革委",
        "各县(市、区)人民政府",
    ]


def test_a_row_of_one_cell_under_a_header_that_lost_a_bar_does_not_raise() -> None:
    ledger = parse_text(
        "序号 | 工作任务  责任单位 | 一季度目标 | 进展情况 | 目标完成情况 |\n"
        "1 | 新改扩建公办中小学校1所  教体局 | 室内安装 | 进展情况:完成80%。 | 顺利推进 |\n"
        "新增学位810个 | |||||\n"
        "2 | 完成结对帮扶学校2所 | 教体局 | 互派人员到位 | 进展情况:3月10日交流。 | 顺利推进 |\n"
    )
    assert all(task.text for task in ledger.tasks)


def test_a_circled_number_is_no_row_number() -> None:
    ledger = parse_text(
        "序号\n\n项目内容\n\n当前进度\n\n牵头单位\n\n备注\n\n"
        "1\n\n新建公办园5所。\n\n80%\n\n县教育局\n\n市民生实事\n\n"
        "①6\n\n建设四好农村路55公里。\n\n95%\n\n县交通局\n\n县民生实事\n"
    )
    assert ledger.tasks[0].text == "新建公办园5所。"


def test_a_cell_per_line_table_whose_number_column_the_page_left_empty() -> None:
    ledger = parse_text(
        "序号\n\n重 点 工 作 任 务\n\n牵头领导\n\n牵头单位\n\n"
        "未来科技城要围绕打造创新驱动策源地,深化与浙江大学的合作。\n\n祝振伟\n\n陈夏林\n\n区科技局\n\n"
        "余杭经济技术开发区要对标国家级高新区,加快项目建设。\n\n沈  昱\n\n祝振伟\n\n余杭经济技术开发区(钱江经济开发区)\n\n"
        "良渚新城要坚持城北副中心发展定位,加快"
    )
    rows = [(t.text[:6], [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [
        ("未来科技城要", ["区科技局"], False),
        ("余杭经济技术", ["余杭经济技术开发区(钱江经济开发区)"], False),
        ("良渚新城要坚", [], True),
    ]


def test_a_unit_name_broken_over_two_lines_of_a_cell_per_line_row_is_joined() -> None:
    ledger = parse_text(
        "\n\n".join(
            (
                "序号", "重点工作", "牵头责任单位", "上半年落实情况",
                "1", "力争实施技改项目400个。", "市工信局", "共开展335个技改项目。",
                "2", "生活污水治理率达30%。", "市生态", "环境局", "已完成50个。",
                "3", "新增技能人才2万人。", "市人社局", "全市新增技能人才14826人。",
            )
        )
    )  # fmt: skip
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "力争实施技改项目400个。", ["市工信局"]),
        ("2", "生活污水治理率达30%。", ["市生态环境局"]),
        ("3", "新增技能人才2万人。", ["市人社局"]),
    ]


def test_a_last_column_of_how_the_work_stands_is_read_as_a_column_of_the_header() -> None:
    ledger = parse_text(
        "\n\n".join(
            (
                "序号", "重点工作内容", "牵头责任单位", "四季度任务分解", "四季度进展情况", "完成状况",
                "1", "开展市容秩序专项整治行动。", "区城管大队", "启动专项整治。", "召开调度会。", "已完成",
                "2", "深入推进生活垃圾分类工作。", "区环卫所", "对各街道开展督查考核1次。", "开展督查考核1次。", "已完成",
            )
        )
    )  # fmt: skip
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "开展市容秩序专项整治行动。", ["区城管大队"]),
        ("2", "深入推进生活垃圾分类工作。", ["区环卫所"]),
    ]


def test_a_target_table_whose_units_stand_one_a_line_some_written_short() -> None:
    ledger = parse_text(
        "\n\n".join(
            (
                "领域", "主要目标", "主要责任单位", "责任单位",
                "1.妇女在整个生命周期享有良好的基本卫生服务。", "省卫生厅", "省发改委", "省人口计生", "省妇联",
                "2.妇女艾滋病、性病感染率得到控制。", "省卫生厅", "人口计生", "省公安厅",
                "3.妇女心理健康知识知晓率提高。", "省卫生厅", "省新闻出版", "省总工会",
            )
        )
    )  # fmt: skip
    rows = [(t.number, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", ["省卫生厅", "省发改委", "省人口计生", "省妇联"]),
        ("2", ["省卫生厅", "人口计生", "省公安厅"]),
        ("3", ["省卫生厅", "省新闻出版", "省总工会"]),
    ]
    doubts = [d.message for d in ledger.diagnostics if d.code == "doubtful_department"]
    assert len(doubts) == 3  # each name written short is flagged for a person to check


def test_a_drill_table_named_by_its_subjects_with_a_scenario_column() -> None:
    ledger = parse_text(
        "\n".join(
            f"{cell} |"
            for cell in (
                "演练科目", "情景构建", "牵头责任 单 位", "责任单位", "时限要求",
                "危化品泄漏", "某化工厂危险化学品发生泄漏并燃烧。", "县安委办、县应急办", "县环保局、县公安局等",
                "4月底前完成方案,5.12期间完成演练",
                "群体性事件", "自行构建演练情景", "县维稳办", "县信访局、县公安局等", "8月底前完成方案,9月中旬完成演练",
            )
        )
    )  # fmt: skip
    rows = [(t.text, [d.name for d in t.departments], t.deadline.text) for t in ledger.tasks]
    assert rows == [
        ("危化品泄漏", ["县安委办", "县应急办", "县环保局", "县公安局"], "4月底前完成方案,5.12期间完成演练"),
        ("群体性事件", ["县维稳办", "县信访局", "县公安局"], "8月底前完成方案,9月中旬完成演练"),
    ]


def test_a_unit_cell_naming_a_zone_that_does_not_read_as_a_unit_is_kept_and_flagged() -> None:
    ledger = parse_text(
        "\n\n".join(
            (
                "序号", "重点工作任务", "牵头领导", "牵头单位",
                "1", "临平新城要围绕打造时尚产业新地标,启动建设九乔国际数字商贸城。", "祝振伟", "临平新城",
                "2", "推广农业新品种面积。", "张三", "由市科技局统筹安排",
                "3", "地区生产总值增长8%。", "李四", "常务副市长",
            )
        )
    )  # fmt: skip
    rows = [(t.number, [d.name for d in t.departments]) for t in ledger.tasks]
    doubts = [d.message for d in ledger.diagnostics if d.code == "doubtful_department"]
    assert rows == [("1", ["临平新城"]), ("2", []), ("3", [])]  # a leader's post is no unit's name
    assert doubts == ["“临平新城”不像单位名称，请核对"]


def test_a_document_stopping_in_the_last_unit_name_of_its_table() -> None:
    ledger = parse_text(
        "序号 | 重点工作 | 责任单位 |\n"
        "15 | 支持高校提升科技创新能力。 | 市教育局、市科技局 |\n"
        "16 | 健全以质量、贡献为导向的绩效评价机制。 | 市科技局、市经"
    )
    rows = [(t.number, [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [("15", ["市教育局", "市科技局"], False), ("16", ["市科技局"], True)]


def test_a_starred_row_number_of_a_cell_per_line_table_numbers_the_row() -> None:
    ledger = parse_text(
        "\n\n".join(
            (
                "序号", "重点工作任务", "责任单位",
                "(一)戴建平常务副市长牵头重点工作",
                "1*", "大力推进杭州城西科创大走廊建设。", "杭州城西科创产业集聚区管委会,市科技局",
                "2", "深入实施消费新政,提升传统消费。", "市商务局、市发改委",
            )
        )
    )  # fmt: skip
    rows = [(t.number, t.text, [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "大力推进杭州城西科创大走廊建设。", ["杭州城西科创产业集聚区管委会", "市科技局"]),
        ("2", "深入实施消费新政,提升传统消费。", ["市商务局", "市发改委"]),
    ]


def test_a_bar_table_whose_header_and_first_row_the_page_wrapped_onto_a_second_line() -> None:
    ledger = parse_text(
        "工作任务安排表\n"
        "序号 | 任务类别 | 细化措施 | 落实层级 | 责任单位 |\n"
        "配合单位 | 推出时间 |\n"
        "1 | 一、群众诉求快响应 |\n"
        "开展需求大征集活动,集中征集纳税人需求。 | 市县 | 纳税服务科 | 相关业务部门 | 2021年6月底前 |\n"
        "2 | 建立纳税人需求常态化响应机制。 | 市县 | 纳税服务中心 | 相关业务部门 | 全年推进 | |||\n"
        "国家税务总局六安市税务局\n"
    )
    rows = [
        (t.number, t.text[:6], [d.name for d in t.departments], t.deadline.text, t.section_path)
        for t in ledger.tasks
    ]
    assert rows == [
        ("1", "开展需求大征", ["纳税服务科", "相关业务部门"], "2021年6月底前", ("一、群众诉求快响应",)),
        ("2", "建立纳税人需", ["纳税服务中心", "相关业务部门"], "全年推进", ("一、群众诉求快响应",)),
    ]


def test_a_short_first_row_without_units_does_not_take_the_header_for_the_row_above() -> None:
    ledger = parse_text(
        "序号 | 工作任务 | 责任单位 | 完成时限 |\n"
        "1 | 完成废弃坑塘治理村庄10个。 | 2022年底 |\n"
        "2 | 建成污水管网5公里。 | 县水利局 | 2022年底 |\n"
        "县政府办公室\n"
    )
    rows = [(t.number, [d.name for d in t.departments], t.deadline.text) for t in ledger.tasks]
    assert rows == [("1", [], "2022年底"), ("2", ["县水利局"], "2022年底")]


def test_a_double_spaced_table_whose_co_operating_units_stand_one_a_line_after_a_person() -> None:
    ledger = parse_text(
        _double_spaced(
            "序号", "年度目标", "分管", "领导", "牵头单位", "责任人", "配合单位", "季度目标", "完成", "状况",
            "1", "地区生产总值增长6%", " ", "区发改委", "孟跟东", "区农水局", "区住建局", "区商务局区教育局",
            "各镇街", "开发区", "增长6%", "序时推进",
            "2", "规模以上工业增加值增长4%", " ", "区经信局", "王海英", "开发区", "渠沟镇", "西街道", "三",
        )
    )  # fmt: skip
    rows = [(t.number, t.text, [d.name for d in t.departments], t.incomplete) for t in ledger.tasks]
    assert rows == [
        (
            "1",
            "地区生产总值增长6%",
            ["区发改委", "区农水局", "区住建局", "区商务局", "区教育局", "各镇街", "开发区"],
            False,
        ),
        ("2", "规模以上工业增加值增长4%", ["区经信局", "开发区", "渠沟镇", "西街道"], True),
    ]


def test_a_line_of_a_space_after_the_last_row_is_no_empty_cell_of_it() -> None:
    ledger = parse_text(
        _double_spaced(
            "序号", "重点工作任务", "责任单位",
            "1", "深入实施消费新政,提升传统消费,培育新型消费。", "市商务局、市发改委",
            "2", "推进现代流通体系建设,建设数字生活服务强省。", "市商务局", "省牵头单位:省商务厅", " ",
            "二、省政府工作报告重点工作涉杭任务责任分解",
        )
    )  # fmt: skip
    assert [(t.number, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("1", ["市商务局", "市发改委"]),
        ("2", ["市商务局"]),
    ]


def test_a_grouped_table_whose_group_cell_reads_like_a_header_and_whose_last_row_is_cut() -> None:
    ledger = parse_text(
        _double_spaced(
            "2023年莲都区政府工作报告重点工作责任分解",
            "分类", "序号", "事项", "责任单位", "牵头单位",
            "发展目标", "1", "地区生产总值增长6.5%以上。", "区农业农村局、区经商局、区发改局", "区发改局",
            "2", "区本级固定资产投资增长25%。", "区发改局", "区发改局",
            "激发市场活力", "3", "深化政务服务“一网通办”,推动更多政务服务事项实现“一件事一次办”。",
            "区行政服务中心、区深改服务中心",
        )
    )  # fmt: skip
    rows = [(t.number, t.text[:6], [d.name for d in t.departments], t.area) for t in ledger.tasks]
    assert rows == [
        ("1", "地区生产总值", ["区发改局", "区农业农村局", "区经商局"], "发展目标"),
        ("2", "区本级固定资", ["区发改局"], "发展目标"),
        ("3", "深化政务服务", ["区行政服务中心", "区深改服务中心"], "激发市场活力"),
    ]


def test_rows_under_a_merged_group_cell_with_helping_units_one_a_line() -> None:
    ledger = parse_text(
        _double_spaced(
            "2024年金东区政府民生实事任务分解方案",
            "序号", "事项分类", "事项名称", "项目内容", "牵头单位", "协同单位",
            "1", "打造区域教育高地", "新(改、扩)建一批中小学校", "实施新(改、扩)建中小学校5家。", "区教体局",
            "东孝街道", "孝顺镇", "区发改局",
            "2", "中小学校清廉阳光厨房建设", "对28所中小学校食堂安装数字化验收平台。", "区教体局", "/",
            "3", "家门口青少年宫", "新建1个“家门口的青少年宫”。", "团区委", "各乡镇(街道)", "区教体局",
            "4", "新建1家公办普惠托育机构", "新增托班8个。", "区卫健局", "区住建局", "区机关事务",
        )
    )  # fmt: skip
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "实施新(改、", ["区教体局", "东孝街道", "孝顺镇", "区发改局"]),
        ("2", "对28所中小", ["区教体局"]),
        ("3", "新建1个“家", ["团区委", "各乡镇(街道)", "区教体局"]),
        ("4", "新增托班8个", ["区卫健局", "区住建局"]),
    ]
    assert ledger.tasks[2].section_path[-1:] == ("家门口青少年宫",)


def test_a_ledger_under_indicator_levels_whose_labelled_units_cell_is_merged_down() -> None:
    ledger = parse_text(
        _double_spaced(
            "红桥区2020年法治政府建设年度计划任务台账",
            "一级指标", "二级指标", "序号", "主要任务", "牵头、责任部门",
            "一、依法全面履行政府职能", "1.全面推行行政审批制度改革",
            "1", "主动公开全部行政审批事项清单,不断压缩办理时限。",
            "牵头单位:区政务服务办;责任部门:其他部门、各街道按职责分别负责",
            "2", "依据天津市行政许可事项目录,制定并公布红桥区行政许可事项目录。",
            "3", "全面清理规范行政审批中介服务,取消无法定依据的中介服务事项。",
        )
    )  # fmt: skip
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    units = ["区政务服务办", "其他部门", "各街道"]
    assert rows == [("1", "主动公开全部", units), ("2", "依据天津市行", units), ("3", "全面清理规范", units)]
    assert ledger.tasks[1].section_path[-1] == "一、依法全面履行政府职能、1.全面推行行政审批制度改革"


def test_an_indicator_tables_expected_effect_and_kind_columns_are_no_deadline() -> None:
    header = "序号 |\n指标名称 |\n预期效果 |\n完成时限 |\n指标 属性 |\n牵头负责司局 |\n备注 |\n"
    rows = "1 |\n创建国家级示范区 |\n确定首批示范区创建名单 |\n6月 |\n预期性 |\n规划司 |\n|\n"
    rows += "2 |\n钢铁去产能规模 |\n3000万吨左右 |\n12月 |\n约束性 |\n原材料工业司 |\n|\n"
    ledger = parse_text("2018年关键业绩指标如下。\n" + header + rows)
    assert [(t.text, t.deadline.text, [d.name for d in t.departments]) for t in ledger.tasks] == [
        ("创建国家级示范区", "6月", ["规划司"]),
        ("钢铁去产能规模", "12月", ["原材料工业司"]),
    ]


def test_a_table_one_cell_a_line_passes_over_its_header_repeated_on_a_new_page_and_joins_broken_titles() -> (
    None
):
    ledger = parse_text(
        "附件\n计量发展规划重点项目表\n序号\n工作内容\n工作目标\n责任单位\n"
        "1\n建立联席会议制度\n2016年8月前建立联席会议制度,明确重点工作任务。\n市质监局、市财政局\n"
        "2\n计量标准建设\n县级法定计量检定机构建标达到15项以上。\n市质监局、市质计所\n"
        "序号\n工作内容\n工作目标\n责任单位\n"
        "3\n诚信计量\n引导并培育350家以上诚信计量示范单位。\n市质监局、市工商局\n"
        "4\n企业计量检测和\n管理体系的建设\n通过测量管理体系认证的企业达到100家以上。\n市财政局、市质监局\n"
        "5\n民生计量(免费\n检定)\n对集贸市场的衡器和基层医疗卫生单位使用的强检计量器具实行免费检定。\n市财政局、市质监局\n"
    )
    rows = [(t.number, t.text[:6], [d.name for d in t.departments]) for t in ledger.tasks]
    assert rows == [
        ("1", "2016年8", ["市质监局", "市财政局"]),
        ("2", "县级法定计量", ["市质监局", "市质计所"]),
        ("3", "引导并培育3", ["市质监局", "市工商局"]),
        ("4", "通过测量管理", ["市财政局", "市质监局"]),
        ("5", "对集贸市场的", ["市财政局", "市质监局"]),
    ]


def test_a_bar_table_whose_header_row_ends_in_empty_cells_before_an_area() -> None:
    ledger = parse_text(
        "2024年政务公开重点工作任务分工\n工作任务 |\n具体要求 |\n责任科室 |\n时限要求 |\n||\n"
        "一、围绕服务经济和保障民生抓好主动公开 |\n(一)聚焦中心工作 |\n"
        "2 |\n深化民生领域信息公开,持续加大民生实事项目信息公开和宣传推广力度,及时回应群众关切。 |\n市民生办 |\n"
        "持续推进 |\n|\n|\n"
        "3 |\n聚焦“高效办成一件事”,集成式、一站式发布政务服务事项目录、办事指南、办理进展等。 |\n"
        "相关业务科室 |\n持续推进 |\n|\n|\n"
        "4 |\n涉及重大公共利益的政策文件,应通过征求意见、听证座谈等方式扩大公众参与。 |\n办公室 |\n持续推进 |\n|\n|\n"
    )
    rows = [(t.text[:6], [d.name for d in t.departments], t.deadline.text) for t in ledger.tasks]
    assert ("聚焦“高效办", ["相关业务科室"], "持续推进") in rows
    assert ("涉及重大公共", ["办公室"], "持续推进") in rows
