"""The processing-time picture and its sentence (receipt date, the posted processing
time, today), shown wherever its facts are known: the reasons and filings steps and the
review page, whichever step the receipt date was typed on."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ombud_desktop.core import processing
from ombud_desktop.ui.pages.base import paragraph
from ombud_desktop.ui.widgets.timeline import TimelinePicture

if TYPE_CHECKING:
    from ombud_desktop.ui.session import CaseSession


class ProcessingTimeView(QWidget):
    """`explain_missing`: say how to get the picture while its facts are not known (the
    reasons step); elsewhere the view stays hidden until then."""

    def __init__(self, session: CaseSession, explain_missing: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.explain_missing = explain_missing
        self.timeline = TimelinePicture()
        self.caption = paragraph()
        self.caption.setObjectName("timeline_caption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.timeline)
        layout.addWidget(self.caption)
        # Filled by refresh() once placed: showing a widget without a parent would open it
        # as a window of its own, and take the keyboard focus from the main window.
        self.hide()

    def refresh(self, today: dt.date | None = None) -> None:
        timing = processing.case_processing_time(self.session.case, today or dt.date.today())
        if timing is None:
            self.timeline.set_marks([])
            self.timeline.hide()
            self.caption.setText(
                self.tr(
                    "When you enter the USCIS receipt date of your application (step "
                    "“Applications and petitions”), a picture here shows how long it has waited."
                )
            )
            self.setVisible(self.explain_missing)
            return
        marks = [
            (timing.receipt_date, self.tr("Received by USCIS"), QColor("#1565c0")),
            (timing.today, self.tr("Today"), QColor("#2e7d32")),
        ]
        caption = self.tr("Your case has been pending %1 months.").replace(
            "%1", str(timing.months_pending)
        )
        overdue = None
        if timing.posted_time_ends is not None:
            marks.append(
                (timing.posted_time_ends, self.tr("Posted processing time ends"), QColor("#c62828"))
            )
            if timing.is_past_posted_time:
                overdue = (timing.posted_time_ends, timing.today)
                caption += " " + self.tr("That is %1 months past the posted time.").replace(
                    "%1", str(timing.months_past_posted)
                )
            else:
                caption += " " + self.tr("It is still within the posted processing time.")
        self.timeline.set_marks(marks, overdue)
        self.timeline.show()
        self.timeline.setAccessibleName(self.tr("Timeline of your case"))
        self.timeline.setAccessibleDescription(caption)
        self.caption.setText(caption)
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.parentWidget() is not None:
            self.refresh()
        super().changeEvent(event)
