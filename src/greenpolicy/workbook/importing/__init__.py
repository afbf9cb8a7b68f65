"""Importing an Excel ledger (台账) into a document: read, match and check every row, preview, then write all or none.

Headers are recognised by name in any order (ours or a department's own words), merged cells read as their
top-left value, blank lines and 任务领域 title rows are skipped. A row is matched to a task by the hidden 任务键
column of our export, else by 序号 within its 任务领域; an unmatched row becomes a new task of the document. An
import may change a task's text, its deadline (re-parsed), its lead and co-departments, and with a chosen cycle
the three texts of that cycle's lead report. `apply_ledger_import` writes only a file without a single error, in
one transaction, with an audit entry per task created or changed.

`sheets` reads the workbook, `rows` checks each row into a `plans.RowPlan`, `writing` applies them; the upload is
staged between the preview and the confirmation here.
"""

from __future__ import annotations

from greenpolicy.accounts.models import User
from greenpolicy.accounts.permissions import can_supervise, require
from greenpolicy.staging import StagingError, discard, read_staged, stage
from greenpolicy.workbook.importing.plans import (
    REFUSED,
    FieldChange,
    LedgerImportError,
    LedgerImportPreview,
    LedgerImportResult,
    Outcome,
    RowPlan,
)
from greenpolicy.workbook.importing.rows import preview_ledger_import
from greenpolicy.workbook.importing.sheets import MAX_BYTES, MAX_ROWS, read_sheets
from greenpolicy.workbook.importing.writing import apply_ledger_import

__all__ = [
    "MAX_BYTES",
    "MAX_ROWS",
    "FieldChange",
    "LedgerImportError",
    "LedgerImportPreview",
    "LedgerImportResult",
    "Outcome",
    "RowPlan",
    "apply_ledger_import",
    "discard_ledger_import",
    "preview_ledger_import",
    "read_ledger_import",
    "stage_ledger_import",
]

_AREA = "ledger"


def stage_ledger_import(data: bytes, name: str, *, actor: User) -> str:
    """Keep an upload for its preview page under its sha256; LedgerImportError when it cannot be read at all."""
    require(can_supervise(actor), str(REFUSED))
    errors: list[str] = []
    read_sheets(data, name, errors)
    if errors:
        raise LedgerImportError("；".join(errors))
    return stage(_AREA, data, name or "ledger.xlsx")


def read_ledger_import(sha256: str) -> tuple[bytes, str]:
    try:
        name, data = read_staged(_AREA, sha256)
    except StagingError as error:
        raise LedgerImportError(str(error)) from None
    return data, name


def discard_ledger_import(sha256: str) -> None:
    discard(_AREA, sha256)
