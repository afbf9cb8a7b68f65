"""The authorization matrix: every write service and every report state against every role and department."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from greenpolicy.ledger.errors import WorkflowError
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.ledger.services import supervision
from greenpolicy.reporting import permissions
from greenpolicy.reporting import services as reporting
from greenpolicy.reporting.models import ProgressReport, ReportingCycle, ReportState
from tests.conftest import SEED
from tests.platform.conftest import People

ROLES = (
    "admin",
    "office",
    "leader",
    "lead_reporter",
    "lead_approver",
    "co_reporter",
    "co_approver",
    "outsider",
)


@pytest.fixture
def cycle(seed: PolicyDocument, people: People, key_task_1: Task) -> ReportingCycle:
    today = timezone.localdate()
    return reporting.open_cycle(seed, actor=people.office, name="本季度", opens_on=today,
                                due_on=today + timedelta(days=20), tasks=[key_task_1])  # fmt: skip


def lead_report(cycle: ReportingCycle) -> ProgressReport:
    return cycle.reports.lead_reports().select_related("task", "cycle").get()


def co_input(cycle: ReportingCycle) -> ProgressReport:
    return cycle.reports.co_inputs().select_related("task", "cycle").get()


def allowed(action: Callable[[], object]) -> bool:
    """Whether the service let the user through; a refusal for the state's sake still means permitted."""
    try:
        action()
    except PermissionDenied:
        return False
    except WorkflowError:
        return True
    return True


WRITE_MATRIX: dict[str, tuple[Callable[[People, ReportingCycle, Task, object], object], set[str]]] = {
    "acknowledge": (lambda p, c, t, u: supervision.acknowledge_task(t, actor=u),
                    {"lead_reporter", "lead_approver", "co_reporter", "co_approver"}),
    "start": (lambda p, c, t, u: supervision.start_task(t, actor=u), {"lead_reporter", "lead_approver"}),
    "extension": (lambda p, c, t, u: supervision.request_extension(
        t, actor=u, reason="r", new_due_on=timezone.localdate()), {"lead_reporter", "lead_approver"}),
    "comment": (lambda p, c, t, u: supervision.add_comment(t, actor=u, body="意见"),
                {"admin", "office", "lead_reporter", "lead_approver", "co_reporter", "co_approver"}),
    "close": (lambda p, c, t, u: supervision.close_task(t, actor=u, evidence=""), {"admin", "office"}),
    "trigger": (lambda p, c, t, u: supervision.record_trigger(t, actor=u, on=timezone.localdate(), note="n"),
                {"admin", "office"}),
    "save lead report": (lambda p, c, t, u: reporting.save_report(
        lead_report(c), actor=u, version=None, progress="p", problems="", next_steps="", percent=1),
        {"lead_reporter", "lead_approver"}),
    "save co input": (lambda p, c, t, u: reporting.save_report(
        co_input(c), actor=u, version=None, progress="p", problems="", next_steps="", percent=1),
        {"co_reporter", "co_approver"}),
    "send co input": (lambda p, c, t, u: reporting.send_co_input(co_input(c), actor=u), {"co_reporter", "co_approver"}),
    "submit lead report": (lambda p, c, t, u: reporting.submit_lead_report(lead_report(c), actor=u),
                           {"lead_reporter", "lead_approver"}),
    "open cycle": (lambda p, c, t, u: reporting.open_cycle(
        c.document, actor=u, name="x", opens_on=timezone.localdate(), due_on=timezone.localdate() - timedelta(days=1)),
        {"admin", "office"}),
    "ingest": (lambda p, c, t, u: reporting_ingest(u), {"admin", "office"}),
}  # fmt: skip


def reporting_ingest(user: object) -> None:
    from greenpolicy.ledger.services.ingestion import stage_document

    stage_document(SEED.read_bytes(), SEED.name, actor=user)  # type: ignore[arg-type]


@pytest.mark.parametrize("action", sorted(WRITE_MATRIX))
@pytest.mark.parametrize("role", ROLES)
def test_write_services_admit_exactly_the_responsible(
    action: str, role: str, people: People, cycle: ReportingCycle, key_task_1: Task
) -> None:
    attempt, permitted = WRITE_MATRIX[action]
    user = getattr(people, role)
    assert allowed(lambda: attempt(people, cycle, key_task_1, user)) == (role in permitted)


def filed_to(cycle: ReportingCycle, people: People, state: ReportState) -> ProgressReport:
    """The lead report brought to `state` through the services."""
    report = lead_report(cycle)
    if state == ReportState.DRAFT:
        return report
    reporting.save_report(report, actor=people.lead_reporter, version=None, progress="p", problems="",
                          next_steps="", percent=10)  # fmt: skip
    reporting.submit_lead_report(report, actor=people.lead_reporter)
    if state != ReportState.SUBMITTED:
        reporting.sign_off_report(report, actor=people.lead_approver)
    if state == ReportState.ACCEPTED:
        reporting.accept_report(report, actor=people.office)
    if state == ReportState.RETURNED:
        reporting.return_report(report, actor=people.office, reason="补充")
    report.refresh_from_db()
    return report


READERS = {
    ReportState.DRAFT: {"lead_reporter", "lead_approver"},
    ReportState.SUBMITTED: {"lead_reporter", "lead_approver"},
    ReportState.SIGNED_OFF: {"lead_reporter", "lead_approver", "admin", "office", "leader"},
    ReportState.RETURNED: {"lead_reporter", "lead_approver", "admin", "office"},
    ReportState.ACCEPTED: set(ROLES),
}


@pytest.mark.parametrize("state", list(READERS))
def test_lead_report_is_read_only_by_those_its_state_allows(
    state: ReportState, people: People, cycle: ReportingCycle
) -> None:
    report = filed_to(cycle, people, state)
    readers = {role for role in ROLES if permissions.can_read(getattr(people, role), report)}
    assert readers == READERS[state]


def test_co_input_reaches_the_lead_only_once_sent(people: People, cycle: ReportingCycle) -> None:
    report = co_input(cycle)
    readers = {role for role in ROLES if permissions.can_read(getattr(people, role), report)}
    assert readers == {"co_reporter", "co_approver"}
    reporting.save_report(report, actor=people.co_reporter, version=None, progress="p", problems="",
                          next_steps="", percent=5)  # fmt: skip
    reporting.send_co_input(report, actor=people.co_reporter)
    readers = {role for role in ROLES if permissions.can_read(getattr(people, role), report)}
    assert readers == {"co_reporter", "co_approver", "lead_reporter", "lead_approver", "admin", "office"}


@pytest.mark.parametrize("role", ROLES)
def test_only_the_departments_approver_signs_off_and_only_the_office_reviews(
    role: str, people: People, cycle: ReportingCycle
) -> None:
    user = getattr(people, role)
    submitted = filed_to(cycle, people, ReportState.SUBMITTED)
    assert permissions.can_sign_off(user, submitted) == (role == "lead_approver")
    reporting.sign_off_report(submitted, actor=people.lead_approver)
    assert permissions.can_review(user, submitted) == (role in ("admin", "office"))
