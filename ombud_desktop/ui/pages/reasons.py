"""Section 2: why the person asks for help, with the timeline picture (receipt date,
posted processing time, today)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor

from ombud_desktop.core import processing
from ombud_desktop.ui.pages.base import SectionPage, paragraph
from ombud_desktop.ui.widgets.timeline import TimelinePicture


class ReasonsPage(SectionPage):
    section_id = "reasons"

    def build_bottom(self) -> None:
        self.timeline_caption = paragraph()
        self.timeline_caption.setObjectName("timeline_caption")
        self.timeline = TimelinePicture()
        # The picture belongs next to the processing-time questions it is drawn from.
        index = self.layout_.indexOf(self.editors["reasons.processing_time_checked_on"]) + 1
        self.layout_.insertWidget(index, self.timeline)
        self.layout_.insertWidget(index + 1, self.timeline_caption)

    def after_change(self, path: str) -> None:
        self._update_timeline()

    def on_enter(self) -> None:
        super().on_enter()
        self._update_timeline()

    def _update_timeline(self, today: dt.date | None = None) -> None:
        timing = processing.case_processing_time(self.session.case, today or dt.date.today())
        if timing is None:
            self.timeline.set_marks([])
            self.timeline.hide()
            self.timeline_caption.setText(
                self.tr(
                    "When you enter the USCIS receipt date of your application (step "
                    "“Applications and petitions”), a picture here shows how long it has waited."
                )
            )
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
        self.timeline_caption.setText(caption)

    def retranslate(self) -> None:
        super().retranslate()
        self._update_timeline()
