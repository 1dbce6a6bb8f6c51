"""A language picker for the welcome page and settings: each language named in itself.

It only reports the choice (`language_chosen`); the owner applies and saves it, e.g.
`ombud_desktop.i18n.runtime.apply_language(code)` plus the preference.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ombud_desktop.i18n.languages import LANGUAGES, language


class LanguagePicker(QWidget):
    """A label ("Language", in the current language) and a list of language names."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_picker")
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("language_picker.combo")
        self.label.setBuddy(self.combo)
        for item in LANGUAGES:
            self.combo.addItem(item.native_name, item.code)
            row = self.combo.count() - 1
            # The English name helps a volunteer who does not read the script.
            self.combo.setItemData(row, item.english_name, Qt.ItemDataRole.ToolTipRole)
            self.combo.setItemData(row, QLocale(item.qt_locale), Qt.ItemDataRole.UserRole + 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        self.combo.activated.connect(self._on_activated)
        self._retranslate()

    def current_code(self) -> str:
        return str(self.combo.currentData())

    def set_current(self, code: str) -> None:
        """Show `code` as chosen without reporting it as a new choice."""
        index = self.combo.findData(language(code).code)
        self.combo.setCurrentIndex(max(index, 0))

    def _on_activated(self, index: int) -> None:
        self.language_chosen.emit(str(self.combo.itemData(index)))

    def _retranslate(self) -> None:
        # After a wrong pick the list still names every language in itself.
        self.label.setText(self.tr("&Language:"))
        self.combo.setAccessibleName(self.tr("Language"))
        self.combo.setAccessibleDescription(
            self.tr("Choose the language for the app. Each language is named in itself.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
