"""The domain core: read a policy document and decompose it into its task ledger. No Django, no database."""

from __future__ import annotations

from pathlib import Path

from greenpolicy.core.departments import DepartmentRegistry
from greenpolicy.core.model import Ledger
from greenpolicy.core.parsing import parse_source
from greenpolicy.core.reading import DEFAULT_MAX_BYTES, read_path
from greenpolicy.core.reading.blocks import SourceDocument
from greenpolicy.core.reading.text import lines

__all__ = ["Ledger", "parse_path", "parse_source", "parse_text"]


def parse_path(
    path: Path, *, registry: DepartmentRegistry | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Ledger:
    """The ledger of the document at `path` (txt, md, docx, pdf, html); DocumentError when it cannot be read."""
    return parse_source(read_path(path, max_bytes=max_bytes), registry=registry)


def parse_text(text: str, *, name: str = "<text>", registry: DepartmentRegistry | None = None) -> Ledger:
    """The ledger of a document given as text, its lines split as a text file's are."""
    return parse_source(SourceDocument(name, "txt", "utf-8", lines(text)), registry=registry)
