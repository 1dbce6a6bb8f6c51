"""Errors raised in the Qt-free layers reach the screen in the person's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from tests.ui.helpers import make_case


def in_spanish(qapp):
    qapp.set_language("es", remember=False)
    return lambda text: QCoreApplication.translate("errors", text)


def test_bad_files_on_the_documents_step_are_explained_in_spanish(
    open_window, vault_dir, tmp_path: Path, qtbot, qapp
):
    empty = tmp_path / "recibo.pdf"
    empty.write_bytes(b"")
    text = tmp_path / "carta.pdf"
    text.write_text("Querido oficial:\nayuda por favor.\n", encoding="utf-8")
    window = open_window("--open", make_case(vault_dir, {}))
    window.wizard.go_to("documents")
    page = window.wizard.current_page()
    try:
        es = in_spanish(qapp)
        zero = es("the file is empty (0 bytes). Choose the file again, or scan it again.")
        assert zero != "the file is empty (0 bytes). Choose the file again, or scan it again."
        with qtbot.waitSignal(page._finished, timeout=20_000):
            page.add_files([empty])
        assert page.import_status.text() == es("{filename}: {reason}").format(
            filename="recibo.pdf", reason=zero
        )
        with qtbot.waitSignal(page._finished, timeout=20_000):
            page.add_files([text])
        said = page.import_status.text()
        assert said.startswith("carta.pdf") and es("plain text") in said
        assert "Attach a" not in said and "plain text" not in said
    finally:
        qapp.set_language("en", remember=False)
