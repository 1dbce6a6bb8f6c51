"""Settings: language, idle lock minutes, retention days, text size and contrast.

The dialog shows the values in force, organization defaults included; pressing OK makes
a value the person's own only when they changed it (or had chosen it before), so an
organization's later default still reaches everything they left alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ombud_desktop import __version__
from ombud_desktop.core.org_config import DEFAULT_IDLE_LOCK_MINUTES, OrgConfig
from ombud_desktop.i18n.bidi import isolated
from ombud_desktop.ui.language_picker import LanguagePicker
from ombud_desktop.ui.settings import Preferences
from ombud_desktop.ui.widgets.blocks import describe, paragraph

if TYPE_CHECKING:
    from ombud_desktop.ui.application import OmbudApplication
    from ombud_desktop.vault import Vault


class SettingsDialog(QDialog):
    def __init__(
        self,
        prefs: Preferences,
        retention_days: int,
        parent: QWidget | None = None,
        *,
        language: str = "",
        idle_minutes: int | None = None,
        org: OrgConfig | None = None,
        vault: Vault | None = None,
    ):
        """`language` and `idle_minutes`: the values in force when the person has not
        chosen their own (organization or app defaults)."""
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self._prefs = prefs
        self._shown_language = prefs.language or language or "en"
        self.picker = LanguagePicker()
        self.picker.set_current(self._shown_language)
        self._shown_idle = (
            prefs.idle_lock_minutes if prefs.idle_lock_minutes is not None else idle_minutes
        )
        self.idle = QSpinBox()
        self.idle.setObjectName("settings.idle_minutes")
        self.idle.setRange(0, 240)
        shown = self._shown_idle
        self.idle.setValue(shown if shown is not None else DEFAULT_IDLE_LOCK_MINUTES)
        self.idle.setSpecialValueText(self.tr("Never"))
        self.idle.setSuffix(self.tr(" min"))
        self.retention = QSpinBox()
        self.retention.setObjectName("settings.retention_days")
        self.retention.setRange(1, 3650)
        self.retention.setValue(retention_days)
        self.retention.setSuffix(self.tr(" days"))
        self.scale = QSpinBox()
        self.scale.setObjectName("settings.text_scale")
        self.scale.setRange(100, 200)
        self.scale.setSingleStep(25)
        self.scale.setValue(prefs.text_scale_percent)
        self.scale.setSuffix(" %")
        self.contrast = QCheckBox(self.tr("High contrast"))
        self.contrast.setObjectName("settings.high_contrast")
        self.contrast.setChecked(prefs.high_contrast)
        form = QFormLayout(self)
        form.addRow(self.picker)
        for label, widget, description in (
            (
                self.tr("Lock after this many idle minutes"),
                self.idle,
                self.tr("Hides everything when nobody touched the keyboard or mouse. 0 = never."),
            ),
            (
                self.tr("Mark cases for deletion after"),
                self.retention,
                self.tr("Cases not edited for this long are marked on the case list."),
            ),
            (
                self.tr("Text size"),
                self.scale,
                self.tr("Makes all text bigger, up to twice the normal size."),
            ),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            widget.setAccessibleName(label)
            widget.setAccessibleDescription(description)
            form.addRow(caption, widget)
        self.contrast.setAccessibleName(self.tr("High contrast"))
        self.contrast.setAccessibleDescription(self.tr("Black text on white with strong lines."))
        form.addRow(self.contrast)
        if vault is not None:
            form.addRow(self._security_row(vault))
        self.about = paragraph(self._about_text(org or OrgConfig()))
        self.about.setObjectName("settings.about")
        form.addRow(self.about)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _security_row(self, vault: Vault) -> QWidget:
        """Change the passphrase, make a new recovery key (each re-keys the vault)."""
        from ombud_desktop.ui.passphrase_dialogs import change_passphrase, new_recovery_key

        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.change_passphrase = QPushButton()
        self.change_passphrase.setObjectName("settings.change_passphrase")
        describe(
            self.change_passphrase,
            self.tr("Change the passphrase…")
            if "passphrase" in vault.unlock_methods
            else self.tr("Add a passphrase…"),
            self.tr("A new passphrase to unlock your cases; the old one stops working."),
        )
        self.new_recovery_key = QPushButton()
        self.new_recovery_key.setObjectName("settings.new_recovery_key")
        describe(
            self.new_recovery_key,
            self.tr("Make a new recovery key…"),
            self.tr("Shows a new key to print; an earlier key stops working."),
        )
        self.security_message = paragraph()
        self.security_message.setObjectName("settings.security_message")

        def changed() -> None:
            if change_passphrase(vault, self):
                self.security_message.setText(self.tr("The passphrase was changed."))

        def new_key() -> None:
            if new_recovery_key(vault, self):
                self.security_message.setText(self.tr("The new recovery key is in force."))

        self.change_passphrase.clicked.connect(changed)
        self.new_recovery_key.clicked.connect(new_key)
        for button in (self.change_passphrase, self.new_recovery_key):
            button.setAutoDefault(False)  # Enter in the dialog still means OK
            layout.addWidget(button)
        layout.addStretch(1)
        column = QWidget()
        outer = QVBoxLayout(column)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(row)
        outer.addWidget(self.security_message)
        return column

    def _about_text(self, org: OrgConfig) -> str:
        """Which app this is and, when set up by an organization, who to ask for help."""
        lines = [self.tr("Ombud Desktop %1").replace("%1", __version__)]
        if org.name:
            lines.append(self.tr("Set up by %1.").replace("%1", isolated(org.name)))
        if org.help_contact:
            lines.append(isolated(org.help_contact))
        # each line reads in the interface's direction, even when it starts with Latin
        # letters in Arabic ("Ombud Desktop ...")
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        mark = "\u200f" if rtl else "\u200e"
        return "\n".join(mark + line for line in lines)

    def values(self) -> tuple[Preferences, int]:
        """The person's choices; a default they left as it was stays "not chosen"."""
        language = self.picker.current_code()
        idle: int | None = self.idle.value()
        if not self._prefs.language and language == self._shown_language:
            language = ""
        if self._prefs.idle_lock_minutes is None and idle == self._shown_idle:
            idle = None
        prefs = Preferences(
            language=language,
            idle_lock_minutes=idle,
            text_scale_percent=self.scale.value(),
            high_contrast=self.contrast.isChecked(),
        )
        return prefs, self.retention.value()


def edit_settings(app: OmbudApplication, vault: Vault, parent: QWidget | None = None) -> bool:
    """Show the dialog; apply and keep what the person chose. True when changed."""
    dialog = SettingsDialog(
        app.preferences,
        vault.retention_days,
        parent,
        language=app.current_language_code(),
        idle_minutes=app.idle_lock_minutes(),
        org=app.context.org,
        vault=vault,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    prefs, retention = dialog.values()
    app.update_preferences(prefs)
    if prefs.language:
        app.set_language(prefs.language)
    if retention != vault.retention_days and _confirm_retention(vault, retention, parent):
        vault.set_retention_days(retention)
    return True


def _confirm_retention(vault: Vault, days: int, parent: QWidget | None) -> bool:
    """A shorter period that would mark more cases for deletion is confirmed first."""
    more = len(vault.retention_due(days)) - len(vault.retention_due())
    if more <= 0:
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SettingsDialog", "Mark cases for deletion?"),
        QCoreApplication.translate(
            "SettingsDialog",
            "With a period of %1 days, %n more case(s) will be marked as due for "
            "deletion. Change the period?",
            "",
            more,
        ).replace("%1", str(days)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
