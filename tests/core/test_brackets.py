"""Bracket-aware helpers: the trailing bracketed group and top-level splits, against plain reference scans."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from greenpolicy.core.parsing.brackets import closing_bracket, split_top_level, trailing_parenthetical

_TEXT = st.text(alphabet="（）()市局、，。 a", max_size=24)


def _trailing_by_depth(text: str) -> tuple[int, str] | None:
    """The group that closes the text, found by counting depth from its last character back."""
    end = len(text.rstrip(" \t。.；;，,"))
    if end == 0 or text[end - 1] not in "）)":
        return None
    depth = 0
    for index in range(end - 1, -1, -1):
        if text[index] in "）)":
            depth += 1
        elif text[index] in "（(":
            depth -= 1
            if depth == 0:
                return index, text[index + 1 : end - 1]
    return None


@given(_TEXT)
def test_trailing_parenthetical_matches_the_depth_count(text: str) -> None:
    assert trailing_parenthetical(text) == _trailing_by_depth(text)


def test_trailing_parenthetical_with_a_bracket_inside_a_name() -> None:
    text = "推进垃圾分类（各区县（自治县）政府、市城市管理局负责）。"
    assert trailing_parenthetical(text) == (6, "各区县（自治县）政府、市城市管理局负责")


def _split_by_depth(text: str, separators: str) -> list[str]:
    pieces, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char in "（(":
            depth += 1
        elif char in "）)":
            depth = max(0, depth - 1)
        elif depth == 0 and char in separators:
            pieces.append(text[start:index])
            start = index + 1
    pieces.append(text[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


@given(_TEXT)
def test_split_top_level_matches_the_depth_count(text: str) -> None:
    assert split_top_level(text, "、，") == _split_by_depth(text, "、，")


def test_angle_brackets_hold_a_name_together_and_a_lone_one_is_text() -> None:
    assert split_top_level("市教育局、各县<市、区>人民政府", "、") == ["市教育局", "各县<市、区>人民政府"]
    assert split_top_level("< 各镇乡人民政府，区政府各部门", "，") == ["< 各镇乡人民政府", "区政府各部门"]


def test_a_stray_closing_bracket_before_the_one_that_closes_is_passed_over() -> None:
    text = "[市水务局牵头,各县(市)区政府负责落实。以下不再列出)]严控"
    assert closing_bracket(text, 0) == text.index("]")
    assert closing_bracket("(市水务局牵头)]", 0) == len("(市水务局牵头")
