"""A programme to work on: the registry, the seed document ingested, and a user of every role."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from greenpolicy.accounts.models import Department, Role, User
from greenpolicy.accounts.registry import sync_registry
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.ledger.services.ingestion import ingest_file
from tests.conftest import SEED


@dataclass
class People:
    admin: User
    office: User  # 督办员 of the development commission
    leader: User
    lead_reporter: User  # 市发展改革委, lead of key task 1
    lead_approver: User
    co_reporter: User  # 市科技局, co-department of key task 1
    co_approver: User
    outsider: User  # 市水利局 reporter, not assigned to key task 1


def make_user(username: str, short_name: str | None, role: Role) -> User:
    department = Department.objects.get(short_name=short_name) if short_name else None
    return User.objects.create_user(username, password="pw-" + username, role=role, department=department)


@pytest.fixture
def people(db: None) -> People:
    sync_registry()
    return People(
        admin=make_user("admin", None, Role.ADMINISTRATOR),
        office=make_user("office", "市发展改革委", Role.SUPERVISOR),
        leader=make_user("leader", "市发展改革委", Role.LEADER),
        lead_reporter=make_user("fgw", "市发展改革委", Role.REPORTER),
        lead_approver=make_user("fgw-head", "市发展改革委", Role.APPROVER),
        co_reporter=make_user("kjj", "市科技局", Role.REPORTER),
        co_approver=make_user("kjj-head", "市科技局", Role.APPROVER),
        outsider=make_user("slj", "市水利局", Role.REPORTER),
    )


@pytest.fixture
def seed(people: People) -> PolicyDocument:
    return ingest_file(SEED.read_bytes(), SEED.name, actor=people.office)


@pytest.fixture
def key_task_1(seed: PolicyDocument) -> Task:
    """加快构建市场导向的绿色技术创新体系 (持续推进): 市发展改革委 leads, 市科技局 joins."""
    return Task.objects.for_ledger().get(document=seed, kind="key_task", number="1")
