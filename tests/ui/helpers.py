"""Cases made directly in the vault, opened in the window with --open."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def make_case(vault_dir: tuple[Path, Path], answers: dict[str, Any], ui_state=None) -> str:
    from ombud_desktop.vault import Vault
    from tests.ui.conftest import PASSPHRASE

    vault = Vault(vault_dir[0])
    vault.unlock(PASSPHRASE)
    record = vault.create_case(answers, ui_state=ui_state or {})
    vault.close()
    return record.id


def stored_answers(window, case_id: str) -> dict[str, Any]:
    """What the vault holds now (after the pending autosave)."""
    if window.wizard is not None:
        window.wizard.session.flush()
    return window.vault.load_case(case_id).answers


def white_picture(path: Path, width: int, height: int) -> Path:
    """A plain white PNG (a scanned blank page) to add on the documents step."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image.save(str(path))
    return path
