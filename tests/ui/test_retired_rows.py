"""Rows a page takes away (its documents, its filings) stay the page's children until
Qt deletes them at the event loop's next turn: never windows of their own.

Made windows (setParent(None)), owned by Python, they were deleted whenever Python's
collector ran, which could be while Qt walked its windows to tell each of a language or
layout direction change: the heap was corrupted and the app crashed a little later
(about one switch to Arabic in twenty after a document's picture came in). A picture
coming in no longer replaces the rows at all: it goes into its row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import Shiboken

from tests.ui.helpers import make_case


def _assert_retired_rightly(old: list[QWidget], page: QWidget, field: str, qtbot) -> None:
    windows = QApplication.topLevelWidgets()
    assert not [row for row in old if any(row is window for window in windows)]
    assert all(page.isAncestorOf(row) and row.isHidden() for row in old)
    found = page.findChild(QWidget, field)  # as focus_field looks a field up
    assert found is not None and found.isVisibleTo(page)
    qtbot.waitUntil(lambda: not any(Shiboken.isValid(row) for row in old))


def test_documents_taken_off_the_page_are_deleted_by_qt_not_made_windows(
    open_window, vault_dir, tmp_path, qtbot
):
    from tests.documents import samples

    (tmp_path / "letter.pdf").write_bytes(samples.pdf_bytes(2))
    window = open_window("--open", make_case(vault_dir, {}))
    window.wizard.go_to("documents")
    page = window.wizard.current_page()
    with qtbot.waitSignal(page._finished, timeout=20_000):
        page.add_files([tmp_path / "letter.pdf"])
    qtbot.waitUntil(lambda: len(page.rows) == 1, timeout=10_000)
    old = list(page.rows)
    page._rebuild()  # as a document's picture coming in does
    assert len(page.rows) == 1 and page.rows[0] is not old[0]
    _assert_retired_rightly(old, page, "documents.0.title", qtbot)


def test_filings_taken_off_the_page_are_deleted_by_qt_not_made_windows(
    open_window, vault_dir, qtbot
):
    filings = [{"form_number": "I-130"}, {"form_number": "I-485"}]
    window = open_window("--open", make_case(vault_dir, {"filings": filings}))
    window.wizard.go_to("filings")
    page = window.wizard.current_page()
    old = list(page.boxes)
    page.remove_row(1)
    assert [box.objectName() for box in page.boxes] == ["filings.0"]
    _assert_retired_rightly(old, page, "filings.0.form_number", qtbot)


def test_a_picture_coming_in_keeps_the_rows_and_the_title_being_typed(
    open_window, vault_dir, tmp_path, qtbot
):
    from tests.ui.conftest import focused, tab_to, type_text
    from tests.ui.helpers import white_picture

    picture = white_picture(tmp_path / "notice.png", 300, 400)
    window = open_window("--open", make_case(vault_dir, {}))
    window.wizard.go_to("documents")
    page = window.wizard.current_page()
    with qtbot.waitSignal(page._finished, timeout=20_000):
        page.add_files([picture])
    qtbot.waitUntil(lambda: bool(page.thumbnails), timeout=10_000)
    rows = list(page.rows)
    title = tab_to("documents.0.title")
    QTest.keyClick(title, Qt.Key.Key_End)  # Tab selected the whole title
    type_text(" from USCIS")
    attachment_id, image = next(iter(page.thumbnails.items()))
    page._thumb_ready.emit(attachment_id, image.scaled(48, 64))  # as an older file's comes
    assert page.rows == rows and focused() is title
    type_text(", 2026")
    assert title.text() == "notice from USCIS, 2026"
    shown = page._row_texts[rows[0]][2].pixmap()
    assert (shown.width(), shown.height()) == (48, 64)
