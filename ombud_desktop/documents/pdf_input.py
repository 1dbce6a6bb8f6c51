"""Opening attached PDFs: passwords, repair of damaged files, and merging."""

from __future__ import annotations

import io
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import FileNotDecryptedError, PdfReadError, PyPdfError

from ombud_desktop import library_noise
from ombud_desktop.documents.errors import AttachmentError, PasswordNeeded
from ombud_desktop.documents.pdf_metadata import REQUEST_TITLE, set_metadata
from ombud_desktop.documents.pdfium_lock import PDFIUM
from ombud_desktop.filetypes import detect
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

# What pypdf raises on a damaged file (anything else is a bug, not the file's fault).
_DAMAGE = (
    PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError,
    NotImplementedError,  # an unknown stream filter name, e.g. a damaged "/ASCII85Decode"
)  # fmt: skip
# pypdf logs each repair it makes as a warning: noted (the index page says the file was
# repaired), never printed.
_PYPDF_LOG = logging.getLogger("pypdf")
library_noise.quiet()
_DAMAGED = QT_TRANSLATE_NOOP(
    "errors",
    "the PDF is damaged and could not be repaired. Open it in a PDF viewer and save or "
    "print it as a new PDF, or scan the paper again, then attach the new copy.",
)


class _NoPages(AttachmentError):
    def __init__(self, filename: str) -> None:
        super().__init__(
            filename,
            QT_TRANSLATE_NOOP("errors", "the PDF has no pages. Attach a copy with content."),
        )


class _RepairLog(logging.Handler):
    """Notes whether pypdf had to fix anything (it logs each repair as a warning) while
    this thread opened a file."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.seen = False

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.seen = True


@dataclass(frozen=True)
class OpenedPdf:
    reader: PdfReader
    repaired: bool  # damaged, and read as a PDF reader recovers it


def open_pdf(filename: str, data: bytes | BinaryIO, password: str | None = None) -> PdfReader:
    """A reader whose every page has been parsed (see read_pdf)."""
    return read_pdf(filename, data, password).reader


def read_pdf(filename: str, data: bytes | BinaryIO, password: str | None = None) -> OpenedPdf:
    """The PDF with every page parsed. Damaged files are repaired as the standard engines
    do: pypdf's lenient parser first (a rebuilt cross-reference table), then a copy
    PDFium writes of what it recovers (a lost end of file, no startxref). `data` may be
    an open file: an intact PDF's objects are read from it as they are needed."""
    log = _RepairLog()
    _PYPDF_LOG.addHandler(log)
    damage: Exception
    try:
        return OpenedPdf(_parsed(filename, data, password), log.seen)
    except (*_DAMAGE, _NoPages) as err:
        damage = err
    finally:
        _PYPDF_LOG.removeHandler(log)
    recovered = _pdfium_copy(filename, data, password)
    if recovered is None:
        if isinstance(damage, _NoPages):
            raise damage
        raise AttachmentError(filename, _DAMAGED) from damage
    try:
        return OpenedPdf(_parsed(filename, recovered, password), True)
    except _DAMAGE as err:
        raise AttachmentError(filename, _DAMAGED) from err


def _parsed(filename: str, data: bytes | BinaryIO, password: str | None) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data) if isinstance(data, bytes) else data, strict=False)
        if reader.is_encrypted:
            _decrypt(filename, reader, password)
        pages = reader.pages
        if len(pages) == 0:
            raise _NoPages(filename)
        for page in pages:  # parse everything now, not halfway through a merge
            page.get_contents()
            _ = page.mediabox
    except FileNotDecryptedError as err:
        raise PasswordNeeded(filename) from err
    return reader


def _pdfium_copy(filename: str, data: bytes | BinaryIO, password: str | None) -> bytes | None:
    """The document as PDFium reads it, saved anew (None when it cannot read it either)."""
    with PDFIUM:  # attaching runs on a thread of its own (documents/pdfium_lock.py)
        return _saved_by_pdfium(filename, data, password)


def _saved_by_pdfium(filename: str, data: bytes | BinaryIO, password: str | None) -> bytes | None:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    if not isinstance(data, bytes):
        data.seek(0)
    try:
        document = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as err:
        if getattr(err, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise PasswordNeeded(filename, wrong=bool(password)) from err
        return None
    try:
        if len(document) == 0:
            return None
        copy = io.BytesIO()
        document.save(copy)
        return copy.getvalue()
    except (pdfium.PdfiumError, OSError, ValueError):
        return None
    finally:
        document.close()


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


def merge_pdfs(parts: Iterable[PdfReader | PdfWriter | bytes], title: str = REQUEST_TITLE) -> bytes:
    """Concatenate PDFs page for page (readers from open_pdf, documents or PDFs the app
    made); the result carries `title` and the app as metadata, nothing of the parts' own."""
    writer = PdfWriter()
    for part in parts:
        reader = PdfReader(io.BytesIO(part)) if isinstance(part, bytes) else part
        for page in reader.pages:
            writer.add_page(page)
    return to_bytes(writer, title)


def merge_pages(pages: Iterable[PageObject], title: str = REQUEST_TITLE) -> bytes:
    """One PDF of these pages, in this order."""
    writer = PdfWriter()
    for page in pages:
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


def unlock_pdf(filename: str, data: bytes | BinaryIO, password: str) -> bytes:
    """A copy of a password-protected PDF without the password, made in memory (the
    vault or the export keeps it; the Ombudsman's copy cannot carry a password anyway).
    PasswordNeeded(wrong=True) when the password does not open it."""
    return to_bytes(PdfWriter(clone_from=open_pdf(filename, data, password)))
