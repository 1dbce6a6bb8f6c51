"""Page images for the fax: grayscale pages and a CCITT Group 4 TIFF at fax resolution.

Rendering uses pypdfium2 (PDFium in a wheel, no Qt, no system poppler), so the core stays
Qt-free and the packaged app needs nothing from the system. PDFium is not thread-safe:
only the calling thread uses it; pool threads work on Pillow images only.
"""

from __future__ import annotations

import io
import os
import struct
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageChops
from PIL.TiffImagePlugin import AppendingTiffWriter
from pypdf import PageObject, PdfReader, PdfWriter, Transformation

from ombud_desktop.export.progress import Progress

LETTER = (612.0, 792.0)  # points
FAX_DPI = (204, 196)  # CCITT "fine" resolution
FAX_WIDTH_PX = 1728  # the width every fax machine and service expects (ITU-T T.4)
GRAY_DPI = 200
_COLOR_CHECK_DPI = 50
_FRAME_WORKERS = min(os.cpu_count() or 1, 4)
_BILINEAR = Image.Resampling.BILINEAR
_SATURATION_LIMIT = 40  # 0-255: anti-aliasing noise stays below, any real colour is above


def _render(page: pdfium.PdfPage, dpi: float, gray: bool) -> Image.Image:
    if gray:
        bitmap = page.render(
            scale=dpi / 72, grayscale=True, force_bitmap_format=pdfium_c.FPDFBitmap_Gray
        )
    else:
        bitmap = page.render(scale=dpi / 72)
    return bitmap.to_pil()


def page_has_colour(page: pdfium.PdfPage) -> bool:
    return _has_colour(_render(page, _COLOR_CHECK_DPI, gray=False))


def _has_colour(image: Image.Image) -> bool:
    saturation = image.convert("HSV").getchannel("S").histogram()
    return any(saturation[_SATURATION_LIMIT + 1 :])


def _fit_on_letter(page: PageObject) -> PageObject:
    """The page scaled (never enlarged) and centred on a US Letter page."""
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    if (round(width), round(height)) == (612, 792):
        return page
    scale = min(LETTER[0] / width, LETTER[1] / height, 1.0)
    blank = PageObject.create_blank_page(width=LETTER[0], height=LETTER[1])
    left, bottom = float(page.mediabox.left), float(page.mediabox.bottom)
    offset_x = (LETTER[0] - width * scale) / 2 - left * scale
    offset_y = (LETTER[1] - height * scale) / 2 - bottom * scale
    blank.merge_transformed_page(page, Transformation().scale(scale).translate(offset_x, offset_y))
    return blank


def _image_page(image: Image.Image) -> PageObject:
    """A Letter page showing `image` (already Letter-shaped) as an 8-bit grayscale JPEG."""
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=GRAY_DPI, quality=85)
    return PdfReader(io.BytesIO(buffer.getvalue())).pages[0]


def _alone(page: PageObject) -> pdfium.PdfDocument:
    single = PdfWriter()
    single.add_page(page)
    buffer = io.BytesIO()
    single.write(buffer)
    return pdfium.PdfDocument(buffer.getvalue())


def grayscale_letter_pdf(pdf: bytes, progress: Progress) -> bytes:
    """Every page on US Letter and free of colour: colour pages become grayscale images,
    pages already black and gray stay as sharp, searchable vector pages."""
    reader = PdfReader(io.BytesIO(pdf))
    document = pdfium.PdfDocument(pdf)
    writer = PdfWriter()
    try:
        for index, page in enumerate(reader.pages):
            progress.check()
            fitted = _fit_on_letter(page)
            # render what will be printed once; a photo is decoded once, not twice
            source = document if fitted is page else _alone(fitted)
            image = _render(source[index if fitted is page else 0], GRAY_DPI, gray=False)
            if source is not document:
                source.close()
            if _has_colour(image.reduce(4)):
                fitted = _image_page(image.convert("L"))
            writer.add_page(fitted)
            progress.advance()
    finally:
        document.close()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _one_bit(image: Image.Image) -> Image.Image:
    """Photos are dithered (fax "photo mode"); text gets a hard threshold, which keeps
    letters crisp where dithering would speckle every edge."""
    histogram = image.histogram()
    mid_tones = sum(histogram[48:208]) / max(sum(histogram), 1)
    if mid_tones > 0.05:
        return image.convert("1", dither=Image.Dither.FLOYDSTEINBERG)
    return image.point(lambda value: 255 if value >= 160 else 0).convert("1")


