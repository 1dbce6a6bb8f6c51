"""Rows a page takes away (its documents, its filings) stay the page's children until
Qt deletes them at the event loop's next turn: never windows of their own.

Made windows (setParent(None)), owned by Python, they were deleted whenever Python's
collector ran, which could be while Qt walked its windows to tell each of a language or
layout direction change: the heap was corrupted and the app crashed a little later
(about one switch to Arabic in twenty after a document's picture came in)."""

from __future__ import annotations

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
