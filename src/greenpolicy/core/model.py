"""The ledger a policy document decomposes into: plain frozen values, no behaviour beyond invariants.

What a document holds many of (tasks, their deadlines and departments, diagnostics, outline nodes) are named tuples:
as immutable as frozen dataclasses, and made three times faster, which counts for every task of every document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import NamedTuple


class DeadlineKind(StrEnum):
    DATE = "date"  # a due date can be computed
    ONGOING = "ongoing"  # 持续推进, 长期坚持, 常态化: no end date
    CONDITIONAL = "conditional"  # 视国家政策出台情况适时推进: waits on a trigger
    NONE = "none"  # nothing stated


class Role(StrEnum):
    LEAD = "lead"  # 牵头单位
    CO = "co"  # 配合单位


class TaskKind(StrEnum):
    MEASURE = "measure"  # a paragraph of the main text closed by its responsibility assignment
    KEY_TASK = "key_task"  # a row of a task table (重点任务清单)
    ITEM = "item"  # a numbered list item with its own 责任单位


class Level(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class Deadline(NamedTuple):
    """A deadline as written and what it means."""

    text: str | None
    kind: DeadlineKind
    due: date | None = None


NO_DEADLINE = Deadline(text=None, kind=DeadlineKind.NONE)


class DepartmentRef(NamedTuple):
    """A department named by a task, as written, with its registry name when known."""

    name: str
    canonical: str | None
    role: Role


class Task(NamedTuple):
    """One unit of the ledger that carries its own responsibility assignment."""

    ref: str
    kind: TaskKind
    number: str | None
    section_path: tuple[str, ...]
    text: str
    actions: tuple[str, ...]
    deadline: Deadline
    departments: tuple[DepartmentRef, ...]
    open_ended: bool = False  # the department list ends in 等: others may join
    incomplete: bool = False  # the document ends inside this task
    area: str | None = None

    @property
    def lead(self) -> DepartmentRef | None:
        return next((d for d in self.departments if d.role is Role.LEAD), None)


class Diagnostic(NamedTuple):
    """Something the parser doubts or could not read, for a person to check."""

    level: Level
    code: str
    message: str
    ref: str | None = None


class OutlineNode(NamedTuple):
    label: str  # the numbering as written: 一、 （一） 1. 第三条
    title: str
    children: tuple[OutlineNode, ...] = ()


class Citation(NamedTuple):
    """A document this one implements, e.g. 《…的意见》（发改资环〔2020〕379号）."""

    title: str
    doc_number: str | None


@dataclass(frozen=True, slots=True)
class Ledger:
    """Everything read from one policy document."""

    source: str
    encoding: str
    title: str | None = None
    doc_number: str | None = None
    issuers: tuple[str, ...] = ()
    date: date | None = None
    recipients: tuple[str, ...] = ()
    implements: tuple[Citation, ...] = ()
    outline: tuple[OutlineNode, ...] = ()
    tasks: tuple[Task, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = field(default=())
