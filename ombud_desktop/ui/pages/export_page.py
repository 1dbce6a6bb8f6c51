"""Export: the export step (issue 6) builds the package here. Until it is in place this
page shows the readiness report, so the person knows what is left to do."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ombud_desktop.ui.pages.base import WizardPage, paragraph
from ombud_desktop.ui.widgets.readiness_view import ReadinessView


class ExportPage(WizardPage):
    page_id = "export"

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.intro = paragraph()
        self.readiness = ReadinessView()
        self.readiness.jump_requested.connect(self.jump_requested)
        self.layout_.addWidget(self.intro)
        self.layout_.addWidget(self.readiness)
        self.layout_.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Send")

    def first_focus(self) -> QWidget | None:
        return self.readiness.list

    def on_enter(self) -> None:
        self.readiness.show_report(self.session.case)

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "Making the package to email, fax or mail is not available in this version "
                "yet. Below is what the form still needs; everything is saved."
            )
        )
