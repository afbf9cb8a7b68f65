"""The ledger as a table for a person at a terminal: columns aligned by display width (CJK counts two)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from greenpolicy.core.model import Deadline, DeadlineKind, Ledger, Role, Task

_COLUMNS = (
    ("序号", 6),
    ("任务领域", 14),
    ("重点任务", 0),
    ("完成时限", 24),
    ("牵头单位", 16),
    ("配合单位", 24),
)
_KIND_NAMES = {DeadlineKind.ONGOING: "持续", DeadlineKind.CONDITIONAL: "视情况", DeadlineKind.NONE: "未明确"}
_LEVEL_NAMES = {"info": "提示", "warning": "警告", "error": "错误"}


def display_width(text: str) -> int:
    """Columns the text takes in a terminal: wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def render_table(ledger: Ledger, *, width: int = 160) -> str:
    """The ledger's header, its tasks as an aligned table, then its diagnostics."""
    lines = [_header(ledger), ""]
    widths = _widths(width)
    lines.append(_row([name for name, _ in _COLUMNS], widths)[0])
    lines.append("  ".join("-" * column for column in widths))
    for task in ledger.tasks:
        lines.extend(_row(_cells(task), widths))
    if ledger.diagnostics:
        lines += ["", "存疑与提示："]
        for diagnostic in ledger.diagnostics:
            where = f" [{diagnostic.ref}]" if diagnostic.ref else ""
            lines.append(
                f"  {_LEVEL_NAMES[diagnostic.level.value]} {diagnostic.code}{where} {diagnostic.message}"
            )
    return "\n".join(line.rstrip() for line in lines)


def _header(ledger: Ledger) -> str:
    facts = [
        ("文件", ledger.title or "（未识别标题）"),
        ("文号", ledger.doc_number or "—"),
        ("发文单位", "、".join(ledger.issuers) or "—"),
        ("成文日期", ledger.date.isoformat() if ledger.date else "—"),
        ("来源", f"{ledger.source}（{ledger.encoding}）"),
        ("任务", f"{len(ledger.tasks)}项"),
    ]
    return "\n".join(f"{label}：{value}" for label, value in facts)


def _widths(total: int) -> list[int]:
    fixed = sum(column for _, column in _COLUMNS) + 2 * (len(_COLUMNS) - 1)
    return [column or max(20, total - fixed) for _, column in _COLUMNS]


def _cells(task: Task) -> list[str]:
    leads = [d.name for d in task.departments if d.role is Role.LEAD]
    others = [d.name for d in task.departments if d.role is Role.CO]
    text = task.text.replace("\n", "") + ("（不完整）" if task.incomplete else "")
    return [task.ref, task.area or "", text, _deadline(task.deadline), "、".join(leads), "、".join(others)]


def _deadline(deadline: Deadline) -> str:
    if deadline.kind is DeadlineKind.DATE:
        due = deadline.due.isoformat() if deadline.due else "日期待定"
        return f"{deadline.text}（{due}）"
    return f"{deadline.text or ''}（{_KIND_NAMES[deadline.kind]}）"


def _row(cells: Sequence[str], widths: Sequence[int]) -> list[str]:
    """One table row, each cell wrapped within its column; the row takes as many lines as its tallest cell."""
    wrapped = [_wrap(cell, width) for cell, width in zip(cells, widths, strict=True)]
    height = max(len(lines) for lines in wrapped)
    rows = []
    for index in range(height):
        parts = [
            _pad(lines[index] if index < len(lines) else "", width)
            for lines, width in zip(wrapped, widths, strict=True)
        ]
        rows.append("  ".join(parts))
    return rows


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current, used = "", 0
    for char in text:
        size = display_width(char)
        if used + size > width:
            lines.append(current)
            current, used = "", 0
        current += char
        used += size
    return [*lines, current] if current or not lines else lines


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))
