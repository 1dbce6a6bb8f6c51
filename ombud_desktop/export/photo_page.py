"""A fax page that is one JPEG photo (as the app makes of each photo attached, or a
scanner of each sheet) drawn by decoding the photo at the size it is shown.

PDFium decodes a page's JPEG whole and in colour before it scales it down to the fax
grid: three quarters of the time of a photo page, and more the bigger the photo (a 12 MP
phone picture costs it about 80 ms). libjpeg (through Pillow) decodes just the
brightness, already reduced by a power of two (DCT scaling) to no less than the size the
photo takes on the page; a photographed page of text then has its paper made white
(export/paper.py), and what else the page draws (its stamps) is rendered by PDFium over
it. Only a page PDFium would draw the same way takes this path: the photo is
its first object, placed upright or turned a quarter, unclipped, opaque, a plain 8-bit
gray or RGB JPEG with no mask or decode array (PDFium does not tell those: the page's
images are looked at through pypdf, `images_plain`). Anything else, or a photo Pillow
cannot decode, is rendered by PDFium as usual.
"""

from __future__ import annotations

import ctypes
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import cast

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image
from pypdf import PageObject
from pypdf.errors import PyPdfError
from pypdf.generic import DictionaryObject, PdfObject

from ombud_desktop.documents.image_pages import MAX_DECODED_PIXELS
from ombud_desktop.export.gray_render import render_gray
from ombud_desktop.export.page_colour import has_colour
from ombud_desktop.export.paper import flatten_text_photo

_DCT = b"DCTDecode"
_PLAIN_SPACES = {pdfium_c.FPDF_COLORSPACE_DEVICEGRAY, pdfium_c.FPDF_COLORSPACE_DEVICERGB}
_NOT_PLAIN = ("/SMask", "/Mask", "/Decode", "/ImageMask", "/SMaskInData")
_UNREADABLE_HERE = (PyPdfError, AttributeError, TypeError, ValueError)
_FORM_DEPTH = 4  # forms in forms looked into for a scan, this deep (the page is 1)
# what Pillow raises for a JPEG it cannot decode: the page is left to PDFium
_UNDECODABLE = (OSError, SyntaxError, ValueError, Image.DecompressionBombError)
_COLOUR_CHECK_SCALE = 8  # the colour check decodes the photo at an eighth of its size
_T = Image.Transpose
# (rows run down the page, mirrored across, mirrored down) -> one Pillow transpose:
# turns and mirrors done in one pass over the pixels, not two
_TURNS: dict[tuple[bool, bool, bool], Image.Transpose | None] = {
    (False, False, False): None,
    (False, True, False): _T.FLIP_LEFT_RIGHT,
    (False, False, True): _T.FLIP_TOP_BOTTOM,
    (False, True, True): _T.ROTATE_180,
    (True, False, False): _T.TRANSPOSE,
    (True, True, False): _T.ROTATE_270,
    (True, False, True): _T.ROTATE_90,
    (True, True, True): _T.TRANSVERSE,
}


@dataclass(frozen=True)
class _Placement:
    """Where the photo lands on the bitmap: its box, and how its pixels are turned."""

    left: int
    top: int
    width: int
    height: int
    swap: bool  # the photo's rows run down the page (turned a quarter)
    turn: Image.Transpose | None  # how the stored photo is turned or mirrored onto the page


@dataclass(frozen=True)
class DrawnPage:
    """The page drawn in gray on the fax grid, and whether the fax PDF shows this drawing
    in place of the page."""

    gray: Image.Image
    as_image: bool  # it has colour (the fax is gray), or its paper was made white
    text: bool = False  # a photographed page of text, its paper made white (paper.py)
    # the fax halftones it (True), thresholds it (False), or its gray levels tell (None)
    screen: bool | None = None
    light_print: bool = False  # drawn unsmoothed: thin light strokes are print (class_f)


def draw_photo_page(
    page: pdfium.PdfPage, width: int, rows: int, images_plain: Callable[[], bool]
) -> DrawnPage | None:
    """The page on a `width` x `rows` gray bitmap with its photo decoded by Pillow, or
    None when the page is not a plain photo page (`images_plain()`: whether the page's
    images have no mask or decode array, asked only of a page that may be one). The
    photo object is taken off `page` (so PDFium draws only the rest): the caller renders
    from a document of its own."""
    photo = _first_photo(page)
    if photo is None or not images_plain():
        return None
    placement = _placement(page, photo, width, rows)
    if placement is None:
        return None
    data = _photo_data(photo)
    shown = _decode(data, placement)
    if shown is None:
        return None
    flattened = flatten_text_photo(shown)
    if flattened is not None:
        shown = flattened
    # a text photo goes into the fax PDF as drawn, colour or not: only a photo kept as it
    # is needs the colour check (a second decode of the whole JPEG)
    try:
        as_image = flattened is not None or _has_colour(data)
    except _UNDECODABLE:  # as in _decode: PDFium draws the page
        return None
    pixels = bytearray(b"\xff") * (width * rows)  # white; memory Python owns, PDFium draws on
    photo_rows, across = memoryview(shown.tobytes()), shown.width
    at = placement.top * width + placement.left
    for start in range(0, len(photo_rows), across):
        pixels[at : at + across] = photo_rows[start : start + across]
        at += width
    pdfium_c.FPDFPage_RemoveObject(page, photo)
    pdfium_c.FPDFPageObj_Destroy(photo)
    gray = render_gray(page, width, rows, pixels)
    return DrawnPage(gray, as_image, text=flattened is not None)


