"""Runs an export off the UI thread: progress names the step, cancel leaves nothing, and
every failure arrives as a plain sentence (never a traceback)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal

from ombud_desktop.errors import UserFacingError
from ombud_desktop.export.destinations import Destinations
from ombud_desktop.export.progress import ExportCancelled, Progress
from ombud_desktop.export.run import ExportOptions
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


class ExportWorker(QThread):
    """`load_material()` runs first in this thread (it may wait for the vault's writer);
    then the form and documents are rendered and the bundle written."""

    step = Signal(str, int, int)  # step sentence, done, total
    succeeded = Signal(object)  # ExportResult
    failed = Signal(str)  # a sentence for the person
    cancelled = Signal()

    def __init__(
        self,
        load_material: Callable[[], Any],
        options: ExportOptions,
        out_dir: Path,
        destinations: Destinations,
        language: str,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._load_material = load_material
        self._options = options
        self._out_dir = out_dir
        self._destinations = destinations
        self._language = language
        self.progress = Progress(report=self.step.emit)

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:
        from ombud_desktop.export.gather import prepare, readme_language
        from ombud_desktop.export.run import export_case

        try:
            self.progress.step(QT_TRANSLATE_NOOP("export_steps", "Reading the case"))
            material = self._load_material()
            source = prepare(material, language=self._language, progress=self.progress)
            translate, language_name = readme_language(source.language)
            result = export_case(
                source,
                self._options,
                self._out_dir,
                self._destinations,
                progress=self.progress,
                translate=translate,
                language_name=language_name,
            )
        except ExportCancelled:
            self.cancelled.emit()
        except UserFacingError as err:
            self.failed.emit(str(err))
        except MemoryError:
            self.failed.emit(
                "The computer ran out of memory making the package. Close other programs, "
                "or leave out very large documents, then try again."
            )
        except Exception as err:  # reported in words; details only in the log for support
            log.error("export failed: %s", type(err).__name__)  # no case data in logs
            self.failed.emit(
                f"Something went wrong while making the package ({type(err).__name__}). "
                "Nothing was saved and your case is unchanged. Try again; if it happens "
                "again, choose another way to send."
            )
        else:
            self.succeeded.emit(result)
