"""Fixtures of the page tests: the department registry, a user of each role, and the seed document on file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from greenpolicy.accounts.models import Department, Role, User
from greenpolicy.accounts.registry import sync_registry
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.ledger.services.ingestion import ingest_file
from tests.conftest import SEED

PASSWORD = "Lvse-2021-pass"  # noqa: S105 - a test password


@pytest.fixture(autouse=True)
def _files(settings: Any, tmp_path: Path) -> None:
    """Uploads, originals and evidence go to a fresh folder per test; static files need no collectstatic manifest."""
    settings.STORAGES = {
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "files"},
        },
    }


@pytest.fixture
def departments(db: None) -> dict[str, Department]:
    sync_registry()
    return {department.short_name: department for department in Department.objects.exclude(short_name="")}


@pytest.fixture
def make_user(departments: dict[str, Department]) -> Callable[..., User]:
    def make(username: str, role: Role, department: str | None = None, **extra: object) -> User:
        return User.objects.create_user(
            username=username,
            password=PASSWORD,
            role=role,
            department=departments[department] if department else None,
            first_name=username,
            **extra,
        )

    return make


@pytest.fixture
def users(make_user: Callable[..., User]) -> dict[str, User]:
    """One user of each role; 市发展改革委 leads key task 1, 市科技局 is its co-department, 市司法局 is neither."""
    return {
        "supervisor": make_user("督办员", Role.SUPERVISOR),
        "leader": make_user("领导", Role.LEADER),
        "ndrc_reporter": make_user("发改联络员", Role.REPORTER, "市发展改革委"),
        "ndrc_approver": make_user("发改负责人", Role.APPROVER, "市发展改革委"),
        "kj_reporter": make_user("科技联络员", Role.REPORTER, "市科技局"),
        "kj_approver": make_user("科技负责人", Role.APPROVER, "市科技局"),
        "sf_reporter": make_user("司法联络员", Role.REPORTER, "市司法局"),
    }


@pytest.fixture
def seed(users: dict[str, User]) -> PolicyDocument:
    return ingest_file(SEED.read_bytes(), SEED.name, actor=users["supervisor"])


@pytest.fixture
def key_task_1(seed: PolicyDocument) -> Task:
    return seed.tasks.get(kind="key_task", number="1")


@pytest.fixture
def client_for(users: dict[str, User]) -> Callable[[str], Client]:
    """A test client signed in as the named user of `users`."""

    def signed_in(name: str) -> Client:
        client = Client()
        client.force_login(users[name])
        return client

    return signed_in