def _first_photo(page: pdfium.PdfPage) -> pdfium_c.FPDF_PAGEOBJECT | None:
    if pdfium_c.FPDFPage_CountObjects(page) < 1:
        return None
    first = pdfium_c.FPDFPage_GetObject(page, 0)
    if pdfium_c.FPDFPageObj_GetType(first) != pdfium_c.FPDF_PAGEOBJ_IMAGE:
        return None
    if pdfium_c.FPDFImageObj_GetImageFilterCount(first) != 1 or _filter(first) != _DCT:
        return None
    meta = pdfium_c.FPDF_IMAGEOBJ_METADATA()
    if not pdfium_c.FPDFImageObj_GetImageMetadata(first, page, meta):
        return None
    if meta.colorspace not in _PLAIN_SPACES or meta.bits_per_pixel not in (8, 24):
        return None
    if meta.width * meta.height > MAX_DECODED_PIXELS:
        return None
    if pdfium_c.FPDFPageObj_HasTransparency(first):  # blended, or drawn see-through
        return None
    clip = pdfium_c.FPDFPageObj_GetClipPath(first)
    if clip and pdfium_c.FPDFClipPath_CountPaths(clip) > 0:
        return None
    return first


def images_plain(page: PageObject) -> bool:
    """Whether every image the page draws directly is drawn as its samples say: no soft
    mask, mask or decode array (which change what shows, and PDFium does not report)."""
    try:
        return not any(key in image for image in _images(page) for key in _NOT_PLAIN)
    except _UNREADABLE_HERE:
        return False  # unreadable here: PDFium draws it, as it would have anyway


def draws_images(page: PageObject) -> bool:
    """Whether the page draws an image (a scan, a photo), itself or in its forms."""
    try:
        return _holds_image(page.get("/Resources"), _FORM_DEPTH)
    except _UNREADABLE_HERE:
        return True  # may: drawn to see


def _holds_image(resources: PdfObject | None, depth: int) -> bool:
    for xobject in _xobjects(resources):
        subtype = xobject.get("/Subtype")
        if subtype == "/Image":
            return True
        if subtype == "/Form" and depth > 1 and _holds_image(xobject.get("/Resources"), depth - 1):
            return True
    return False


def _images(page: PageObject) -> Iterator[DictionaryObject]:
    for xobject in _xobjects(page.get("/Resources")):
        if xobject.get("/Subtype") == "/Image":
            yield xobject


def _xobjects(resources: PdfObject | None) -> Iterator[DictionaryObject]:
    held = resources.get_object() if resources is not None else None
    # a broken dictionary raises AttributeError: unreadable here (the callers' answer)
    xobjects = cast(DictionaryObject, held).get("/XObject") if held is not None else None
    if xobjects is not None:
        for reference in xobjects.get_object().values():
            yield reference.get_object()


def _filter(image: pdfium_c.FPDF_PAGEOBJECT) -> bytes:
    size = pdfium_c.FPDFImageObj_GetImageFilter(image, 0, None, 0)
    name = ctypes.create_string_buffer(size)
    pdfium_c.FPDFImageObj_GetImageFilter(image, 0, name, size)
    return name.value


