"""Beyond the wizard: the case list, the lock screen, the first-run screen and the
settings dialog have accessible names on every control and Tab in reading order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ombud_desktop.ui.settings import Preferences
from tests.i18n.a11y import (
    focusable_widgets,
    tab_order_problems,
    undescribed_widgets,
    unnamed_widgets,
)
from tests.i18n.wizard_walk import open_complete_case


def _check(screen) -> list[str]:
    QApplication.processEvents()
    start = focusable_widgets(screen)[0]
    return unnamed_widgets(screen) + tab_order_problems(start, screen)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_case_list_and_lock_screen(open_window, vault_dir, qapp, language):
    qapp.set_language(language, remember=False)
    try:
        window, _ = open_complete_case(open_window, vault_dir)
        window.show_home()
        assert _check(window.home) == []
        window.lock()
        assert window.unlock_screen.isVisible()
        assert _check(window.unlock_screen) == []
        assert undescribed_widgets(window.unlock_screen) == []
    finally:
        qapp.set_language("en", remember=False)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_first_run_screen(qtbot, tmp_path, fresh_prefs, qapp, language):
    from ombud_desktop.ui.first_run import FirstRunScreen
    from ombud_desktop.ui.lazy_vault import LazyVault
    from ombud_desktop.vault.door import VaultDoor

    qapp.set_language(language, remember=False)
    try:
        screen = FirstRunScreen(LazyVault(VaultDoor(tmp_path / "new")), False)
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitExposed(screen)
        assert screen.picker.isVisible()  # the language is chosen here, first
        assert _check(screen) == [] and undescribed_widgets(screen) == []
        screen.key_text.setText("ABCD-EFGH")  # the second step: the recovery key
        screen.stack.setCurrentIndex(1)
        assert _check(screen) == [] and undescribed_widgets(screen) == []
    finally:
        qapp.set_language("en", remember=False)


def test_settings_dialog(qtbot, fresh_prefs):
    from ombud_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Preferences(), 365)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert _check(dialog) == []
