"""What changed between the tasks of a document in force and those of its revised version."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from greenpolicy.core.model import Task as ParsedTask
from greenpolicy.ledger.models import Task

_SAME_TASK = 0.6  # text similarity above which an unnumbered task is the same task reworded


class Change(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    REWORDED = "reworded"
    REASSIGNED = "reassigned"
    REWORDED_AND_REASSIGNED = "reworded_reassigned"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class TaskChange:
    change: Change
    old: Task | None
    new: ParsedTask | None


def compare(old_tasks: Sequence[Task], new_tasks: Sequence[ParsedTask]) -> list[TaskChange]:
    """Pair old and new tasks (by kind and number, else by wording) and say how each pair differs."""
    unmatched = list(old_tasks)
    changes: list[TaskChange] = []
    for new in new_tasks:
        old = _partner(new, unmatched)
        if old is None:
            changes.append(TaskChange(Change.ADDED, None, new))
            continue
        unmatched.remove(old)
        changes.append(TaskChange(_difference(old, new), old, new))
    changes.extend(TaskChange(Change.REMOVED, old, None) for old in unmatched)
    return changes


def _partner(new: ParsedTask, candidates: Sequence[Task]) -> Task | None:
    same_kind = [old for old in candidates if old.kind == new.kind.value]
    if new.number:
        numbered = [old for old in same_kind if old.number == new.number]
        if numbered:
            return numbered[0]
    scored = [(SequenceMatcher(None, old.text, new.text).ratio(), old) for old in same_kind]
    best = max(scored, key=lambda pair: pair[0], default=None)
    return best[1] if best and best[0] >= _SAME_TASK else None


def _difference(old: Task, new: ParsedTask) -> Change:
    reworded = old.text != new.text or old.deadline_text != (new.deadline.text or "")
    old_departments = [(a.written_name, a.role) for a in old.assignments.all()]
    new_departments = [(d.name, d.role.value) for d in new.departments]
    reassigned = old_departments != new_departments
    if reworded and reassigned:
        return Change.REWORDED_AND_REASSIGNED
    if reworded:
        return Change.REWORDED
    return Change.REASSIGNED if reassigned else Change.UNCHANGED
