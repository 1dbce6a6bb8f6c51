"""Staging folders of exports (`.ombud-export-<pid>-<random>` beside the bundle) and their
removal after a crash.

An export writes plaintext into its staging folder before renaming it into place; a crash
or a killed process leaves that folder behind. Each one is listed, while it exists, in the
data folder's `export-staging.txt` (paths only, never case content), so the next start of
the app or the CLI removes what a dead process left anywhere; the next export into a
folder also clears that folder. A folder whose process is still running is left alone.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

PREFIX = ".ombud-export-"
JOURNAL = "export-staging.txt"
_OWNED = re.compile(rf"^{re.escape(PREFIX)}(\d+)-")
_UNOWNED_AGE = 6 * 3600  # seconds: a staging folder without a process id (older versions)


def staging_prefix() -> str:
    """mkdtemp prefix naming this process, so another one can tell if it still runs."""
    return f"{PREFIX}{os.getpid()}-"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would end the process there
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: not ours to judge
    except OSError:
        return False
    return True


def _alive_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
    if not handle:
        return False
    ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
    return True


def is_leftover(folder: Path) -> bool:
    """A staging folder whose export can no longer finish."""
    match = _OWNED.match(folder.name)
    if match:
        return not _alive(int(match.group(1)))
    if not folder.name.startswith(PREFIX):
        return False
    try:
        return time.time() - folder.stat().st_mtime > _UNOWNED_AGE
    except OSError:
        return False


def remove_leftovers_in(folder: Path) -> int:
    """Remove the leftover staging folders directly inside `folder`; how many went."""
    removed = 0
    try:
        children = [p for p in folder.iterdir() if p.name.startswith(PREFIX)]
    except OSError:
        return 0
    for child in children:
        if child.is_dir() and not child.is_symlink() and is_leftover(child):
            shutil.rmtree(child, ignore_errors=True)
            removed += not child.exists()
    return removed


def remember(data_dir: Path | None, staging: Path) -> None:
    """List a new staging folder in the data folder's journal."""
    if data_dir is None:
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(data_dir / JOURNAL, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(descriptor, "a", encoding="utf-8") as journal:
            journal.write(f"{staging}\n")


def forget(data_dir: Path | None, staging: Path) -> None:
    """Drop a finished or removed staging folder from the journal."""
    if data_dir is not None:
        _rewrite(data_dir, lambda line: line != str(staging))


def sweep(data_dir: Path) -> int:
    """At start: remove every journalled staging folder whose process has ended."""
    removed = 0

    def keep(line: str) -> bool:
        nonlocal removed
        path = Path(line)
        if not path.name.startswith(PREFIX):
            return False  # not a staging folder: never delete it
        if path.is_dir() and is_leftover(path):
            shutil.rmtree(path, ignore_errors=True)
            removed += not path.exists()
        return path.exists()

    _rewrite(data_dir, keep)
    return removed


def _rewrite(data_dir: Path, keep: Callable[[str], bool]) -> None:
    path = data_dir / JOURNAL
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError:
        return
    kept = [line for line in lines if line and keep(line)]
    with contextlib.suppress(OSError):
        if kept:
            temporary = path.with_name(f"{JOURNAL}.{os.getpid()}")
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as journal:
                journal.write("".join(f"{line}\n" for line in kept))
            os.replace(temporary, path)
        else:
            path.unlink()
