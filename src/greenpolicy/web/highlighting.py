"""A document's text cut into plain runs and task spans, so the page can link each task where it stands."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from greenpolicy.ledger.models import Task


@dataclass(frozen=True)
class Segment:
    text: str
    task: Task | None = None
    depth: int = 0  # how many task spans cover this text: a key task inside a measure is 2


def segments(text: str, tasks: Iterable[Task]) -> list[Segment]:
    """The text in order, each run linked to the innermost task span covering it (key tasks sit inside measures)."""
    spans = [
        (task.source_start, min(task.source_end, len(text)), task)
        for task in tasks
        if task.source_start is not None
        and task.source_end is not None
        and task.source_start < task.source_end
    ]
    cuts = sorted({0, len(text), *(start for start, _, _ in spans), *(end for _, end, _ in spans)})
    result: list[Segment] = []
    for start, end in pairwise(cuts):
        if start >= len(text):
            break
        covering = [span for span in spans if span[0] <= start and span[1] >= end]
        inner = min(covering, key=lambda span: span[1] - span[0])[2] if covering else None
        if result and result[-1].task is inner and result[-1].depth == len(covering):
            result[-1] = Segment(result[-1].text + text[start:end], inner, len(covering))
        else:
            result.append(Segment(text[start:end], inner, len(covering)))
    return result
