"""Who is submitting. A volunteer or attorney saves their own details once (encrypted in the
vault) and fills them into each new case with one button (a volunteer files many requests)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ombud_desktop.core.json_types import JsonObject, as_object, dig
from ombud_desktop.ui.pages.base import SectionPage, describe, paragraph

PROFILE_SECTION = "submitter"


class SubmitterPage(SectionPage):
    section_id = "submitter"

    def build_top(self) -> None:
        row = QWidget()
        # One above the other: side by side they widened the page at 200% text.
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.fill_button = QPushButton()
        self.fill_button.setObjectName("profile_fill")
        self.fill_button.clicked.connect(self.fill_from_profile)
        self.save_button = QPushButton()
        self.save_button.setObjectName("profile_save")
        self.save_button.clicked.connect(self.save_as_profile)
        layout.addWidget(self.fill_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.profile_status = paragraph()
        self.profile_status.setObjectName("profile_status")
        self.layout_.addWidget(row)
        self.layout_.addWidget(self.profile_status)

    def _profile(self) -> JsonObject:
        return self.session.vault.load_profile()

    def on_enter(self) -> None:
        super().on_enter()
        self.fill_button.setEnabled(bool(self._profile()))

    def fill_from_profile(self) -> None:
        profile = self._profile()
        if not profile:
            return
        for path in self.editors:
            key = path.split(".", 1)[1]
            value = dig(profile, key)
            if value is not None:
                self.session.set(path, value)
        self.on_enter()
        self.profile_status.setText(self.tr("Your saved details were filled in."))

    def save_as_profile(self) -> None:
        data = as_object(self.session.get(PROFILE_SECTION))
        if not data:
            self.profile_status.setText(self.tr("Fill in your details first, then save them."))
            return
        self.session.vault.save_profile(data)
        self.fill_button.setEnabled(True)
        self.profile_status.setText(
            self.tr("Saved. New cases can be filled with these details in one step.")
        )

    def retranslate(self) -> None:
        super().retranslate()
        describe(
            self.fill_button,
            self.tr("&Fill in my saved details"),
            self.tr("Copies the details you saved before (name, organization, contact) here."),
        )
        describe(
            self.save_button,
            self.tr("Sa&ve my details for next time"),
            self.tr("Keeps these details, encrypted, to fill in new cases quickly."),
        )
