"""Getting in: the first screen starts in the passphrase box and Enter creates
the vault; Quick exit is never where a screen's focus starts, nor its default button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import focused, press, type_text
from tests.ui.helpers import make_case


def _shown_first_run(qtbot, tmp_path):
    from ombud_desktop.app import create_main_window

    window = create_main_window(["--data-dir", str(tmp_path / "new")])
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_first_screen_types_into_the_passphrase_and_enter_creates(qtbot, tmp_path, fresh_prefs):
    window = _shown_first_run(qtbot, tmp_path)
    screen = window.first_run
    assert focused() is screen.passphrase
    # A space typed first lands in the box; the app does not vanish.
    type_text(" my long passphrase")
    assert window.isVisible() and not window.isMinimized()
    assert screen.passphrase.text() == " my long passphrase"
    press(Qt.Key.Key_Return)  # Enter in the first box goes on to the second
    assert focused() is screen.repeat
    type_text(" my long passphrase")
    press(Qt.Key.Key_Return)
    assert window.vault.exists and window.vault.is_unlocked
    assert screen.stack.currentIndex() == 1  # the recovery key is shown
    assert focused() is not window.quick_exit
    window.close()


def test_quick_exit_is_never_first_focused_nor_default(open_window, vault_dir):
    case_id = make_case(vault_dir, {"subject": {"first_name": "Ana"}})
    window = open_window()
    assert not window.quick_exit.isDefault() and not window.quick_exit.autoDefault()
    assert not window.quick_exit.focusPolicy() & Qt.FocusPolicy.ClickFocus
    assert focused() is window.home.table
    window.open_case(case_id)
    for page in window.wizard.relevant_pages():
        window.wizard.go_to(page.page_id)
        assert focused() is not window.quick_exit, page.page_id
    window.lock()
    assert focused() is window.unlock_screen.passphrase
    # The shortcut still reaches it from anywhere.
    window.unlock_screen.passphrase.setText("correct horse battery")
    window.unlock_screen.try_passphrase()
    QTest.keyClick(
        focused(),
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.is_locked()


def test_strength_is_said_while_typing_and_a_suggestion_fills_both_boxes(qtbot):
    from ombud_desktop.ui.new_passphrase import NewPassphraseBox
    from ombud_desktop.vault.passphrase_strength import estimate

    box = NewPassphraseBox("test")
    qtbot.addWidget(box)
    box.passphrase.setText("password1")
    assert "too easy to guess" in box.strength.text()
    assert box.problem() is not None  # the vault would refuse it too
    box.suggest()
    suggested = box.passphrase.text()
    assert suggested == box.repeat.text() and suggested in box.suggestion.text()
    assert box.suggestion.isVisibleTo(box) and estimate(suggested).acceptable
    assert box.strength.text() == "Strong enough."
    assert box.problem() is None
