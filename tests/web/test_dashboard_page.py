"""The dashboard page: open to every signed-in role, filtered like the ledger, its tables linking to the ledger."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, timedelta
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from greenpolicy.accounts.models import Department, User
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.reporting.services import open_cycle

pytestmark = pytest.mark.django_db
ROLES = (
    "supervisor",
    "leader",
    "ndrc_reporter",
    "ndrc_approver",
    "kj_reporter",
    "kj_approver",
    "sf_reporter",
)

# A resource loaded from another host: what a closed government network cannot reach.
EXTERNAL_RESOURCE = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.IGNORECASE)


def table_links(html: str, table: str) -> list[dict[str, str]]:
    """The drill-down links of one fallback table, as query dictionaries."""
    start = html.index(f'data-table="{table}"')
    body = html[start : html.index("</table>", start)]
    links = [part.split('"', 1)[0] for part in body.split('<a href="')[1:]]
    return [dict(parse_qsl(urlsplit(link.replace("&amp;", "&")).query)) for link in links]


@pytest.mark.parametrize("role", ROLES)
def test_every_role_sees_the_dashboard(
    client_for: Callable[[str], Client], seed: PolicyDocument, role: str
) -> None:
    response = client_for(role).get(reverse("web:dashboard"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "驾驶舱" in html
    assert "web/vendor/echarts.min.js" in html and "web/dashboard.js" in html
    assert EXTERNAL_RESOURCE.search(html) is None  # scripts, styles and images come from the platform itself
    assert 'id="dashboard-data"' in html


def test_signed_out_visitors_are_sent_to_sign_in(db: None) -> None:
    response = Client().get(reverse("web:dashboard"))
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_the_figures_and_their_drill_downs(
    client_for: Callable[[str], Client], seed: PolicyDocument, users: dict[str, User]
) -> None:
    today = timezone.localdate()
    open_cycle(
        seed, actor=users["supervisor"], name="第一期", opens_on=today, due_on=today + timedelta(days=9)
    )
    response = client_for("leader").get(reverse("web:dashboard"))
    html = response.content.decode()
    data = json.loads(
        html.split('id="dashboard-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    )
    assert sum(row["total"] for row in data["areas"]) == 24
    assert data["areas"][0]["label"] == "推行绿色设计"
    assert (
        data["areas"][0]["urls"]["total"]
        == "/ledger/?area=%E6%8E%A8%E8%A1%8C%E7%BB%BF%E8%89%B2%E8%AE%BE%E8%AE%A1"
    )
    assert data["areas"][0]["urls"]["red"].endswith("&warning=red")
    assert [cycle["label"] for cycle in data["cycles"]] == ["第一期"]
    assert data["cycles"][0]["not_filed"] > 0
    assert table_links(html, "areas")[0] == {"area": "推行绿色设计"}
    ndrc = Department.objects.get(short_name="市发展改革委")
    assert {"department": str(ndrc.pk), "role": "lead"} in table_links(html, "lead")
    assert {"deadline_kind": "date", "year": "2021", "quarter": "4"} in table_links(html, "deadlines")
    assert table_links(html, "cycles") == [{"document": str(seed.pk)}]
    assert table_links(html, "trend") == [{"status": "closed"}]


def test_each_bar_opens_a_ledger_of_exactly_its_tasks(
    client_for: Callable[[str], Client], seed: PolicyDocument
) -> None:
    """Areas, lead and co-departments, quarters and undated kinds: the ledger a bar opens counts what the bar counts."""
    one = Task.objects.filter(document=seed, due_on=date(2021, 12, 31)).first()
    assert one is not None
    Task.objects.filter(pk=one.pk).update(due_on=date(2021, 6, 30))  # two quarters of 2021
    client = client_for("leader")
    data = client.get(reverse("web:dashboard_json")).json()
    rows = [row for key in ("areas", "lead", "co", "deadlines") for row in data[key]]
    assert {"2021-Q2", "2021-Q4"} <= {row["key"] for row in data["deadlines"]}
    for row in rows:
        for measure in ("total", "red", "green"):
            ledger = client.get(row["urls"][measure])
            assert ledger.context["page"].paginator.count == row[measure], (row["label"], measure)


def test_the_same_figures_as_json(client_for: Callable[[str], Client], seed: PolicyDocument) -> None:
    client = client_for("leader")
    page = client.get(reverse("web:dashboard")).content.decode()
    shown = json.loads(
        page.split('id="dashboard-data" type="application/json">', 1)[1].split("</script>", 1)[0]
    )
    response = client.get(reverse("web:dashboard_json"))
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["summary"]["total"] == 24 and data["today"] == timezone.localdate().isoformat()
    assert {key: data[key] for key in shown} == shown
    assert client.get(reverse("web:dashboard_json"), {"year": "明年"}).status_code == 400
    assert Client().get(reverse("web:dashboard_json")).status_code == 302  # signed-out visitors sign in first


def test_filters_apply(
    client_for: Callable[[str], Client], seed: PolicyDocument, departments: dict[str, Department]
) -> None:
    environment = departments["市生态环境局"]
    params = {"document": seed.pk, "department": environment.pk, "area": "推行绿色设计"}
    response = client_for("ndrc_reporter").get(reverse("web:dashboard"), params)
    assert response.status_code == 200
    figures = response.context["figures"]
    assert figures.summary.total == 2  # in 推行绿色设计, 市生态环境局 joins measure (一) and leads key task 3
    assert [(row.label, row.total) for row in figures.lead_departments] == [("市生态环境局", 1)]
    assert table_links(response.content.decode(), "areas") == [
        {"document": str(seed.pk), "area": "推行绿色设计", "department": str(environment.pk)}
    ]
    assert table_links(response.content.decode(), "lead") == [
        {"document": str(seed.pk), "area": "推行绿色设计", "department": str(environment.pk), "role": "lead"}
    ]
    form = response.context["form"]
    assert set(form.fields) == {"document", "area", "department", "year"}


def test_the_nav_links_to_the_dashboard(client_for: Callable[[str], Client], seed: PolicyDocument) -> None:
    html = client_for("sf_reporter").get(reverse("web:ledger")).content.decode()
    assert f'href="{reverse("web:dashboard")}"' in html
