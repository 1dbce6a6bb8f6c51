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


def _transform_contents(writer: PdfWriter, page: PageObject, ctm: Transformation) -> None:
    """The page's content drawn through `ctm`: its bytes wrapped in "q <ctm> cm ... Q".
    (pypdf's add_transformation parses every operator of the page to insert the same
    one: most of the time of stamping a long fax.)"""
    contents = page.get_contents()
    if contents is None:
        return
    matrix = " ".join(f"{value:.6f}".rstrip("0").rstrip(".") for value in ctm.ctm)
    wrapped = ContentStream(None, writer)
    wrapped.set_data(b"q %s cm\n%s\nQ\n" % (matrix.encode("ascii"), contents.get_data()))
    page.replace_contents(wrapped)


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
    _unshare_contents(writer)
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
        if free_top:
            scale = (height - free_top) / height
            _transform_contents(
                writer,
                page,
                Transformation()
                .translate(-left - width / 2, -bottom)
                .scale(scale, scale)
                .translate(left + width / 2, bottom),
            )
        page.merge_transformed_page(overlay, Transformation().translate(left, bottom))
    return to_bytes(writer), layer
