"""The dashboard in Chromium: its charts drawn from the vendored ECharts, and a bar's click opening the ledger."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from greenpolicy.accounts.models import Role, User
from greenpolicy.accounts.registry import sync_registry
from greenpolicy.ledger.models import Task
from greenpolicy.ledger.services.ingestion import ingest_file
from greenpolicy.ledger.services.supervision import close_task
from greenpolicy.reporting.models import ProgressReport, ReportState
from greenpolicy.reporting.services import open_cycle
from tests.conftest import ROOT, SEED

PASSWORD = "Lvse-2021-pass"  # noqa: S105 - a test password
SCREENSHOT = ROOT / "test-artifacts" / "screenshots" / "dashboard.png"

# The centre of a bar in page coordinates: the bar's value and category through `convertToPixel`, its band through
# the series' layout (bars of a category sit side by side, so the category's centre may fall between them).
BAR_CENTRE = """([key, series, index]) => {
  const chart = window.greenpolicyCharts[key];
  const value = chart.getOption().series[series].data[index];
  const [x0] = chart.convertToPixel({seriesIndex: series}, [0, index]);
  const [x1] = chart.convertToPixel({seriesIndex: series}, [value, index]);
  const bar = chart.getModel().getSeriesByIndex(series).getData().getItemLayout(index);
  const box = chart.getDom().getBoundingClientRect();
  return {x: box.left + (x0 + x1) / 2, y: box.top + bar.y + bar.height / 2, value: value};
}"""


@pytest.fixture
def supervisor(transactional_db: None, settings: Any, tmp_path: Path) -> User:
    settings.STORAGES = {
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path},
        },
    }
    sync_registry()
    user = User.objects.create_user(
        "supervisor", password=PASSWORD, role=Role.SUPERVISOR, first_name="督办员"
    )
    seed = ingest_file(SEED.read_bytes(), SEED.name, actor=user)
    # A cycle that fell due five days ago: key task 1's co-input filed on time, its lead report late, key task 3's
    # report not filed; key task 3 closed before the due date.
    today = timezone.localdate()
    k1, k3 = (Task.objects.get(document=seed, kind="key_task", number=number) for number in ("1", "3"))
    cycle = open_cycle(
        seed, actor=user, name="第一期", opens_on=today - timedelta(days=30), due_on=today - timedelta(days=5),
        tasks=[k1, k3],
    )  # fmt: skip
    for task, days_ago in ((k1, 6), (k1, 2)):
        report = ProgressReport.objects.filter(cycle=cycle, task=task, state=ReportState.DRAFT).order_by(
            "kind"
        )[0]
        report.state, report.submitted_at = ReportState.SENT, timezone.now() - timedelta(days=days_ago)
        report.save()
    close_task(k3, actor=user, evidence="渝府办发〔2021〕1号")
    Task.objects.filter(pk=k3.pk).update(closed_at=timezone.now() - timedelta(days=10))
    return user


def test_a_bar_opens_the_filtered_ledger(page: Page, live_server: Any, supervisor: User) -> None:
    base = live_server.url
    page.goto(f"{base}/login/")
    page.fill("#id_username", "supervisor")
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="登录").click()
    expect(page.get_by_role("heading", name="首页")).to_be_visible()

    page.get_by_role("link", name="驾驶舱").click()
    expect(page.get_by_role("heading", name="驾驶舱")).to_be_visible()
    expect(page.locator("#chart-areas canvas")).to_be_visible()
    for key in ("lead", "co", "deadlines", "cycles", "trend"):
        expect(page.locator(f"#chart-{key} canvas")).to_have_count(1)
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOT, full_page=True)

    # The first area, 推行绿色设计: its "tasks" bar (series 0) counts measure (一) and key tasks 1-4.
    point = page.evaluate(BAR_CENTRE, ["areas", 0, 0])
    assert point["value"] == 5
    page.mouse.click(point["x"], point["y"])
    page.wait_for_url("**/ledger/?*")
    assert urlsplit(page.url).path == "/ledger/"
    assert dict(parse_qsl(urlsplit(page.url).query)) == {"area": "推行绿色设计"}
    expect(page.locator("#ledger-table")).to_contain_text("共 5 项任务")  # 3 closed
    expect(page.locator("#ledger-table tbody tr")).to_have_count(5)
    expect(page.locator("#id_area")).to_have_value("推行绿色设计")
