"""A read document as plain text for display, and where each task's words sit in it (its source span)."""

from __future__ import annotations

from greenpolicy.core.reading.blocks import Paragraph, SourceDocument

_PROBE = 24  # characters of a task's text that find it in the document


def plain_text(source: SourceDocument) -> str:
    """Paragraphs as lines, table rows as tab-separated lines: what the document view shows."""
    lines: list[str] = []
    for block in source.blocks:
        if isinstance(block, Paragraph):
            lines.append(block.text)
        else:
            lines.extend("\t".join(row) for row in block.rows)
    return "\n".join(lines)


def locate(text: str, task_text: str, start: int = 0) -> tuple[int, int] | None:
    """The span of `task_text` in `text` from `start` on, found by its opening words; None when absent."""
    probe = task_text[:_PROBE].strip()
    if not probe:
        return None
    at = text.find(probe, start)
    if at < 0:
        at = text.find(probe)
    if at < 0:
        return None
    end = text.find(task_text[-_PROBE:].strip(), at)
    return at, (end + len(task_text[-_PROBE:].strip())) if end >= 0 else at + len(probe)
