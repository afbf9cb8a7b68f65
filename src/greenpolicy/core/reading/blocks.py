"""What every reader hands to the parser: the document as an ordered run of paragraphs and tables."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One line of text (a .txt line, a Word paragraph, an HTML block, a PDF text line)."""

    text: str
    line: int  # 1-based position in the source, for diagnostics and source spans


@dataclass(frozen=True, slots=True)
class Table:
    """A real table (Word, HTML): rows of cell texts, merged cells repeated in every row they cover."""

    rows: tuple[tuple[str, ...], ...]
    line: int


Block = Paragraph | Table


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """A document read from bytes: its blocks and how they were decoded."""

    name: str
    format: str  # txt, docx, pdf, html
    encoding: str  # utf-8, utf-8-sig, gb18030, utf-16, or the container's own (docx, pdf)
    blocks: tuple[Block, ...]


class DocumentError(Exception):
    """Input that cannot be read as a policy document; the message names the reason for a person."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
