"""The fax's page images: each page of the stamped fax rendered once, at fax resolution;
from that one image come both the page of the fax PDF, where it is shown as an image (a
page with colour as a gray JPEG; photographed or scanned text, its paper made white,
as the fax page itself, one bit a pixel: the PDF shows what the fax carries) and the
fax TIFF page. A page that is one JPEG photo (each photo attached, most scans) has its
photo decoded by Pillow at the size shown (export/photo_page.py), the rest by PDFium.
A page that is mostly one picture in another coding (a scan attached as PNG or TIFF, a
scanner's Flate page) has its paper made white too, when it is of text (paper.py).

Rendering uses pypdfium2 (PDFium in a wheel, no Qt, no system poppler), so the core stays
Qt-free and the packaged app needs nothing from the system. PDFium is not thread-safe
and renders one page at a time in a process, and Pillow's encoders (JPEG, the fax
coding) keep the interpreter lock while they write to memory: so a fax of many pages is
made by worker processes on Linux, one per core, forked with the stamped PDF (results
come back through pipes: nothing on disk), each rendering and coding its share of the
pages. Elsewhere, where a process may not start others (a daemonic one) or when the fax
is short, this process draws the pages while a thread pool codes them.
"""

from __future__ import annotations

import ctypes
import gc
import io
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import Image
from pypdf import PageObject, PdfReader, PdfWriter

from ombud_desktop.documents.image_pdf_page import add_fax_coded_page, add_jpeg_page
from ombud_desktop.documents.overlays import draw_over
from ombud_desktop.documents.pdf_input import to_bytes
from ombud_desktop.export.class_f import (
    FAX_WIDTH_PX,
    PDF_K,
    Frame,
    encode_frame,
    fax_rows,
    load_coder,
    wants_screen,
)
from ombud_desktop.export.gray_render import render_gray
from ombud_desktop.export.page_colour import has_colour
from ombud_desktop.export.paper import flatten_text_photo
from ombud_desktop.export.photo_page import (
    DrawnPage,
    draw_photo_page,
    draws_images,
    images_plain,
    largest_image_box,
)
from ombud_desktop.export.progress import Progress

_COLOR_CHECK_DPI = 50
_WORKERS = min(os.cpu_count() or 1, 4)
# Forking the workers costs about as much as a page; tidying up after them, a few more.
_MIN_PAGES_FOR_PROCESSES = 8
_PR_SET_PDEATHSIG = 1  # prctl(2): a signal for this process when its parent dies
_GRAY_JPEG_QUALITY = 85
# a photographed letter in a fax PDF with no TIFF: the smallest coding (a tenth of G3's)
_SHOWN_CODING = "g4"


def page_has_colour(page: pdfium.PdfPage) -> bool:
    return has_colour(page.render(scale=_COLOR_CHECK_DPI / 72).to_pil())


def _drawn_page(
    page: pdfium.PdfPage, index: int, parsed: PdfReader, coding: str | None
) -> DrawnPage | None:
    """Page `index` in gray on the fax grid, and whether the fax PDF shows that drawing
    instead: a photo page through photo_page (its photo decoded at the size shown), any
    other by PDFium (shown as a drawing when it has colour, or when it is a scan of a
    letter, made black on white). None: a page with no colour, when no TIFF is made
    (`coding` None), needs no drawing at all, unless it may be such a scan."""
    width, rows = _grid(page)
    photo = draw_photo_page(page, width, rows, lambda: images_plain(parsed.pages[index]))
    if photo is not None:
        return photo
    # colour from a render at a twelfth of the pixels (cheaper than one colour render at
    # fax resolution converted and reduced afterwards), gray straight from PDFium
    colour = page_has_colour(page)
    kept = not colour and coding is None  # the page as it is, unless a scan of a letter
    scan = largest_image_box(page, width, rows) if draws_images(parsed.pages[index]) else None
    if kept and scan is None:
        return None
    gray = _render_fax_grid(page)
    # asked only where it matters: a scan's judging, or the TIFF page's coding
    screen = wants_screen(gray) if scan is not None or coding is not None else None
    letter = _scan_made_black_on_white(gray, scan, bool(screen)) if scan is not None else None
    if letter is not None:
        return DrawnPage(letter, as_image=True, text=True)
    return None if kept else DrawnPage(gray, as_image=colour, screen=screen, light_print=True)


