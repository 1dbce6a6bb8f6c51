"""Every shell script we ship or run (set-up, CI, packaging) passes ShellCheck.

The build scripts for Windows and macOS runners cannot run here; the shell ones among
them (and the Linux ones) are at least checked for the mistakes ShellCheck finds, at
every severity, so a quoting slip does not wait for a release build to show.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def shell_scripts() -> list[Path]:
    """Tracked files that start with a sh or bash shebang."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    scripts = []
    for name in filter(None, listed):
        path = ROOT / name.decode()
        if not path.is_file():
            continue
        with path.open("rb") as handle:
            first_line = handle.readline(200)
        if first_line.startswith(b"#!") and (b"bash" in first_line or b"/sh" in first_line):
            scripts.append(path)
    return scripts


def test_the_repository_has_the_scripts_we_expect_to_check() -> None:
    names = {path.relative_to(ROOT).as_posix() for path in shell_scripts()}
    assert {"scripts/bootstrap.sh", "run-tests.sh", "packaging/build-linux.sh"} <= names
    assert "packaging/macos/make-dmg.sh" in names


def test_every_shell_script_passes_shellcheck() -> None:
    shellcheck = shutil.which("shellcheck")
    assert shellcheck, "shellcheck is missing: run scripts/bootstrap.sh test (apt_test list)"
    result = subprocess.run(
        [shellcheck, "--format=gcc", *map(str, shell_scripts())],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
