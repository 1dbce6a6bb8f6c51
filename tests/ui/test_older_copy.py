"""A case put back from an older copy (a backup restored by hand) is refused until the
person says it is theirs: Open asks, Cancel keeps it refused, "Use this older copy"
opens it, and the next start opens it without asking."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import make_case


def _put_back_an_older_copy(vault_dir: tuple[Path, Path], case_id: str) -> None:
    """Copy the case as it is, save twice more, then put the old copy back over the
    file and its backup (what restoring an old backup of the data folder does)."""
    from ombud_desktop.vault import Vault

    vault = Vault(vault_dir[0])
    vault.unlock(PASSPHRASE)
    folder = vault.case_dir(case_id)
    old = folder.parent / "old-copy"
    shutil.copy(folder / "case.ombud", old)
    record = vault.load_case(case_id)
    for name in ("Newer", "Newest"):
        record.answers["subject"] = {"first_name": name}
        record = vault.save_case(record)
    for target in ("case.ombud", "case.ombud.bak"):
        shutil.copy(old, folder / target)
    old.unlink()
    vault.close()


def _answer(choice: str) -> None:
    """Press `choice` ("use" or "cancel") in the question once it is on screen."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "home.older_copy"
        if choice == "use":
            button = box.findChild(QPushButton, "home.use_older_copy")
            assert button is not None and button.text() == "Use this older copy"
        else:
            button = box.button(QMessageBox.StandardButton.Cancel)
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        button.click()

    QTimer.singleShot(0, press)


def _select(window, case_id: str) -> None:
    table = window.home.table
    rows = {table.item(r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(table.rowCount())}
    table.selectRow(rows[case_id])


def test_an_older_copy_opens_only_when_the_person_accepts_it(open_window, vault_dir):
    case_id = make_case(vault_dir, {"subject": {"first_name": "Older"}})
    _put_back_an_older_copy(vault_dir, case_id)
    window = open_window()
    _select(window, case_id)
    said = window.home.message.text()
    assert "older copy" in said and "Use this older copy" in said

    _answer("cancel")
    window.home.open_selected()
    assert window.stack.currentWidget() is window.home  # still refused, nothing changed
    assert window.vault.list_cases()[0].older_copy

    _answer("use")
    window.home.open_selected()
    assert window.wizard is not None and window.wizard.session.case_id == case_id
    assert window.wizard.session.get("subject.first_name") == "Older"
    window.show_home()
    [summary] = window.vault.list_cases()
    assert summary.problem is None and summary.name == "Older"  # accepted for good
