"""A shorter retention period that would mark cases for deletion is confirmed first, and
it is kept authenticated in the vault."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import make_case


def _age(vault_dir, case_id: str, when: str) -> None:
    from ombud_desktop.vault import Vault

    vault = Vault(vault_dir[0])
    vault.unlock(PASSPHRASE)
    record = vault.load_case(case_id)
    record.updated_at = when
    vault.save_case(record, touch=False)
    vault.close()


def test_shorter_retention_asks_before_marking_cases(open_window, vault_dir, monkeypatch):
    from ombud_desktop.ui.settings_dialog import SettingsDialog

    case_id = make_case(vault_dir, {"subject": {"first_name": "Ageing"}})
    _age(vault_dir, case_id, "2020-01-01T00:00:00+00:00")
    window = open_window()
    window.vault.set_retention_days(3650)  # nothing due yet
    asked: list[str] = []

    def choose_30_days(dialog: SettingsDialog) -> QDialog.DialogCode:
        dialog.retention.setValue(30)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", choose_30_days)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", question)
    window.home.buttons["settings"].click()
    assert asked and "1 more case" in asked[0]
    assert window.vault.retention_days == 3650  # "No": unchanged
    window.home.buttons["settings"].click()
    assert window.vault.retention_days == 30
    assert window.vault.load_state().retention_days == 30  # authenticated, not only plain
