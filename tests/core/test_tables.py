"""Task tables: real ones, and the ways plain text flattens them."""

from __future__ import annotations

from greenpolicy.core import parse_text
from greenpolicy.core.model import Role, TaskKind
from greenpolicy.core.parsing.tables import Column, column_of


def test_header_names_map_to_columns_and_people_columns_are_not_units() -> None:
    assert column_of("重点任务") is Column.TASK
    assert column_of("完成时限") is Column.DEADLINE
    assert column_of("时间节点") is Column.DEADLINE
    assert column_of("牵头单位") is Column.LEAD
    assert column_of("配合单位") is Column.CO
    assert column_of("责任单位") is Column.DEPARTMENTS
    assert column_of("责任领导") is Column.OTHER
    assert column_of("牵头市领导") is Column.OTHER
    assert column_of("序号") is Column.NUMBER
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
