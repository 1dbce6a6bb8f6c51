"""The PDF exactly as it will be sent, shown inside the wizard (preview and review pages).

    preview = PdfPreview()
    preview.set_pdf(render_case_pdf(case, attachments, RenderOptions(preview=True)))

or, keeping the GUI responsive while attachments are decoded and pages drawn:

    panel = PdfPreviewPanel()
    panel.show_job(lambda: render_case_pdf(case, attachments, RenderOptions(preview=True)))

The PDF stays in memory (a QBuffer over the bytes): nothing is written to disk. QPdfView
paints asynchronously, and its FitToWidth/FitInView modes with automatic scroll bars
spun the event loop for over 20 s (seen offscreen and under Xvfb), so the view keeps a
custom zoom and always-on scroll bars; "Fit width" computes the factor itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ombud_desktop.ui.background_job import NewestOnly
from ombud_desktop.ui.widgets.flow_layout import FlowLayout

ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0)


class PdfPreview(QWidget):
    """Page navigation, zoom and the pages themselves; keyboard reachable throughout."""

    loaded = Signal(int)  # page count, once a PDF is ready
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_preview.view")
        # Pages fill the width (also after a resize) until the person zooms themselves.
        self.follow_width = True
        self.view.viewport().installEventFilter(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.pageNavigator().currentPageChanged.connect(self._update_controls)

        self.previous_button = self._button(
            "pdf_preview.previous", QKeySequence.StandardKey.MoveToPreviousPage
        )
        self.next_button = self._button("pdf_preview.next", QKeySequence.StandardKey.MoveToNextPage)
        self.zoom_out_button = self._button(
            "pdf_preview.zoom_out", QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_in_button = self._button("pdf_preview.zoom_in", QKeySequence.StandardKey.ZoomIn)
        self.fit_button = self._button("pdf_preview.fit_width", None)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pdf_preview.page_label")
        # Bound methods, not lambdas: no reference cycles left for the garbage collector
        # to finalize later, possibly on a worker thread.
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_button.clicked.connect(self.fit_width_and_follow)

        bar = FlowLayout(spacing=8)  # wraps with large text instead of scrolling sideways
        for widget in (
            self.previous_button,
            self.page_label,
            self.next_button,
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
        ):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.retranslate()
        self._update_controls()

    def _button(self, name: str, shortcut: QKeySequence.StandardKey | None) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
        return button

    def retranslate(self) -> None:
        texts = (
            (self.previous_button, self.tr("&Previous page"), self.tr("Shows the page before.")),
            (self.next_button, self.tr("&Next page"), self.tr("Shows the page after.")),
            (self.zoom_out_button, self.tr("Zoom &out"), self.tr("Makes the pages smaller.")),
            (self.zoom_in_button, self.tr("Zoom &in"), self.tr("Makes the pages larger.")),
            (self.fit_button, self.tr("&Fit width"), self.tr("Makes a page as wide as the view.")),
        )
        for button, text, description in texts:
            button.setText(text)
            button.setAccessibleName(text.replace("&", ""))
            button.setAccessibleDescription(description)
        self.view.setAccessibleName(self.tr("Preview of the PDF that will be sent"))
        self.view.setAccessibleDescription(
            self.tr(
                "The pages of the PDF. Page Up and Page Down turn the pages, the arrow keys "
                "scroll, Ctrl and + or − zoom."
            )
        )
        self._update_controls()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- content -------------------------------------------------------------------------

    def set_pdf(self, data: bytes) -> None:
        """Show this PDF (bytes in memory). Emits loaded(pages) or failed(message)."""
        self.document.close()
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() == QPdfDocument.Status.Ready:
            self.go_to_page(0)
            if self.follow_width:
                self.fit_width()
            self.loaded.emit(self.page_count())
        else:
            self.failed.emit(self.tr("The preview could not be shown: the PDF did not load."))
        self._update_controls()

    def clear(self) -> None:
        self.document.close()
        self._bytes = QByteArray()
        self._buffer = None
        self._update_controls()

    def page_count(self) -> int:
        return max(0, self.document.pageCount())

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._update_controls()

    # ---- zoom ------------------------------------------------------------------------------

    def zoom(self) -> float:
        return float(self.view.zoomFactor())

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, ZOOM_STEPS[0]), ZOOM_STEPS[-1]))
        self._update_controls()

    def zoom_in(self) -> None:
        self.follow_width = False
        self._step_zoom(+1)

    def zoom_out(self) -> None:
        self.follow_width = False
        self._step_zoom(-1)

    def fit_width_and_follow(self) -> None:
        self.follow_width = True
        self.fit_width()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = event.type() == QEvent.Type.Resize
        if resized and watched is self.view.viewport() and self.follow_width:
            self.fit_width()
        return super().eventFilter(watched, event)

    def _step_zoom(self, direction: int) -> None:
        current = self.zoom()
        if direction > 0:
            target = next((z for z in ZOOM_STEPS if z > current + 0.01), ZOOM_STEPS[-1])
        else:
            target = next((z for z in reversed(ZOOM_STEPS) if z < current - 0.01), ZOOM_STEPS[0])
        self.set_zoom(target)

    def widest_page_points(self) -> float:
        """The width of the widest page, in points (a landscape photo among portrait
        pages sets the width every page is laid out in)."""
        sizes = (self.document.pagePointSize(page) for page in range(self.page_count()))
        return max((size.width() for size in sizes), default=0.0)

    def fit_width(self) -> None:
        """Zoom so the widest page fills the view's width (computed, not Qt's FitToWidth
        mode). QPdfView centres every page in the widest page's width: fitting a narrower
        page made the document wider than the view, and the pages after a landscape one
        were shifted right and cut."""
        if not self.page_count():
            return
        points = self.widest_page_points()
        pixels_per_point = self.view.logicalDpiX() / 72.0
        margins = self.view.documentMargins()
        # A few pixels to spare: rounding must not bring back the sideways scroll bar.
        available = self.view.viewport().width() - margins.left() - margins.right() - 4
        if points > 0 and available > 0:
            # Below the smallest zoom step if need be: a narrow window still shows whole
            # pages, never a sideways-cut one.
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(min(available / (points * pixels_per_point), ZOOM_STEPS[-1]))
            self._update_controls()

    def _update_controls(self, *_: object) -> None:
        count = self.page_count()
        page = self.current_page() if count else -1
        self.previous_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(count > 0 and page < count - 1)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(count > 0)
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(count))
            if count
            else self.tr("No preview yet")
        )


class PdfPreviewPanel(QWidget):
    """A PdfPreview with a status line. show_job() makes the PDF off the GUI thread and
    shows the newest result only (a slow older job never overwrites a newer one);
    show_outcome() shows a result made elsewhere (the shared case renderer)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = PdfPreview(self)
        self.status = QLabel(self)
        self.status.setObjectName("pdf_preview.status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        self._jobs = NewestOnly()
        self._shown: bytes | None = None
        self._problem = ""
        # "This is the PDF as it will be sent": off where the page already says so.
        self.success_note = True

    def show_job(self, make_pdf: Callable[[], bytes]) -> None:
        self.show_busy()
        self._jobs.start(self, make_pdf, self.show_outcome)

    def busy(self) -> bool:
        """True while the newest job has not reported back."""
        return self._jobs.busy()

    def show_busy(self) -> None:
        self._shown, self._problem = None, ""
        self._retranslate_status()

    def show_outcome(self, pdf: bytes, problem: str) -> None:
        """Show this PDF, or say why there is none. The same PDF twice is not reloaded
        (the reader keeps their page and zoom)."""
        if pdf and pdf is self._shown:
            return
        self._shown, self._problem = (pdf or None), problem
        self._retranslate_status()
        if pdf:
            self.preview.set_pdf(pdf)
        else:
            self.preview.clear()

    def _retranslate_status(self) -> None:
        if self._shown:
            text = self.tr("This is the PDF as it will be sent (marked PREVIEW until signed).")
        elif self._problem:
            text = self.tr("The preview could not be made: %1").replace("%1", self._problem)
        else:
            text = self.tr("Making the preview…")
        self.status.setText(text)
        self.status.setVisible(self.success_note or not self._shown)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_status()
        super().changeEvent(event)
