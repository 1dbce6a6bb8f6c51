"""GUI entry point: builds the main window exactly as the `ombud-desktop` command does.

`cli.py` parses the command line once and hands the result here; what it says
(organization settings, data folder, --open) travels to the UI as a `startup.AppContext`,
nothing below reads sys.argv again."""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMainWindow

if TYPE_CHECKING:
    from ombud_desktop.startup import AppContext


def create_main_window(argv: Sequence[str]) -> QMainWindow:
    """Build the main window for `argv` (the app's options, no subcommand) without
    running the loop: for tests, benchmarks and the screenshot tour. The command parses
    its line itself and calls `open_main_window`.

    --data-dir and --passphrase-file work as in the CLI; --open CASE_ID opens that case;
    --org-config FILE (else organization.toml beside the app) brands and sets defaults.
    """
    plain_imports()
    with _no_collection():
        from ombud_desktop.startup import parse_app_args

        context, qt_args = parse_app_args(argv)
        return open_main_window(context, qt_args)


def open_main_window(context: AppContext, qt_args: Sequence[str] = ()) -> QMainWindow:
    """Build the main window from the parsed start-up context; `qt_args` are the
    command-line words meant for Qt (-platform, -style ...)."""
    plain_imports()
    with _no_collection():
        return _open_main_window(context, qt_args)


def plain_imports() -> None:
    """Take PySide's `__feature__` hook off Python's import statement. Importing PySide
    wraps `import` so that `from __feature__ import snake_case` works, and after every
    import statement the wrapper reads the whole source of a module it has not seen
    (`inspect.getsource`) to learn whether it mentions PySide6: 15-20 ms for the ~100
    modules the first screen loads (44 M of 1057 M instructions), and again for every
    module loaded later. The app uses no `__feature__`; the import PySide's wrapper
    calls for every other import (`__orig_import__`) then runs directly.

    Called at run time, not while a module is being imported: PySide's wrapper puts
    itself back when the import it is running returns."""
    import builtins

    underneath = getattr(builtins, "__orig_import__", None)
    if underneath is not None and getattr(builtins.__import__, "__name__", "") == (
        "__feature_import__"
    ):
        builtins.__import__ = underneath


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """No garbage collection while start-up runs: what it makes (modules, the spec,
    widgets) lives as long as the app, and the 60-90 collections that scanned it again
    and again cost the first screen 10-30 ms (benchmarks/bench_gui_startup.py)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _open_main_window(context: AppContext, qt_args: Sequence[str]) -> QMainWindow:
    from ombud_desktop.export.staging import sweep as sweep_staging
    from ombud_desktop.ui.application import OmbudApplication
    from ombud_desktop.ui.lazy_vault import LazyVault
    from ombud_desktop.ui.main_window import MainWindow
    from ombud_desktop.vault.door import VaultDoor

    app = QApplication.instance() or OmbudApplication([sys.argv[0], *qt_args])
    assert app is not None
    if isinstance(app, OmbudApplication):
        app.use_context(context)
    passphrase = context.passphrase()
    # "auto": a second window on the same vault opens read-only and says so. The vault
    # itself is built when unlocked: the first screen needs only its door (lazy_vault.py).
    door = VaultDoor(context.data_dir, mode="auto")
    sweep_staging(door.data_dir)  # plaintext a crashed export left behind goes first
    vault = LazyVault(door, default_retention_days=context.org.retention_days)
    window = MainWindow(vault, open_case_id=context.open_case_id, context=context)
    window.start(passphrase)
    return window


@contextlib.contextmanager
def starting() -> Iterator[None]:
    """The app's start as `main` runs it: no collection while the window is built and
    shown, and what that made frozen (`freeze_startup_objects`) before collection
    resumes. Frozen only after it resumed, the first collection scanned every object of
    the start-up once more, as young ones: 9 ms of the first screen, 23 ms of opening a
    case (benchmarks/bench_gui_startup.py)."""
    with _no_collection():
        yield
        freeze_startup_objects()


def freeze_startup_objects() -> None:
    """Put everything built so far (modules, form spec, widgets: it lives as long as the
    app) out of the garbage collector's reach. A full collection then scans only newer
    objects: unfrozen, one ran 40-60 ms holding the GIL while the preview rendered in the
    background, a visible freeze of the window (benchmarks/bench_preview_ui.py)."""
    gc.freeze()


def main(args: argparse.Namespace, qt_args: Sequence[str] = ()) -> int:
    """Run the app for the command line `cli.main` parsed (no subcommand)."""
    from ombud_desktop.errors import UserFacingError

    try:
        with starting():
            from ombud_desktop.startup import AppContext

            window = open_main_window(AppContext.from_args(args), qt_args)
            window.show()
    except UserFacingError as err:
        print(f"ombud-desktop: {err}", file=sys.stderr)
        return err.exit_code
    app = QApplication.instance()
    assert app is not None
    return app.exec()