def _fax_frame(gray: Image.Image, rows: int) -> bytes:
    """One page as a one-page Group 4 TIFF (bits inverted, see tiff_g4). Pillow releases
    the interpreter lock while it scales, thresholds and encodes, so frames are made on
    both cores while PDFium renders the next page."""
    frame = ImageChops.invert(_one_bit(gray.resize((FAX_WIDTH_PX, rows), _BILINEAR)))
    buffer = io.BytesIO()
    frame.save(buffer, format="TIFF", compression="group4", dpi=FAX_DPI, strip_size=1 << 20)
    return buffer.getvalue()


def _frames_in_order(pdf: bytes, progress: Progress) -> Iterator[bytes]:
    """Each page rendered here (PDFium is not thread-safe: this thread alone uses it) and
    made into a frame by a pool thread; a few pages at most wait in memory."""
    document = pdfium.PdfDocument(pdf)
    pending: deque[Future[bytes]] = deque()
    try:
        with ThreadPoolExecutor(_FRAME_WORKERS, thread_name_prefix="fax-frame") as pool:
            for index in range(len(document)):
                progress.check()
                page = document[index]
                rows = round(page.get_size()[1] / 72 * FAX_DPI[1])
                pending.append(pool.submit(_fax_frame, _render(page, FAX_DPI[0], True), rows))
                page.close()
                while len(pending) > 2 * _FRAME_WORKERS or (pending and pending[0].done()):
                    yield pending.popleft().result()
                    progress.advance()
            while pending:
                progress.check()
                yield pending.popleft().result()
                progress.advance()
    finally:
        for future in pending:  # cancelled or failed: drop what is queued
            future.cancel()
        document.close()


def tiff_g4(pdf: bytes, progress: Progress) -> bytes:
    """A multi-page TIFF, CCITT Group 4, one frame per page, one strip per frame, for fax
    modems and services; WhiteIsZero as TIFF Class F (RFC 2306) asks."""
    # Pillow writes WhiteIsZero itself when asked (tiffinfo={262: 0}) but then takes
    # 0.4 s per page; inverting the bits here and relabelling the tag gives the same
    # encoded bytes in 2% of the time.
    buffer = io.BytesIO()
    with AppendingTiffWriter(buffer) as tiff:  # joins one-page TIFFs, fixing offsets
        for frame in _frames_in_order(pdf, progress):
            tiff.write(frame)
            tiff.newFrame()
    return _white_is_zero(bytearray(buffer.getvalue()))


def _white_is_zero(data: bytearray) -> bytes:
    """Set PhotometricInterpretation (tag 262) to 0 in every IFD of a little-endian TIFF."""
    if data[:4] != b"II*\x00":
        raise ValueError("expected a little-endian TIFF")
    offset = struct.unpack_from("<I", data, 4)[0]
    while offset:
        (count,) = struct.unpack_from("<H", data, offset)
        for entry in range(offset + 2, offset + 2 + 12 * count, 12):
            if struct.unpack_from("<H", data, entry)[0] == 262:
                struct.pack_into("<HHIH", data, entry, 262, 3, 1, 0)  # SHORT, 1 value: 0
        offset = struct.unpack_from("<I", data, offset + 2 + 12 * count)[0]
    return bytes(data)
