"""The screens before the wizard (first run, unlock) follow a language switch at once, let
the person pick the language there, keep what was typed, and fit at 200% text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ombud_desktop.ui.settings import Preferences
from tests.i18n.a11y import clipped_texts
from tests.i18n.test_wizard_language_switch import catalogue, shown_texts
from tests.i18n.wizard_walk import open_complete_case


def _first_run(qtbot, tmp_path):
    from ombud_desktop.ui.first_run import FirstRunScreen
    from ombud_desktop.ui.lazy_vault import LazyVault
    from ombud_desktop.vault.door import VaultDoor

    screen = FirstRunScreen(LazyVault(VaultDoor(tmp_path / "new")), False)
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _pick(screen, code: str) -> None:
    """Choose a language in the screen's own picker, as a person would."""
    combo = screen.picker.combo
    combo.setCurrentIndex(combo.findData(code))
    combo.activated.emit(combo.currentIndex())
    QApplication.processEvents()  # LanguageChange is posted


def _untranslated(before: dict, after: dict, code: str) -> tuple[list[str], int]:
    """English texts of `before` that `after` does not show translated, and how many of
    `before` the catalogue has a translation for (so the check is not empty)."""
    translations_of = catalogue(code)
    wrong, checked = [], 0
    for widget, text in before.items():
        translations = translations_of.get(text, set()) - {text}
        if not translations:
            continue
        checked += 1
        now = after.get(widget, "")
        if not any(t in now for t in translations):
            wrong.append(f"{text!r} shows {now!r}")
    return wrong, checked


def test_first_run_screen_switches_language_from_its_own_picker(qtbot, tmp_path, qapp, fresh_prefs):
    screen = _first_run(qtbot, tmp_path)
    screen.passphrase.setText("short")
    screen.create_button.click()  # a message, to be said again in the new language
    english = shown_texts(screen)
    try:
        _pick(screen, "es")
        assert qapp.current_language_code() == "es" and qapp.preferences.language == "es"
        wrong, checked = _untranslated(english, shown_texts(screen), "es")
        assert wrong == [] and checked >= 8
        assert screen.passphrase.text() == "short"  # nothing typed is lost
        assert screen.picker.combo.currentText() == "Español"
    finally:
        _pick(screen, "en")
    assert shown_texts(screen) == english


def test_unlock_screen_switches_language_and_direction(open_window, vault_dir, qapp, fresh_prefs):
    window, _ = open_complete_case(open_window, vault_dir)
    window.lock()
    screen = window.unlock_screen
    assert screen.isVisible()
    screen.passphrase.setText("wrong passphrase")
    screen.try_passphrase()
    english = shown_texts(screen)
    try:
        _pick(screen, "ar")
        assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
        wrong, checked = _untranslated(english, shown_texts(screen), "ar")
        assert wrong == [] and checked >= 4  # the wrong-passphrase message included
        assert screen.passphrase.text() == "wrong passphrase"
    finally:
        _pick(screen, "en")
    assert shown_texts(screen) == english


def _too_big(screen) -> list[str]:
    """A screen that needs more than a 1024x768 laptop screen cannot show all of itself."""
    need = screen.minimumSizeHint()
    return [] if need.width() <= 1024 and need.height() <= 768 else [f"needs {need.toTuple()}"]


@pytest.mark.parametrize("language", ["en", "vi"])
def test_entry_screens_fit_at_200_percent(
    qtbot, tmp_path, open_window, vault_dir, qapp, fresh_prefs, language
):
    qapp.update_preferences(Preferences(idle_lock_minutes=0, text_scale_percent=200))
    qapp.set_language(language, remember=False)
    try:
        screen = _first_run(qtbot, tmp_path)
        screen.passphrase.setText("short")
        screen.create_button.click()
        QApplication.processEvents()
        problems = {"first run": clipped_texts(screen) + _too_big(screen)}
        screen.passphrase.setText("long enough phrase")
        screen.repeat.setText("long enough phrase")
        screen.create_button.click()  # a real, 64-character key: it must show whole
        assert screen.stack.currentIndex() == 1
        QApplication.processEvents()
        problems["recovery key"] = clipped_texts(screen) + _too_big(screen)
        window, _ = open_complete_case(open_window, vault_dir)
        window.resize(1024, 768)
        window.lock()
        window.unlock_screen.try_passphrase()  # the "type your passphrase" message
        QApplication.processEvents()
        problems["unlock"] = clipped_texts(window.unlock_screen) + _too_big(window.unlock_screen)
        assert {k: v for k, v in problems.items() if v} == {}
    finally:
        qapp.set_language("en", remember=False)
