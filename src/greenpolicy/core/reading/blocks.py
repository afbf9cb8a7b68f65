"""What every reader hands to the parser: the document as an ordered run of paragraphs and tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple


class Paragraph(NamedTuple):
    """One line of text (a .txt line, a Word paragraph, an HTML block, a PDF text line). A named tuple: made
    twice as fast as a frozen dataclass, for every line of every document."""

    text: str
    line: int  # 1-based position in the source, for diagnostics and source spans


@dataclass(frozen=True, slots=True)
class Table:
    """A real table (Word, HTML): rows of cell texts, merged cells repeated in every row they cover."""

    rows: tuple[tuple[str, ...], ...]
    line: int


Block = Paragraph | Table


def text_at(blocks: Sequence[Block], index: int) -> str:
    """The text of the line at `index`; empty past the end or at a table."""
    block = blocks[index] if index < len(blocks) else None
    return block.text if isinstance(block, Paragraph) else ""


def next_text(blocks: Sequence[Block], index: int) -> str:
    """The text, stripped, of the first line after `index` that holds any; empty when none does."""
    return next((text for at in range(index + 1, len(blocks)) if (text := text_at(blocks, at).strip())), "")


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """A document read from bytes: its blocks and how they were decoded."""

    name: str
    format: str  # txt, docx, pdf, html
    encoding: str  # utf-8, utf-8-sig, gb18030, utf-16, or the container's own (docx, pdf)
    blocks: tuple[Block, ...]


class ReadingProblem(StrEnum):
    """Why a file could not be read: what the platform turns into a message in its users' language."""

    DIRECTORY = "directory"
    TOO_LARGE = "too_large"  # details: size, limit
    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"  # details: cause
    EMPTY = "empty"
    WRONG_CONTENT = "wrong_content"  # details: format
    NOT_TEXT = "not_text"
    BAD_BYTE_ORDER_MARK = "bad_byte_order_mark"  # details: encoding
    BINARY = "binary"
    NOT_WORD = "not_word"
    DAMAGED_WORD = "damaged_word"
    NOT_HTML = "not_html"
    NO_TEXT = "no_text"
    ENCRYPTED_PDF = "encrypted_pdf"
    DAMAGED_PDF = "damaged_pdf"
    NO_TEXT_LAYER = "no_text_layer"


class DocumentError(Exception):
    """Input that cannot be read as a policy document; the message names the reason for a person.

    `problem` and `details` say the same for a program; None where the raiser is not a reader.
    """

    def __init__(
        self, source: str, reason: str, problem: ReadingProblem | None = None, **details: str
    ) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.problem = problem
        self.details = details
