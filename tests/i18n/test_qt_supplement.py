"""Qt's own buttons and dialogs in Vietnamese, Tagalog and Haitian Creole (Qt ships no
translation of its own for them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from ombud_desktop.ui.language_runtime import apply_language, qt_translations_dir
from tools.i18n.qt_supplement import QT_TEXTS, supplemented


def test_each_supplemented_text_is_one_qt_really_asks_for():
    # Qt's French catalogue knows every source text Qt uses: a typo would translate nothing.
    french = QTranslator()
    assert french.load(str(qt_translations_dir() / "qtbase_fr.qm"))
    unknown = [(c, s) for c, s in QT_TEXTS if not french.translate(c, s)]
    assert unknown == []


def test_the_languages_without_qt_translations_get_ours(qapp, english_afterwards):
    assert [language.code for language in supplemented()] == ["vi", "tl", "ht"]
    apply_language("vi")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "&Tên tập tin:"
    apply_language("ht")
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Wi"
    apply_language("es")  # Qt's own Spanish, not a supplement
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
