"""Browser tests: Debian's Chromium driven by Playwright, with a screenshot of every failing test.

Tests here take the `page` fixture (zh-CN, Asia/Shanghai, 1280x800) and usually pytest-django's `live_server`.
They are marked `browser` automatically, so `pytest -m "not browser"` leaves them out.
A failing test leaves `test-artifacts/screenshots/<test name>.png` at the repository root.
"""

from __future__ import annotations

import os

# Playwright's sync API runs an asyncio event loop in the test's thread, so Django's async-safety check would
# refuse every ORM call a test makes (SynchronousOnlyOperation) although nothing runs concurrently. Set before
# Django reads it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import re
import shutil
import warnings
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent.parent
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
HERE = Path(__file__).resolve().parent

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",  # we run as root in CI, where Chromium's sandbox refuses to start
    "--disable-gpu",
    "--disable-dev-shm-usage",  # containers often have a 64 MB /dev/shm, too small for Chromium
    "--disable-quic",
    "--no-first-run",
    # The test machines have no network: without these Chromium's background requests fail and the browser
    # then refuses connections, the live server's included.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives Chromium through Playwright (tests/browser)")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Keep each phase's report on the item (rep_setup, rep_call) for the `page` fixture's teardown."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("/usr/bin/chromium")
    if path is None:
        pytest.fail(
            "Chromium not found (the browser tests use Debian's chromium): run scripts/system-packages",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    context = browser.new_context(
        locale="zh-CN", timezone_id="Asia/Shanghai", viewport={"width": 1280, "height": 800}
    )
    context.set_default_timeout(10_000)  # fail in seconds, not after Playwright's 30 s default
    page = context.new_page()
    yield page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        name = re.sub(r"[^\w.-]+", "_", request.node.name)
        try:
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)
        except Exception as exc:  # the page may be gone; the test's own failure is what matters
            warnings.warn(f"no screenshot of {request.node.nodeid}: {exc}", stacklevel=1)
    context.close()
