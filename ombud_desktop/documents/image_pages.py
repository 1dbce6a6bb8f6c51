"""Images as PDF pages: JPEG passed through (its scan data byte for byte, its metadata
removed), everything else decoded once.

Each image is fitted to a US Letter page (portrait or landscape, whichever suits it)
inside half-inch margins, upright according to its EXIF orientation.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from PIL import Image, ImageSequence, UnidentifiedImageError
from pypdf import PdfWriter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ombud_desktop import library_noise
from ombud_desktop.documents import pixels
from ombud_desktop.documents.errors import AttachmentError
from ombud_desktop.documents.image_pdf_page import add_jpeg_page
from ombud_desktop.documents.jpeg_strip import jpeg_complete, strip_jpeg_metadata
from ombud_desktop.documents.pdf_input import to_bytes
from ombud_desktop.documents.pdfcanvas import INCH, LETTER, new_canvas
from ombud_desktop.filetypes import detect
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

library_noise.quiet()
# What Pillow and its plugins (AVIF, HEIF, JPEG 2000 decoders) raise on a damaged file.
_DECODE_ERRORS = (
    UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, RuntimeError,
    IndexError, KeyError, TypeError, ZeroDivisionError, struct.error,
)  # fmt: skip
MARGIN = 0.5 * INCH
# Decoding cost guards (decompression bombs). A JPEG is never fully decoded, so it may
# be larger (Pillow itself refuses more than ~179 MP). Everything else is decoded in memory.
MAX_JPEG_PIXELS = 170_000_000
MAX_DECODED_PIXELS = 100_000_000
MAX_FRAMES = 500
# PDF transform (a b c d e f) mapping the stored image's unit square onto the upright
# one, for each EXIF orientation 1-8 (5-8 swap width and height).
_ORIENTATION = {
    1: (1, 0, 0, 1, 0, 0),
    2: (-1, 0, 0, 1, 1, 0),
    3: (-1, 0, 0, -1, 1, 1),
    4: (1, 0, 0, -1, 0, 1),
    5: (0, -1, -1, 0, 1, 1),
    6: (0, -1, 1, 0, 0, 1),
    7: (0, 1, 1, 0, 0, 0),
    8: (0, 1, -1, 0, 1, 0),
}
_FORMATS = {
    "jpeg": "JPEG",
    "png": "PNG",
    "gif": "GIF",
    "bmp": "BMP",
    "tiff": "TIFF",
    "webp": "WEBP",
    "heic": "HEIF",
    "avif": "AVIF",
    "jpeg2000": "JPEG2000",
    "pnm": "PPM",
    "psd": "PSD",
    "qoi": "QOI",
}
_PAGES_TITLE = "Supporting document"  # never the file's name: a name can be private
# Lossy photo formats: their pages carry a JPEG copy (a fraction of lossless pixels' size).
_PHOTO_KINDS = ("heic", "webp", "avif", "jpeg2000")


def _heif_ready() -> None:
    from pillow_heif import register_heif_opener

    register_heif_opener()


def _open(filename: str, data: bytes | BinaryIO, kind: str, limit: int) -> Image.Image:
    """The image's header read (`data` may be an open file: its pixels are read later,
    as they are decoded), refused when it has more than `limit` pixels."""
    if kind == "heic":
        _heif_ready()
    try:
        source = io.BytesIO(data) if isinstance(data, bytes) else data
        image = Image.open(source, formats=[_FORMATS[kind]])
    except _DECODE_ERRORS as err:
        raise _unreadable(filename, kind) from err
    except Image.DecompressionBombError as err:
        raise _too_big(filename, 0, 0) from err
    width, height = image.size
    if width * height > limit:
        raise _too_big(filename, width, height)
    return image


def open_any_image(data: bytes) -> Image.Image | None:
    """The image of any kind the pages accept (not yet decoded), within the same size
    limits; None when the bytes are no such image or it cannot be opened."""
    kind = detect(data[:2048])
    if kind not in _FORMATS:
        return None
    try:
        return _open("image", data, kind, MAX_JPEG_PIXELS if kind == "jpeg" else MAX_DECODED_PIXELS)
    except AttachmentError:
        return None


def _unreadable(filename: str, kind: str) -> AttachmentError:
    return AttachmentError(
        filename,
        QT_TRANSLATE_NOOP(
            "errors",
            "the {kind} image is damaged or incomplete and cannot be read. Open it in an "
            "image viewer to check it, or take the photo or scan again.",
        ),
        kind={"jpeg2000": "JPEG 2000", "pnm": "PBM/PGM/PPM"}.get(kind, kind.upper()),
    )


def _too_big(filename: str, width: int, height: int) -> AttachmentError:
    if not width:
        return AttachmentError(
            filename,
            QT_TRANSLATE_NOOP(
                "errors",
                "the image is too large to place on a page safely. Save a smaller copy "
                "(for example 4000 pixels on the long side) and attach that.",
            ),
        )
    return AttachmentError(
        filename,
        QT_TRANSLATE_NOOP(
            "errors",
            "the image is too large to place on a page safely ({width} x {height} pixels). "
            "Save a smaller copy (for example 4000 pixels on the long side) and attach that.",
        ),
        width=f"{width:,}",
        height=f"{height:,}",
    )


def _page_for(width: float, height: float) -> tuple[float, float]:
    portrait_w, portrait_h = LETTER
    return (portrait_h, portrait_w) if width > height else (portrait_w, portrait_h)


def _orientation(image: Image.Image) -> int:
    """The EXIF orientation 1-8 (anything else, as damaged files have, counts as 1)."""
    value = image.getexif().get(0x0112, 1)
    return value if isinstance(value, int) and value in _ORIENTATION else 1


def _fit(width: int, height: int, orientation: int) -> tuple[float, float, float]:
    """(page width, page height, points per pixel) of the image fitted in the margins."""
    upright_w, upright_h = (height, width) if orientation >= 5 else (width, height)
    page_w, page_h = _page_for(upright_w, upright_h)
    # Never blow a small image up beyond 72 dpi: it would only get blurrier.
    scale = min((page_w - 2 * MARGIN) / upright_w, (page_h - 2 * MARGIN) / upright_h, 1.0)
    return page_w, page_h, scale


def _place(canvas: Canvas, source: ImageReader, width: int, height: int, orientation: int) -> None:
    """One page holding the image fitted inside the margins, centred, upright."""
    page_w, page_h, scale = _fit(width, height, orientation)
    upright_w, upright_h = (height, width) if orientation >= 5 else (width, height)
    shown_w, shown_h = upright_w * scale, upright_h * scale
    canvas.setPageSize((page_w, page_h))
    canvas.saveState()
    canvas.translate((page_w - shown_w) / 2, (page_h - shown_h) / 2)
    canvas.scale(shown_w, shown_h)
    canvas.transform(*_ORIENTATION.get(orientation, _ORIENTATION[1]))
    canvas.drawImage(source, 0, 0, 1, 1)
    canvas.restoreState()
    canvas.showPage()


def _jpeg_page(
    jpeg: Sequence[bytes | memoryview], width: int, height: int, bands: int, orientation: int
) -> PdfWriter:
    """A one-page PDF document showing the JPEG (its `jpeg` pieces, in order) as _place
    lays an image out: the JPEG is the image stream byte for byte (DCTDecode), copied
    once, and nothing else is made of it. The page is built as objects, not written
    and parsed back (a reportlab canvas copied the photo several times and named it by
    a digest of its bytes; parsing it back copied it again)."""
    page_w, page_h, scale = _fit(width, height, orientation)
    upright_w, upright_h = (height, width) if orientation >= 5 else (width, height)
    shown_w, shown_h = upright_w * scale, upright_h * scale
    placement = (
        (1, 0, 0, 1, (page_w - shown_w) / 2, (page_h - shown_h) / 2),
        (shown_w, 0, 0, shown_h, 0, 0),
        _ORIENTATION.get(orientation, _ORIENTATION[1]),
    )
    writer = PdfWriter()
    # the one copy of the photo
    add_jpeg_page(writer, b"".join(jpeg), (width, height), bands, (page_w, page_h), placement)
    return writer


def jpeg_page(filename: str, data: bytes) -> PdfWriter:
    """The JPEG as a one-page PDF document (pages for the packet; its bytes: to_bytes)."""
    image = _open(filename, data, "jpeg", MAX_JPEG_PIXELS)
    orientation = _orientation(image)  # applied by the page: the EXIF does not stay
    width, height = image.size
    bands = len(image.getbands())
    # An MPO's first picture is the page; no metadata leaves the app (GPS, serials ...).
    stripped = strip_jpeg_metadata(data)
    jpeg = list(stripped.parts)
    if not stripped.complete:
        _check_unended_jpeg(filename, io.BytesIO(stripped.data), image.size)
        jpeg.append(b"\xff\xd9")
    return _jpeg_page(jpeg, width, height, bands, orientation)


def check_jpeg(filename: str, file: BinaryIO) -> None:
    """What jpeg_page checks, read from an open file a window at a time (the attach
    check of a photo of hundreds of megabytes): AttachmentError when its page would fail."""
    image = _open(filename, file, "jpeg", MAX_JPEG_PIXELS)
    if not jpeg_complete(file):
        file.seek(0)
        _check_unended_jpeg(filename, file, image.size)


def _check_unended_jpeg(filename: str, jpeg: BinaryIO, size: tuple[int, int]) -> None:
    """No end-of-image marker: decode at 1/8 scale to tell a truncated file from one a
    decoder reads anyway (the marker is then added for strict PDF readers)."""
    width, height = size
    try:
        check = Image.open(jpeg, formats=["JPEG"])
        check.draft("RGB", (max(1, width // 8), max(1, height // 8)))
        check.load()
    except _DECODE_ERRORS as err:
        raise _unreadable(filename, "jpeg") from err


def _frames(filename: str, image: Image.Image) -> Iterator[Image.Image]:
    # Only TIFF pages are documents; GIF or WebP animation frames are not.
    frames = ImageSequence.Iterator(image) if image.format == "TIFF" else iter([image])
    for number, frame in enumerate(frames, 1):
        if number > MAX_FRAMES:
            raise AttachmentError(
                filename,
                QT_TRANSLATE_NOOP(
                    "errors", "the file has more than {count} pages. Split it into smaller files."
                ),
                count=MAX_FRAMES,
            )
        if frame.size[0] * frame.size[1] > MAX_DECODED_PIXELS:
            raise _too_big(filename, *frame.size)
        yield frame


def _printable(frame: Image.Image) -> tuple[Image.Image, int]:
    """(8-bit greyscale or RGB pixels on white, EXIF orientation) of a decoded frame, no
    finer than the page prints: 16-bit scaled, not clipped; large images reduced first."""
    orientation = _orientation(frame)
    _, _, scale = _fit(frame.size[0], frame.size[1], orientation)
    return pixels.printable(frame, pixels.reduction_factor(scale)), orientation


def _decoded_pages(canvas: Canvas, filename: str, data: bytes | BinaryIO, kind: str) -> int:
    image = _open(filename, data, kind, MAX_DECODED_PIXELS)
    pages = 0
    try:
        for frame in _frames(filename, image):
            with library_noise.libtiff_errors() as complaints:
                flat, orientation = _printable(frame)
            if complaints:  # the decoder went on past damage: the page would be wrong
                raise _unreadable(filename, kind)
            if kind in _PHOTO_KINDS and flat.mode == "RGB":
                buffer = io.BytesIO()
                flat.save(buffer, "JPEG", quality=90, comment=b"")  # not the source's
                source = ImageReader(io.BytesIO(buffer.getvalue()))
            else:
                source = ImageReader(flat)
            _place(canvas, source, flat.size[0], flat.size[1], orientation)
            pages += 1
    except AttachmentError:
        raise
    except _DECODE_ERRORS as err:
        raise _unreadable(filename, kind) from err
    return pages


def image_to_pdf(filename: str, data: bytes | BinaryIO, kind: str) -> bytes:
    """PDF bytes with one page per image (per TIFF page). `data` may be an open file
    (not a JPEG: its page is made of its bytes)."""
    if kind == "jpeg":
        assert isinstance(data, bytes), "a JPEG's page is made of its bytes"
        return to_bytes(jpeg_page(filename, data), _PAGES_TITLE)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, title=_PAGES_TITLE)
    _decoded_pages(canvas, filename, data, kind)
    canvas.save()
    return buffer.getvalue()
