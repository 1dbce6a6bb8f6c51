"""Export time of each channel against the document rendering alone, in the same run.

    .venv/bin/python benchmarks/bench_export.py [--runs 5] [--quick]

The case: the complete sample answers with 30 pages of attachments (two 5-page PDFs and
20 phone photos). Baseline: documents.render_case_pdf (form, index and attachment pages,
stamped) on the same case and attachments, which every channel needs at least. Each
channel is timed from the vault to the finished bundle folder (read, render, build,
write). Each channel and the baseline run interleaved, round after round; the ratio is
the median of the rounds' ratios, with CPU time (the fax's worker processes included)
beside the medians. The fax PDF + TIFF rounds also time the toolkit's floor for that fax
(the render, then PDFium's gray render and G3 of each stamped page): how far its goal is
from what any fax made with these libraries on this machine can reach.

Last, the fax's page images against the least any fax driver does with the same stamped
pages (benchmarks/_fax_floor.py: PDFium's gray render and G3 of each page, on as many
processes): how far the fax's own work (photos decoded at their size, photographed
letters made black on white, colour pages made gray for the PDF) is from the toolkit.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._export_case import build_case
from benchmarks._figures import Pairs, Sample, add_quick, interleave, measure, report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    add_quick(parser)
    args = parser.parse_args()
    if args.quick:
        args.runs = 1
    from pypdf import PdfReader

    from benchmarks._fax_floor import fax_pages_by_pdfium
    from ombud_desktop.core.model import Case
    from ombud_desktop.documents.packet import RenderOptions, render_case_pdf
    from ombud_desktop.export.destinations import load_destinations
    from ombud_desktop.export.fax import stamped_fax
    from ombud_desktop.export.gather import collect, gather
    from ombud_desktop.export.options import ExportOptions
    from ombud_desktop.export.progress import Progress
    from ombud_desktop.export.raster import _WORKERS as WORKERS
    from ombud_desktop.export.raster import fax_images
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

        fax = stamped_fax(gather(vault, case_id), destinations, Progress())

        def fax_floor() -> object:
            """The least any fax of this case costs: its render, then PDFium's gray
            render and G3 of each of its stamped pages (the fax adds a cover sheet)."""
            baseline()
            return fax_pages_by_pdfium(fax.pdf, WORKERS)

        baseline(), channel(ExportOptions("fax", tiff=True))()  # warm: imports, fonts, caches
        print(f"{len(attachments)} attachments + the form; {args.runs} interleaved rounds")
        for label, options, goal in (
            ("email export (10 MB parts)", ExportOptions("email"), None),
            ("fax PDF export", ExportOptions("fax"), None),
            ("fax PDF + TIFF export", ExportOptions("fax", tiff=True), 3.0),
            ("mail packet export", ExportOptions("mail"), None),
            ("mail packet export, zip", ExportOptions("mail", as_zip=True), None),
        ):
            actions: dict[str, Callable[[], Sample]] = {
                "ours": partial(measure, channel(options)),
                "baseline": partial(measure, baseline),
            }
            if options.tiff:  # in the same rounds: what the toolkit alone needs
                actions["floor"] = partial(measure, fax_floor)
            samples = interleave(actions, args.runs)
            pairs = Pairs(samples["ours"], samples["baseline"])
            work = f"{label}, case with {10 + photos} pages of attachments"
            report(pairs.figure(work, "render of the same case", "s", goal))
            if options.tiff:
                floor = Pairs(samples["floor"], samples["baseline"])
                report(
                    floor.figure(
                        "toolkit floor of that fax: the render, then PDFium gray + G3 of "
                        f"each page on {WORKERS} processes",
                        "render of the same case",
                    )
                )
        pages = len(PdfReader(io.BytesIO(fax.pdf)).pages)
        samples = interleave(
            {
                "ours": partial(
                    measure, partial(fax_images, fax.pdf, fax.stamps, Progress(), "g3")
                ),
                "baseline": partial(measure, partial(fax_pages_by_pdfium, fax.pdf, WORKERS)),
            },
            args.runs,
        )
        report(
            Pairs(samples["ours"], samples["baseline"]).figure(
                f"fax page images (PDF image pages + TIFF pages) of the {pages} stamped pages",
                f"PDFium gray render + G3 of each page alone on {WORKERS} processes",
                "s",
            )
        )
        vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
