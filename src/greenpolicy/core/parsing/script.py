"""Documents written in traditional characters (繁體), glossed with pinyin or with doubled punctuation, as mirror
sites give them.

The parser's rules are written in simplified characters, so it reads a traditional document through its simplified
form, one character for one, and the ledger gives back the characters as written: 牽頭單位：省發展改革委 is read as
牵头单位：省发展改革委 and yields 省發展改革委. Canonical names stay the registry's. Some mirror sites also write a
character's pinyin after it (關(guān)于印發(fā)), or double their marks (會議要求,,各鎮(街),、…): the rules read past
these glosses and marks, and the ledger keeps them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
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
# A gloss is a syllable with its tone mark in brackets after a character; a few make a glossed document.
_TONE_MARK = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")
# Some sites gloss without tone marks, a space after each gloss: 相關(guan) 省份各級紅十字會(hui) 要…
_GLOSS = re.compile(
    r"(?<=[\u3400-\u9fff])(?:[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]|\([a-z]{1,6}\) )"
)
# What is read away: each gloss, and one the text stops in (知識產( or 知識產(ch at the end of a cut page).
_CUT_GLOSS = re.compile(r"(?<=[\u3400-\u9fff])[(（][a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]*$")
_GLOSS_OR_CUT = re.compile(f"{_GLOSS.pattern}|{_CUT_GLOSS.pattern}")
_MIN_GLOSSES = 3
# A copy may double its punctuation (會議要求,,各鎮(街),、各有關部門要…): the first of two marks is read away too.
_DOUBLED = re.compile(r"[,，](?=[,，、。；;])")
_MIN_DOUBLED = 3


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
    """Gives a text of the reading back in the document's own characters.

    One simplified character may stand for several written ones (干 for 干 in 若干 and for 幹 in 幹道), so a text is
    first looked up in the reading and given back as the same stretch of the document, glosses and all; a text the
    parser has rebuilt (lines joined, spaces dropped) is given back character by character, each ambiguous one as
    the form the document writes most often.
    """

    def __init__(
        self, written: str, reading: str, back: dict[int, str], places: Sequence[int] | None
    ) -> None:
        """`places[i]` is where the reading's character i stands in the document; None when it stands at i."""
        self._written, self._reading, self._back, self._places = written, reading, back, places

    def __call__(self, text: str) -> str:
        at = self._reading.find(text) if text else -1
        if at < 0:
            return text.translate(self._back)
        if self._places is None:
            return self._written[at : at + len(text)]
        # the last character's gloss is as written as the others' (新集鎮(zhèn)), not the space a gloss may have after
        # it (紅十字會(hui) 要…), nor a doubled mark after the last character (鎮海街道辦,,要求…)
        end = self._places[at + len(text) - 1] + 1
        if (gloss := _GLOSS.match(self._written, end) or _CUT_GLOSS.match(self._written, end)) is not None:
            end = gloss.end()
        given = self._written[self._places[at] : end]
        return given if text[-1].isspace() else given.rstrip()


def read_as_simplified(source: SourceDocument) -> tuple[SourceDocument, Written] | None:
    """The document as the rules read it, in simplified characters, without pinyin glosses and doubled marks, and
    what gives its own back; None when it is written in none of these ways (most documents: a few searches over the
    text decide)."""
    text = "\n".join(_texts(source.blocks))
    found = _traditional_characters().findall(text)
    traditional = len(found) >= _MIN_TRADITIONAL and len(found) >= _MIN_SHARE * len(text)
    # (cheap searches first: most documents have no tone mark, no gloss's closing space and no doubled mark)
    may_gloss = _TONE_MARK.search(text) is not None or ") " in text
    glossed = may_gloss and len(_GLOSS.findall(text)) >= _MIN_GLOSSES
    may_double = any(pair in text for pair in (",,", ",、", "，，"))
    doubled = may_double and len(_DOUBLED.findall(text)) >= _MIN_DOUBLED
    if not (traditional or glossed or doubled):
        return None
    forward: dict[int, str] = {}
    back: dict[int, str] = {}
    if traditional:
        forms = _simplified_forms()
        forward = str.maketrans({character: forms[character] for character in set(found)})
        written_as = Counter(found)
        targets = {forms[character] for character in written_as}
        written_as.update(character for character in text if character in targets)  # 干 written as itself
        for character, _ in reversed(written_as.most_common()):  # the most frequent writes last, and wins
            back[ord(forms.get(character, character))] = character
    away = _READ_AWAY[glossed, doubled]
    reading, places = _read_away(text, away) if away is not None else (text, None)
    blocks = tuple(_translated(block, forward, away) for block in source.blocks)
    return replace(source, blocks=blocks), Written(text, reading.translate(forward), back, places)


# What is read away, by whether the document is glossed and whether its punctuation is doubled
_READ_AWAY = {
    (True, True): re.compile(f"{_GLOSS_OR_CUT.pattern}|{_DOUBLED.pattern}"),
    (True, False): _GLOSS_OR_CUT,
    (False, True): _DOUBLED,
    (False, False): None,
}


def _read_away(text: str, away: re.Pattern[str]) -> tuple[str, list[int]]:
    """The text without what `away` finds (pinyin glosses, doubled marks), and where each character left stands in
    the text."""
    kept: list[str] = []
    places: list[int] = []
    last = 0
    for gloss in away.finditer(text):
        kept.append(text[last : gloss.start()])
        places.extend(range(last, gloss.start()))
        last = gloss.end()
    kept.append(text[last:])
    places.extend(range(last, len(text)))
    return "".join(kept), places


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


def _translated(block: Block, forward: dict[int, str], away: re.Pattern[str] | None) -> Block:
    def read(text: str) -> str:
        return (away.sub("", text) if away is not None else text).translate(forward)

    if isinstance(block, Table):
        return Table(tuple(tuple(map(read, row)) for row in block.rows), block.line)
    return Paragraph(read(block.text), block.line)
