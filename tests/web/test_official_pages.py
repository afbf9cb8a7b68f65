"""Official documents of a cycle to download: supervisors only, as .docx and .pdf, linked from the cycle page."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from docx import Document

from greenpolicy.accounts.models import Department, User
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.reporting.models import ReportingCycle
from greenpolicy.reporting.services import open_cycle

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture
def cycle(seed: PolicyDocument, users: dict[str, User], key_task_1: Task) -> ReportingCycle:
    today = timezone.localdate()
    return open_cycle(
        seed,
        actor=users["supervisor"],
        name="第一期",
        opens_on=today - timedelta(days=10),
        due_on=today - timedelta(days=1),
        tasks=[key_task_1],
    )


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        ("compiled", "关于第一期重点任务进展情况的汇总报告"),
        ("reminder", "关于催报第一期重点任务进展情况的通知"),
        ("bulletin", "关于第一期重点任务推进情况的通报"),
    ],
)
def test_supervisor_downloads_docx(
    client_for: Callable[[str], Client], cycle: ReportingCycle, kind: str, title: str
) -> None:
    response = client_for("supervisor").get(reverse("web:official_document", args=[cycle.pk, kind, "docx"]))
    assert response.status_code == 200 and response["Content-Type"] == DOCX
    assert "attachment" in response["Content-Disposition"]
    assert Document(io.BytesIO(response.content)).paragraphs[0].text == title


def test_department_report_and_pdf(client_for: Callable[[str], Client], cycle: ReportingCycle) -> None:
    client = client_for("supervisor")
    ndrc = Department.objects.get(short_name="市发展改革委")
    response = client.get(reverse("web:official_department_report", args=[cycle.pk, ndrc.pk, "docx"]))
    assert response.status_code == 200
    assert (
        Document(io.BytesIO(response.content))
        .paragraphs[0]
        .text.startswith("重庆市发展和改革委员会\n关于第一期")
    )
    outsider = Department.objects.get(short_name="市司法局")
    assert (
        client.get(
            reverse("web:official_department_report", args=[cycle.pk, outsider.pk, "docx"])
        ).status_code
        == 404
    )
    response = client.get(reverse("web:official_document", args=[cycle.pk, "bulletin", "pdf"]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_unknown_kind_or_format_is_not_found(
    client_for: Callable[[str], Client], cycle: ReportingCycle
) -> None:
    client = client_for("supervisor")
    assert client.get(f"/cycles/{cycle.pk}/official/compiled.odt").status_code == 404
    assert client.get(f"/cycles/{cycle.pk}/official/memo.docx").status_code == 404


@pytest.mark.parametrize("name", ["leader", "ndrc_reporter", "ndrc_approver", "sf_reporter"])
def test_others_are_refused(client_for: Callable[[str], Client], cycle: ReportingCycle, name: str) -> None:
    client = client_for(name)
    assert (
        client.get(reverse("web:official_document", args=[cycle.pk, "compiled", "docx"])).status_code == 403
    )
    ndrc = Department.objects.get(short_name="市发展改革委")
    assert (
        client.get(reverse("web:official_department_report", args=[cycle.pk, ndrc.pk, "pdf"])).status_code
        == 403
    )
    assert 'id="official-documents"' not in client.get(cycle.get_absolute_url()).content.decode()


def test_cycle_page_links_the_documents(client_for: Callable[[str], Client], cycle: ReportingCycle) -> None:
    page = client_for("supervisor").get(cycle.get_absolute_url()).content.decode()
    assert 'id="official-documents"' in page
    for kind in ("compiled", "reminder", "bulletin"):
        for fmt in ("docx", "pdf"):
            assert reverse("web:official_document", args=[cycle.pk, kind, fmt]) in page
    ndrc = Department.objects.get(short_name="市发展改革委")
    assert reverse("web:official_department_report", args=[cycle.pk, ndrc.pk, "docx"]) in page


def test_without_libreoffice_the_pdf_is_refused_with_a_reason(
    client_for: Callable[[str], Client], cycle: ReportingCycle, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    client = client_for("supervisor")
    response = client.get(reverse("web:official_document", args=[cycle.pk, "compiled", "pdf"]), follow=True)
    assert response.redirect_chain == [(cycle.get_absolute_url(), 302)]
    assert "无法生成 PDF" in response.content.decode() and "Word" in response.content.decode()
