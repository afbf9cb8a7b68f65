"""The department registry in the database, kept in step with the engine's registry data and resolving names."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from greenpolicy.accounts.models import Department, DepartmentKind, DepartmentLevel
from greenpolicy.audit.trail import record
from greenpolicy.core.departments import DepartmentRegistry, normalize_name


@transaction.atomic
def sync_registry(registry: DepartmentRegistry | None = None) -> tuple[int, int]:
    """Create the registry's departments that are missing and add names it knows; returns (created, updated).

    Existing rows keep what users changed (short name, kind, active): the data only adds.
    """
    registry = registry or DepartmentRegistry.default()
    existing = {department.name: department for department in Department.objects.all()}
    created = updated = 0
    for entry in registry:
        names = [name for name, _ in entry.written_names() if name != entry.canonical]
        department = existing.get(entry.canonical)
        if department is None:
            department = Department.objects.create(
                name=entry.canonical,
                short_name=entry.short or "",
                aliases=sorted(set(names) - {entry.short}),
                level=DepartmentLevel(entry.level.value),
                kind=DepartmentKind(entry.kind.value),
                region=entry.region,
            )
            record(
                actor=None,
                action="department.create",
                target=department,
                summary=f"登记部门：{department.name}",
            )
            created += 1
            continue
        missing = [name for name in names if name not in department.known_names()]
        if missing:
            department.aliases = [*department.aliases, *missing]
            department.save(update_fields=["aliases"])
            updated += 1
    return created, updated


class DepartmentDirectory:
    """Finds the department row a written or canonical name stands for, by normalised name."""

    def __init__(self, departments: Iterable[Department]) -> None:
        self._by_key: dict[str, Department] = {}
        for department in departments:
            for name in department.known_names():
                self._by_key.setdefault(normalize_name(name), department)

    @classmethod
    def load(cls) -> DepartmentDirectory:
        return cls(Department.objects.all())

    def find(self, *names: str | None) -> Department | None:
        for name in names:
            if name:
                found = self._by_key.get(normalize_name(name))
                if found is not None:
                    return found
        return None
