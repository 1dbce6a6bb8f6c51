"""Export time of each channel against the document rendering alone, in the same run.

    .venv/bin/python benchmarks/bench_export.py [--runs 5] [--quick]

The case: the complete sample answers with 30 pages of attachments (two 5-page PDFs and
20 phone photos). Baseline: documents.render_case_pdf (form, index and attachment pages,
stamped) on the same case and attachments, which every channel needs at least. Each
channel is timed from the vault to the finished bundle folder (read, render, build,
write). Each channel and the baseline run interleaved, round after round; the ratio is
the median of the rounds' ratios, with CPU time (the fax's worker processes included)
beside the medians.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._export_case import build_case
from benchmarks._figures import Pairs, add_quick, interleave, measure, report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
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

        baseline(), channel(ExportOptions("fax", tiff=True))()  # warm: imports, fonts, caches
        print(f"{len(attachments)} attachments + the form; {args.runs} interleaved rounds")
        for label, options, goal in (
            ("email export (10 MB parts)", ExportOptions("email"), None),
            ("fax PDF export", ExportOptions("fax"), None),
            ("fax PDF + TIFF export", ExportOptions("fax", tiff=True), 3.0),
            ("mail packet export", ExportOptions("mail"), None),
            ("mail packet export, zip", ExportOptions("mail", as_zip=True), None),
        ):
            samples = interleave(
                {
                    "ours": partial(measure, channel(options)),
                    "baseline": partial(measure, baseline),
                },
                args.runs,
            )
            pairs = Pairs(samples["ours"], samples["baseline"])
            work = f"{label}, case with {10 + photos} pages of attachments"
            report(pairs.figure(work, "render of the same case", "s", goal))
        vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
