"""A PDF page drawing one JPEG, built as pypdf objects: the JPEG's bytes are the image
stream as they are (DCTDecode), nothing decoded or re-coded, and no PDF is written and
parsed back to get the page."""

from __future__ import annotations

from pypdf import PageObject, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
)

_COLOUR_SPACES = {1: "/DeviceGray", 3: "/DeviceRGB", 4: "/DeviceCMYK"}


def add_jpeg_page(
    writer: PdfWriter,
    jpeg: bytes,
    pixels: tuple[int, int],
    bands: int,
    page_size: tuple[float, float],
    placement: str,
) -> PageObject:
    """A new last page of `writer`, `page_size` points, showing the JPEG (`pixels` wide
    and high, `bands` colour bands) through `placement`: the operators that map the
    image's unit square onto the page (e.g. "612 0 0 792 0 0 cm")."""
    image = StreamObject()  # its data is written as given: already DCT-coded
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(pixels[0]),
            NameObject("/Height"): NumberObject(pixels[1]),
            NameObject("/ColorSpace"): NameObject(_COLOUR_SPACES[bands]),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/Filter"): NameObject("/DCTDecode"),
        }
    )
    if bands == 4:  # Adobe's inverted CMYK, as reportlab writes it
        image[NameObject("/Decode")] = ArrayObject([NumberObject(v) for v in (1, 0) * 4])
    image.set_data(jpeg)
    page = writer.add_blank_page(*page_size)
    # pypdf has no public call to add a new indirect object to a writer.
    xobjects = DictionaryObject({NameObject("/Im0"): writer._add_object(image)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): xobjects})
    drawing = ContentStream(None, writer)
    drawing.set_data(f"q {placement} /Im0 Do Q".encode("ascii"))
    page.replace_contents(drawing)
    return page
