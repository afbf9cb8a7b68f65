"""Ingestion writes exactly what the parser read, recognises the same file, and applies revisions safely."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from greenpolicy.audit.models import AuditEntry
from greenpolicy.core.reading import DocumentError
from greenpolicy.ledger.errors import WorkflowError
from greenpolicy.ledger.models import PolicyDocument, Task
from greenpolicy.ledger.services.ingestion import confirm_staged, ingest_file, preview_staged, stage_document
from tests.conftest import SEED
from tests.platform.conftest import People


def test_seed_becomes_nine_measures_and_fifteen_key_tasks(seed: PolicyDocument) -> None:
    assert seed.doc_number == "渝发改资环〔2020〕1891号"
    assert seed.issued_on.isoformat() == "2020-12-10"
    kinds = list(seed.tasks.values_list("kind", flat=True))
    assert kinds.count("measure") == 9 and kinds.count("key_task") == 15


def test_key_task_keeps_departments_in_order_with_the_first_leading(seed: PolicyDocument) -> None:
    task = Task.objects.get(document=seed, kind="key_task", number="2")
    assert [(a.department.name, a.role) for a in task.assignments.order_by("position")] == [
        ("重庆市发展和改革委员会", "lead"),
        ("重庆市市场监督管理局", "co"),
    ]


def test_cut_off_key_task_is_kept_and_marked_incomplete(seed: PolicyDocument) -> None:
    last = Task.objects.get(document=seed, kind="key_task", number="15")
    assert last.incomplete and last.text == "建立健全煤炭清洁高效开发利用政策机制"


def test_each_task_points_at_its_words_in_the_document(seed: PolicyDocument) -> None:
    for task in seed.tasks.all():
        assert task.source_start is not None and task.source_end is not None
        assert seed.text[task.source_start : task.source_start + 10] == task.text[:10]


def test_same_file_twice_is_recognised_and_not_written(seed: PolicyDocument, people: People) -> None:
    sha256 = stage_document(SEED.read_bytes(), "again.txt", actor=people.office)
    assert preview_staged(sha256).duplicate_of == seed
    with pytest.raises(WorkflowError, match="已导入"):
        confirm_staged(sha256, actor=people.office, mapping={})
    assert PolicyDocument.objects.count() == 1


def test_only_the_office_ingests(people: People) -> None:
    with pytest.raises(PermissionDenied):
        stage_document(SEED.read_bytes(), SEED.name, actor=people.lead_reporter)


def test_unreadable_upload_is_refused_with_its_reason(people: People) -> None:
    with pytest.raises(DocumentError, match="empty"):
        stage_document(b"   ", "blank.txt", actor=people.office)


def test_unknown_department_must_be_mapped_before_confirming(people: People) -> None:
    text = "关于推进节水工作的通知\n一、加强节水管理。做好节水工作。（市节水办、市水利局等按职责分工负责）\n"
    sha256 = stage_document(text.encode(), "water.txt", actor=people.office)
    preview = preview_staged(sha256)
    assert preview.unknown == ["市节水办"]
    with pytest.raises(WorkflowError, match="市节水办"):
        confirm_staged(sha256, actor=people.office, mapping={})
    water = people.outsider.department
    document = confirm_staged(sha256, actor=people.office, mapping={"市节水办": water.pk})
    task = document.tasks.get()
    assert [a.department for a in task.assignments.all()] == [water]  # both names stand for one department
    water.refresh_from_db()
    assert "市节水办" in water.aliases


def test_revision_keeps_unchanged_tasks_and_their_history(seed: PolicyDocument, people: People) -> None:
    revised = SEED.read_text(encoding="utf-8").replace(
        "2.落实国家再生资源分级质控和标识制度，推广资源再生产品和原料",
        "2.落实国家再生资源分级质控和标识制度，大力推广资源再生产品和原料",
    )
    kept = Task.objects.get(document=seed, kind="key_task", number="1")
    sha256 = stage_document(revised.encode(), "revised.txt", actor=people.office)
    preview = preview_staged(sha256)
    assert preview.previous == seed
    changes = {
        (c.old.number if c.old else None, c.change.value) for c in preview.changes if c.change != "unchanged"
    }
    assert changes == {("2", "reworded")}
    new = confirm_staged(sha256, actor=people.office, mapping={})
    seed.refresh_from_db()
    assert seed.superseded_by == new
    kept.refresh_from_db()
    assert kept.document == new  # the same row, so its reports and history stay with it
    assert Task.objects.current().count() == 24
    assert AuditEntry.objects.filter(action="task.revise.reworded").count() == 1


def test_command_line_ingestion_registers_unknown_names_as_written(people: People) -> None:
    text = "关于推进节水工作的通知\n一、加强节水管理。做好节水工作。（市节水办牵头）\n"
    document = ingest_file(text.encode(), "water.txt", actor=people.office)
    assert document.tasks.get().assignments.get().department.name == "市节水办"


def test_a_staged_upload_that_is_gone_says_so(people: People) -> None:
    with pytest.raises(DocumentError, match="暂存文件已不存在"):
        preview_staged("a" * 64)
