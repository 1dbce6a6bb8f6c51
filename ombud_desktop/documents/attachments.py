"""Attachments (bytes from the vault, never files on disk) turned into PDF pages."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from functools import cached_property
from typing import BinaryIO

from pypdf import PdfReader, PdfWriter

from ombud_desktop.documents.case_files import AttachmentInput
from ombud_desktop.documents.errors import AttachmentError, AttachmentProblems
from ombud_desktop.documents.image_pages import check_jpeg, image_to_pdf, jpeg_page
from ombud_desktop.documents.pdf_input import OpenedPdf, read_pdf
from ombud_desktop.documents.sniff import kind_of


@dataclass(frozen=True)
class AttachmentPages:
    """An attachment converted to pages, with what the index page lists."""

    source: AttachmentInput
    kind: str
    reader: PdfReader | PdfWriter = field(repr=False)  # a JPEG's page is made, not read
    repaired: bool = False  # a damaged PDF, read as a PDF reader recovers it

    @property
    def pages(self) -> int:
        return len(self.reader.pages)

    @cached_property
    def sha256(self) -> str:
        """Hashed when the index page lists it, not for every conversion."""
        return hashlib.sha256(self.source.data).hexdigest()


def convert(item: AttachmentInput) -> AttachmentPages:
    """The attachment as PDF pages, or AttachmentError naming the file and the fix."""
    kind = kind_of(item.filename, item.data)
    if kind == "jpeg":  # the app's own page: nothing to parse or repair
        return AttachmentPages(item, kind, jpeg_page(item.filename, item.data))
    opened = _opened(item.filename, item.data, kind, item.password)
    return AttachmentPages(item, kind, opened.reader, opened.repaired)


def _opened(filename: str, data: bytes | BinaryIO, kind: str, password: str | None) -> OpenedPdf:
    if kind == "pdf":
        return read_pdf(filename, data, password)
    return read_pdf(filename, image_to_pdf(filename, data, kind))


def inspect_attachment(
    filename: str, data: bytes | BinaryIO, password: str | None = None
) -> tuple[str, int]:
    """(kind, page count) of a file about to be attached: check it when it is added,
    not when the packet is built. Raises AttachmentError / PasswordNeeded.

    `data` may be the open file: it is then read as the pages need it (its first bytes,
    a PDF's objects, an image's header before its pixels), never whole into memory, so
    a file of hundreds of megabytes costs what its pages cost, not its size."""
    file = io.BytesIO(data) if isinstance(data, bytes) else data
    kind = kind_of(filename, file.read(2048))
    file.seek(0)
    if kind == "jpeg":  # its page is the file itself: checked, not made
        check_jpeg(filename, file)
        return kind, 1
    return kind, len(_opened(filename, file, kind, password).reader.pages)


def convert_all(items: list[AttachmentInput]) -> list[AttachmentPages]:
    """Every attachment converted; all failures reported together in one message."""
    converted: list[AttachmentPages] = []
    problems: list[AttachmentError] = []
    for item in items:
        try:
            converted.append(convert(item))
        except AttachmentError as problem:
            problems.append(problem)
    if problems:
        raise AttachmentProblems(problems) if len(problems) > 1 else problems[0]
    return converted
