"""Versioned small files: atomic save with an encrypted backup, change detection on save,
and recovery from the backup when the current file is damaged (the damaged file is moved
aside, never reset)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP
from ombud_desktop.vault.atomic import atomic_write, fsync_dir
from ombud_desktop.vault.errors import (
    ConcurrentChangeError,
    CorruptFileError,
    OlderCopyOnlyError,
    RolledBackError,
    SaveFailedError,
)
from ombud_desktop.vault.fileformat import unreadable

T = TypeVar("T")
BACKUP_SUFFIX = ".bak"
DAMAGED_DIR = "damaged"


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def fingerprint(data: bytes) -> str:
    import hashlib  # with OpenSSL's libcrypto, ~3 ms: not for the first screen (read_versioned)

    return hashlib.sha256(data).hexdigest()


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as err:
        raise unreadable(path, err) from err


def move_aside(path: Path, data_dir: Path) -> Path:
    """Move a damaged file into DATA/damaged/ under a unique name; return where it went."""
    target_dir = data_dir / DAMAGED_DIR
    target_dir.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    relative = "-".join(path.relative_to(data_dir).parts)
    target = target_dir / f"{stamp}-{relative}"
    os.replace(path, target)
    fsync_dir(path.parent)
    return target


def load_versioned(
    path: Path,
    decode: Callable[[bytes], T],
    data_dir: Path,
    notices: list[str],
    backup_decoder: Callable[[CorruptFileError], Callable[[bytes], T]] | None = None,
) -> tuple[T, str]:
    """Decode `path`, falling back to its backup; returns (value, fingerprint of file).

    `backup_decoder(problem)` gives the decoder for the backup when the file failed with
    `problem` (default: `decode`)."""
    value, data = read_versioned(path, decode, data_dir, notices, backup_decoder)
    return value, fingerprint(data)


def read_versioned(
    path: Path,
    decode: Callable[[bytes], T],
    data_dir: Path,
    notices: list[str],
    backup_decoder: Callable[[CorruptFileError], Callable[[bytes], T]] | None = None,
) -> tuple[T, bytes]:
    """As `load_versioned`, with the bytes decoded instead of their fingerprint (for a
    file that is read, not saved again)."""
    data = _read(path)
    if data is not None:
        try:
            return decode(data), data
        except CorruptFileError as err:
            problem: CorruptFileError = err
    else:
        problem = CorruptFileError(
            path=path,
            template=QT_TRANSLATE_NOOP("errors", "The file {path} is missing."),
            params={"path": path},
        )
    backup = _read(backup_path(path))
    if backup is None:
        raise _unrecoverable(
            problem,
            path,
            QT_TRANSLATE_NOOP(
                "errors",
                "{problem} It cannot be restored automatically: there is no backup copy. "
                "The file was left untouched; keep it and ask your support contact for help.",
            ),
        )
    try:
        value = (backup_decoder(problem) if backup_decoder else decode)(backup)
    except CorruptFileError:
        if isinstance(problem, RolledBackError):
            raise OlderCopyOnlyError(path, problem) from None
        raise _unrecoverable(
            problem,
            path,
            QT_TRANSLATE_NOOP(
                "errors",
                "{problem} It cannot be restored automatically: its backup copy is damaged "
                "too. The file was left untouched; keep it and ask your support contact for "
                "help.",
            ),
        ) from None
    where = ""
    if data is not None:
        where = f" The damaged file was moved to {move_aside(path, data_dir)}."
    atomic_write(path, backup)
    if isinstance(problem, RolledBackError):
        notices.append(f"{problem} The newer version was still there and was put back.{where}")
    else:
        notices.append(
            f"{problem} Ombud Desktop restored the previous saved version from its backup; "
            f"the most recent changes to this file may be missing.{where}"
        )
    return value, backup


def _unrecoverable(problem: CorruptFileError, path: Path, template: str) -> CorruptFileError:
    return CorruptFileError(path=path, template=template, params={"problem": problem})


def save_versioned(path: Path, data: bytes, expected: str | None) -> str:
    """Save `data` to `path`, keeping the current version as the backup.

    `expected` is the fingerprint of the version that was loaded (None for a new file):
    if the file on disk differs, nothing is written and ConcurrentChangeError is raised.
    """
    current = _read(path)
    if current is not None and fingerprint(current) != expected:
        raise ConcurrentChangeError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "{path} was changed on disk (by another window or program) after it was "
                "opened here, so it was not overwritten. Your changes are still on screen: "
                "reopen the case to see the other version, or save yours as a copy.",
            ),
            params={"path": path},
        )
    if current is None and expected is not None:
        raise ConcurrentChangeError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "{path} was removed after it was opened here; it was not recreated silently.",
            ),
            params={"path": path},
        )
    if current is not None:
        atomic_write(backup_path(path), current)
    atomic_write(path, data)
    return fingerprint(data)


def write_new(path: Path, data: bytes, *, with_backup: bool = True) -> None:
    """Create a file that must not exist yet, optionally with an identical backup copy."""
    if path.exists():
        raise SaveFailedError(f"{path} already exists; it was not overwritten.")
    atomic_write(path, data)
    if with_backup:
        atomic_write(backup_path(path), data)
