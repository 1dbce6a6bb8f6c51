"""Unlocking the vault at start and after a lock: by the system keyring or a passphrase.
A wrong passphrase says so and keeps the box ready for another try."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ombud_desktop.errors import UserFacingError
from ombud_desktop.ui.accessibility import announce
from ombud_desktop.ui.error_text import error_text
from ombud_desktop.ui.language_picker import LanguagePicker
from ombud_desktop.ui.widgets.blocks import describe, heading, paragraph

if TYPE_CHECKING:
    from ombud_desktop.vault import Vault


class UnlockScreen(QWidget):
    unlocked = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_screen")
        self.vault = vault
        self.locked_mode = False
        self._message: Callable[[], str] = str  # says the message again in a new language
        self.picker = LanguagePicker()
        self.picker.follow_application()
        self.title = heading(1)
        self.explain = paragraph()
        self.label = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlock.passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.try_passphrase)
        self.label.setBuddy(self.passphrase)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlock.button")
        self.unlock_button.clicked.connect(self.try_passphrase)
        self.keyring_button = QPushButton()
        self.keyring_button.setObjectName("unlock.keyring")
        self.keyring_button.clicked.connect(self.try_keyring)
        self.message = paragraph()
        self.message.setObjectName("unlock.message")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        for widget in (
            self.picker,
            self.title,
            self.explain,
            self.label,
            self.passphrase,
            self.unlock_button,
            self.keyring_button,
            self.message,
        ):
            layout.addWidget(widget)
        for button in (self.picker, self.unlock_button, self.keyring_button):
            layout.setAlignment(button, Qt.AlignmentFlag.AlignLeft)  # buttons, not bars
        self.passphrase.setMaximumWidth(self.passphrase.fontMetrics().averageCharWidth() * 48)
        self.retranslate()

    def prepare(self, locked: bool) -> None:
        """Show the screen fresh (no passphrase left in the box)."""
        self.locked_mode = locked
        self.passphrase.clear()
        self._say(str, say_it=False)
        methods = self.vault.unlock_methods
        has_passphrase = "passphrase" in methods
        for widget in (self.label, self.passphrase, self.unlock_button):
            widget.setVisible(has_passphrase)
        self.keyring_button.setVisible("keyring" in methods)
        self.retranslate()
        (self.passphrase if has_passphrase else self.keyring_button).setFocus()

    def try_passphrase(self) -> None:
        text = self.passphrase.text()
        if not text:
            self._say(lambda: self.tr("Type your passphrase, then press Enter."))
            return
        self._attempt(text)

    def try_keyring(self) -> None:
        self._attempt(None)

    def _attempt(self, passphrase: str | None) -> None:
        from ombud_desktop.vault import WrongPassphraseError

        try:
            self.vault.unlock(passphrase)
        except WrongPassphraseError:
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            self._say(
                lambda: self.tr("That passphrase is not right. Check Caps Lock and try again.")
            )
            return
        except UserFacingError as err:
            problem = err  # `err` is gone after except; re-said on a language switch
            self._say(lambda: error_text(problem))
            return
        self.passphrase.clear()
        self._say(str, say_it=False)
        self.unlocked.emit()

    def _say(self, message: Callable[[], str], say_it: bool = True) -> None:
        self._message = message
        text = message()
        self.message.setText(text)
        if say_it:
            announce(self.message, text)

    def retranslate(self) -> None:
        if self.locked_mode:
            self.title.setText(self.tr("Locked"))
            self.explain.setText(
                self.tr("Ombud Desktop is locked and your cases are hidden. Unlock to go on.")
            )
        else:
            self.title.setText(self.tr("Unlock your cases"))
            self.explain.setText(self.tr("Your cases are kept encrypted on this computer."))
        self.label.setText(self.tr("&Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setAccessibleDescription(
            self.tr("The passphrase chosen when Ombud Desktop was set up. Press Enter to unlock.")
        )
        describe(self.unlock_button, self.tr("&Unlock"), self.tr("Unlocks with the passphrase."))
        describe(
            self.keyring_button,
            self.tr("Unlock with the &system keyring"),
            self.tr("Uses the key kept by this computer's password store."),
        )
        self.message.setText(self._message())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # chosen here or elsewhere: new words
            self.retranslate()
        super().changeEvent(event)
