"""Check the PDF: the request exactly as it will be sent (form, index, documents), with page
navigation and zoom, between review and sending, so the person sees what the Ombudsman will
receive."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ombud_desktop.ui.pages.base import WizardPage, paragraph

if TYPE_CHECKING:
    from ombud_desktop.ui.pages.preview_panel import CasePdfPanel
    from ombud_desktop.ui.session import CaseSession


class PreviewPage(WizardPage):
    page_id = "preview"

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.intro = paragraph()
        self.layout_.addWidget(self.intro)
        # made on the first visit: QtPdf loads only when needed
        self.panel: CasePdfPanel | None = None
        self.retranslate()

    def title(self) -> str:
        return self.tr("Check the PDF")

    def on_enter(self) -> None:
        if self.panel is None:
            from ombud_desktop.ui.pages.preview_panel import CasePdfPanel

            self.panel = CasePdfPanel(self.session, self)
            self.panel.setObjectName("preview.panel")
            self.panel.success_note = False  # the intro above says it
            self.layout_.addWidget(self.panel, 1)
        self.panel.refresh()

    def first_focus(self) -> QWidget | None:
        return self.panel.preview.view if self.panel is not None else None

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "This is your request exactly as the Ombudsman will receive it: the form, "
                "then the list of your documents and their pages. It is marked PREVIEW; "
                "the copy made on the next step has no such marks and is signed as you chose."
            )
        )
