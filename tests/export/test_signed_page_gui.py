"""The wet-ink loop on the send step (pytest-qt, offscreen): the requirement is shown
with "Print the page to sign" and "Add the signed page"; the page to sign is saved for
the user alone and carries the name and receipt number; the added scan clears the
readiness report's line; an email export refused before it says what to do."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from tests.documents.pdftools import pdftotext
from tests.export.samples import make_pdf


@pytest.fixture
def wet_ink_page(qtbot, data_dir: Path, tmp_path: Path, monkeypatch) -> Any:  # type: ignore[no-untyped-def]
    from ombud_desktop.ui.pages.export_page import ExportPage
    from ombud_desktop.ui.session import CaseSession
    from ombud_desktop.vault import Vault

    vault = Vault(Path(os.environ["OMBUD_DATA_DIR"]))
    vault.initialize(passphrase="signed page gui tests", use_keyring=False)
    answers = json.loads((data_dir / "protected_category.json").read_text("utf-8"))
    session = CaseSession(vault, vault.create_case(answers))
    page = ExportPage(session)
    qtbot.addWidget(page)
    page.folder.setText(str(tmp_path / "out"))
    page.show()
    page.on_enter()
    yield page
    session.close()
    vault.close()


def _report_lines(page: Any) -> list[str]:
    return [page.readiness.list.item(i).text() for i in range(page.readiness.list.count())]


def test_the_send_step_shows_the_wet_ink_loop_and_the_signed_page_clears_it(
    qtbot, wet_ink_page, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from ombud_desktop.ui.pdf_printing import PdfPrintJob

    panel = wet_ink_page.signed_page
    assert panel.isVisible()
    assert panel.print_button.text() == "Print the page to sign"
    assert panel.add_button.text() == "Add the signed page"
    assert "signed by hand in ink" in panel.text.text()
    assert any("Add the signed page" in line for line in _report_lines(wet_ink_page))
    # print: saved where the person chose, readable by them alone, then the print dialog
    target = tmp_path / "to-sign.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    printed: list[Path] = []
    monkeypatch.setattr(PdfPrintJob, "start", lambda job: printed.append(job.path))
    panel.print_button.click()
    assert printed == [target] and stat.S_IMODE(target.stat().st_mode) == 0o600
    text = " ".join(pdftotext(target.read_bytes()).split())
    assert "Rosa Muestra" in text and "VSC2401012345" in text and "Sign here" in text
    # the scan is added encrypted; the report's line goes
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(make_pdf(1, "SIGNED IN INK"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    with qtbot.waitSignal(panel.added, timeout=30_000):
        panel.add_button.click()
    documents = wet_ink_page.session.case.items("documents")
    assert [d["category"] for d in documents] == ["signed_form"]
    assert "takes the place of the unsigned page" in panel.text.text()
    assert not any("Add the signed page" in line for line in _report_lines(wet_ink_page))


def test_an_email_export_without_the_signed_page_says_what_to_do(qtbot, wet_ink_page) -> None:  # type: ignore[no-untyped-def]
    wet_ink_page.channel_buttons["email"].setChecked(True)
    wet_ink_page.make_button.click()
    with qtbot.waitSignal(wet_ink_page.worker.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: wet_ink_page.worker is None)
    assert "Add the signed page" in wet_ink_page.message.text()
    out = Path(wet_ink_page.folder.text())
    assert not out.exists() or not [p for p in out.iterdir() if not p.name.startswith(".")]


def test_a_reference_with_control_characters_is_refused_on_the_send_step(wet_ink_page) -> None:  # type: ignore[no-untyped-def]
    panel = wet_ink_page.sent_panel
    panel.reference.setText("FAX-1\u202e2")
    panel.mark_button.click()
    assert "control characters (U+202E)" in panel.status.text()
    assert wet_ink_page.session.vault.load_case(wet_ink_page.session.case_id).sent is None
