"""What every benchmark reports: one figure per measured work, ours against a baseline
measured in the same run, as a ratio with its goal.

Each benchmark prints its figures for people; when OMBUD_BENCH_FIGURES names a file it
also appends them there as JSON lines, which benchmarks/run_all.py gathers into one table.
`--quick` (every benchmark has it) runs each part once on small inputs: it proves the
benchmark still works and prints its ratios; its figures are not worth comparing.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
from dataclasses import asdict, dataclass

FIGURES_ENV = "OMBUD_BENCH_FIGURES"


@dataclass(frozen=True)
class Figure:
    work: str  # what was measured, as the table's first column reads
    ours: float
    baseline: float
    unit: str  # "s", "ms", "MB" ...
    baseline_work: str  # what the baseline did
    goal: float | None = None  # the ratio to reach or stay under; None: no goal set
    extra: str = ""  # a second figure shown beside ours, e.g. memory ("93 MB")
    baseline_extra: str = ""

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline > 0 else math.inf

    @property
    def meets_goal(self) -> bool | None:
        return None if self.goal is None else self.ratio <= self.goal


def amount(value: float, unit: str) -> str:
    digits = 2 if unit == "s" and value < 10 else 1 if unit in ("ms", "MB", "MiB") else 2
    return f"{value:.{digits}f} {unit}"


def report(figure: Figure) -> None:
    """Print the figure's line; append it to the OMBUD_BENCH_FIGURES file when set."""
    goal = "" if figure.goal is None else f"   goal <= {figure.goal:g}x"
    ours = amount(figure.ours, figure.unit) + (f", {figure.extra}" if figure.extra else "")
    base = amount(figure.baseline, figure.unit)
    base += f", {figure.baseline_extra}" if figure.baseline_extra else ""
    print(
        f"  => {figure.work}: {ours} against {figure.baseline_work} {base}"
        f"   ratio {figure.ratio:.2f}x{goal}",
        flush=True,
    )
    target = os.environ.get(FIGURES_ENV)
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(json.dumps(asdict(figure)) + "\n")


def read_figures(path: str | os.PathLike[str]) -> list[Figure]:
    with open(path, encoding="utf-8") as lines:
        return [Figure(**json.loads(line)) for line in lines if line.strip()]


def add_quick(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--quick",
        action="store_true",
        help="one run of each part on small inputs: checks the benchmark works (the test "
        "suite runs this); the figures are not worth comparing",
    )


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
