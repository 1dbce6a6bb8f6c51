"""A filled form flattened: each widget's own look painted into its own page."""

from __future__ import annotations

import pypdfium2 as pdfium
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
)

from ombud_desktop.documents.flatten import flatten_form
from ombud_desktop.documents.pdf_input import to_bytes


def _look(writer: PdfWriter, drawing: bytes) -> object:
    stream = DecodedStreamObject()
    stream.set_data(drawing)
    stream[NameObject("/Type")] = NameObject("/XObject")
    stream[NameObject("/Subtype")] = NameObject("/Form")
    stream[NameObject("/BBox")] = ArrayObject(FloatObject(v) for v in (0, 0, 100, 20))
    return writer._add_object(stream)


def _widget(writer: PdfWriter, rect: tuple[int, ...], look: object) -> object:
    widget = DictionaryObject()
    widget[NameObject("/Type")] = NameObject("/Annot")
    widget[NameObject("/Subtype")] = NameObject("/Widget")
    widget[NameObject("/Rect")] = ArrayObject(NumberObject(v) for v in rect)
    widget[NameObject("/AP")] = DictionaryObject({NameObject("/N"): look})
    return writer._add_object(widget)


def test_pages_sharing_one_resources_object_each_draw_their_own_fields() -> None:
    """Two pages, one /Resources object: the second page's field look must not take the
    first's place (a name added to the shared resources would)."""
    writer = PdfWriter()
    shared = writer._add_object(DictionaryObject())
    full = _look(writer, b"0 g 0 0 100 20 re f")  # a black bar
    left = _look(writer, b"0 g 0 0 50 20 re f")  # its left half only
    for look in (full, left):
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = shared
        page[NameObject("/Annots")] = ArrayObject([_widget(writer, (100, 700, 300, 740), look)])
    flatten_form(writer)
    document = pdfium.PdfDocument(to_bytes(writer))
    right_half = []
    for page in document:  # 72 dpi: the widget's right half is x 200-300, y 52-92 from the top
        image = page.render(scale=1).to_pil().convert("L")
        right_half.append(image.crop((210, 57, 290, 87)).getextrema())
    assert right_half[0] == (0, 0)  # page 1: its own full bar
    assert right_half[1] == (255, 255)  # page 2: its half bar, nothing on the right
    assert "/OmbudField" not in str(writer.get_object(shared.idnum))  # left untouched


def test_a_name_the_page_already_uses_is_not_taken_over() -> None:
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    mine = _look(writer, b"")
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/OmbudField"): mine})}
    )
    bar = _look(writer, b"0 g 0 0 100 20 re f")
    page[NameObject("/Annots")] = ArrayObject([_widget(writer, (100, 700, 300, 740), bar)])
    flatten_form(writer)
    xobjects = writer.pages[0]["/Resources"]["/XObject"]
    assert xobjects.raw_get("/OmbudField") == mine and len(xobjects) == 2
    image = pdfium.PdfDocument(to_bytes(writer))[0].render(scale=1).to_pil().convert("L")
    assert image.crop((110, 57, 290, 87)).getextrema() == (0, 0)
