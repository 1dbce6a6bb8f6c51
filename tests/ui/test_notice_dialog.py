"""Read a USCIS notice from the applications and documents steps (pytest-qt)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ombud_desktop.ui.notice_dialog import NoticeDialog, show_notice_dialog
from tests.notice.synthetic import notice_pdf, notice_truth, sample
from tests.ui.helpers import make_case, stored_answers


def _dialog(qtbot, path, on_use=lambda choice: None) -> NoticeDialog:
    dialog = show_notice_dialog(None, path, on_use)
    qtbot.addWidget(dialog)
    return dialog


def test_values_shown_editable_and_filled_only_on_use(open_window, vault_dir, qtbot, tmp_path):
    case_id = make_case(vault_dir, {"filings": [{"form_number": "I-130"}]})
    window = open_window("--open", case_id)
    window.wizard.go_to("filings")
    page = window.wizard.page("filings")
    truth = notice_truth(16)
    path = tmp_path / "notice.pdf"
    path.write_bytes(notice_pdf(truth))
    dialog = show_notice_dialog(page, path, page.use_notice)
    assert dialog.progress.isVisible() and not dialog.use_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.reading is not None, timeout=120_000)
    assert dialog.edits["receipt_number"].text() == truth.receipt_number
    assert dialog.edits["form_number"].text() == truth.form_number
    # Nothing filled yet, though the values are on screen.
    assert window.wizard.session.get("filings.1.receipt_number") is None
    # The person corrects a value before using it: their text wins.
    dialog.edits["receipt_date"].setFocus()
    dialog.edits["receipt_date"].selectAll()
    QTest.keyClicks(dialog.edits["receipt_date"], "01/02/2024")
    assert dialog.keep.isChecked()  # kept (encrypted) unless the person says no
    QTest.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.wizard.session.case.get("documents")), timeout=60_000)
    answers = stored_answers(window, case_id)
    assert [d["category"] for d in answers["documents"]] == ["received_from_uscis"]
    filings = answers["filings"]
    # Row 0 had a form number already: the notice went into a new row.
    assert filings[1] == {
        "form_number": truth.form_number,
        "receipt_number": truth.receipt_number,
        "receipt_date": "2024-01-02",
    }
    assert page.boxes[1].objectName() == "filings.1"


def test_low_confidence_characters_are_marked(qtbot, tmp_path):
    from ombud_desktop.notice.model import Box, FoundValue, NoticeReading

    path = tmp_path / "blank.png"
    from PIL import Image

    Image.new("L", (850, 1100), 255).save(path)
    dialog = _dialog(qtbot, path)
    qtbot.waitUntil(lambda: dialog.reading is not None, timeout=120_000)
    assert "No values were found" in dialog.status.text()
    assert not dialog.use_button.isEnabled()
    # A doubtful read (as the reader reports one) shows a red mark under the value.
    reading = NoticeReading(
        values={
            "receipt_number": FoundValue(
                "IOE0912345678", "IOE09I2345678", Box(10, 10, 200, 30), 0.6, (5,)
            )
        }
    )
    dialog._read(reading, dialog._page)
    mark = dialog.marks["receipt_number"]
    assert mark.isVisibleTo(dialog) and "<u>" in mark.text()
    assert dialog.edits["receipt_number"].property("doubtful") is True
    dialog.edits["receipt_number"].setFocus()
    QTest.keyClick(dialog.edits["receipt_number"], Qt.Key.Key_End)
    QTest.keyClick(dialog.edits["receipt_number"], Qt.Key.Key_Backspace)
    assert not mark.isVisibleTo(dialog)  # corrected by the person: no longer marked


def test_cancel_while_reading_stops_and_fills_nothing(qtbot, tmp_path):
    item = sample(10)  # a phone photo: several seconds of work
    path = tmp_path / item.name
    path.write_bytes(item.data)
    used = []
    dialog = _dialog(qtbot, path, used.append)
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=60_000)
    # The GUI thread is free while the reader works: events are handled at once.
    QApplication.processEvents()
    QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 0 and used == []
    assert dialog._stop.is_set()


def test_unreadable_file_says_what_to_do(qtbot, tmp_path):
    path = tmp_path / "notice.jpg"
    path.write_bytes(b"not a picture")
    dialog = _dialog(qtbot, path)
    qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=60_000)
    assert "Take a photo" in dialog.status.text()
    assert not dialog.use_button.isEnabled()


def test_documents_step_keeps_the_notice_as_received_from_uscis(
    open_window, vault_dir, qtbot, tmp_path
):
    case_id = make_case(vault_dir, {})
    window = open_window("--open", case_id)
    window.wizard.go_to("documents")
    page = window.wizard.page("documents")
    truth = notice_truth(24)
    path = tmp_path / "receipt-notice.pdf"
    path.write_bytes(notice_pdf(truth))
    dialog = show_notice_dialog(page, path, page.use_notice)
    qtbot.waitUntil(lambda: dialog.reading is not None, timeout=120_000)
    assert dialog.keep.isChecked()
    QTest.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.wizard.session.case.get("documents")), timeout=60_000)
    answers = stored_answers(window, case_id)
    assert answers["filings"][0]["receipt_number"] == truth.receipt_number
    assert [d["category"] for d in answers["documents"]] == ["received_from_uscis"]
