"""GUI costs against baselines measured in the same run.

    .venv/bin/python benchmarks/bench_gui_startup.py [--runs 5] [--size-mb 200] [--quick]
                                                     [--start-only]

--start-only measures the start-up figures (0. and 1.) alone: with many rounds
(--runs 31) their medians are steady on a busy machine, in a minute.

0. Start to the first screen: a whole `ombud-desktop` process (offscreen) on a locked
   vault until the unlock screen is painted (and, on a folder with no vault yet, until
   the first-run screen is painted), then closed and exited; time and peak
   memory, against a bare PySide6 QWizard process shown, painted and exited the same way.
   Both paint in the one processEvents() after show() (the child asserts ours did); the
   vault's code loads on the loop's next turn (ui/lazy_vault.py), after this measures.
   Our children start as app.main does (app.starting: no collection until the start-up
   objects are frozen after show(); the exit's last collection then skips them too).
1. Start to wizard visible: a whole `ombud-desktop --open CASE` process (offscreen, vault
   unlocked by a passphrase file with the fast test KDF, so the calibrated KDF — measured
   by bench_vault.py — is left out) until the wizard page is shown, against the same
   bare QWizard process. The three processes take turns, round after round (--runs
   rounds); each ratio is the median of the rounds' ratios, CPU time beside.
2. Longest UI stall while autosaving: a 5 ms QTimer heartbeat runs while an answer
   changes every 450 ms for 6 s (each change becomes an encrypted save on the writer
   thread after the 400 ms debounce); the longest gap between beats, against the same
   heartbeat for 3 s with no work.
3. Longest UI stall while importing a --size-mb attachment (a PDF: the documents step
   takes only documents and images) through the documents page (encryption on the
   writer thread, progress bar updating), against the idle heartbeat.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

from benchmarks._figures import (  # noqa: E402
    Figure,
    Pairs,
    Sample,
    add_quick,
    interleave,
    measure_process,
    report,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["OMBUD_KDF_PROFILE"] = "test"
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
PASSPHRASE = "benchmark passphrase"

PEAK = """
import resource
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

BARE = (
    """
import sys
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage, QLabel, QVBoxLayout
app = QApplication(sys.argv)
wizard = QWizard()
page = QWizardPage(); page.setTitle("Welcome"); QVBoxLayout(page).addWidget(QLabel("Hello"))
wizard.addPage(page)
wizard.show()
app.processEvents()
assert wizard.isVisible()
"""
    + PEAK
)
OURS = (
    """
import sys
from PySide6.QtWidgets import QApplication
from ombud_desktop.app import create_main_window, starting
with starting():  # as app.main starts: frozen before collection resumes
    window = create_main_window(sys.argv[1:])
    window.show()
QApplication.processEvents()
assert window.wizard is not None and window.wizard.current_page().isVisible()
window.close()
"""
    + PEAK
)

FIRST_SCREEN = (
    """
import sys
from PySide6.QtWidgets import QApplication
from ombud_desktop.app import create_main_window, starting
with starting():  # as app.main starts: frozen before collection resumes
    window = create_main_window(sys.argv[1:])
    window.show()
QApplication.processEvents()
assert window.stack.currentWidget() is window.unlock_screen and window.isVisible()
assert window.painted  # on screen; what unlocking needs loads after this (lazy_vault.py)
window.close()
"""
    + PEAK
)

FIRST_RUN = FIRST_SCREEN.replace(
    "window.stack.currentWidget() is window.unlock_screen",
    "window.stack.currentWidget() is window.first_run",
).replace("(lazy_vault.py)", "(lazy_vault.py), the keyring is looked for (keyring_probe.py)")


class Process:
    """One whole process running `code` (with `args`): timed with its CPU, its peak
    memory (MB, as the process reports it) kept beside each sample."""

    def __init__(self, code: str, *args: str) -> None:
        self.command = [sys.executable, "-c", code, *args]
        self.env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)  # as people run it: .pyc written
        self.peaks: list[float] = []

    def __call__(self) -> Sample:
        with tempfile.TemporaryFile() as out:
            sample = measure_process(self.command, check=True, env=self.env, stdout=out)
            out.seek(0)
            self.peaks.append(int(out.read().split()[-1]) / 1024)
        return sample


def start_figures(
    runs: int, data: tuple[str, ...], open_args: tuple[str, ...], new_vault: str
) -> None:
    """The bare QWizard, the first screen and an open case's wizard as whole processes,
    taking turns round after round (a busy spell falls on all three alike); each ratio is
    the median of the rounds' ratios, CPU time beside."""
    processes = {
        "bare": Process(BARE),
        "first": Process(FIRST_SCREEN, *data),
        "first run": Process(FIRST_RUN, "--data-dir", new_vault),
        "case": Process(OURS, *data, *open_args),
    }
    for process in processes.values():
        process()  # warms the disk and bytecode caches; not counted
        process.peaks.clear()
    samples = interleave(dict(processes), runs)
    print(f"0./1. start to a screen shown (whole process, {runs} rounds)")
    bare_work = "bare PySide6 QWizard"

    def peak(name: str) -> float:
        return statistics.median(processes[name].peaks)

    for name, work in (
        ("first", "start to the first screen (unlock), whole process"),
        ("first run", "start to the first screen (first run, no vault yet), whole process"),
        ("case", "start to the wizard of an open case"),
    ):
        figure = Pairs(samples[name], samples["bare"]).figure(
            work, bare_work, "s", 2.5 if name == "case" else 1.5
        )
        report(
            replace(
                figure,
                extra=f"{peak(name):.0f} MB, {figure.extra}",
                baseline_extra=f"{peak('bare'):.0f} MB, {figure.baseline_extra}",
            )
        )
        if name == "first":
            report(
                Figure("memory at the first screen (unlock), peak", peak("first"),
                       peak("bare"), "MB", bare_work)
            )  # fmt: skip


