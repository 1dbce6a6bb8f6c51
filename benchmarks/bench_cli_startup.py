"""Start-up time of the CLI against a bare Python start, measured in the same run.

    .venv/bin/python benchmarks/bench_cli_startup.py [--runs 9] [--quick]

Times (whole processes, wall clock, median of --runs after one warm-up each):
`python -c pass` (the baseline), `ombud-desktop --version`, and `ombud-desktop validate`
on the complete sample answers. Prints each median and its ratio to the baseline.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "tests" / "data" / "complete_ready.json"

from benchmarks._figures import Figure, add_quick  # noqa: E402
from benchmarks._figures import report as report_figure  # noqa: E402


def ombud_command() -> list[str]:
    """The installed `ombud-desktop` script beside this Python, else `python -m`."""
    script = Path(sys.executable).with_name("ombud-desktop")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ombud_desktop"]


def median_seconds(command: list[str], runs: int) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # As people run it: with compiled bytecode (the warm-up run writes it), even where the
    # shell says not to write .pyc files.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(command, capture_output=True, env=env, cwd=ROOT, check=False)  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, env=env, cwd=ROOT, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    add_quick(parser)
    args = parser.parse_args()
    if args.quick:
        args.runs = 1
    ombud = ombud_command()
    cases = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "ombud-desktop --version": [*ombud, "--version"],
        "ombud-desktop validate complete_ready.json": [*ombud, "validate", str(SAMPLE)],
    }
    report(cases, args.runs, f"whole processes ({' '.join(ombud)})")
    return 0


def report(cases: dict[str, list[str]], runs: int, what: str) -> None:
    """Time each command; the first is the baseline every ratio is taken against."""
    results = {name: median_seconds(command, runs) for name, command in cases.items()}
    (base_name, baseline), *rest = results.items()
    print(f"median of {runs} runs, {what}")
    for name, seconds in rest:
        report_figure(Figure(name, seconds * 1000, baseline * 1000, "ms", base_name))


if __name__ == "__main__":
    sys.exit(main())
