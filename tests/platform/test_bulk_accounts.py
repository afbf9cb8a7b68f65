"""Bulk import of departments and users from a spreadsheet: every row checked, then all written or nothing."""

from __future__ import annotations

import io
import tomllib
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import pytest
from django.contrib.auth import authenticate
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import Workbook, load_workbook

from greenpolicy.accounts.bulk import (
    MAX_ROWS,
    BulkError,
    Outcome,
    SheetKind,
    apply_bulk,
    preview_bulk,
    template_workbook,
)
from greenpolicy.accounts.models import Department, DepartmentKind, DepartmentLevel, Role, User
from greenpolicy.audit.models import AuditEntry
from greenpolicy.ledger.models import PolicyDocument
from tests.platform.conftest import People

pytestmark = pytest.mark.django_db

DEPARTMENT_HEADERS = ["全称", "简称", "别名", "层级", "类别"]
USER_HEADERS = ["用户名", "姓名", "所属部门", "角色", "邮箱"]

Rows = Sequence[Sequence[object]]


def xlsx(departments: Rows | None = None, users: Rows | None = None, **others: Rows) -> bytes:
    """A workbook with a 部门 and a 用户 sheet (first row: headers) and any other sheets named in `others`."""
    workbook = Workbook()
    workbook.remove(workbook.worksheets[0])
    for title, rows in {"部门": departments, "用户": users, **others}.items():
        if rows is not None:
            sheet = workbook.create_sheet(title)
            for row in rows:
                sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def new_users(*rows: Sequence[object]) -> bytes:
    return xlsx(users=[USER_HEADERS, *rows])


def seed_department_rows() -> list[list[str]]:
    """The registry's section of the departments named in the seed, as a spreadsheet of them would be written."""
    text = (resources.files("greenpolicy.core.data") / "departments.toml").read_text(encoding="utf-8")
    section = (
        text.split("# 重庆: the departments named in the seed")[1]
        .split("\n", 1)[1]
        .split("# 重庆: the other")[0]
    )
    levels = {value: str(label) for value, label in DepartmentLevel.choices}
    return [
        [
            entry["canonical"],
            entry.get("short", ""),
            "、".join(entry.get("aliases", ())),
            levels[entry["level"]],
            entry["kind"],
        ]
        for entry in tomllib.loads(section)["department"]
    ]


def only_errors(data: bytes, name: str = "accounts.xlsx") -> list[str]:
    preview = preview_bulk(data, name)
    assert preview.has_errors
    return preview.problems()


def test_the_seed_departments_are_all_recognised(people: People, seed: PolicyDocument) -> None:
    rows = seed_department_rows()
    assigned = Department.objects.filter(assignments__task__document=seed).values_list("name", flat=True)
    assert set(assigned) <= {row[0] for row in rows} and len(rows) == 28
    preview = preview_bulk(xlsx([DEPARTMENT_HEADERS, *rows]), "seed.xlsx")
    assert not preview.has_errors, preview.problems()
    assert {row.outcome for row in preview.departments} == {Outcome.UNCHANGED}
    assert len(preview.departments) == len(rows)


def test_an_existing_department_gains_aliases_and_an_empty_short_name(people: People) -> None:
    department = Department.objects.get(short_name="市水利局")
    department.short_name = ""
    department.save()
    data = xlsx(
        [
            ["名称", "类别", "简称", "别名"],  # any order, 名称 for 全称, no 层级 needed for existing rows
            [department.name, "政府部门", "市水利局", "重庆水利局,市水务局"],
        ]
    )
    preview = preview_bulk(data, "aliases.xlsx")
    [row] = preview.departments
    assert row.outcome is Outcome.UPDATE
    assert row.changes == ("设置简称：市水利局", "新增别名：重庆水利局、市水务局")
    result = apply_bulk(data, "aliases.xlsx", actor=people.office)
    department.refresh_from_db()
    assert result.departments_updated == [department]
    assert department.short_name == "市水利局"
    assert department.aliases[-2:] == ["重庆水利局", "市水务局"]
    entry = AuditEntry.objects.get(action="department.update")
    assert entry.actor == people.office
    assert entry.before["short_name"] == "" and entry.after["short_name"] == "市水利局"


