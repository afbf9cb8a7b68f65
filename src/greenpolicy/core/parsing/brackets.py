"""Bracket-aware splitting: department names such as 各区县（自治县）政府 carry brackets and commas of their own."""

from __future__ import annotations

import re
from functools import lru_cache

# Angle brackets too: some pages write 各县<市、区>人民政府.
OPENING = "（(［[【〔<＜〈"
CLOSING = "）)］]】〕>＞〉"
_ANGLES = {"<": ">", "＜": "＞", "〈": "〉"}
_ANY_BRACKET = re.compile(f"[{re.escape(OPENING + CLOSING)}]")


def split_top_level(text: str, separators: str) -> list[str]:
    """Split on any of `separators` that stands outside every bracket; pieces are stripped, empties dropped."""
    splitter = _splitter(separators)
    if splitter.search(text) is None:  # nothing to split (most clauses): one piece
        return [stripped] if (stripped := text.strip()) else []
    if _ANY_BRACKET.search(text) is None:  # most text has no brackets: split it in C
        return [piece for piece in map(str.strip, splitter.split(text)) if piece]
    # Split in C at every bracket and separator, keeping them (odd indexes), then walk those marks only.
    parts = _marks(separators).split(text)
    pieces: list[str] = []
    depth = 0
    start = 0
    for index in range(1, len(parts), 2):
        mark = parts[index]
        if mark in OPENING:
            depth += _ANGLES.get(mark, mark) in text  # a lone < (a quotation mark, "less than") is text
        elif mark in CLOSING:
            depth = max(0, depth - 1)
        elif depth == 0:
            pieces.append("".join(parts[start:index]))
            start = index + 1
    pieces.append("".join(parts[start:]))
    return [piece.strip() for piece in pieces if piece.strip()]


def last_separator(text: str, separators: str | tuple[str, ...]) -> int:
    """Where the last of `separators` outside every bracket stands (各市〔特区、区〕人民政府 is one name); -1: none."""
    depth = 0
    for at in range(len(text) - 1, -1, -1):
        character = text[at]
        if character in CLOSING:
            depth += 1
        elif character in OPENING:
            depth = max(0, depth - 1)
        elif depth == 0 and character in separators:
            return at
    return -1


def trailing_parenthetical(text: str) -> tuple[int, str] | None:
    """The last bracketed group that ends the text (after trailing punctuation), as (start, inner text).

    The group is in round brackets, in 【】, or in 〔〕 or [] (an assignment that holds round brackets of its own:
    〔市生态环境局牵头，各县、区人民政府(管委会)负责落实〕, [牵头单位:县发改局(粮食局);责任单位:…]).
    """
    end = len(text.rstrip(" \t。.；;，,"))
    pair = _GROUP_PAIRS.get(text[end - 1]) if end else None
    if pair is None:
        return None
    openers, closers = pair
    start = _last_of(text, openers, end)
    if start < 0:
        return None
    inner = text[start + 1 : end - 1]
    # nothing nested: the last opening bracket is the match
    if not any(closer in inner for closer in closers):
        return start, inner
    # Walk back from opening bracket to opening bracket; the closing ones between them deepen the nesting.
    depth, closing = 1, end - 1
    while start >= 0:
        between = text[start + 1 : closing]
        depth += sum(between.count(closer) for closer in closers) - 1
        if depth == 0:
            return start, text[start + 1 : end - 1]
        closing = start
        start = _last_of(text, openers, start)
    return None


_GROUP_PAIRS = {
    "）": ("（(", "）)"), ")": ("（(", "）)"), "〕": ("〔", "〕"), "】": ("【", "】"), "]": ("[［", "]］"), "］": ("[［", "]］"),
}  # fmt: skip


def _last_of(text: str, characters: str, end: int) -> int:
    """Where the last of one or two characters stands before `end` (-1: nowhere)."""
    if len(characters) == 1:
        return text.rfind(characters, 0, end)
    return max(text.rfind(characters[0], 0, end), text.rfind(characters[1], 0, end))


def closing_bracket(text: str, opening: int) -> int:
    """Where the bracket opened at `opening` closes, any kind of bracket nesting inside it; -1 if it never does.

    A stray closing bracket of another kind right before the one that closes it is passed over: [市水务局牵头,…,不再
    列出)] closes at the ], not at the )."""
    own = CLOSING[OPENING.index(text[opening])]
    depth = 0
    for found in _ANY_BRACKET.finditer(text, opening):
        depth += 1 if found.group() in OPENING else -1
        if depth == 0:
            if found.group() != own and text[found.end() : found.end() + 1] == own:
                depth = 1
                continue
            return found.start()
    return -1


@lru_cache(maxsize=64)
def _splitter(separators: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(separators)}]")


@lru_cache(maxsize=64)
def _marks(separators: str) -> re.Pattern[str]:
    """Brackets and separators, captured so that splitting keeps them."""
    return re.compile(f"([{re.escape(OPENING + CLOSING + separators)}])")
