"""The ledger's settings with their defaults, read when used (never at import time)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings


@dataclass(frozen=True)
class SupervisionSettings:
    acknowledge_within_working_days: int = 3
    due_soon_days: int = 30
    report_due_soon_working_days: int = 5
    behind_plan_margin: int = 10
    evidence_max_bytes: int = 20 * 1024 * 1024
    document_max_bytes: int = 20 * 1024 * 1024


def supervision_settings() -> SupervisionSettings:
    values: dict[str, Any] = getattr(settings, "GREENPOLICY", {})
    return SupervisionSettings(**{key.lower(): value for key, value in values.items()})
