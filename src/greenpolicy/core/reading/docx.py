"""Word documents: body paragraphs and real tables, in the order they stand in the document."""

from __future__ import annotations

import io
import zipfile

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table as WordTable
from docx.text.paragraph import Paragraph as WordParagraph

from greenpolicy.core.reading.blocks import Block, DocumentError, Paragraph, ReadingProblem, Table


def read_docx(data: bytes, *, name: str) -> tuple[Block, ...]:
    """Paragraphs and tables of a .docx; merged cells repeat their text in every row and column they cover."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise DocumentError(
                    name,
                    "is a zip file but not a Word document (no word/document.xml)",
                    ReadingProblem.NOT_WORD,
                )
        document = Document(io.BytesIO(data))
    except DocumentError:
        raise
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        raise DocumentError(
            name, f"is not a readable Word document ({type(error).__name__})", ReadingProblem.NOT_WORD
        ) from None
    except Exception as error:  # python-docx raises lxml and other errors for damaged parts
        raise DocumentError(
            name, f"is a damaged Word document ({type(error).__name__})", ReadingProblem.DAMAGED_WORD
        ) from None
    blocks: list[Block] = []
    for index, item in enumerate(document.iter_inner_content(), start=1):
        if isinstance(item, WordParagraph):
            blocks.extend(Paragraph(line, index) for line in item.text.split("\n"))
        elif isinstance(item, WordTable):
            blocks.append(Table(_rows(item), index))
    if not any(isinstance(block, Table) or block.text.strip() for block in blocks):
        raise DocumentError(name, "is a Word document without text", ReadingProblem.NO_TEXT)
    return tuple(blocks)


def _rows(table: WordTable) -> tuple[tuple[str, ...], ...]:
    """Cell texts row by row; python-docx yields a merged cell once per grid cell it spans."""
    return tuple(tuple(cell.text.strip() for cell in row.cells) for row in table.rows)
