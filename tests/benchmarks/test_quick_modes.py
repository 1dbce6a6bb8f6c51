"""Benchmarks that cannot rot: each one runs in its quick mode and prints its ratios.

No timing is asserted (the machine may be busy): a benchmark passes when it runs to the
end and every figure it reports is a real ratio against a baseline of the same run,
printed and recorded for benchmarks/run_all.py's table.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks._figures import FIGURES_ENV, Figure, Pairs, Sample, interleave, read_figures
from benchmarks.run_all import BENCHMARKS, table

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def run_quick(script: str, tmp_path: Path, *extra: str) -> tuple[str, list[Figure]]:
    figures = tmp_path / "figures.jsonl"
    env = {**os.environ, FIGURES_ENV: str(figures), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / script), *extra, "--quick"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    return done.stdout, read_figures(figures) if figures.exists() else []


@pytest.mark.parametrize("name", BENCHMARKS)
def test_benchmark_quick_mode_runs_and_prints_its_ratios(name: str, tmp_path: Path) -> None:
    output, figures = run_quick(f"{name}.py", tmp_path)
    assert figures, f"{name} reported no figure"
    for figure in figures:
        assert figure.baseline_work and figure.work
        assert math.isfinite(figure.ratio) and figure.ratio >= 0, figure
        assert f"{figure.work}: " in output and f"ratio {figure.ratio:.2f}x" in output


def test_gui_start_up_figures_alone(tmp_path: Path) -> None:
    _, figures = run_quick("bench_gui_startup.py", tmp_path, "--start-only")
    works = [figure.work for figure in figures]
    assert "start to the first screen (unlock), whole process" in works
    assert "start to the wizard of an open case" in works
    assert not [work for work in works if "stall" in work]  # parts 2. and 3. left out


def test_every_benchmark_file_is_run_by_run_all() -> None:
    scripts = {p.stem for p in (REPO / "benchmarks").glob("bench_*.py")}
    # the frozen app's start-up needs a built app: run_all --frozen, tests/packaging
    assert scripts - set(BENCHMARKS) == {"bench_frozen_startup"}


def test_run_all_prints_one_table_of_every_figure(tmp_path: Path) -> None:
    output, _ = run_quick("run_all.py", tmp_path, "--only", "bench_cli_startup")
    lines = output[output.index("| work |") :].splitlines()
    assert lines[0] == "| work | ours | baseline | ratio | goal |"
    rows = [line for line in lines[2:] if line.startswith("| ")]
    assert [row.split(" | ")[0] for row in rows] == [
        "| ombud-desktop --version",
        "| ombud-desktop validate complete_ready.json",
    ]
    assert all(row.split(" | ")[3].endswith("×") for row in rows)
    assert "load average" in output


def test_table_marks_a_goal_not_met() -> None:
    met = Figure("fast work", 1.0, 1.0, "s", "baseline", goal=2.0)
    missed = Figure("slow work", 5.0, 1.0, "s", "baseline", goal=2.0, extra="90 MB")
    rows = table([met, missed]).splitlines()[2:]
    assert rows[0] == "| fast work | 1.00 s | baseline 1.00 s | 1.00× | ≤ 2× |"
    assert rows[1] == "| slow work | 5.00 s, 90 MB | baseline 1.00 s | 5.00× | ≤ 2× (not met) |"


def test_interleaved_runs_take_turns_and_report_the_median_of_the_rounds_ratios() -> None:
    order: list[str] = []
    walls = {"ours": iter([2.0, 9.0, 3.0]), "base": iter([1.0, 1.0, 3.0])}

    def action(name: str) -> Callable[[], Sample]:
        return lambda: order.append(name) or Sample(next(walls[name]), 0.5)

    samples = interleave({"ours": action("ours"), "base": action("base")}, 3, settle=None)
    assert order == ["ours", "base", "base", "ours", "ours", "base"]
    pairs = Pairs(samples["ours"], samples["base"])
    assert pairs.ratio == 2.0  # rounds: 2x, 9x (a busy spell), 1x
    figure = pairs.figure("work", "baseline", "ms", goal=3.0)
    assert (figure.ours, figure.baseline, figure.ratio) == (3000.0, 1000.0, 2.0)
    assert figure.extra == figure.baseline_extra == "CPU 500.0 ms"
    assert figure.meets_goal
