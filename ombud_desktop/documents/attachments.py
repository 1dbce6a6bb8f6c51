"""Attachments (bytes from the vault, never files on disk) turned into PDF pages."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property

from pypdf import PdfReader, PdfWriter

from ombud_desktop.documents.case_files import AttachmentInput
from ombud_desktop.documents.errors import AttachmentError, AttachmentProblems
from ombud_desktop.documents.image_pages import image_to_pdf, jpeg_page
from ombud_desktop.documents.pdf_input import read_pdf
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
    if kind == "pdf":
        opened = read_pdf(item.filename, item.data, item.password)
    elif kind == "jpeg":  # the app's own page: nothing to parse or repair
        return AttachmentPages(item, kind, jpeg_page(item.filename, item.data))
    else:
        opened = read_pdf(item.filename, image_to_pdf(item.filename, item.data, kind))
    return AttachmentPages(item, kind, opened.reader, opened.repaired)


def inspect_attachment(filename: str, data: bytes, password: str | None = None) -> tuple[str, int]:
    """(kind, page count) of a file about to be attached: check it when it is added,
    not when the packet is built. Raises AttachmentError / PasswordNeeded."""
    converted = convert(AttachmentInput(filename, data, password=password))
    return converted.kind, converted.pages


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
