"""The ledger for people: the terminal table and the xlsx workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from greenpolicy.core import parse_path
from greenpolicy.core.model import (
    Deadline,
    DeadlineKind,
    DepartmentRef,
    Diagnostic,
    Ledger,
    Level,
    Role,
    Task,
    TaskKind,
)
from greenpolicy.core.rendering.table import display_width, render_table
from greenpolicy.core.rendering.xlsx import write_ledger_xlsx
from tests.conftest import SEED


def _ledger(text: str = "完善标准体系", lead: str = "市市场监管局") -> Ledger:
    task = Task(
        ref="K1",
        kind=TaskKind.KEY_TASK,
        number="1",
        section_path=("一、推行绿色设计",),
        text=text,
        actions=(text,),
        deadline=Deadline("2021年", DeadlineKind.DATE, date(2021, 12, 31)),
        departments=(
            DepartmentRef(lead, None, Role.LEAD),
            DepartmentRef("市发展改革委", "重庆市发展和改革委员会", Role.CO),
        ),
        area="推行绿色设计",
    )
    doubt = Diagnostic(Level.WARNING, "unknown_department", f"单位“{lead}”不在单位名录中", "K1")
    return Ledger(source="x.txt", encoding="utf-8", title="测试文件", tasks=(task,), diagnostics=(doubt,))


def test_wide_characters_count_two_columns() -> None:
    assert display_width("市发展改革委") == 12
    assert display_width("K1 2021") == 7


def _cut(line: str, columns: int) -> tuple[str, str]:
    """The line split after `columns` display columns."""
    used = 0
    for index, char in enumerate(line):
        if used >= columns:
            return line[:index], line[index:]
        used += display_width(char)
    return line, ""


def test_table_rows_line_up_whatever_the_script() -> None:
    table = render_table(parse_path(SEED), width=120)
    lines = table.splitlines()
    start = next(index for index, line in enumerate(lines) if line.startswith("序号")) + 2
    end = lines.index("存疑与提示：") - 1
    rows = lines[start:end]
    assert len(rows) >= 24
    boundaries = [
        6,
        6 + 2 + 14,
        6 + 2 + 14 + 2 + 26,
    ]  # 序号 | 任务领域 | 重点任务: 120 less the fixed 94 columns
    for line in rows:
        assert display_width(line) <= 120
        for boundary in boundaries:
            before, after = _cut(line, boundary)
            assert display_width(before) == boundary or not after, line
            assert after == "" or after.startswith("  "), line


def test_long_cells_wrap_within_their_column() -> None:
    table = render_table(_ledger(text="很长的任务" * 30), width=120)
    lines = table.splitlines()
    first = next(index for index, line in enumerate(lines) if line.startswith("K1"))
    assert lines[first + 1].startswith(" " * 6)
    assert max(display_width(line) for line in lines[first : first + 3]) <= 120


def test_table_shows_header_deadline_and_diagnostics() -> None:
    table = render_table(_ledger())
    assert "文件：测试文件" in table
    assert "2021年（2021-12-31）" in table
    assert "警告 unknown_department [K1]" in table


def test_xlsx_layout_dates_and_doubts(tmp_path: Path) -> None:
    path = tmp_path / "ledger.xlsx"
    write_ledger_xlsx([_ledger()], path)
    workbook = load_workbook(path)
    sheet = workbook["台账"]
    assert [cell.value for cell in sheet[1]][:5] == ["序号", "文件", "任务领域", "类型", "重点任务"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:L1"
    row = [cell.value for cell in sheet[2]]
    assert row[0] == "K1"
    assert row[7].date() == date(2021, 12, 31)
    assert row[8] == "市市场监管局"
    assert row[9] == "市发展改革委"
    assert "不在单位名录中" in row[11]
    assert workbook["诊断"].max_row == 2


def test_xlsx_cells_never_hold_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "ledger.xlsx"
    write_ledger_xlsx([_ledger(text='=HYPERLINK("http://x","点击")', lead="+市财政局")], path)
    sheet = load_workbook(path)["台账"]
    values = [cell for row in sheet.iter_rows() for cell in row]
    assert not any(cell.data_type == "f" for cell in values)
    assert sheet["E2"].value == '\'=HYPERLINK("http://x","点击")'
    assert sheet["I2"].value == "'+市财政局"
