"""What every benchmark reports: one figure per measured work, ours against a baseline
measured in the same run, as a ratio with its goal.

Each benchmark prints its figures for people; when OMBUD_BENCH_FIGURES names a file it
also appends them there as JSON lines, which benchmarks/run_all.py gathers into one table.
`--quick` (every benchmark has it) runs each part once on small inputs: it proves the
benchmark still works and prints its ratios; its figures are not worth comparing.

On a shared machine a busy spell can double one run. So where it is cheap, ours and the
baseline run interleaved (`interleave`: A B, B A, ...; each run after the same `settle`,
e.g. flushing the disk) and the ratio is the median of each round's ratio (`Pairs`), with
the CPU time (user + system, every thread) printed beside the wall time: a ratio that
moved while the CPU times did not was the machine, not the code.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
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
    # Set for interleaved runs: the median of the rounds' ratios, which a busy spell
    # hitting one round moves less than the ratio of the two medians.
    paired_ratio: float | None = None
    pairs: int = 0

    @property
    def ratio(self) -> float:
        if self.paired_ratio is not None:
            return self.paired_ratio
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
    if figure.paired_ratio is not None:
        goal = f" (median of {figure.pairs} interleaved pairs){goal}"
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


@dataclass(frozen=True)
class Sample:
    """One timed run: wall seconds and CPU seconds (user + system, all its threads)."""

    wall: float
    cpu: float


def measure(action: Callable[[], object]) -> Sample:
    """Run `action` in this process and time it; the CPU time includes the child
    processes it started and waited for (the fax's page workers)."""
    wall, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    action()
    cpu = time.process_time() - cpu + _children_cpu() - children
    return Sample(time.perf_counter() - wall, cpu)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_process(command: Sequence[str], **run: object) -> Sample:
    """Run `command` to its end (subprocess.run keywords in `run`; check=True to stop on
    a failing command); its whole wall and CPU time, start-up included."""
    wall, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(command, **{"check": False, **run})  # type: ignore[call-overload]
    return Sample(time.perf_counter() - wall, _children_cpu() - cpu)


def interleave(
    actions: dict[str, Callable[[], Sample]],
    runs: int,
    settle: Callable[[], object] | None = None,
) -> dict[str, list[Sample]]:
    """`runs` rounds of every action, each round starting one further along the list
    (A B, B A, ... for two), so order and busy spells fall on every side alike;
    `settle()` runs untimed before each action. Samples by name, in round order."""
    names = list(actions)
    samples: dict[str, list[Sample]] = {name: [] for name in names}
    for round_ in range(runs):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            if settle is not None:
                settle()
            samples[name].append(actions[name]())
    return samples


@dataclass(frozen=True)
class Pairs:
    """Interleaved samples of ours and a baseline, round by round."""

    ours: list[Sample]
    baseline: list[Sample]

    @property
    def ratio(self) -> float:
        """The median of the rounds' wall-time ratios."""
        rounds = zip(self.ours, self.baseline, strict=True)
        return statistics.median(o.wall / b.wall if b.wall > 0 else math.inf for o, b in rounds)

    def figure(
        self, work: str, baseline_work: str, unit: str = "s", goal: float | None = None
    ) -> Figure:
        """Medians of wall time in `unit` ("s" or "ms"), median CPU time beside them."""
        scale = 1000.0 if unit == "ms" else 1.0

        def cpu(samples: list[Sample]) -> str:
            return "CPU " + amount(statistics.median(s.cpu for s in samples) * scale, unit)

        return Figure(
            work,
            statistics.median(s.wall for s in self.ours) * scale,
            statistics.median(s.wall for s in self.baseline) * scale,
            unit,
            baseline_work,
            goal,
            extra=cpu(self.ours),
            baseline_extra=cpu(self.baseline),
            paired_ratio=self.ratio,
            pairs=len(self.ours),
        )
