"""Cross-checks on a parsed ledger: what a person must look at before the ledger is trusted."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from greenpolicy.core.model import DeadlineKind, Diagnostic, Level, Task, TaskKind
from greenpolicy.core.parsing.numbering import FORMAL_NUMERALS, read_label

NEAR_ISSUE = timedelta(days=30)
_CN_ORDINALS = {
    char: value
    for numerals in ("一二三四五六七八九十", FORMAL_NUMERALS)
    for value, char in enumerate(numerals, start=1)
}
_DIGITS = re.compile(r"\d+")


def check_tasks(tasks: Sequence[Task], *, issued_on: date | None) -> Iterator[Diagnostic]:
    """No task at all, missing deadlines or departments, due dates at the issue date, numbering faults, cut-off
    tasks."""
    if not tasks:  # not a document that assigns work, or one whose tasks the parser could not read
        yield Diagnostic(Level.WARNING, "no_tasks", "未识别出任务：文件中没有找到分工任务或任务表", None)
    no_deadline, key_task = DeadlineKind.NONE, TaskKind.KEY_TASK  # once: an enum lookup is ~130 ns in 3.11
    for task in tasks:
        if task.incomplete:
            yield Diagnostic(
                Level.WARNING, "incomplete_task", "文件在此任务中途结束，任务内容可能不完整", task.ref
            )
        elif not task.departments:
            yield Diagnostic(Level.WARNING, "missing_departments", "任务未明确责任单位", task.ref)
        if task.deadline.kind is no_deadline and not task.incomplete:
            level = Level.WARNING if task.kind is key_task else Level.INFO
            yield Diagnostic(level, "missing_deadline", "任务未明确完成时限", task.ref)
        due = task.deadline.due
        if due is not None and issued_on is not None and due < issued_on + NEAR_ISSUE:
            when = "早于" if due < issued_on else "距"
            yield Diagnostic(
                Level.WARNING,
                "deadline_near_issue",
                f"完成时限{task.deadline.text}（{due.isoformat()}）{when}成文日期{issued_on.isoformat()}不足30日",
                task.ref,
            )
    yield from _numbering(tasks)


def _numbering(tasks: Sequence[Task]) -> Iterator[Diagnostic]:
    """Duplicate numbers and gaps, within each series: tasks of one kind, numbered in one style (一 / （一） / 1 /
    （1）), under one attachment (附件1 and 附件2 each number their tables from 1)."""
    series: dict[tuple[TaskKind, str, str], list[tuple[Task, int]]] = {}  # most documents number one series
    for task in tasks:
        value = ordinal(task.number) if task.number else None
        if value is not None and task.number is not None:
            attachment = (
                task.section_path[0] if task.section_path and task.section_path[0].startswith("附件") else ""
            )
            series.setdefault((task.kind, _style(task.number), attachment), []).append((task, value))
    for ordinals in series.values():
        counts = Counter(value for _, value in ordinals)
        for task, value in ordinals:
            if counts[value] > 1:
                yield Diagnostic(Level.WARNING, "duplicate_number", f"序号{task.number}重复", task.ref)
        values = sorted(counts)
        for before, after in pairwise(values):
            if after - before > 1:
                missing = "、".join(str(n) for n in range(before + 1, after))
                yield Diagnostic(Level.WARNING, "numbering_gap", f"序号不连续：缺少第{missing}项", None)


def _style(number: str) -> str:
    """How a number is written: bracketed or not, in digits or in Chinese numerals."""
    bracketed = "(" if number[0] in "（(" else ""
    return bracketed + ("1" if _DIGITS.search(number) else "一")


@lru_cache(maxsize=1024)  # task numbers are the same few hundred in every document
def ordinal(number: str | None) -> int | None:
    """The value an outline number counts: 3 of 3. and of (三), 23 of 第二十三条; None if it is none."""
    if number is None:
        return None
    digits = _DIGITS.search(number)
    if digits:
        return int(digits.group(0))
    chars = number.strip("（()）、．. 第条章")
    if chars and all(char in _CN_ORDINALS for char in chars):
        if len(chars) == 1:
            return _CN_ORDINALS[chars]
        tens = _CN_ORDINALS[chars[0]] if chars[0] != "十" else 1
        units = _CN_ORDINALS.get(chars[-1], 0) if chars[-1] != "十" else 0
        return tens * 10 + units
    return None


def match_areas(table_areas: Sequence[str], text_areas: Sequence[str]) -> dict[str, str]:
    """Pair each task-table area with the main-text area it stands for, by its ordinal and its wording.

    The seed's attachment says 五、促进清洁能源发展 where its text says （五）促进能源清洁发展: same ordinal, same words
    reordered. A pair needs the same ordinal and half the characters in common, or, without ordinals, 60% of them.
    """
    texts = [_AreaKey.of(area) for area in text_areas]
    pairs: dict[str, str] = {}
    for table_area in table_areas:
        key = _AreaKey.of(table_area)
        best, best_score = None, 0.0
        for text in texts:
            score = key.similarity(text) + (
                0.5 if key.ordinal is not None and key.ordinal == text.ordinal else 0
            )
            if score > best_score:
                best, best_score = text.area, score
        if best is not None and best_score >= 0.6:
            pairs[table_area] = best
    return pairs


class _AreaKey(NamedTuple):
    """An area heading as it is compared: its ordinal, its title and the set of the title's characters. A named
    tuple: every table area is compared with every text area, and a frozen dataclass is slow to make."""

    area: str
    ordinal: int | None
    title: str
    length: int
    characters: frozenset[str]
    repeats: bool  # some character occurs twice in the title

    @classmethod
    def of(cls, area: str) -> _AreaKey:
        label = read_label(area)
        title = label.body if label else area
        characters = frozenset(title)
        value = ordinal(label.number) if label else None
        return cls(area, value, title, len(title), characters, len(characters) < len(title))

    def similarity(self, other: _AreaKey) -> float:
        """The share of characters the two titles have in common."""
        if not self.length or not other.length:
            return 0.0
        return self._common(other) / max(self.length, other.length)

    def _common(self, other: _AreaKey) -> int:
        """How many characters the titles share, a repeated one as often as both titles have it."""
        shared = self.characters & other.characters
        if not (self.repeats and other.repeats):
            return len(shared)  # one title repeats no character (the usual case): each shared one counts once
        return sum(min(self.title.count(char), other.title.count(char)) for char in shared)
