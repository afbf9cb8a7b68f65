"""The dashboard's figures against counts made by hand on the seed programme, and their number of queries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from django.utils import timezone

from greenpolicy.accounts.models import Department
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.ledger.services.supervision import close_task
from greenpolicy.reporting import services as reporting
from greenpolicy.reporting.dashboard import DashboardFigures, TaskCount, dashboard_figures
from greenpolicy.reporting.models import ProgressReport, ReportingCycle, ReportState
from tests.fixtures.programmes import add_key_tasks
from tests.platform.conftest import People

TODAY = date(2021, 6, 15)
Q1_DUE, Q2_DUE = date(2021, 4, 10), date(2021, 7, 10)


def at_noon(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(12)))


def key_task(seed: PolicyDocument, number: str) -> Task:
    return Task.objects.for_ledger().get(document=seed, kind="key_task", number=number)


def file(cycle: ReportingCycle, task: Task, short_name: str, day: date) -> None:
    """The department's report filed that day: a lead report signed off by its head, an input sent to the lead."""
    reports = ProgressReport.objects.filter(cycle=cycle, task=task, department__short_name=short_name)
    updated = reports.filter(kind="lead_report").update(
        state=ReportState.SIGNED_OFF, submitted_at=at_noon(day), signed_off_at=at_noon(day)
    ) + reports.filter(kind="co_input").update(state=ReportState.SENT, submitted_at=at_noon(day))
    assert updated == 1


@pytest.fixture
def programme(seed: PolicyDocument, people: People) -> PolicyDocument:
    """The seed; a first cycle (key tasks 1, 3, 6) due 2021-04-10 and a second (key tasks 1, 3) due 2021-07-10.

    Key task 3 (市生态环境局 alone, due 2021-12-31) is closed on 2021-03-01, key task 6 (市商务委 leads, due
    2020-12-31) on 2021-05-01. First cycle: 市发展改革委 on time for key task 1, 市科技局 (its co-department) late,
    市生态环境局 on time for key task 3; key task 6's seven reports not filed. Second cycle: nothing filed yet.
    """
    k1, k3, k6 = (key_task(seed, number) for number in ("1", "3", "6"))
    first = reporting.open_cycle(
        seed,
        actor=people.office,
        name="第一季度",
        opens_on=date(2021, 3, 20),
        due_on=Q1_DUE,
        tasks=[k1, k3, k6],
    )
    reporting.open_cycle(
        seed, actor=people.office, name="第二季度", opens_on=date(2021, 6, 20), due_on=Q2_DUE, tasks=[k1, k3]
    )
    file(first, k1, "市发展改革委", Q1_DUE)
    file(first, k1, "市科技局", Q1_DUE + timedelta(days=2))
    file(first, k3, "市生态环境局", Q1_DUE - timedelta(days=5))
    for task, day in ((k3, date(2021, 3, 1)), (k6, date(2021, 5, 1))):
        close_task(Task.objects.get(pk=task.pk), actor=people.office, evidence="渝府办发〔2021〕1号")
        Task.objects.filter(pk=task.pk).update(closed_at=at_noon(day))  # closed on that day
    return seed


def counts(rows: tuple[TaskCount, ...]) -> dict[str, tuple[int, int]]:
    return {row.label: (row.total, row.closed) for row in rows}


def colours(row: TaskCount) -> tuple[int, int, int, int]:
    return (row.red, row.yellow, row.green, row.grey)


def test_hand_counts_of_the_whole_programme(programme: PolicyDocument) -> None:
    figures = dashboard_figures(today=TODAY)
    assert figures.filters == ()
    summary = figures.summary
    assert (summary.total, summary.closed, *colours(summary)) == (
        24,
        2,
        1,
        0,
        22,
        1,
    )  # 9 measures, 15 key tasks
    # 推行绿色设计: measure (一) and key tasks 1-4 (3 closed); 加强工业污染治理: (四) and 10-13 (13 overdue: red)
    assert counts(figures.areas) == {
        "推行绿色设计": (5, 1), "强化工业清洁生产": (2, 0), "发展工业循环经济": (5, 1), "加强工业污染治理": (5, 0),
        "促进能源清洁发展": (3, 0), "推进农业绿色发展": (1, 0), "促进服务业绿色发展": (1, 0), "扩大绿色产品消费": (1, 0),
        "推行绿色生活方式": (1, 0),
    }  # fmt: skip
    pollution = figures.areas[3]
    assert colours(pollution) == (1, 0, 4, 0)
    assert pollution.query == "area=%E5%8A%A0%E5%BC%BA%E5%B7%A5%E4%B8%9A%E6%B1%A1%E6%9F%93%E6%B2%BB%E7%90%86"
    assert pollution.measure_query("red").endswith("&warning=red")
    assert pollution.measure_query("closed").endswith("&status=closed")
    # 市发展改革委 leads measures 一二三八九 and key tasks 1, 2, 4, 5 (5 视情推进, trigger not met: grey)
    leads = {row.label: row for row in figures.lead_departments}
    ndrc = leads["市发展改革委"]
    assert figures.lead_departments[0] is ndrc
    assert (ndrc.total, ndrc.closed, *colours(ndrc)) == (9, 0, 0, 0, 8, 1)
    assert ndrc.filters == (("department", str(department("市发展改革委").pk)), ("role", "lead"))
    assert counts(figures.lead_departments)["市生态环境局"] == (4, 1)  # key tasks 3 (closed), 10, 11, 12
    assert counts(figures.lead_departments)["市司法局"] == (1, 0)
    assert leads["市司法局"].red == 1
    cos = counts(figures.co_departments)
    assert cos["市生态环境局"] == (14, 1)
    assert cos["市科技局"] == (4, 0)  # measures 一 and 五, key tasks 1 and 14
    assert figures.co_departments[0].label == "市生态环境局"
    assert figures.co_departments[0].filters[-1] == ("role", "co")
    # Due dates: key tasks 6 and 13 in 2020, 3 and 7 in 2021, 9 in 2022, all on 31 December
    assert [(row.key, row.total, row.closed, row.red) for row in figures.deadlines] == [
        ("2020-Q4", 2, 1, 1), ("2021-Q4", 2, 1, 0), ("2022-Q4", 1, 0, 0),
    ]  # fmt: skip
    assert figures.deadlines[0].filters == (("deadline_kind", "date"), ("year", "2020"), ("quarter", "4"))
    assert [(row.key, row.total) for row in figures.undated] == [
        ("ongoing", 8),
        ("conditional", 1),
        ("none", 10),
    ]
    assert figures.undated[0].query == "deadline_kind=ongoing"


