"""On a tablet (768 × 1024), every main page fits the screen's width: wide tables scroll inside their own box."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.urls import reverse
from playwright.sync_api import Page

from greenpolicy.accounts.models import Role, User
from greenpolicy.accounts.registry import sync_registry
from greenpolicy.ledger.models import Task
from greenpolicy.ledger.services.ingestion import ingest_file
from tests.browser.test_main_story import PASSWORD, sign_in
from tests.conftest import ROOT, SEED

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"


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
    user = User.objects.create_user("tablet", password=PASSWORD, role=Role.SUPERVISOR)
    ingest_file(SEED.read_bytes(), SEED.name, actor=user)
    return user


def test_main_pages_fit_a_tablet_screen(page: Page, live_server: Any, supervisor: User) -> None:
    page.set_viewport_size({"width": 768, "height": 1024})
    sign_in(page, live_server.url, supervisor.username)
    task = Task.objects.get(kind="key_task", number="1")
    paths = [reverse("web:home"), reverse("web:ledger"), task.get_absolute_url(), reverse("web:documents"),
             reverse("web:document", args=[task.document_id]), reverse("web:cycles")]  # fmt: skip
    overflowing = []
    for path in paths:
        page.goto(live_server.url + path)
        if page.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
            overflowing.append(path)
    page.goto(live_server.url + reverse("web:ledger"))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "ledger_tablet.png")
    assert overflowing == []
