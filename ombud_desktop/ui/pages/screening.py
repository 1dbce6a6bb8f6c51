"""Screening: may the Ombudsman help? When a blocker is ticked the page explains plainly
why not, what the Ombudsman cannot do, and lets the person go on only deliberately."""

from __future__ import annotations

from ombud_desktop.core.screening import LIMITS_CODE, WHERE_TO_GO_CODE, screen
from ombud_desktop.ui.pages.base import SectionPage, heading, notice_panel, paragraph
from ombud_desktop.ui.texts import message_text


class ScreeningPage(SectionPage):
    section_id = "screening"

    def build_top(self) -> None:
        self.exit_box, box = notice_panel("screening_exit", "#fff4e5", "#c77700")
        self.exit_heading = heading(2)
        self.exit_text = paragraph()
        self.exit_text.setObjectName("screening_exit_text")
        box.addWidget(self.exit_heading)
        box.addWidget(self.exit_text)

    def build_bottom(self) -> None:
        # The explanation sits just above the "send it anyway" box it explains.
        index = self.layout_.indexOf(self.editors["screening.continue_anyway"])
        self.layout_.insertWidget(index, self.exit_box)

    def refresh_visibility(self) -> None:
        super().refresh_visibility()
        result = screen(self.session.case)
        blocked = bool(result.blockers)
        self.exit_box.setVisible(blocked)
        self.editors["screening.continue_anyway"].setVisible(blocked or result.continue_anyway)
        self._explain()

    def _explain(self) -> None:
        result = screen(self.session.case)
        # Each reason it cannot help once (the general limits would say them again), then
        # where to go instead.
        lines = [message_text(b.message_code) for b in result.blockers]
        lines.append(message_text(WHERE_TO_GO_CODE if result.blockers else LIMITS_CODE))
        self.exit_text.setText("\n\n".join(lines))

    def retranslate(self) -> None:
        super().retranslate()
        self.exit_heading.setText(self.tr("The Ombudsman may not be able to help"))
        self._explain()
