"""A real Secret Service: Debian's gnome-keyring under dbus-run-session holds the vault key
(started with --unlock: without it a headless daemon fails with "Prompt dismissed"). Runs in
a child process with its own HOME and XDG_RUNTIME_DIR."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_runner import REPO_ROOT
from tests.keyring_session import needs_keyring_session, vault_in_keyring_session
from tests.vault.conftest import sample_answers

pytestmark = [pytest.mark.integration, needs_keyring_session]


def test_vault_key_lives_in_gnome_keyring(tmp_path: Path) -> None:
    run = vault_in_keyring_session(
        tmp_path,
        [sys.executable, "-m", "ombud_desktop"],
        sample_answers(),
        OMBUD_DATA_DIR=str(tmp_path / "gk-data"),
        PYTHONPATH=str(REPO_ROOT),
    )
    home, env, sections = run.home, run.env, run.sections
    assert "unlocked by: keyring" in sections["init"]
    assert json.loads(sections["list"])[0]["name"] == "Ana Diaz"
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
