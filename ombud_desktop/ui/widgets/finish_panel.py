"""The finish screen of the send step: once the package is made, what happens next —
how to record that it was sent, the reminders, when to expect an answer and what to do
if nothing comes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ombud_desktop.ui.pages.base import heading, notice_panel, paragraph


class FinishPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send.finish")
        self.channel = "email"
        frame, inner = notice_panel("send.finish_frame", "#eef6ee", "#6a9f6a")
        self.title = heading(2)
        self.steps = [paragraph() for _ in range(4)]
        for number, label in enumerate(self.steps, start=1):
            label.setObjectName(f"send.finish_step{number}")
        inner.addWidget(self.title)
        for label in self.steps:
            inner.addWidget(label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        self.retranslate()

    def show_for(self, channel: str) -> None:
        self.channel = channel
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        self.title.setText(self.tr("What happens next"))
        send = {
            "email": self.tr(
                "1. Send it: open your mail program (or webmail), attach the files from the "
                "package folder and send the message to the address in README.txt."
            ),
            "fax": self.tr(
                "1. Send it: fax the PDF in the package folder to the number in README.txt, "
                "and keep the fax confirmation page."
            ),
            "mail": self.tr(
                "1. Send it: print the mail packet, sign where it says so, and post it to the "
                "address in README.txt. Mail to the government can take up to 14 days longer."
            ),
        }
        texts = (
            send.get(self.channel, send["email"]),
            self.tr(
                "2. Record it: once it is sent, fill in “After sending” below and press "
                "“Mark as sent”. The case list then shows it as sent, with the date."
            ),
            self.tr(
                "3. Wait for an answer: no time is promised. Save the reminders below: they "
                "remind you after 30 and after 90 days. Keep answering any letter from USCIS "
                "meanwhile."
            ),
            self.tr(
                "4. If nothing comes: after 30 days, write or call the Ombudsman's office "
                "(addresses under “Where it goes”) with the receipt number and the date you "
                "sent it. Do not send the same request twice."
            ),
        )
        for label, text in zip(self.steps, texts, strict=True):
            label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
