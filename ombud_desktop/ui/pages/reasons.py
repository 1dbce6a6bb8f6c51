"""Section 2: why the person asks for help, with the timeline picture (receipt date,
posted processing time, today)."""

from __future__ import annotations

import datetime as dt

from ombud_desktop.ui.pages.base import SectionPage
from ombud_desktop.ui.widgets.processing_view import ProcessingTimeView


class ReasonsPage(SectionPage):
    section_id = "reasons"

    def build_bottom(self) -> None:
        self.processing_view = ProcessingTimeView(self.session, explain_missing=True)
        self.timeline = self.processing_view.timeline
        self.timeline_caption = self.processing_view.caption
        # The picture belongs next to the processing-time questions it is drawn from.
        index = self.layout_.indexOf(self.editors["reasons.processing_time_checked_on"]) + 1
        self.layout_.insertWidget(index, self.processing_view)

    def after_change(self, path: str) -> None:
        self._update_timeline()

    def on_enter(self) -> None:
        super().on_enter()
        self._update_timeline()

    def _update_timeline(self, today: dt.date | None = None) -> None:
        self.processing_view.refresh(today)
