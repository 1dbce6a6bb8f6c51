"""First run, the case list (delete with confirmation, retention marks, hand-off round
trip) and settings that persist without any case data."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import make_case


def test_first_run_with_passphrase_shows_the_recovery_key_once(qtbot, tmp_path, fresh_prefs):
    from ombud_desktop.app import create_main_window

    window = create_main_window(["--data-dir", str(tmp_path / "new")])
    qtbot.addWidget(window)
    screen = window.first_run
    assert window.stack.currentWidget() is screen
    screen.passphrase.setText("short")
    screen.repeat.setText("short")
    screen.create_vault()
    assert "too easy to guess" in screen.message.text()
    screen.passphrase.setText("long enough phrase")
    screen.repeat.setText("long enough phrase!")
    screen.create_vault()
    assert "differ" in screen.message.text()
    screen.repeat.setText("long enough phrase")
    screen.create_vault()
    key = screen.key_text.text()
    assert len(key) > 20
    assert not screen.continue_button.isEnabled()  # only after confirming it is noted
    screen.noted.click()
    screen.continue_button.click()
    assert window.stack.currentWidget() is window.home
    assert screen.key_text.text() == ""  # shown once
    window.close()


def test_delete_asks_first_then_destroys(open_window, vault_dir, monkeypatch):
    make_case(vault_dir, {"subject": {"first_name": "Keep"}})
    window = open_window()
    assert window.home.table.rowCount() == 1
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: next(answers))
    window.home.delete_selected()
    assert window.home.table.rowCount() == 1  # cancelled: nothing happened
    window.home.delete_selected()
    assert window.home.table.rowCount() == 0
    assert window.vault.list_cases() == []


def test_cases_due_for_retention_are_marked(open_window, vault_dir):
    from ombud_desktop.vault import Vault

    case_id = make_case(vault_dir, {"subject": {"first_name": "Old"}})
    vault = Vault(vault_dir[0])
    vault.unlock(PASSPHRASE)
    record = vault.load_case(case_id)
    record.updated_at = "2020-01-01T00:00:00+00:00"
    vault.save_case(record, touch=False)
    vault.close()
    window = open_window()
    assert "due for deletion" in window.home.table.item(0, 2).text()


def test_hand_off_export_and_import(qtbot, open_window, vault_dir, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from ombud_desktop.ui.handoff_dialogs import HandoffPassphraseDialog

    make_case(vault_dir, {"subject": {"first_name": "Travels"}})
    window = open_window()
    target = tmp_path / "case.ombud-handoff"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))

    def answer(dialog: HandoffPassphraseDialog) -> int:
        dialog.passphrase.setText("hand-off passphrase here")
        dialog.repeat.setText("hand-off passphrase here")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(HandoffPassphraseDialog, "exec", answer)
    window.home.export_selected()
    qtbot.waitUntil(lambda: "Saved" in window.home.message.text())
    assert target.exists()
    window.home.import_handoff()
    qtbot.waitUntil(lambda: window.home.table.rowCount() == 2)


def test_settings_persist_and_hold_no_case_data(qapp, fresh_prefs, open_window, vault_dir):
    from ombud_desktop.ui.settings import Preferences, load_preferences, settings_path

    make_case(vault_dir, {"subject": {"first_name": "Zainab"}})
    window = open_window()
    qapp.update_preferences(Preferences(idle_lock_minutes=7, text_scale_percent=150))
    assert load_preferences().idle_lock_minutes == 7
    assert qapp.idle_watcher.interval_ms() == 7 * 60_000
    text = settings_path().read_text()
    assert "Zainab" not in text and window.vault.list_cases()[0].id not in text
    qapp.update_preferences(Preferences(idle_lock_minutes=0))


def test_high_contrast_and_text_size_settings_apply_at_once(qapp, fresh_prefs):
    from PySide6.QtGui import QPalette

    from ombud_desktop.ui.settings import Preferences

    base_size = qapp.font().pointSizeF()
    qapp.update_preferences(Preferences(high_contrast=True, text_scale_percent=200))
    assert qapp.palette().color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert abs(qapp.font().pointSizeF() - 2 * base_size) < 0.6


def test_settings_dialog_keeps_idle_minutes_and_retention(qapp, open_window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from ombud_desktop.ui.settings import load_preferences
    from ombud_desktop.ui.settings_dialog import SettingsDialog

    window = open_window()

    def choose(dialog):
        dialog.idle.setValue(3)
        dialog.retention.setValue(30)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", choose)
    window.home.buttons["settings"].click()
    assert load_preferences().idle_lock_minutes == 3
    assert qapp.idle_watcher.interval_ms() == 3 * 60_000
    assert window.vault.retention_days == 30
