"""Wiring and permissions of every page: who sees what, who may act, and what answers 403 or 404."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from greenpolicy.accounts.models import User
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.reporting.models import ProgressReport, ReportingCycle
from greenpolicy.reporting.services import attach_evidence, open_cycle, save_report
from tests.conftest import SEED

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n% evidence\n"


@pytest.fixture
def cycle(seed: PolicyDocument, users: dict[str, User]) -> ReportingCycle:
    today = timezone.localdate()
    return open_cycle(
        seed,
        actor=users["supervisor"],
        name="2026年第四季度",
        opens_on=today,
        due_on=today + timedelta(days=20),
        co_input_due_on=today + timedelta(days=10),
    )


def report_of(cycle: ReportingCycle, task: Task, short_name: str) -> ProgressReport:
    return cycle.reports.get(task=task, department__short_name=short_name)


def test_anonymous_visitors_are_sent_to_sign_in(
    client: Client, seed: PolicyDocument, key_task_1: Task
) -> None:
    for url in (
        "/",
        "/documents/",
        f"/documents/{seed.pk}/",
        "/ledger/",
        f"/tasks/{key_task_1.pk}/",
        "/reporting/",
        "/cycles/",
        "/notifications/",
        "/documents/ingest/",
        f"/documents/{seed.pk}/original/",
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login")), url


def test_sign_in_page_renders(client: Client) -> None:
    response = client.get(reverse("login"))
    assert response.status_code == 200
    assert "登录" in response.text


@pytest.mark.parametrize("role", ["supervisor", "leader", "ndrc_reporter", "ndrc_approver", "kj_reporter"])
def test_every_role_reads_the_pages(
    client_for: Callable[[str], Client],
    role: str,
    cycle: ReportingCycle,
    key_task_1: Task,
    seed: PolicyDocument,
) -> None:
    client = client_for(role)
    for name, args in (
        ("home", []),
        ("documents", []),
        ("document", [seed.pk]),
        ("ledger", []),
        ("task", [key_task_1.pk]),
        ("reporting", []),
        ("cycles", []),
        ("cycle", [cycle.pk]),
        ("notifications", []),
        ("document_original", [seed.pk]),
    ):
        response = client.get(reverse(f"web:{name}", args=args))
        assert response.status_code == 200, (role, name)


def test_original_is_downloaded_as_an_attachment(
    client_for: Callable[[str], Client], seed: PolicyDocument
) -> None:
    response = client_for("leader").get(reverse("web:document_original", args=[seed.pk]))
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content) == SEED.read_bytes()


@pytest.mark.parametrize("role", ["leader", "ndrc_reporter", "ndrc_approver"])
def test_only_supervisors_ingest_and_open_cycles(client_for: Callable[[str], Client], role: str) -> None:
    client = client_for(role)
    assert client.get(reverse("web:ingest")).status_code == 403
    assert client.get(reverse("web:ingest_review", args=["0" * 64])).status_code == 403
    assert client.post(reverse("web:ingest_confirm", args=["0" * 64])).status_code == 403
    assert client.get(reverse("web:cycle_create")).status_code == 403


def test_supervisor_opens_a_cycle_through_the_form(
    client_for: Callable[[str], Client], seed: PolicyDocument
) -> None:
    client = client_for("supervisor")
    assert client.get(reverse("web:cycle_create")).status_code == 200
    response = client.post(
        reverse("web:cycle_create"),
        {
            "document": seed.pk,
            "name": "2021年第一季度",
            "opens_on": "2021-03-01",
            "due_on": "2021-03-25",
            "co_input_due_on": "2021-03-20",
        },
    )
    cycle = ReportingCycle.objects.get(name="2021年第一季度")
    assert response.status_code == 302 and response["Location"] == cycle.get_absolute_url()
    page = client.get(cycle.get_absolute_url())
    assert "各单位报送情况" in page.text and "市发展改革委" in page.text


def test_a_refused_cycle_shows_the_reason(client_for: Callable[[str], Client], seed: PolicyDocument) -> None:
    response = client_for("supervisor").post(
        reverse("web:cycle_create"),
        {"document": seed.pk, "name": "错的", "opens_on": "2021-03-25", "due_on": "2021-03-01"},
    )
    assert response.status_code == 200
    assert "报送截止日期不能早于开始日期" in response.text


def test_reminders_only_by_supervisors(client_for: Callable[[str], Client], cycle: ReportingCycle) -> None:
    assert client_for("ndrc_reporter").post(reverse("web:cycle_remind", args=[cycle.pk])).status_code == 403
    response = client_for("supervisor").post(reverse("web:cycle_remind", args=[cycle.pk]), follow=True)
    assert "催办" in response.text
    assert cycle.reminders.count() > 0


@pytest.mark.parametrize(
    "action",
    ["task_acknowledge", "task_start", "task_close", "task_comment", "task_milestone", "task_trigger"],
)
def test_leaders_read_only_are_refused_every_action(
    client_for: Callable[[str], Client], key_task_1: Task, action: str
) -> None:
    data = {
        "evidence": "渝府办发〔2021〕1号",
        "version": key_task_1.version,
        "body": "请加快",
        "title": "完成",
        "due_on": "2030-01-01",
        "planned_percent": 50,
        "on": "2030-01-01",
        "note": "国家已出台",
    }
    response = client_for("leader").post(reverse(f"web:{action}", args=[key_task_1.pk]), data)
    assert response.status_code == 403


def test_department_acknowledges_and_starts_its_task(
    client_for: Callable[[str], Client], key_task_1: Task
) -> None:
    client = client_for("ndrc_reporter")
    page = client.get(key_task_1.get_absolute_url())
    assert reverse("web:task_acknowledge", args=[key_task_1.pk]) in page.text
    response = client.post(reverse("web:task_acknowledge", args=[key_task_1.pk]), follow=True)
    assert "已签收" in response.text
    client.post(reverse("web:task_start", args=[key_task_1.pk]))
    key_task_1.refresh_from_db()
    assert key_task_1.status == "in_progress"
    again = client.post(reverse("web:task_acknowledge", args=[key_task_1.pk]), follow=True)
    assert "本部门已签收该任务" in again.text  # a refused step is a message, not an error page


def test_a_department_not_assigned_cannot_act(client_for: Callable[[str], Client], key_task_1: Task) -> None:
    client = client_for("sf_reporter")
    assert (
        reverse("web:task_acknowledge", args=[key_task_1.pk])
        not in client.get(key_task_1.get_absolute_url()).text
    )
    assert client.post(reverse("web:task_acknowledge", args=[key_task_1.pk])).status_code == 403


def test_supervisor_closes_a_task_with_evidence_and_stale_version(
    client_for: Callable[[str], Client], key_task_1: Task
) -> None:
    client = client_for("supervisor")
    stale = client.post(
        reverse("web:task_close", args=[key_task_1.pk]),
        {"evidence": "渝府办发〔2021〕1号", "version": key_task_1.version - 1},
        follow=True,
    )
    assert "该记录已被他人修改" in stale.text
    response = client.post(
        reverse("web:task_close", args=[key_task_1.pk]),
        {"evidence": "渝府办发〔2021〕1号", "version": key_task_1.version},
        follow=True,
    )
    assert "已销号" in response.text
    assert "渝府办发〔2021〕1号" in response.text


def test_review_queue_by_role(client_for: Callable[[str], Client], cycle: ReportingCycle) -> None:
    assert client_for("supervisor").get(reverse("web:review_queue")).status_code == 200
    assert client_for("ndrc_approver").get(reverse("web:review_queue")).status_code == 200
    assert client_for("ndrc_reporter").get(reverse("web:review_queue")).status_code == 403
    assert client_for("leader").get(reverse("web:review_queue")).status_code == 403


def test_another_departments_draft_and_its_evidence_answer_404(
    client_for: Callable[[str], Client], users: dict[str, User], cycle: ReportingCycle, key_task_1: Task
) -> None:
    draft = report_of(cycle, key_task_1, "市发展改革委")
    save_report(
        draft,
        actor=users["ndrc_reporter"],
        version=draft.version,
        progress="草稿内容",
        problems="",
        next_steps="",
        percent=10,
    )
    evidence = attach_evidence(draft, SimpleUploadedFile("依据.pdf", PDF), actor=users["ndrc_reporter"])
    own = client_for("ndrc_reporter")
    assert own.get(draft.get_absolute_url()).status_code == 200
    assert own.get(reverse("web:evidence_download", args=[evidence.pk])).status_code == 200
    for other in ("kj_reporter", "sf_reporter", "supervisor", "leader"):
        client = client_for(other)
        assert client.get(draft.get_absolute_url()).status_code == 404, other
        assert client.get(reverse("web:evidence_download", args=[evidence.pk])).status_code == 404, other
        assert client.post(reverse("web:report_save", args=[draft.pk]), {"version": 1}).status_code == 404, (
            other
        )
    assert client_for("kj_reporter").get(reverse("web:report", args=[999999])).status_code == 404


def test_evidence_is_served_as_attachment_never_from_a_media_url(
    client_for: Callable[[str], Client], users: dict[str, User], cycle: ReportingCycle, key_task_1: Task
) -> None:
    draft = report_of(cycle, key_task_1, "市发展改革委")
    evidence = attach_evidence(draft, SimpleUploadedFile("依据.pdf", PDF), actor=users["ndrc_reporter"])
    response = client_for("ndrc_reporter").get(reverse("web:evidence_download", args=[evidence.pk]))
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == PDF
    assert client_for("ndrc_reporter").get("/media/" + evidence.file.name).status_code == 404


def test_evidence_upload_through_the_page_and_a_refused_type(
    client_for: Callable[[str], Client], cycle: ReportingCycle, key_task_1: Task
) -> None:
    draft = report_of(cycle, key_task_1, "市发展改革委")
    client = client_for("ndrc_reporter")
    url = reverse("web:report_evidence", args=[draft.pk])
    ok = client.post(url, {"file": SimpleUploadedFile("会议纪要.pdf", PDF)}, follow=True)
    assert "会议纪要.pdf" in ok.text
    refused = client.post(url, {"file": SimpleUploadedFile("病毒.exe", b"MZ...")}, follow=True)
    assert "不支持的文件类型" in refused.text


def test_a_stale_save_shows_the_conflict_and_keeps_the_other_persons_text(
    client_for: Callable[[str], Client],
    make_user: Callable[..., User],
    cycle: ReportingCycle,
    key_task_1: Task,
) -> None:
    from greenpolicy.accounts.models import Role

    make_user("发改联络员二", Role.REPORTER, "市发展改革委")
    report = report_of(cycle, key_task_1, "市发展改革委")
    opened_at = report.version
    first, second = client_for("ndrc_reporter"), Client()
    second.force_login(User.objects.get(username="发改联络员二"))
    form = {"progress": "甲的进展", "problems": "", "next_steps": "", "percent": 30, "version": opened_at}
    assert first.post(reverse("web:report_save", args=[report.pk]), form).status_code == 302
    response = second.post(reverse("web:report_save", args=[report.pk]), {**form, "progress": "乙的进展"})
    assert response.status_code == 200
    assert "该记录已被他人修改" in response.text
    assert "甲的进展" in response.text  # the current values, in the form
    assert "乙的进展" in response.text  # the user's own text, shown to carry over
    report.refresh_from_db()
    assert report.progress == "甲的进展"


def test_the_whole_report_chain_through_the_pages(
    client_for: Callable[[str], Client], cycle: ReportingCycle, key_task_1: Task
) -> None:
    co = report_of(cycle, key_task_1, "市科技局")
    lead = report_of(cycle, key_task_1, "市发展改革委")
    kj = client_for("kj_reporter")
    kj.post(
        reverse("web:report_save", args=[co.pk]),
        {"progress": "科技局完成绿色设计技术攻关", "problems": "", "next_steps": "", "version": co.version},
    )
    co.refresh_from_db()
    assert kj.post(reverse("web:report_send", args=[co.pk]), {"version": co.version}).status_code == 302
    co.refresh_from_db()
    assert co.state == "sent"

    ndrc = client_for("ndrc_reporter")
    page = ndrc.get(lead.get_absolute_url())
    assert "科技局完成绿色设计技术攻关" in page.text  # the co-department's input beside the form
    ndrc.post(
        reverse("web:report_save", args=[lead.pk]),
        {
            "progress": "汇总进展",
            "problems": "无",
            "next_steps": "继续",
            "percent": 100,
            "completed": "on",
            "closure_evidence": "渝府办发〔2021〕1号",
            "version": lead.version,
        },
    )
    lead.refresh_from_db()
    ndrc.post(reverse("web:report_submit", args=[lead.pk]), {"version": lead.version})
    lead.refresh_from_db()
    assert lead.state == "submitted"
    assert client_for("supervisor").get(lead.get_absolute_url()).status_code == 404  # not yet signed off

    approver = client_for("ndrc_approver")
    assert lead.get_absolute_url() in approver.get(reverse("web:review_queue")).text
    approver.post(reverse("web:report_sign_off", args=[lead.pk]))
    lead.refresh_from_db()
    assert lead.state == "signed_off"

    supervisor = client_for("supervisor")
    assert lead.get_absolute_url() in supervisor.get(reverse("web:review_queue")).text
    refused = supervisor.post(reverse("web:report_return", args=[lead.pk]), {"reason": ""}, follow=True)
    assert refused.status_code == 200
    supervisor.post(
        reverse("web:report_accept", args=[lead.pk]), {"close": "on", "evidence": "渝府办发〔2021〕1号"}
    )
    lead.refresh_from_db()
    key_task_1.refresh_from_db()
    assert lead.state == "accepted"
    assert key_task_1.status == "closed" and key_task_1.closure_evidence == "渝府办发〔2021〕1号"
    assert (
        "汇总进展" in client_for("sf_reporter").get(lead.get_absolute_url()).text
    )  # accepted: everyone reads


def test_approver_declines_with_a_reason(
    client_for: Callable[[str], Client], users: dict[str, User], cycle: ReportingCycle, key_task_1: Task
) -> None:
    lead = report_of(cycle, key_task_1, "市发展改革委")
    save_report(
        lead,
        actor=users["ndrc_reporter"],
        version=lead.version,
        progress="进展",
        problems="",
        next_steps="",
        percent=20,
    )
    client_for("ndrc_reporter").post(reverse("web:report_submit", args=[lead.pk]), {"version": lead.version})
    response = client_for("ndrc_approver").post(
        reverse("web:report_decline", args=[lead.pk]), {"reason": "数据不全"}, follow=True
    )
    assert "已退回经办人" in response.text
    lead.refresh_from_db()
    assert lead.state == "returned" and lead.return_reason == "数据不全"


def test_notifications_list_and_mark_read(
    client_for: Callable[[str], Client], cycle: ReportingCycle, users: dict[str, User]
) -> None:
    client = client_for("ndrc_reporter")
    page = client.get(reverse("web:notifications"))
    assert "报送已开始" in page.text
    client.post(reverse("web:notifications_read"))
    assert not users["ndrc_reporter"].notifications.filter(read_at__isnull=True).exists()


def test_inbox_groups_my_reports_by_cycle(
    client_for: Callable[[str], Client], cycle: ReportingCycle, key_task_1: Task
) -> None:
    response = client_for("kj_reporter").get(reverse("web:reporting"), {"cycle": cycle.pk})
    assert cycle.name in response.text
    assert report_of(cycle, key_task_1, "市科技局").get_absolute_url() in response.text
    assert report_of(cycle, key_task_1, "市发展改革委").get_absolute_url() not in response.text


def test_extension_request_and_decision(
    client_for: Callable[[str], Client], seed: PolicyDocument, make_user: Callable[..., User]
) -> None:
    from greenpolicy.accounts.models import Role

    task = seed.tasks.get(kind="key_task", number="3")  # 市生态环境局, 2021年
    task.due_on = timezone.localdate() + timedelta(days=30)
    task.save()
    make_user("生态联络员", Role.REPORTER, "市生态环境局")
    client = Client()
    client.force_login(User.objects.get(username="生态联络员"))
    client.post(reverse("web:task_acknowledge", args=[task.pk]))
    new_date = (task.due_on + timedelta(days=90)).isoformat()
    response = client.post(
        reverse("web:task_extension", args=[task.pk]),
        {"new_due_on": new_date, "reason": "国家标准尚未发布"},
        follow=True,
    )
    assert "已提交延期申请" in response.text
    request = task.extension_requests.get()
    assert (
        client.post(reverse("web:extension_decide", args=[request.pk]), {"approve": "1"}).status_code == 403
    )
    client_for("supervisor").post(
        reverse("web:extension_decide", args=[request.pk]), {"approve": "1", "note": "同意"}
    )
    task.refresh_from_db()
    assert task.due_on.isoformat() == new_date and task.original_due_on is not None
    assert "原定到期日" in client.get(task.get_absolute_url()).text
