"""Reporting cycles: the list with filing counts, opening one, and who filed on time, late or not at all."""

from __future__ import annotations

from collections import Counter

from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from greenpolicy.accounts.permissions import can_supervise, require
from greenpolicy.ledger.errors import WorkflowError
from greenpolicy.notifications.services import send_reminders
from greenpolicy.reporting.models import ReportingCycle, ReportState
from greenpolicy.reporting.queries import cycle_compliance
from greenpolicy.reporting.services import open_cycle
from greenpolicy.web.forms import CycleForm
from greenpolicy.web.requests import SignedInRequest

_UNFILED = (ReportState.DRAFT, ReportState.RETURNED)
_SUPERVISORS_ONLY = gettext_lazy("只有督办员可以管理报送周期")


def cycle_list(request: SignedInRequest) -> HttpResponse:
    per_state = {state.value: Count("reports", filter=Q(reports__state=state)) for state in ReportState}
    cycles = ReportingCycle.objects.select_related("document").annotate(
        total=Count("reports"), filed=Count("reports", filter=~Q(reports__state__in=_UNFILED)), **per_state
    )
    rows = [
        (cycle, [(state.label, getattr(cycle, state.value)) for state in ReportState]) for cycle in cycles
    ]
    return render(
        request,
        "web/cycles/list.html",
        {"rows": rows, "states": ReportState, "can_open": can_supervise(request.user)},
    )


def cycle_create(request: SignedInRequest) -> HttpResponse:
    require(can_supervise(request.user), str(_SUPERVISORS_ONLY))
    form = CycleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            cycle = open_cycle(form.cleaned_data.pop("document"), actor=request.user, **form.cleaned_data)
        except WorkflowError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("已发起报送周期：%(name)s") % {"name": cycle.name})
            return redirect(cycle)
    return render(request, "web/cycles/form.html", {"form": form})


def cycle_detail(request: SignedInRequest, pk: int) -> HttpResponse:
    cycle = get_object_or_404(ReportingCycle.objects.select_related("document", "created_by"), pk=pk)
    rows = cycle_compliance(cycle)
    counts = Counter(line.state for row in rows for line in row.reports)
    return render(
        request,
        "web/cycles/detail.html",
        {
            "cycle": cycle,
            "rows": rows,
            "states": [(state.label, counts[state]) for state in ReportState],
            "total": sum(row.total for row in rows),
            "reminders": cycle.reminders.select_related("department", "sent_by")[:50],
            "can_remind": can_supervise(request.user) and not cycle.closed,
            "today": timezone.localdate(),
        },
    )


@require_POST
def cycle_remind(request: SignedInRequest, pk: int) -> HttpResponse:
    cycle = get_object_or_404(ReportingCycle, pk=pk)
    # send_reminders does not check who calls it, so the page does.
    require(can_supervise(request.user), str(_SUPERVISORS_ONLY))

    reminders = send_reminders(cycle, actor=request.user)
    if reminders:
        messages.success(request, _("已向%(count)d个单位发出催办") % {"count": len(reminders)})
    else:
        messages.info(request, _("所有单位均已报送，无需催办"))
    return redirect(cycle)
