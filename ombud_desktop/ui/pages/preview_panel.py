"""The preview panel of an open case, fed by the case's shared renderer (used by the
preview page and the review page; imported on first use, as it loads QtPdf)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ombud_desktop.ui.pages.preview_render import CasePdfRenderer
from ombud_desktop.ui.pdf_preview import PdfPreviewPanel

if TYPE_CHECKING:
    from ombud_desktop.ui.session import CaseSession

# Room for a readable part of a page, for the page view itself: the buttons above it grow
# with the text size (two rows at 200%) and must not eat into it.
VIEW_MIN_HEIGHT = 400


class CasePdfPanel(PdfPreviewPanel):
    """A preview panel fed by the case's shared renderer: shows its newest outcome."""

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview.view.setMinimumHeight(VIEW_MIN_HEIGHT)
        self.renderer = CasePdfRenderer.of(session)
        self.renderer.started.connect(self.show_busy)
        self.renderer.rendered.connect(self._show_newest)

    def refresh(self) -> None:
        """Render if the answers changed since the last render, else show that one."""
        if self.renderer.refresh():
            return  # `started` shows "Making the preview…"
        if self.renderer.busy():
            self.show_busy()
        else:
            self._show_newest()

    def _show_newest(self) -> None:
        self.show_outcome(self.renderer.pdf, self.renderer.problem)
