"""Every benchmark in one command, then one table of every figure against its baseline.

    .venv/bin/python benchmarks/run_all.py [--quick] [--only NAME ...] [--frozen APP_DIR]

Each benchmark runs as its own process (they start Qt, fill caches and measure memory),
one after another, its output shown as it comes. Then the table: work, ours, baseline,
ratio (ours / baseline, measured in the same run) and goal. The machine's load average
is printed before and after: the machine may be shared, and only ratios compare.
`--quick` runs every benchmark in its quick mode (the test suite does this to keep them
working); --frozen adds bench_frozen_startup.py on a built app folder.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks._figures import FIGURES_ENV, Figure, amount, read_figures  # noqa: E402

BENCHMARKS = (
    "bench_gui_startup",
    "bench_cli_startup",
    "bench_vault",
    "bench_documents",
    "bench_export",
    "bench_export_ui",
    "bench_preview_ui",
    "bench_print_ui",
    "bench_large_image",
    "bench_notice_reader",
)


def load() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def table(figures: list[Figure]) -> str:
    lines = ["| work | ours | baseline | ratio | goal |", "|---|---|---|---|---|"]
    for figure in figures:
        ours = amount(figure.ours, figure.unit) + (f", {figure.extra}" if figure.extra else "")
        base = amount(figure.baseline, figure.unit)
        base += f", {figure.baseline_extra}" if figure.baseline_extra else ""
        goal = "" if figure.goal is None else f"≤ {figure.goal:g}×"
        if figure.meets_goal is False:
            goal += " (not met)"
        lines.append(
            f"| {figure.work} | {ours} | {figure.baseline_work} {base} "
            f"| {figure.ratio:.2f}× | {goal} |"
        )
    return "\n".join(lines)


def run(name: str, extra: list[str], figures_file: Path) -> bool:
    env = {**os.environ, FIGURES_ENV: str(figures_file), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(HERE / f"{name}.py"), *extra]
    print(f"\n## {name} {' '.join(extra)}", flush=True)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=HERE.parent, check=False)
    print(f"   ({name}: {time.perf_counter() - started:.0f} s, exit {done.returncode})")
    return done.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="every benchmark's quick mode")
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS, help="run just these")
    parser.add_argument("--frozen", type=Path, help="a built app folder for bench_frozen_startup")
    args = parser.parse_args()
    quick = ["--quick"] if args.quick else []
    jobs = [(name, quick) for name in args.only or BENCHMARKS]
    if args.frozen:
        jobs.append(("bench_frozen_startup", [str(args.frozen), *quick]))
    before = load()
    failed = []
    with tempfile.TemporaryDirectory(prefix="ombud-bench-all-") as folder:
        figures_file = Path(folder) / "figures.jsonl"
        figures_file.touch()
        for name, extra in jobs:
            if not run(name, extra, figures_file):
                failed.append(name)
        figures = read_figures(figures_file)
    print(f"\n# All figures{' (quick mode: not worth comparing)' if args.quick else ''}")
    print(f"before: {before}; after: {load()}\n")
    print(table(figures))
    if failed:
        print(f"\nFAILED: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
