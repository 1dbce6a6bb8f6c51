"""The send step and the case list: Make the package first and in sight at
1024x768, addresses folded below, the folder remembered inside the vault across a lock,
"nothing could open it" said in the window; the case list tells cases apart and says
"Package made" / "Sent" and what to do next."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QPushButton

from tests.i18n.wizard_walk import complete_answers
from tests.ui.conftest import PASSPHRASE
from tests.ui.helpers import make_case


def _send_page(open_window, vault_dir):
    case_id = make_case(vault_dir, complete_answers())
    window = open_window("--open", case_id)
    window.resize(1024, 768)
    window.wizard.go_to("export")
    QApplication.processEvents()
    return window, window.wizard.current_page(), case_id


def _export_result(folder: Path):
    from ombud_desktop.export.run import ExportResult

    bundle = folder / "ombud-export"
    bundle.mkdir(parents=True)
    return ExportResult(bundle, "email", mailto="mailto:someone@example.org")


def test_make_the_package_is_primary_and_in_sight_at_1024x768(open_window, vault_dir):
    window, page, _ = _send_page(open_window, vault_dir)
    button = page.findChild(QPushButton, "send.make_package")
    assert button is page.make_button and button.isDefault()
    scroll = window.wizard._scrolls[window.wizard._current]
    viewport = scroll.viewport()
    top_left = button.mapTo(viewport, QPoint(0, 0))
    assert viewport.rect().contains(QRect(top_left, button.size())), (
        top_left,
        viewport.size(),
    )
    # The addresses and their history are folded below, a click away.
    assert not page.where_box.isVisible()
    assert page.where_toggle.mapTo(page, QPoint(0, 0)).y() > button.mapTo(page, QPoint(0, 0)).y()
    page.where_toggle.click()
    assert page.destinations_view.isVisible()


def test_nothing_to_open_the_folder_or_mail_is_said(open_window, vault_dir, monkeypatch, tmp_path):
    _, page, _ = _send_page(open_window, vault_dir)
    page.result = _export_result(tmp_path)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    page._open_folder()
    assert "No program on this computer could open the folder" in page.message.text()
    assert str(page.result.path) in page.message.text()
    page._open_mail()
    assert "No mail program" in page.message.text()


def test_save_folder_is_remembered_in_the_vault_across_a_lock(
    open_window, vault_dir, tmp_path, qapp
):
    window, page, case_id = _send_page(open_window, vault_dir)
    chosen = str(tmp_path / "packages-for-ana")
    page.folder.setText(chosen)
    page.folder.editingFinished.emit()
    window.lock()
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.try_passphrase()
    window.wizard.go_to("export")
    assert window.wizard.current_page().folder.text() == chosen
    assert window.vault.load_case(case_id).ui_state["export_folder"] == chosen
    # Never in the plain settings files.
    config = Path.home()
    for path in config.rglob("*"):
        if path.is_file() and path.stat().st_size < 1_000_000:
            assert chosen.encode() not in path.read_bytes(), path


def test_case_list_tells_cases_apart_and_follows_the_package(open_window, vault_dir, tmp_path):
    make_case(vault_dir, {})
    window, page, case_id = _send_page(open_window, vault_dir)
    window.wizard.go_to("documents")  # seen, with nothing to add: done
    window.wizard.go_to("export")
    page._on_done(_export_result(tmp_path))
    window.wizard.session.flush()
    window.show_home()
    table = window.home.table
    rows = {table.item(r, 0).data(256): r for r in range(table.rowCount())}
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:5] == ["Name", "Forms", "Status", "Progress", "Next thing to do"]
    row = rows[case_id]
    name = table.item(row, 0).text()
    answers = complete_answers()
    assert answers["subject"]["last_name"] in name
    assert answers["filings"][0]["receipt_number"] in name
    assert table.item(row, 2).text() == "Package made"
    assert "of" in table.item(row, 3).text()
    assert "mark it as sent" in table.item(row, 4).text()
    empty = next(r for cid, r in rows.items() if cid != case_id)
    assert table.item(empty, 0).text() == "(no name yet)"
    assert table.item(empty, 3).text().startswith("0 of")
    assert "Go on with" in table.item(empty, 4).text()
    window.vault.mark_sent(case_id, channel="email")
    window.home.refresh()
    assert table.item(row, 2).text().startswith("Sent")
    assert "Wait for the answer" in table.item(row, 4).text()


def test_finish_screen_says_what_happens_next(open_window, vault_dir, tmp_path):
    from ombud_desktop.export.run import ExportResult

    _, page, _ = _send_page(open_window, vault_dir)
    assert not page.finish.isVisible()
    page._on_done(_export_result(tmp_path))
    assert page.finish.isVisible()
    text = "\n".join(label.text() for label in page.finish.steps)
    for said in ("Send it", "Mark as sent", "30", "90", "If nothing comes", "receipt number"):
        assert said in text, said
    mail = tmp_path / "mail"
    mail.mkdir()
    page._on_done(ExportResult(mail, "mail"))
    assert "14 days" in page.finish.steps[0].text()
