"""Peak memory of turning a very large image into PDF pages, against the decoded image.

    .venv/bin/python benchmarks/bench_large_image.py [--quick]

A 94-megapixel RGBA PNG (11200 x 8400, a scanner's output) and a 100-megapixel JPEG
(12000 x 8400, a camera's) each become PDF pages (documents.image_pages.image_to_pdf, what
attaching, previewing and every export do) in a fresh process; its whole peak resident
memory is reported against the size of the image decoded once (width x height x bands),
measured in the same run. --quick: 8-megapixel images.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._figures import Figure, add_quick, report  # noqa: E402

CHILD = """
import json, resource, sys
from ombud_desktop.documents.image_pages import image_to_pdf
data = open(sys.argv[1], "rb").read()
pdf = image_to_pdf(sys.argv[1], data, sys.argv[2])
print(json.dumps({"peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
                  "pdf": len(pdf)}))
"""


def peak_of(path: Path, kind: str) -> tuple[float, int]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), kind],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    facts = json.loads(done.stdout.strip().splitlines()[-1])
    return facts["peak"] / 1e6, facts["pdf"]


def main() -> int:
    from tests.documents import hostile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_quick(parser)
    args = parser.parse_args()
    png_size, jpeg_size = (
        ((3400, 2400), (3600, 2400)) if args.quick else ((11200, 8400), (12000, 8400))
    )
    with tempfile.TemporaryDirectory(prefix="ombud-bench-large-") as folder:
        png, jpeg = Path(folder) / "scan.png", Path(folder) / "photo.jpg"
        hostile.big_png(str(png), png_size, "RGBA")
        hostile.write_big_jpeg(str(jpeg), jpeg_size)
        for path, kind, (width, height), bands in (
            (png, "png", png_size, 4),
            (jpeg, "jpeg", jpeg_size, 3),
        ):
            peak, _pdf = peak_of(path, kind)
            decoded = width * height * bands / 1e6
            megapixels = width * height / 1e6
            report(
                Figure(
                    f"peak memory making pages of a {megapixels:.0f} MP {kind.upper()}",
                    peak, decoded, "MB", "the decoded image", 2.0,
                )
            )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
