"""A fresh D-Bus session with Debian's gnome-keyring (a real Secret Service) and a fresh
home, for the tests that check the vault key lands in it: from source and frozen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

needs_keyring_session = pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon "
    "(Debian packages dbus and gnome-keyring; scripts/bootstrap.sh test installs them)",
)

# "$@" is the app's command line (the frozen executable, or python -m ombud_desktop)
SCRIPT = """
set -e
printf 'login-password' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
eval "$(gnome-keyring-daemon --start --components=secrets)"
echo "== status"; "$@" vault lock-status --json
echo "== init"; "$@" vault init --keyring
echo "== new"; "$@" case new --answers "$ANSWERS"
echo "== list"; "$@" case list --json
"""


@dataclass
class KeyringRun:
    home: Path
    env: dict[str, str]  # the session's environment, for runs outside it
    sections: dict[str, str]  # output of each step of SCRIPT, by name
    status: dict[str, Any]  # vault lock-status --json


def vault_in_keyring_session(
    tmp_path: Path, app: list[str], answers: dict[str, Any], **env: str
) -> KeyringRun:
    """vault init --keyring, case new and case list in the session; asserts they succeed."""
    home, runtime = tmp_path / "gk-home", tmp_path / "gk-run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(answers), "utf-8")
    session_env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS")
    }
    session_env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_DATA_HOME=str(home / ".local/share"),
        ANSWERS=str(answers_file),
        **env,
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", SCRIPT, "sh", *app],
        env=session_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    sections = dict(part.split("\n", 1) for part in result.stdout.split("== ")[1:])
    status = json.loads(sections["status"])
    assert status["keyring_secure"] and "SecretService" in status["keyring_backend"]
    listing = json.loads(sections["list"])  # unlocked with no passphrase: from the keyring
    assert [case["id"] for case in listing] == [sections["new"].strip()]
    return KeyringRun(home, session_env, sections, status)
