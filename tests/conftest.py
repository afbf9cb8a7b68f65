"""Paths shared by the test suite."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "chongqing-2020-1891-green-production.txt"
SHARED_EVAL = ROOT / "tests" / "fixtures" / "shared_eval"


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    """The hand annotation of the seed document."""
    value: dict[str, Any] = json.loads(
        (SHARED_EVAL / "000_cd9fab2e894f8cca.json").read_text(encoding="utf-8")
    )
    return value
