"""First run: how to protect the vault (the system keyring, or a passphrase — recommended
on shared computers), and an optional recovery key shown once, to print or write down."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
from ombud_desktop.ui.widgets.blocks import describe, heading, paragraph

if TYPE_CHECKING:
    from ombud_desktop.vault import Vault

MIN_PASSPHRASE = 8


class FirstRunScreen(QWidget):
    done = Signal()

    def __init__(
        self, vault: Vault, keyring_available: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        self.vault = vault
        self._key = ""  # the recovery key while it is shown, to print
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
        layout.addWidget(self.stack)

        choose = QWidget()
        c = QVBoxLayout(choose)
        c.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = heading(1)
        self.explain = paragraph()
        self.use_passphrase = QRadioButton()
        self.use_passphrase.setObjectName("first_run.passphrase_choice")
        self.use_keyring = QRadioButton()
        self.use_keyring.setObjectName("first_run.keyring_choice")
        self.use_keyring.setEnabled(keyring_available)
        self.use_passphrase.setChecked(True)
        self.keyring_note = paragraph()
        self.pass_label = QLabel()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("first_run.passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.pass_label.setBuddy(self.passphrase)
        self.repeat_label = QLabel()
        self.repeat = QLineEdit()
        self.repeat.setObjectName("first_run.repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_label.setBuddy(self.repeat)
        # Enter goes on from the first box and, in the second, creates the vault.
        self.passphrase.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self.create_vault)
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
            self.pass_label,
            self.passphrase,
            self.repeat_label,
            self.repeat,
            self.recovery,
            self.create_button,
            self.message,
        ):
            c.addWidget(widget)
        self.stack.addWidget(choose)

        show = QWidget()
        s = QVBoxLayout(show)
        s.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.key_title = heading(1)
        self.key_explain = paragraph()
        # A label, not a one-line box: at large text sizes the 64-character key wraps at its
        # dashes instead of hiding its start (the person must copy every character).
        self.key_text = QLabel()
        self.key_text.setObjectName("first_run.recovery_key")
        self.key_text.setWordWrap(True)
        self.key_text.setTextFormat(Qt.TextFormat.PlainText)
        self.key_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        mono = QFont("monospace")
        mono.setPointSizeF(self.font().pointSizeF() * 1.4)
        self.key_text.setFont(mono)
        self.print_button = QPushButton()
        self.print_button.setObjectName("first_run.print")
        self.print_button.clicked.connect(self.print_key)
        self.noted = QCheckBox()
        self.noted.setObjectName("first_run.noted")
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("first_run.continue")
        self.continue_button.setEnabled(False)
        self.noted.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        for widget in (
            self.key_title,
            self.key_explain,
            self.key_text,
            self.print_button,
            self.noted,
            self.continue_button,
        ):
            s.addWidget(widget)
        self.stack.addWidget(show)
        self.retranslate()
        self._mode_changed()

    def focus_first(self) -> None:
        """Typing starts in the passphrase box (or on the choice, when it is hidden)."""
        if self.stack.currentIndex() == 1:
            self.print_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.passphrase.isVisibleTo(self):
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.use_keyring.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mode_changed(self, *_: object) -> None:
        needs = self.use_passphrase.isChecked()
        for widget in (self.pass_label, self.passphrase, self.repeat_label, self.repeat):
            widget.setVisible(needs)

    def create_vault(self) -> None:
        passphrase: str | None = None
        if self.use_passphrase.isChecked():
            passphrase = self.passphrase.text()
            if len(passphrase) < MIN_PASSPHRASE:
                self._say(
                    lambda: self.tr("Choose a passphrase of at least %1 characters.").replace(
                        "%1", str(MIN_PASSPHRASE)
                    )
                )
                self.passphrase.setFocus()
                return
            if passphrase != self.repeat.text():
                self._say(lambda: self.tr("The two passphrases differ. Type them again."))
                self.repeat.clear()
                self.repeat.setFocus()
                return
        try:
            key = self.vault.initialize(
                passphrase=passphrase,
                use_keyring=self.use_keyring.isChecked(),
                recovery_key=self.recovery.isChecked(),
            )
        except UserFacingError as err:
            problem = err  # `err` is gone after except; re-said on a language switch
            self._say(lambda: error_text(problem))
            return
        self.passphrase.clear()
        self.repeat.clear()
        if key:
            self._key = key
            self.key_text.setText(key.replace("-", "-\u200b"))  # may break after a dash
            self.stack.setCurrentIndex(1)
            self.print_button.setFocus()
        else:
            self.done.emit()

    def _say(self, message: Callable[[], str]) -> None:
        self._message = message
        self.message.setText(message())
        announce(self.message, self.message.text())  # said as the wizard's messages are

    def print_key(self) -> None:
        """Print on paper (never into a file of ours): the recovery key is shown once."""
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(
            self.tr("Ombud Desktop recovery key")
            + "\n\n"
            + self._key
            + "\n\n"
            + self.tr("Keep this paper in a safe place. It opens all your cases.")
        )
        document.print_(printer)

    def _finish(self) -> None:
        self.key_text.clear()  # shown once: gone from the screen now
        self._key = ""
        self.done.emit()

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
            ""
            if self.use_keyring.isEnabled()
            else self.tr("No secure password store was found on this computer.")
        )
        self.pass_label.setText(self.tr("&Passphrase (at least 8 characters)"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setAccessibleDescription(self.tr("At least 8 characters. Write it down."))
        self.repeat_label.setText(self.tr("&Repeat the passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.repeat.setAccessibleDescription(self.tr("The same passphrase again, to catch typos."))
        self.recovery.setText(self.tr("Make a recovery key to print (if the passphrase is lost)"))
        self.recovery.setAccessibleName(self.recovery.text())
        self.recovery.setAccessibleDescription(
            self.tr("A long code shown once. Print it or write it down and keep it safe.")
        )
        describe(self.create_button, self.tr("&Create"), self.tr("Sets up the encrypted storage."))
        self.key_title.setText(self.tr("Your recovery key"))
        self.key_explain.setText(
            self.tr(
                "This key opens your cases if the passphrase is forgotten. It is shown only "
                "now. Print it or write it down, and keep it away from this computer."
            )
        )
        self.key_text.setAccessibleName(self.tr("Recovery key"))
        self.key_text.setAccessibleDescription(self.tr("Shown once. Print or write it down."))
        describe(
            self.print_button,
            self.tr("&Print the recovery key…"),
            self.tr("Prints the key on paper."),
        )
        self.noted.setText(self.tr("I have printed or written down the recovery key"))
        self.noted.setAccessibleName(self.noted.text())
        self.noted.setAccessibleDescription(self.tr("Needed to go on; the key is not shown again."))
        describe(self.continue_button, self.tr("C&ontinue"), self.tr("Goes to your list of cases."))
        self.message.setText(self._message())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # chosen here or elsewhere: new words
            self.retranslate()
        super().changeEvent(event)
