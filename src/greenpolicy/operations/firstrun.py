"""The first run: a migrated database, the department registry, the sample document and an administrator."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from greenpolicy.accounts.models import Department, Role, User
from greenpolicy.accounts.passwords import new_password
from greenpolicy.accounts.registry import sync_registry
from greenpolicy.ledger.models import PolicyDocument
from greenpolicy.ledger.services.ingestion import ingest_file

SAMPLE = Path(__file__).resolve().parents[3] / "samples" / "chongqing-2020-1891-green-production.txt"
SUPERVISING_OFFICE = "重庆市发展和改革委员会"


@dataclass(frozen=True)
class FirstRun:
    departments_created: int
    administrator: str | None  # set only when created now
    password: str | None
    document: PolicyDocument | None


@transaction.atomic
def prepare(sample: Path = SAMPLE) -> FirstRun:
    """Idempotent: a second run only adds what the registry data gained."""
    created, _ = sync_registry()
    username = password = None
    administrator = User.objects.filter(role=Role.ADMINISTRATOR).order_by("pk").first()
    if administrator is None:
        username, password = "admin", new_password()
        administrator = User.objects.create_superuser(
            username, password=password, role=Role.ADMINISTRATOR, first_name="系统管理员",
            department=Department.objects.filter(name=SUPERVISING_OFFICE).first(),
        )  # fmt: skip
    document = None
    if sample.exists() and not PolicyDocument.objects.exists():
        document = ingest_file(sample.read_bytes(), sample.name, actor=administrator)
    return FirstRun(created, username, password, document)
