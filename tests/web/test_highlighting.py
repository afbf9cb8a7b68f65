"""The document's text cut into task spans for the page."""

from __future__ import annotations

from greenpolicy.ledger.models import Task
from greenpolicy.web.highlighting import segments


def task(start: int | None, end: int | None) -> Task:
    return Task(source_start=start, source_end=end, text="")


def test_spans_and_gaps_cover_the_text_once() -> None:
    text = "前言<甲任务>中间<乙任务>结尾"
    a, b = task(2, 7), task(9, 14)
    parts = segments(text, [b, a])
    assert "".join(part.text for part in parts) == text
    assert [(part.text, part.task) for part in parts] == [
        ("前言", None),
        ("<甲任务>", a),
        ("中间", None),
        ("<乙任务>", b),
        ("结尾", None),
    ]


def test_a_key_task_inside_a_measure_links_to_the_key_task() -> None:
    text = "措施开头[重点任务]措施结尾"
    measure, key = task(0, len(text)), task(4, 10)
    parts = segments(text, [measure, key])
    assert [(part.text, part.task, part.depth) for part in parts] == [
        ("措施开头", measure, 1),
        ("[重点任务]", key, 2),
        ("措施结尾", measure, 1),
    ]


def test_overlapping_and_missing_spans_never_double_text() -> None:
    text = "0123456789"
    a, b, c = task(0, 6), task(4, 8), task(9, 30)
    parts = segments(text, [a, b, task(None, None), c])
    assert "".join(part.text for part in parts) == text
    assert [(part.text, part.task) for part in parts] == [
        ("0123", a),
        ("45", b),
        ("67", b),
        ("8", None),
        ("9", c),
    ]
