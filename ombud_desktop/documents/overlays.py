"""Drawing something on top of every page of an existing PDF (header stamps, watermarks)."""

from __future__ import annotations

import io
from collections.abc import Callable

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
)
from reportlab.pdfgen.canvas import Canvas

from ombud_desktop.documents.page_drawing import draw_xobjects_over
from ombud_desktop.documents.pdf_input import to_bytes
from ombud_desktop.documents.pdfcanvas import new_canvas

# draw(canvas, page width, page height, page number, page count)
PageDrawer = Callable[[Canvas, float, float, int, int], None]


def _layer(sizes: list[tuple[float, float]], draw: PageDrawer) -> bytes:
    """One PDF holding what `draw` paints for each page, page for page (one canvas for
    all pages: a canvas and a parse per page cost more than the drawing)."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, title="overlay")
    for number, (width, height) in enumerate(sizes, 1):
        canvas.setPageSize((width, height))
        draw(canvas, width, height, number, len(sizes))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def draw_over(
    writer: PdfWriter,
    page: PageObject,
    overlay: PageObject,
    at: tuple[float, float] = (0.0, 0.0),
    ctm: Transformation | None = None,
) -> None:
    """`overlay` (a page of another PDF) drawn over `page` (of `writer`) with its origin
    at `at`; the page's own drawing first goes through `ctm` when given. Nothing is
    parsed (page_drawing.py): the overlay becomes a form XObject with its own resources
    (its fonts copied into `writer` once, however many pages)."""
    draw_xobjects_over(
        writer,
        page,
        [(_form(writer, overlay), (1, 0, 0, 1, *at))],
        "/OmbudOverlay",
        ctm.ctm if ctm is not None else None,
    )


def _form(writer: PdfWriter, overlay: PageObject) -> IndirectObject:
    """The overlay page as a form XObject in `writer`."""
    form = DecodedStreamObject()
    contents = overlay.get_contents()
    form.set_data(contents.get_data() if contents is not None else b"")
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject(FloatObject(v) for v in overlay.mediabox)
    resources = overlay.get("/Resources")
    form[NameObject("/Resources")] = (
        resources.clone(writer) if resources is not None else DictionaryObject()
    )
    return writer._add_object(form.flate_encode())


def overlay_pages(pdf: bytes, draw: PageDrawer, free_top: float = 0.0) -> bytes:
    """`pdf` with `draw` painted over each page as the reader sees it (rotation applied).

    free_top > 0 first shrinks each page's content towards the bottom centre so a strip
    that high at the top is empty: whatever is drawn there covers nothing.
    """
    return overlay_pages_and_layer(pdf, draw, free_top)[0]


def overlay_pages_and_layer(
    pdf: bytes, draw: PageDrawer, free_top: float = 0.0
) -> tuple[bytes, bytes]:
    """overlay_pages, and the layer drawn over the pages alone (a PDF, page for page, each
    page's drawing at its origin), for who must paint it again (the fax's image pages)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    boxes = []
    for page in writer.pages:
        if page.rotation % 360:  # pypdf parses and rewrites the content even for 0
            page.transfer_rotation_to_content()
        box = page.cropbox
        boxes.append((float(box.left), float(box.bottom), float(box.width), float(box.height)))
    layer = _layer([(width, height) for _, _, width, height in boxes], draw)
    overlays = PdfReader(io.BytesIO(layer)).pages
    for page, overlay, (left, bottom, width, height) in zip(
        writer.pages, overlays, boxes, strict=True
    ):
        shrink = None
        if free_top:
            scale = (height - free_top) / height
            shrink = (
                Transformation()
                .translate(-left - width / 2, -bottom)
                .scale(scale, scale)
                .translate(left + width / 2, bottom)
            )
        draw_over(writer, page, overlay, (left, bottom), shrink)
    return to_bytes(writer), layer