def _placement(
    page: pdfium.PdfPage, photo: pdfium_c.FPDF_PAGEOBJECT, width: int, rows: int
) -> _Placement | None:
    """The photo's box on the bitmap, when the page maps onto the bitmap unturned and
    the photo is placed upright or turned a quarter (else None)."""
    on_bitmap = _page_to_bitmap(page, width, rows)
    matrix = pdfium_c.FS_MATRIX()
    if on_bitmap is None or not pdfium_c.FPDFPageObj_GetMatrix(photo, matrix):
        return None
    a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f

    def device(u: float, v: float) -> tuple[float, float]:  # image space -> bitmap
        return on_bitmap(a * u + c * v + e, b * u + d * v + f)

    # the photo's first row is the top of image space (v = 1)
    x0, y0 = device(0, 1)
    x1, y1 = device(1, 1)  # along the first row
    x2, y2 = device(0, 0)  # down the first column
    across, down = (x1 - x0, y1 - y0), (x2 - x0, y2 - y0)
    tiny = 1e-6 * max(width, rows)
    if abs(across[1]) < tiny and abs(down[0]) < tiny:
        swap, mirrored_x, mirrored_y = False, across[0] < 0, down[1] < 0
    elif abs(across[0]) < tiny and abs(down[1]) < tiny:
        swap, mirrored_x, mirrored_y = True, down[0] < 0, across[1] < 0
    else:
        return None
    xs, ys = (x0, x1, x2, x1 + x2 - x0), (y0, y1, y2, y1 + y2 - y0)
    box = round(min(xs)), round(min(ys)), round(max(xs)), round(max(ys))
    if box[0] < 0 or box[1] < 0 or box[2] > width or box[3] > rows:
        return None  # partly off the page: PDFium crops it
    if box[2] - box[0] < 1 or box[3] - box[1] < 1:
        return None
    turn = _TURNS[(swap, mirrored_x, mirrored_y)]
    return _Placement(box[0], box[1], box[2] - box[0], box[3] - box[1], swap, turn)


def _page_to_bitmap(
    page: pdfium.PdfPage, width: int, rows: int
) -> Callable[[float, float], tuple[float, float]] | None:
    """Page space -> the `width` x `rows` bitmap the page fills; None for a turned page."""
    if page.get_rotation() != 0:
        return None
    left, bottom, right, top = page.get_cropbox()
    sx, sy = width / (right - left), rows / (top - bottom)
    return lambda x, y: ((x - left) * sx, (top - y) * sy)


def largest_image_box(
    page: pdfium.PdfPage, width: int, rows: int, least_share: float = 0.5
) -> tuple[int, int, int, int] | None:
    """The box (left, top, right, bottom) on the `width` x `rows` bitmap of the biggest
    image the page draws (itself or in its forms), when it covers at least `least_share`
    of the page (a scan: the page is mostly its picture), cut to the bitmap."""
    on_bitmap = _page_to_bitmap(page, width, rows)
    if on_bitmap is None:
        return None
    best, best_area = None, least_share * width * rows
    images = page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=_FORM_DEPTH)
    for image in images:
        left, bottom, right, top = _bounds_on_page(image)
        (x0, y0), (x1, y1) = on_bitmap(left, top), on_bitmap(right, bottom)
        box = max(0, round(x0)), max(0, round(y0)), min(width, round(x1)), min(rows, round(y1))
        area = (box[2] - box[0]) * (box[3] - box[1])
        if box[2] > box[0] and box[3] > box[1] and area >= best_area:
            best, best_area = box, area
    return best


def _bounds_on_page(item: pdfium.PdfObject) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of a page object on the page: PDFium gives an object
    in a form its bounds in the form's space, so each form's placement is applied."""
    left, bottom, right, top = item.get_bounds()
    corners = [(left, bottom), (left, top), (right, bottom), (right, top)]
    form = item.container
    while form is not None:
        a, b, c, d, e, f = form.get_matrix().get()
        corners = [(a * x + c * y + e, b * x + d * y + f) for x, y in corners]
        form = form.container
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    return min(xs), min(ys), max(xs), max(ys)


def _photo_data(photo: pdfium_c.FPDF_PAGEOBJECT) -> bytes:
    """The photo's JPEG file, as the PDF stores it."""
    size = pdfium_c.FPDFImageObj_GetImageDataRaw(photo, None, 0)
    raw = ctypes.create_string_buffer(size)
    pdfium_c.FPDFImageObj_GetImageDataRaw(photo, raw, size)
    return raw.raw


def _decode(data: bytes, placement: _Placement) -> Image.Image | None:
    """The JPEG `data` in gray at its placed size and turn (None: Pillow cannot)."""
    # stored size: the placed size before the quarter turn
    want = (
        (placement.height, placement.width)
        if placement.swap
        else (placement.width, placement.height)
    )
    try:
        image = Image.open(io.BytesIO(data), formats=["JPEG"])
        if image.mode not in ("L", "RGB"):
            return None
        image.draft("L", want)
        image.load()
        gray = image if image.mode == "L" else image.convert("L")
    except _UNDECODABLE:
        return None
    if gray.size != want:
        reducing = gray.width > want[0]
        gray = gray.resize(want, Image.Resampling.BOX if reducing else Image.Resampling.BILINEAR)
    return gray if placement.turn is None else gray.transpose(placement.turn)


def _has_colour(data: bytes) -> bool:
    """Whether the JPEG `data` (decoded once already) has colour, from an eighth-size
    decode."""
    small = Image.open(io.BytesIO(data), formats=["JPEG"])
    if small.mode == "L":
        return False
    width, height = small.size
    small.draft("RGB", (width // _COLOUR_CHECK_SCALE, height // _COLOUR_CHECK_SCALE))
    small.load()
    return has_colour(small)
