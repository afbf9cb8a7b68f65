"""Who may act on a task: everyone signed in reads it; only its assigned departments work on it."""

from __future__ import annotations

from greenpolicy.accounts.models import User
from greenpolicy.accounts.permissions import can_supervise, is_read_only
from greenpolicy.ledger.choices import AssignmentRole, TaskStatus
from greenpolicy.ledger.models import Assignment, Task


def assignment_of(user: User, task: Task) -> Assignment | None:
    """The user's department's assignment on the task (uses the prefetch when there is one)."""
    if not user.acts_for_department:
        return None
    return next((a for a in task.assignments.all() if a.department_id == user.department_id), None)


def is_lead(user: User, task: Task) -> bool:
    assignment = assignment_of(user, task)
    return assignment is not None and assignment.role == AssignmentRole.LEAD


def is_open(task: Task) -> bool:
    return task.status not in (TaskStatus.CLOSED, TaskStatus.WITHDRAWN)


def can_work_on(user: User, task: Task) -> bool:
    """Acknowledge, add milestones, request an extension: any assigned department while the task is open."""
    return assignment_of(user, task) is not None and is_open(task)


def can_comment(user: User, task: Task) -> bool:
    return not is_read_only(user) and (can_supervise(user) or assignment_of(user, task) is not None)


def can_close(user: User, task: Task) -> bool:
    return can_supervise(user) and is_open(task)
