"""Asks, inside the page, for the password of a protected PDF being attached: a hidden
text box, "Add with this password" and "Skip this file". The password is handed on once
(`submitted`) and never kept here."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ombud_desktop.ui.texts import embedded
from ombud_desktop.ui.widgets.blocks import describe, notice_panel, paragraph


class PdfPasswordBox(QWidget):
    submitted = Signal(str)  # the typed password
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filename = ""
        self._wrong = False
        frame, box = notice_panel("documents_password", "#fff4e5", "#c77700")
        self.text = paragraph()
        self.text.setObjectName("documents:password_text")
        self.edit = QLineEdit()
        self.edit.setObjectName("documents:password")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.returnPressed.connect(self._submit)
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("documents:password_ok")
        self.ok_button.clicked.connect(self._submit)
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("documents:password_skip")
        self.skip_button.clicked.connect(self.skipped)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.ok_button)
        row.addWidget(self.skip_button)
        box.addWidget(self.text)
        box.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        self.hide()
        self.retranslate()

    def ask(self, filename: str, wrong: bool) -> None:
        """Show the question for `filename` (after a wrong password: say so) and focus."""
        self._filename, self._wrong = filename, wrong
        self.retranslate()
        self.edit.clear()
        self.show()
        self.edit.setFocus()
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.text, self.text.text()))

    def finish(self) -> None:
        self.edit.clear()
        self.hide()

    def _submit(self) -> None:
        password = self.edit.text()
        if password:
            self.edit.clear()
            self.submitted.emit(password)

    def retranslate(self) -> None:
        if self._wrong:
            text = self.tr("That password does not open “%1”. Try again, or skip this file.")
        else:
            text = self.tr(
                "“%1” is protected by a password. Type its password to add it: the app "
                "keeps a copy without the password, encrypted with this case."
            )
        self.text.setText(text.replace("%1", embedded(self._filename)))
        self.edit.setAccessibleName(self.tr("Password of the PDF"))
        self.edit.setPlaceholderText(self.edit.accessibleName())
        self.edit.setAccessibleDescription(
            self.tr("What you type is not shown. It opens the PDF once and is not kept.")
        )
        describe(
            self.ok_button,
            self.tr("Add &with this password"),
            self.tr("Opens the PDF with this password and adds it."),
        )
        describe(self.skip_button, self.tr("S&kip this file"), self.tr("Does not add it."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
