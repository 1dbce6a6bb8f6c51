"""First run: how to protect the vault (the system keyring, or a passphrase — recommended
on shared computers), and an optional recovery key shown once, to print or write down."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ombud_desktop.errors import UserFacingError
from ombud_desktop.ui.accessibility import announce
from ombud_desktop.ui.error_text import error_text
from ombud_desktop.ui.language_picker import LanguagePicker
from ombud_desktop.ui.new_passphrase import NewPassphraseBox
from ombud_desktop.ui.recovery_key_panel import RecoveryKeyPanel
from ombud_desktop.ui.widgets.blocks import describe, heading, paragraph, scrolling

if TYPE_CHECKING:
    from ombud_desktop.ui.lazy_vault import LazyVault


class FirstRunScreen(QWidget):
    done = Signal()

    def __init__(
        self,
        vault: LazyVault,
        keyring_available: bool | None,
        parent: QWidget | None = None,
    ) -> None:
        """`keyring_available`: None while it is still being found out (keyring_found
        gives the answer; the keyring choice stays off until then)."""
        super().__init__(parent)
        self.setObjectName("first_run")
        self.lazy_vault = vault  # built when the person creates it
        self._message: Callable[[], str] = str  # says the message again in a new language
        # Chosen before anything else: the person may not read the system's language.
        self.picker = LanguagePicker()
        self.picker.follow_application()
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(scrolling(self.stack), 1)  # large text: scrolls, never squeezed

        choose = QWidget()
        c = QVBoxLayout(choose)
        self.title = heading(1)
        self.explain = paragraph()
        self.use_passphrase = QRadioButton()
        self.use_passphrase.setObjectName("first_run.passphrase_choice")
        self.use_keyring = QRadioButton()
        self.use_keyring.setObjectName("first_run.keyring_choice")
        self._keyring_known = keyring_available is not None
        self.use_keyring.setEnabled(bool(keyring_available))
        self.use_passphrase.setChecked(True)
        self.keyring_note = paragraph()
        self.new_passphrase = NewPassphraseBox("first_run")
        self.new_passphrase.submitted.connect(self.create_vault)
        self.passphrase = self.new_passphrase.passphrase
        self.repeat = self.new_passphrase.repeat
        self.recovery = QCheckBox()
        self.recovery.setObjectName("first_run.recovery")
        self.recovery.setChecked(True)
        self.create_button = QPushButton()
        self.create_button.setObjectName("first_run.create")
        self.create_button.clicked.connect(self.create_vault)
        self.message = paragraph()
        self.message.setObjectName("first_run.message")
        self.use_passphrase.toggled.connect(self._mode_changed)
        for widget in (
            self.title,
            self.explain,
            self.use_passphrase,
            self.use_keyring,
            self.keyring_note,
            self.new_passphrase,
            self.recovery,
            self.create_button,
            self.message,
        ):
            c.addWidget(widget)
        c.addStretch(1)  # all at the top
        self.stack.addWidget(choose)

        self.key_panel = RecoveryKeyPanel("first_run")
        self.key_panel.done.connect(self.done)
        self.key_text = self.key_panel.key_text
        self.print_button = self.key_panel.print_button
        self.noted = self.key_panel.noted
        self.continue_button = self.key_panel.continue_button
        self.stack.addWidget(self.key_panel)
        self.retranslate()
        self._mode_changed()

    @Slot(bool)
    def keyring_found(self, available: bool) -> None:
        """The answer to whether a secure keyring is here (ui/keyring_probe.py)."""
        self._keyring_known = True
        self.use_keyring.setEnabled(available)
        self._mode_changed()

    def focus_first(self) -> None:
        """Typing starts in the passphrase box (or on the choice, when it is hidden)."""
        if self.stack.currentIndex() == 1:
            self.print_button.setFocus()
        elif self.passphrase.isVisibleTo(self):
            self.passphrase.setFocus()
        else:
            self.use_keyring.setFocus()

    def _mode_changed(self, *_: object) -> None:
        needs = self.use_passphrase.isChecked()
        self.new_passphrase.setVisible(needs)
        self.retranslate()  # the recovery key is "if the passphrase / password store is lost"

    def create_vault(self) -> None:
        from ombud_desktop.vault.errors import KeyringUnavailableError

        passphrase: str | None = None
        if self.use_passphrase.isChecked():
            passphrase = self.passphrase.text()
            weak = self.new_passphrase.problem()
            if weak is not None:
                self._say(weak)
                return
        try:
            key = self.lazy_vault.vault().initialize(
                passphrase=passphrase,
                use_keyring=self.use_keyring.isChecked(),
                recovery_key=self.recovery.isChecked(),
            )
        except KeyringUnavailableError:
            self._keyring_refused()
            return
        except UserFacingError as err:
            problem = err  # `err` is gone after except; re-said on a language switch
            self._say(lambda: error_text(problem))
            return
        self.new_passphrase.clear()
        if key:
            self.stack.setCurrentIndex(1)
            self.key_panel.show_key(key)
        else:
            self.done.emit()

    def _keyring_refused(self) -> None:
        """The system's own prompt was cancelled or refused: said plainly (not the
        library's "InitError: Prompt dismissed"), and the passphrase offered instead."""
        self.use_passphrase.setChecked(True)
        self._say(
            lambda: self.tr(
                "The computer's password store did not keep the key: its window was closed "
                "or it said no. Nothing was set up. Choose a passphrase below instead, or "
                "choose the password store again to retry."
            )
        )
        self.passphrase.setFocus()

    def _say(self, message: Callable[[], str]) -> None:
        self._message = message
        self.message.setText(message())
        announce(self.message, self.message.text())  # said as the wizard's messages are

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to Ombud Desktop"))
        self.explain.setText(
            self.tr("Your cases will be kept encrypted on this computer. Choose how to lock them.")
        )
        self.use_passphrase.setText(
            self.tr("With a passphrase I type each time (best on a shared computer)")
        )
        self.use_passphrase.setAccessibleName(self.use_passphrase.text())
        self.use_passphrase.setAccessibleDescription(
            self.tr("Nobody can open the cases without the passphrase.")
        )
        self.use_keyring.setText(self.tr("With this computer's password store (keyring)"))
        self.use_keyring.setAccessibleName(self.use_keyring.text())
        self.use_keyring.setAccessibleDescription(
            self.tr("Anyone who can log in to this computer account can open the cases.")
        )
        self.keyring_note.setText(
            self.tr(
                "If you choose it, the computer may ask for its own password (often the one "
                "you log in with) to open its password store."
            )
            if self.use_keyring.isEnabled()
            else self.tr("No secure password store was found on this computer.")
            if self._keyring_known
            else self.tr("Looking for this computer's password store…")
        )
        self.recovery.setText(
            self.tr("Make a recovery key to print (if the passphrase is lost)")
            if self.use_passphrase.isChecked()
            else self.tr("Make a recovery key to print (if the password store is lost)")
        )
        self.recovery.setAccessibleName(self.recovery.text())
        self.recovery.setAccessibleDescription(
            self.tr("A long code shown once. Print it or write it down and keep it safe.")
        )
        describe(self.create_button, self.tr("&Create"), self.tr("Sets up the encrypted storage."))
        self.message.setText(self._message())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # chosen here or elsewhere: new words
            self.retranslate()
        super().changeEvent(event)
