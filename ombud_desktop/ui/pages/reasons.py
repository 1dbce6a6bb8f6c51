"""Section 2: why the person asks for help, with the timeline picture (receipt date,
posted processing time, today)."""

from __future__ import annotations

import datetime as dt

from ombud_desktop.core.conditions import is_blank
from ombud_desktop.core.screening import carried_reasons
from ombud_desktop.ui.pages.base import SectionPage, paragraph
from ombud_desktop.ui.widgets.processing_view import ProcessingTimeView


class ReasonsPage(SectionPage):
    section_id = "reasons"

    def build_top(self) -> None:
        self.carried_note = paragraph()
        self.carried_note.setObjectName("reasons.carried_note")
        self.carried_note.hide()
        self.layout_.addWidget(self.carried_note)

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
        self.ensure_built()
        # Said once: the reasons already picked on the screening step are ticked here.
        carried = carried_reasons(self.session.case)
        if carried and is_blank(self.session.get("reasons.kinds")):
            self.session.set("reasons.kinds", carried)
            self.carried_note.show()
            self._retranslate_note()
        super().on_enter()
        self._update_timeline()

    def _retranslate_note(self) -> None:
        self.carried_note.setText(
            self.tr(
                "What you said on the step “Can the Ombudsman help?” is already ticked below. "
                "Add any other reason, or untick one that does not fit."
            )
        )

    def retranslate(self) -> None:
        super().retranslate()
        if self.built:
            self._retranslate_note()

    def _update_timeline(self, today: dt.date | None = None) -> None:
        self.processing_view.refresh(today)
