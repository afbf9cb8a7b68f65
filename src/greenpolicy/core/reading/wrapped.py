"""Lines a layout wrapped at a fixed width, joined again into their paragraphs: a PDF's text layer, or a text copied
from one (a speech or a plan hard-wrapped at some thirty-odd characters, its unit names broken: …住建等部 / 门要…)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from greenpolicy.core.reading.blocks import Block, Paragraph


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """Paragraphs from lines the page layout wrapped.

    A line continues the one before unless it is indented (公文 indents each paragraph by two characters), starts
    with an outline label after a finished sentence, or the line before stops well short of the full line width.
    """
    starts = _paragraph_starts(lines)
    paragraphs: list[str] = []
    for line, starts_paragraph in zip(lines, starts, strict=True):
        if starts_paragraph:
            paragraphs.append(line.strip())
        else:
            paragraphs[-1] += line.strip()
    return paragraphs


def hard_wraps_joined(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks of a text hard-wrapped at a fixed width with its wrapped lines joined, each paragraph numbered by
    its first line; any other text as it is."""
    texts = [text for block in blocks if isinstance(block, Paragraph) and (text := block.text.strip())]
    if not _hard_wrapped(texts):
        return blocks
    joined: list[Block] = []
    run: list[Paragraph] = []
    for block in (*blocks, None):
        if isinstance(block, Paragraph):
            if block.text.strip():
                run.append(block)
            continue
        joined.extend(_run_joined(run))
        run = []
        if block is not None:
            joined.append(block)
    return joined


def _run_joined(run: Sequence[Paragraph]) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    for paragraph, starts_paragraph in zip(run, _paragraph_starts([p.text for p in run]), strict=True):
        if starts_paragraph:
            paragraphs.append(Paragraph(paragraph.text.strip(), paragraph.line))
        else:
            paragraphs[-1] = Paragraph(paragraphs[-1].text + paragraph.text.strip(), paragraphs[-1].line)
    return paragraphs


def _paragraph_starts(lines: Sequence[str]) -> list[bool]:
    if not lines:
        return []
    full_width = sorted(len(line.strip()) for line in lines)[int(len(lines) * 0.9)]
    starts: list[bool] = []
    previous = ""
    for line in lines:
        stripped = line.strip()
        starts.append(
            not starts
            or line.startswith(("\u3000", "  ", "\t"))
            or len(previous) < 0.85 * full_width
            or _CELL_GAP.search(previous) is not None  # a table row, laid out with its cells apart
            or _CELL_GAP.search(stripped) is not None
            or (_LABEL.match(stripped) is not None and previous.endswith(_SENTENCE_END))
        )
        previous = stripped
    return starts


def _hard_wrapped(texts: Sequence[str]) -> bool:
    """Whether most long lines (the texts stripped) share one width, give or take two characters, and most of those
    stop inside a sentence: a text wrapped at that width, not one written a paragraph a line nor a table's rows."""
    widths = Counter(width for width in map(len, texts) if width >= _LONG_LINE)
    long_lines = widths.total()
    if long_lines < _MIN_WRAPPED:
        return False
    near, width = max((sum(widths[other] for other in _around(found)), found) for found in widths)
    if near < _WRAPPED_SHARE * long_lines:
        return False  # most texts: a paragraph a line, of many widths
    full = [text for text in texts if abs(len(text) - width) <= _WIDTH_SLACK]
    if any(_TABLE_MARK.search(text) for text in full):
        return False
    return sum(text.endswith(_SENTENCE_END) for text in full) < len(full) / 2


def _around(width: int) -> range:
    return range(width - _WIDTH_SLACK, width + _WIDTH_SLACK + 1)


_LONG_LINE = 20
_MIN_WRAPPED = 5
_WRAPPED_SHARE = 0.6
# half-width digits, commas and spaces make a wrapped line a character or two shorter or longer
_WIDTH_SLACK = 2
# a table's row: cells apart by a tab, a bar, a wide gap, or a space between words (33 新培育… 区科技局 区经信局)
_TABLE_MARK = re.compile(r"\t|[|｜]|\S(?: {2,}|\u3000{2,})\S|[\u4e00-\u9fff。，,）)] [\u4e00-\u9fff（(]")
_LABEL = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,3}[.．、]|第[一二三四五六七八九十百\d]+[章节条])"
)
_CELL_GAP = re.compile(r"\S(?: {2,}|\u3000{2,})\S")
_SENTENCE_END = ("。", "；", "：", "！", "？", "）", "”")
