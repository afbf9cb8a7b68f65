"""The dashboard (驾驶舱): charts of the programme's figures, each drilling down to the filtered ledger."""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from greenpolicy.reporting.dashboard import LEVELS, DashboardFigures, TaskCount, dashboard_figures
from greenpolicy.web.forms import LedgerFilterForm
from greenpolicy.web.requests import SignedInRequest

MEASURES = ("total", "closed", *LEVELS)


class DashboardFilterForm(LedgerFilterForm):
    """The ledger's document, area, department and year filters, and nothing else."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("role", "status", "warning", "deadline_kind", "quarter", "q", "sort"):
            del self.fields[name]


def _figures(form: DashboardFilterForm) -> DashboardFigures:
    data: dict[str, Any] = form.cleaned_data if form.is_valid() else {}
    return dashboard_figures(
        today=timezone.localdate(),
        document=data.get("document"),
        area=data.get("area") or None,
        department=data.get("department"),
        year=data.get("year"),
    )


def dashboard(request: SignedInRequest) -> HttpResponse:
    form = DashboardFilterForm(request.GET or None)
    figures = _figures(form)
    ledger = reverse("web:ledger")
    context = {
        "form": form,
        "figures": figures,
        "ledger_url": ledger,
        "chart_data": chart_data(figures, ledger),
        "counts": [
            ("areas", _("按任务领域"), figures.areas),
            ("lead", _("按牵头单位"), figures.lead_departments),
            ("co", _("按配合单位"), figures.co_departments),
            ("deadlines", _("按完成时限（年度、季度）"), (*figures.deadlines, *figures.undated)),
        ],
    }
    return render(request, "web/dashboard/dashboard.html", context)


def dashboard_json(request: SignedInRequest) -> JsonResponse:
    """The same figures as data, for other systems and scripts (the page's filters; drill-downs as ledger URLs)."""
    form = DashboardFilterForm(request.GET or None)
    if request.GET and not form.is_valid():
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    figures = _figures(form)
    return JsonResponse(
        {"today": figures.today.isoformat(), "summary": _counts((figures.summary,), reverse("web:ledger"))[0],
         **chart_data(figures, reverse("web:ledger"))},
        json_dumps_params={"ensure_ascii": False},
    )  # fmt: skip


def _counts(rows: tuple[TaskCount, ...], ledger: str) -> list[dict[str, Any]]:
    return [
        {
            "key": row.key,
            "label": row.label,
            **{measure: getattr(row, measure) for measure in MEASURES},
            "urls": {measure: f"{ledger}?{row.measure_query(measure)}" for measure in MEASURES},
        }
        for row in rows
    ]


def chart_data(figures: DashboardFigures, ledger: str) -> dict[str, Any]:
    """The figures as the charts' script reads them (through `json_script`)."""
    return {
        "labels": {
            "total": str(_("任务数")),
            "closed": str(_("已销号")),
            "red": str(_("红色预警")),
            "yellow": str(_("黄色预警")),
            "green": str(_("绿色")),
            "grey": str(_("灰色")),
            "on_time": str(_("按时报送")),
            "late": str(_("逾期报送")),
            "not_filed": str(_("未报送")),
            "percent": str(_("销号率（%）")),
        },
        "areas": _counts(figures.areas, ledger),
        "lead": _counts(figures.lead_departments, ledger),
        "co": _counts(figures.co_departments, ledger),
        "deadlines": _counts((*figures.deadlines, *figures.undated), ledger),
        "cycles": [
            {
                "label": cycle.name,
                "on_time": cycle.on_time,
                "late": cycle.late,
                "not_filed": cycle.not_filed,
                "url": f"{ledger}?{cycle.query}",
            }
            for cycle in figures.cycles
        ],
        "trend": [
            {
                "label": point.name,
                "closed": point.closed,
                "total": point.total,
                "percent": point.percent,
                "url": f"{ledger}?{point.query}",
            }
            for point in figures.trend
        ],
    }
