"""What the later steps of an open case load on their first use, loaded ahead while the
person works on an earlier step: the first visit of "Check the PDF" loaded QtPdf and
made about 80 of PySide's lazily created Qt classes at once (50-100 ms with the window
frozen), the first export its machinery (about 50 ms).

Once per process, DELAY_MS after the wizard is first painted, so never inside the
start-up to the open case (tests/ui/test_startup_imports.py, bench_gui_startup.py).
The Python libraries of rendering and export load on a thread (the preview's render
already imports them on one); the Qt modules and classes are made on the UI thread, as
PySide makes them in normal use, a few milliseconds at a time between events.
"""

from __future__ import annotations

import importlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import suppress
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

DELAY_MS = 1000  # after the wizard's first paint: the person has the page in front of them
SLICE_SECONDS = 0.005  # UI-thread work between two turns of the event loop
# No Qt in these: imported on a thread of their own.
LIBRARIES = (
    "ombud_desktop.documents.packet",  # the preview's render: reportlab, pypdf, Pillow
    "ombud_desktop.export.gather",
    "ombud_desktop.export.child",  # the export's process (multiprocessing)
    "ombud_desktop.export.options",
    "ombud_desktop.export.branding",
)
# Qt modules whose classes are all made ahead: PySide makes each on its first use, and a
# first QPdfView's viewport() made every QtWidgets class not yet made (20-30 ms).
QT_MODULES = ("PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPdf", "PySide6.QtPdfWidgets")
# The steps' own modules, imported on the UI thread once the above are in.
STEP_MODULES = (
    "ombud_desktop.ui.pdf_preview",
    "ombud_desktop.ui.pages.preview_panel",
    "ombud_desktop.ui.pages.preview",
    "ombud_desktop.ui.pages.review",
    "ombud_desktop.ui.export_worker",
    "ombud_desktop.ui.pages.export_page",
)


class WarmUp(QObject):
    """One per application (`warm_up_after_paint`). `state` goes from "waiting" to
    "loading" (the thread), "making" (the UI-thread slices) and "done"."""

    finished = Signal()
    _libraries_loaded = Signal()  # from the thread: queued to the UI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = "waiting"
        self._steps: Iterator[Callable[[], object]] = iter(())
        self._slices = QTimer(self)
        self._slices.setInterval(0)  # each turn of the event loop, after its events
        self._slices.timeout.connect(self._slice)
        self._libraries_loaded.connect(self._make_qt_parts)

    def start_after_paint(self, widget: QWidget) -> None:
        """Start DELAY_MS after `widget` is next painted (if not started already)."""
        if self.state == "waiting":
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(DELAY_MS, self, self.start)
        return False

    def start(self) -> None:
        if self.state != "waiting":
            return
        self.state = "loading"
        # Not a daemon: Python waits for it at exit (imports, well under a second) instead
        # of finalizing the interpreter under a thread in the middle of an import.
        threading.Thread(target=self._load_libraries, name="warm-up", daemon=False).start()

    def _load_libraries(self) -> None:
        """Thread: the libraries in; one that fails now fails again, and says so, where
        it is used."""
        for name in LIBRARIES:
            with suppress(Exception):
                importlib.import_module(name)
        with suppress(RuntimeError):  # the application is gone (the app quit meanwhile)
            self._libraries_loaded.emit()

    def _make_qt_parts(self) -> None:
        self.state = "making"
        self._steps = _qt_steps()
        self._slices.start()

    def _slice(self) -> None:
        deadline = time.perf_counter() + SLICE_SECONDS
        for step in self._steps:
            with suppress(Exception):  # as above: its own use says what is wrong
                step()
            if time.perf_counter() >= deadline:
                return
        self._slices.stop()
        self.state = "done"
        self.finished.emit()


def _qt_steps() -> Iterator[Callable[[], object]]:
    for module_name in QT_MODULES:
        module = importlib.import_module(module_name)
        yield from (partial(getattr, module, name) for name in dir(module))
    yield from (partial(importlib.import_module, name) for name in STEP_MODULES)


def warm_up_after_paint(widget: QWidget) -> WarmUp | None:
    """The application's warm-up, started after `widget`'s next paint (a no-op once it
    ran). None without an application."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    warm_up = app.findChild(WarmUp)
    if warm_up is None:
        warm_up = WarmUp(app)
    warm_up.start_after_paint(widget)
    return warm_up
