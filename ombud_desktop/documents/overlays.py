"""Drawing something on top of every page of an existing PDF (header stamps, watermarks)."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

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
    at `at`; the page's own drawing first goes through `ctm` when given.

    Nothing is parsed (pypdf's merge_page parses every operator of both pages, most of
    the time of stamping a long fax): the page's content streams stay as they are,
    shared or not, between two small new ones, and the overlay becomes a form XObject
    with its own resources (its fonts copied into `writer` once, however many pages)."""
    xobjects = _own_xobjects(page)
    name = _free_name(xobjects, "/OmbudOverlay")
    xobjects[name] = _form(writer, overlay)
    before = b"q\n" if ctm is None else b"q %s cm\n" % _numbers(ctm.ctm)
    after = b"\nQ\nq 1 0 0 1 %s cm %s Do Q\n" % (_numbers(at), name.encode("ascii"))
    streams = [_stream(writer, before), *_content_streams(page), _stream(writer, after)]
    page[NameObject("/Contents")] = ArrayObject(streams)


def _numbers(values: Sequence[float]) -> bytes:
    return " ".join(f"{value:.6f}".rstrip("0").rstrip(".") for value in values).encode("ascii")


def _stream(writer: PdfWriter, data: bytes) -> IndirectObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    # pypdf has no public call to add a new indirect object to a writer.
    return writer._add_object(stream)


def _content_streams(page: PageObject) -> list[IndirectObject]:
    """The page's content streams, as references (the spec's content is one stream or an
    array of them; a split between streams falls between tokens)."""
    contents = page.get("/Contents")
    if contents is None:
        return []
    parts = contents.get_object()
    if isinstance(parts, ArrayObject):
        return [part for part in parts if isinstance(part, IndirectObject)]
    return [contents] if isinstance(contents, IndirectObject) else []


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


def _own_xobjects(page: PageObject) -> DictionaryObject:
    """The page's /XObject resources, in dictionaries of its own: a resources object
    other pages share (or one inherited) is copied first, so a name added here reaches
    no other page."""
    resources, node = page.get("/Resources"), page.get("/Parent")
    while resources is None and node is not None:  # inherited from the page tree
        node = node.get_object()
        resources, node = node.get("/Resources"), node.get("/Parent")
    own = DictionaryObject(resources.get_object()) if resources is not None else DictionaryObject()
    xobjects = own.get("/XObject")
    own_xobjects = DictionaryObject(xobjects.get_object() if xobjects is not None else {})
    own[NameObject("/XObject")] = own_xobjects
    page[NameObject("/Resources")] = own
    return own_xobjects


def _free_name(names: DictionaryObject, stem: str) -> NameObject:
    name, number = stem, 0
    while name in names:
        number += 1
        name = f"{stem}{number}"
    return NameObject(name)


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
