"""Task queries in the domain's words: `Task.objects.for_department(d).due_in_year(2021).for_ledger()`.

The ledger's tables (tasks, assignments, milestones, reports) grow together, so no query here joins two of them:
PostgreSQL plans on statistics that can be stale right after a bulk load (a table last analysed while it held only
dead rows is believed empty), and then joins two such tables in a nested loop without an index, which costs the
product of their sizes. A condition on another ledger table is written with `among`, which PostgreSQL evaluates
once, before the outer query, as an array; related rows come from `prefetch_related` (one query each, by id) and
prefetch querysets are ordered by their own columns, not by the Meta ordering of their task (a join).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import BooleanField, Case, F, Func, IntegerField, Prefetch, Q, Subquery, Value, When
from django.db.models.sql.compiler import SQLCompiler

from greenpolicy.ledger.choices import TaskStatus

if TYPE_CHECKING:
    from greenpolicy.accounts.models import Department
    from greenpolicy.ledger.models import Task  # noqa: F401 - named in the QuerySet base as a string


class Among(Func):
    """`column IN (subquery)`; on PostgreSQL `column = ANY(ARRAY(subquery))`, which is never turned into a join."""

    arg_joiner = " IN "
    template = "%(expressions)s"
    output_field = BooleanField()

    def as_postgresql(
        self, compiler: SQLCompiler, connection: BaseDatabaseWrapper, **extra_context: Any
    ) -> tuple[str, list[Any]]:
        # The subquery renders as "(SELECT ...)", so this reads "column = ANY(ARRAY(SELECT ...))".
        sql, params = self.as_sql(compiler, connection, arg_joiner=" = ANY(ARRAY", **extra_context)
        return f"{sql})", list(params)


def among(column: str, queryset: models.QuerySet[Any]) -> Among:
    """The rows whose `column` is one of the values of the one-column `queryset`."""
    return Among(F(column), Subquery(queryset))


class TaskQuerySet(models.QuerySet["Task"]):
    def current(self) -> TaskQuerySet:
        """Tasks of documents in force: not withdrawn, not in a superseded version."""
        from greenpolicy.ledger.models import PolicyDocument

        in_force = PolicyDocument.objects.filter(superseded_by__isnull=True).order_by().values("pk")
        return self.exclude(status=TaskStatus.WITHDRAWN).filter(among("document_id", in_force))

    def for_department(self, department: Department | int, role: str | None = None) -> TaskQuerySet:
        from greenpolicy.ledger.models import Assignment

        assignments = Assignment.objects.filter(department=department)
        if role:
            assignments = assignments.filter(role=role)
        return self.filter(among("pk", assignments.order_by().values("task_id")))

    def departments(self) -> models.QuerySet[Department]:
        """The departments assigned to any of these tasks."""
        from greenpolicy.accounts.models import Department
        from greenpolicy.ledger.models import Assignment

        assigned = Assignment.objects.filter(among("task_id", self.order_by().values("pk")))
        return Department.objects.filter(among("pk", assigned.order_by().values("department_id")))

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

        # A row names its document; the document's text, outline and parse notes would travel with every row.
        heavy = ("document__text", "document__outline", "document__diagnostics")
        return (
            self.select_related("document")
            .defer(*heavy)
            .prefetch_related(
                Prefetch(
                    "assignments",
                    queryset=Assignment.objects.select_related("department").order_by("position", "pk"),
                ),
                Prefetch("milestones", queryset=Milestone.objects.order_by("due_on", "pk")),
            )
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
        if criteria.get("quarter"):
            tasks = tasks.filter(due_on__quarter=int(criteria["quarter"]))
        if criteria.get("q"):
            tasks = tasks.search(criteria["q"])
        return tasks

    def in_ledger_order(self, sort: str = "number") -> TaskQuerySet:
        """The ledger's orders: by document and number (the default), by due date (undated last), by status."""
        if sort == "due":
            return self.order_by(F("due_on").asc(nulls_last=True), "document", "position")
        if sort == "status":
            rank = Case(
                *(When(status=status, then=Value(index)) for index, status in enumerate(TaskStatus.values)),
                output_field=IntegerField(),
            )
            return self.order_by(rank, "document", "position")
        return self.order_by("document", "position")
