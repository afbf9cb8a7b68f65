"""Policy documents: the list, one document with its text and tasks, and its original file."""

from __future__ import annotations

from django.db.models import Count
from django.http import FileResponse, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from greenpolicy.accounts.permissions import can_supervise
from greenpolicy.ledger.choices import TaskStatus
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.reporting.warnings import assess_tasks
from greenpolicy.web.highlighting import segments
from greenpolicy.web.requests import SignedInRequest


def document_list(request: SignedInRequest) -> HttpResponse:
    documents = PolicyDocument.objects.annotate(task_count=Count("tasks")).select_related("superseded_by")
    return render(
        request,
        "web/documents/list.html",
        {"documents": documents, "can_ingest": can_supervise(request.user)},
    )


def document_detail(request: SignedInRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(PolicyDocument.objects.select_related("superseded_by", "ingested_by"), pk=pk)
    tasks = list(Task.objects.filter(document=document).exclude(status=TaskStatus.WITHDRAWN).for_ledger())
    assessments = assess_tasks(tasks, today=timezone.localdate())
    return render(
        request,
        "web/documents/detail.html",
        {
            "document": document,
            "rows": [(task, assessments[task.pk]) for task in tasks],
            "segments": segments(document.text, tasks),
            "implementing": document.implementing_documents.all(),
            "implemented": document.implemented_documents.all(),
        },
    )


def document_original(request: SignedInRequest, pk: int) -> FileResponse:
    document = get_object_or_404(PolicyDocument, pk=pk)
    return FileResponse(document.original.open("rb"), as_attachment=True, filename=document.original_name)
