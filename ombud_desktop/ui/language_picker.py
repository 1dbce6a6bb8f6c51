"""A language picker for the welcome page and settings: each language named in itself.

It reports the choice (`language_chosen`); `follow_application()` makes it apply and
remember the choice for the whole app and always show the app's current language.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ombud_desktop.i18n.languages import LANGUAGES, language

LATIN_END = 0x0250  # past Basic Latin, Latin-1 and Latin Extended-A and -B
# Qt.ItemDataRole.ToolTipRole and UserRole + 1: item roles are ints in Qt's calls, and the
# picker is on the first screen, built without PySide's Qt namespace (ui/qt_keys.py).
TOOLTIP_ROLE = 3
LOCALE_ROLE = 0x0100 + 1


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
            self.combo.setItemData(row, item.english_name, TOOLTIP_ROLE)
            self.combo.setItemData(row, QLocale(item.qt_locale), LOCALE_ROLE)
        self._size_without_other_scripts()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        self.combo.activated.connect(self._on_activated)
        self._following = False
        self._retranslate()

    def _size_without_other_scripts(self) -> None:
        """As wide as the widest name in Latin letters ("Kreyòl ayisyen"; the names in
        other scripts are narrower). Qt's default measures every name, and measuring 中文,
        한국어 and العربية loads a fallback font for each: 20-25 ms of the first screen
        (benchmarks/bench_gui_startup.py). Those fonts now load when the list opens."""
        metrics = self.combo.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(item.native_name)
            for item in LANGUAGES
            if all(ord(char) < LATIN_END for char in item.native_name)
        )
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # That policy adds room for an icon (there is none) to the width of the letters.
        letters = widest - self.combo.iconSize().width()
        self.combo.setMinimumContentsLength(math.ceil(letters / metrics.horizontalAdvance("X")))

    def follow_application(self) -> None:
        """Switch the running app (and remember it) when the person picks a language, and
        show the app's language, whichever screen changed it."""
        self._following = True
        self.language_chosen.connect(_apply_and_remember)
        self.show_application_language()

    def show_application_language(self) -> None:
        from ombud_desktop.ui.application import ombud_app

        app = ombud_app()
        self.set_current(app.current_language_code() if app is not None else "en")

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
            if self._following:
                self.show_application_language()
        super().changeEvent(event)


def _apply_and_remember(code: str) -> None:
    from ombud_desktop.ui.application import ombud_app

    app = ombud_app()
    if app is not None:
        app.set_language(code)
