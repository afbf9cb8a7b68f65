"""From a read document to its ledger: structure, metadata, names and dates resolved, doubts flagged."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date
from functools import lru_cache
from itertools import pairwise

from greenpolicy.core.deadlines import find_completion_dates, parse_deadline
from greenpolicy.core.departments import DepartmentRegistry, detect_region
from greenpolicy.core.model import (
    NO_DEADLINE,
    Deadline,
    DepartmentRef,
    Diagnostic,
    Ledger,
    Level,
    Role,
    Task,
    TaskKind,
)
from greenpolicy.core.parsing.checks import check_tasks, match_areas
from greenpolicy.core.parsing.drafts import TaskDraft
from greenpolicy.core.parsing.endings import before_cut_notice
from greenpolicy.core.parsing.metadata import Metadata, read_metadata
from greenpolicy.core.parsing.numbering import read_label
from greenpolicy.core.parsing.pages import (
    banners_dropped,
    disclosure_unit_dropped,
    page_numbers_dropped,
    running_heads_dropped,
)
from greenpolicy.core.parsing.script import as_written, read_as_simplified
from greenpolicy.core.parsing.structure import read_structure
from greenpolicy.core.parsing.tables import rebuild_flattened_tables
from greenpolicy.core.reading.blocks import Block, Paragraph, SourceDocument
from greenpolicy.core.reading.wrapped import hard_wraps_joined

_REF_PREFIX = {TaskKind.MEASURE: "M", TaskKind.ITEM: "I", TaskKind.KEY_TASK: "K"}
# Read for every draft: Python 3.11 finds an enum member through EnumType.__getattr__ (~130 ns; a global ~10).
_KEY_TASK = TaskKind.KEY_TASK


def parse_source(
    source: SourceDocument, *, registry: DepartmentRegistry | None = None, as_of: date | None = None
) -> Ledger:
    """The ledger of a document that has been read.

    Relative deadlines (年底前, 全年, 印发之日起30日内) count from the document's date; without one, from `as_of`, and
    failing that from the start of the year its title names (2025年开发区重点工作…), which is flagged. A document in
    traditional characters, or glossed with pinyin, is read through its simplified form without the glosses
    (`script.py`).
    """
    simplified = read_as_simplified(source)
    if simplified is not None:  # traditional or glossed: read in simplified, given back as written
        read, own = simplified
        return as_written(_ledger(read, registry, as_of), own)
    return _ledger(source, registry, as_of)


def _ledger(source: SourceDocument, registry: DepartmentRegistry | None, as_of: date | None) -> Ledger:
    registry = registry or DepartmentRegistry.default()
    blocks, running_head = running_heads_dropped(before_cut_notice(source.blocks))
    blocks = _glued_numbers_set_apart(
        _lost_indents_dropped(page_numbers_dropped(banners_dropped(hard_wraps_joined(blocks))))
    )
    lines = [text for block in blocks if isinstance(block, Paragraph) and (text := block.text.strip())]
    metadata = read_metadata(lines, running_head=running_head)
    structure = read_structure(rebuild_flattened_tables(disclosure_unit_dropped(blocks)))
    region = detect_region(issuers=metadata.issuers, doc_number=metadata.doc_number, title=metadata.title)
    drafts = structure.drafts
    area_pairs = _area_pairs(drafts)
    reference, reference_note = _reference_date(metadata, as_of)
    tasks = tuple(
        _task(draft, ref, reference, registry, region, area_pairs)
        for draft, ref in zip(drafts, _refs(drafts), strict=True)
    )
    diagnostics: list[Diagnostic] = []
    if structure.truncated or any(task.incomplete for task in tasks):
        diagnostics.append(Diagnostic(Level.WARNING, "truncated", "文件内容在中途结束（可能不完整）"))
    diagnostics.extend(
        Diagnostic(Level.INFO, "standing_rule", f"文件规定：{rule}")
        for rule in dict.fromkeys(structure.standing_rules)
    )
    diagnostics.extend(_standing_assignments(drafts, tasks))
    diagnostics.extend(_metadata_doubts(metadata))
    if reference_note is not None:
        diagnostics.append(reference_note)
    diagnostics.extend(_area_notes(area_pairs))
    diagnostics.extend(_department_doubts(drafts, tasks, region))
    diagnostics.extend(check_tasks(tasks, issued_on=metadata.date))
    return Ledger(
        source=source.name,
        encoding=source.encoding,
        title=metadata.title,
        doc_number=metadata.doc_number,
        issuers=metadata.issuers,
        date=metadata.date,
        recipients=metadata.recipients,
        implements=metadata.implements,
        outline=structure.outline,
        tasks=tasks,
        diagnostics=tuple(diagnostics),
    )


def _reference_date(metadata: Metadata, as_of: date | None) -> tuple[date | None, Diagnostic | None]:
    if metadata.date is not None:
        return metadata.date, None
    if as_of is not None:
        return as_of, None
    year = _TITLE_YEAR.search(metadata.title or "")
    if year is None:
        return None, None
    reference = date(int(year.group(1)), 1, 1)
    note = f"文件无成文日期，相对时限按标题年份{year.group(1)}年计算"
    return reference, Diagnostic(Level.INFO, "deadline_reference", note)


_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def _refs(drafts: Sequence[TaskDraft]) -> list[str]:
    """Stable references: K + the key task's number, M/I + the order of measures and items; repeats get a suffix."""
    refs: list[str] = []
    seen: set[str] = set()
    counters = dict.fromkeys(TaskKind, 0)
    for draft in drafts:
        counters[draft.kind] += 1
        number = (
            draft.number if draft.kind is _KEY_TASK and draft.number and draft.number.isdecimal() else None
        )
        ref = f"{_REF_PREFIX[draft.kind]}{number or counters[draft.kind]}"
        suffix = 2
        base = ref
        while ref in seen:
            ref, suffix = f"{base}-{suffix}", suffix + 1
        seen.add(ref)
        refs.append(ref)
    return refs


