"""The ledger (台账): every current task with its departments and warning, filtered, searched and sorted."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.reporting.models import ReportingCycle
from greenpolicy.reporting.warnings import assess_tasks
from greenpolicy.web.forms import LedgerFilterForm
from greenpolicy.web.htmx import is_partial
from greenpolicy.web.requests import SignedInRequest

PAGE_SIZE = 50


def ledger(request: SignedInRequest) -> HttpResponse:
    form = LedgerFilterForm(request.GET or None)
    valid = form.is_valid()
    criteria = form.criteria() if valid else {}
    warning = form.cleaned_data["warning"] if valid else ""
    sort = (form.cleaned_data["sort"] if valid else "") or "number"
    tasks = Task.objects.current().filtered(**criteria).in_ledger_order(sort).for_ledger()
    today = timezone.localdate()
    if warning:
        # The colour depends on reports and milestones, so it is known only after assessing the filtered set.
        rows = list(tasks)
        assessments = assess_tasks(rows, today=today)
        rows = [task for task in rows if assessments[task.pk].level == warning]
        page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    else:
        page = Paginator(tasks, PAGE_SIZE).get_page(request.GET.get("page"))
        assessments = assess_tasks(list(page.object_list), today=today)
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "rows": [(task, assessments[task.pk]) for task in page.object_list],
        "query": query.urlencode(),
    }
    if is_partial(request):
        return render(request, "web/ledger/_table.html", context)
    context["export"] = {
        "filters": [(name, value) for name, values in query.lists() for value in values if name != "cycle"],
        "cycles": _cycles_to_export(criteria.get("document")),
    }
    return render(request, "web/ledger/ledger.html", context)


def _cycles_to_export(document: PolicyDocument | None) -> QuerySet[ReportingCycle]:
    """The cycles whose reports an export may add: of the filtered document, else of every document in force."""
    cycles = ReportingCycle.objects.filter(document__superseded_by__isnull=True)
    if document is not None:
        cycles = cycles.filter(document=document)
    return cycles.select_related("document").order_by("-due_on", "-pk")
