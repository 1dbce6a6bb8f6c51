"""The least a fax driver does with a stamped fax, for bench_export: every page drawn by
PDFium in gray at fax resolution and coded Group 3, thresholded, on as many worker
processes as the export uses. No photo decoded at its size, no colour check, no paper
made white, no PDF image pages, no assembly: the toolkit's floor for the fax's pages."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pypdfium2 as pdfium

from ombud_desktop.export.class_f import FAX_WIDTH_PX, encode_frame, fax_rows, load_coder
from ombud_desktop.export.gray_render import render_gray
from ombud_desktop.export.raster import forked_worker_start

_document: pdfium.PdfDocument | None = None  # in a worker


def fax_pages_by_pdfium(pdf: bytes, workers: int) -> list[bytes]:
    """Each page of `pdf` as a G3 fax page, drawn and coded by `workers` processes."""
    pages = len(pdfium.PdfDocument(pdf))
    load_coder()  # as the fax does: its workers fork with Pillow's coder loaded
    with ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_open,
        initargs=(pdf,),
    ) as pool:
        return list(pool.map(_fax_page, range(pages)))


def _open(pdf: bytes) -> None:
    global _document
    forked_worker_start()
    _document = pdfium.PdfDocument(pdf)


def _fax_page(index: int) -> bytes:
    assert _document is not None, "_open runs first"
    page = _document[index]
    try:
        gray = render_gray(page, FAX_WIDTH_PX, fax_rows(page.get_height()))
    finally:
        page.close()
    return encode_frame(gray, "g3", screen=False).strip
