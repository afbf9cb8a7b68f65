"""The main story in a real browser: ingest, open a cycle, co-department input, lead report, sign-off, review, 销号."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from greenpolicy.accounts.models import Department, Role, User
from greenpolicy.accounts.registry import sync_registry
from greenpolicy.ledger.models import Task
from tests.conftest import ROOT, SEED

PASSWORD = "Lvse-2021-pass"  # noqa: S105 - a test password
EVIDENCE = "渝府办发〔2021〕1号"
SCREENSHOT = ROOT / "test-artifacts" / "screenshots" / "main_story.png"


@pytest.fixture
def people(transactional_db: None, settings: Any, tmp_path: Path) -> dict[str, User]:
    settings.STORAGES = {
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path},
        },
    }
    sync_registry()

    def user(username: str, role: Role, department: str | None = None) -> User:
        unit = Department.objects.get(short_name=department) if department else None
        return User.objects.create_user(
            username, password=PASSWORD, role=role, department=unit, first_name=username
        )

    return {
        "supervisor": user("supervisor", Role.SUPERVISOR),
        "kj": user("kj-reporter", Role.REPORTER, "市科技局"),
        "ndrc": user("ndrc-reporter", Role.REPORTER, "市发展改革委"),
        "approver": user("ndrc-approver", Role.APPROVER, "市发展改革委"),
    }


def sign_in(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="登录").click()
    expect(page.get_by_role("heading", name="首页")).to_be_visible()


def sign_out(page: Page) -> None:
    page.get_by_role("button", name="退出").click()
    expect(page.locator("#id_username")).to_be_visible()


def open_report(page: Page, base: str) -> None:
    """From the department's inbox, the report on key task 1 (加快构建市场导向的绿色技术创新体系…)."""
    page.goto(f"{base}/reporting/")
    page.get_by_role("link", name=re.compile("^加快构建市场导向的绿色技术创新体系")).click()


def test_main_story(page: Page, live_server: Any, people: dict[str, User]) -> None:
    base = live_server.url
    today = timezone.localdate()

    # The supervisor ingests the seed through the upload page and confirms.
    sign_in(page, base, "supervisor")
    page.get_by_role("link", name="政策文件").click()
    page.get_by_role("link", name="导入文件").click()
    page.set_input_files("input[name=file]", str(SEED))
    page.get_by_role("button", name="上传并解析").click()
    expect(page.get_by_role("heading", name="解析出 24 项任务")).to_be_visible()
    page.get_by_role("button", name="确认导入").click()
    expect(page.locator(".message-success")).to_contain_text("共24项任务")
    task = Task.objects.get(kind="key_task", number="1")

    # It opens a reporting cycle whose due date has passed: the task's report is overdue, so the task is red.
    page.get_by_role("link", name="报送周期").click()
    page.get_by_role("link", name="发起报送周期").click()
    page.select_option("#id_document", label="关于加快建立绿色生产和消费法规政策体系的实施意见")
    page.fill("#id_name", "2026年第四季度")
    page.fill("#id_opens_on", (today - timedelta(days=30)).isoformat())
    page.fill("#id_due_on", (today - timedelta(days=1)).isoformat())
    page.fill("#id_co_input_due_on", (today - timedelta(days=5)).isoformat())
    page.get_by_role("button", name="发起").click()
    expect(page.get_by_role("heading", name="2026年第四季度")).to_be_visible()
    page.goto(f"{base}{task.get_absolute_url()}")
    before = page.locator("#task-warning .badge")
    expect(before).to_have_attribute("data-warning", "red")
    expect(before).to_contain_text("逾期未报")
    sign_out(page)

    # The co-department (市科技局) writes and sends its input to the lead department.
    sign_in(page, base, "kj-reporter")
    open_report(page, base)
    page.fill("#id_progress", "市科技局：已组织绿色技术创新项目12项。")
    page.fill("#id_problems", "无")
    page.fill("#id_next_steps", "继续推进成果转化。")
    page.get_by_role("button", name="保存").click()
    expect(page.locator(".message-success")).to_contain_text("报告已保存")
    page.get_by_role("button", name="报送牵头单位").click()
    expect(page.locator("#report-state")).to_have_text("已报牵头单位")
    sign_out(page)

    # The lead department (市发展改革委) sees the input, writes the consolidated report and submits it.
    sign_in(page, base, "ndrc-reporter")
    open_report(page, base)
    expect(page.locator("#co-inputs")).to_contain_text("已组织绿色技术创新项目12项")
    page.fill("#id_progress", "市发展改革委会同市科技局建立绿色技术创新评价指标体系。")
    page.fill("#id_problems", "无")
    page.fill("#id_next_steps", "申请销号。")
    page.fill("#id_percent", "100")
    page.check("#id_completed")
    page.fill("#id_closure_evidence", EVIDENCE)
    page.get_by_role("button", name="保存").click()
    expect(page.locator(".message-success")).to_contain_text("报告已保存")
    page.get_by_role("button", name="提交审签").click()
    expect(page.locator("#report-state")).to_have_text("待负责人审签")
    sign_out(page)

    # The lead department's approver signs it off.
    sign_in(page, base, "ndrc-approver")
    page.goto(f"{base}/reporting/review/")
    page.get_by_role("link", name=re.compile("^1 加快构建市场导向")).click()
    page.get_by_role("button", name="审签").click()
    expect(page.locator("#report-state")).to_have_text("待督办审核")
    sign_out(page)

    # The supervisor accepts the report and closes the task on the evidence.
    sign_in(page, base, "supervisor")
    page.goto(f"{base}/reporting/review/")
    page.get_by_role("link", name=re.compile("^1 加快构建市场导向")).click()
    page.check("#accept-form input[name=close]")
    page.fill("#accept-form input[name=evidence]", EVIDENCE)
    page.locator("#accept-form").get_by_role("button", name="审核通过").click()
    expect(page.locator("#report-state")).to_have_text("审核通过")

    page.goto(f"{base}{task.get_absolute_url()}")
    after = page.locator("#task-warning .badge")
    expect(after).to_have_attribute("data-warning", "green")
    expect(after).to_contain_text("已销号")
    expect(page.locator("#task-status")).to_contain_text("已销号")
    actions = page.locator("#history li").evaluate_all("items => items.map(item => item.dataset.action)")
    story = ["report.save", "report.send", "report.submit", "report.sign_off", "report.accept", "task.close"]
    positions = [actions.index(step) for step in story]
    assert positions == sorted(positions), actions
    expect(page.locator("#history")).to_contain_text(EVIDENCE)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOT, full_page=True)

    # The ledger's filters swap only the table (htmx) and keep the filter in the address.
    page.goto(f"{base}/ledger/")
    page.select_option("#id_warning", "green")
    expect(page).to_have_url(re.compile(r"warning=green"))
    expect(page.locator(f'#ledger-table tr[data-task="{task.pk}"] .badge')).to_have_attribute(
        "data-warning", "green"
    )
    expect(page.locator("#ledger-table tbody tr")).not_to_have_count(24)
