"""A real Secret Service: Debian's gnome-keyring under dbus-run-session holds the vault key
(STACK-NOTES.md). Runs in a child process with its own HOME and XDG_RUNTIME_DIR."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_runner import REPO_ROOT
from tests.vault.conftest import sample_answers

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
        reason="needs dbus-run-session and gnome-keyring-daemon "
        "(Debian packages dbus and gnome-keyring; scripts/bootstrap.sh test installs them)",
    ),
]

SESSION = """
set -e
printf 'login-password' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
eval "$(gnome-keyring-daemon --start --components=secrets)"
run() { "$PYTHON" -m ombud_desktop "$@"; }
echo "== status"; run vault lock-status --json
echo "== init"; run vault init --keyring
echo "== new"; run case new --answers "$ANSWERS"
echo "== list"; run case list --json
"""


def test_vault_key_lives_in_gnome_keyring(tmp_path: Path) -> None:
    home, runtime, data = tmp_path / "gk-home", tmp_path / "gk-run", tmp_path / "gk-data"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(sample_answers()), "utf-8")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS")
    }
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_DATA_HOME=str(home / ".local/share"),
        OMBUD_DATA_DIR=str(data),
        PYTHON=sys.executable,
        ANSWERS=str(answers),
        PYTHONPATH=str(REPO_ROOT),
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", SESSION],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    sections = dict(part.split("\n", 1) for part in result.stdout.split("== ")[1:])
    status = json.loads(sections["status"])
    assert status["keyring_secure"] and "SecretService" in status["keyring_backend"]
    assert "unlocked by: keyring" in sections["init"]
    case_id = sections["new"].strip()
    listing = json.loads(sections["list"])  # unlocked with no passphrase: from the keyring
    assert [c["id"] for c in listing] == [case_id] and listing[0]["name"] == "Ana Diaz"
    # gnome-keyring keeps its own encrypted store; nothing like keyrings.alt's plain file.
    assert list(home.rglob("keyring_pass.cfg")) == []

    # Outside the session there is no secure keyring: a clear message, no traceback.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    outside = subprocess.run(
        [sys.executable, "-m", "ombud_desktop", "case", "list"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO_ROOT,
    )
    assert outside.returncode == 2
    assert "no secure keyring is available now" in outside.stderr
    assert "--recovery-key-file" not in outside.stderr  # this vault has no recovery key
    assert "Traceback" not in outside.stderr
