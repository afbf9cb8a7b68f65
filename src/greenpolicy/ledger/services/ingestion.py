"""Ingesting a policy document: stage the upload, show what the parser read, then write it in one transaction.

The upload is kept in staging under its sha256 between the preview and the confirmation, and parsed again on
confirmation (parsing takes milliseconds), so nothing the user did not see is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from greenpolicy.accounts.models import Department, DepartmentKind, DepartmentLevel, User
from greenpolicy.accounts.permissions import can_supervise, require
from greenpolicy.accounts.registry import DepartmentDirectory
from greenpolicy.audit.trail import record
from greenpolicy.core.ledger_json import ledger_to_dict
from greenpolicy.core.model import Ledger
from greenpolicy.core.model import Task as ParsedTask
from greenpolicy.core.parsing import parse_source
from greenpolicy.core.reading import DocumentError, read_bytes
from greenpolicy.core.workdays import WorkingCalendar
from greenpolicy.ledger.choices import TaskStatus
from greenpolicy.ledger.conf import supervision_settings
from greenpolicy.ledger.errors import WorkflowError
from greenpolicy.ledger.models import Assignment, PolicyDocument, Task
from greenpolicy.ledger.revisions import Change, TaskChange, compare
from greenpolicy.ledger.sources import locate, plain_text
from greenpolicy.staging import StagingError, discard, read_staged, stage

_AREA = "documents"


@dataclass(frozen=True)
class IngestionPreview:
    """What confirming would write: the parsed ledger, names to map, and its relation to documents on file."""

    sha256: str
    name: str
    ledger: Ledger
    text: str
    known: dict[str, Department]
    unknown: list[str]
    duplicate_of: PolicyDocument | None = None
    previous: PolicyDocument | None = None
    changes: list[TaskChange] = field(default_factory=list)

    @property
    def is_revision(self) -> bool:
        return self.previous is not None


def stage_document(data: bytes, name: str, *, actor: User) -> str:
    """Keep an upload for review; DocumentError (with the reason) when it cannot be read as a document."""
    require(can_supervise(actor), gettext("只有督办员可以导入文件"))
    limit = supervision_settings().document_max_bytes
    read_bytes(data, name=name, max_bytes=limit)  # refuse unreadable input before keeping anything
    return stage(_AREA, data, name)


def preview_staged(sha256: str) -> IngestionPreview:
    name, data = _read_staged(sha256)
    source = read_bytes(data, name=name, max_bytes=max(len(data), 1))
    ledger = parse_source(source)
    directory = DepartmentDirectory.load()
    known: dict[str, Department] = {}
    unknown: list[str] = []
    for task in ledger.tasks:
        for ref in task.departments:
            if ref.name in known or ref.name in unknown:
                continue
            found = directory.find(ref.canonical, ref.name)
            if found is None:
                unknown.append(ref.name)
            else:
                known[ref.name] = found
    duplicate = PolicyDocument.objects.filter(sha256=sha256).first()
    previous = None if duplicate else _previous_version(ledger)
    changes = (
        compare(list(Task.objects.filter(document=previous).current().for_ledger()), ledger.tasks)
        if previous
        else []
    )
    return IngestionPreview(
        sha256, name, ledger, plain_text(source), known, unknown, duplicate, previous, changes
    )


@transaction.atomic
def confirm_staged(sha256: str, *, actor: User, mapping: dict[str, int | None]) -> PolicyDocument:
    """Write the staged document with its tasks; `mapping` gives each unknown name a department id, or None
    to register it as a new department under the name written."""
    require(can_supervise(actor), gettext("只有督办员可以导入文件"))
    preview = preview_staged(sha256)
    if preview.duplicate_of is not None:
        raise WorkflowError(gettext("该文件已导入：%(title)s") % {"title": preview.duplicate_of.title})
    missing = [name for name in preview.unknown if name not in mapping]
    if missing:
        raise WorkflowError(gettext("以下部门尚未对应到部门名录：%(names)s") % {"names": "、".join(missing)})
    departments = dict(preview.known)
    for name in preview.unknown:
        departments[name] = _mapped_department(name, mapping[name], actor)
    document = _create_document(preview, actor)
    if preview.previous is not None:
        _apply_revision(preview, document, departments, actor)
    else:
        for position, parsed in enumerate(preview.ledger.tasks):
            _create_task(document, parsed, position, departments, preview.text)
    record(
        actor=actor,
        action="document.ingest",
        target=document,
        summary=f"导入文件《{document.title}》，{document.tasks.count()}项任务",
        after={"sha256": document.sha256, "tasks": document.tasks.count()},
    )
    discard(_AREA, sha256)
    return document


def ingest_file(data: bytes, name: str, *, actor: User) -> PolicyDocument:
    """The command-line path: stage, then confirm, registering unknown names as written."""
    sha256 = stage_document(data, name, actor=actor)
    preview = preview_staged(sha256)
    if preview.duplicate_of is not None:
        raise WorkflowError(
            gettext("该文件已导入：%(title)s（sha256 %(sha256)s）")
            % {"title": preview.duplicate_of.title, "sha256": sha256[:12]}
        )
    return confirm_staged(sha256, actor=actor, mapping=dict.fromkeys(preview.unknown))


def _read_staged(sha256: str) -> tuple[str, bytes]:
    try:
        return read_staged(_AREA, sha256)
    except StagingError as error:
        raise DocumentError(sha256, str(error)) from None


def _previous_version(ledger: Ledger) -> PolicyDocument | None:
    """The document in force that this one revises: same number, else same title."""
    current = PolicyDocument.objects.filter(superseded_by__isnull=True)
    if ledger.doc_number:
        found = current.filter(doc_number=ledger.doc_number).first()
        if found:
            return found
    return current.filter(title=ledger.title).first() if ledger.title else None


def _mapped_department(name: str, department_id: int | None, actor: User) -> Department:
    if department_id is not None:
        department = Department.objects.get(pk=department_id)
        if name not in department.known_names():
            department.aliases = [*department.aliases, name]
            department.save(update_fields=["aliases"])
            record(
                actor=actor,
                action="department.alias",
                target=department,
                summary=f"{name} → {department.name}",
            )
        return department
    collective = name.startswith(("各", "有关", "相关"))
    department, created = Department.objects.get_or_create(
        name=name,
        defaults={
            "level": DepartmentLevel.DISTRICT
            if "区县" in name or "县" in name
            else DepartmentLevel.MUNICIPAL,
            "kind": DepartmentKind.COLLECTIVE if collective else DepartmentKind.GOVERNMENT,
        },
    )
    if created:
        record(
            actor=actor,
            action="department.create",
            target=department,
            summary=f"登记部门：{name}（导入时新增）",
        )
    return department


def _create_document(preview: IngestionPreview, actor: User) -> PolicyDocument:
    ledger = preview.ledger
    _, data = _read_staged(preview.sha256)
    data_dict = ledger_to_dict(ledger)
    document = PolicyDocument(
        title=ledger.title or PurePath(preview.name).stem,
        doc_number=ledger.doc_number or "",
        issued_on=ledger.date,
        issuers=list(ledger.issuers),
        recipients=list(ledger.recipients),
        implements=data_dict["implements"],
        original_name=preview.name,
        sha256=preview.sha256,
        encoding=ledger.encoding,
        text=preview.text,
        outline=data_dict["outline"],
        diagnostics=data_dict["diagnostics"],
        ingested_by=actor,
    )
    document.original.save(PurePath(preview.name).name, ContentFile(data), save=False)
    document.save()
    cited = [item["doc_number"] for item in document.implements if item.get("doc_number")]
    document.implemented_documents.set(PolicyDocument.objects.filter(doc_number__in=cited))
    return document


def _create_task(
    document: PolicyDocument, parsed: ParsedTask, position: int, departments: dict[str, Department], text: str
) -> Task:
    task = Task(document=document, position=position)
    _copy_parsed(task, parsed, text)
    task.save()
    _assign(task, parsed, departments)
    return task


def _copy_parsed(task: Task, parsed: ParsedTask, text: str) -> None:
    span = locate(text, parsed.text)
    task.ref = parsed.ref
    task.kind = parsed.kind.value
    task.number = parsed.number or ""
    task.area = parsed.area or ""
    task.section_path = list(parsed.section_path)
    task.text = parsed.text
    task.actions = list(parsed.actions)
    task.source_start, task.source_end = span if span else (None, None)
    task.deadline_text = parsed.deadline.text or ""
    task.deadline_kind = parsed.deadline.kind.value
    if task.original_due_on is None:  # an approved extension keeps its new date over a re-read
        task.due_on = parsed.deadline.due
    task.open_ended = parsed.open_ended
    task.incomplete = parsed.incomplete


def _assign(task: Task, parsed: ParsedTask, departments: dict[str, Department]) -> None:
    acknowledge_by = WorkingCalendar.default().add_working_days(
        timezone.localdate(), supervision_settings().acknowledge_within_working_days
    )
    seen: set[int] = set()
    for position, ref in enumerate(parsed.departments):
        department = departments[ref.name]
        if department.pk in seen:  # two written names of one department: the first role stands
            continue
        seen.add(department.pk)
        Assignment.objects.create(
            task=task,
            department=department,
            role=ref.role.value,
            written_name=ref.name,
            position=position,
            acknowledge_by=acknowledge_by,
        )


def _apply_revision(
    preview: IngestionPreview, document: PolicyDocument, departments: dict[str, Department], actor: User
) -> None:
    """Move matched tasks (and so their reports) to the new version, withdraw removed ones, add new ones."""
    previous = preview.previous
    assert previous is not None  # noqa: S101 - only called for revisions
    positions = {id(parsed): index for index, parsed in enumerate(preview.ledger.tasks)}
    for change in preview.changes:
        if change.change is Change.ADDED and change.new is not None:
            task = _create_task(document, change.new, positions[id(change.new)], departments, preview.text)
            record(actor=actor, action="task.add", target=task, summary=f"修订新增任务：{task}")
        elif change.change is Change.REMOVED and change.old is not None:
            change.old.status = TaskStatus.WITHDRAWN
            change.old.save(update_fields=["status"])
            record(
                actor=actor, action="task.withdraw", target=change.old, summary=f"修订删除任务：{change.old}"
            )
        elif change.old is not None and change.new is not None:
            _carry_over(change, document, positions[id(change.new)], departments, preview.text, actor)
    previous.superseded_by = document
    previous.save(update_fields=["superseded_by"])
    record(
        actor=actor, action="document.revise", target=previous, summary=f"由新版本《{document.title}》替代"
    )


def _carry_over(
    change: TaskChange,
    document: PolicyDocument,
    position: int,
    departments: dict[str, Department],
    text: str,
    actor: User,
) -> None:
    task, parsed = change.old, change.new
    assert task is not None and parsed is not None  # noqa: S101 - a matched pair
    before = {
        "text": task.text,
        "deadline": task.deadline_text,
        "document": task.document_id,
        "assignments": [[a.department_id, a.role, a.written_name] for a in task.assignments.all()],
    }
    task.document = document
    task.position = position
    _copy_parsed(task, parsed, text)
    task.version += 1
    task.save()
    if change.change in (Change.REASSIGNED, Change.REWORDED_AND_REASSIGNED):
        task.assignments.all().delete()
        _assign(task, parsed, departments)
    record(
        actor=actor,
        action=f"task.revise.{change.change.value}",
        target=task,
        summary=f"修订：{task}",
        before=before,
        after={"text": task.text, "deadline": task.deadline_text, "document": document.pk},
    )