def _scan_made_black_on_white(
    gray: Image.Image, scan: tuple[int, int, int, int], tones: bool
) -> Image.Image | None:
    """`gray` (the page drawn) with the paper of its scan (the picture in box `scan`)
    white and its ink black, as paper.py does a photographed letter; None when the scan
    is not of a letter. A page with wide gray areas (`tones`: it would be screened) has
    its scan judged, as a photo is; one without has no photo's tones, so its scan is
    print: made black on white against its own paper, which a fixed threshold cannot
    do for a soft gray scan (its ink is gray too). Only the picture is looked at: the
    page's white margins around it would pass for paper brighter than the scan's."""
    letter = flatten_text_photo(gray.crop(scan), known_print=not tones)
    if letter is None:
        return None
    made = gray.copy()
    made.paste(letter, scan[:2])
    return made


def _grid(page: pdfium.PdfPage) -> tuple[int, int]:
    """The fax's pixel grid for the page: FAX_WIDTH_PX across and 196 lines an inch."""
    return FAX_WIDTH_PX, fax_rows(page.get_height())


def _render_fax_grid(page: pdfium.PdfPage) -> Image.Image:
    """The page in gray straight on the fax's pixel grid (so no scaling after)."""
    return render_gray(page, *_grid(page))


@dataclass(frozen=True)
class _FaxCoded:
    """A page shown in the fax PDF as the fax carries it: one bit a pixel, fax-coded."""

    frame: Frame
    coding: str  # a class_f coding


@dataclass(frozen=True)
class _PageImages:
    shown: bytes | _FaxCoded | None  # the page in the fax PDF: a gray JPEG, coded, as it is
    frame: Frame | None  # the fax TIFF page, when asked for


def _page_images(drawn: DrawnPage | None, coding: str | None) -> _PageImages:
    """The page's fax PDF image (when it is shown as one) and its TIFF frame. A
    photographed letter (its paper made white, thresholded for the fax) is shown as its
    fax page, coded once for both files: a tenth of a gray JPEG's bytes, and the exact
    pixels the fax sends."""
    if drawn is None:  # shown as it is, and no TIFF
        return _PageImages(None, None)
    screen = False if drawn.text else drawn.screen  # a letter's photo: black on white
    frame = encode_frame(drawn.gray, coding, screen, drawn.light_print) if coding else None
    shown: bytes | _FaxCoded | None = None
    if drawn.text:  # the TIFF's page, or coded for the PDF alone when there is no TIFF
        shown_coding = coding or _SHOWN_CODING
        shown = _FaxCoded(frame or encode_frame(drawn.gray, shown_coding, screen), shown_coding)
    elif drawn.as_image:
        buffer = io.BytesIO()
        drawn.gray.save(buffer, format="JPEG", quality=_GRAY_JPEG_QUALITY)
        shown = buffer.getvalue()
    return _PageImages(shown, frame)


@dataclass(frozen=True)
class FaxImages:
    pdf: bytes  # the stamped fax, its colour pages replaced by grayscale images
    frames: list[Frame]  # the TIFF pages, in order (none unless a coding was asked for)


def fax_images(pdf: bytes, layer: bytes, progress: Progress, coding: str | None) -> FaxImages:
    """Render every page of the stamped fax `pdf` once; `layer` holds its stamps alone
    (stamping.stamp_pages_and_layer): drawn again over each grayscale image page, so
    the stamp stays text there too. `coding`: a class_f coding for the TIFF, or None."""
    stamped, stamps = PdfReader(io.BytesIO(pdf)), PdfReader(io.BytesIO(layer))
    pages = len(stamped.pages)
    processes = _process_count(pages)
    made = (
        _made_in_processes(pdf, stamped, coding, processes, progress)
        if processes
        else _made_here(pdf, coding, progress, stamped)
    )
    writer = PdfWriter()
    frames: list[Frame] = []
    for index, page in made:
        if page.shown is None:
            writer.add_page(stamped.pages[index])
        else:
            _add_image_page(writer, page.shown, stamped.pages[index], stamps.pages[index])
        if page.frame is not None:
            frames.append(page.frame)
        progress.advance(2)  # export_case plans two units a page: made gray, made fax
    return FaxImages(to_bytes(writer), frames)


