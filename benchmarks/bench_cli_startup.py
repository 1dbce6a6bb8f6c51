"""Start-up time of the CLI against a bare Python start, measured in the same run.

    .venv/bin/python benchmarks/bench_cli_startup.py [--runs 9] [--quick]

Times (whole processes, wall clock and CPU, --runs rounds after one warm-up each, the
commands taking turns): `python -c pass` (the baseline), `ombud-desktop --version`, and
`ombud-desktop validate` on the complete sample answers. Prints each median and its
ratio to the baseline (the median of the rounds' ratios).
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "tests" / "data" / "complete_ready.json"

from benchmarks._figures import Pairs, Sample, add_quick, interleave, measure_process  # noqa: E402
from benchmarks._figures import report as report_figure  # noqa: E402


def ombud_command() -> list[str]:
    """The installed `ombud-desktop` script beside this Python, else `python -m`."""
    script = Path(sys.executable).with_name("ombud-desktop")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ombud_desktop"]


def environment() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # As people run it: with compiled bytecode (the warm-up run writes it), even where the
    # shell says not to write .pyc files.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_command(command: list[str]) -> Sample:
    return measure_process(command, capture_output=True, env=environment(), cwd=ROOT, check=True)


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
    """Time each command; the first is the baseline every ratio is taken against. The
    commands take turns, round after round; each ratio is the median of the rounds'."""
    for command in cases.values():
        run_command(command)  # warm-up: bytecode written, files in the page cache
    samples = interleave(
        {name: functools.partial(run_command, command) for name, command in cases.items()},
        runs,
    )
    (base_name, baseline), *rest = samples.items()
    print(f"{runs} interleaved rounds, {what}")
    for name, ours in rest:
        report_figure(Pairs(ours, baseline).figure(name, base_name, "ms"))


if __name__ == "__main__":
    sys.exit(main())
