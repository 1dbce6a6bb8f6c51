"""Settings: language, idle lock minutes, retention days, text size and contrast."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from ombud_desktop.ui.language_picker import LanguagePicker
from ombud_desktop.ui.settings import Preferences


class SettingsDialog(QDialog):
    def __init__(self, prefs: Preferences, retention_days: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.picker = LanguagePicker()
        self.picker.set_current(prefs.language or "en")
        self.idle = QSpinBox()
        self.idle.setObjectName("settings.idle_minutes")
        self.idle.setRange(0, 240)
        self.idle.setValue(prefs.idle_lock_minutes)
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[Preferences, int]:
        prefs = Preferences(
            language=self.picker.current_code(),
            idle_lock_minutes=self.idle.value(),
            text_scale_percent=self.scale.value(),
            high_contrast=self.contrast.isChecked(),
        )
        return prefs, self.retention.value()


def edit_settings(app: Any, vault: Any, parent: QWidget | None = None) -> bool:
    """Show the dialog; apply and keep what the person chose. True when changed."""
    dialog = SettingsDialog(app.preferences, vault.retention_days, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    prefs, retention = dialog.values()
    app.update_preferences(prefs)
    app.set_language(prefs.language)
    if retention != vault.retention_days:
        vault.set_retention_days(retention)
    return True