def test_departments_and_users_are_created_with_roles_departments_and_unique_passwords(
    people: People,
) -> None:
    data = xlsx(
        users=[
            ["邮箱", "角色", "所属部门", "姓名", "账号"],  # headers in any order, 账号 for 用户名
            ["zhang@example.cn", "部门联络员", "市节能中心", "张三", "zhangsan"],
            ["", "部门负责人", "重庆市节能技术服务中心", "李四", "lisi"],  # the full name works as well
            ["", "督办员", "市发改委", "王五", "wangwu"],  # an alias of the registry
            [None, None, None, None, None],  # blank rows are ignored
            ["", "leader", "", "赵六", "zhaoliu"],  # the English value of the role
        ],
        departments=[
            DEPARTMENT_HEADERS,
            ["重庆市节能技术服务中心", "市节能中心", "节能中心、市节能技术中心", "市级", "政府部门"],
        ],
    )
    preview = preview_bulk(data, "accounts.xlsx")
    assert not preview.has_errors, preview.problems()
    assert [row.outcome for row in preview.departments] == [Outcome.CREATE]
    assert preview.count(SheetKind.USERS, Outcome.CREATE) == 4
    assert User.objects.filter(username="zhangsan").count() == 0  # previewing writes nothing

    result = apply_bulk(data, "accounts.xlsx", actor=people.office)
    centre = Department.objects.get(name="重庆市节能技术服务中心")
    assert centre.level == DepartmentLevel.MUNICIPAL and centre.kind == DepartmentKind.GOVERNMENT
    assert centre.aliases == ["节能中心", "市节能技术中心"]
    assert result.departments_created == [centre]
    zhang = User.objects.get(username="zhangsan")
    assert (zhang.first_name, zhang.role, zhang.department, zhang.email) == (
        "张三",
        Role.REPORTER,
        centre,
        "zhang@example.cn",
    )
    assert User.objects.get(username="lisi").role == Role.APPROVER
    wang = User.objects.get(username="wangwu")
    assert wang.role == Role.SUPERVISOR and wang.department is not None
    assert wang.department.short_name == "市发展改革委"
    assert User.objects.get(username="zhaoliu").department is None

    passwords = [user.password for user in result.users]
    assert len(set(passwords)) == 4 and all(len(password) >= 12 for password in passwords)
    for user in result.users:
        assert authenticate(username=user.username, password=user.password) is not None
        stored = User.objects.get(username=user.username).password
        assert user.password not in stored  # only the hash is kept
    assert AuditEntry.objects.filter(action="user.create", actor=people.office).count() == 4
    assert AuditEntry.objects.filter(action="department.create", target_id=str(centre.pk)).exists()
    assert not AuditEntry.objects.filter(after__has_key="password").exists()


def test_passwords_differ_from_one_import_to_the_next(people: People) -> None:
    first = apply_bulk(new_users(["a1", "甲", "", "领导", ""]), "a.xlsx", actor=people.office)
    second = apply_bulk(new_users(["a2", "乙", "", "领导", ""]), "b.xlsx", actor=people.office)
    assert first.users[0].password != second.users[0].password


