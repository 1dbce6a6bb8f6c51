"""GUI entry point: builds the main window exactly as the `ombud-desktop` command does."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QMainWindow

from ombud_desktop import APP_NAME


def create_main_window(argv: Sequence[str]) -> QMainWindow:
    """Build the main window for `argv` (the command's arguments) without running the loop."""
    from ombud_desktop.cli import build_parser

    _args, qt_args = build_parser().parse_known_args(list(argv))
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    window = QMainWindow()
    window.setObjectName("main_window")
    window.setWindowTitle(APP_NAME)
    window.resize(960, 720)
    return window


def main(argv: Sequence[str]) -> int:
    window = create_main_window(argv)
    window.show()
    app = QApplication.instance()
    assert app is not None
    return app.exec()
