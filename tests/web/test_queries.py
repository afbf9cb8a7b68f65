"""List pages run the same number of queries whatever the size of the ledger (no N+1)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from greenpolicy.accounts.models import Department, User
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.reporting.services import open_cycle
from tests.fixtures.programmes import add_key_tasks

pytestmark = pytest.mark.django_db

PAGES = [
    ("supervisor", "web:home", {}),
    ("ndrc_reporter", "web:home", {}),
    ("leader", "web:ledger", {}),
    ("leader", "web:ledger", {"warning": "red"}),
    ("leader", "web:ledger", {"q": "任务", "sort": "due"}),
    ("ndrc_reporter", "web:reporting", {}),
    ("supervisor", "web:cycles", {}),
    ("supervisor", "web:documents", {}),
]


def count_queries(client: Client, name: str, params: dict[str, str]) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(reverse(name), params)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_list_pages_do_not_grow_with_the_ledger(
    client_for: Callable[[str], Client], users: dict[str, User], departments: dict[str, Department]
) -> None:
    lead, co = departments["市发展改革委"], departments["市科技局"]
    document = PolicyDocument.objects.create(
        title="测试文件",
        original="documents/test.txt",
        original_name="test.txt",
        sha256="0" * 64,
        encoding="utf-8",
        text="正文",
    )
    tasks = add_key_tasks(document, 10, lead, co)
    today = timezone.localdate()
    open_cycle(
        document,
        actor=users["supervisor"],
        name="第一期",
        opens_on=today,
        due_on=today + timedelta(days=3),
        tasks=tasks,
    )
    clients = {role: client_for(role) for role, _, _ in PAGES}
    for role, name, params in PAGES:
        count_queries(clients[role], name, params)  # warm caches (content types, sessions)
    small = {
        (role, name, str(params)): count_queries(clients[role], name, params) for role, name, params in PAGES
    }

    more = add_key_tasks(document, 990, lead, co, start=10)
    open_cycle(
        document,
        actor=users["supervisor"],
        name="第二期",
        opens_on=today,
        due_on=today + timedelta(days=5),
        tasks=[*tasks, *more],
    )
    large = {
        (role, name, str(params)): count_queries(clients[role], name, params) for role, name, params in PAGES
    }
    assert Task.objects.count() == 1000
    assert large == small
