"""Crash-safe writes: temp file in the same folder, fsync, os.replace, fsync the folder.

Every file is created owner-only (0600). A failure at any point (full disk, read-only
folder, crash) leaves the previous version of the target untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from ombud_desktop.errors import Term
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP
from ombud_desktop.vault.errors import SaveFailedError

TEMP_MARK = ".tmp-"
# A large file's written bytes are handed to the disk every this many bytes, so the disk
# writes while the rest is still being encrypted; the closing fsync then waits only for
# the tail (it waited for the whole file: a third of a big import).
WRITEBACK_STEP = 32 * 1024 * 1024


def _write_all(fd: int, data: bytes | memoryview) -> None:
    """Write every byte (tests replace this to simulate a disk filling up)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def start_writeback(fd: int, offset: int, length: int) -> None:
    """Ask the kernel to start writing this range to the disk now, without waiting.

    Linux starts the write-out of dirty pages on POSIX_FADV_DONTNEED (and drops the pages
    once clean: nobody reads them back soon). Only a head start: fsync still decides.
    """
    if hasattr(os, "posix_fadvise"):  # not on Windows or macOS: fsync does it all there
        with contextlib.suppress(OSError):  # a file system without it: fsync does it all
            os.posix_fadvise(fd, offset, length, os.POSIX_FADV_DONTNEED)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder for fsync; NTFS journals renames
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def os_error_reason(err: OSError) -> tuple[str, str]:
    """(what went wrong, what to do) for a failed write, in plain words."""
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return Term(
            QT_TRANSLATE_NOOP("errors", "the disk is full")
        ), "Free some space, then save again."
    if err.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (
            Term(QT_TRANSLATE_NOOP("errors", "the folder is read-only or you may not write to it")),
            "Choose a folder you can write to (--data-dir), then save again.",
        )
    return err.strerror or type(err).__name__, "Check the disk, then save again."


def save_failed(err: OSError, path: Path) -> SaveFailedError:
    """Why writing `path` failed, for the user (one translatable sentence per cause)."""
    params: dict[str, object] = {"name": path.name, "folder": path.parent}
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        template = QT_TRANSLATE_NOOP(
            "errors",
            "Could not save {name} in {folder}: the disk is full. Free some space, then "
            "save again.",
        )
    elif err.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        template = QT_TRANSLATE_NOOP(
            "errors",
            "Could not save {name} in {folder}: the folder is read-only or you may not "
            "write to it. Choose a folder you can write to (--data-dir), then save again.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "Could not save {name} in {folder}: {reason}. Check the disk, then save again.",
        )
        params["reason"] = os_error_reason(err)[0]
    return SaveFailedError(template=template, params=params)


class AtomicFile:
    """Write a new version of `path`; it replaces the old one only on a clean commit.

    with AtomicFile(path) as out:
        out.write(b"...")
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.temp = path.with_name(f".{path.name}{TEMP_MARK}{os.urandom(4).hex()}")
        self._fd: int | None = None
        self.bytes_written = 0
        self._handed_to_disk = 0  # bytes whose write-out start_writeback has started

    def __enter__(self) -> AtomicFile:
        try:
            self._fd = os.open(
                self.temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
            )
        except OSError as err:
            raise save_failed(err, self.path) from err
        return self

    def write(self, data: bytes | memoryview) -> None:
        assert self._fd is not None
        try:
            _write_all(self._fd, data)
        except OSError as err:
            self.discard()
            raise save_failed(err, self.path) from err
        self.bytes_written += len(data)
        if self.bytes_written - self._handed_to_disk >= WRITEBACK_STEP:
            start_writeback(
                self._fd, self._handed_to_disk, self.bytes_written - self._handed_to_disk
            )
            self._handed_to_disk = self.bytes_written

    def commit(self) -> None:
        assert self._fd is not None
        try:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = None
            os.replace(self.temp, self.path)
            fsync_dir(self.path.parent)
        except OSError as err:
            self.discard()
            raise save_failed(err, self.path) from err

    def discard(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.temp)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None and self._fd is not None:
            self.commit()
        else:
            self.discard()


def atomic_write(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Replace `path` with `data` atomically (old version intact on any failure)."""
    with AtomicFile(path) as out:
        for piece in [data] if isinstance(data, bytes) else data:
            out.write(piece)


def remove_stale_temps(folder: Path) -> None:
    """Remove temp files a crash left behind (they are encrypted; this is tidiness)."""
    for temp in folder.glob(f".*{TEMP_MARK}*"):
        with contextlib.suppress(OSError):
            temp.unlink()
