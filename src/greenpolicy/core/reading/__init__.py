"""Reading documents: bytes in any supported format and encoding → a SourceDocument of paragraphs and tables."""

from __future__ import annotations

import re
from pathlib import Path
from stat import S_ISDIR

from greenpolicy.core.reading.blocks import DocumentError, ReadingProblem, SourceDocument
from greenpolicy.core.reading.docx import read_docx
from greenpolicy.core.reading.html import html_charset, read_html
from greenpolicy.core.reading.pdf import read_pdf
from greenpolicy.core.reading.text import decode, lines

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DocumentError",
    "ReadingProblem",
    "SourceDocument",
    "read_bytes",
    "read_path",
]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_ZIP = b"PK\x03\x04"
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def read_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceDocument:
    """Read the document at `path`; DocumentError names the file and the reason when it cannot be read."""
    name = str(path)
    try:
        status = path.stat()
        if S_ISDIR(status.st_mode):
            raise DocumentError(name, "is a directory, not a document", ReadingProblem.DIRECTORY)
        if status.st_size > max_bytes:
            raise _too_large(name, status.st_size, max_bytes)
        data = path.read_bytes()
    except FileNotFoundError:
        raise DocumentError(name, "not found", ReadingProblem.NOT_FOUND) from None
    except PermissionError:
        raise DocumentError(
            name, "cannot be read (permission denied)", ReadingProblem.UNREADABLE, cause="permission denied"
        ) from None
    except OSError as error:
        cause = str(error.strerror or error)
        raise DocumentError(
            name, f"cannot be read ({cause})", ReadingProblem.UNREADABLE, cause=cause
        ) from None
    return read_bytes(data, name=name, max_bytes=max_bytes)


def read_bytes(data: bytes, *, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceDocument:
    """Read a document from its bytes; the format comes from the content, the name's suffix breaking ties."""
    if len(data) > max_bytes:
        raise _too_large(name, len(data), max_bytes)
    if not data.strip():
        raise DocumentError(name, "is empty", ReadingProblem.EMPTY)
    suffix = Path(name).suffix.lower()
    if data.startswith(b"%PDF-"):
        return SourceDocument(name, "pdf", "pdf", read_pdf(data, name=name))
    if data.startswith(_ZIP):
        return SourceDocument(name, "docx", "docx", read_docx(data, name=name))
    if suffix in (".pdf", ".docx"):
        kind = suffix[1:].upper()
        raise DocumentError(
            name,
            f"is not a {kind} file (its content is something else)",
            ReadingProblem.WRONG_CONTENT,
            format=kind,
        )
    declared = html_charset(data)
    text, encoding = _decode_declared(data, declared, name) if declared else decode(data, name=name)
    head = text.lstrip()[:512].lower()
    if (
        suffix in _HTML_SUFFIXES
        or head.startswith(("<!doctype html", "<html"))
        or "<body" in head
        or _is_markup(text)
    ):
        return SourceDocument(name, "html", encoding, read_html(text, name=name))
    return SourceDocument(name, "txt", encoding, lines(text))


def _is_markup(text: str) -> bool:
    """Whether a text is a page's HTML source without its head (…</p> <p class="ql-block">…): its paragraphs and
    cells are tags."""
    return "</" in text and len(_BLOCK_TAG.findall(text, 0, _MARKUP_REACH)) >= _MIN_BLOCK_TAGS


_BLOCK_TAG = re.compile(r"</?(?:p|div|br|tr|td|li|h[1-6])(?:\s[^<>]*)?/?>", re.IGNORECASE)
_MARKUP_REACH = 4096
_MIN_BLOCK_TAGS = 4


def _decode_declared(data: bytes, charset: str, name: str) -> tuple[str, str]:
    """A page's declared charset (GBK pages are read as GB18030, its superset), else the text rules."""
    encoding = "gb18030" if charset in ("gbk", "gb2312", "gb18030") else charset
    try:
        return data.decode(encoding), encoding
    except (LookupError, UnicodeDecodeError):
        return decode(data, name=name)


def _too_large(name: str, size: int, limit: int) -> DocumentError:
    return DocumentError(
        name, f"is {_size(size)}, over the {_size(limit)} limit", ReadingProblem.TOO_LARGE,
        size=_size(size), limit=_size(limit),
    )  # fmt: skip


def _size(count: int) -> str:
    return f"{count / 1024 / 1024:.1f} MB" if count >= 1024 * 1024 else f"{count} bytes"
