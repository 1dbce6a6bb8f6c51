"""Export time of each channel against the document rendering alone, in the same run.

    .venv/bin/python benchmarks/bench_export.py [--runs 3] [--quick]

The case: the complete sample answers with 30 pages of attachments (two 5-page PDFs and
20 phone photos). Baseline: documents.render_case_pdf (form, index and attachment pages,
stamped) on the same case and attachments, which every channel needs at least. Each
channel is timed from the vault to the finished bundle folder (read, render, build,
write). Prints medians and the ratio to the baseline.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._export_case import build_case
from benchmarks._figures import Figure, add_quick, report
from benchmarks.bench_vault import median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    add_quick(parser)
    args = parser.parse_args()
    if args.quick:
        args.runs = 1
    from ombud_desktop.core.model import Case
    from ombud_desktop.documents.packet import RenderOptions, render_case_pdf
    from ombud_desktop.export.destinations import load_destinations
    from ombud_desktop.export.gather import collect, gather
    from ombud_desktop.export.options import ExportOptions
    from ombud_desktop.export.run import export_case

    with tempfile.TemporaryDirectory(prefix="ombud-bench-export-") as scratch:
        folder = Path(scratch)
        photos = 2 if args.quick else 20
        vault, case_id = build_case(folder, photos=photos)
        destinations = load_destinations()
        record = vault.load_case(case_id)
        material = collect(vault, record)
        case = Case.from_answers(material.answers)
        attachments = list(material.attachments)

        def baseline() -> object:
            return render_case_pdf(case, attachments, RenderOptions(stamp=True))

        def channel(options: ExportOptions) -> Callable[[], object]:
            def run() -> object:
                source = gather(vault, case_id)
                return export_case(source, options, folder / "out", destinations)

            return run

        base = median(baseline, args.runs)
        print(f"{len(attachments)} attachments + the form; median of {args.runs} runs")
        for label, options, goal in (
            ("email export (10 MB parts)", ExportOptions("email"), None),
            ("fax PDF export", ExportOptions("fax"), None),
            ("fax PDF + TIFF export", ExportOptions("fax", tiff=True), 3.0),
            ("mail packet export", ExportOptions("mail"), None),
            ("mail packet export, zip", ExportOptions("mail", as_zip=True), None),
        ):
            seconds = median(channel(options), args.runs)
            work = f"{label}, case with {10 + photos} pages of attachments"
            report(Figure(work, seconds, base, "s", "render of the same case", goal))
        vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
