"""Plain text: which encoding the bytes are in, and the lines they hold, blank lines and leading tabs kept."""

from __future__ import annotations

import codecs
import re

from greenpolicy.core.reading.blocks import DocumentError, Paragraph

# Share of control characters (other than tab, newline, carriage return, form feed) above which bytes are not text.
_MAX_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, *, name: str) -> tuple[str, str]:
    """The text and the encoding it was read with: a BOM decides, else strict UTF-8, else strict GB18030."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data, encoding, name), encoding
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _plausible(text, name), encoding
    raise DocumentError(name, "is not text in UTF-8, UTF-16 or GB18030 (binary or damaged?)")


def lines(text: str) -> tuple[Paragraph, ...]:
    """Every line as a Paragraph, numbered from 1; line endings unified, nothing else touched."""
    unified = text.replace("\r\n", "\n").replace("\r", "\n")
    return tuple(Paragraph(line, number) for number, line in enumerate(unified.split("\n"), start=1))


def _checked(data: bytes, encoding: str, name: str) -> str:
    try:
        return _plausible(data.decode(encoding), name)
    except UnicodeDecodeError:
        raise DocumentError(
            name, f"starts with a {encoding} byte-order mark but is not valid {encoding}"
        ) from None


def _plausible(text: str, name: str) -> str:
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise DocumentError(name, "is empty")
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > _MAX_CONTROL_SHARE * len(text):
        raise DocumentError(name, "holds binary data, not text")
    return text
