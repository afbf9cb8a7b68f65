"""Bracket-aware splitting: department names such as 各区县（自治县）政府 carry brackets and commas of their own."""

from __future__ import annotations

import re
from functools import lru_cache

OPENING = "（(［[【〔"
CLOSING = "）)］]】〕"
_ANY_BRACKET = re.compile(f"[{re.escape(OPENING + CLOSING)}]")


def split_top_level(text: str, separators: str) -> list[str]:
    """Split on any of `separators` that stands outside every bracket; pieces are stripped, empties dropped."""
    splitter = _splitter(separators)
    if splitter.search(text) is None:  # nothing to split (most clauses): one piece
        return [stripped] if (stripped := text.strip()) else []
    if _ANY_BRACKET.search(text) is None:  # most text has no brackets: split it in C
        return [piece for piece in map(str.strip, splitter.split(text)) if piece]
    pieces: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char in OPENING:
            depth += 1
        elif char in CLOSING:
            depth = max(0, depth - 1)
        elif depth == 0 and char in separators:
            pieces.append(text[start:index])
            start = index + 1
    pieces.append(text[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


def trailing_parenthetical(text: str) -> tuple[int, str] | None:
    """The last bracketed group that ends the text (after trailing punctuation), as (start, inner text)."""
    end = len(text.rstrip(" \t。.；;，,"))
    if end == 0 or text[end - 1] not in "）)":
        return None
    start = max(text.rfind("（", 0, end), text.rfind("(", 0, end))
    if start < 0:
        return None
    inner = text[start + 1 : end - 1]
    if "）" not in inner and ")" not in inner:  # nothing nested: the last opening bracket is the match
        return start, inner
    depth = 0
    for index in range(end - 1, -1, -1):
        char = text[index]
        if char in "）)":
            depth += 1
        elif char in "（(":
            depth -= 1
            if depth == 0:
                return index, text[index + 1 : end - 1]
    return None


@lru_cache(maxsize=64)
def _splitter(separators: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(separators)}]")
