"""The case list shows a case that cannot be read as damaged (its id and what to do, in
the interface language), every other case still opens, and Delete removes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import make_case
from tests.vault.test_hostile_handoff import damage_record


def test_damaged_case_is_listed_and_deletable(open_window, vault_dir, monkeypatch):
    from ombud_desktop.vault import Vault

    good = make_case(vault_dir, {"subject": {"first_name": "Good"}})
    bad = make_case(vault_dir, {"subject": {"first_name": "Bad"}})
    vault = Vault(vault_dir[0])
    vault.unlock(PASSPHRASE)
    damage_record(vault, bad, answers=[])
    vault.close()

    window = open_window()  # it used to stop right after unlock, every start
    table = window.home.table
    rows = {table.item(r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(table.rowCount())}
    assert table.item(rows[good], 0).text() == "Good"
    damaged = table.item(rows[bad], 0).text()
    assert bad in damaged and "cannot be opened" in damaged
    table.selectRow(rows[bad])  # selected: the whole message, with what to do
    said = window.home.message.text()
    assert bad in said and "case delete" in said and "Every other case" in said
    assert table.item(rows[bad], 0).toolTip() == said

    table.selectRow(rows[good])
    window.home.open_selected()
    assert window.stack.currentWidget() is not window.home  # the good case opened
    window.show_home()

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.home.refresh()
    rows = {table.item(r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(table.rowCount())}
    table.selectRow(rows[bad])
    window.home.delete_selected()
    assert [s.id for s in window.vault.list_cases()] == [good]
