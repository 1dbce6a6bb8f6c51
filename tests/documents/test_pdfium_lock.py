"""Every PDFium call made on a thread of the app's process holds the one PDFium lock
(documents/pdfium_lock.py): PDFium corrupts the process when two threads call it at
once, even for two documents."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from ombud_desktop.documents import pdf_input
from ombud_desktop.documents.pdfium_lock import PDFIUM
from ombud_desktop.notice import reader
from tests.documents import samples


@pytest.fixture
def opened_under_the_lock(monkeypatch) -> list[bool]:
    """PDFium documents opened from now on, each noted with whether this thread held
    the lock then."""
    held: list[bool] = []
    real = pdfium.PdfDocument

    def opening(*args, **kwargs):
        held.append(PDFIUM._is_owned())  # type: ignore[attr-defined]
        return real(*args, **kwargs)

    monkeypatch.setattr(pdfium, "PdfDocument", opening)
    return held


def test_repairing_a_pdf_as_it_is_attached_holds_the_pdfium_lock(opened_under_the_lock):
    assert pdf_input._pdfium_copy("a.pdf", samples.pdf_bytes(2), None) is not None
    assert opened_under_the_lock == [True]
    assert not PDFIUM._is_owned()  # type: ignore[attr-defined]


def test_reading_a_notice_pdf_holds_the_pdfium_lock(opened_under_the_lock):
    page = reader.load_page(samples.pdf_bytes(1), "notice.pdf")
    assert page.width > 0
    assert opened_under_the_lock == [True]
    assert not PDFIUM._is_owned()  # type: ignore[attr-defined]
