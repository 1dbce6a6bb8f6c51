"""One writer at a time: an OS lock on `vault.lock`, released even if the process dies.

The file also records who holds it (pid, program, start time) so a second instance can
say which process has the vault open.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

LOCK_NAME = "vault.lock"


def _try_lock(fd: int) -> bool:
    if os.name == "nt":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _host_name() -> str:
    """This computer's name, as socket.gethostname() says it; without loading socket
    where the system tells it (~3 ms of the app's first screen)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # Windows

    return socket.gethostname()


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock without waiting; False when another process holds it."""
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            return False
        info = {
            "pid": os.getpid(),
            "program": os.path.basename(sys.argv[0] or "python"),
            "host": _host_name(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        # Written after byte 0 would be simpler on Windows (byte 0 is locked); on POSIX
        # flock does not block reads, so the holder's details stay readable.
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        # Not fsynced: other processes read it from the system's cache, and after a crash
        # the lock is free anyway (holder() copes with what is left). A sync here waited
        # for the disk on every start, before the first screen (10 ms and more on a slow
        # disk or a USB stick).
        os.write(fd, json.dumps(info).encode())
        self._fd = fd
        return True

    def holder(self) -> str:
        """Who holds the lock, in words."""
        try:
            info = json.loads(self.path.read_text("utf-8"))
            return (
                f"process {info['pid']} ({info['program']} on {info['host']}, "
                f"since {info['since']})"
            )
        except (OSError, ValueError, KeyError, TypeError):
            return "another Ombud Desktop process"

    def is_locked_elsewhere(self) -> bool:
        if self._fd is not None:
            return False
        if not self.path.exists():
            return False
        if self.acquire():
            self.release()
            return False
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None
