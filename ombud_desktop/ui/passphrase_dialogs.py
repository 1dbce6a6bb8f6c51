"""Settings' "Change the passphrase" and "Make a new recovery key": small dialogs over the
vault's own functions (which re-key the vault, so the old passphrase or key opens nothing)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ombud_desktop.errors import UserFacingError
from ombud_desktop.ui.error_text import error_text
from ombud_desktop.ui.new_passphrase import NewPassphraseBox
from ombud_desktop.ui.recovery_key_panel import RecoveryKeyPanel
from ombud_desktop.ui.widgets.blocks import paragraph

if TYPE_CHECKING:
    from ombud_desktop.vault import Vault


class ChangePassphraseDialog(QDialog):
    """The current passphrase (when there is one: whoever finds the app unlocked must not
    change it), then the new one twice."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_passphrase")
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.vault = vault
        self._message: Callable[[], str] = str
        self.has_passphrase = "passphrase" in vault.unlock_methods
        self.new_key: str | None = None  # when the vault had to make a new recovery key
        self.current_label = QLabel(self.tr("&Current passphrase"))
        self.current = QLineEdit()
        self.current.setObjectName("change_passphrase.current")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.current_label.setBuddy(self.current)
        self.current.returnPressed.connect(self._to_new)
        self.new = NewPassphraseBox("change_passphrase")
        self.new.pass_label.setText(self.tr("&New passphrase (five or more words)"))
        self.new.submitted.connect(self.save)
        self.message = paragraph()
        self.message.setObjectName("change_passphrase.message")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.current_label, self.current, self.new, self.message, buttons):
            layout.addWidget(widget)
        self.current_label.setVisible(self.has_passphrase)
        self.current.setVisible(self.has_passphrase)
        (self.current if self.has_passphrase else self.new.passphrase).setFocus()

    def _to_new(self) -> None:
        self.new.passphrase.setFocus()

    def save(self) -> None:
        from ombud_desktop.vault import WrongPassphraseError

        if self.has_passphrase:
            try:
                self.vault.unlock(self.current.text())  # checks it; the vault stays open
            except WrongPassphraseError:
                self.current.selectAll()
                self.current.setFocus()
                self._say(lambda: self.tr("That is not the current passphrase. Try again."))
                return
        weak = self.new.problem()
        if weak is not None:
            self._say(weak)
            return
        try:
            self.new_key = self.vault.set_passphrase(self.new.passphrase.text())
        except UserFacingError as err:
            problem = err
            self._say(lambda: error_text(problem))
            return
        self.new.clear()
        self.current.clear()
        self.accept()

    def _say(self, message: Callable[[], str]) -> None:
        self._message = message
        self.message.setText(message())


class RecoveryKeyDialog(QDialog):
    """A new recovery key, shown once."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_recovery_key")
        self.setWindowTitle(self.tr("New recovery key"))
        self.panel = RecoveryKeyPanel("new_recovery_key")
        self.panel.continue_button.setAccessibleDescription(self.tr("Closes this window."))
        self.panel.done.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.panel.show_key(key)

    def reject(self) -> None:
        """Esc or the close button: the key is not shown again, so ask first."""
        if self.panel.noted.isChecked() or self._leave_confirmed():
            super().reject()

    def _leave_confirmed(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Close without noting the key?"),
            self.tr(
                "The recovery key is not shown again. Close anyway? (You can make another "
                "one in Settings.)"
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close


def change_passphrase(vault: Vault, parent: QWidget | None = None) -> bool:
    """Ask for and set a new passphrase (showing a recovery key the change had to
    replace). True when it was changed."""
    dialog = ChangePassphraseDialog(vault, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if dialog.new_key:
        RecoveryKeyDialog(dialog.new_key, parent).exec()
    return True


def new_recovery_key(vault: Vault, parent: QWidget | None = None) -> bool:
    """After a warning that the old key stops working, make and show a new one."""
    if "recovery" in vault.unlock_methods:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("RecoveryKeyDialog", "Make a new recovery key"),
            QCoreApplication.translate(
                "RecoveryKeyDialog",
                "Your old recovery key will stop working: throw that paper away once the new "
                "key is printed or written down. Go on?",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    passphrase: str | None = None
    if "passphrase" in vault.unlock_methods:  # the vault re-attaches it to its new key
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("RecoveryKeyDialog", "Make a new recovery key"),
            QCoreApplication.translate("RecoveryKeyDialog", "Your current passphrase:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not text:
            return False
        passphrase = text
    try:
        key = vault.add_recovery_key(passphrase)
    except UserFacingError as err:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("RecoveryKeyDialog", "Make a new recovery key"),
            error_text(err),
        )
        return False
    RecoveryKeyDialog(key, parent).exec()
    return True
