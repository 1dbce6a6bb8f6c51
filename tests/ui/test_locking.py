"""Auto-lock and Quick exit hide all case data; unlocking restores it. A wrong passphrase
says so and lets the person try again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

from tests.ui.conftest import PASSPHRASE, focused, press, tab_to, type_text
from tests.ui.helpers import make_case

NAME = "Bích Ngọc"


def _visible_texts(window) -> str:
    texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in window.findChildren(QLineEdit) if w.isVisible()]
    return "\n".join(texts)


def _assert_hidden(window) -> None:
    assert window.is_locked()
    assert window.wizard is None
    assert not window.vault.is_unlocked
    assert NAME not in _visible_texts(window)
    assert window.home.table.rowCount() == 0


def _unlock_and_check(window, page: str) -> None:
    assert focused().objectName() == "unlock.passphrase"
    type_text("not the passphrase")
    press(Qt.Key.Key_Return)
    assert window.is_locked()
    assert "not right" in window.unlock_screen.message.text()
    focused().clear()
    type_text(PASSPHRASE)
    press(Qt.Key.Key_Return)
    assert not window.is_locked()
    assert window.wizard is not None
    assert window.wizard.current_page().objectName() == f"page.{page}"
    assert window.wizard.session.get("subject.first_name") == NAME


def test_quick_exit_button_and_shortcut_hide_everything(open_window, vault_dir):
    window = open_window("--open", make_case(vault_dir, {}))
    window.wizard.go_to("subject")
    tab_to("subject.first_name")
    type_text(NAME)  # not yet autosaved: locking must save it first
    QTest.keyClick(
        focused(),
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    _assert_hidden(window)
    window.showNormal()
    window.activateWindow()
    _unlock_and_check(window, "subject")
    window.quick_exit.click()
    _assert_hidden(window)


def test_idle_lock_hides_everything_and_unlock_restores(open_window, vault_dir, qtbot, qapp):
    window = open_window("--open", make_case(vault_dir, {"subject": {"first_name": NAME}}))
    window.wizard.go_to("subject")
    qapp.idle_watcher.set_interval_ms(50)  # the setting is in minutes; the mechanism is the same
    qtbot.waitUntil(window.is_locked, timeout=5_000)
    _assert_hidden(window)
    assert not qapp.idle_watcher.is_counting()
    window.activateWindow()
    _unlock_and_check(window, "subject")
    assert qapp.idle_watcher.is_counting()


def test_input_restarts_the_idle_countdown(open_window, vault_dir, qapp):
    window = open_window()
    qapp.idle_watcher.set_interval_ms(60_000)
    timer = qapp.idle_watcher._timer
    timer.start(10)  # almost run out ...
    # Through the window, as the system delivers a key press (then Qt hands it on).
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Shift)
    assert timer.remainingTime() > 1_000  # ... a key press starts it over
    timer.start(10)
    QTest.mouseMove(window.windowHandle(), window.rect().center())
    assert timer.remainingTime() > 1_000  # and so does moving the mouse


def test_input_in_a_dialog_restarts_the_idle_countdown_too(open_window, vault_dir, qapp, qtbot):
    window = open_window()
    qapp.idle_watcher.set_interval_ms(60_000)
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    # The window system gives the dialog the focus (offscreen Qt does not move it).
    qapp.focusWindowChanged.emit(dialog.windowHandle())
    timer = qapp.idle_watcher._timer
    timer.start(10)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Tab)
    assert timer.remainingTime() > 1_000
