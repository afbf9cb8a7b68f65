"""The JSON contract of a ledger (schema greenpolicy.ledger/1), shared by the CLI, the platform, the API and eval."""

from __future__ import annotations

import json
from typing import Any

from greenpolicy.core.model import Citation, Deadline, DepartmentRef, Diagnostic, Ledger, OutlineNode, Task

SCHEMA = "greenpolicy.ledger/1"


def ledger_to_dict(ledger: Ledger) -> dict[str, Any]:
    """The ledger as plain JSON values, keys in the documented order."""
    return {
        "schema": SCHEMA,
        "source": ledger.source,
        "encoding": ledger.encoding,
        "title": ledger.title,
        "doc_number": ledger.doc_number,
        "issuers": list(ledger.issuers),
        "date": ledger.date.isoformat() if ledger.date else None,
        "recipients": list(ledger.recipients),
        "implements": [_citation(citation) for citation in ledger.implements],
        "outline": [_node(node) for node in ledger.outline],
        "tasks": [_task(task) for task in ledger.tasks],
        "diagnostics": [_diagnostic(diagnostic) for diagnostic in ledger.diagnostics],
    }


def dumps(ledgers: list[Ledger]) -> str:
    """One JSON object for one ledger, a list for several; CJK kept readable."""
    values = [ledger_to_dict(ledger) for ledger in ledgers]
    return json.dumps(values[0] if len(values) == 1 else values, ensure_ascii=False, indent=2)


def _citation(citation: Citation) -> dict[str, Any]:
    return {"title": citation.title, "doc_number": citation.doc_number}


def _node(node: OutlineNode) -> dict[str, Any]:
    return {"label": node.label, "title": node.title, "children": [_node(child) for child in node.children]}


def _deadline(deadline: Deadline) -> dict[str, Any]:
    return {
        "text": deadline.text,
        "kind": deadline.kind.value,
        "due": deadline.due.isoformat() if deadline.due else None,
    }


def _department(department: DepartmentRef) -> dict[str, Any]:
    return {"name": department.name, "canonical": department.canonical, "role": department.role.value}


def _task(task: Task) -> dict[str, Any]:
    return {
        "ref": task.ref,
        "kind": task.kind.value,
        "number": task.number,
        "section_path": list(task.section_path),
        "text": task.text,
        "actions": list(task.actions),
        "deadline": _deadline(task.deadline),
        "departments": [_department(department) for department in task.departments],
        "open_ended": task.open_ended,
        "incomplete": task.incomplete,
        "area": task.area,
    }


def _diagnostic(diagnostic: Diagnostic) -> dict[str, Any]:
    return {
        "level": diagnostic.level.value,
        "code": diagnostic.code,
        "message": diagnostic.message,
        "ref": diagnostic.ref,
    }
