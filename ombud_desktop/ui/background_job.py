"""Run a slow function (making a PDF) on a pool thread and hand its outcome back on the
GUI thread, to a receiver that may be gone by then (a page closed with its window).

    run_off_ui(panel, lambda: render(...), panel.show_outcome)

`deliver(result, problem)` gets the bytes and "" on success, or b"" and a sentence for
the person (never a traceback). It is called only while `receiver` still exists.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from contextlib import suppress
from functools import partial

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal


class _Relay(QObject):
    """Owned by the application object (not by Python), so dropping the last Python
    reference on the pool thread never deletes it there; it deletes itself on arrival."""

    done = Signal(object, str)  # PDF bytes (b"" when it failed), problem

    def __init__(self, receiver: QObject, deliver: Callable[[bytes, str], None]) -> None:
        super().__init__(QCoreApplication.instance())
        self._receiver: QObject | None = receiver
        self._deliver: Callable[[bytes, str], None] | None = deliver
        self.done.connect(self._arrived)  # queued: the relay lives on the GUI thread

    def _arrived(self, result: bytes, problem: str) -> None:
        receiver, deliver = self._receiver, self._deliver
        self._receiver = self._deliver = None
        try:
            if receiver is not None and deliver is not None and shiboken6.isValid(receiver):
                deliver(result, problem)
        finally:
            self.deleteLater()
            _collector.job_back()


class _Job(QRunnable):
    def __init__(self, relay: _Relay, make: Callable[[], bytes]) -> None:
        super().__init__()
        self._relay = relay
        self._make = make

    def run(self) -> None:
        from ombud_desktop.errors import UserFacingError
        from ombud_desktop.ui.error_text import error_text

        try:
            result, problem = self._make(), ""
        except UserFacingError as err:
            result, problem = b"", error_text(err)
        except Exception as err:  # shown as a sentence; the answers are unaffected
            text = QCoreApplication.translate(
                "background_job",
                "Something unexpected went wrong ({kind}). Your answers are safe; go back "
                "a step and try again.",
            )
            result, problem = b"", text.format(kind=type(err).__name__)
        relay, self._relay, self._make = self._relay, None, None  # type: ignore[assignment]
        with suppress(RuntimeError):  # the application quit while this ran: nobody to tell
            relay.done.emit(result, problem)


def run_off_ui(
    receiver: QObject, make: Callable[[], bytes], deliver: Callable[[bytes, str], None]
) -> None:
    """Start make() on the global thread pool; deliver its outcome to receiver later."""
    _collector.job_started()
    QThreadPool.globalInstance().start(_Job(_Relay(receiver, deliver), make))


class _CollectorWaits:
    """The garbage collector waits while jobs run and collects on the GUI thread once the
    last is back. A render makes thousands of objects; a full collection that came in the
    middle of one walked them all holding the interpreter lock, the window frozen
    50-100 ms (benchmarks/bench_preview_ui.py). Once the job's objects are gone it costs
    a few ms, and on the GUI thread Qt objects in a cycle are freed where they live."""

    def __init__(self) -> None:
        self.running = 0
        self.paused = False

    def job_started(self) -> None:
        if self.running == 0 and gc.isenabled():
            gc.disable()
            self.paused = True
        self.running += 1

    def job_back(self) -> None:
        """GUI thread, as the job's outcome arrives: the collection comes on the next turn
        of the event loop, not on top of showing the outcome."""
        self.running -= 1
        if self.running == 0 and self.paused:
            QTimer.singleShot(0, self._collect)

    def _collect(self) -> None:
        if self.running == 0 and self.paused:  # no new job started meanwhile
            self.paused = False
            gc.enable()
            gc.collect()


_collector = _CollectorWaits()


class NewestOnly:
    """Numbers the jobs one owner starts, so that only the newest one's outcome is
    delivered: a slow older job finishing late never overwrites a newer result."""

    def __init__(self) -> None:
        self.started = 0
        self._answered = 0

    def busy(self) -> bool:
        """True while the newest job has not reported back."""
        return self._answered != self.started

    def start(
        self,
        receiver: QObject,
        make: Callable[[], bytes],
        deliver: Callable[[bytes, str], None],
    ) -> None:
        self.started += 1
        run_off_ui(receiver, make, partial(self._arrived, self.started, deliver))

    def _arrived(
        self, number: int, deliver: Callable[[bytes, str], None], result: bytes, problem: str
    ) -> None:
        if number == self.started:
            self._answered = number
            deliver(result, problem)


def wait_for_jobs() -> None:
    """Tests and shutdown: let every started job finish and deliver."""
    QThreadPool.globalInstance().waitForDone()
