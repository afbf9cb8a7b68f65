"""The ledger (台账): every current task with its departments and warning, filtered, searched and sorted."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from greenpolicy.ledger.models import Task
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
    template = "web/ledger/_table.html" if is_partial(request) else "web/ledger/ledger.html"
    return render(request, template, context)
