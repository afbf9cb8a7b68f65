from __future__ import annotations

from django.contrib import admin

from greenpolicy.reporting.models import ReportingCycle


@admin.register(ReportingCycle)
class ReportingCycleAdmin(admin.ModelAdmin[ReportingCycle]):
    list_display = ("name", "document", "opens_on", "due_on", "closed")
    list_filter = ("closed",)
    filter_horizontal = ("tasks",)
