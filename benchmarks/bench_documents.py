"""Attachments into pages against the standard tools, measured in the same run.

    .venv/bin/python benchmarks/bench_documents.py [--runs 7] [--photos 40] [--pdfs 20] [--quick]

1. --photos phone-size JPEGs (4000 x 3000, about 1 MB each) into one PDF of pages:
   `attachments_to_pdf` against `img2pdf.convert` on the same bytes (both in process).
   Time and output size; the target is a size within 5% of img2pdf's.
2. --pdfs PDFs of 10 pages merged: `attachments_to_pdf` (which also checks and parses
   every page) against `qpdf --empty --pages ... --` on the same files (a process).
Ours and the baseline run interleaved, round after round; the ratio is the median of the
rounds' ratios, with CPU time beside the medians.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._figures import (
    Figure,
    Pairs,
    add_quick,
    interleave,
    measure,
    measure_process,
    report,
)
from ombud_desktop.documents.attachments import AttachmentInput, convert_all
from ombud_desktop.documents.pdf_input import merge_pdfs


def attachments_to_pdf(items: list[AttachmentInput]) -> bytes:
    """The attachments' pages (no index) as one PDF, as the packet joins them."""
    return merge_pdfs([item.reader for item in convert_all(items)])


def phone_photo(seed: int) -> bytes:
    """A 4000 x 3000 JPEG with smooth areas and sensor-like noise, about 1 MB."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    small = Image.new("RGB", (400, 300))
    draw = ImageDraw.Draw(small)
    for _ in range(60):
        x, y = rng.randrange(400), rng.randrange(300)
        colour = tuple(rng.randrange(256) for _ in range(3))
        draw.ellipse((x - 40, y - 40, x + 40, y + 40), fill=colour)
    photo = small.filter(ImageFilter.GaussianBlur(6)).resize((4000, 3000), Image.Resampling.BICUBIC)
    noise = Image.effect_noise((4000, 3000), 10).convert("RGB")
    photo = Image.blend(photo, noise, 0.2)
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=86)
    return buffer.getvalue()


def ten_page_pdf(seed: int) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for page in range(10):
        for line in range(40):
            canvas.drawString(72, 740 - line * 16, f"Document {seed} page {page} line {line} " * 3)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--photos", type=int, default=40)
    parser.add_argument("--pdfs", type=int, default=20)
    add_quick(parser)
    args = parser.parse_args()
    if args.quick:
        args.runs, args.photos, args.pdfs = 1, 3, 3
    import img2pdf

    photos = [phone_photo(seed) for seed in range(args.photos)]
    total_mb = sum(map(len, photos)) / 1e6
    print(f"{args.photos} JPEGs 4000x3000, {total_mb:.1f} MB in total")
    items = [AttachmentInput(f"photo{i}.jpg", data) for i, data in enumerate(photos)]
    ours_size, base_size = len(attachments_to_pdf(items)), len(img2pdf.convert(photos))
    samples = interleave(
        {
            "ours": lambda: measure(lambda: attachments_to_pdf(items)),
            "baseline": lambda: measure(lambda: img2pdf.convert(photos)),
        },
        args.runs,
    )
    pairs = Pairs(samples["ours"], samples["baseline"])
    report(
        pairs.figure(f"{args.photos} phone JPEGs into PDF pages, in process", "img2pdf", goal=1.5)
    )
    report(
        Figure(
            f"size of those {args.photos} JPEG pages", ours_size / 1e6, base_size / 1e6, "MB",
            "img2pdf", 1.01,
        )
    )  # fmt: skip

    pdfs = [ten_page_pdf(seed) for seed in range(args.pdfs)]
    items = [AttachmentInput(f"doc{i}.pdf", data) for i, data in enumerate(pdfs)]
    print(f"{args.pdfs} PDFs of 10 pages, {sum(map(len, pdfs)) / 1e6:.2f} MB in total")
    with tempfile.TemporaryDirectory() as folder:  # qpdf reads files: synthetic data only
        paths = []
        for i, data in enumerate(pdfs):
            path = Path(folder) / f"doc{i}.pdf"
            path.write_bytes(data)
            paths.append(str(path))
        command = ["qpdf", "--empty", "--pages", *paths, "--", str(Path(folder) / "out.pdf")]
        samples = interleave(
            {
                "ours": lambda: measure(lambda: attachments_to_pdf(items)),
                "baseline": lambda: measure_process(command, check=True),
            },
            args.runs,
        )
    pairs = Pairs(samples["ours"], samples["baseline"])
    report(
        pairs.figure(
            f"{args.pdfs} PDFs of 10 pages merged, in process", "qpdf --empty --pages (a process)"
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
