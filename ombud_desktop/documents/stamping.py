"""Page stamping (fax and mail packets) and the preview watermark, over finished PDFs."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from ombud_desktop.documents import text
from ombud_desktop.documents.overlays import overlay_pages, overlay_pages_and_layer
from ombud_desktop.documents.pdfcanvas import INCH

STRIP = 0.42 * INCH  # height freed at the top of each page for the header
PREVIEW_MARK = "PREVIEW — NOT SIGNED"


@dataclass(frozen=True)
class StampHeader:
    """What identifies the case on every page (empty parts are left out)."""

    subject_name: str
    a_number: str = ""
    receipt_number: str = ""

    def line(self, page: int, total: int) -> str:
        parts = [self.subject_name]
        if self.a_number:
            parts.append(f"A-Number {self.a_number}")
        if self.receipt_number:
            parts.append(f"Receipt {self.receipt_number}")
        parts.append(f"page {page} of {total}")
        return "  ·  ".join(part for part in parts if part)


def stamp_pages(pdf: bytes, header: StampHeader) -> bytes:
    """Every page of `pdf` shrunk slightly, with the header and "page X of N" above it."""
    return stamp_pages_and_layer(pdf, header)[0]


def stamp_pages_and_layer(pdf: bytes, header: StampHeader) -> tuple[bytes, bytes]:
    """stamp_pages, and the stamps alone as a PDF, page for page (overlay_pages_and_layer)."""

    def draw(canvas: Canvas, width: float, height: float, number: int, total: int) -> None:
        size, margin = 8.5, 0.4 * INCH
        y = height - 0.22 * INCH - size
        for shown in text.wrap(header.line(number, total), width - 2 * margin, size)[:2]:
            text.draw(canvas, margin, y, shown, size)
            y -= size + 2
        canvas.setLineWidth(0.4)
        canvas.line(margin, height - STRIP + 3, width - margin, height - STRIP + 3)

    return overlay_pages_and_layer(pdf, draw, free_top=STRIP)


def watermark_preview(pdf: bytes) -> bytes:
    """Every page marked diagonally "PREVIEW — NOT SIGNED" (the copy to check, not send)."""

    def draw(canvas: Canvas, width: float, height: float, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFillColor(Color(0.75, 0.1, 0.1, alpha=0.22))
        canvas.translate(width / 2, height / 2)
        canvas.rotate(50)
        size = min(width, height) / 9
        text.draw(
            canvas,
            -text.width(PREVIEW_MARK, size, True) / 2,
            -size / 3,
            PREVIEW_MARK,
            size,
            bold=True,
        )
        canvas.restoreState()

    return overlay_pages(pdf, draw)
