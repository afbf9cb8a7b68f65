"""What an import would do, row by row: the plans a preview shows and a confirmation writes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from greenpolicy.accounts.bulk.rows import OUTCOME_LABELS, Outcome
from greenpolicy.ledger.models import Task
from greenpolicy.spreadsheets import ImportRefusedError

# Outcome: a row is created, updated, unchanged or in error, as in the bulk import of accounts.
__all__ = [
    "REFUSED",
    "FieldChange",
    "LedgerImportError",
    "LedgerImportPreview",
    "LedgerImportResult",
    "Outcome",
    "RowPlan",
]

REFUSED = gettext_lazy("只有督办员或系统管理员可以导入台账")


class LedgerImportError(ImportRefusedError["LedgerImportPreview"]):
    """A ledger workbook that cannot be imported as it is."""


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str

    def __str__(self) -> str:
        return f"{self.label}：{self.old or '（空）'} → {self.new or '（空）'}"


@dataclass(frozen=True)
class RowPlan:
    """One row of the file: the task it matches (or creates), what would change, or why it cannot."""

    sheet: str
    line: int
    outcome: Outcome
    cells: dict[str, str]
    errors: tuple[str, ...] = ()
    changes: tuple[FieldChange, ...] = ()
    task_id: int | None = None
    values: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def label(self) -> str:
        return str(OUTCOME_LABELS[self.outcome])


@dataclass(frozen=True)
class LedgerImportPreview:
    name: str
    sha256: str
    document_id: int
    cycle_id: int | None
    rows: tuple[RowPlan, ...] = ()
    errors: tuple[str, ...] = ()

    @property
    def has_errors(self) -> bool:
        return bool(self.errors) or any(row.outcome is Outcome.ERROR for row in self.rows)

    @property
    def error_rows(self) -> list[RowPlan]:
        return [row for row in self.rows if row.outcome is Outcome.ERROR]

    @property
    def changed_rows(self) -> list[RowPlan]:
        return [row for row in self.rows if row.outcome in (Outcome.CREATE, Outcome.UPDATE)]

    @property
    def digest(self) -> str:
        """What the preview would write, in short: a confirmation of another preview is refused."""
        shown = [
            (row.line, row.task_id, [(c.field, c.old, c.new) for c in row.changes])
            for row in self.changed_rows
        ]
        return hashlib.sha256(repr((self.sha256, self.cycle_id, shown)).encode()).hexdigest()

    def count(self, outcome: Outcome) -> int:
        return sum(row.outcome is outcome for row in self.rows)

    def problems(self) -> list[str]:
        """Every error in reading order, each row's prefixed with where it is."""
        listed = list(self.errors)
        for row in self.error_rows:
            where = _("“%(sheet)s”表第%(line)d行") % {"sheet": row.sheet, "line": row.line}
            listed.extend(f"{where}：{error}" for error in row.errors)
        return listed


@dataclass(frozen=True)
class LedgerImportResult:
    created: list[Task]
    updated: list[Task]
