"""The wizard's "Check the PDF" page and the review page's PDF: the request as it will be
sent, rendered off the UI thread, again only after answers change, in memory only."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.documents import samples
from tests.i18n.wizard_walk import complete_answers
from tests.ui.conftest import PASSPHRASE

RENDER_TIMEOUT = 60_000


def make_case_with_files(vault_dir: tuple[Path, Path], files: dict[str, bytes]) -> str:
    """A complete case whose documents are these files, encrypted into the vault."""
    from ombud_desktop.vault import Vault

    vault = Vault(vault_dir[0])
    vault.unlock(PASSPHRASE)
    record = vault.create_case(complete_answers(), ui_state={})
    for name, data in files.items():
        vault.add_attachment(
            record,
            io.BytesIO(data),
            category="received_from_uscis",
            title=name,
            original_filename=name,
        )
    vault.close()
    return str(record.id)


def expected_pages(window: Any) -> int:
    """Pages of the same case rendered directly (not through the page)."""
    from ombud_desktop.documents.packet import RenderOptions, case_attachments, render_case_pdf

    session = window.wizard.session
    record = session.run_on_writer(lambda r: r).result()
    pdf = render_case_pdf(
        session.case, case_attachments(session.vault, record), RenderOptions(preview=True)
    )
    return len(PdfReader(io.BytesIO(pdf)).pages)


def page_text(panel: Any, page: int) -> str:
    return str(panel.preview.document.getAllText(page).text())


def all_text(panel: Any) -> str:
    return "\n".join(page_text(panel, n) for n in range(panel.preview.page_count()))


def open_preview(open_window, case_id: str, qtbot) -> tuple[Any, Any]:
    window = open_window("--open", case_id)
    window.wizard.go_to("preview")
    page = window.wizard.current_page()
    assert page.objectName() == "page.preview"
    qtbot.waitUntil(lambda: page.panel.preview.page_count() > 0, timeout=RENDER_TIMEOUT)
    return window, page


def test_the_preview_page_comes_after_review_and_before_sending(open_window, vault_dir):
    window = open_window("--open", make_case_with_files(vault_dir, {}))
    order = [p.page_id for p in window.wizard.relevant_pages()]
    assert order.index("review") + 1 == order.index("preview") == order.index("export") - 1


def test_it_shows_every_page_of_the_pdf_with_navigation_and_zoom(open_window, vault_dir, qtbot):
    case_id = make_case_with_files(vault_dir, {"notice.pdf": samples.pdf_bytes(3)})
    window, page = open_preview(open_window, case_id, qtbot)
    preview = page.panel.preview
    assert preview.page_count() == expected_pages(window) >= 5  # form, index, 3 attached
    first = page_text(page.panel, 0)
    assert "PREVIEW" in first and "SR-7741029384" in first
    assert "Attached page 3" in page_text(page.panel, preview.page_count() - 1)
    assert not page.panel.status.isVisible()  # the page's intro already says what it is
    assert preview.page_label.text() == f"Page 1 of {preview.page_count()}"

    preview.next_button.click()
    qtbot.waitUntil(lambda: preview.current_page() == 1)
    preview.go_to_page(preview.page_count() - 1)
    qtbot.waitUntil(lambda: not preview.next_button.isEnabled())
    start = preview.zoom()
    preview.zoom_in_button.click()
    assert preview.zoom() > start
    preview.fit_button.click()
    shown = preview.document.pagePointSize(0).width() * preview.view.logicalDpiX() / 72
    assert abs(shown * preview.zoom() - preview.view.viewport().width()) < 40


def test_it_renders_again_only_after_an_answer_changed(open_window, vault_dir, qtbot):
    window, page = open_preview(open_window, make_case_with_files(vault_dir, {}), qtbot)
    renderer = page.panel.renderer
    assert renderer.renders == 1
    window.wizard.go_to("review")
    window.wizard.go_to("preview")
    assert renderer.renders == 1 and not renderer.busy()  # nothing changed: same PDF
    assert page.panel.preview.page_count() > 0

    assert "Zebedee" not in all_text(page.panel)
    window.wizard.session.set("subject.first_name", "Zebedee")
    window.wizard.go_to("review")
    window.wizard.go_to("preview")
    assert renderer.renders == 2
    qtbot.waitUntil(lambda: "Zebedee" in all_text(page.panel), timeout=RENDER_TIMEOUT)


def test_the_review_page_shows_the_same_pdf_on_request(open_window, vault_dir, qtbot):
    case_id = make_case_with_files(vault_dir, {"notice.pdf": samples.pdf_bytes(2)})
    window = open_window("--open", case_id)
    window.wizard.go_to("review")
    review = window.wizard.current_page()
    assert review.pdf_panel is None  # nothing rendered until asked for
    review.pdf_button.click()
    panel = review.pdf_panel
    assert panel.isVisible() and review.pdf_button.text() == "Hi&de the PDF"
    qtbot.waitUntil(lambda: panel.preview.page_count() > 0, timeout=RENDER_TIMEOUT)
    assert panel.preview.page_count() == expected_pages(window)
    assert panel.status.isVisible() and "as it will be sent" in panel.status.text()
    window.wizard.go_to("preview")
    preview = window.wizard.current_page()
    qtbot.waitUntil(lambda: preview.panel.preview.page_count() > 0, timeout=RENDER_TIMEOUT)
    assert preview.panel.renderer is panel.renderer and panel.renderer.renders == 1
    window.wizard.go_to("review")
    review.pdf_button.click()
    assert not panel.isVisible() and review.pdf_button.text().startswith("&Show the PDF")


def test_a_broken_attachment_is_named_with_what_to_do(open_window, vault_dir, qtbot):
    case_id = make_case_with_files(vault_dir, {"scan.pdf": b"%PDF-1.4\n% cut off here"})
    window = open_window("--open", case_id)
    window.wizard.go_to("preview")
    panel = window.wizard.current_page().panel
    qtbot.waitUntil(lambda: "could not be made" in panel.status.text(), timeout=RENDER_TIMEOUT)
    text = panel.status.text()
    assert "scan.pdf" in text and "attach the new copy" in text
    assert "Traceback" not in text and panel.preview.page_count() == 0


def all_files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def test_previewing_writes_no_plaintext_file(
    open_window, vault_dir, qtbot, tmp_path, monkeypatch: pytest.MonkeyPatch
):
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    case_id = make_case_with_files(vault_dir, {"notice.pdf": samples.pdf_bytes(2)})
    home = Path(os.environ["HOME"])
    before = all_files(vault_dir[0]) | all_files(home)
    window, _ = open_preview(open_window, case_id, qtbot)
    window.wizard.go_to("review")
    window.wizard.current_page().pdf_button.click()
    window.wizard.session.flush()
    assert all_files(temp) == set()
    new = (all_files(vault_dir[0]) | all_files(home)) - before
    assert all(p.suffix == ".ombud" for p in new), new
    for path in all_files(vault_dir[0]):
        assert b"%PDF" not in path.read_bytes()


def test_its_status_and_page_count_follow_a_language_switch(open_window, vault_dir, qtbot, qapp):
    from PySide6.QtCore import QCoreApplication

    _, page = open_preview(open_window, make_case_with_files(vault_dir, {}), qtbot)
    count = page.panel.preview.page_count()
    try:
        qapp.set_language("es", remember=False)
        spanish = QCoreApplication.translate("PdfPreview", "Page %1 of %2")
        assert spanish != "Page %1 of %2"
        expected = spanish.replace("%1", "1").replace("%2", str(count))
        qtbot.waitUntil(lambda: page.panel.preview.page_label.text() == expected)
        assert page.panel.status.text() == QCoreApplication.translate(
            "PdfPreviewPanel", "This is the PDF as it will be sent (marked PREVIEW until signed)."
        )
        assert "as it will be sent" not in page.panel.status.text()
        assert page.title_label.text() == "Revisar el PDF"
    finally:
        qapp.set_language("en", remember=False)


def test_a_protected_pdf_attached_outside_the_app_says_how_to_add_it_again(
    open_window, vault_dir, qtbot
):
    locked = samples.pdf_bytes(2, password="s3cret")  # as `case attach` stores it
    window = open_window("--open", make_case_with_files(vault_dir, {"bank.pdf": locked}))
    window.wizard.go_to("preview")
    panel = window.wizard.current_page().panel
    qtbot.waitUntil(lambda: "could not be made" in panel.status.text(), timeout=RENDER_TIMEOUT)
    assert "“bank.pdf” is protected by a password" in panel.status.text()
    assert "remove it and add it again" in panel.status.text()


def test_the_pdf_is_made_off_the_ui_thread(open_window, vault_dir, qtbot, monkeypatch):
    import threading

    from ombud_desktop.documents import packet

    threads = []
    real = packet.render_case_pdf

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(packet, "render_case_pdf", recording)
    open_preview(open_window, make_case_with_files(vault_dir, {}), qtbot)
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
