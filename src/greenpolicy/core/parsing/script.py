"""Documents written in traditional characters (繁體, as mirror sites give them).

The parser's rules are written in simplified characters, so it reads a traditional document through its simplified
form, one character for one, and the ledger gives back the characters as written: 牽頭單位：省發展改革委 is read as
牵头单位：省发展改革委 and yields 省發展改革委. Canonical names stay the registry's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache
from importlib.resources import files

from greenpolicy.core.model import Citation, DepartmentRef, Ledger, OutlineNode, Task
from greenpolicy.core.reading.blocks import Block, Paragraph, SourceDocument, Table

# A document is traditional when enough of its characters exist only in traditional script: simplified text holds
# a few such characters at most (著 in 显著), far under this share of all its characters.
_MIN_TRADITIONAL = 10
_MIN_SHARE = 0.05
# The search keeps to the Basic Multilingual Plane: a class holding rarer characters is searched 100× slower.
_BMP_END = 0x10000


@cache
def _simplified_forms() -> dict[str, str]:
    """Each traditional character and the simplified one it is most often written as (OpenCC's TSCharacters)."""
    table: dict[str, str] = {}
    text = files("opencc").joinpath("dictionary/TSCharacters.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        traditional, _, simplified = line.partition("\t")
        first = simplified.split()[0] if simplified.split() else ""
        if len(traditional) == 1 and len(first) == 1 and first != traditional:
            table[traditional] = first
    return table


@cache
def _traditional_characters() -> re.Pattern[str]:
    return re.compile(f"[{re.escape(''.join(c for c in _simplified_forms() if ord(c) < _BMP_END))}]")


class Written:
    """Gives a text of the simplified reading back in the document's own characters.

    One simplified character may stand for several written ones (干 for 干 in 若干 and for 幹 in 幹道), so a text is
    first looked up in the simplified reading and given back as the same stretch of the document; a text the
    parser has rebuilt (lines joined, spaces dropped) is given back character by character, each ambiguous one as
    the form the document writes most often.
    """

    def __init__(self, written: str, simplified: str, back: dict[int, str]) -> None:
        self._written, self._simplified, self._back = written, simplified, back

    def __call__(self, text: str) -> str:
        at = self._simplified.find(text) if text else -1
        return self._written[at : at + len(text)] if at >= 0 else text.translate(self._back)


def read_as_simplified(source: SourceDocument) -> tuple[SourceDocument, Written] | None:
    """The document in simplified characters and what gives its own back, or None when it is not written in
    traditional characters (most documents: one search over the text decides)."""
    text = "\n".join(_texts(source.blocks))
    found = _traditional_characters().findall(text)
    if len(found) < _MIN_TRADITIONAL or len(found) < _MIN_SHARE * len(text):
        return None
    forms = _simplified_forms()
    forward = str.maketrans({character: forms[character] for character in set(found)})
    written_as = Counter(found)
    targets = {forms[character] for character in written_as}
    written_as.update(character for character in text if character in targets)  # 干 written as itself
    back: dict[int, str] = {}
    for character, _ in reversed(written_as.most_common()):  # the most frequent writes last, and wins
        back[ord(forms.get(character, character))] = character
    blocks = tuple(_translated(block, forward) for block in source.blocks)
    return replace(source, blocks=blocks), Written(text, text.translate(forward), back)


def as_written(ledger: Ledger, own: Written) -> Ledger:
    """The ledger of a document read through its simplified form, in the document's own characters."""

    def own_or_none(text: str | None) -> str | None:
        return None if text is None else own(text)

    def node(item: OutlineNode) -> OutlineNode:
        return OutlineNode(own(item.label), own(item.title), tuple(map(node, item.children)))

    def task(item: Task) -> Task:
        return item._replace(
            number=own_or_none(item.number),
            section_path=tuple(map(own, item.section_path)),
            text=own(item.text),
            actions=tuple(map(own, item.actions)),
            deadline=item.deadline._replace(text=own_or_none(item.deadline.text)),
            departments=tuple(
                DepartmentRef(own(ref.name), ref.canonical, ref.role) for ref in item.departments
            ),
            area=own_or_none(item.area),
        )

    return replace(
        ledger,
        title=own_or_none(ledger.title),
        doc_number=own_or_none(ledger.doc_number),
        issuers=tuple(map(own, ledger.issuers)),
        recipients=tuple(map(own, ledger.recipients)),
        implements=tuple(
            Citation(own(item.title), own_or_none(item.doc_number)) for item in ledger.implements
        ),
        outline=tuple(map(node, ledger.outline)),
        tasks=tuple(map(task, ledger.tasks)),
    )


def _texts(blocks: tuple[Block, ...]) -> list[str]:
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, Table):
            texts.extend(cell for row in block.rows for cell in row)
        else:
            texts.append(block.text)
    return texts


def _translated(block: Block, forward: dict[int, str]) -> Block:
    if isinstance(block, Table):
        return Table(tuple(tuple(cell.translate(forward) for cell in row) for row in block.rows), block.line)
    return Paragraph(block.text.translate(forward), block.line)
