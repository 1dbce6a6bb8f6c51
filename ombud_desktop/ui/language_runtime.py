"""Switching the interface language while the app runs (Qt side).

Installing or removing a QTranslator makes Qt send a LanguageChange event to every
widget, so pages retranslate in their changeEvent without a restart and without
touching what was typed. Arabic also flips the layout to right-to-left.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from ombud_desktop.i18n.languages import SOURCE_LANGUAGE, Language, language
from ombud_desktop.resources import resource_path
from ombud_desktop.ui.qt_keys import set_keys

log = logging.getLogger(__name__)


def translations_dir() -> Path:
    """Where the compiled catalogues are (i18n.tsfile names the same folder; it also
    reads .ts files, which the running app never needs)."""
    return resource_path("translations")


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    if path.exists() and translator.load(str(path)):
        return translator
    log.warning("translation file %s could not be loaded; those texts stay in English", path)
    return None


class LanguageSwitcher:
    """Owns the installed translators; one per application."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.current: Language = language(SOURCE_LANGUAGE)

    def apply(self, code: str) -> Language:
        """Switch to `code` (unknown codes mean English). Missing files leave English text."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before choosing a language")
        chosen = language(code)
        for old in self._installed:
            app.removeTranslator(old)
        self._installed = []
        if chosen.code != SOURCE_LANGUAGE or _has_english_plurals():
            files = [translations_dir() / f"ombud_{chosen.code}.qm"]
            if chosen.qtbase:  # Qt's own buttons and dialogs
                files.insert(0, qt_translations_dir() / f"qtbase_{chosen.qtbase}.qm")
            elif chosen.code != SOURCE_LANGUAGE:  # Qt has none for vi, tl, ht: ours
                files.insert(0, translations_dir() / f"qt_supplement_{chosen.code}.qm")
            for path in files:  # installed last = asked first: the app's words win
                loaded = _load(path)
                if loaded is not None and app.installTranslator(loaded):
                    self._installed.append(loaded)
        QLocale.setDefault(QLocale(chosen.qt_number_locale))  # numbers as the language writes
        if isinstance(app, QGuiApplication):  # by name: no Qt namespace (ui/qt_keys.py)
            set_keys(app, "layoutDirection", "RightToLeft" if chosen.rtl else "LeftToRight")
        self.current = chosen
        return chosen


def _has_english_plurals() -> bool:
    return (translations_dir() / f"ombud_{SOURCE_LANGUAGE}.qm").exists()


_switcher: LanguageSwitcher | None = None


def switcher() -> LanguageSwitcher:
    global _switcher
    if _switcher is None:
        _switcher = LanguageSwitcher()
    return _switcher


def apply_language(code: str) -> Language:
    """Switch the running application's language (see LanguageSwitcher.apply)."""
    return switcher().apply(code)


def current_language() -> Language:
    return switcher().current
