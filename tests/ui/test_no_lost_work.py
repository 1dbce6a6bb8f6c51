"""Never losing work: a removed application comes back with Undo, a document
is removed only after asking, and the send step's folder is remembered in the vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import focused, press, tab_to
from tests.ui.helpers import make_case, stored_answers, white_picture

FILINGS = [
    {"form_number": "I-130", "receipt_number": "EAC2190000001"},
    {"form_number": "I-485", "receipt_number": "LIN2190000002"},
]


def test_space_on_remove_can_be_undone(open_window, vault_dir):
    case_id = make_case(vault_dir, {"filings": FILINGS})
    window = open_window("--open", case_id)
    window.wizard.go_to("filings")
    page = window.wizard.current_page()
    assert not page.undo_bar.isVisible()
    tab_to("filings.0:remove")
    press(Qt.Key.Key_Space)  # the accident the issue describes
    assert [f["form_number"] for f in stored_answers(window, case_id)["filings"]] == ["I-485"]
    assert page.undo_bar.isVisible()
    assert "EAC2190000001" in page.undo_label.text()
    tab_to("filings:undo")
    press(Qt.Key.Key_Space)
    assert stored_answers(window, case_id)["filings"] == FILINGS
    assert not page.undo_bar.isVisible()
    assert focused().objectName() == "filings.0.form_number"


def test_undo_is_offered_only_on_the_spot(open_window, vault_dir):
    case_id = make_case(vault_dir, {"filings": FILINGS})
    window = open_window("--open", case_id)
    window.wizard.go_to("filings")
    page = window.wizard.current_page()
    page.remove_row(1)
    assert page.undo_bar.isVisible()
    window.wizard.go_to("welcome")
    window.wizard.go_to("filings")
    assert not page.undo_bar.isVisible()


def test_removing_a_document_asks_first(open_window, vault_dir, tmp_path, qtbot, monkeypatch):
    picture = white_picture(tmp_path / "notice.png", 60, 80)
    case_id = make_case(vault_dir, {})
    window = open_window("--open", case_id)
    window.wizard.go_to("documents")
    page = window.wizard.current_page()
    with qtbot.waitSignal(page._finished, timeout=20_000):
        page.add_files([picture])
    attachment_id = stored_answers(window, case_id)["documents"][0]["id"]
    asked: list[str] = []

    def cancel(_parent, _title, text, *_a):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    page.remove_document(attachment_id)
    assert asked and "notice" in asked[0]
    assert len(stored_answers(window, case_id)["documents"]) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page._finished, timeout=20_000):
        page.remove_document(attachment_id)
    assert not stored_answers(window, case_id).get("documents")
    assert page.rows == []  # the list shows the removal, not the list from before it
    # ... and the page takes the next file (it once stayed "busy" after a removal)
    with qtbot.waitSignal(page._finished, timeout=20_000):
        page.add_files([picture])
    assert [d["original_filename"] for d in stored_answers(window, case_id)["documents"]] == [
        "notice.png"
    ]
    assert len(page.rows) == 1
