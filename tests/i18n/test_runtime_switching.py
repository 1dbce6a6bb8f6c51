"""Switching language at run time: translators, Qt's own buttons, direction, fallbacks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from ombud_desktop.ui import language_runtime as runtime
from ombud_desktop.ui.language_picker import LanguagePicker
from ombud_desktop.ui.language_runtime import apply_language, current_language


def _qt(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def test_arabic_turns_the_layout_right_to_left_and_english_back(qapp, english_afterwards):
    apply_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().textDirection() == Qt.LayoutDirection.RightToLeft
    apply_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_qt_standard_buttons_follow_the_language(qapp, english_afterwards):
    apply_language("es")
    assert _qt("QWizard", "&Next >") == "Siguie&nte >"
    apply_language("zh_CN")
    assert _qt("QPlatformTheme", "Cancel") == "取消"
    apply_language("en")
    assert _qt("QWizard", "&Next >") == "&Next >"


def test_a_language_qt_itself_lacks_still_switches(qapp, english_afterwards):
    chosen = apply_language("vi")
    assert chosen.code == "vi" and current_language().code == "vi"
    assert _qt("LanguagePicker", "Language") == "Ngôn ngữ"
    assert _qt("QWizard", "&Next >") == "&Next >"  # Qt ships no Vietnamese: English, no crash


def test_unknown_codes_and_missing_files_fall_back_to_english(
    qapp, english_afterwards, tmp_path, monkeypatch
):
    assert apply_language("xx").code == "en"
    monkeypatch.setattr(runtime, "translations_dir", lambda: tmp_path)  # no .qm files at all
    apply_language("fr")
    assert _qt("LanguagePicker", "Language") == "Language"
    assert _qt("QWizard", "&Next >") != "&Next >"  # Qt's own French still loads


def test_widgets_retranslate_when_the_language_changes(qtbot, english_afterwards):
    picker = LanguagePicker()
    qtbot.addWidget(picker)
    assert picker.label.text().endswith("&Language:")
    apply_language("ko")
    qtbot.waitUntil(lambda: picker.combo.accessibleName() == "언어")
    assert picker.label.text().endswith("언어(&L):")
    apply_language("en")
    qtbot.waitUntil(lambda: picker.combo.accessibleName() == "Language")


def test_picker_names_each_language_in_itself_and_reports_the_choice(qtbot):
    picker = LanguagePicker()
    qtbot.addWidget(picker)
    names = [picker.combo.itemText(i) for i in range(picker.combo.count())]
    assert "العربية" in names and "Tiếng Việt" in names and "Kreyòl ayisyen" in names
    picker.set_current("ar")
    assert picker.current_code() == "ar"
    with qtbot.waitSignal(picker.language_chosen) as signal:
        picker.combo.activated.emit(picker.combo.findData("vi"))
    assert signal.args == ["vi"]
