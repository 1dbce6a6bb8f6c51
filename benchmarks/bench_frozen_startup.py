"""Start-up time of the frozen (PyInstaller) app against the source checkout, same run.

    packaging/build-linux.sh /tmp/ombud-dist     # or any unpacked tarball
    tar -xzf /tmp/ombud-dist/*.tar.gz -C /tmp/ombud-dist
    .venv/bin/python benchmarks/bench_frozen_startup.py /tmp/ombud-dist/ombud-desktop-*/ \
        [--runs 9] [--quick]

Times (whole processes, median of --runs after a warm-up): `python -c pass` (baseline),
`python -m ombud_desktop --version` from source, and the frozen app's `--version`,
`validate` on the complete sample answers and `selftest` (which starts Qt offscreen in a
child). Prints each median and its ratio to the baseline.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_cli_startup import SAMPLE, report  # (it puts the repo on the path)

from benchmarks._figures import add_quick


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app_dir", type=Path, help="folder holding the frozen ombud-desktop")
    parser.add_argument("--runs", type=int, default=9)
    add_quick(parser)
    args = parser.parse_args()
    if args.quick:
        args.runs = 1
    frozen = str(args.app_dir / "ombud-desktop")
    cases = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "source: ombud-desktop --version": [sys.executable, "-m", "ombud_desktop", "--version"],
        "frozen: ombud-desktop --version": [frozen, "--version"],
        "frozen: validate complete_ready.json": [frozen, "validate", str(SAMPLE)],
        "frozen: selftest": [frozen, "selftest"],
    }
    report(cases, args.runs, f"whole processes (frozen app: {frozen})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
