from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from greenpolicy.ledger.models import Assignment, PolicyDocument, Task


class AssignmentInline(admin.TabularInline[Assignment, Task]):
    model = Assignment
    extra = 0
    fields = ("department", "role", "written_name", "acknowledged_at")
    readonly_fields = ("acknowledged_at",)


@admin.register(PolicyDocument)
class PolicyDocumentAdmin(admin.ModelAdmin[PolicyDocument]):
    """Documents enter through ingestion (review, then one transaction); the admin only reads them."""

    list_display = ("title", "doc_number", "issued_on", "ingested_at")
    search_fields = ("title", "doc_number")
    readonly_fields = ("sha256", "encoding", "original", "ingested_at", "ingested_by", "superseded_by")
    exclude = ("text", "outline", "diagnostics")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Task)
class TaskAdmin(admin.ModelAdmin[Task]):
    list_display = ("ref", "number", "area", "deadline_text", "status", "document")
    list_filter = ("status", "kind", "deadline_kind", "document")
    search_fields = ("text", "area")
    inlines = (AssignmentInline,)
    readonly_fields = ("status", "closed_at", "closure_evidence", "version")

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
