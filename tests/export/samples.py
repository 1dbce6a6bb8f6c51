"""Synthetic export inputs: real PDFs made here, so export tests need no vault or renderer."""

from __future__ import annotations

import datetime as dt
import errno
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from ombud_desktop.export.source import ExportDocument, ExportSource, Sender


def make_pdf(pages: int, label: str, padding: int = 0, colour: bool = False) -> bytes:
    """A Letter PDF with `pages` labelled pages; `padding` random bytes in a comment-free
    stream make it as large as a scan without changing what is drawn."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=letter)
    for number in range(1, pages + 1):
        if colour:
            canvas.setFillColorRGB(0.1, 0.3, 0.9)
            canvas.rect(72, 300, 300, 200, fill=1, stroke=0)
            canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, 600, f"{label} - page {number} of {pages}")
        canvas.showPage()
    canvas.save()
    data = buffer.getvalue()
    if padding:
        data += b"%" + os.urandom(padding).replace(b"\n", b" ").replace(b"\r", b" ") + b"\n"
    return data


def sample_source(doc_sizes: tuple[int, ...] = (0, 0), doc_pages: int = 2) -> ExportSource:
    documents = tuple(
        ExportDocument(
            title=f"Document {i} - receipt notice" if i == 1 else f"Document {i}",
            category="received_from_uscis",
            pdf=make_pdf(doc_pages, f"Document {i}", padding=size, colour=i == 1),
            pages=doc_pages,
        )
        for i, size in enumerate(doc_sizes, start=1)
    )
    return ExportSource(
        case_id="case-1",
        subject_name="Nguyễn Thị Lan",
        a_number="A012-345-678",
        receipt_numbers=("IOE0912345678", "MSC2190123456"),
        sender=Sender(
            name="Nguyễn Thị Lan",
            phone="555-201-3344",
            email="lan@example.org",
            address_lines=("12 Elm Street, Apt 3", "Springfield, IL 62701"),
        ),
        form_pdf=make_pdf(3, "Form DHS-7001"),
        form_pages=3,
        documents=documents,
        language="vi",
        today=dt.date(2026, 11, 27),
    )


class _DiskFillsUp(io.BytesIO):
    """A file that fails like a full disk once `room` bytes are written."""

    def __init__(self, room: int) -> None:
        super().__init__()
        self.room = room

    def write(self, data) -> int:  # type: ignore[no-untyped-def, override]
        if self.tell() + len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().write(data)


def full_disk_opener(room: int) -> Callable[[Path], BinaryIO]:
    """A BundleWriter opener: the file appears (half-written, as on a real disk), then
    writing fails with ENOSPC after `room` bytes."""

    def opener(path: Path) -> BinaryIO:
        path.touch()
        return _DiskFillsUp(room)

    return opener
