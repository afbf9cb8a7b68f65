"""HTML pages: block elements as paragraphs, <table> as tables (rowspan and colspan expanded), chrome dropped."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from greenpolicy.core.reading.blocks import Block, DocumentError, Paragraph, ReadingProblem, Table

_DROPPED = ("script", "style", "noscript", "nav", "header", "footer", "iframe", "template", "head")
_BLOCKS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "dt",
    "dd",
    "pre",
    "blockquote",
    "section",
    "article",
    "td",
    "th",
    "title",
}
_SPACE = re.compile(r"[ \t\r\n\u00a0]+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def html_charset(data: bytes) -> str | None:
    """The charset a page declares in its <meta>, if any."""
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def read_html(text: str, *, name: str) -> tuple[Block, ...]:
    """Paragraphs and tables of an HTML page, in document order."""
    try:
        root = lxml.html.fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise DocumentError(name, f"is not readable HTML ({error})", ReadingProblem.NOT_HTML) from None
    for element in list(root.iter(*_DROPPED)):
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    blocks: list[Block] = []
    _walk(root, blocks, [])
    if not any(isinstance(block, Table) or block.text.strip() for block in blocks):
        raise DocumentError(name, "is an HTML page without text", ReadingProblem.NO_TEXT)
    return tuple(blocks)


def _walk(element: lxml.html.HtmlElement, blocks: list[Block], pending: list[str]) -> None:
    """Collect inline text into `pending` and flush it as a paragraph at each block boundary."""
    if element.tag == "table":
        _flush(blocks, pending)
        blocks.append(Table(_table_rows(element), len(blocks) + 1))
        if element.tail:
            pending.append(element.tail)
        return
    is_block = element.tag in _BLOCKS
    if is_block:
        _flush(blocks, pending)
    if element.tag == "br":
        _flush(blocks, pending)
    elif element.text and isinstance(element.tag, str):
        pending.append(element.text)
    for child in element:
        if isinstance(child.tag, str):
            _walk(child, blocks, pending)
        elif child.tail:
            pending.append(child.tail)
    if is_block:
        _flush(blocks, pending)
    if element.tail:
        pending.append(element.tail)


def _flush(blocks: list[Block], pending: list[str]) -> None:
    text = _SPACE.sub(" ", "".join(pending)).strip()
    pending.clear()
    if text:
        blocks.append(Paragraph(text, len(blocks) + 1))


def _table_rows(table: lxml.html.HtmlElement) -> tuple[tuple[str, ...], ...]:
    """Rows of cell texts with rowspan and colspan expanded by repeating the cell's text."""
    rows: list[list[str]] = []
    carried: dict[int, tuple[str, int]] = {}  # column -> (text, rows still covered)
    for tr in table.iter("tr"):
        row: list[str] = []
        cells = [cell for cell in tr if isinstance(cell.tag, str) and cell.tag in ("td", "th")]
        column = 0
        for cell in cells:
            column = _fill_carried(row, carried, column)
            text = _cell_text(cell)
            span = _span(cell.get("colspan"))
            down = _span(cell.get("rowspan"))
            for _ in range(span):
                if down > 1:
                    carried[column] = (text, down - 1)
                row.append(text)
                column += 1
        _fill_carried(row, carried, column)
        rows.append(row)
    return tuple(tuple(row) for row in rows)


def _cell_text(cell: lxml.html.HtmlElement) -> str:
    """A cell's text, a line break or paragraph inside it read as a space: 区发展改革委<br/>区住房城乡建委 lists two
    units, as the same cell in a Word table does."""
    for inner in cell.iter("br", "p", "div", "li"):
        if inner is not cell:
            inner.tail = " " + (inner.tail or "")
    return _SPACE.sub(" ", cell.text_content()).strip()


def _fill_carried(row: list[str], carried: dict[int, tuple[str, int]], column: int) -> int:
    """Fill the columns that cells of rows above still cover, from `column` on; the next free column."""
    while column in carried:
        text, remaining = carried.pop(column)
        row.append(text)
        if remaining > 1:
            carried[column] = (text, remaining - 1)
        column += 1
    return column


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1
