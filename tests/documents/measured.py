"""Run a command as a separate process and learn its peak memory (itself and whatever
it starts), so a test can hold the app to a memory ceiling."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
GIB = 1024**3
# The wrapper runs the command, waits for it, then reports the largest peak resident set
# of its finished descendants (ru_maxrss: KiB on Linux).
_WRAPPER = (
    "import json, resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:])\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024\n"
    "print(json.dumps({'returncode': done.returncode, 'peak': peak}), file=sys.stderr)\n"
)


def run_measured(
    args: list[str], *, timeout: float = 300, env: dict[str, str] | None = None
) -> tuple[subprocess.CompletedProcess[str], int]:
    """(the finished process, with the report line taken off its stderr; peak bytes)."""
    full_env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), **(env or {}))
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        cwd=REPO_ROOT,
    )
    *lines, report = done.stderr.rstrip("\n").split("\n")
    facts = json.loads(report)
    done.stderr = "\n".join(lines)
    done.returncode = facts["returncode"]
    return done, int(facts["peak"])
