"""The fax's page images: each page of the stamped fax rendered once, at fax resolution;
from that one image come both the grayscale page of the fax PDF (pages with colour) and
the fax TIFF page.

Rendering uses pypdfium2 (PDFium in a wheel, no Qt, no system poppler), so the core stays
Qt-free and the packaged app needs nothing from the system. PDFium is not thread-safe:
only the calling thread uses it. Its render releases the interpreter lock (a ctypes
call), and so does Pillow while it converts, scales and encodes, so while this thread
renders the next page, pool threads make the last one gray and fax-coded: both cores work.
"""

from __future__ import annotations

import ctypes
import io
import os
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from ombud_desktop.export.class_f import FAX_WIDTH_PX, Frame, encode_frame, fax_rows
from ombud_desktop.export.progress import Progress

_COLOR_CHECK_DPI = 50
_WORKERS = min(os.cpu_count() or 1, 4)
_SATURATION_LIMIT = 40  # 0-255: anti-aliasing noise stays below, any real colour is above
_GRAY_JPEG_QUALITY = 85


def page_has_colour(page: pdfium.PdfPage) -> bool:
    return _has_colour(page.render(scale=_COLOR_CHECK_DPI / 72).to_pil())


def _has_colour(image: Image.Image) -> bool:
    saturation = image.convert("RGB").convert("HSV").getchannel("S").histogram()
    return any(saturation[_SATURATION_LIMIT + 1 :])


def _render_fax_grid(page: pdfium.PdfPage) -> Image.Image:
    """The page rendered straight onto the fax's pixel grid: FAX_WIDTH_PX across and 196
    lines an inch (so no scaling after), into memory Python owns, shared with the image
    (RGBX: Pillow uses the buffer as it is, no copy)."""
    width, rows = FAX_WIDTH_PX, fax_rows(page.get_height())
    stride = width * 4
    pixels = bytearray(stride * rows)
    bitmap = pdfium.PdfBitmap.new_native(
        width,
        rows,
        pdfium_c.FPDFBitmap_BGRx,
        rev_byteorder=True,
        buffer=(ctypes.c_ubyte * len(pixels)).from_buffer(pixels),
        stride=stride,
    )
    bitmap.fill_rect((255, 255, 255, 255), 0, 0, width, rows)
    flags = pdfium_c.FPDF_ANNOT | pdfium_c.FPDF_REVERSE_BYTE_ORDER
    pdfium_c.FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, rows, 0, flags)
    bitmap.close()
    return Image.frombuffer("RGBX", (width, rows), pixels, "raw", "RGBX", stride, 1)


@dataclass(frozen=True)
class _PageImages:
    gray_jpeg: bytes | None  # the page as a grayscale image, when it had colour
    frame: Frame | None  # the fax TIFF page, when asked for


def _page_images(image: Image.Image, coding: str | None) -> _PageImages:
    """Pool thread: Pillow work only."""
    gray = image.convert("L")
    jpeg = None
    if _has_colour(image.reduce(8)):
        buffer = io.BytesIO()
        gray.save(buffer, format="JPEG", quality=_GRAY_JPEG_QUALITY)
        jpeg = buffer.getvalue()
    return _PageImages(jpeg, encode_frame(gray, coding) if coding else None)


@dataclass(frozen=True)
class FaxImages:
    pdf: bytes  # the stamped fax, its colour pages replaced by grayscale images
    frames: list[Frame]  # the TIFF pages, in order (none unless a coding was asked for)


def fax_images(pdf: bytes, layer: bytes, progress: Progress, coding: str | None) -> FaxImages:
    """Render every page of the stamped fax `pdf` once; `layer` holds its stamps alone
    (stamping.stamp_pages_and_layer): drawn again over each grayscale image page, so
    the stamp stays text there too. `coding`: a class_f coding for the TIFF, or None."""
    document = pdfium.PdfDocument(pdf)
    stamps = pdfium.PdfDocument(layer)
    keep: list[io.BytesIO] = []  # JPEG bytes PDFium reads only when it saves
    frames: list[Frame] = []
    pending: deque[tuple[int, Future[_PageImages]]] = deque()

    def finish(index: int, future: Future[_PageImages]) -> None:
        made = future.result()
        if made.gray_jpeg is not None:
            _replace_by_image(document, index, made.gray_jpeg, stamps, keep)
        if made.frame is not None:
            frames.append(made.frame)
        progress.advance(2)  # export_case plans two units a page: made gray, made fax

    try:
        with ThreadPoolExecutor(_WORKERS, thread_name_prefix="fax-page") as pool:
            for index in range(len(document)):
                progress.check()
                page = document[index]
                image = _render_fax_grid(page)
                page.close()
                pending.append((index, pool.submit(_page_images, image, coding)))
                while len(pending) > 2 * _WORKERS or (pending and pending[0][1].done()):
                    finish(*pending.popleft())
            while pending:
                progress.check()
                finish(*pending.popleft())
        out = io.BytesIO()
        document.save(out)
    finally:
        for _, future in pending:  # cancelled or failed: drop what is queued
            future.cancel()
        stamps.close()
        document.close()
    return FaxImages(out.getvalue(), frames)


def _replace_by_image(
    document: pdfium.PdfDocument,
    index: int,
    jpeg: bytes,
    stamps: pdfium.PdfDocument,
    keep: list[io.BytesIO],
) -> None:
    """Page `index` becomes its grayscale image, with its stamp drawn over it as text."""
    old = document[index]
    width, height = old.get_size()
    old.close()
    document.del_page(index)
    page = document.new_page(width, height, index=index)
    image = pdfium.PdfImage.new(document)
    keep.append(io.BytesIO(jpeg))
    image.load_jpeg(keep[-1], inline=False, autoclose=False)
    image.set_matrix(pdfium.PdfMatrix().scale(width, height))
    page.insert_obj(image)
    stamp = stamps.page_as_xobject(index, document).as_pageobject()
    page.insert_obj(stamp)
    page.gen_content()
    page.close()
