"""The supervision chain end to end through the services: each step in order, recorded, and refused out of turn."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import timezone

from greenpolicy.audit.models import AuditEntry
from greenpolicy.ledger.errors import StaleEditError, WorkflowError
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.ledger.services import supervision
from greenpolicy.reporting import services as reporting
from greenpolicy.reporting.models import ProgressReport, ReportingCycle, ReportState
from greenpolicy.reporting.warnings import WarningLevel, assess_tasks
from tests.platform.conftest import People


@pytest.fixture
def cycle(seed: PolicyDocument, people: People, key_task_1: Task) -> ReportingCycle:
    today = timezone.localdate()
    return reporting.open_cycle(
        seed, actor=people.office, name="2026年第四季度", opens_on=today - timedelta(days=5),
        due_on=today + timedelta(days=3), tasks=[key_task_1],
    )  # fmt: skip


def report_of(cycle: ReportingCycle, people_user: object) -> ProgressReport:
    return cycle.reports.select_related("task", "cycle").get(department=people_user.department)  # type: ignore[attr-defined]


def write(report: ProgressReport, actor: object, **fields: object) -> None:
    values = {
        "progress": "已完成评价指标体系修订。",
        "problems": "",
        "next_steps": "",
        "percent": 50,
    } | fields
    reporting.save_report(report, actor=actor, version=report.version, **values)  # type: ignore[arg-type]
    report.refresh_from_db()


def test_cycle_opens_a_lead_report_and_a_co_input(cycle: ReportingCycle, people: People) -> None:
    kinds = {(r.department.short_name, r.kind) for r in cycle.reports.all()}
    assert kinds == {("市发展改革委", "lead_report"), ("市科技局", "co_input")}


def test_main_story_from_assignment_to_closure(
    cycle: ReportingCycle, people: People, key_task_1: Task
) -> None:
    supervision.acknowledge_task(key_task_1, actor=people.lead_reporter)
    key_task_1.refresh_from_db()
    assert key_task_1.status == "acknowledged"
    supervision.start_task(key_task_1, actor=people.lead_reporter)
    co_input = report_of(cycle, people.co_reporter)
    write(co_input, people.co_reporter, progress="科技局已完成绿色技术目录征集。")
    reporting.send_co_input(co_input, actor=people.co_reporter)
    lead = report_of(cycle, people.lead_reporter)
    assert [r.progress for r in reporting.co_inputs_for(lead, actor=people.lead_reporter)] == [
        "科技局已完成绿色技术目录征集。"
    ]
    write(lead, people.lead_reporter, percent=100, completed=True, closure_evidence="渝府办发〔2021〕1号")
    reporting.submit_lead_report(lead, actor=people.lead_reporter)
    reporting.sign_off_report(lead, actor=people.lead_approver)
    key_task_1.refresh_from_db()
    assert key_task_1.status == "reported"
    reporting.accept_report(lead, actor=people.office, close=True)
    key_task_1.refresh_from_db()
    assert key_task_1.status == "closed" and key_task_1.closure_evidence == "渝府办发〔2021〕1号"
    steps = AuditEntry.objects.exclude(action__in=("document.ingest", "department.create", "cycle.open"))
    assert list(steps.order_by("pk").values_list("action", flat=True)) == [
        "task.acknowledge", "task.start", "report.save", "report.send", "report.save", "report.submit",
        "report.sign_off", "task.status", "report.accept", "task.close",
    ]  # fmt: skip
    assert assess_tasks([key_task_1], today=timezone.localdate())[key_task_1.pk].level == WarningLevel.GREEN


def test_returned_report_goes_back_to_the_department_with_its_reason(
    cycle: ReportingCycle, people: People
) -> None:
    lead = report_of(cycle, people.lead_reporter)
    write(lead, people.lead_reporter)
    reporting.submit_lead_report(lead, actor=people.lead_reporter)
    reporting.sign_off_report(lead, actor=people.lead_approver)
    reporting.return_report(lead, actor=people.office, reason="请补充数据")
    lead.refresh_from_db()
    assert lead.state == ReportState.RETURNED and lead.return_reason == "请补充数据"
    write(lead, people.lead_reporter, progress="补充了数据。")  # editable again
    reporting.submit_lead_report(lead, actor=people.lead_reporter)


def test_steps_out_of_turn_are_refused(cycle: ReportingCycle, people: People, key_task_1: Task) -> None:
    with pytest.raises(WorkflowError):
        supervision.start_task(key_task_1, actor=people.lead_reporter)  # not yet acknowledged
    lead = report_of(cycle, people.lead_reporter)
    with pytest.raises(WorkflowError, match="进展情况"):
        reporting.submit_lead_report(lead, actor=people.lead_reporter)  # nothing written yet
    with pytest.raises(WorkflowError, match="销号"):
        supervision.close_task(key_task_1, actor=people.office, evidence=" ")


def test_a_stale_form_never_overwrites_a_newer_save(cycle: ReportingCycle, people: People) -> None:
    lead = report_of(cycle, people.lead_reporter)
    opened_at = lead.version
    write(lead, people.lead_reporter, progress="第一位联络员的内容")
    with pytest.raises(StaleEditError):
        reporting.save_report(lead, actor=people.lead_reporter, version=opened_at, progress="旧页面的内容",
                              problems="", next_steps="", percent=10)  # fmt: skip
    lead.refresh_from_db()
    assert lead.progress == "第一位联络员的内容"


def test_extension_keeps_the_original_date(people: People, key_task_1: Task) -> None:
    task = key_task_1
    task.deadline_kind, task.due_on = "date", timezone.localdate() + timedelta(days=10)
    task.save()
    first = task.due_on
    request = supervision.request_extension(task, actor=people.lead_reporter, reason="等待国家政策",
                                            new_due_on=first + timedelta(days=90))  # fmt: skip
    supervision.decide_extension(request, actor=people.office, approve=True)
    task.refresh_from_db()
    assert (task.original_due_on, task.due_on) == (first, first + timedelta(days=90))


def test_extension_after_the_due_date_is_refused(people: People, key_task_1: Task) -> None:
    task = key_task_1
    task.deadline_kind, task.due_on = "date", date(2021, 12, 31)
    task.save()
    with pytest.raises(WorkflowError, match="超过"):
        supervision.request_extension(
            task, actor=people.lead_reporter, reason="x", new_due_on=date(2030, 1, 1)
        )


def test_overdue_report_turns_the_task_red(seed: PolicyDocument, people: People, key_task_1: Task) -> None:
    today = timezone.localdate()
    reporting.open_cycle(seed, actor=people.office, name="上季度", opens_on=today - timedelta(days=40),
                         due_on=today - timedelta(days=10), tasks=[key_task_1])  # fmt: skip
    assessment = assess_tasks([key_task_1], today=today)[key_task_1.pk]
    assert assessment.level == WarningLevel.RED
    assert any("逾期未报" in reason.message for reason in assessment.reasons)


def test_an_assignment_left_unacknowledged_past_its_date_turns_the_task_yellow(
    people: People, key_task_1: Task
) -> None:
    yesterday = timezone.localdate() - timedelta(days=1)
    key_task_1.assignments.update(acknowledge_by=yesterday)
    task = Task.objects.for_ledger().get(pk=key_task_1.pk)
    assessment = assess_tasks([task], today=timezone.localdate())[task.pk]
    assert assessment.level == WarningLevel.YELLOW
    assert [r.message.partition("逾期未签收")[0] for r in assessment.reasons] == ["市发展改革委", "市科技局"]
    supervision.acknowledge_task(task, actor=people.lead_reporter)
    supervision.acknowledge_task(task, actor=people.co_reporter)
    task = Task.objects.for_ledger().get(pk=key_task_1.pk)
    assert assess_tasks([task], today=timezone.localdate())[task.pk].level == WarningLevel.GREEN
