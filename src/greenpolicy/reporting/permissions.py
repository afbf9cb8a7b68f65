"""Who may read and write a report.

Drafts stay inside their department. A co-department's input reaches the lead department and the office once sent.
A lead report reaches the office once its approver has signed it off, the leaders then too, every department once
accepted.
"""

from __future__ import annotations

from greenpolicy.accounts.models import Role, User
from greenpolicy.accounts.permissions import can_supervise
from greenpolicy.ledger.permissions import is_lead, is_open
from greenpolicy.reporting.models import ProgressReport, ReportKind, ReportState

_SEEN_BY_OFFICE = (ReportState.SIGNED_OFF, ReportState.ACCEPTED, ReportState.RETURNED)


def is_own(user: User, report: ProgressReport) -> bool:
    return user.acts_for_department and user.department_id == report.department_id


def can_read(user: User, report: ProgressReport) -> bool:
    if not user.is_authenticated:
        return False
    if is_own(user, report):
        return True
    if report.kind == ReportKind.CO_INPUT:
        sent = report.state == ReportState.SENT
        return sent and (can_supervise(user) or is_lead(user, report.task))
    if can_supervise(user):
        return report.state in _SEEN_BY_OFFICE
    if user.role == Role.LEADER:
        return report.state in (ReportState.SIGNED_OFF, ReportState.ACCEPTED)
    return report.state == ReportState.ACCEPTED


def can_edit(user: User, report: ProgressReport) -> bool:
    return is_own(user, report) and report.editable and is_open(report.task) and not report.cycle.closed


def can_sign_off(user: User, report: ProgressReport) -> bool:
    return (
        is_own(user, report)
        and user.role == Role.APPROVER
        and report.kind == ReportKind.LEAD_REPORT
        and report.state == ReportState.SUBMITTED
    )


def can_review(user: User, report: ProgressReport) -> bool:
    return (
        can_supervise(user)
        and report.kind == ReportKind.LEAD_REPORT
        and report.state == ReportState.SIGNED_OFF
    )
