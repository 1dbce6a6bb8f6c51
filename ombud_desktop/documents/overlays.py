"""Drawing something on top of every page of an existing PDF (header stamps, watermarks)."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.generic import ArrayObject, ContentStream, IndirectObject, NameObject
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


def _content_refs(page: PageObject) -> list[int]:
    contents = page.get("/Contents")
    parts = contents.get_object() if isinstance(contents, IndirectObject) else contents
    refs = [contents] if isinstance(contents, IndirectObject) else []
    if isinstance(parts, ArrayObject):
        refs += [part for part in parts if isinstance(part, IndirectObject)]
    return [ref.idnum for ref in refs]


def _unshare_contents(writer: PdfWriter) -> None:
    """Give each page whose content stream (or part of it) other pages share a copy of
    its own: pypdf rewrites a page's content object in place, so a stamp drawn on one
    sharer would land on all of them ("page 9 of 9; 7; 6 ..." on every page)."""
    uses = Counter(ref for page in writer.pages for ref in set(_content_refs(page)))
    for page in writer.pages:
        contents = page.get_contents()
        if contents is None or not any(uses[ref] > 1 for ref in _content_refs(page)):
            continue
        own = ContentStream(None, writer)
        own.set_data(contents.get_data())
        # pypdf has no public call to add a new indirect object to a writer.
        page[NameObject("/Contents")] = writer._add_object(own.flate_encode())


def overlay_pages(pdf: bytes, draw: PageDrawer, free_top: float = 0.0) -> bytes:
    """`pdf` with `draw` painted over each page as the reader sees it (rotation applied).

    free_top > 0 first shrinks each page's content towards the bottom centre so a strip
    that high at the top is empty: whatever is drawn there covers nothing.
    """
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    _unshare_contents(writer)
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