def test_compliance_and_trend_per_cycle(programme: PolicyDocument) -> None:
    figures = dashboard_figures(today=TODAY)
    assert [(c.name, c.on_time, c.late, c.not_filed, c.total) for c in figures.cycles] == [
        ("第一季度", 2, 1, 7, 10),  # key task 6: 市商务委 and its six co-departments never filed
        ("第二季度", 0, 0, 3, 3),
    ]
    first = figures.cycles[0]
    assert first.query == f"document={programme.pk}"
    by_department = {d.department: (d.on_time, d.late, d.not_filed) for d in first.departments}
    assert by_department["市发展改革委"] == (1, 0, 1)
    assert by_department["市科技局"] == (0, 1, 0)
    assert by_department["市生态环境局"] == (1, 0, 1)
    assert len(by_department) == 8
    # key task 3 closed on 1 March, key task 6 on 1 May
    assert [(p.name, p.closed, p.total, p.percent) for p in figures.trend] == [
        ("第一季度", 1, 24, 4), ("第二季度", 2, 24, 8),
    ]  # fmt: skip
    assert figures.trend[0].query == "status=closed"


def test_a_department_filter_keeps_that_department_only(programme: PolicyDocument) -> None:
    environment = department("市生态环境局")
    figures = dashboard_figures(today=TODAY, department=environment)
    assert figures.summary.total == 18  # leads 4, joins 14
    assert counts(figures.lead_departments) == {"市生态环境局": (4, 1)}
    assert counts(figures.co_departments) == {"市生态环境局": (14, 1)}
    assert figures.lead_departments[0].filters == (("department", str(environment.pk)), ("role", "lead"))
    assert [(d.department, d.on_time, d.not_filed) for d in figures.cycles[0].departments] == [
        ("市生态环境局", 1, 1)
    ]
    assert (figures.cycles[0].on_time, figures.cycles[0].late, figures.cycles[0].not_filed) == (1, 0, 1)
    assert figures.cycles[0].query == f"document={programme.pk}&department={environment.pk}"


def test_area_year_and_document_filters(programme: PolicyDocument) -> None:
    figures = dashboard_figures(today=TODAY, document=programme.pk, area="加强工业污染治理", year=2020)
    assert figures.filters == (
        ("document", str(programme.pk)),
        ("area", "加强工业污染治理"),
        ("year", "2020"),
    )
    assert (figures.summary.total, figures.summary.red) == (1, 1)  # key task 13
    assert [(row.label, row.total) for row in figures.areas] == [("加强工业污染治理", 1)]
    assert figures.areas[0].filters == figures.filters
    assert counts(figures.lead_departments) == {"市司法局": (1, 0)}
    assert figures.deadlines[0].filters == (
        ("document", str(programme.pk)), ("area", "加强工业污染治理"), ("deadline_kind", "date"), ("year", "2020"),
        ("quarter", "4"),
    )  # fmt: skip
    assert [row.total for row in figures.undated] == [0, 0, 0]
    assert [(c.total, c.not_filed) for c in figures.cycles] == [(0, 0), (0, 0)]  # key task 13 was in no cycle
    assert [p.total for p in figures.trend] == [1, 1]
    other = PolicyDocument.objects.create(
        title="另一文件", original="documents/x.txt", original_name="x.txt", sha256="1" * 64, encoding="utf-8",
        text="正文",
    )  # fmt: skip
    empty = dashboard_figures(today=TODAY, document=other)
    assert (empty.summary.total, empty.areas, empty.cycles, empty.trend) == (0, (), (), ())


def department(short_name: str) -> Department:
    return Department.objects.get(short_name=short_name)


def test_a_constant_number_of_queries(
    seed: PolicyDocument, people: People, django_assert_num_queries: Callable[..., Any]
) -> None:
    tasks = add_key_tasks(seed, 10, department("市发展改革委"), department("市科技局"))
    reporting.open_cycle(seed, actor=people.office, name="一", opens_on=Q1_DUE, due_on=Q2_DUE, tasks=tasks)

    def run(**filters: Any) -> DashboardFigures:
        with django_assert_num_queries(7):  # tasks, assignments, milestones, reports; cycles; 2 for the cycle
            return dashboard_figures(today=TODAY, **filters)

    assert run().summary.total == 34
    assert run(department=department("市科技局"), year=2021).summary.total > 0
    cycle = ReportingCycle.objects.get()
    more = add_key_tasks(seed, 190, department("市发展改革委"), department("市科技局"), start=10)
    cycle.tasks.add(*more)
    ProgressReport.objects.bulk_create(
        ProgressReport(cycle=cycle, task=task, department=department("市发展改革委"), kind="lead_report")
        for task in more
    )
    assert run().summary.total == 224
    assert run(department=department("市科技局"), year=2021).cycles[0].total > 0
