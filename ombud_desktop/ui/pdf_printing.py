"""Printing a PDF through Qt's print dialog (the mail packet).

A worker thread renders each page at the printer's resolution (up to 300 dpi);
the UI thread draws the page images on the printer. Handing a whole page to the printer
costs 0.2-0.4 s (the PDF engine compresses it), so a page goes in bands of 32 rows, one
band per turn of the event loop: the window keeps painting, shows which page is printing
and can cancel. Pages live in memory only (never a temporary file).
"""

from __future__ import annotations

import ctypes
import threading
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from ombud_desktop.documents.pdfium_lock import PDFIUM

if TYPE_CHECKING:
    import pypdfium2 as pdfium

PRINT_DPI = 300  # sharp on paper; a 1200 dpi page image would be 134 million pixels
AHEAD = 2  # pages rendered before the printer has taken them (about 35 MB each)
BAND_ROWS = 32  # image rows handed to the printer per event-loop turn (a few ms)


class _Renderer(QObject):
    """Renders the pages on its own thread; `page` reaches the UI thread queued.

    PDFium through pypdfium2 (ctypes lets go of the interpreter lock while a page
    renders), not QtPdf: QPdfDocument.render holds the lock through a photo page, and
    the window froze up to 200 ms a page. PDFium is not thread-safe: the app's one lock
    for it (documents/pdfium_lock.py) keeps print runs and the other users apart."""

    page = Signal(QImage)
    failed = Signal()

    def __init__(self, path: Path, pages: range, dpi: float) -> None:
        super().__init__()
        self.path, self.pages, self.dpi = path, pages, dpi
        self.stop = threading.Event()
        self.room = threading.Semaphore(AHEAD)  # released as the printer takes a page
        self.worker = threading.Thread(target=self._run, name="pdf-print", daemon=True)

    def abandon(self) -> None:
        """Stop after the page in hand (cancelled, failed, or the job is gone)."""
        self.stop.set()
        self.room.release()  # wakes it if it waits for room

    def _run(self) -> None:
        import pypdfium2 as pdfium

        try:
            with PDFIUM:
                document = pdfium.PdfDocument(self.path)
        except (pdfium.PdfiumError, OSError):
            self.failed.emit()
            return
        try:
            for index in self.pages:
                self.room.acquire()  # without the PDFium lock: another run may print
                if self.stop.is_set():
                    return
                self.page.emit(self._render(document, index))
        except pdfium.PdfiumError:
            self.failed.emit()
        finally:
            with PDFIUM:
                document.close()

    def _render(self, document: pdfium.PdfDocument, index: int) -> QImage:
        """Page `index` drawn by PDFium straight into a QImage's memory. A copy of the
        drawn page (33 MB at 300 dpi) held the interpreter lock, and so froze the window,
        20-30 ms a page, more when the system was slow to hand out the memory."""
        import pypdfium2 as pdfium
        import pypdfium2.raw as pdfium_c

        made: list[QImage] = []

        def into_image(
            width: int, height: int, format: int, rev_byteorder: bool
        ) -> pdfium.PdfBitmap:  # called with pypdfium2's keyword names
            # BGRx in memory is QImage's RGB32 (0xffRRGGBB, little-endian); no alpha
            # channel, so the printer stores no transparency mask
            image = QImage(width, height, QImage.Format.Format_RGB32)
            made.append(image)
            pixels = (ctypes.c_ubyte * image.sizeInBytes()).from_buffer(image.bits())
            stride = image.bytesPerLine()
            return pdfium.PdfBitmap.new_native(
                width, height, format, rev_byteorder, buffer=pixels, stride=stride
            )

        with PDFIUM:
            page = document[index]
            try:
                page.render(
                    scale=self.dpi / 72,
                    force_bitmap_format=pdfium_c.FPDFBitmap_BGRx,
                    bitmap_maker=into_image,
                ).close()
            finally:
                page.close()
        return made[0]


