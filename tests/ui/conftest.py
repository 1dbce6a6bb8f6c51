"""A real window on a real (temporary) vault, unlocked by a passphrase file, and ways to
drive it by keyboard only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

PASSPHRASE = "correct horse battery"


@pytest.fixture
def vault_dir(tmp_path: Path) -> tuple[Path, Path]:
    """A data folder with a passphrase-protected vault, and the passphrase file."""
    from ombud_desktop.vault import Vault

    folder = tmp_path / "vault"
    vault = Vault(folder)
    vault.initialize(passphrase=PASSPHRASE, use_keyring=False)
    vault.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE)
    return folder, secret


@pytest.fixture
def fresh_prefs(qapp):
    """Each test starts from default preferences (idle lock off unless a test sets it)."""
    from ombud_desktop.ui.settings import Preferences

    qapp.preferences = Preferences(idle_lock_minutes=0)
    qapp.apply_preferences()
    yield qapp.preferences
    qapp.preferences = Preferences(idle_lock_minutes=0)
    qapp.apply_preferences()


@pytest.fixture
def open_window(qtbot, vault_dir, fresh_prefs) -> Iterator:
    """`open_window(*extra_args)` -> the main window, built as the command builds it."""
    from ombud_desktop.app import create_main_window

    windows = []

    def make(*extra: str):
        folder, secret = vault_dir
        window = create_main_window(
            ["--data-dir", str(folder), "--passphrase-file", str(secret), *extra]
        )
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, f"nothing has keyboard focus; active: {QApplication.activeWindow()}"
    return widget


def type_text(text: str) -> None:
    """Type into the focused widget, one key event per character (non-ASCII included:
    QTest.keyClicks aborts on those)."""
    for char in text:
        target = focused()
        if char.isascii() and char.isprintable():
            QTest.keyClick(target, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                target, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def tab_to(name: str, limit: int = 80) -> QWidget:
    """Press Tab until the widget named `name` has focus (fails if the tab order never
    reaches it: keyboard users could not either)."""
    seen = []
    for _ in range(limit):
        widget = focused()
        if widget.objectName() == name:
            return widget
        seen.append(widget.objectName())
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name!r}; went through {seen}")


def next_page() -> None:
    """Alt+Right: the wizard's keyboard shortcut for Next."""
    press(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