@pytest.mark.parametrize(
    ("departments", "users", "reason"),
    [
        ([["简称", "层级", "类别"], ["市某某局", "市级", "政府部门"]], None, "“部门”表缺少“全称”列"),
        (None, [["用户名", "所属部门"], ["x", "市水利局"]], "“用户”表缺少“姓名”“角色”列"),
        ([DEPARTMENT_HEADERS, ["重庆市某某局", "", "", "市县", "政府部门"]], None, "未知层级“市县”"),
        ([DEPARTMENT_HEADERS, ["重庆市某某局", "", "", "市级", "事业单位"]], None, "未知类别“事业单位”"),
        ([DEPARTMENT_HEADERS, ["重庆市某某局", "", "", "", "政府部门"]], None, "缺少层级"),
        ([DEPARTMENT_HEADERS, ["", "市某某局", "", "市级", "政府部门"]], None, "缺少全称"),
        (
            [
                DEPARTMENT_HEADERS,
                ["重庆市某某局", "", "", "市级", "政府部门"],
                ["重庆市某某局", "", "", "市级", "政府部门"],
            ],
            None,
            "全称“重庆市某某局”在文件中重复（第2行）",
        ),
        (
            [DEPARTMENT_HEADERS, ["市水利局", "", "", "市级", "政府部门"]],
            None,
            "“市水利局”已是部门“重庆市水利局”的简称或别名",
        ),
        (
            [DEPARTMENT_HEADERS, ["重庆市某某局", "", "市水利局", "市级", "政府部门"]],
            None,
            "“市水利局”已是部门“重庆市水利局”的名称",
        ),
        (None, [USER_HEADERS, ["x", "某", "市水利局", "处长", ""]], "未知角色“处长”"),
        (None, [USER_HEADERS, ["x", "某", "市不存在局", "领导", ""]], "未找到部门“市不存在局”"),
        (None, [USER_HEADERS, ["x", "某", "", "部门联络员", ""]], "部门联络员须填写所属部门"),
        (None, [USER_HEADERS, ["x", "某", "", "领导", "not-an-email"]], "邮箱格式不正确：not-an-email"),
        (
            None,
            [USER_HEADERS, ["x", "某", "", "领导", ""], ["X", "某", "", "领导", ""]],
            "用户名“X”在文件中重复（第2行）",
        ),
        (None, [USER_HEADERS, ["fgw", "某", "", "领导", ""]], "用户名“fgw”已存在"),
        (None, [USER_HEADERS, ["FGW", "某", "", "领导", ""]], "用户名“FGW”已存在"),
        (None, [USER_HEADERS, ["a b", "某", "", "领导", ""]], "用户名“a b”无效"),
        (None, [USER_HEADERS, ["x", "", "", "领导", ""]], "缺少姓名"),
        (
            None,
            [USER_HEADERS, ["x", '=HYPERLINK("http://evil.example","点我")', "", "领导", ""]],
            "“姓名”含公式",
        ),
        (None, [USER_HEADERS, ["x", "某", "", "领导", "@SUM(1)"]], "“邮箱”含公式"),
    ],
)
def test_each_error_is_reported_on_its_row_and_nothing_is_written(
    people: People, departments: Rows | None, users: Rows | None, reason: str
) -> None:
    before = (Department.objects.count(), User.objects.count(), AuditEntry.objects.count())
    data = xlsx(departments, users)
    assert any(reason in problem for problem in only_errors(data)), only_errors(data)
    with pytest.raises(BulkError) as raised:
        apply_bulk(data, "accounts.xlsx", actor=people.office)
    assert raised.value.preview is not None and raised.value.preview.has_errors
    assert (Department.objects.count(), User.objects.count(), AuditEntry.objects.count()) == before


def test_one_bad_row_keeps_every_good_row_out(people: People) -> None:
    data = xlsx(
        [DEPARTMENT_HEADERS, ["重庆市甲局", "市甲局", "", "市级", "政府部门"]],
        [USER_HEADERS, ["good", "好", "市甲局", "部门联络员", ""], ["bad", "坏", "市乙局", "部门联络员", ""]],
    )
    preview = preview_bulk(data, "mixed.xlsx")
    assert [row.outcome for row in preview.rows] == [Outcome.CREATE, Outcome.CREATE, Outcome.ERROR]
    assert preview.problems() == ["“用户”表第3行：未找到部门“市乙局”（请填写全称、简称或别名）"]
    with pytest.raises(BulkError):
        apply_bulk(data, "mixed.xlsx", actor=people.office)
    assert not Department.objects.filter(name="重庆市甲局").exists()
    assert not User.objects.filter(username="good").exists()


def test_a_real_formula_cell_is_refused(people: People) -> None:
    data = xlsx([DEPARTMENT_HEADERS, ["重庆市甲局", "=A1", "", "市级", "政府部门"]])
    assert load_workbook(io.BytesIO(data))["部门"]["B2"].data_type == "f"
    assert any("“简称”含公式" in problem for problem in only_errors(data))


def test_merged_cells_give_each_row_the_merged_value(people: People) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "用户"
    sheet.append(["重庆市用户名单"])  # a title row above the headers
    sheet.merge_cells("A1:E1")
    sheet.append(USER_HEADERS)
    sheet.append(["u1", "甲", "市水利局", "部门联络员", ""])
    sheet.append(["u2", "乙", None, "部门负责人", ""])
    sheet.append(["u3", "丙", None, "部门联络员", ""])
    sheet.merge_cells("C3:C5")
    buffer = io.BytesIO()
    workbook.save(buffer)
    result = apply_bulk(buffer.getvalue(), "merged.xlsx", actor=people.office)
    assert [user.department for user in result.users] == ["重庆市水利局"] * 3


