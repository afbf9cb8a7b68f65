"""Importing departments and users through the pages: upload, review each row, confirm, see the passwords once."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

import pytest
from django.contrib.auth import authenticate
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from greenpolicy.accounts.models import Department, Role, User

pytestmark = pytest.mark.django_db

USER_HEADERS = ["用户名", "姓名", "所属部门", "角色", "邮箱"]


def workbook(users: list[list[str]], departments: list[list[str]] | None = None) -> bytes:
    book = Workbook()
    book.remove(book.worksheets[0])
    for title, rows in (("部门", departments), ("用户", users)):
        if rows is not None:
            sheet = book.create_sheet(title)
            for row in rows:
                sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def upload(client: Client, data: bytes, name: str = "accounts.xlsx") -> Any:
    return client.post(reverse("web:accounts_import"), {"file": SimpleUploadedFile(name, data)})


GOOD = workbook(
    [
        USER_HEADERS,
        ["zhouyi", "周一", "市节能中心", "部门联络员", "zhou@example.cn"],
        ["wuer", "吴二", "市水利局", "部门负责人", ""],
    ],
    [["全称", "简称", "层级", "类别"], ["重庆市节能技术服务中心", "市节能中心", "市级", "政府部门"]],
)


def test_upload_review_confirm_shows_each_password_once(
    client_for: Callable[[str], Client], departments: dict[str, Department]
) -> None:
    client = client_for("supervisor")
    page = client.get(reverse("web:accounts_import"))
    assert page.status_code == 200 and "导入部门和用户" in page.text
    response = upload(client, GOOD)
    assert response.status_code == 302
    review_url = response["Location"]
    sha256 = review_url.rstrip("/").rsplit("/", 1)[1]
    assert review_url == reverse("web:accounts_import_review", args=[sha256])
    assert default_storage.exists(f"staging/accounts/{sha256}/accounts.xlsx")

    review = client.get(review_url)
    assert review.status_code == 200
    assert "重庆市节能技术服务中心" in review.text and "zhouyi" in review.text
    assert review.text.count("新增</span>") == 3
    assert f'name="sha256" value="{sha256}"' in review.text
    assert not User.objects.filter(username="zhouyi").exists()  # reviewing writes nothing

    result = client.post(reverse("web:accounts_import_confirm"), {"sha256": sha256})
    assert result.status_code == 200
    assert "no-store" in result["Cache-Control"]
    assert "只显示这一次" in result.text
    passwords = dict(re.findall(r"<tr><td>(\w+)</td>.*?<code>([^<]+)</code>", result.text))
    assert set(passwords) == {"zhouyi", "wuer"}
    for username, password in passwords.items():
        assert authenticate(username=username, password=password) is not None
    zhou = User.objects.get(username="zhouyi")
    assert zhou.role == Role.REPORTER and zhou.department is not None
    assert zhou.department.name == "重庆市节能技术服务中心"
    assert not default_storage.exists(f"staging/accounts/{sha256}/accounts.xlsx")

    again = client.post(reverse("web:accounts_import_confirm"), {"sha256": sha256}, follow=True)
    assert "暂存文件已不存在" in again.text  # posting again neither re-imports nor shows the passwords
    assert all(password not in again.text for password in passwords.values())


def test_rows_with_errors_are_listed_and_cannot_be_confirmed(
    client_for: Callable[[str], Client], departments: dict[str, Department]
) -> None:
    client = client_for("supervisor")
    data = workbook([USER_HEADERS, ["ok", "好", "", "领导", ""], ["bad", "坏", "市不存在局", "处长", "x@"]])
    review = client.get(upload(client, data)["Location"])
    assert 'id="errors"' in review.text
    assert "“用户”表第3行：未知角色“处长”" in review.text
    assert "未找到部门“市不存在局”" in review.text
    assert "邮箱格式不正确：x@" in review.text
    assert reverse("web:accounts_import_confirm") not in review.text
    sha256 = re.findall(r"[0-9a-f]{64}", review.request["PATH_INFO"])[0]
    refused = client.post(reverse("web:accounts_import_confirm"), {"sha256": sha256}, follow=True)
    assert "文件有错误，未导入任何内容" in refused.text
    assert not User.objects.filter(username="ok").exists()


def test_an_unreadable_file_is_refused_on_the_form(
    client_for: Callable[[str], Client], departments: dict[str, Department]
) -> None:
    response = upload(client_for("supervisor"), "序号,备注\n1,2\n".encode(), "other.csv")
    assert response.status_code == 200
    assert "未找到部门表或用户表" in response.text
    assert not default_storage.exists("staging/accounts")


def test_a_csv_file_goes_through_the_same_flow(
    client_for: Callable[[str], Client], departments: dict[str, Department]
) -> None:
    client = client_for("supervisor")
    data = "用户名,姓名,角色,所属部门\nzhengjiu,郑九,部门联络员,市水利局\n".encode("gbk")
    review = client.get(upload(client, data, "users.csv")["Location"])
    sha256 = re.search(r'name="sha256" value="([0-9a-f]{64})"', review.text)
    assert sha256 is not None
    client.post(reverse("web:accounts_import_confirm"), {"sha256": sha256[1]})
    assert User.objects.get(username="zhengjiu").department == departments["市水利局"]


def test_the_template_downloads_with_both_sheets(
    client_for: Callable[[str], Client], departments: dict[str, Department]
) -> None:
    response = client_for("supervisor").get(reverse("web:accounts_import_template"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response["Content-Disposition"]
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["部门", "用户"]
    assert [cell.value for cell in book["用户"][1]] == USER_HEADERS


@pytest.mark.parametrize("name", ["leader", "ndrc_reporter", "ndrc_approver"])
def test_other_roles_are_refused_everywhere(client_for: Callable[[str], Client], name: str) -> None:
    client = client_for(name)
    sha256 = "0" * 64
    assert client.get(reverse("web:accounts_import")).status_code == 403
    assert upload(client, GOOD).status_code == 403
    assert client.get(reverse("web:accounts_import_template")).status_code == 403
    assert client.get(reverse("web:accounts_import_review", args=[sha256])).status_code == 403
    assert client.post(reverse("web:accounts_import_confirm"), {"sha256": sha256}).status_code == 403
    assert reverse("web:accounts_import") not in client.get(reverse("web:home")).text
    assert not User.objects.filter(username="zhouyi").exists()


def test_the_nav_links_the_import_for_supervisors(client_for: Callable[[str], Client]) -> None:
    assert reverse("web:accounts_import") in client_for("supervisor").get(reverse("web:home")).text
