"""The authorization matrix: every page and every action × every role and department.

Refused means 403, or 404 where the object itself must stay hidden (a report the user may not read: its id cannot be
probed). Allowed means the request got through to its page or its service: 200, or a redirect after the step (a step
refused for the state it finds, not for the user, is still allowed). Each request runs in a transaction rolled back
afterwards, so every role meets the same state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from greenpolicy.accounts.models import User
from greenpolicy.ledger.models import ExtensionRequest, PolicyDocument, Task
from greenpolicy.ledger.services import supervision
from greenpolicy.reporting import services as reporting
from greenpolicy.reporting.models import Evidence, ProgressReport, ReportingCycle
from tests.conftest import SEED

ROLES = (
    "supervisor",
    "leader",
    "ndrc_reporter",
    "ndrc_approver",
    "kj_reporter",
    "kj_approver",
    "sf_reporter",
)
EVERYONE = frozenset(ROLES)
OFFICE = frozenset({"supervisor"})
NDRC = frozenset({"ndrc_reporter", "ndrc_approver"})  # 市发展改革委: lead of the tasks below
KJ = frozenset({"kj_reporter", "kj_approver"})  # 市科技局: co-department of key task 1
PDF = b"%PDF-1.4\n%evidence\n"


@dataclass
class Programme:
    """The state every request meets: a cycle over the seed with lead reports in three states."""

    document: PolicyDocument
    task: Task  # key task 1: 市发展改革委 leads, 市科技局 joins; due in 60 days
    cycle: ReportingCycle
    draft: ProgressReport  # key task 1's lead report, a draft with evidence
    co_input: ProgressReport  # key task 1's input from 市科技局, a draft
    submitted: ProgressReport  # awaiting 市发展改革委's approver
    signed_off: ProgressReport  # awaiting the office
    evidence: Evidence
    extension: ExtensionRequest


@pytest.fixture
def programme(seed: PolicyDocument, users: dict[str, User]) -> Programme:
    today = timezone.localdate()
    task = Task.objects.get(document=seed, kind="key_task", number="1")
    task.deadline_kind, task.due_on = "date", today + timedelta(days=60)
    task.save()
    cycle = reporting.open_cycle(seed, actor=users["supervisor"], name="本季度", opens_on=today,
                                 due_on=today + timedelta(days=20))  # fmt: skip
    lead_reports = list(
        cycle.reports.lead_reports().filter(department__short_name="市发展改革委").order_by("task__position")
    )
    draft = next(r for r in lead_reports if r.task_id == task.pk)
    submitted, signed_off = [r for r in lead_reports if r.task_id != task.pk][:2]
    for report in (submitted, signed_off):
        reporting.save_report(report, actor=users["ndrc_reporter"], version=None, progress="进展", problems="",
                              next_steps="", percent=30)  # fmt: skip
        reporting.submit_lead_report(report, actor=users["ndrc_reporter"])
    reporting.sign_off_report(signed_off, actor=users["ndrc_approver"])
    evidence = reporting.attach_evidence(
        draft, SimpleUploadedFile("依据.pdf", PDF, "application/pdf"), actor=users["ndrc_reporter"]
    )
    extension = supervision.request_extension(task, actor=users["ndrc_reporter"], reason="等待国家政策",
                                              new_due_on=today + timedelta(days=120))  # fmt: skip
    co_input = cycle.reports.co_inputs().get(task=task, department__short_name="市科技局")
    return Programme(seed, task, cycle, draft, co_input, submitted, signed_off, evidence, extension)


@dataclass(frozen=True)
class Case:
    method: str
    url: Callable[[Programme], str]
    allowed: frozenset[str]
    hidden: frozenset[str] = frozenset()  # refused with 404: the object is not theirs to know
    data: Callable[[Programme], dict[str, Any]] = lambda p: {}


def url(name: str, obj: Callable[[Programme], Any] | None = None) -> Callable[[Programme], str]:
    return lambda p: reverse(name, args=[obj(p).pk]) if obj else reverse(name)


def others(*allowed: frozenset[str]) -> frozenset[str]:
    return EVERYONE - frozenset().union(*allowed)


def upload() -> dict[str, Any]:
    return {"file": SimpleUploadedFile("依据.pdf", PDF, "application/pdf")}


def task(p: Programme) -> Task:
    return p.task


TODAY = timezone.localdate


CASES: dict[str, Case] = {
    # Pages everyone signed in reads.
    **{name: Case("get", url(name), EVERYONE) for name in
       ("web:home", "web:documents", "web:ledger", "web:dashboard", "web:dashboard_json", "web:reporting", "web:cycles",
        "web:notifications")},
    "web:document": Case("get", url("web:document", lambda p: p.document), EVERYONE),
    "web:document_original": Case("get", url("web:document_original", lambda p: p.document), EVERYONE),
    "web:task": Case("get", url("web:task", task), EVERYONE),
    "web:cycle": Case("get", url("web:cycle", lambda p: p.cycle), EVERYONE),
    "web:notifications_read": Case("post", url("web:notifications_read"), EVERYONE),
    # The office's pages.
    "web:review_queue": Case("get", url("web:review_queue"), OFFICE | {"ndrc_approver", "kj_approver"}),
    "web:ingest": Case("get", url("web:ingest"), OFFICE),
    "web:ingest (upload)": Case("post", url("web:ingest"), OFFICE,
                                data=lambda p: {"file": SimpleUploadedFile("seed.txt", SEED.read_bytes())}),
    "web:cycle_create": Case("get", url("web:cycle_create"), OFFICE),
    "web:cycle_create (open)": Case("post", url("web:cycle_create"), OFFICE, data=lambda p: {
        "document": p.document.pk, "name": "下季度", "opens_on": TODAY(), "due_on": TODAY() + timedelta(days=9)}),
    "web:cycle_remind": Case("post", url("web:cycle_remind", lambda p: p.cycle), OFFICE),
    "web:ledger_export": Case("get", url("web:ledger_export"), EVERYONE),
    "web:ledger_import": Case("get", url("web:ledger_import"), OFFICE),
    "web:ledger_import_cancel": Case("post", url("web:ledger_import_cancel"), OFFICE),
    "web:accounts_import": Case("get", url("web:accounts_import"), OFFICE),
    "web:accounts_import_template": Case("get", url("web:accounts_import_template"), OFFICE),
    "web:official_document": Case("get", lambda p: reverse("web:official_document", args=[p.cycle.pk, "compiled", "docx"]), OFFICE),
    "web:official_department_report": Case("get", lambda p: reverse("web:official_department_report", args=[
        p.cycle.pk, p.draft.department_id, "docx"]), OFFICE),
    # Steps on key task 1.
    "web:task_acknowledge": Case("post", url("web:task_acknowledge", task), NDRC | KJ),
    "web:task_start": Case("post", url("web:task_start", task), NDRC),
    "web:task_milestone": Case("post", url("web:task_milestone", task), NDRC, data=lambda p: {
        "title": "完成初稿", "due_on": TODAY() + timedelta(days=30), "planned_percent": 50}),
    "web:task_extension": Case("post", url("web:task_extension", task), NDRC, data=lambda p: {
        "reason": "等待国家政策", "new_due_on": TODAY() + timedelta(days=200)}),
    "web:extension_decide": Case("post", url("web:extension_decide", lambda p: p.extension), OFFICE,
                                 data=lambda p: {"approve": "1", "note": ""}),
    "web:task_trigger": Case("post", url("web:task_trigger", task), OFFICE,
                             data=lambda p: {"on": TODAY(), "note": "国家政策已出台"}),
    "web:task_close": Case("post", url("web:task_close", task), OFFICE,
                           data=lambda p: {"evidence": "渝府办发〔2021〕1号", "version": p.task.version}),
    "web:task_comment": Case("post", url("web:task_comment", task), OFFICE | NDRC | KJ,
                             data=lambda p: {"body": "请加快进度"}),
    # Reports: a draft is its department's alone.
    "web:report (draft)": Case("get", url("web:report", lambda p: p.draft), NDRC, hidden=others(NDRC)),
    "web:report (co input)": Case("get", url("web:report", lambda p: p.co_input), KJ, hidden=others(KJ)),
    "web:report (signed off)": Case("get", url("web:report", lambda p: p.signed_off), NDRC | OFFICE | {"leader"},
                                    hidden=KJ | {"sf_reporter"}),
    "web:evidence_download": Case("get", url("web:evidence_download", lambda p: p.evidence), NDRC,
                                  hidden=others(NDRC)),
    "web:report_save": Case("post", url("web:report_save", lambda p: p.draft), NDRC, hidden=others(NDRC),
                            data=lambda p: {"progress": "进展", "percent": 40, "version": p.draft.version}),
    "web:report_evidence": Case("post", url("web:report_evidence", lambda p: p.draft), NDRC,
                                hidden=others(NDRC), data=lambda p: upload()),
    "web:report_submit": Case("post", url("web:report_submit", lambda p: p.draft), NDRC, hidden=others(NDRC)),
    "web:report_send": Case("post", url("web:report_send", lambda p: p.co_input), KJ, hidden=others(KJ)),
    "web:report_sign_off": Case("post", url("web:report_sign_off", lambda p: p.submitted), {"ndrc_approver"},
                                hidden=others(NDRC)),
    "web:report_decline": Case("post", url("web:report_decline", lambda p: p.submitted), {"ndrc_approver"},
                               hidden=others(NDRC), data=lambda p: {"reason": "请补充"}),
    "web:report_accept": Case("post", url("web:report_accept", lambda p: p.signed_off), OFFICE,
                              hidden=KJ | {"sf_reporter"}, data=lambda p: {"close": "", "evidence": ""}),
    "web:report_return": Case("post", url("web:report_return", lambda p: p.signed_off), OFFICE,
                              hidden=KJ | {"sf_reporter"}, data=lambda p: {"reason": "请补充数据"}),
}  # fmt: skip


def test_every_page_and_action_of_the_platform_is_in_the_matrix() -> None:
    from greenpolicy.web.urls import urlpatterns

    named = {f"web:{pattern.name}" for pattern in urlpatterns}
    covered = {name.split(" ")[0] for name in CASES}
    assert named - covered <= {
        "web:ingest_review",
        "web:ingest_confirm",
        "web:accounts_import_review",
        "web:accounts_import_confirm",
        "web:ledger_import_review",
        "web:ledger_import_confirm",
    }  # fmt: skip - staged-file flows: tests/web/test_ingest.py and the bulk page tests


@pytest.mark.parametrize("case", list(CASES))
def test_each_role_is_let_through_refused_or_kept_in_the_dark(
    case: str, programme: Programme, users: dict[str, User]
) -> None:
    spec = CASES[case]
    outcomes = {}
    for role in ROLES:
        client = Client()
        client.force_login(users[role])
        with transaction.atomic():
            response = getattr(client, spec.method)(spec.url(programme), spec.data(programme))
            transaction.set_rollback(True)
        outcomes[role] = response.status_code
    expected = {
        role: "allowed" if role in spec.allowed else 404 if role in spec.hidden else 403 for role in ROLES
    }
    seen = {role: "allowed" if code in (200, 302) else code for role, code in outcomes.items()}
    assert seen == expected
