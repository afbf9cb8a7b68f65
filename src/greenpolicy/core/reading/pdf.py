"""PDF: the text layer, line by line; running page numbers dropped, lines wrapped by the layout joined again."""

from __future__ import annotations

import io
import re

from pdfminer.high_level import extract_text
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError

from greenpolicy.core.reading.blocks import DocumentError, Paragraph, ReadingProblem
from greenpolicy.core.reading.wrapped import join_wrapped_lines

_PAGE_NUMBER = re.compile(r"^\s*[—–\-－]*\s*\d{1,4}\s*[—–\-－]*\s*$")


def read_pdf(data: bytes, *, name: str) -> tuple[Paragraph, ...]:
    """The text layer of a PDF as lines."""
    try:
        text = extract_text(io.BytesIO(data))
    except (PDFEncryptionError, PDFPasswordIncorrect):
        raise DocumentError(name, "is an encrypted PDF", ReadingProblem.ENCRYPTED_PDF) from None
    except PDFSyntaxError:
        raise DocumentError(name, "is not a readable PDF", ReadingProblem.DAMAGED_PDF) from None
    except Exception as error:  # pdfminer raises many kinds of errors for damaged files
        if "encrypt" in str(error).lower() or type(error).__name__.startswith("PDFEncrypt"):
            raise DocumentError(name, "is an encrypted PDF", ReadingProblem.ENCRYPTED_PDF) from None
        raise DocumentError(
            name, f"is a damaged PDF ({type(error).__name__})", ReadingProblem.DAMAGED_PDF
        ) from None
    kept = [line.rstrip() for line in text.replace("\f", "\n").split("\n")]
    kept = [line for line in kept if line.strip() and not _PAGE_NUMBER.match(line)]
    if not kept:
        raise DocumentError(name, "has no text layer (scanned?)", ReadingProblem.NO_TEXT_LAYER)
    return tuple(Paragraph(line, number) for number, line in enumerate(join_wrapped_lines(kept), start=1))
