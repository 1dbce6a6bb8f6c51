"""Longest UI stall while the "Check the PDF" step renders a whole case in the background.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_preview_ui.py [--runs 10] [--quick]

The complete sample case with 30 pages of attachments (benchmarks/_export_case.py) is
opened in the wizard's preview step; a 5 ms heartbeat on the UI thread measures every gap
(bench_export_ui.Heartbeat). Baseline: the same heartbeat with the step open and idle,
in the same run. Each run changes one answer (so the step must render again), enters the
step and waits until the PDF is shown (10 runs by default: a full garbage collection
with a render's objects alive came around the 8th and froze the window 70-100 ms, which
5 runs did not show). Prints render time, longest and 99th percentile stall, and the
longest stall as a ratio to the idle baseline's longest gap. --no-freeze leaves out the
app's gc.freeze() after start-up, to compare.

Before the first run the app's warm-up runs, as it does once a case's wizard is painted
(ui/warm_up.py: what the step loads on its first visit, loaded ahead), and the longest
stall it causes is a figure of its own; --no-warm-up leaves it out, to compare.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._export_case import build_case
from benchmarks._figures import Figure, add_quick, report
from benchmarks.bench_export_ui import Heartbeat, warm_up


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument(
        "--no-freeze", action="store_true", help="skip gc.freeze() (to see what it saves)"
    )
    parser.add_argument(
        "--no-warm-up", action="store_true", help="first visit without the app's warm-up"
    )
    add_quick(parser)
    args = parser.parse_args()
    if args.quick:
        args.runs = 1

    from PySide6.QtCore import QEventLoop

    from ombud_desktop.app import freeze_startup_objects
    from ombud_desktop.ui.application import OmbudApplication
    from ombud_desktop.ui.pages.preview import PreviewPage
    from ombud_desktop.ui.session import CaseSession

    app = OmbudApplication([])
    with tempfile.TemporaryDirectory(prefix="ombud-bench-preview-") as scratch:
        vault, case_id = build_case(Path(scratch), photos=2 if args.quick else 20)
        session = CaseSession(vault, vault.load_case(case_id))
        page = PreviewPage(session)
        page.resize(1000, 760)
        page.show()
        if not args.no_freeze:
            freeze_startup_objects()  # as app.main does once the window is up
        heartbeat = Heartbeat()
        idle_max = heartbeat.idle("idle step (baseline)", 1 if args.quick else 3)
        if not args.no_warm_up:
            warm_up_stall = warm_up(heartbeat)
            report(
                Figure(
                    "longest UI stall while warming up (target < 50 ms)", warm_up_stall,
                    max(idle_max, 0.1), "ms", "idle heartbeat",
                )
            )  # fmt: skip
        stalls = []
        for run in range(args.runs):
            # A different answer each run: the step renders only when answers changed.
            session.set("reasons.problem_description", f"Benchmark run {run}: still waiting.")
            heartbeat.start()
            started = time.perf_counter()
            page.on_enter()
            panel = page.panel
            assert panel is not None  # made by the first on_enter
            done = QEventLoop()
            panel.renderer.rendered.connect(done.quit)
            if panel.renderer.busy():
                done.exec()
            panel.renderer.rendered.disconnect(done.quit)
            longest, p99 = heartbeat.stop()
            stalls.append(longest)
            problem = panel.renderer.problem
            print(
                f"render {panel.preview.page_count():3d} pages "
                f"{time.perf_counter() - started:5.1f} s   longest {longest:6.1f} ms   "
                f"p99 {p99:5.1f} ms   x{longest / max(idle_max, 0.1):6.1f} idle"
                + (f"   PROBLEM: {problem}" if problem else "")
            )
        session.close()
        vault.close()
    report(
        Figure(
            "longest UI stall while previewing (target < 50 ms)", max(stalls),
            max(idle_max, 0.1), "ms", "idle heartbeat",
        )
    )  # fmt: skip
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
