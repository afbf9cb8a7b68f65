"""Word to PDF with LibreOffice headless (`soffice`, from the Debian package libreoffice-writer-nogui).

LibreOffice (7.4) misreads a negative `w:charSpace` of a `linesAndChars` grid, the standard's 28 characters a
line in 16 pt (-848), as a wider cell and sets 14 characters a line. Before converting, `for_libreoffice` swaps that
grid for a line grid and the same pitch as character spacing (-0.25 pt on the body style): 28 characters a line and
22 lines a page, as Word lays out the original.

The standard's fonts (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312) are rarely installed on a Linux server, and
fontconfig would hand LibreOffice DejaVu Sans (and a sans CJK face for every Chinese character). The conversion
runs with a fontconfig file of its own that sends each to the first of its `FALLBACKS` installed (Noto Serif CJK SC
for the serif faces, Noto Sans CJK SC for 黑体): the PDF keeps the standard's serif and sans.

Each call runs in a fresh temporary folder with its own LibreOffice profile (`-env:UserInstallation`), so calls
in parallel do not share, lock or corrupt a profile, and a hung conversion is killed after `timeout` seconds.
"""

from __future__ import annotations

import io
import math
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from greenpolicy.reporting.official.layout import FALLBACKS

__all__ = ["ConversionError", "for_libreoffice", "to_pdf"]

TIMEOUT = 120  # seconds; a first start of LibreOffice takes a few


class ConversionError(RuntimeError):
    """LibreOffice is missing, failed, or took too long."""


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise ConversionError(
            "LibreOffice (soffice) is not installed: install libreoffice-writer-nogui, e.g. with scripts/system-packages"
        )
    return found


def to_pdf(docx: bytes, *, timeout: float = TIMEOUT) -> bytes:
    """The PDF of a .docx document."""
    program = soffice()
    with tempfile.TemporaryDirectory(prefix="greenpolicy-pdf-") as folder:
        work = Path(folder)
        source, out = work / "document.docx", work / "out"
        source.write_bytes(for_libreoffice(docx))
        command = [
            program,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(source),
        ]
        environment = {**os.environ, "FONTCONFIG_FILE": str(font_config(work))}
        try:
            result = subprocess.run(  # noqa: S603
                command, capture_output=True, timeout=timeout, check=False, env=environment
            )
        except subprocess.TimeoutExpired as error:
            raise ConversionError(
                f"LibreOffice took longer than {timeout} s to convert the document"
            ) from error
        target = out / "document.pdf"
        if result.returncode != 0 or not target.exists():
            detail = (result.stderr or result.stdout).decode(errors="replace").strip()
            raise ConversionError(
                f"LibreOffice could not convert the document (exit {result.returncode}): {detail}"
            )
        return target.read_bytes()


def font_config(folder: Path) -> Path:
    """A fontconfig file: the system's, and each standard font name preferring its fallbacks, in order."""
    aliases = "".join(
        f'<alias binding="same"><family>{escape(name)}</family><prefer>'
        + "".join(f"<family>{escape(fallback)}</family>" for fallback in fallbacks)
        + "</prefer></alias>"
        for name, fallbacks in FALLBACKS.items()
    )
    path = folder / "fonts.conf"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd"><fontconfig>'
        f'<include ignore_missing="yes">/etc/fonts/fonts.conf</include>{aliases}</fontconfig>',
        encoding="utf-8",
    )
    return path


def for_libreoffice(docx: bytes) -> bytes:
    """The document with each character grid of negative spacing turned into a line grid and character spacing."""
    document = Document(io.BytesIO(docx))
    changed = False
    for section in document.sections:
        grid = section._sectPr.find(qn("w:docGrid"))
        space = grid.get(qn("w:charSpace")) if grid is not None else None
        if grid is None or grid.get(qn("w:type")) != "linesAndChars" or space is None or int(space) >= 0:
            continue
        grid.set(qn("w:type"), "lines")
        del grid.attrib[qn("w:charSpace")]
        # w:spacing is in twentieths of a point, w:charSpace in 4096ths; round down so the last character fits.
        twentieths = math.floor(int(space) * 20 / 4096)
        changed = True
    if not changed:
        return docx
    rpr = document.styles["Normal"].element.get_or_add_rPr()
    spacing = rpr.find(qn("w:spacing"))
    if spacing is None:
        spacing = OxmlElement("w:spacing")
        rpr.append(spacing)
    spacing.set(qn("w:val"), str(twentieths))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