def make_vault(folder: Path) -> tuple[str, Path]:
    from ombud_desktop.vault import Vault

    vault = Vault(folder)
    vault.initialize(passphrase=PASSPHRASE, use_keyring=False)
    sample = ROOT / "tests" / "data" / "complete_ready.json"
    import json

    answers = {k: v for k, v in json.loads(sample.read_text()).items() if k != "documents"}
    record = vault.create_case(answers, ui_state={"page": "subject"})
    vault.close()
    secret = folder.parent / "passphrase"
    secret.write_text(PASSPHRASE)
    return record.id, secret


class Heartbeat:
    """Records the longest gap between 5 ms timer ticks of the UI event loop."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def run_until(
        self, done: Callable[[], bool], app: QCoreApplication, limit: float = 600.0
    ) -> float:
        self.longest, self._last = 0.0, time.perf_counter()
        self.timer.start()
        deadline = time.perf_counter() + limit
        while not done() and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)  # the benchmark's own loop; the app's work is on timers
        self.timer.stop()
        return self.longest


def stalls(size_mb: int, seconds: float) -> tuple[float, float, float, float]:
    from PySide6.QtCore import QTimer

    from ombud_desktop.app import create_main_window, freeze_startup_objects
    from ombud_desktop.ui.application import OmbudApplication
    from ombud_desktop.ui.main_window import MainWindow
    from ombud_desktop.ui.pages.documents import DocumentsPage
    from ombud_desktop.ui.warm_up import WarmUp
    from tests.documents.hostile import write_big_scan_pdf

    app = OmbudApplication(["bench"])
    scratch = Path(tempfile.mkdtemp(prefix="ombud-bench-"))
    case_id, secret = make_vault(scratch / "data")
    window = create_main_window(
        ["--data-dir", str(scratch / "data"), "--passphrase-file", str(secret), "--open", case_id]
    )
    assert isinstance(window, MainWindow)
    window.show()
    freeze_startup_objects()  # as app.main does once the window is up
    beat = Heartbeat()
    until = time.perf_counter() + 1.0
    warm_up = app.findChild(WarmUp)  # loads the later steps' parts once the wizard is up
    assert warm_up is not None
    # Let the window settle and the warm-up end: the idle baseline is then idle.
    beat.run_until(lambda: time.perf_counter() > until and warm_up.state == "done", app)
    until = time.perf_counter() + seconds / 2
    idle = beat.run_until(lambda: time.perf_counter() > until, app)

    wizard = window.wizard
    assert wizard is not None  # --open: the case's wizard is up
    session = wizard.session
    saves = []
    session.saved.connect(lambda: saves.append(1))
    typing = QTimer()
    typing.setInterval(450)  # just past the 400 ms debounce: every change is saved
    counter = iter(range(10_000))
    typing.timeout.connect(lambda: session.set("reasons.problem_description", "x" * next(counter)))
    typing.start()
    until = time.perf_counter() + seconds
    autosave = beat.run_until(lambda: time.perf_counter() > until, app)
    typing.stop()
    session.flush()

    big = scratch / "big.pdf"
    write_big_scan_pdf(str(big), size_mb << 20, noise=True)
    wizard.go_to("documents")
    page = wizard.current_page()
    assert isinstance(page, DocumentsPage)
    finished = []
    page._finished.connect(lambda *a: finished.append(a))
    start = time.perf_counter()
    page.add_files([big])
    importing = beat.run_until(lambda: bool(finished), app)
    seconds = time.perf_counter() - start
    assert finished[0][0], finished[0][1]
    window.close()
    print(f"  (autosaves done while typing: {len(saves)}; import took {seconds:.2f} s)")
    return idle, autosave, importing, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size-mb", type=int, default=200)
    parser.add_argument(
        "--start-only", action="store_true", help="only the start-up figures (0. and 1.)"
    )
    add_quick(parser)
    args = parser.parse_args()
    if args.quick:
        args.runs, args.size_mb = 1, 8
    scratch = Path(tempfile.mkdtemp(prefix="ombud-bench-"))
    case_id, secret = make_vault(scratch / "data")
    data = ("--data-dir", str(scratch / "data"))
    opening = ("--passphrase-file", str(secret), "--open", case_id)
    start_figures(args.runs, data, opening, str(scratch / "no vault yet"))
    if args.start_only:
        return
    idle, autosave, importing, seconds = stalls(args.size_mb, 1.5 if args.quick else 6.0)
    print("2./3. longest gap between 5 ms heartbeats of the UI event loop")
    idle_work = "idle heartbeat"
    report(
        Figure("longest UI stall while autosaving", autosave * 1000, idle * 1000, "ms", idle_work)
    )
    report(
        Figure(
            f"longest UI stall while importing {args.size_mb} MB",
            importing * 1000, idle * 1000, "ms", idle_work, extra=f"import {seconds:.2f} s",
        )
    )  # fmt: skip
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of the Qt objects: nothing left to measure


if __name__ == "__main__":
    main()
