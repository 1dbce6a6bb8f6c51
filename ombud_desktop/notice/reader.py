"""Read a USCIS notice (photo, scan or PDF) into fields: the reader's one entry point.

    reading = read_notice(path)                      # NoticeReading
    reading = read_notice(path, progress=cb, cancelled=lambda: flag)

`progress(fraction, step)` is called between steps; `cancelled()` returning True stops the
read with `ReadCancelled`. A file that is not an image or PDF, or is damaged, raises
`NoticeUnreadable` with a message saying what to do. No file is written.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from ombud_desktop.documents.pdfium_lock import PDFIUM
from ombud_desktop.notice import fields, preprocess
from ombud_desktop.notice.engine import Tesseract
from ombud_desktop.notice.model import NoticeReading

Progress = Callable[[float, str], None]
MAX_BYTES = 200 * 1024 * 1024
PDF_DPI = 200
_engine: Tesseract | None = None


class NoticeUnreadable(ValueError):
    """The file cannot be read as a picture or PDF of a notice."""


class ReadCancelled(Exception):
    """The person cancelled the read."""


def engine() -> Tesseract:
    """The shared engine, made on first use (loading the model takes ~0.2 s)."""
    global _engine
    if _engine is None:
        _engine = Tesseract()
    return _engine


def load_page(data: bytes, name: str = "the file") -> Image.Image:
    """The first page of a PDF (rendered at 200 dpi) or the picture, fully decoded."""
    if data[:5] == b"%PDF-" or data[:1024].find(b"%PDF-") >= 0:
        return _pdf_page(data, name)
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypmsf1"):
        from pillow_heif import register_heif_opener  # phones' HEIC photos

        register_heif_opener()
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (OSError, ValueError, Image.DecompressionBombError, SyntaxError) as err:
        raise NoticeUnreadable(
            f"{name} is not a picture or PDF this app can read. Take a photo (JPEG, PNG, "
            "HEIC) or scan the notice to PDF, and try again."
        ) from err
    return image


def _pdf_page(data: bytes, name: str) -> Image.Image:
    with PDFIUM:  # the reader runs on a pool thread (documents/pdfium_lock.py)
        return _first_page_drawn(data, name)


def _first_page_drawn(data: bytes, name: str) -> Image.Image:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        raise NoticeUnreadable(
            f"{name} is a damaged or password-protected PDF. Save an unprotected copy or "
            "take a photo of the notice, and try again."
        ) from err
    try:
        if len(document) == 0:
            raise NoticeUnreadable(f"{name} is a PDF with no pages.")
        page = document[0]
        width = page.get_width()
        scale = PDF_DPI / 72 if width < 1000 else preprocess.PAGE_WIDTH / width
        image = page.render(scale=scale, grayscale=True).to_pil()
        page.close()
        return image
    finally:
        document.close()


HEADER = 0.5  # the boxed values of an I-797C sit in the top half of the page
ESSENTIAL = ("receipt_number", "receipt_date", "notice_date", "form_number", "notice_type")


def _complete(reading: NoticeReading) -> bool:
    return all(name in reading.values and not reading.values[name].doubtful for name in ESSENTIAL)


def read_image(
    image: Image.Image,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[NoticeReading, Image.Image]:
    """Fields of a notice picture, and the straightened page their boxes refer to.

    Reads the header (top half) of the page; when a field is missing or doubtful, reads
    it again with the table rules removed and keeps the surer value; values the two reads
    disagree on are marked doubtful. A page with no receipt number is tried upside down.
    """

    def step(fraction: float, what: str) -> None:
        if cancelled is not None and cancelled():
            raise ReadCancelled
        if progress is not None:
            progress(fraction, what)

    step(0.05, "straighten")
    page = preprocess.prepare(image)
    reading = _read_page(page, step, 0.2)
    if "receipt_number" not in reading.values:
        turned = page.rotate(180)
        again = _read_page(turned, step, 0.6)
        if len(again.values) > len(reading.values):
            reading, page = again, turned
    step(1.0, "done")
    return reading, page


def _read_page(page: Image.Image, step: Callable[[float, str], None], at: float) -> NoticeReading:
    header = page.crop((0, 0, page.width, round(page.height * HEADER)))
    step(at, "recognise")
    first = fields.extract(engine().words(header), page.size)
    if _complete(first):
        return first
    step(at + 0.2, "recognise")
    clean = preprocess.without_rules(header)
    second = fields.extract(engine().words(clean), page.size)
    merged = fields.merge(first, second)
    if not _complete(merged):
        step(at + 0.3, "recognise")
        merged = fields.merge(merged, _reread_cells(clean, merged))
    return merged


# How far right of its label a field's value may run, in label heights.
_CELL_WIDTH = {"receipt_number": 22, "receipt_date": 22, "notice_date": 22, "form_number": 8,
               "notice_type": 30, "priority_date": 14}  # fmt: skip


def _reread_cells(clean: Image.Image, reading: NoticeReading) -> NoticeReading:
    """Missing or doubtful values read again from just their cell, as one block."""
    out = NoticeReading(page_size=reading.page_size)
    for name, width in _CELL_WIDTH.items():
        label = reading.labels.get(name)
        value = reading.values.get(name)
        if label is None or (value is not None and not value.doubtful):
            continue
        h = max(label.height, 10)
        box = (
            max(0, label.left - h // 2),
            max(0, label.bottom),
            min(clean.width, label.left + width * h),
            min(clean.height, label.bottom + 3 * h),
        )
        if box[2] - box[0] < 20 or box[3] - box[1] < 10:
            continue
        words = engine().words(clean.crop(box), "block", offset=(box[0], box[1]))
        found = fields.read_cell(name, words)
        if found is not None:
            out.values[name] = found
    return out


def read_notice(
    path: str | Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[NoticeReading, Image.Image]:
    source = Path(path)
    try:
        if source.stat().st_size > MAX_BYTES:
            raise NoticeUnreadable(f"{source.name} is over 200 MB: too big for a notice photo.")
        data = source.read_bytes()
    except OSError as err:
        raise NoticeUnreadable(f"{source.name} cannot be opened: {err.strerror}.") from err
    return read_image(load_page(data, source.name), progress, cancelled)
