import socket

import pytest

from ombud_desktop.netguard import NetworkBlockedError
from tests.cli_runner import run_cli


def test_tcp_connection_is_refused_in_tests():
    with pytest.raises(NetworkBlockedError), socket.create_connection(("127.0.0.1", 9), timeout=1):
        pass


def test_name_lookup_is_refused():
    with pytest.raises(NetworkBlockedError):
        socket.getaddrinfo("example.org", 80)


def test_local_unix_sockets_still_work(tmp_path):
    a, b = socket.socketpair()
    a.sendall(b"x")
    assert b.recv(1) == b"x"
    a.close()
    b.close()


def test_version_prints_name_and_version():
    from ombud_desktop import __version__

    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"ombud-desktop {__version__}"
