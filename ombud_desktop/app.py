"""GUI entry point: builds the main window exactly as the `ombud-desktop` command does.

The command line is parsed here once; what it says (organization settings, data folder,
--open) travels to the UI as an `AppContext`, nothing below reads sys.argv again."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QMainWindow


def create_main_window(argv: Sequence[str]) -> QMainWindow:
    """Build the main window for `argv` (the command's arguments) without running the loop.

    --data-dir and --passphrase-file work as in the CLI; --open CASE_ID opens that case;
    --org-config FILE (else organization.toml beside the app) brands and sets defaults.
    """
    from ombud_desktop.cli import build_parser
    from ombud_desktop.export.staging import sweep as sweep_staging
    from ombud_desktop.ui.application import OmbudApplication
    from ombud_desktop.ui.context import AppContext
    from ombud_desktop.ui.main_window import MainWindow
    from ombud_desktop.vault import Vault

    args, qt_args = build_parser().parse_known_args(list(argv))
    context = AppContext.from_args(args)
    app = QApplication.instance() or OmbudApplication([sys.argv[0], *qt_args])
    assert app is not None
    if isinstance(app, OmbudApplication):
        app.use_context(context)
    passphrase = None
    if context.passphrase_file:
        from ombud_desktop.commands._vault_access import read_passphrase_file

        passphrase = read_passphrase_file(context.passphrase_file)
    # "auto": a second window on the same vault opens read-only and says so.
    vault = Vault(context.data_dir, mode="auto", default_retention_days=context.org.retention_days)
    sweep_staging(vault.data_dir)  # plaintext a crashed export left behind goes first
    window = MainWindow(vault, open_case_id=context.open_case_id, context=context)
    window.start(passphrase)
    return window


def freeze_startup_objects() -> None:
    """Put everything built so far (modules, form spec, widgets: it lives as long as the
    app) out of the garbage collector's reach. A full collection then scans only newer
    objects: unfrozen, one ran 40-60 ms holding the GIL while the preview rendered in the
    background, a visible freeze of the window (benchmarks/bench_preview_ui.py)."""
    gc.freeze()


def main(argv: Sequence[str]) -> int:
    from ombud_desktop.errors import UserFacingError

    try:
        window = create_main_window(argv)
    except UserFacingError as err:
        print(f"ombud-desktop: {err}", file=sys.stderr)
        return err.exit_code
    window.show()
    freeze_startup_objects()
    app = QApplication.instance()
    assert app is not None
    return app.exec()
