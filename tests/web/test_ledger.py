"""The ledger page: its filters, search, warning colours and the htmx partial."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from greenpolicy.accounts.models import Department, User
from greenpolicy.ledger.models import PolicyDocument
from greenpolicy.ledger.services.supervision import close_task

pytestmark = pytest.mark.django_db


def rows(html: str) -> list[str]:
    return re.findall(r'<tr data-task="(\d+)">', html)


def test_unfiltered_ledger_lists_every_current_task(
    client_for: Callable[[str], Client], seed: PolicyDocument
) -> None:
    response = client_for("leader").get(reverse("web:ledger"))
    assert response.status_code == 200
    assert len(rows(response.text)) == 24
    for heading in ("序号", "任务领域", "重点任务", "完成时限", "牵头单位", "配合单位", "状态", "预警"):
        assert f"<th>{heading}</th>" in response.text
    assert 'hx-get="/ledger/"' in response.text and 'hx-push-url="true"' in response.text


def test_department_filter_with_role(
    client_for: Callable[[str], Client], seed: PolicyDocument, departments: dict[str, Department]
) -> None:
    client = client_for("leader")
    kj = departments["市科技局"]
    every = rows(client.get(reverse("web:ledger"), {"department": kj.pk}).text)
    expected = seed.tasks.filter(assignments__department=kj).count()
    assert len(every) == expected > 0
    lead = rows(client.get(reverse("web:ledger"), {"department": kj.pk, "role": "lead"}).text)
    assert lead == []


def test_year_and_search(client_for: Callable[[str], Client], seed: PolicyDocument) -> None:
    client = client_for("leader")
    in_2021 = rows(client.get(reverse("web:ledger"), {"year": 2021}).text)
    assert sorted(map(int, in_2021)) == sorted(
        seed.tasks.filter(due_on__year=2021).values_list("pk", flat=True)
    )
    found = rows(client.get(reverse("web:ledger"), {"q": "清洁生产"}).text)
    assert found and len(found) < 24


def test_warning_filter_after_assessment(
    client_for: Callable[[str], Client], seed: PolicyDocument, users: dict[str, User]
) -> None:
    client = client_for("leader")
    red = rows(client.get(reverse("web:ledger"), {"warning": "red"}).text)
    expected_red = seed.tasks.filter(due_on__lt=timezone.localdate()).count()
    assert len(red) == expected_red > 0
    grey = rows(client.get(reverse("web:ledger"), {"warning": "grey"}).text)
    assert len(grey) == seed.tasks.filter(deadline_kind="conditional").count()
    task = seed.tasks.get(pk=int(red[0]))
    close_task(task, actor=users["supervisor"], evidence="渝府办发〔2021〕1号")
    assert str(task.pk) not in rows(client.get(reverse("web:ledger"), {"warning": "red"}).text)
    assert str(task.pk) in rows(client.get(reverse("web:ledger"), {"warning": "green"}).text)


def test_htmx_request_gets_only_the_table(client_for: Callable[[str], Client], seed: PolicyDocument) -> None:
    response = client_for("leader").get(reverse("web:ledger"), {"sort": "due"}, HTTP_HX_REQUEST="true")
    assert response.text.lstrip().startswith('<section id="ledger-table"')
    assert "<html" not in response.text
    dated = seed.tasks.filter(due_on__isnull=False).order_by("due_on", "position")
    assert rows(response.text)[: dated.count()] == [str(pk) for pk in dated.values_list("pk", flat=True)]


def test_pagination_keeps_the_filters(client_for: Callable[[str], Client], seed: PolicyDocument) -> None:
    from greenpolicy.web.views import ledger

    original = ledger.PAGE_SIZE
    ledger.PAGE_SIZE = 10
    try:
        response = client_for("leader").get(reverse("web:ledger"), {"q": "", "sort": "number"})
        assert len(rows(response.text)) == 10
        assert "q=&amp;sort=number&amp;page=2" in response.text
    finally:
        ledger.PAGE_SIZE = original


def test_invalid_filters_are_ignored(client_for: Callable[[str], Client], seed: PolicyDocument) -> None:
    response = client_for("leader").get(reverse("web:ledger"), {"year": "abc", "department": "999999"})
    assert response.status_code == 200
    assert len(rows(response.text)) == 24


def test_home_shows_my_tasks_and_due_reports(
    client_for: Callable[[str], Client], seed: PolicyDocument, users: dict[str, User]
) -> None:
    from greenpolicy.reporting.services import open_cycle

    today = timezone.localdate()
    open_cycle(
        seed, actor=users["supervisor"], name="本季度", opens_on=today, due_on=today + timedelta(days=3)
    )
    page = client_for("kj_reporter").get(reverse("web:home"))
    assert "我的任务" in page.text and "配合" in page.text
    assert "本季度" in page.text
    supervisor = client_for("supervisor").get(reverse("web:home"))
    assert "待审核报告 0 份" in supervisor.text
    assert "任务总数" in supervisor.text