def _lost_indents_dropped(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks with the question marks that open lines dropped, where a page lost its indents to them (a copy
    that could not encode the ideographic spaces writes ??1.加强…): in several lines, as indents are."""
    lost = sum(1 for block in blocks if isinstance(block, Paragraph) and _LOST_INDENT.match(block.text))
    if lost < _MIN_LOST_INDENTS:
        return blocks
    return [
        Paragraph(_LOST_INDENT.sub("", block.text, count=1), block.line)
        if isinstance(block, Paragraph)
        else block
        for block in blocks
    ]


_LOST_INDENT = re.compile(r"^[ \t]*[?？]{2,}(?=[^?？\s])")
_MIN_LOST_INDENTS = 2


def _glued_numbers_set_apart(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks with a stop after each item number a copy glued to its text (11完善规范性文件… / 12改革…), where
    several lines open so, their numbers counting up one by one: 11.完善…."""
    numbers = [
        (index, int(found["number"]))
        for index, block in enumerate(blocks)
        if isinstance(block, Paragraph)
        and block.text[:1] in _GLUED_START  # most lines: no number first, no pattern tried
        and (found := _GLUED_NUMBER.match(block.text)) is not None
    ]
    counted: set[int] = set()
    for (before, number), (after, following) in pairwise(numbers):
        if following == number + 1:
            counted |= {before, after}
    if len(counted) < _MIN_GLUED_NUMBERS:
        return blocks
    return [
        Paragraph(_GLUED_NUMBER.sub(r"\g<number>.", block.text, count=1), block.line)
        if index in counted and isinstance(block, Paragraph)
        else block
        for index, block in enumerate(blocks)
    ]


# A number glued to the text it numbers: not a figure (2010年, 12个, 30万元, 5%).
_GLUED_NUMBER = re.compile(
    r"^[ \t\u3000]*(?P<number>\d{1,3})(?=[\u4e00-\u9fff])(?![年月日号时个万亿千百元人次项条件家所座名户亩吨米公里倍天周批期届])"
)
_GLUED_START = frozenset("0123456789 \t\u3000")
_MIN_GLUED_NUMBERS = 2


def _task(
    draft: TaskDraft,
    ref: str,
    issued_on: date | None,
    registry: DepartmentRegistry,
    region: str | None,
    area_pairs: dict[str, str],
) -> Task:
    departments = _department_refs(draft.assignment.departments, registry, region) if draft.assignment else ()
    area = draft.area
    if draft.kind is _KEY_TASK and draft.section_path and draft.section_path[-1] in area_pairs:
        area = _bare(area_pairs[draft.section_path[-1]])
    return Task(
        ref=ref,
        kind=draft.kind,
        number=draft.number,
        section_path=draft.section_path,
        text=draft.text,
        actions=draft.actions,
        deadline=_deadline(draft, issued_on),
        departments=departments,
        open_ended=bool(draft.assignment and draft.assignment.open_ended),
        incomplete=draft.incomplete,
        area=area,
    )


@lru_cache(maxsize=1024)  # a document repeats its lists: in its text, its table, row after row
def _department_refs(
    named: tuple[tuple[str, Role], ...], registry: DepartmentRegistry, region: str | None
) -> tuple[DepartmentRef, ...]:
    return tuple(_department_ref(name, role, registry, region) for name, role in named)


# Documents name the same departments over and over, and a registry never changes its answers.
@lru_cache(maxsize=4096)
def _department_ref(name: str, role: Role, registry: DepartmentRegistry, region: str | None) -> DepartmentRef:
    """The full name the written form stands for: a former short form gives the former full name (市金融监管局 in 2020)."""
    found = registry.lookup_match(name, region=region)
    return DepartmentRef(name, found.name if found else None, role)


def _deadline(draft: TaskDraft, issued_on: date | None) -> Deadline:
    """A deadline column (or 完成时限 label) is read whole; otherwise the first completion date in the text."""
    if draft.deadline_cell:
        return parse_deadline(draft.deadline_cell, issued_on=issued_on)
    if draft.has_deadline_column:
        return NO_DEADLINE
    mentions = find_completion_dates(draft.text, issued_on=issued_on)
    return mentions[0].deadline if mentions else NO_DEADLINE


def _area_pairs(drafts: Sequence[TaskDraft]) -> dict[str, str]:
    table_areas = list(dict.fromkeys(d.section_path[-1] for d in drafts if d.kind is _KEY_TASK and d.area))
    text_areas = list(dict.fromkeys(d.section_path[-1] for d in drafts if d.kind is not _KEY_TASK and d.area))
    return match_areas(table_areas, text_areas) if table_areas and text_areas else {}


def _bare(area: str) -> str:
    label = read_label(area)
    return label.body if label else area


def _area_notes(area_pairs: dict[str, str]) -> Iterator[Diagnostic]:
    for table_area, text_area in area_pairs.items():
        if _bare(table_area) != _bare(text_area):
            yield Diagnostic(
                Level.INFO, "area_renamed", f"附件任务领域“{table_area}”对应正文“{text_area}”，名称不一致"
            )


def _standing_assignments(drafts: Sequence[TaskDraft], tasks: Sequence[Task]) -> Iterator[Diagnostic]:
    """Units a standing rule makes responsible for every later task, listed once with the tasks it covers.

    The ledger keeps each task's departments as written; the rule is reported for the people who assign the work.
    """
    covered: dict[str, list[str]] = {}
    for draft, task in zip(drafts, tasks, strict=True):
        for name in draft.implied:
            covered.setdefault(name, []).append(task.ref)
    for name, refs in covered.items():
        message = f"文件规定“{name}”须落实其后各项任务（不再逐项列出）：{'、'.join(refs)}"
        yield Diagnostic(Level.INFO, "standing_assignment", message)


def _metadata_doubts(metadata: Metadata) -> Iterator[Diagnostic]:
    for field, value in (
        ("title", metadata.title),
        ("doc_number", metadata.doc_number),
        ("date", metadata.date),
    ):
        if value is None:
            yield Diagnostic(Level.INFO, f"missing_{field}", f"未识别出{_FIELD_NAMES[field]}")


_FIELD_NAMES = {"title": "文件标题", "doc_number": "发文字号", "date": "成文日期"}


def _department_doubts(
    drafts: Sequence[TaskDraft], tasks: Sequence[Task], region: str | None
) -> Iterator[Diagnostic]:
    """Each unknown or doubtful name once, at the first task that names it."""
    reported: set[str] = set()
    for draft, task in zip(drafts, tasks, strict=True):
        doubtful = draft.assignment.doubtful if draft.assignment else ()  # a few names at most, mostly none
        for department in task.departments:
            if department.name in reported:
                continue
            if department.name in doubtful:
                reported.add(department.name)
                yield Diagnostic(
                    Level.WARNING, "doubtful_department", f"“{department.name}”不像单位名称，请核对", task.ref
                )
            elif department.canonical is None:
                reported.add(department.name)
                where = f"（地区：{region}）" if region else ""
                yield Diagnostic(
                    Level.WARNING,
                    "unknown_department",
                    f"单位“{department.name}”不在单位名录中{where}",
                    task.ref,
                )
