"""Never locked out: the recovery key on the unlock screen, Settings' change of
passphrase and new recovery key, the recovery key screen (screen reader, print), and the
keyring choice said plainly when the system's prompt is cancelled."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.errors import InitError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import PASSPHRASE, focused, press, type_text


@pytest.fixture
def vault_with_key(tmp_path: Path) -> tuple[Path, str]:
    from ombud_desktop.vault import Vault

    folder = tmp_path / "vault"
    vault = Vault(folder)
    key = vault.initialize(passphrase=PASSPHRASE, use_keyring=False, recovery_key=True)
    vault.close()
    assert key
    return folder, key


def _window(qtbot, folder: Path):
    from ombud_desktop.app import create_main_window

    window = create_main_window(["--data-dir", str(folder)])
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_forgotten_passphrase_recovery_key_opens_and_asks_a_new_one(
    qtbot, vault_with_key, fresh_prefs
):
    from ombud_desktop.vault import Vault, WrongPassphraseError

    folder, key = vault_with_key
    window = _window(qtbot, folder)
    screen = window.unlock_screen
    button = screen.findChild(type(screen.unlock_button), "unlock.use_recovery_key")
    assert button is not None and button.isVisible()
    button.click()
    assert focused().objectName() == "unlock.recovery_key"
    type_text("AAAA-BBBB")
    press(Qt.Key.Key_Return)
    assert "recovery key does not open" in screen.message.text()
    assert not window.vault.is_unlocked
    screen.recovery_key.clear()
    type_text(key.lower().replace("-", " "))  # as typed from paper: case and spaces vary
    press(Qt.Key.Key_Return)
    assert window.vault.is_unlocked
    assert focused().objectName() == "unlock.new.passphrase"
    type_text("short")
    press(Qt.Key.Key_Return)
    type_text("short")
    press(Qt.Key.Key_Return)
    assert "too easy to guess" in screen.message.text()
    screen.new_passphrase.passphrase.setText("a brand new passphrase")
    screen.new_passphrase.repeat.setText("a brand new passphrase")
    screen.save_button.click()
    assert window.stack.currentWidget() is window.home
    window.close()
    vault = Vault(folder)
    vault.unlock("a brand new passphrase")
    vault.lock()
    vault.unlock_with_recovery_key(key)  # the printed paper still works
    with pytest.raises(WrongPassphraseError):
        vault.unlock(PASSPHRASE)
    vault.close()


def test_quick_exit_after_the_recovery_key_locks_again(qtbot, vault_with_key, fresh_prefs):
    folder, key = vault_with_key
    window = _window(qtbot, folder)
    window.unlock_screen.show_recovery()
    window.unlock_screen.recovery_key.setText(key)
    window.unlock_screen.try_recovery_key()
    assert window.vault.is_unlocked
    window.quick_exit_now()
    assert not window.vault.is_unlocked
    assert window.unlock_screen.stack.currentIndex() == 0
    window.close()


def test_idle_lock_counts_only_while_unlocked_also_after_the_recovery_key(
    qtbot, qapp, vault_with_key, fresh_prefs
):
    """Locked, nothing to protect: no countdown and no input watching (an application-wide
    filter slows every event). Opened by the recovery key, the vault is unlocked while
    the new passphrase is typed: the idle lock counts, and locks it."""
    folder, key = vault_with_key
    window = _window(qtbot, folder)
    qapp.idle_watcher.set_interval_ms(60_000)
    assert not qapp.idle_watcher.is_counting()
    window.unlock_screen.show_recovery()
    window.unlock_screen.recovery_key.setText(key)
    window.unlock_screen.try_recovery_key()
    assert window.vault.is_unlocked and qapp.idle_watcher.is_counting()
    qapp.idle_watcher.set_interval_ms(50)  # the setting is in minutes; the mechanism is the same
    qtbot.waitUntil(lambda: not window.vault.is_unlocked, timeout=5_000)
    assert not qapp.idle_watcher.is_counting()
    window.close()


def test_recovery_key_button_only_when_the_vault_has_one(open_window):
    window = open_window()
    window.lock()
    assert not window.unlock_screen.recovery_button.isVisible()


def test_settings_change_passphrase_and_new_recovery_key(open_window, monkeypatch, qtbot):
    from ombud_desktop.ui import passphrase_dialogs
    from ombud_desktop.ui.settings import Preferences
    from ombud_desktop.ui.settings_dialog import SettingsDialog
    from ombud_desktop.vault import WrongPassphraseError

    window = open_window()
    vault = window.vault
    dialog = SettingsDialog(Preferences(), 365, window, vault=vault)
    qtbot.addWidget(dialog)
    assert dialog.findChild(type(dialog.change_passphrase), "settings.change_passphrase")
    assert dialog.findChild(type(dialog.change_passphrase), "settings.new_recovery_key")

    seen: list = []

    def run_change(self):
        seen.append(self)
        self.current.setText("not it at all")
        self.new.passphrase.setText("next passphrase here")
        self.new.repeat.setText("next passphrase here")
        self.save()
        assert "not the current passphrase" in self.message.text()
        self.current.setText(PASSPHRASE)
        self.save()
        return self.result()

    monkeypatch.setattr(passphrase_dialogs.ChangePassphraseDialog, "exec", run_change)
    dialog.change_passphrase.click()
    assert seen and "changed" in dialog.security_message.text()
    vault.lock()
    with pytest.raises(WrongPassphraseError):
        vault.unlock(PASSPHRASE)
    vault.unlock("next passphrase here")

    shown: list[str] = []

    def run_key(self):
        shown.append(self.panel.key_text.text().replace("\u200b", ""))
        self.panel.noted.click()
        self.panel.continue_button.click()
        return self.result()

    monkeypatch.setattr(passphrase_dialogs.RecoveryKeyDialog, "exec", run_key)
    asked: list[str] = []

    def current_passphrase(*args, **_k):
        asked.append(args[2])
        return ("next passphrase here", True)

    monkeypatch.setattr(passphrase_dialogs.QInputDialog, "getText", current_passphrase)
    dialog.new_recovery_key.click()  # no key yet: nothing to warn about
    assert asked and "passphrase" in asked[0]
    assert shown and "in force" in dialog.security_message.text()
    vault.lock()
    vault.unlock_with_recovery_key(shown[0])
    # A second key: the person is warned the first one stops working, and may cancel.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    dialog.new_recovery_key.click()
    assert len(shown) == 1


def test_recovery_key_is_read_group_by_group(qtbot):
    from ombud_desktop.ui.recovery_key_panel import RecoveryKeyPanel

    panel = RecoveryKeyPanel("test")
    qtbot.addWidget(panel)
    panel.show_key("ABCD-EF23-XY")
    description = panel.key_text.accessibleDescription()
    assert "A B C D" in description and "E F 2 3" in description and "X Y" in description
    assert description.index("A B C D") < description.index("E F 2 3")
    assert "1" in description and "3" in description  # "Group 1 of 3"
    assert panel.key_text.accessibleName() == "Recovery key"
    assert panel.key_text.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_print_goes_to_a_printer_and_warns_before_a_file(qtbot, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

    from ombud_desktop.ui.recovery_key_panel import RecoveryKeyPanel

    panel = RecoveryKeyPanel("test")
    qtbot.addWidget(panel)
    panel.show_key("ABCD-EFGH")
    # No printer at all: said, and no dialog opens (nor a PDF in the home folder).
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    monkeypatch.setattr(QPrinterInfo, "defaultPrinter", staticmethod(lambda: QPrinterInfo()))
    opened: list[QPrinter] = []

    def choose_file(self):
        opened.append(self.printer())
        assert self.printer().outputFileName() == ""  # a printer, not a file, by default
        self.printer().setOutputFileName(str(tmp_path / "key.pdf"))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_file)
    panel.print_key()
    assert not opened and "No printer" in panel.print_message.text()
    # A printer exists but the person picks "print to file": warned, and may cancel.
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", staticmethod(lambda: ["x"]))
    warned: list[str] = []

    def warn(_parent, _title, text, *_a):
        warned.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", warn)
    panel.print_key()
    assert opened and warned and "not encrypted" in warned[0]
    assert not (tmp_path / "key.pdf").exists()
    assert "Nothing was saved" in panel.print_message.text()


def test_cancelled_keyring_prompt_is_said_plainly_and_offers_the_passphrase(
    qtbot, tmp_path, fresh_prefs, memory_keyring, monkeypatch
):
    def dismissed(*_a):
        raise InitError("Failed to create the collection: Prompt dismissed..")

    monkeypatch.setattr(memory_keyring, "set_password", dismissed)
    from ombud_desktop.app import create_main_window

    window = create_main_window(["--data-dir", str(tmp_path / "new")])
    qtbot.addWidget(window)
    screen = window.first_run
    window.show()  # the keyring is looked for on a thread once the screen is painted
    qtbot.waitUntil(screen.use_keyring.isEnabled)
    assert "its own password" in screen.keyring_note.text()  # said before choosing it
    screen.use_keyring.setChecked(True)
    assert "passphrase" not in screen.recovery.text()  # there is no passphrase then
    screen.create_vault()
    text = screen.message.text()
    assert "InitError" not in text and "Prompt dismissed" not in text
    assert "recovery key" not in text  # none exists yet
    assert "passphrase" in text
    assert screen.use_passphrase.isChecked() and screen.passphrase.isVisibleTo(screen)
    assert not window.vault.exists
    window.close()


def test_refused_keyring_at_unlock_offers_what_the_vault_has(
    qtbot, tmp_path, fresh_prefs, memory_keyring, monkeypatch
):
    from ombud_desktop.vault import Vault

    folder = tmp_path / "kr"
    vault = Vault(folder)
    vault.initialize(use_keyring=True)
    vault.close()

    def dismissed(*_a):
        raise InitError("Prompt dismissed")

    monkeypatch.setattr(memory_keyring, "get_password", dismissed)
    window = _window(qtbot, folder)
    screen = window.unlock_screen
    assert window.stack.currentWidget() is screen
    text = screen.message.text()
    assert "InitError" not in text and "Prompt dismissed" not in text
    assert "passphrase" not in text and "recovery key" not in text  # this vault has neither
    assert "password store" in text
    window.close()


def test_the_first_run_screen_shows_before_the_keyring_is_found(
    qtbot, tmp_path, fresh_prefs, memory_keyring, monkeypatch
):
    """Finding the keyring takes 90-170 ms (a D-Bus round trip, or its timeout): the
    screen does not wait. The keyring choice is off and says it is being looked for,
    the passphrase (the default) can be typed, and the answer enables the choice."""
    import threading

    from ombud_desktop.vault import keyring_store

    release = threading.Event()
    asked_on = []

    def slow_answer() -> bool:
        asked_on.append(threading.current_thread())
        release.wait(30)
        return True

    monkeypatch.setattr(keyring_store, "is_available", slow_answer)
    from ombud_desktop.app import create_main_window

    window = create_main_window(["--data-dir", str(tmp_path / "new")])
    qtbot.addWidget(window)
    screen = window.first_run
    assert screen is not None and window.stack.currentWidget() is screen
    assert not asked_on  # not before the screen is on screen
    window.show()
    qtbot.waitUntil(lambda: bool(asked_on))
    assert asked_on[0] is not threading.main_thread()
    assert not screen.use_keyring.isEnabled()
    assert "Looking for" in screen.keyring_note.text()
    assert screen.use_passphrase.isChecked() and screen.passphrase.isVisibleTo(screen)
    release.set()
    qtbot.waitUntil(screen.use_keyring.isEnabled)
    assert "its own password" in screen.keyring_note.text()
    window.close()


def test_no_keyring_is_said_once_the_answer_comes(qtbot, tmp_path, fresh_prefs, monkeypatch):
    from ombud_desktop.vault import keyring_store

    monkeypatch.setattr(keyring_store, "is_available", lambda: False)
    from ombud_desktop.app import create_main_window

    window = create_main_window(["--data-dir", str(tmp_path / "new")])
    qtbot.addWidget(window)
    screen = window.first_run
    window.show()
    qtbot.waitUntil(lambda: "No secure password store" in screen.keyring_note.text())
    assert not screen.use_keyring.isEnabled()
    window.close()
