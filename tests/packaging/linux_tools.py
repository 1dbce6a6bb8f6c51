"""Debian's own checkers for the menu entry and AppStream file, and a way to run a
command with networking switched off at the kernel level (not just our netguard)."""

from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path

APP_ID = "org.ombud.OmbudDesktop"


def _run_checker(*command: str | Path) -> str:
    tool = str(command[0])
    if shutil.which(tool) is None:
        raise AssertionError(f"{tool} is missing: scripts/bootstrap.sh test installs it")
    result = subprocess.run([str(c) for c in command], capture_output=True, text=True)
    assert result.returncode == 0, f"{tool} rejected {command[-1]}:\n{result.stdout}{result.stderr}"
    return result.stdout


def validate_desktop(path: Path) -> None:
    # desktop-file-validate exits 0 on warnings too: any output counts as a failure.
    output = _run_checker("desktop-file-validate", path)
    assert not output.strip(), output


def validate_metainfo(path: Path) -> None:
    # --no-net: the validator would otherwise try to fetch URLs; it fails on errors and
    # warnings, and lets notes ("info", "pedantic") through.
    _run_checker("appstreamcli", "validate", "--no-net", "--no-color", path)


@functools.cache
def offline_prefix() -> tuple[str, ...]:
    """`unshare -n` (root) or `unshare -rn` (user namespaces), whichever works; () if none."""
    if shutil.which("unshare") is None:
        return ()
    for prefix in (("unshare", "-n"), ("unshare", "-rn")):
        probe = subprocess.run([*prefix, "true"], capture_output=True)
        if probe.returncode == 0:
            return prefix
    return ()
