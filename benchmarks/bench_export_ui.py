"""Longest UI stall while the Send page exports in the background (target: under 50 ms).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_export_ui.py [--quick]

A 5 ms QTimer heartbeat runs on the UI thread; the gap between two beats beyond 5 ms is
a stall the person would feel as a frozen window. Baseline: the same heartbeat with the
page open and idle for 3 s, in the same run. Then each channel is exported through the
page (worker thread, progress signals, vault reads on the session's writer thread) on
the complete sample case with 30 pages of attachments. Prints the longest and 99th
percentile stall per run and the ratio of the longest to the idle baseline.

Before the first export the app's warm-up runs, as it does once a case's wizard is
painted (ui/warm_up.py: the export's machinery, loaded ahead of its first use);
--no-warm-up leaves it out, to compare.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._export_case import build_case
from benchmarks._figures import Figure, add_quick, report

BEAT_MS = 5


class Heartbeat:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000 - BEAT_MS)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> tuple[float, float]:
        self.timer.stop()
        ordered = sorted(self.gaps) or [0.0]
        return max(ordered), ordered[int(len(ordered) * 0.99)]

    def idle(self, label: str, seconds: float = 3) -> float:
        """The baseline: beats while nothing runs; prints it, returns the longest gap."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        self.start()
        QTimer.singleShot(round(seconds * 1000), loop.quit)
        loop.exec()
        longest, p99 = self.stop()
        print(f"{label:<26}longest {longest:6.1f} ms   p99 {p99:5.1f} ms")
        return longest


def warm_up(heartbeat: Heartbeat) -> float:
    """The app's warm-up, run to its end under the heartbeat: its longest stall."""
    from PySide6.QtCore import QEventLoop

    from ombud_desktop.ui.warm_up import WarmUp

    warm = WarmUp()
    done = QEventLoop()
    warm.finished.connect(done.quit)
    heartbeat.start()
    started = time.perf_counter()
    warm.start()
    done.exec()
    longest, p99 = heartbeat.stop()
    print(
        f"warm-up {time.perf_counter() - started:5.2f} s   longest {longest:6.1f} ms   "
        f"p99 {p99:5.1f} ms"
    )
    return longest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-warm-up", action="store_true", help="first export without the app's warm-up"
    )
    add_quick(parser)
    args = parser.parse_args()
    from PySide6.QtCore import QEventLoop

    from ombud_desktop.ui.application import OmbudApplication
    from ombud_desktop.ui.pages.export_page import ExportPage
    from ombud_desktop.ui.session import CaseSession

    app = OmbudApplication([])
    with tempfile.TemporaryDirectory(prefix="ombud-bench-ui-") as scratch:
        vault, case_id = build_case(Path(scratch), photos=2 if args.quick else 20)
        session = CaseSession(vault, vault.load_case(case_id))
        page = ExportPage(session)
        page.folder.setText(str(Path(scratch) / "out"))
        page.show()
        page.on_enter()
        heartbeat = Heartbeat()
        idle_max = heartbeat.idle("idle page (baseline)", 1 if args.quick else 3)
        if not args.no_warm_up:
            warm_up(heartbeat)  # its own stall: bench_preview_ui.py reports it
        results = []
        for channel, tiff in (("email", False), ("fax", True), ("mail", False)):
            page.channel_buttons[channel].setChecked(True)
            page.tiff_box.setChecked(tiff)
            heartbeat.start()
            started = time.perf_counter()
            page.make_button.click()
            worker = page.worker
            assert worker is not None
            done = QEventLoop()
            worker.finished.connect(done.quit)
            done.exec()
            longest, p99 = heartbeat.stop()
            seconds = time.perf_counter() - started
            results.append(longest)
            label = f"{channel}{' + TIFF' if tiff else ''}"
            print(
                f"{label:<12} {seconds:5.1f} s   longest {longest:6.1f} ms   p99 {p99:5.1f} ms"
                f"   x{longest / max(idle_max, 0.1):6.1f} idle   {page.message.text()[:40]!r}"
            )
        session.close()
        vault.close()
    print(f"median of the per-channel longest: {statistics.median(results):.1f} ms")
    report(
        Figure(
            "longest UI stall while exporting (target < 50 ms)", max(results),
            max(idle_max, 0.1), "ms", "idle heartbeat",
        )
    )  # fmt: skip
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
