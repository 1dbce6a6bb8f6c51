"""Welcome: what the person needs at hand, how their data is kept, and the language."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ombud_desktop.ui.language_picker import LanguagePicker
from ombud_desktop.ui.pages.base import WizardPage, heading, paragraph
from ombud_desktop.ui.session import CaseSession


class WelcomePage(WizardPage):
    page_id = "welcome"

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.picker = LanguagePicker()
        self.picker.follow_application()
        self.intro = paragraph()
        self.need_heading = heading(2)
        self.need = paragraph()
        self.privacy_heading = heading(2)
        self.privacy = paragraph()
        self.help_heading = heading(2)
        self.not_legal = paragraph()
        for widget in (
            self.picker,
            self.intro,
            self.need_heading,
            self.need,
            self.privacy_heading,
            self.privacy,
            self.help_heading,
            self.not_legal,
        ):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Welcome")

    def first_focus(self) -> QWidget | None:
        return self.picker.combo

    def on_enter(self) -> None:
        self.picker.show_application_language()

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "This app helps you ask the CIS Ombudsman for help with a case that is stuck "
                "or went wrong at USCIS. It fills in Form DHS-7001 with you, one question at a "
                "time, and makes a package you can email, fax or mail."
            )
        )
        self.need_heading.setText(self.tr("What you need"))
        self.need.setText(
            self.tr(
                "• Your USCIS receipt notices (the receipt number starts with 3 letters).\n"
                "• The dates you contacted USCIS and any reference numbers.\n"
                "• Copies of letters from USCIS and of what you sent them. Never send originals.\n"
                "• About 20 to 40 minutes. You can stop at any time: everything is saved."
            )
        )
        self.privacy_heading.setText(self.tr("Your privacy"))
        self.privacy.setText(
            self.tr(
                "Everything you type and every document you add stays on this computer, "
                "encrypted. The app never uses the internet. Nothing is sent until you send "
                "it yourself. Use Quick exit (Ctrl+Shift+Q) to hide everything at once."
            )
        )
        self.help_heading.setText(self.tr("What the Ombudsman can and cannot do"))
        self.not_legal.setText(
            self.tr(
                "The Ombudsman can ask USCIS to look at a problem with your case. It cannot "
                "give legal advice or change a USCIS decision. This app is not made by the "
                "U.S. government and does not give legal advice."
            )
        )
