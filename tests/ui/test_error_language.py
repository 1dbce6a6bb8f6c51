"""Errors raised in the Qt-free layers reach the screen in the person's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from ombud_desktop.i18n import catalog
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


def test_a_damaged_case_file_is_reported_in_spanish_on_the_home_screen(
    open_window, vault_dir, qtbot, qapp
):
    from ombud_desktop.vault.errors import CorruptFileError

    case_id = make_case(vault_dir, {})
    window = open_window()
    case_folder = Path(vault_dir[0]) / "cases" / case_id
    files = [path for path in case_folder.iterdir() if path.is_file()]
    assert files
    for path in files:  # the record and its backup copy: nothing to restore from
        data = path.read_bytes()
        path.write_bytes(data[:-16] + bytes(16))
    with pytest.raises(CorruptFileError) as caught:
        window.vault.load_case(case_id)
    english = str(caught.value)
    assert "cannot be restored automatically" in english and caught.value.template
    try:
        in_spanish(qapp)
        window.open_case(case_id)
        said = window.home.message.text()
    finally:
        qapp.set_language("en", remember=False)
    assert window.stack.currentWidget() is window.home
    damaged = "The file {path} is damaged or was changed outside Ombud Desktop ({detail})."
    opening = catalog.translate("errors", damaged, "es").split("{path}")[0]
    assert opening == "El archivo " and said.startswith(opening)
    assert "No se puede restaurar automáticamente" in said and case_id in said
    assert "cannot be restored" not in said and said != english
