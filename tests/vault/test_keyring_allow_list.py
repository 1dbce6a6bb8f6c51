"""Attack: a plain-file keyring backend (chosen with PYTHON_KEYRING_BACKEND, or ranked
first in a chain) must never receive the vault key: only the OS's secure stores are
used, an allow-list."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from keyring.backends import chainer, null

from ombud_desktop.vault import Vault, VaultError, keyring_store
from tests.cli_runner import run_cli
from tests.memory_keyring import MemoryKeyring
from tests.vault.conftest import PASSPHRASE
from tests.vault.plain_keyring import PlainFileKeyring


@pytest.mark.parametrize("backend", [PlainFileKeyring(), null.Keyring()])
def test_backends_outside_the_allow_list_mean_a_passphrase(backend: object) -> None:
    keyring.set_keyring(backend)  # type: ignore[arg-type]
    assert not keyring_store.is_available()
    vault = Vault()
    with pytest.raises(VaultError, match="choose a passphrase"):
        vault.initialize()
    vault.initialize(passphrase=PASSPHRASE)
    assert vault.unlock_methods == ["passphrase"]
    assert not (Path.home() / "plain-keyring.json").exists()
    vault.close()


def test_a_chain_uses_only_its_secure_member(memory_keyring: MemoryKeyring) -> None:
    plain = PlainFileKeyring()
    chain = type("Chain", (chainer.ChainerBackend,), {"backends": [plain, memory_keyring]})
    keyring.set_keyring(chain())  # the plain one ranks first
    vault = Vault()
    vault.initialize(use_keyring=True)
    assert memory_keyring.store and not (Path.home() / "plain-keyring.json").exists()
    vault.close()


def test_backend_chosen_by_environment_variable_is_refused(tmp_path: Path) -> None:
    env = {"PYTHON_KEYRING_BACKEND": "tests.vault.plain_keyring.PlainFileKeyring"}
    status = run_cli("vault", "lock-status", "--json", env=env)
    info = json.loads(status.stdout)
    assert info["keyring_backend"].endswith("PlainFileKeyring")
    assert info["keyring_secure"] is False
    made = run_cli("vault", "init", "--keyring", env=env)
    assert made.returncode == 2 and "passphrase" in made.stderr
    assert not (Path.home() / "plain-keyring.json").exists()
