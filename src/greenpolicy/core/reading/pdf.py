"""PDF: the text layer, line by line; running page numbers dropped, lines wrapped by the layout joined again."""

from __future__ import annotations

import io
import re

from pdfminer.high_level import extract_text
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError

from greenpolicy.core.reading.blocks import DocumentError, Paragraph

_PAGE_NUMBER = re.compile(r"^\s*[—–\-－]*\s*\d{1,4}\s*[—–\-－]*\s*$")


def read_pdf(data: bytes, *, name: str) -> tuple[Paragraph, ...]:
    """The text layer of a PDF as lines."""
    try:
        text = extract_text(io.BytesIO(data))
    except (PDFEncryptionError, PDFPasswordIncorrect):
        raise DocumentError(name, "is an encrypted PDF") from None
    except PDFSyntaxError:
        raise DocumentError(name, "is not a readable PDF") from None
    except Exception as error:  # pdfminer raises many kinds of errors for damaged files
        if "encrypt" in str(error).lower() or type(error).__name__.startswith("PDFEncrypt"):
            raise DocumentError(name, "is an encrypted PDF") from None
        raise DocumentError(name, f"is a damaged PDF ({type(error).__name__})") from None
    kept = [line for line in text.replace("\f", "\n").split("\n") if not _PAGE_NUMBER.match(line)]
    if not any(line.strip() for line in kept):
        raise DocumentError(name, "has no text layer (scanned?)")
    return tuple(Paragraph(line, number) for number, line in enumerate(kept, start=1))
