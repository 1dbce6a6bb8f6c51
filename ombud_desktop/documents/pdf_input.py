"""Opening attached PDFs: passwords, repair of damaged files, and merging."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable
from typing import BinaryIO

from pypdf import PdfReader, PdfWriter
from pypdf.errors import FileNotDecryptedError, PdfReadError, PyPdfError

from ombud_desktop.documents.errors import AttachmentError, PasswordNeeded
from ombud_desktop.documents.pdf_metadata import REQUEST_TITLE, set_metadata
from ombud_desktop.filetypes import detect
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

_DAMAGED = QT_TRANSLATE_NOOP(
    "errors",
    "the PDF is damaged and could not be repaired. Open it in a PDF viewer and save or "
    "print it as a new PDF, or scan the paper again, then attach the new copy.",
)


def open_pdf(filename: str, data: bytes, password: str | None = None) -> PdfReader:
    """A reader whose every page has been parsed; damaged files are repaired by pypdf's
    lenient parser where possible (a rebuilt cross-reference table, a missing %%EOF)."""
    # pypdf logs each repair as a warning; the outcome is what the user needs to know.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            _decrypt(filename, reader, password)
        pages = reader.pages
        if len(pages) == 0:
            raise AttachmentError(
                filename,
                QT_TRANSLATE_NOOP("errors", "the PDF has no pages. Attach a copy with content."),
            )
        for page in pages:  # parse everything now, not halfway through a merge
            page.get_contents()
            _ = page.mediabox
    except AttachmentError:
        raise
    except FileNotDecryptedError as err:
        raise PasswordNeeded(filename) from err
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as err:
        raise AttachmentError(filename, _DAMAGED) from err
    except RecursionError as err:
        raise AttachmentError(filename, _DAMAGED) from err
    return reader


def _decrypt(filename: str, reader: PdfReader, password: str | None) -> None:
    try:
        # Many "protected" PDFs only restrict printing: the empty user password opens them.
        if reader.decrypt(password or ""):
            return
    except (NotImplementedError, PdfReadError) as err:
        raise AttachmentError(
            filename,
            QT_TRANSLATE_NOOP(
                "errors",
                "the PDF uses an encryption the app cannot open. Save it without a "
                "password in a PDF viewer, then attach that copy.",
            ),
        ) from err
    raise PasswordNeeded(filename, wrong=bool(password))


def page_count(data: bytes, filename: str = "document.pdf", password: str | None = None) -> int:
    """Number of pages of a PDF held in memory."""
    return len(open_pdf(filename, data, password).pages)


def merge_pdfs(parts: Iterable[PdfReader | bytes], title: str = REQUEST_TITLE) -> bytes:
    """Concatenate PDFs page for page (readers from open_pdf, or PDFs the app made); the
    result carries `title` and the app as metadata, nothing of the parts' own."""
    writer = PdfWriter()
    for part in parts:
        reader = part if isinstance(part, PdfReader) else PdfReader(io.BytesIO(part))
        for page in reader.pages:
            writer.add_page(page)
    return to_bytes(writer, title)


def to_bytes(writer: PdfWriter, title: str = REQUEST_TITLE) -> bytes:
    """The PDF's bytes, its metadata replaced (documents/pdf_metadata.py)."""
    set_metadata(writer, title)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def needs_password(filename: str, data: bytes | BinaryIO) -> bool:
    """True for a PDF that opens only with a password. PDFs that merely restrict
    printing or copying (the empty password opens them) need none. `data` may be an open
    file at its start: only the parts naming the encryption are read, not the whole."""
    stream = io.BytesIO(data) if isinstance(data, bytes) else data
    if detect(stream.read(1024)) != "pdf":
        return False
    stream.seek(0)
    try:
        reader = PdfReader(stream, strict=False)
        return bool(reader.is_encrypted) and not reader.decrypt("")
    except (PyPdfError, NotImplementedError, ValueError, KeyError, TypeError, AttributeError):
        return False  # damaged or unusual: making its pages says what is wrong


def unlock_pdf(filename: str, data: bytes, password: str) -> bytes:
    """A copy of a password-protected PDF without the password, made in memory (the
    vault or the export keeps it; the Ombudsman's copy cannot carry a password anyway).
    PasswordNeeded(wrong=True) when the password does not open it."""
    return to_bytes(PdfWriter(clone_from=open_pdf(filename, data, password)))
