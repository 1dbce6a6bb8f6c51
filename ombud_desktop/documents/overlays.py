"""Drawing something on top of every page of an existing PDF (header stamps, watermarks)."""

from __future__ import annotations

import io
from collections.abc import Callable

from pypdf import PdfReader, PdfWriter, Transformation
from reportlab.pdfgen.canvas import Canvas

from ombud_desktop.documents.pdf_input import to_bytes
from ombud_desktop.documents.pdfcanvas import new_canvas

# draw(canvas, page width, page height, page number, page count)
PageDrawer = Callable[[Canvas, float, float, int, int], None]


def _overlay(width: float, height: float, draw: PageDrawer, number: int, total: int) -> PdfReader:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, title="overlay", pagesize=(width, height))
    draw(canvas, width, height, number, total)
    canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue()))


def overlay_pages(pdf: bytes, draw: PageDrawer, free_top: float = 0.0) -> bytes:
    """`pdf` with `draw` painted over each page as the reader sees it (rotation applied).

    free_top > 0 first shrinks each page's content towards the bottom centre so a strip
    that high at the top is empty: whatever is drawn there covers nothing.
    """
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    total = len(writer.pages)
    for number, page in enumerate(writer.pages, 1):
        page.transfer_rotation_to_content()
        box = page.cropbox
        left, bottom = float(box.left), float(box.bottom)
        width, height = float(box.width), float(box.height)
        if free_top:
            scale = (height - free_top) / height
            page.add_transformation(
                Transformation()
                .translate(-left - width / 2, -bottom)
                .scale(scale, scale)
                .translate(left + width / 2, bottom)
            )
        overlay = _overlay(width, height, draw, number, total).pages[0]
        page.merge_transformed_page(overlay, Transformation().translate(left, bottom))
    return to_bytes(writer)
