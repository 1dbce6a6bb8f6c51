"""Reading USCIS notices: accuracy on the synthetic set and time per photo, with the
candidate engines compared in the same run.

    .venv/bin/python benchmarks/bench_notice_reader.py [--count 100] [--quick]
        [--rapidocr PATH]   # also run RapidOCR (rapidocr-onnxruntime installed at PATH)

1. The app's reader (Tesseract via tesserocr, its passes and field rules) on --count
   generated notices (clean PDFs, flat scans, simulated phone photos): the field
   accuracy table and how many wrong values carried no low-confidence mark.
2. Time to read one photo: median wall and CPU seconds over the photos, against the
   baseline of Tesseract alone on the same decoded photo (one page-layout pass, no
   straightening, no field rules) right after it; the ratio is the median of the
   photos' ratios.
3. With --rapidocr: RapidOCR on the same straightened pages with the same field rules
   (one pass over the page's top half), accuracy and time, and the ratio Tesseract/RapidOCR.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image

from benchmarks._figures import Pairs, Sample, add_quick, report
from ombud_desktop.notice import fields, preprocess
from ombud_desktop.notice.model import Box, Word
from ombud_desktop.notice.reader import HEADER, engine, load_page, read_image
from tests.notice.accuracy import Score
from tests.notice.synthetic import sample


def rapid_words(rapid: object, page: Image.Image) -> list[Word]:
    """RapidOCR's text lines as words (boxes split by character share, one score/line)."""
    import numpy as np

    result, _elapsed = rapid(np.array(page.convert("RGB")))  # type: ignore[operator]
    words = []
    for line, (quad, text, score) in enumerate(result or []):
        xs = [p[0] for p in quad]
        ys = [p[1] for p in quad]
        left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
        per_char = (right - left) / max(1, len(text))
        at = 0
        for token in text.split(" "):
            if token:
                start = left + per_char * at
                box = Box(int(start), int(top), int(start + per_char * len(token)), int(bottom))
                words.append(Word(token, box, (float(score) * 100,) * len(token), line))
            at += len(token) + 1
    return words


T = TypeVar("T")


def timed(function: Callable[..., T], *args: object) -> tuple[T, Sample]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args)
    return result, Sample(time.perf_counter() - wall, time.process_time() - cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--first", type=int, default=0, help="first seed")
    add_quick(parser)  # 4 notices
    parser.add_argument("--rapidocr", metavar="PATH", help="folder where rapidocr is installed")
    args = parser.parse_args()
    count = 4 if args.quick else args.count
    rapid = None
    if args.rapidocr:
        sys.path.append(args.rapidocr)
        from rapidocr_onnxruntime import RapidOCR

        rapid = RapidOCR()
    ours, theirs = Score(), Score()
    times: dict[str, list[Sample]] = {"ours": [], "plain": [], "rapid": []}
    for seed in range(args.first, args.first + count):
        item = sample(seed)
        image = load_page(item.data)
        reading, took = timed(lambda im: read_image(im)[0], image)
        ours.add(item.name, item.truth, reading)
        if item.name.endswith("photo.jpg"):  # the same photo right after: a pair
            times["ours"].append(took)
            times["plain"].append(timed(engine().words, preprocess.upright(image))[1])
        if rapid is not None:
            page = preprocess.prepare(image)
            header = page.crop((0, 0, page.width, round(page.height * HEADER)))
            words, took = timed(rapid_words, rapid, header)
            theirs.add(item.name, item.truth, fields.extract(words, page.size))
            if item.name.endswith("photo.jpg"):
                times["rapid"].append(took)
        print(f"{item.name}: {len(reading.values)} values", file=sys.stderr)
    print("Tesseract (the app's reader):")
    print(ours.table())
    for miss in ours.wrong_unmarked:
        print("  wrong, unmarked:", miss)
    photos = len(times["ours"])
    print()
    report(
        Pairs(times["ours"], times["plain"]).figure(
            f"read one notice photo ({photos} photos, median)", "Tesseract alone on the photo"
        )
    )
    if rapid is not None:
        print("\nRapidOCR (same pages, same field rules, one pass):")
        print(theirs.table())
        report(
            Pairs(times["ours"], times["rapid"]).figure(
                f"read one notice photo, Tesseract reader vs RapidOCR ({photos} photos)",
                "RapidOCR one pass",
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