def test_csv_in_utf8_with_bom_and_in_gbk(people: People) -> None:
    text = "姓名,用户名,角色,所属部门\n钱七,qianqi,部门联络员,市水利局\n\n孙八,sunba,领导,\n"
    for encoding in ("utf-8-sig", "utf-8", "gbk"):
        preview = preview_bulk(text.encode(encoding), "users.csv")
        assert not preview.has_errors, (encoding, preview.problems())
        assert [row.cells["username"] for row in preview.users] == ["qianqi", "sunba"]
        assert [row.line for row in preview.users] == [2, 4]
    departments = '全称,层级,类别,别名\n重庆市丙局,市级,政府部门,"丙局,市丙局"\n'.encode("gbk")
    preview = preview_bulk(departments, "departments.csv")
    assert [row.kind for row in preview.rows] == [SheetKind.DEPARTMENTS]
    apply_bulk(departments, "departments.csv", actor=people.office)
    assert Department.objects.get(name="重庆市丙局").aliases == ["丙局", "市丙局"]


def test_a_csv_formula_and_an_unreadable_file_are_refused(people: People) -> None:
    data = '用户名,姓名,角色\nx,"=HYPERLINK(""http://evil.example"")",领导\n'.encode()
    assert any("含公式" in problem for problem in only_errors(data, "users.csv"))
    assert only_errors(b"\xff\xfe\x00garbage", "users.xls") == [
        "不支持的文件类型，请上传 Excel 工作簿（.xlsx）或 CSV 文件"
    ]
    assert "无法读取表格文件" in only_errors(b"PK\x03\x04 not a zip", "users.xlsx")[0]
    assert "未找到部门表或用户表" in only_errors("序号,备注\n1,2\n".encode(), "other.csv")[0]


def test_rows_beyond_the_cap_are_refused(people: People) -> None:
    lines = ["用户名,姓名,角色", *(f"u{index},某,领导" for index in range(MAX_ROWS * 2))]
    [problem] = only_errors("\n".join(lines).encode(), "many.csv")
    assert f"数据行超过 {MAX_ROWS} 行的上限（共 {MAX_ROWS * 2} 行）" in problem
    rows = [[f"u{index}", "某", "", "领导", ""] for index in range(MAX_ROWS + 1)]
    [problem] = only_errors(new_users(*rows))
    assert f"（共 {MAX_ROWS + 1} 行）" in problem


def test_only_supervisors_and_administrators_may_import(people: People) -> None:
    data = new_users(["x", "某", "", "领导", ""])
    for actor in (people.leader, people.lead_reporter, people.lead_approver):
        with pytest.raises(PermissionDenied):
            apply_bulk(data, "users.xlsx", actor=actor)
    assert not User.objects.filter(username="x").exists()
    assert apply_bulk(data, "users.xlsx", actor=people.admin).users[0].username == "x"


def test_only_an_administrator_may_create_administrators(people: People) -> None:
    data = new_users(["root2", "某", "", "系统管理员", ""])
    with pytest.raises(BulkError):
        apply_bulk(data, "users.xlsx", actor=people.office)
    assert apply_bulk(data, "users.xlsx", actor=people.admin).users[0].role == "系统管理员"


def test_the_template_has_both_sheets_and_reads_back_as_empty(people: People) -> None:
    data = template_workbook()
    workbook = load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == ["部门", "用户"]
    assert [cell.value for cell in workbook["部门"][1]] == [*DEPARTMENT_HEADERS, "地区"]
    assert [cell.value for cell in workbook["用户"][1]] == USER_HEADERS
    preview = preview_bulk(data, "template.xlsx")
    assert preview.rows == () and not preview.has_errors


def test_the_command_prints_errors_and_exits_2(
    people: People, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(new_users(["x", "某", "", "处长", ""]))
    with pytest.raises(CommandError) as raised:
        call_command("import_accounts", str(path))
    assert raised.value.returncode == 2
    assert "“用户”表第2行：未知角色“处长”" in capsys.readouterr().err
    assert not User.objects.filter(username="x").exists()


def test_the_command_imports_and_prints_passwords_once(
    people: People, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "good.xlsx"
    path.write_bytes(new_users(["cmd1", "某", "市水利局", "部门联络员", ""]))
    call_command("import_accounts", str(path), "--user", "office")
    out = capsys.readouterr().out
    password = out.strip().splitlines()[-1].split("\t")[-1]
    assert authenticate(username="cmd1", password=password) is not None
    assert AuditEntry.objects.get(action="user.create").actor == people.office
