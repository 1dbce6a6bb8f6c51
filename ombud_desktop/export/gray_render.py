"""A PDF page rendered by PDFium in gray onto a bitmap Python owns: the fax's one way
of drawing a page (pages that are not photos whole; photo pages over their photo).

Text and lines are drawn without smoothing, each pixel black or white as a fax prints
it. Smoothed, their edges were gray: a page of print at 204 dpi is 6-8% mid gray, which
made every full page of text look like a photo (class_f.mid_tone_share) and screened
its letters into dots; and a screen breaks thin gray strokes. Images are still smoothed
when drawn smaller (a photo's tones, a scan's strokes kept as gray, not dropped)."""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image


def render_gray(
    page: pdfium.PdfPage, width: int, rows: int, pixels: bytearray | None = None
) -> Image.Image:
    """`page` drawn over the `width` x `rows` gray bitmap `pixels` (white paper when
    None), filling the bitmap, as an image sharing that memory (Pillow uses the buffer as
    it is, no copy)."""
    if pixels is None:
        pixels = bytearray(b"\xff") * (width * rows)
    bitmap = pdfium.PdfBitmap.new_native(
        width,
        rows,
        pdfium_c.FPDFBitmap_Gray,
        buffer=(ctypes.c_ubyte * len(pixels)).from_buffer(pixels),
        stride=width,
    )
    flags = (
        pdfium_c.FPDF_ANNOT
        | pdfium_c.FPDF_GRAYSCALE
        | pdfium_c.FPDF_RENDER_NO_SMOOTHTEXT
        | pdfium_c.FPDF_RENDER_NO_SMOOTHPATH
    )
    pdfium_c.FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, rows, 0, flags)
    bitmap.close()
    return Image.frombuffer("L", (width, rows), pixels, "raw", "L", 0, 1)
