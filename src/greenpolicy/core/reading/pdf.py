"""PDF: the text layer, line by line; running page numbers dropped, lines wrapped by the layout joined again."""

from __future__ import annotations

import io
import re

from pdfminer.high_level import extract_text
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError

from greenpolicy.core.reading.blocks import DocumentError, Paragraph, ReadingProblem

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


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """Paragraphs from lines the page layout wrapped.

    A line continues the one before unless it is indented (公文 indents each paragraph by two characters), starts
    with an outline label after a finished sentence, or the line before stops well short of the full line width.
    """
    full_width = sorted(len(line.strip()) for line in lines)[int(len(lines) * 0.9)]
    paragraphs: list[str] = []
    previous = ""
    for line in lines:
        stripped = line.strip()
        starts_paragraph = (
            not paragraphs
            or line.startswith(("\u3000", "  ", "\t"))
            or len(previous) < 0.85 * full_width
            or _CELL_GAP.search(previous) is not None  # a table row, laid out with its cells apart
            or _CELL_GAP.search(stripped) is not None
            or (_LABEL.match(stripped) is not None and previous.endswith(_SENTENCE_END))
        )
        if starts_paragraph:
            paragraphs.append(stripped)
        else:
            paragraphs[-1] += stripped
        previous = stripped
    return paragraphs


_LABEL = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,3}[.．、]|第[一二三四五六七八九十百\d]+[章节条])"
)
_CELL_GAP = re.compile(r"\S(?: {2,}|\u3000{2,})\S")
_SENTENCE_END = ("。", "；", "：", "！", "？", "）", "”")
