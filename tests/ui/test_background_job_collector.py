"""While a job runs on the pool (the preview's render) the garbage collector waits; it
collects on the GUI thread once the last job is back. A full collection in the middle of
a render walked all its objects holding the interpreter lock: the window froze 50-100 ms
(benchmarks/bench_preview_ui.py)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QObject

from ombud_desktop.ui.background_job import run_off_ui


def test_the_collector_waits_for_every_job_then_comes_back(qtbot) -> None:
    receiver = QObject()
    release = threading.Event()
    during: list[bool] = []
    delivered: list[bytes] = []

    def slow() -> bytes:
        during.append(gc.isenabled())
        assert release.wait(30), "the test never released the job"
        return b"slow"

    def quick() -> bytes:
        during.append(gc.isenabled())
        return b"quick"

    assert gc.isenabled()
    try:
        run_off_ui(receiver, slow, lambda result, _problem: delivered.append(result))
        run_off_ui(receiver, quick, lambda result, _problem: delivered.append(result))
        qtbot.waitUntil(lambda: delivered == [b"quick"], timeout=10_000)
        QCoreApplication.processEvents()  # the turn on which the collection would come
        assert not gc.isenabled()  # the slow job still runs
    finally:
        release.set()
    qtbot.waitUntil(lambda: delivered == [b"quick", b"slow"] and gc.isenabled(), timeout=10_000)
    assert during == [False, False]
