"""A PDF page drawing one image, built as pypdf objects: the image's coded bytes (a JPEG,
DCTDecode; a fax page, CCITTFaxDecode) are its stream as they are, nothing decoded or
re-coded, and no PDF is written and parsed back to get the page."""

from __future__ import annotations

from collections.abc import Sequence

from pypdf import PageObject, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ContentStream,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
)

from ombud_desktop.documents.page_drawing import pdf_numbers

Placement = Sequence[Sequence[float]]  # matrices (a, b, c, d, e, f), the first outermost
_COLOUR_SPACES = {1: "/DeviceGray", 3: "/DeviceRGB", 4: "/DeviceCMYK"}


def add_jpeg_page(
    writer: PdfWriter,
    jpeg: bytes,
    pixels: tuple[int, int],
    bands: int,
    page_size: tuple[float, float],
    placement: Placement,
) -> PageObject:
    """A new last page of `writer`, `page_size` points, showing the JPEG (`pixels` wide
    and high, `bands` colour bands) through `placement`: the matrices (a, b, c, d, e, f),
    applied in turn, that map the image's unit square onto the page (e.g. [(612, 0, 0,
    792, 0, 0)])."""
    image = _image(jpeg, pixels, _COLOUR_SPACES[bands], 8, "/DCTDecode")
    if bands == 4:  # Adobe's inverted CMYK, as reportlab writes it
        image[NameObject("/Decode")] = ArrayObject([NumberObject(v) for v in (1, 0) * 4])
    return _add_image_page(writer, image, page_size, placement)


def add_fax_coded_page(
    writer: PdfWriter,
    coded: bytes,
    pixels: tuple[int, int],
    k: int,
    page_size: tuple[float, float],
    placement: Placement,
) -> PageObject:
    """As add_jpeg_page, for a one-bit image in fax coding (CCITTFaxDecode): `k` is the
    filter's K, -1 for Group 4, 0 for Group 3 1-D, > 0 for Group 3 2-D (whose lines are
    each led by an end-of-line code, zero fill bits allowed before it, as TIFF Class F
    writes them). White runs show white (BlackIs1 false)."""
    parameters = DictionaryObject(
        {
            NameObject("/K"): NumberObject(k),
            NameObject("/Columns"): NumberObject(pixels[0]),
            NameObject("/Rows"): NumberObject(pixels[1]),
        }
    )
    if k >= 0:  # Group 3: an EOL before each line, and no end-of-block code after the last
        parameters[NameObject("/EndOfLine")] = BooleanObject(True)
        parameters[NameObject("/EndOfBlock")] = BooleanObject(False)
    image = _image(coded, pixels, "/DeviceGray", 1, "/CCITTFaxDecode")
    image[NameObject("/DecodeParms")] = parameters
    return _add_image_page(writer, image, page_size, placement)


def _image(
    coded: bytes, pixels: tuple[int, int], colour_space: str, bits: int, codec: str
) -> StreamObject:
    image = StreamObject()  # its data is written as given: already coded
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(pixels[0]),
            NameObject("/Height"): NumberObject(pixels[1]),
            NameObject("/ColorSpace"): NameObject(colour_space),
            NameObject("/BitsPerComponent"): NumberObject(bits),
            NameObject("/Filter"): NameObject(codec),
        }
    )
    image.set_data(coded)
    return image


def _add_image_page(
    writer: PdfWriter, image: StreamObject, page_size: tuple[float, float], placement: Placement
) -> PageObject:
    page = writer.add_blank_page(*page_size)
    # pypdf has no public call to add a new indirect object to a writer.
    xobjects = DictionaryObject({NameObject("/Im0"): writer._add_object(image)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): xobjects})
    drawing = ContentStream(None, writer)
    matrices = b"".join(pdf_numbers(matrix) + b" cm " for matrix in placement)
    drawing.set_data(b"q " + matrices + b"/Im0 Do Q")
    page.replace_contents(drawing)
    return page
