"""The wizard's Send page: background export with progress, cancel, errors in words,
printing the mail packet, marking as sent. Driven with pytest-qt, never with sleeps."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.export.samples import make_pdf


def open_session(data_dir: Path, files: dict[Path, bytes]) -> Any:
    """The complete sample case with these files attached, open as the wizard opens it."""
    from ombud_desktop.ui.session import CaseSession
    from ombud_desktop.vault import Vault

    vault = Vault(Path(os.environ["OMBUD_DATA_DIR"]))
    vault.initialize(passphrase="export page tests", use_keyring=False)
    answers = json.loads((data_dir / "complete_ready.json").read_text("utf-8"))
    del answers["documents"]  # listed without files there; real files attached below
    record = vault.create_case(answers)
    for document, content in files.items():
        document.write_bytes(content)
        vault.add_attachment(record, document, category="received_from_uscis", title="Notice")
    return CaseSession(vault, vault.load_case(record.id))


@pytest.fixture
def session(data_dir: Path, tmp_path: Path) -> Iterator[Any]:
    session = open_session(
        data_dir, {tmp_path / "notice.pdf": make_pdf(2, "Receipt notice", colour=True)}
    )
    yield session
    session.close()
    session.vault.close()


@pytest.fixture
def page(qtbot, session, tmp_path: Path) -> Any:
    from ombud_desktop.ui.pages.export_page import ExportPage

    widget = ExportPage(session)
    qtbot.addWidget(widget)
    widget.folder.setText(str(tmp_path / "out"))
    widget.show()
    widget.on_enter()
    return widget


def _export(qtbot, page, channel: str) -> Any:
    page.channel_buttons[channel].setChecked(True)
    steps: list[str] = []
    page.make_button.click()
    page.worker.step.connect(lambda step, done, total: steps.append(step))
    with qtbot.waitSignal(page.worker.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: page.worker is None)
    return steps


def test_page_shows_destinations_with_dates_and_asks_to_confirm(page) -> None:
    view = page.destinations_view
    assert "changed how it operates in 2025" in view.notice.text()
    email = view.values["email"].text()
    assert "cisombudsman@hq.dhs.gov" in email and "last checked 11/27/2026" in email
    assert "cisombudsman@dhs.gov" in email  # the brochure value, for comparison
    assert "brochure" in view.values["email"].toolTip()
    assert "Mail Stop 0180" in view.values["mail"].text()
    assert "without encryption" in page.plaintext_note.text()


def test_email_export_runs_in_background_and_offers_folder_and_mail_program(
    qtbot, page, tmp_path: Path
) -> None:
    steps = _export(qtbot, page, "email")
    assert page.result is not None, page.message.text()
    assert page.result.path.parent == tmp_path / "out"
    assert (page.result.path / "email.eml").is_file()
    assert "Making the email message" in steps
    assert page.open_folder.isVisibleTo(page) and page.open_mail.isVisibleTo(page)
    assert not page.print_button.isVisibleTo(page)
    assert page.result.mailto.startswith("mailto:")


def test_cancel_leaves_no_package(qtbot, page, tmp_path: Path) -> None:
    page.channel_buttons["fax"].setChecked(True)
    page.make_button.click()
    worker = page.worker
    worker.step.connect(lambda step, *_: page.cancel_export() if "fax" in step else None)
    with qtbot.waitSignal(worker.cancelled, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: page.worker is None)
    out = tmp_path / "out"
    assert not out.exists() or list(out.iterdir()) == []
    assert "Nothing was saved" in page.message.text()
    assert page.make_button.isEnabled()


def test_unwritable_folder_is_reported_in_words(qtbot, page, tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    page.folder.setText(str(blocker / "inside"))
    _export(qtbot, page, "mail")
    assert page.result is None
    text = page.message.text()
    assert "Nothing was saved" in text and "Traceback" not in text


def test_print_sends_every_packet_page_to_the_printer(
    qtbot, page, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    printed = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        printer: QPrinter = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    _export(qtbot, page, "mail")
    assert page.print_button.isVisibleTo(page)
    page.print_button.click()
    assert not page.print_button.isEnabled()  # pages print in the background
    qtbot.waitUntil(page.print_button.isEnabled, timeout=60_000)
    packet = PdfReader(page.result.path / "mail-packet.pdf")
    assert len(PdfReader(printed).pages) == len(packet.pages)


def test_mark_sent_records_it_and_offers_to_delete_the_package(
    qtbot, page, session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.Yes)
    _export(qtbot, page, "fax")
    folder = page.result.path
    panel = page.sent_panel
    assert panel.channel.currentIndex() == 1  # fax, from the export
    panel.reference.setText("CONF-2211")
    with qtbot.waitSignal(panel.marked, timeout=10_000):
        panel.mark_button.click()
    assert not folder.exists()  # deleted after the person said yes
    record = session.vault.load_case(session.case_id)
    assert record.status == "sent" and record.sent.reference == "CONF-2211"


def test_home_case_list_shows_when_and_how_a_case_was_sent(qtbot, session) -> None:
    import datetime as dt

    from ombud_desktop.ui.home import HomeScreen

    session.flush()
    session.vault.mark_sent(session.case_id, channel="mail", sent_on=dt.date(2026, 11, 20))
    home = HomeScreen(session.vault)
    qtbot.addWidget(home)
    home.refresh()
    cells = [home.table.item(0, column).text() for column in range(home.table.columnCount())]
    assert any("Sent 2026-11-20 by mail" in cell for cell in cells)


def test_a_dead_export_process_leaves_no_hidden_folder(tmp_path: Path) -> None:
    import subprocess
    import sys

    from ombud_desktop.export.staging import PREFIX, remove_leftovers_in

    child = subprocess.Popen([sys.executable, "-c", "pass"])  # the export process, ended
    child.wait()
    (tmp_path / f"{PREFIX}{child.pid}-abc123" / "part").mkdir(parents=True)
    finished = tmp_path / "DHS-7001 Ana 2026-11-27 fax"
    finished.mkdir()
    remove_leftovers_in(tmp_path)  # what the worker does when its export process died
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".ombud", "DHS"))) == [
        finished.name
    ]


def test_page_uses_the_organization_settings_given_to_the_app(
    qtbot, qapp, session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ombud_desktop.core.org_config import load_org_config
    from ombud_desktop.startup import AppContext
    from ombud_desktop.ui.pages.export_page import ExportPage

    settings = tmp_path / "organization.toml"
    settings.write_text('[destinations.email]\naddress = "intake@example.org"\n')
    # what app.create_main_window hands the UI for `--org-config FILE`
    monkeypatch.setattr(qapp, "context", AppContext(org=load_org_config(settings)))
    page = ExportPage(session)
    qtbot.addWidget(page)
    assert page.destinations.email == "intake@example.org"
    assert "intake@example.org" in page.destinations_view.values["email"].text()


def test_a_protected_pdf_attached_outside_the_app_says_how_to_add_it_again(
    qtbot, data_dir: Path, tmp_path: Path
) -> None:
    from ombud_desktop.ui.pages.export_page import ExportPage
    from tests.documents import samples

    # As `case attach` stores it: still protected (the app's Documents step asks instead).
    session = open_session(data_dir, {tmp_path / "bank.pdf": samples.pdf_bytes(2, password="pw")})
    page = ExportPage(session)
    qtbot.addWidget(page)
    page.folder.setText(str(tmp_path / "out"))
    page.show()
    page.on_enter()
    _export(qtbot, page, "mail")
    assert page.result is None
    text = page.message.text()
    assert "“bank.pdf” is protected by a password" in text
    assert "remove it and add it again" in text
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    session.close()
    session.vault.close()
