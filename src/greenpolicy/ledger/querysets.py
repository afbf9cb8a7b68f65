"""Task queries in the domain's words: `Task.objects.for_department(d).due_in_year(2021).for_ledger()`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models
from django.db.models import Prefetch, Q

if TYPE_CHECKING:
    from greenpolicy.accounts.models import Department
    from greenpolicy.ledger.models import Task  # noqa: F401 - named in the QuerySet base as a string


class TaskQuerySet(models.QuerySet["Task"]):
    def current(self) -> TaskQuerySet:
        """Tasks of documents in force: not withdrawn, not in a superseded version."""
        return self.exclude(status="withdrawn").filter(document__superseded_by__isnull=True)

    def for_department(self, department: Department | int, role: str | None = None) -> TaskQuerySet:
        condition = Q(assignments__department=department)
        if role:
            condition &= Q(assignments__role=role)
        return self.filter(pk__in=self.model.objects.filter(condition).values("pk"))

    def due_in_year(self, year: int) -> TaskQuerySet:
        return self.filter(due_on__year=year)

    def search(self, words: str) -> TaskQuerySet:
        condition = Q()
        for word in words.split():
            condition &= Q(text__icontains=word) | Q(area__icontains=word) | Q(number=word)
        return self.filter(condition)

    def for_ledger(self) -> TaskQuerySet:
        """Everything a ledger row shows, in a fixed number of queries whatever the ledger's size."""
        from greenpolicy.ledger.models import Assignment, Milestone

        return self.select_related("document").prefetch_related(
            Prefetch("assignments", queryset=Assignment.objects.select_related("department")),
            Prefetch("milestones", queryset=Milestone.objects.all()),
        )

    def filtered(self, **criteria: Any) -> TaskQuerySet:
        """The ledger's filters; empty values are ignored."""
        tasks = self
        if criteria.get("document"):
            tasks = tasks.filter(document=criteria["document"])
        if criteria.get("area"):
            tasks = tasks.filter(area=criteria["area"])
        if criteria.get("department"):
            tasks = tasks.for_department(criteria["department"], criteria.get("role") or None)
        if criteria.get("status"):
            tasks = tasks.filter(status=criteria["status"])
        if criteria.get("deadline_kind"):
            tasks = tasks.filter(deadline_kind=criteria["deadline_kind"])
        if criteria.get("year"):
            tasks = tasks.due_in_year(int(criteria["year"]))
        if criteria.get("q"):
            tasks = tasks.search(criteria["q"])
        return tasks
