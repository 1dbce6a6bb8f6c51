"""Export time of each channel against the document rendering alone, in the same run.

    .venv/bin/python benchmarks/bench_export.py [--runs 3]

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
from benchmarks.bench_vault import median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from ombud_desktop.core.model import Case
    from ombud_desktop.documents.packet import RenderOptions, render_case_pdf
    from ombud_desktop.export.destinations import load_destinations
    from ombud_desktop.export.gather import collect, gather
    from ombud_desktop.export.run import ExportOptions, export_case

    with tempfile.TemporaryDirectory(prefix="ombud-bench-export-") as scratch:
        folder = Path(scratch)
        vault, case_id = build_case(folder)
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

        rows = {"render_case_pdf, stamped (baseline)": median(baseline, args.runs)}
        for label, options in (
            ("email (10 MB parts)", ExportOptions("email")),
            ("fax PDF", ExportOptions("fax")),
            ("fax PDF + TIFF G4", ExportOptions("fax", tiff=True)),
            ("mail packet", ExportOptions("mail")),
            ("mail packet, zip", ExportOptions("mail", as_zip=True)),
        ):
            rows[label] = median(channel(options), args.runs)
        vault.close()
    base = next(iter(rows.values()))
    print(f"{len(attachments)} attachments (30 pages) + the form; median of {args.runs} runs")
    for label, seconds in rows.items():
        print(f"{label:<40} {seconds:7.2f} s   x{seconds / base:5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
