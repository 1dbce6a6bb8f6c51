"""One check when a file is added: the Documents step and `case attach` refuse a file
that cannot become pages, at once and with the same message."""

from __future__ import annotations

from pathlib import Path

import pytest

from ombud_desktop.documents.attachments import inspect_attachment
from ombud_desktop.documents.errors import AttachmentError
from tests.cli_runner import run_cli
from tests.documents import hostile, samples
from tests.ui.helpers import make_case, stored_answers

REFUSED = {
    "half.jpg": lambda: samples.jpeg_bytes(800, 600)[:4000],
    "icon.xbm": hostile.xbm,
    "gone.pdf": hostile.pdf_without_xref,
}


def _expected(name: str, data: bytes) -> str:
    with pytest.raises(AttachmentError) as refused:
        inspect_attachment(name, data)
    return str(refused.value)


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_the_documents_step_and_case_attach_refuse_with_the_same_message(
    name: str, open_window, vault_dir, tmp_path: Path, qtbot
) -> None:
    path = tmp_path / name
    path.write_bytes(REFUSED[name]())
    expected = _expected(name, path.read_bytes())
    case_id = make_case(vault_dir, {})

    attached = run_cli(
        "--data-dir", vault_dir[0], "--passphrase-file", vault_dir[1],
        "case", "attach", case_id, path, "--category", "other",
    )  # fmt: skip
    assert attached.returncode != 0
    assert attached.stderr.strip() == f"ombud-desktop: {expected}"

    window = open_window("--open", case_id)
    window.wizard.go_to("documents")
    page = window.wizard.current_page()
    with qtbot.waitSignal(page._finished, timeout=30_000):
        page.add_files([path])
    assert page.import_status.text() == expected
    assert not stored_answers(window, case_id).get("documents")
