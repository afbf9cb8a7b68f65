"""Paragraphs cut into groups of sentences, each closed by its own assignment.

An assignment may stand between the sentences of one paragraph, after a sentence's end (……。（A负责）……) or before it
(……（A负责）；……). Each closes the sentences since the previous one: the paragraph holds as many tasks as it has
assignments. A bracket that only names what it follows (报送我委（环资司）。) or holds a note stays in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from greenpolicy.core.parsing.assignments import parse_assignment
from greenpolicy.core.parsing.brackets import closing_bracket, trailing_parenthetical
from greenpolicy.core.reading.blocks import Block, Paragraph, Table


def task_paragraphs(blocks: Sequence[Block]) -> Iterator[Block]:
    """The tables, and the non-empty paragraphs stripped, each cut after the assignments that stand between its
    sentences: “……。（市发展改革委牵头）……。（市财政局负责）” is two groups of sentences, each with its own."""
    for block in blocks:
        if isinstance(block, Table):
            yield block
            continue
        text = block.text.strip()
        if not text:
            continue
        if _ASSIGNMENT_INSIDE.search(text) is None:  # most paragraphs: no bracket after a sentence
            yield block if len(text) == len(block.text) else Paragraph(text, block.line)
            continue
        for group in _sentence_groups(text):
            yield Paragraph(group, block.line)


# A bracket that stands between sentences: after a sentence's end (……。（A负责）……) or before it (……（A负责）；……).
_ASSIGNMENT_INSIDE = re.compile(r"[。；;][（(〔【]|[）)〕】][。；;]")
_ASSIGNING_WORD = re.compile(r"负责|牵头|配合|参与|落实|分工|单位[:：]|部门[:：]")


def _sentence_groups(text: str) -> list[str]:
    """The paragraph cut after each bracket that stands between sentences, is followed by more text, and assigns."""
    groups: list[str] = []
    start = 0
    for opening, closing, after_sentence in _brackets_between_sentences(text):
        if opening < start:
            continue
        rest = text[closing + 1 :].lstrip(" \t。；;，,")
        if not rest:
            break  # the bracket ends the paragraph: its trailing assignment, read as every line's is
        inner = text[opening + 1 : closing]
        if not after_sentence and _ASSIGNING_WORD.search(inner) is None:
            continue  # 报送我委（环资司）。: a bracket ending a sentence may name what it follows
        assignment = parse_assignment(inner)
        if assignment is None or not assignment.departments:
            continue  # a note, a number, an example
        groups.append(text[start : closing + 1])
        start = len(text) - len(rest)
    groups.append(text[start:])
    return groups


def _brackets_between_sentences(text: str) -> list[tuple[int, int, bool]]:
    """Where each such bracket opens and closes, in order, and whether it opens after a sentence's end."""
    spans: dict[int, tuple[int, bool]] = {}
    for found in _ASSIGNMENT_INSIDE.finditer(text):
        if found.group()[0] in "。；;":  # the bracket opens after the sentence's end
            opening = found.start() + 1
            closing = closing_bracket(text, opening)
        else:  # the bracket closes before it
            closing = found.start()
            group = trailing_parenthetical(text[: closing + 1])
            opening = group[0] if group is not None else -1
        if opening >= 0 and closing >= 0:
            spans[opening] = (closing, found.group()[0] in "。；;")
    return [(opening, closing, after) for opening, (closing, after) in sorted(spans.items())]
