"""A password-protected PDF attached in the app asks for its password in the page and
is kept (encrypted in the vault) as a copy without the password."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from tests.documents import samples
from tests.ui.conftest import focused
from tests.ui.helpers import make_case, stored_answers

PASSWORD = "s3cret"


def open_documents(open_window, vault_dir, tmp_path: Path):
    locked = tmp_path / "bank statement.pdf"
    locked.write_bytes(samples.pdf_bytes(3, password=PASSWORD))
    case_id = make_case(vault_dir, {})
    window = open_window("--open", case_id)
    window.wizard.go_to("documents")
    return window, case_id, window.wizard.current_page(), locked


def test_a_protected_pdf_asks_for_its_password_and_is_kept_without_it(
    open_window, vault_dir, tmp_path, qtbot
):
    window, case_id, page, locked = open_documents(open_window, vault_dir, tmp_path)
    box = page.password_box
    page.add_files([locked])
    qtbot.waitUntil(box.isVisible, timeout=20_000)
    assert "“bank statement.pdf” is protected by a password" in box.text.text()
    assert focused() is box.edit and box.edit.echoMode() == box.edit.EchoMode.Password
    assert not page.progress.isVisible() and "documents" not in stored_answers(window, case_id)

    box.edit.setText("guess")
    box.ok_button.click()
    qtbot.waitUntil(lambda: box.isVisible() and "does not open" in box.text.text(), timeout=20_000)
    assert box.edit.text() == ""
    box.edit.setText(PASSWORD)
    with qtbot.waitSignal(page._finished, timeout=20_000):
        box.ok_button.click()
    assert not box.isVisible()
    docs = stored_answers(window, case_id)["documents"]
    assert [(d["original_filename"], d["pages"]) for d in docs] == [("bank statement.pdf", 3)]
    record = window.vault.load_case(case_id)
    stored = PdfReader(io.BytesIO(window.vault.read_attachment(record, docs[0]["id"])))
    assert not stored.is_encrypted and "Attached page 3" in stored.pages[2].extract_text()
    for path in Path(vault_dir[0]).rglob("*"):  # the unlocked copy only as ciphertext
        assert not path.is_file() or b"Attached page" not in path.read_bytes()


def test_skipping_the_password_adds_nothing_and_goes_on_with_the_next_file(
    open_window, vault_dir, tmp_path, qtbot
):
    window, case_id, page, locked = open_documents(open_window, vault_dir, tmp_path)
    plain = tmp_path / "notice.pdf"
    plain.write_bytes(samples.pdf_bytes(1))
    page.add_files([locked, plain])
    qtbot.waitUntil(page.password_box.isVisible, timeout=20_000)
    with qtbot.waitSignal(page._finished, timeout=20_000):
        page.password_box.skip_button.click()
    docs = stored_answers(window, case_id)["documents"]
    assert [d["original_filename"] for d in docs] == ["notice.pdf"]
    assert not page.password_box.isVisible()
