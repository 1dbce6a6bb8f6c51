"""Open a complete case in the real window and visit every page of the wizard."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import make_case

DATA = Path(__file__).resolve().parent.parent / "data"


def complete_answers() -> dict[str, Any]:
    answers = json.loads((DATA / "complete_ready.json").read_text(encoding="utf-8"))
    answers.pop("documents", None)  # attachments need files in the vault
    return answers


def open_complete_case(open_window, vault_dir) -> tuple[Any, str]:
    case_id = make_case(vault_dir, complete_answers())
    window = open_window("--open", case_id)
    window.resize(1100, 800)
    QApplication.processEvents()
    return window, case_id


def every_page(window) -> Iterator[Any]:
    """Go to each page in form order (irrelevant ones too: they must be right as well)."""
    for page_id in [page.page_id for page in window.wizard.pages]:
        window.wizard.go_to(page_id)
        QApplication.processEvents()
        # Pages that rebuild their content (review) drop the old widgets for good now,
        # as the running event loop would (and a page made on its first visit, the
        # stand-in it replaces).
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        yield window.wizard.current_page()
