"""Refuses every network connection from this process: the app works offline, always.

An audit hook sees each socket connect; only local (AF_UNIX) sockets pass, which the
OS keyring needs (D-Bus). Installed once by the CLI/GUI entry point and by the tests.
"""

import socket
import sys


class NetworkBlockedError(OSError):
    pass


_installed = False


def _audit(event: str, args: tuple[object, ...]) -> None:
    if event in ("socket.connect", "socket.sendto", "socket.getaddrinfo"):
        sock = args[0]
        if event == "socket.getaddrinfo" or getattr(sock, "family", None) != socket.AF_UNIX:
            raise NetworkBlockedError(f"Ombud Desktop never uses the network (blocked {event})")


def install() -> None:
    """Install the hook (idempotent; audit hooks cannot be removed)."""
    global _installed
    if not _installed:
        sys.addaudithook(_audit)
        _installed = True
