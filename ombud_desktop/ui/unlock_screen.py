"""Unlocking the vault at start and after a lock: by the system keyring, a passphrase or
the recovery key. A wrong passphrase says so and keeps the box ready for another try; the
recovery key opens the vault and then asks for a new passphrase (and makes a new key)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ombud_desktop.errors import UserFacingError
from ombud_desktop.ui.accessibility import announce
from ombud_desktop.ui.error_text import error_text
from ombud_desktop.ui.language_picker import LanguagePicker
from ombud_desktop.ui.widgets.blocks import describe, heading, leading, paragraph, scrolling

# The steps of the screen, as pages of its stack.
PASSPHRASE, RECOVERY, NEW_PASSPHRASE, NEW_KEY = range(4)


def _column(*widgets: QWidget) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        if isinstance(widget, QPushButton):
            layout.addLayout(leading(widget))  # buttons, not bars
        else:
            layout.addWidget(widget)
    layout.addStretch(1)  # all at the top
    return page


if TYPE_CHECKING:
    from ombud_desktop.ui.lazy_vault import LazyVault
    from ombud_desktop.ui.new_passphrase import NewPassphraseBox
    from ombud_desktop.ui.recovery_key_panel import RecoveryKeyPanel


class UnlockScreen(QWidget):
    unlocked = Signal()

    def __init__(self, vault: LazyVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_screen")
        self.lazy_vault = vault  # the vault itself is built on the first attempt
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
        self.recovery_button = QPushButton()
        self.recovery_button.setObjectName("unlock.use_recovery_key")
        self.recovery_button.clicked.connect(self.show_recovery)

        self.key_label = QLabel()
        self.recovery_key = QLineEdit()
        self.recovery_key.setObjectName("unlock.recovery_key")
        self.recovery_key.returnPressed.connect(self.try_recovery_key)
        self.key_label.setBuddy(self.recovery_key)
        self.recovery_open = QPushButton()
        self.recovery_open.setObjectName("unlock.recovery_open")
        self.recovery_open.clicked.connect(self.try_recovery_key)
        self.back_button = QPushButton()
        self.back_button.setObjectName("unlock.back")
        self.back_button.clicked.connect(lambda: self.prepare(self.locked_mode))
        recovery_buttons = QWidget()
        row = QHBoxLayout(recovery_buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.recovery_open)
        row.addWidget(self.back_button)
        row.addStretch(1)

        # The new-passphrase and new-key steps are made when a recovery key has opened
        # the vault (start-up loads only what unlocking needs).
        self.new_explain = paragraph()
        self.save_button = QPushButton()
        self.save_button.setObjectName("unlock.save_passphrase")
        self.save_button.clicked.connect(self.save_new_passphrase)
        self.new_passphrase: NewPassphraseBox | None = None
        self.key_panel: RecoveryKeyPanel | None = None

        self.stack = QStackedWidget()
        for page in (
            _column(self.label, self.passphrase, self.unlock_button, self.keyring_button),
            _column(self.key_label, self.recovery_key, recovery_buttons),
        ):
            self.stack.addWidget(page)
        self.message = paragraph()
        self.message.setObjectName("unlock.message")
        content = QWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))  # large text: scrolls, never squeezed
        layout = QVBoxLayout(content)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addLayout(leading(self.picker))
        for widget in (self.title, self.explain, self.stack, self.message):
            layout.addWidget(widget)
        layout.addLayout(leading(self.recovery_button))
        # The message stays right under the boxes: the room left over goes below it.
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addStretch(1)
        width = self.passphrase.fontMetrics().averageCharWidth() * 48
        self.passphrase.setMaximumWidth(width)
        self.recovery_key.setMaximumWidth(width + width // 3)  # 64 characters with dashes
        self.retranslate()

    def prepare(self, locked: bool) -> None:
        """Show the screen fresh (no passphrase left in the box)."""
        self.locked_mode = locked
        self.passphrase.clear()
        self.recovery_key.clear()
        if self.new_passphrase is not None:
            self.new_passphrase.clear()
        self._say(str, say_it=False)
        methods = self.lazy_vault.unlock_methods
        has_passphrase = "passphrase" in methods
        for widget in (self.label, self.passphrase, self.unlock_button):
            widget.setVisible(has_passphrase)
        self.keyring_button.setVisible("keyring" in methods)
        self.recovery_button.setVisible("recovery" in methods)
        self.stack.setCurrentIndex(PASSPHRASE)
        self.retranslate()
        self.focus_first()

    def focus_first(self) -> None:
        """The box to type in on this step (the keyring button when there is none)."""
        step = self.stack.currentIndex()
        if step == RECOVERY:
            self.recovery_key.setFocus()
        elif step == NEW_PASSPHRASE and self.new_passphrase is not None:
            self.new_passphrase.passphrase.setFocus()
        elif step == NEW_KEY and self.key_panel is not None:
            self.key_panel.print_button.setFocus()
        elif "passphrase" in self.lazy_vault.unlock_methods:
            self.passphrase.setFocus()
        else:
            self.keyring_button.setFocus()

    # --- passphrase and keyring -------------------------------------------------------
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
            self.lazy_vault.vault().unlock(passphrase)
        except WrongPassphraseError:
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            self._say(
                lambda: self.tr("That passphrase is not right. Check Caps Lock and try again.")
            )
            return
        except UserFacingError as err:
            self.show_error(err)
            return
        self.passphrase.clear()
        self._say(str, say_it=False)
        self.unlocked.emit()

    def show_error(self, err: UserFacingError) -> None:
        """Say why unlocking failed; a refused keyring in plain words, offering what this
        vault really has instead (never a passphrase or recovery key it does not have)."""
        from ombud_desktop.vault.errors import KeyringUnavailableError

        if not isinstance(err, KeyringUnavailableError):
            problem = err  # `err` is gone after except; re-said on a language switch
            self._say(lambda: error_text(problem))
            return
        methods = self.lazy_vault.unlock_methods
        if "passphrase" in methods:
            self.passphrase.setFocus()
            self._say(
                lambda: self.tr(
                    "The computer's password store did not give the key: its window was "
                    "closed or it said no. Type your passphrase instead, or try the password "
                    "store again."
                )
            )
        elif "recovery" in methods:
            self.recovery_button.setFocus()
            self._say(
                lambda: self.tr(
                    "The computer's password store did not give the key: its window was "
                    "closed or it said no. Use your recovery key instead, or try the password "
                    "store again."
                )
            )
        else:
            self.keyring_button.setFocus()
            self._say(
                lambda: self.tr(
                    "The computer's password store did not give the key: its window was "
                    "closed or it said no. Try again, and type the computer's password when "
                    "it asks."
                )
            )

    # --- recovery key -----------------------------------------------------------------
    def show_recovery(self) -> None:
        self.stack.setCurrentIndex(RECOVERY)
        self.recovery_button.hide()
        self._say(str, say_it=False)
        self.recovery_key.setFocus()

    def try_recovery_key(self) -> None:
        text = self.recovery_key.text()
        if not text.strip():
            self._say(lambda: self.tr("Type the recovery key from your paper, then press Enter."))
            return
        try:
            self.lazy_vault.vault().unlock_with_recovery_key(text)
        except UserFacingError as err:
            problem = err
            self._say(lambda: error_text(problem))
            self.recovery_key.setFocus()
            return
        self.recovery_key.clear()
        from ombud_desktop.ui.application import ombud_app

        app = ombud_app()
        if app is not None:  # unlocked while the new passphrase is typed: idle locks it
            app.idle_watcher.watch()
        new_passphrase, _ = self._new_steps()
        self.stack.setCurrentIndex(NEW_PASSPHRASE)
        self.retranslate()
        self._say(str, say_it=False)
        new_passphrase.passphrase.setFocus()

    def _new_steps(self) -> tuple[NewPassphraseBox, RecoveryKeyPanel]:
        """The new-passphrase and new-recovery-key steps, made on first use."""
        if self.new_passphrase is None or self.key_panel is None:
            from ombud_desktop.ui.new_passphrase import NewPassphraseBox
            from ombud_desktop.ui.recovery_key_panel import RecoveryKeyPanel

            self.new_passphrase = NewPassphraseBox("unlock.new")
            self.new_passphrase.submitted.connect(self.save_new_passphrase)
            self.key_panel = RecoveryKeyPanel("unlock")
            self.key_panel.done.connect(self.unlocked)
            self.stack.addWidget(_column(self.new_explain, self.new_passphrase, self.save_button))
            self.stack.addWidget(self.key_panel)
        return self.new_passphrase, self.key_panel

    def save_new_passphrase(self) -> None:
        new_passphrase, key_panel = self._new_steps()
        weak = new_passphrase.problem()
        if weak is not None:
            self._say(weak)
            return
        try:
            # The printed recovery key keeps working; only a key from before recovery
            # keys could follow a change comes back new, to be printed.
            key = self.lazy_vault.vault().set_passphrase(new_passphrase.passphrase.text())
        except UserFacingError as err:
            problem = err
            self._say(lambda: error_text(problem))
            return
        if self.new_passphrase is not None:
            new_passphrase.clear()
        if not key:
            self.unlocked.emit()
            return
        self.stack.setCurrentIndex(NEW_KEY)
        self._say(
            lambda: self.tr("The new passphrase is saved. Your old recovery key no longer works.")
        )
        key_panel.show_key(key)

    def _say(self, message: Callable[[], str], say_it: bool = True) -> None:
        self._message = message
        text = message()
        self.message.setText(text)
        if say_it and text:
            announce(self.message, text)

    def retranslate(self) -> None:
        if self.stack.currentIndex() in (NEW_PASSPHRASE, NEW_KEY):
            self.title.setText(self.tr("Choose a new passphrase"))
            self.explain.setText("")
        elif self.locked_mode:
            self.title.setText(self.tr("Locked"))
            self.explain.setText(
                self.tr("Ombud Desktop is locked and your cases are hidden. Unlock to go on.")
            )
        else:
            self.title.setText(self.tr("Unlock your cases"))
            self.explain.setText(self.tr("Your cases are kept encrypted on this computer."))
        self.explain.setVisible(bool(self.explain.text()))
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
        describe(
            self.recovery_button,
            self.tr("Use the recovery &key"),
            self.tr("Forgot the passphrase? Opens your cases with the recovery key on paper."),
        )
        self.key_label.setText(self.tr("Recovery &key (groups of four letters and digits)"))
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setAccessibleDescription(
            self.tr("Type it as printed; dashes and spaces do not matter. Press Enter to open.")
        )
        describe(
            self.recovery_open,
            self.tr("&Open with the recovery key"),
            self.tr("Opens your cases, then asks for a new passphrase."),
        )
        describe(self.back_button, self.tr("&Back"), self.tr("Back to the passphrase."))
        self.new_explain.setText(
            self.tr(
                "Your cases are open. Now choose a new passphrase: you will type it from now on."
            )
        )
        describe(
            self.save_button,
            self.tr("&Save the new passphrase"),
            self.tr("Saves it and opens your cases. Your recovery key keeps working."),
        )
        self.message.setText(self._message())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # chosen here or elsewhere: new words
            self.retranslate()
        super().changeEvent(event)
