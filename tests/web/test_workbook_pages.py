"""The ledger's Excel pages: the export link and download, and the import flow upload → preview → confirm."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from greenpolicy.accounts.models import Department, User
from greenpolicy.audit.models import AuditEntry
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.reporting.services import open_cycle
from greenpolicy.web.views.workbook import LISTED_ROWS
from tests.fixtures.programmes import add_key_tasks
from tests.platform.test_workbook_import import junk

pytestmark = pytest.mark.django_db


def test_the_ledger_links_its_export_with_its_filters(
    seed: PolicyDocument, client_for: Callable[[str], Client]
) -> None:
    page = (
        client_for("leader").get(reverse("web:ledger"), {"document": seed.pk, "q": "绿色"}).content.decode()
    )
    assert f'href="{reverse("web:ledger_export")}?document={seed.pk}&amp;q=' in page
    assert 'id="ledger-import"' not in page  # the leader reads; only the office imports
    assert 'id="ledger-import"' in client_for("supervisor").get(reverse("web:ledger")).content.decode()


def test_the_export_options_offer_the_documents_cycles(
    seed: PolicyDocument, users: dict[str, User], client_for: Callable[[str], Client]
) -> None:
    today = timezone.localdate()
    cycle = open_cycle(seed, actor=users["supervisor"], name="第一季度", opens_on=today, due_on=today)
    page = client_for("leader").get(reverse("web:ledger"), {"document": seed.pk, "q": "绿色", "page": "1"})
    html = page.content.decode()
    form = html.split('id="ledger-export-options"', 1)[1].split("</form>", 1)[0]
    assert f'<input type="hidden" name="document" value="{seed.pk}">' in form
    assert '<input type="hidden" name="q" value="绿色">' in form
    assert 'name="page"' not in form  # the export is the whole filtered ledger, not one page of it
    assert f'<option value="{cycle.pk}">{seed.title} · 第一季度</option>' in form
    assert 'name="sheets" value="one"' in form


def test_the_export_is_the_filtered_ledger(seed: PolicyDocument, client_for: Callable[[str], Client]) -> None:
    response = client_for("ndrc_reporter").get(reverse("web:ledger_export"), {"q": "绿色设计"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    expected = Task.objects.current().search("绿色设计")
    assert sheet.max_row == 2 + expected.count()
    assert {sheet[f"L{line}"].value for line in range(3, sheet.max_row + 1)} == {
        f"{task.pk}:{task.ref}" for task in expected
    }
    together = client_for("leader").get(reverse("web:ledger_export"), {"sheets": "one"})
    assert load_workbook(io.BytesIO(together.content)).worksheets[0].title == "台账"


def test_the_export_with_a_cycle(
    seed: PolicyDocument, users: dict[str, User], client_for: Callable[[str], Client]
) -> None:
    today = timezone.localdate()
    cycle = open_cycle(
        seed, actor=users["supervisor"], name="第一季度", opens_on=today, due_on=today + timedelta(days=5)
    )
    response = client_for("leader").get(
        reverse("web:ledger_export"), {"document": seed.pk, "cycle": cycle.pk}
    )
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert sheet["G2"].value == "进展情况（第一季度）"


@pytest.mark.parametrize("cycle", ["①", "²"])
def test_a_cycle_that_is_no_number_is_passed_over(
    cycle: str, seed: PolicyDocument, client_for: Callable[[str], Client]
) -> None:
    response = client_for("leader").get(reverse("web:ledger_export"), {"document": seed.pk, "cycle": cycle})
    assert response.status_code == 200
    assert load_workbook(io.BytesIO(response.content)).worksheets[0]["G2"].value == "进展情况"


def test_the_export_shows_only_the_reports_its_reader_may_read(
    seed: PolicyDocument, users: dict[str, User], client_for: Callable[[str], Client]
) -> None:
    today = timezone.localdate()
    cycle = open_cycle(
        seed, actor=users["supervisor"], name="第一季度", opens_on=today, due_on=today + timedelta(days=5)
    )
    draft = cycle.reports.get(task__kind="key_task", task__number="1", kind="lead_report")
    draft.progress = "尚在起草的进展"
    draft.save()

    def progress_cells(name: str) -> set[str]:
        response = client_for(name).get(
            reverse("web:ledger_export"), {"document": seed.pk, "cycle": cycle.pk}
        )
        sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
        return {sheet[f"G{line}"].value for line in range(3, sheet.max_row + 1)} - {None}

    assert progress_cells("ndrc_reporter") == {"尚在起草的进展"}  # its own draft
    assert progress_cells("leader") == set()
    assert progress_cells("supervisor") == set()
    assert progress_cells("kj_reporter") == set()


def count_export_queries(client: Client) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(reverse("web:ledger_export"), {"sort": "due"})
    assert response.status_code == 200
    return len(context.captured_queries)


def test_the_export_page_does_not_grow_with_the_ledger(
    client_for: Callable[[str], Client], departments: dict[str, Department]
) -> None:
    lead, co = departments["市发展改革委"], departments["市科技局"]
    document = PolicyDocument.objects.create(
        title="测试文件", original="documents/t.txt", original_name="t.txt", sha256="0" * 64, encoding="utf-8",
        text="正文",
    )  # fmt: skip
    add_key_tasks(document, 10, lead, co)
    client = client_for("leader")
    count_export_queries(client)  # warm the session and content types
    small = count_export_queries(client)
    add_key_tasks(document, 190, lead, co, start=10)
    assert count_export_queries(client) == small


def upload(client: Client, data: bytes, document: PolicyDocument, name: str = "台账.xlsx") -> str:
    response = client.post(
        reverse("web:ledger_import"),
        {"document": document.pk, "file": SimpleUploadedFile(name, data)},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return str(response["Location"])


def edited_export(client: Client, document: PolicyDocument, edits: dict[str, object]) -> bytes:
    response = client.get(reverse("web:ledger_export"), {"document": document.pk})
    workbook = load_workbook(io.BytesIO(response.content))
    for coordinate, value in edits.items():
        workbook.worksheets[0][coordinate] = value
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_upload_preview_confirm(seed: PolicyDocument, client_for: Callable[[str], Client]) -> None:
    client = client_for("supervisor")
    assert client.get(reverse("web:ledger_import")).status_code == 200
    data = edited_export(client, seed, {"C3": "改写后的任务内容"})
    review = client.get(upload(client, data, seed))
    page = review.content.decode()
    assert review.status_code == 200
    assert 'data-field="text"' in page and "改写后的任务内容" in page
    assert 'id="confirm-form"' in page
    assert not Task.objects.filter(text="改写后的任务内容").exists()  # nothing written by the preview
    sha256, digest = review.context["preview"].sha256, review.context["preview"].digest
    stale = client.post(
        reverse("web:ledger_import_confirm"), {"sha256": sha256, "document": seed.pk, "digest": "x"}
    )
    assert stale.status_code == 302 and not Task.objects.filter(text="改写后的任务内容").exists()
    confirmed = client.post(
        reverse("web:ledger_import_confirm"), {"sha256": sha256, "document": seed.pk, "digest": digest}
    )
    assert confirmed.status_code == 302
    assert Task.objects.filter(text="改写后的任务内容").count() == 1
    assert AuditEntry.objects.filter(action="task.import").count() == 1
    # The staged file is gone: confirming twice is refused with a message, not applied again.
    again = client.post(
        reverse("web:ledger_import_confirm"), {"sha256": sha256, "document": seed.pk, "digest": digest}
    )
    assert again.status_code == 302 and again["Location"] == reverse("web:ledger_import")


def test_cancel_writes_nothing(seed: PolicyDocument, client_for: Callable[[str], Client]) -> None:
    client = client_for("supervisor")
    data = edited_export(client, seed, {"C3": "不会写入的内容"})
    review = client.get(upload(client, data, seed))
    entries = AuditEntry.objects.count()
    cancelled = client.post(reverse("web:ledger_import_cancel"), {"sha256": review.context["preview"].sha256})
    assert cancelled.status_code == 302
    assert not Task.objects.filter(text="不会写入的内容").exists()
    assert AuditEntry.objects.count() == entries


def test_a_file_with_errors_has_no_confirm(seed: PolicyDocument, client_for: Callable[[str], Client]) -> None:
    client = client_for("supervisor")
    data = edited_export(client, seed, {"C3": '=HYPERLINK("http://x","y")', "E4": "市不存在局"})
    page = client.get(upload(client, data, seed)).content.decode()
    assert 'id="errors"' in page and "市不存在局" in page and "HYPERLINK" in page
    assert 'id="confirm-form"' not in page


def test_a_long_preview_lists_its_first_rows_and_counts_the_rest(
    seed: PolicyDocument, client_for: Callable[[str], Client]
) -> None:
    client = client_for("supervisor")
    page = client.get(upload(client, junk(LISTED_ROWS + 100), seed)).content.decode()
    assert page.count("<tr data-line=") == LISTED_ROWS
    assert "另有 100 行未列出。" in page
    assert f"共 {LISTED_ROWS + 100} 处错误，仅列出前 200 处。" in page


def test_an_unreadable_upload_stays_on_the_form(
    seed: PolicyDocument, client_for: Callable[[str], Client]
) -> None:
    response = client_for("supervisor").post(
        reverse("web:ledger_import"),
        {"document": seed.pk, "file": SimpleUploadedFile("x.xlsx", b"PK\x03\x04junk")},
    )
    assert response.status_code == 200
    assert "无法读取表格文件" in response.content.decode()


@pytest.mark.parametrize("role", ["leader", "ndrc_reporter", "ndrc_approver"])
def test_only_the_office_imports(
    role: str, seed: PolicyDocument, client_for: Callable[[str], Client]
) -> None:
    client = client_for(role)
    assert client.get(reverse("web:ledger_import")).status_code == 403
    assert (
        client.post(
            reverse("web:ledger_import_confirm"), {"sha256": "0" * 64, "document": seed.pk}
        ).status_code
        == 403
    )
    assert (
        client.get(reverse("web:ledger_import_review", args=["0" * 64]), {"document": seed.pk}).status_code
        == 403
    )