def _add_image_page(
    writer: PdfWriter, image: bytes | _FaxCoded, page: PageObject, stamp: PageObject
) -> None:
    """The page as its image (gray JPEG or fax-coded, fax grid pixels over the whole
    page), with its stamp drawn over it as text. The stamps all come from one layer
    document, so the writer holds their font once, however many pages are images."""
    size = width, height = float(page.cropbox.width), float(page.cropbox.height)
    pixels = (FAX_WIDTH_PX, fax_rows(height))
    shown = [(width, 0, 0, height, 0, 0)]  # the image over the whole page
    if isinstance(image, _FaxCoded):
        k = PDF_K[image.coding]
        drawn = add_fax_coded_page(writer, image.frame.strip, pixels, k, size, shown)
    else:
        drawn = add_jpeg_page(writer, image, pixels, 1, size, shown)
    draw_over(writer, drawn, stamp)


def _process_count(pages: int) -> int:
    """Worker processes for a fax of `pages` pages; 0: make it in this process."""
    # Linux only: a worker must end with the process that started it (PR_SET_PDEATHSIG,
    # below); elsewhere a killed export would leave workers waiting for pages forever.
    if sys.platform != "linux" or pages < _MIN_PAGES_FOR_PROCESSES or _WORKERS < 2:
        return 0
    if multiprocessing.current_process().daemon:  # may not have children
        return 0
    return _WORKERS


def _made_here(
    pdf: bytes, coding: str | None, progress: Progress, parsed: PdfReader
) -> Iterator[tuple[int, _PageImages]]:
    """(page index, its images) in page order: this thread draws the pages (PDFium and
    Pillow's decoders release the interpreter lock), pool threads code them. The pages
    are drawn from a document of their own (photo_page takes objects off a page)."""
    document = pdfium.PdfDocument(pdf)
    pending: deque[tuple[int, Future[_PageImages]]] = deque()
    try:
        with ThreadPoolExecutor(_WORKERS, thread_name_prefix="fax-page") as pool:
            for index in range(len(document)):
                progress.check()
                page = document[index]
                drawn = _drawn_page(page, index, parsed, coding)
                page.close()
                pending.append((index, pool.submit(_page_images, drawn, coding)))
                while len(pending) > 2 * _WORKERS or (pending and pending[0][1].done()):
                    done, future = pending.popleft()
                    yield done, future.result()
            while pending:
                progress.check()
                done, future = pending.popleft()
                yield done, future.result()
    finally:
        for _, future in pending:  # cancelled or failed: drop what is queued
            future.cancel()
        document.close()


def _made_in_processes(
    pdf: bytes, parsed: PdfReader, coding: str | None, workers: int, progress: Progress
) -> Iterator[tuple[int, _PageImages]]:
    """(page index, its images) in page order, made by `workers` processes, forked with
    what they share already loaded here: the fax as pypdf read it, Pillow's coder."""
    load_coder()
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("fork"),  # the core has no Qt to fork
        initializer=_open_in_worker,
        initargs=(pdf, parsed, coding, os.getpid()),
    )
    try:
        futures = [pool.submit(_page_in_worker, index) for index in range(len(parsed.pages))]
        for index, future in enumerate(futures):
            progress.check()
            yield index, future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_worker_pages: tuple[pdfium.PdfDocument, PdfReader, str | None] | None = None  # in a worker


def forked_worker_start() -> None:
    """First thing in a forked worker: what it inherited is frozen out of the garbage
    collector. Else its first full collection walks the parent's whole heap (and copies
    each memory page it touches): 50 ms a worker, each fax, two pages' work."""
    gc.freeze()


def _open_in_worker(pdf: bytes, parsed: PdfReader, coding: str | None, parent: int) -> None:
    """In a new worker: end with the parent (killed or crashed, it sends no more pages
    and the worker would wait for ever), then open the fax."""
    global _worker_pages
    forked_worker_start()
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent ended before the line above
        os._exit(1)
    _worker_pages = (pdfium.PdfDocument(pdf), parsed, coding)


def _page_in_worker(index: int) -> _PageImages:
    assert _worker_pages is not None, "_open_in_worker runs first"
    document, parsed, coding = _worker_pages
    page = document[index]
    try:
        drawn = _drawn_page(page, index, parsed, coding)
    finally:
        page.close()
    return _page_images(drawn, coding)
