"""Section 1A: what the person already did with USCIS, with the 60/90-day hint."""

from __future__ import annotations

import datetime as dt

from ombud_desktop.core import processing
from ombud_desktop.core.dates import format_date
from ombud_desktop.ui.pages.base import SectionPage, notice_panel, paragraph


class ActionsTakenPage(SectionPage):
    section_id = "actions_taken"

    def build_top(self) -> None:
        self.hint_box, box = notice_panel("contact_hint", "#eef4fb", "#5b8cc4")
        self.rule_text = paragraph()
        self.status_text = paragraph()
        self.status_text.setObjectName("contact_hint_status")
        box.addWidget(self.rule_text)
        box.addWidget(self.status_text)
        self.layout_.addWidget(self.hint_box)

    def after_change(self, path: str) -> None:
        self._update_status()

    def on_enter(self) -> None:
        super().on_enter()
        self._update_status()

    def _update_status(self, today: dt.date | None = None) -> None:
        contact = processing.last_uscis_contact(self.session.case, today or dt.date.today())
        if contact is None:
            self.status_text.setText(
                self.tr("Add the dates of your contacts with USCIS to see how this applies.")
            )
            return
        lines = [
            self.tr("Your most recent contact: %1 (%2 days ago).")
            .replace("%1", format_date(contact.on))
            .replace("%2", str(contact.days_ago))
        ]
        if contact.too_old:
            lines.append(
                self.tr(
                    "That is more than 90 days ago. Contact USCIS again first if you can; you "
                    "may still send the form."
                )
            )
        if contact.too_recent:
            lines.append(
                self.tr(
                    "USCIS has had it for less than 60 days. The Ombudsman usually expects you "
                    "to wait until %1; you may still send the form, especially in an emergency."
                ).replace("%1", format_date(contact.wait_until))
            )
        self.status_text.setText("\n".join(lines))

    def retranslate(self) -> None:
        super().retranslate()
        # The 90/60-day rule itself is said once, in the step's introduction above.
        self.rule_text.setText(
            self.tr("These are not hard rules: nothing here stops you from going on.")
        )
        self._update_status()
