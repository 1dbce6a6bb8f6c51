"""Runs an export off the UI: this thread reads the case (through the session's writer),
then a child process renders and writes the package (its own interpreter lock, so the
window never stalls), relaying progress. Cancel leaves nothing; every failure arrives as
a plain sentence (never a traceback)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from ombud_desktop.errors import Term, UserFacingError
from ombud_desktop.export.child import UNEXPECTED, run_export_child
from ombud_desktop.export.destinations import Destinations
from ombud_desktop.export.options import ExportOptions
from ombud_desktop.export.progress import ExportCancelled, Progress
from ombud_desktop.export.staging import remove_leftovers_in
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP
from ombud_desktop.ui.error_text import error_text

if TYPE_CHECKING:
    from ombud_desktop.export.gather import CaseMaterial

POLL_SECONDS = 0.05


class ExportWorker(QThread):
    step = Signal(str, int, int)  # step sentence, done, total
    succeeded = Signal(object)  # ExportResult
    failed = Signal(str)  # a sentence for the person
    cancelled = Signal()

    def __init__(
        self,
        load_material: Callable[[], CaseMaterial],
        options: ExportOptions,
        out_dir: Path,
        destinations: Destinations,
        language: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_material = load_material
        self._job = (options, out_dir, destinations, language)
        self.progress = Progress(report=self.step.emit)

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:
        try:
            self.progress.step(QT_TRANSLATE_NOOP("export_steps", "Reading the case"))
            material = self._load_material()
            self.progress.check()
            outcome = self._run_child(material)
        except ExportCancelled:
            outcome = ("cancelled",)
        except UserFacingError as err:
            outcome = ("failed", error_text(err))
        except Exception as err:  # the vault read failed in an unexpected way
            outcome = ("failed", _unexpected(type(err).__name__))
        if outcome[0] == "done":
            self.succeeded.emit(outcome[1])
        elif outcome[0] == "cancelled":
            self.cancelled.emit()
        elif outcome[0] == "password":
            from ombud_desktop.ui.pages.preview_render import protected_pdf_message

            self.failed.emit(protected_pdf_message(str(outcome[1])))
        else:
            self.failed.emit(outcome[1])

    def _run_child(self, material: CaseMaterial) -> tuple[object, ...]:
        context = multiprocessing.get_context("spawn")  # no fork of a Qt process
        receiver, sender = context.Pipe(duplex=False)
        cancel = context.Event()
        # Not daemonic: a daemonic process may not start others, and a long fax is made
        # by worker processes (export/raster.py). So that quitting the app does not wait
        # for the package, quitting cancels it (the app then waits a page at most).
        child = context.Process(
            target=run_export_child,
            args=(sender, cancel, material, *self._job),
            name="ombud-export",
            daemon=False,
        )
        app, stop = QCoreApplication.instance(), cancel.set
        if app is not None:
            app.aboutToQuit.connect(stop)
        child.start()
        sender.close()
        outcome: tuple[object, ...] | None = None
        try:
            while outcome is None:
                if self.progress.cancelled:
                    cancel.set()
                if not receiver.poll(POLL_SECONDS):
                    if not child.is_alive() and not receiver.poll(0):
                        break
                    continue
                message = receiver.recv()
                if message[0] == "step":
                    self.step.emit(*message[1:])
                else:
                    outcome = message
        except EOFError:
            pass
        finally:
            child.join(timeout=30)
            receiver.close()
            if app is not None:
                app.aboutToQuit.disconnect(stop)
        if outcome is None:  # the child died (out of memory, killed): tidy what it left
            remove_leftovers_in(self._job[1])
            stopped = Term(QT_TRANSLATE_NOOP("errors", "the export process stopped"))
            return ("failed", _unexpected(stopped))
        return outcome


def _unexpected(kind: str) -> str:
    return error_text(UserFacingError(template=UNEXPECTED, params={"kind": kind}))
