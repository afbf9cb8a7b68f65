"""List pages run the same number of queries whatever the size of the ledger (no N+1)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from greenpolicy.accounts.models import Department, User
from greenpolicy.ledger.models import Assignment, Milestone, PolicyDocument, Task
from greenpolicy.reporting.services import open_cycle

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


def add_tasks(
    document: PolicyDocument, count: int, lead: Department, co: Department, start: int
) -> list[Task]:
    tasks = Task.objects.bulk_create(
        Task(
            document=document,
            ref=f"K{position}",
            position=position,
            kind="key_task",
            number=str(position),
            area=f"领域{position % 3}",
            text=f"第{position}项任务",
            deadline_kind="date",
            deadline_text="2021年",
            due_on=date(2021 + position % 3, 12, 31),
        )
        for position in range(start, start + count)
    )
    Assignment.objects.bulk_create(
        assignment
        for task in tasks
        for assignment in (
            Assignment(task=task, department=lead, role="lead", written_name=lead.short_name),
            Assignment(task=task, department=co, role="co", written_name=co.short_name, position=1),
        )
    )
    Milestone.objects.bulk_create(
        Milestone(task=task, title="阶段", due_on=date(2021, 6, 30), planned_percent=50) for task in tasks
    )
    return tasks


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
    tasks = add_tasks(document, 10, lead, co, 0)
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

    more = add_tasks(document, 990, lead, co, 10)
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
