"""Page stamping for fax and mail packets, and the preview watermark."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter

from ombud_desktop.core.model import Case
from ombud_desktop.documents.attachments import AttachmentInput
from ombud_desktop.documents.packet import RenderOptions, render_case_pdf, stamp_header
from ombud_desktop.documents.stamping import StampHeader, stamp_pages, watermark_preview
from tests.documents import samples
from tests.documents.pdftools import pdftotext, qpdf_check, readable


def test_every_page_carries_name_a_number_receipt_and_page_x_of_n():
    header = StampHeader(samples.ARABIC_NAME, "A012-345-678", "IOE0912345678")
    pdf = stamp_pages(samples.pdf_bytes(3), header)
    for page in range(1, 4):
        first_lines = pdftotext(pdf, "-f", str(page), "-l", str(page))
        assert f"page {page} of 3" in first_lines
        assert "A-Number A012-345-678" in first_lines and "Receipt IOE0912345678" in first_lines
    assert samples.ARABIC_NAME in readable(pdf)
    assert "Attached page 2" in readable(pdf)  # the original content is still there
    qpdf_check(pdf)


def test_rotated_and_landscape_pages_get_the_header_at_their_visible_top():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(samples.pdf_bytes(1))))
    writer.pages[0].rotate(90)
    buffer = io.BytesIO()
    writer.write(buffer)
    pdf = stamp_pages(buffer.getvalue(), StampHeader("Khai"))
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert page.get("/Rotate", 0) == 0
    assert float(page.cropbox.width) > float(page.cropbox.height)  # landscape as seen
    assert "page 1 of 1" in pdftotext(pdf)
    qpdf_check(pdf)


def test_stamp_header_comes_from_the_case():
    header = stamp_header(Case.from_answers(samples.complete_answers()))
    assert header == StampHeader("Nguyễn Thị Minh Khai", "A012-345-678", "IOE0912345678")


def test_preview_watermark_on_every_page():
    pdf = watermark_preview(samples.pdf_bytes(2))
    for page in PdfReader(io.BytesIO(pdf)).pages:  # diagonal text: read in drawing order
        assert "PREVIEW — NOT SIGNED" in page.extract_text()
    qpdf_check(pdf)


def test_whole_packet_preview_and_stamped():
    case = Case.from_answers(samples.complete_answers())
    attachments = [
        AttachmentInput("notice.pdf", samples.pdf_bytes(2), "received_from_uscis", "Notice"),
        AttachmentInput("photo.jpg", samples.jpeg_bytes(), "other", "Envelope"),
    ]
    pdf = render_case_pdf(case, attachments, RenderOptions(preview=True, stamp=True))
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    last = pdftotext(pdf, "-f", str(pages), "-l", str(pages))
    assert f"page {pages} of {pages}" in last
    assert "PREVIEW — NOT SIGNED" in PdfReader(io.BytesIO(pdf)).pages[-1].extract_text()
    content = readable(pdf)
    assert "Supporting documentation — index" in content and "Attached page 2" in content
    qpdf_check(pdf)


def test_rendering_writes_no_file_anywhere(tmp_path, monkeypatch):
    """No plaintext temp files: the whole packet is made in memory."""
    import os
    import tempfile

    monkeypatch.chdir(tmp_path)
    before = {p for p in tmp_path.rglob("*")}
    case = Case.from_answers(samples.complete_answers())
    attachments = [
        AttachmentInput("notice.pdf", samples.pdf_bytes(2, password="pw"), password="pw"),
        AttachmentInput("photo.heic", samples.image_bytes("HEIF")),
        AttachmentInput("fax.tiff", samples.tiff_pages(2)),
    ]
    render_case_pdf(case, attachments, RenderOptions(preview=True, stamp=True))
    assert {p for p in tmp_path.rglob("*")} == before
    assert os.listdir(tempfile.gettempdir()) == []