class PdfPrintJob(QObject):
    """One print run of `path`. `start()` asks for the printer (unless `ask` is False),
    then pages print as they are rendered. `finished` carries "" when every page is on
    the printer (or the person chose not to print), else a sentence saying what
    happened instead (cancelled, failed)."""

    finished = Signal(str)
    progressed = Signal(int, int)  # pages printed, pages in all

    def __init__(
        self, parent: QWidget, path: Path, printer: QPrinter | None = None, ask: bool = True
    ) -> None:
        super().__init__(parent)
        self.window, self.path, self.ask = parent, path, ask
        self.printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        self.painter = QPainter()
        self.renderer: _Renderer | None = None
        self.progress: QProgressDialog | None = None
        self.ready: deque[QImage] = deque()  # rendered pages waiting for the printer
        self.band = 0  # next band of ready[0]
        self.done = self.total = 0
        self.running = False
        self._pump_timer = QTimer(self, singleShot=True, interval=0)
        self._pump_timer.timeout.connect(self._print_band)

    def start(self) -> None:
        count = self._page_count()
        if count is None:
            self._finish(
                QCoreApplication.translate(
                    "pdf_printing",
                    "The packet could not be opened for printing. Make the package again.",
                )
            )
            return
        self.printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        self.printer.setDocName(self.path.stem)
        self.printer.setFromTo(1, count)
        if self.ask:
            dialog = QPrintDialog(self.printer, self.window)
            dialog.setWindowTitle(
                QCoreApplication.translate("pdf_printing", "Print the mail packet")
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self._finish("")
                return
        if not self.painter.begin(self.printer):
            self._finish(
                QCoreApplication.translate(
                    "pdf_printing",
                    "The printer could not be started. Check that it is on and try again.",
                )
            )
            return
        first = max(self.printer.fromPage(), 1) - 1
        pages = range(first, self.printer.toPage() or count)
        self.total, self.running = len(pages), True
        self._show_progress()
        self.renderer = _Renderer(self.path, pages, min(self.printer.resolution(), PRINT_DPI))
        self.renderer.page.connect(self._page_ready, Qt.ConnectionType.QueuedConnection)
        self.renderer.failed.connect(self._render_failed, Qt.ConnectionType.QueuedConnection)
        # the page (and this job) may close mid-run: stop rendering, close the printer
        renderer, painter, printer = self.renderer, self.painter, self.printer
        self.destroyed.connect(lambda *_: _abandoned(renderer, painter, printer))
        renderer.worker.start()

    def cancel(self) -> None:
        if self.running:
            self._abort(
                QCoreApplication.translate(
                    "pdf_printing",
                    "Printing was cancelled. Pages already sent to the printer may still print.",
                )
            )

    def _page_count(self) -> int | None:
        import pypdfium2 as pdfium

        with PDFIUM:
            try:
                document = pdfium.PdfDocument(self.path)
            except (pdfium.PdfiumError, OSError):
                return None
            try:
                return len(document)
            finally:
                document.close()

    def _show_progress(self) -> None:
        self.progress = QProgressDialog(self.window)
        self.progress.setWindowTitle(QCoreApplication.translate("pdf_printing", "Printing"))
        self.progress.setRange(0, self.total)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self._update_progress()

    def _update_progress(self) -> None:
        if self.progress is not None:
            self.progress.setLabelText(
                QCoreApplication.translate(
                    "pdf_printing", "Printing page {page} of {total}…"
                ).format(page=min(self.done + 1, self.total), total=self.total)
            )
            self.progress.setValue(self.done)

    def _page_ready(self, image: QImage) -> None:
        if self.running:
            self.ready.append(image)
            self._pump_timer.start()

    def _print_band(self) -> None:
        """One band of the oldest rendered page; a new turn of the event loop for the next."""
        if not self.running or not self.ready:
            return
        image = self.ready[0]
        if self.band == 0 and self.done:
            self.printer.newPage()
        area = self.printer.pageLayout().paintRectPixels(self.printer.resolution())
        target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        top = self.band * BAND_ROWS
        rows = min(BAND_ROWS, image.height() - top)
        # device rows from the same rounding on both edges: bands meet without a gap
        y0 = round(top * target.height() / image.height())
        y1 = round((top + rows) * target.height() / image.height())
        self.painter.drawImage(
            QRect(0, y0, target.width(), y1 - y0), image.copy(0, top, image.width(), rows)
        )
        self.band += 1
        if top + rows >= image.height():
            self._page_printed()
        if self.running and self.ready:
            self._pump_timer.start()

    def _page_printed(self) -> None:
        self.ready.popleft()
        self.band = 0
        self.done += 1
        self.progressed.emit(self.done, self.total)
        if self.renderer is not None:
            self.renderer.room.release()
        if self.done == self.total:
            self._end("")
        else:
            self._update_progress()

    def _render_failed(self) -> None:
        if self.running:
            self._abort(
                QCoreApplication.translate(
                    "pdf_printing",
                    "A page could not be prepared for printing. Make the package again.",
                )
            )

    def _abort(self, message: str) -> None:
        if self.renderer is not None:
            self.renderer.abandon()
        self.printer.abort()
        self._end(message)

    def _end(self, message: str) -> None:
        self.running = False
        self._pump_timer.stop()
        self.ready.clear()
        self.painter.end()
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._finish(message)

    def _finish(self, message: str) -> None:
        self.finished.emit(message)


def _abandoned(renderer: _Renderer, painter: QPainter, printer: QPrinter) -> None:
    renderer.abandon()
    if painter.isActive():
        printer.abort()
        painter.end()
