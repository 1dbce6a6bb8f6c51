"""Longest UI stall while the mail packet prints (target: under 50 ms).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_print_ui.py [--runs 2] [--quick]

The packet: the mail export of the complete sample case with 30 pages of attachments.
It is printed through ui.pdf_printing (pages rendered on a worker thread, drawn on the
printer by the UI thread) to a PDF-file QPrinter. A 5 ms QTimer heartbeat on the UI
thread measures every gap beyond 5 ms (bench_export_ui.Heartbeat); the baseline is the
same heartbeat on an idle window for 3 s, in the same run. Prints the longest and 99th
percentile stall per run and the ratio of the longest to the idle baseline.
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
from benchmarks.bench_export_ui import Heartbeat


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2)
    add_quick(parser)
    args = parser.parse_args()
    if args.quick:
        args.runs = 1
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from ombud_desktop.export.destinations import load_destinations
    from ombud_desktop.export.gather import gather
    from ombud_desktop.export.options import ExportOptions
    from ombud_desktop.export.run import export_case
    from ombud_desktop.ui.application import OmbudApplication
    from ombud_desktop.ui.pdf_printing import PdfPrintJob

    app = OmbudApplication([])
    with tempfile.TemporaryDirectory(prefix="ombud-bench-print-") as scratch:
        folder = Path(scratch)
        vault, case_id = build_case(folder, photos=2 if args.quick else 20)
        source = gather(vault, case_id)
        made = export_case(source, ExportOptions("mail"), folder / "out", load_destinations())
        vault.close()
        packet = made.path / "mail-packet.pdf"
        window = QWidget()
        window.show()
        heartbeat = Heartbeat()
        stalls = []
        idle_max = heartbeat.idle("idle window (baseline)", 1 if args.quick else 3)
        for run in range(args.runs):
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(folder / f"printed-{run}.pdf"))
            job = PdfPrintJob(window, packet, printer, ask=False)
            done = QEventLoop()
            job.finished.connect(done.quit)
            heartbeat.start()
            started = time.perf_counter()
            QTimer.singleShot(0, job.start)
            done.exec()
            longest, p99 = heartbeat.stop()
            stalls.append(longest)
            print(
                f"print {job.total} pages  {time.perf_counter() - started:5.1f} s   longest "
                f"{longest:6.1f} ms   p99 {p99:5.1f} ms   x{longest / max(idle_max, 0.1):6.1f} idle"
            )
    report(
        Figure(
            "longest UI stall while printing (target < 50 ms)", max(stalls),
            max(idle_max, 0.1), "ms", "idle heartbeat",
        )
    )  # fmt: skip
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
