"""Where the vault lives, and how its key is kept: keyring when secure, else passphrase."""

from __future__ import annotations

import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from ombud_desktop.vault import KeyringUnavailableError, Vault, VaultError, keyring_store, locations
from tests.memory_keyring import MemoryKeyring
from tests.vault.conftest import PASSPHRASE, sample_answers


def test_data_dir_order_cli_then_env_then_portable_then_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert locations.resolve_data_dir(tmp_path / "cli") == tmp_path / "cli"
    monkeypatch.setenv("OMBUD_DATA_DIR", str(tmp_path / "env"))
    assert locations.resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("OMBUD_DATA_DIR")
    app_dir = tmp_path / "usb" / "OmbudDesktop"
    app_dir.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app_dir / "ombud-desktop"))
    user_dir = locations.resolve_data_dir(None)
    assert Path.home() in user_dir.parents and "OmbudDesktop" in str(user_dir)
    (app_dir / locations.PORTABLE_MARKER).write_text("")
    assert locations.resolve_data_dir(None) == app_dir / "ombud-data"
    assert locations.resolve_data_dir(tmp_path / "cli") == tmp_path / "cli"


def test_keyring_vault_unlocks_without_a_passphrase(memory_keyring: MemoryKeyring) -> None:
    vault = Vault()
    vault.initialize()  # a secure keyring is available: no passphrase needed
    assert vault.unlock_methods == ["keyring"]
    record = vault.create_case(sample_answers())
    vault.lock()
    vault.unlock()
    assert vault.load_case(record.id).id == record.id
    key_id = vault.keystore().key_id
    assert (keyring_store.SERVICE, key_id) in memory_keyring.store
    vault.close()


def test_fail_backend_means_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    keyring.set_keyring(fail.Keyring())
    assert keyring_store.backend_description() == ("keyring.backends.fail.Keyring", False)
    vault = Vault()
    with pytest.raises(VaultError, match="choose a passphrase"):
        vault.initialize()
    with pytest.raises(KeyringUnavailableError, match="No secure system keyring"):
        vault.initialize(use_keyring=True)
    vault.initialize(passphrase=PASSPHRASE)
    assert vault.unlock_methods == ["passphrase"]
    vault.lock()
    with pytest.raises(KeyringUnavailableError, match="not kept in the system keyring"):
        vault.unlock()
    vault.unlock(PASSPHRASE)
    vault.close()


class AltLikeBackend(MemoryKeyring):
    """Stands in for keyrings.alt: a plain-file store must never count as secure."""

    __module__ = "keyrings.alt.file"


class LowPriorityBackend(MemoryKeyring):
    priority = 0.5  # type: ignore[assignment]


@pytest.mark.parametrize("backend", [AltLikeBackend, LowPriorityBackend])
def test_insecure_backends_are_not_used(backend: type[MemoryKeyring]) -> None:
    keyring.set_keyring(backend())
    assert not keyring_store.is_available()


class RefusingKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        from keyring.errors import KeyringLocked

        raise KeyringLocked("Collection is locked")


def test_locked_keyring_falls_back_to_passphrase_or_recovery() -> None:
    vault = Vault()
    recovery = vault.initialize(passphrase=PASSPHRASE, use_keyring=True, recovery_key=True)
    assert recovery and sorted(vault.unlock_methods) == ["keyring", "passphrase", "recovery"]
    vault.lock()
    keyring.set_keyring(RefusingKeyring())
    with pytest.raises(KeyringUnavailableError, match="Unlock your keyring"):
        vault.unlock()
    vault.unlock(PASSPHRASE)
    vault.lock()
    keyring.set_keyring(MemoryKeyring())  # e.g. a new computer: the key is not there
    with pytest.raises(KeyringUnavailableError, match="does not hold this vault's key"):
        vault.unlock()
    vault.unlock_with_recovery_key(recovery)
    vault.close()


def test_keyring_holding_a_different_key_is_reported(memory_keyring: MemoryKeyring) -> None:
    vault = Vault()
    vault.initialize(passphrase=PASSPHRASE, use_keyring=True)
    for entry in memory_keyring.store:
        memory_keyring.store[entry] = "A" * 44  # 32 zero bytes: the wrong key
    vault.lock()
    with pytest.raises(KeyringUnavailableError, match="does not open this vault"):
        vault.unlock()
    vault.close()


def test_change_passphrase_and_new_recovery_key(vault: Vault) -> None:
    vault.set_passphrase("a brand new vault passphrase")
    first = vault.add_recovery_key("a brand new vault passphrase")
    second = vault.add_recovery_key("a brand new vault passphrase")  # replaces the first
    vault.lock()
    with pytest.raises(VaultError):
        vault.unlock(PASSPHRASE)
    with pytest.raises(VaultError):
        vault.unlock_with_recovery_key(first)
    vault.unlock_with_recovery_key(second)
    vault.lock()
    vault.unlock("a brand new vault passphrase")


def test_initialize_refuses_an_existing_vault(vault: Vault) -> None:
    with pytest.raises(VaultError, match="already exists"):
        vault.initialize(passphrase="other vault passphrase")


class RefusingToStoreKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        from keyring.errors import PasswordSetError

        raise PasswordSetError("the user dismissed the prompt")


def test_keyring_refusing_to_store_leaves_no_half_made_vault() -> None:
    keyring.set_keyring(RefusingToStoreKeyring())
    vault = Vault()
    with pytest.raises(KeyringUnavailableError, match="refused to store the vault key"):
        vault.initialize()
    assert not vault.exists and not vault.is_unlocked
    vault.initialize(passphrase=PASSPHRASE, use_keyring=False)  # the way out still works
    assert vault.unlock_methods == ["passphrase"]
    vault.close()
