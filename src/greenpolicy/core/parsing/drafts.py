"""A task as the structure reader finds it, before names and dates are resolved against the registry and calendar."""

from __future__ import annotations

import re
from typing import NamedTuple

from greenpolicy.core.model import TaskKind
from greenpolicy.core.parsing.assignments import Assignment

_SENTENCE_END = re.compile(r"(?<=[。；;！？!?])")
# Found by a fast scan, where the lookbehind split above is tried at every character.
_SENTENCE_MARK = re.compile(r"[。；;！？!?]")


class TaskDraft(NamedTuple):
    """What the text says of one task, as written. A named tuple: as immutable as a frozen dataclass, and made
    three times faster, which counts when every row of every task table makes one."""

    kind: TaskKind
    number: str | None
    section_path: tuple[str, ...]
    heading: str | None
    text: str
    assignment: Assignment | None
    line: int
    area: str | None = None
    deadline_cell: str | None = None  # a deadline column's cell, read whole
    has_deadline_column: bool = False
    incomplete: bool = False
    implied: tuple[str, ...] = ()  # departments a standing rule adds ("以下均需各区县政府落实，不再列出")

    @property
    def actions(self) -> tuple[str, ...]:
        """The sentences of the task: each one something to do."""
        if _SENTENCE_MARK.search(self.text) is None:  # one sentence, as most table cells are
            sentence = self.text.strip()
            return (sentence,) if sentence else ()
        return tuple(filter(None, map(str.strip, _SENTENCE_END.split(self.text))))
