"""GUI costs against baselines measured in the same run.

    .venv/bin/python benchmarks/bench_gui_startup.py [--runs 5] [--size-mb 200] [--quick]

0. Start to the first screen: a whole `ombud-desktop` process (offscreen) on a locked
   vault until the unlock screen is shown; time and peak memory, against a bare PySide6
   QWizard process shown the same way.
1. Start to wizard visible: a whole `ombud-desktop --open CASE` process (offscreen, vault
   unlocked by a passphrase file with the fast test KDF, so the calibrated KDF — measured
   by bench_vault.py — is left out) until the wizard page is shown, against the same
   bare QWizard process.
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
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._figures import Figure, add_quick, report  # noqa: E402

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
from ombud_desktop.app import create_main_window
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
from ombud_desktop.app import create_main_window
window = create_main_window(sys.argv[1:])
window.show()
QApplication.processEvents()
assert window.stack.currentWidget() is window.unlock_screen and window.isVisible()
window.close()
"""
    + PEAK
)


def process_time(code: str, *args: str, runs: int) -> tuple[float, float]:
    """Median wall time (s) and median peak memory (MB) of whole processes running `code`."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as people run it: the warm-up writes .pyc
    times, peaks = [], []
    for index in range(runs + 1):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", code, *args], check=True, env=env, capture_output=True, text=True
        )
        if index:  # the first run only warms the disk and bytecode caches
            times.append(time.perf_counter() - start)
            peaks.append(int(done.stdout.split()[-1]) / 1024)
    return statistics.median(times), statistics.median(peaks)


def big_pdf(path: Path, size_mb: int) -> None:
    """A valid one-page PDF holding a --size-mb image of noise (incompressible, like a
    scan), written without holding it in memory."""
    side = int((size_mb << 20) ** 0.5)
    head = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    content = b"q 612 0 0 792 0 0 cm /Im1 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /XObject << /Im1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    offsets = []
    with open(path, "wb") as out:
        out.write(head)
        for number, body in enumerate(objects, start=1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
        offsets.append(out.tell())
        out.write(
            b"5 0 obj\n<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace"
            b" /DeviceGray /BitsPerComponent 8 /Length %d >>\nstream\n" % (side, side, side * side)
        )
        left = side * side
        block = os.urandom(1 << 20)
        while left:
            out.write(block[: min(left, len(block))])
            left -= min(left, len(block))
        out.write(b"\nendstream\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 6\n0000000000 65535 f \n")
        out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
        out.write(b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref)


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

    def run_until(self, done, app, limit: float = 600.0) -> float:
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

    app = OmbudApplication(["bench"])
    scratch = Path(tempfile.mkdtemp(prefix="ombud-bench-"))
    case_id, secret = make_vault(scratch / "data")
    window = create_main_window(
        ["--data-dir", str(scratch / "data"), "--passphrase-file", str(secret), "--open", case_id]
    )
    window.show()
    freeze_startup_objects()  # as app.main does once the window is up
    beat = Heartbeat()
    until = time.perf_counter() + 1.0
    beat.run_until(lambda: time.perf_counter() > until, app)  # let the window settle
    until = time.perf_counter() + seconds / 2
    idle = beat.run_until(lambda: time.perf_counter() > until, app)

    session = window.wizard.session
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
    big_pdf(big, size_mb)
    window.wizard.go_to("documents")
    page = window.wizard.current_page()
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
    add_quick(parser)
    args = parser.parse_args()
    if args.quick:
        args.runs, args.size_mb = 1, 8
    scratch = Path(tempfile.mkdtemp(prefix="ombud-bench-"))
    case_id, secret = make_vault(scratch / "data")
    data = ("--data-dir", str(scratch / "data"))
    bare, bare_mb = process_time(BARE, runs=args.runs)
    first, first_mb = process_time(FIRST_SCREEN, *data, runs=args.runs)
    ours, ours_mb = process_time(
        OURS, *data, "--passphrase-file", str(secret), "--open", case_id, runs=args.runs
    )
    print(f"0./1. start to a screen shown (whole process, median of {args.runs} runs)")
    bare_work = "bare PySide6 QWizard"
    bare_mem = f"{bare_mb:.0f} MB"
    report(
        Figure("start to the first screen (unlock), whole process", first, bare, "s",
               bare_work, 1.5, f"{first_mb:.0f} MB", bare_mem)
    )  # fmt: skip
    report(Figure("memory at the first screen (unlock), peak", first_mb, bare_mb, "MB", bare_work))
    report(
        Figure("start to the wizard of an open case", ours, bare, "s", bare_work, 2.5,
               f"{ours_mb:.0f} MB", bare_mem)
    )  # fmt: skip
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
