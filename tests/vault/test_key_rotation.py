"""Attack: an old passphrase or recovery key, with old copies of the key store, must open
nothing once the passphrase or the recovery key has changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ombud_desktop.vault import CorruptFileError, Vault, VaultError, WrongPassphraseError, rotation
from tests.memory_keyring import MemoryKeyring
from tests.vault.conftest import PASSPHRASE, sample_answers

NEW_PASSPHRASE = "marimba juniper trolley obsidian"
KEY_FILES = ("vault.keys", "vault.keys.bak")


def _old_key_files(data_dir: Path) -> dict[str, bytes]:
    return {name: (data_dir / name).read_bytes() for name in KEY_FILES}


def _folder_copy_with(data_dir: Path, target: Path, key_files: dict[str, bytes]) -> Path:
    """A copy of the data folder as it is now, with old key store files put back."""
    shutil.copytree(data_dir, target, ignore=shutil.ignore_patterns("vault.lock"))
    for name, data in key_files.items():
        (target / name).write_bytes(data)
    return target


def _opens_nothing(folder: Path, unlock: str, *, recovery: bool = False) -> None:
    """`unlock` still opens the (old) key store there, but no case and no profile."""
    vault = Vault(folder, mode="read")
    if recovery:
        vault.unlock_with_recovery_key(unlock)
    else:
        vault.unlock(unlock)
    summaries = vault.list_cases()
    assert summaries and all(s.problem for s in summaries)
    for summary in summaries:
        with pytest.raises(CorruptFileError):
            vault.load_case(summary.id)
    if (folder / "profile.ombud").exists():
        with pytest.raises(CorruptFileError):
            vault.load_profile()
    vault.close()


def test_changed_passphrase_locks_out_the_old_one_and_old_key_files(
    vault: Vault, tmp_path: Path
) -> None:
    recovery = vault.add_recovery_key(PASSPHRASE)
    before = vault.create_case(sample_answers("before"))
    vault.save_profile({"name": "Volunteer"})
    vault.set_passphrase(PASSPHRASE.replace("staple", "stapler"))  # a backup of this one too
    old_files = _old_key_files(vault.data_dir)
    assert vault.set_passphrase(NEW_PASSPHRASE) is None  # the recovery key follows
    after = vault.create_case(sample_answers("after"))

    copy = _folder_copy_with(vault.data_dir, tmp_path / "copy", old_files)
    _opens_nothing(copy, PASSPHRASE.replace("staple", "stapler"))
    _opens_nothing(copy, recovery, recovery=True)  # the old key store's recovery slot

    # Here the old passphrase opens nothing at all; the new one and the recovery key do.
    vault.lock()
    with pytest.raises(WrongPassphraseError):
        vault.unlock(PASSPHRASE)
    vault.unlock_with_recovery_key(recovery)
    assert {before.id, after.id} == {s.id for s in vault.list_cases() if not s.problem}
    vault.lock()
    vault.unlock(NEW_PASSPHRASE)
    assert vault.load_profile() == {"name": "Volunteer"}
    assert vault.load_case(before.id).answers["subject"]["first_name"] == "Anabefore"


def test_new_recovery_key_locks_out_the_old_one(vault: Vault, tmp_path: Path) -> None:
    first = vault.add_recovery_key(PASSPHRASE)
    case = vault.create_case(sample_answers())
    old_files = _old_key_files(vault.data_dir)
    with pytest.raises(WrongPassphraseError, match="Enter the vault passphrase"):
        vault.add_recovery_key()
    with pytest.raises(WrongPassphraseError):
        vault.add_recovery_key("not the " + PASSPHRASE)
    second = vault.add_recovery_key(PASSPHRASE)

    copy = _folder_copy_with(vault.data_dir, tmp_path / "copy", old_files)
    _opens_nothing(copy, first, recovery=True)

    vault.lock()
    with pytest.raises(WrongPassphraseError):
        vault.unlock_with_recovery_key(first)
    vault.unlock_with_recovery_key(second)
    vault.load_case(case.id)
    vault.lock()
    vault.unlock(PASSPHRASE)  # the passphrase was carried over to the new vault key
    vault.load_case(case.id)


def test_no_file_in_the_folder_holds_an_old_slot(vault: Vault) -> None:
    vault.add_recovery_key(PASSPHRASE)
    vault.create_case(sample_answers())
    old_id = vault.keystore().key_id
    damaged = vault.data_dir / "damaged"
    damaged.mkdir()
    (damaged / "20260101T000000000000-vault.keys").write_bytes(
        (vault.data_dir / "vault.keys").read_bytes()
    )
    vault.set_passphrase(NEW_PASSPHRASE)
    assert not list(damaged.iterdir())  # a key store moved aside held the old slots too
    for path in vault.data_dir.rglob("*"):
        if path.is_file():
            assert old_id.encode() not in path.read_bytes(), path
    assert not (vault.data_dir / rotation.JOURNAL_NAME).exists()


def test_keyring_vault_rotates_its_keyring_entry(memory_keyring: MemoryKeyring) -> None:
    vault = Vault()
    vault.initialize(use_keyring=True)
    case = vault.create_case(sample_answers())
    old_entries = dict(memory_keyring.store)
    vault.set_passphrase(NEW_PASSPHRASE)
    assert set(memory_keyring.store).isdisjoint(old_entries)  # the old key left the keyring
    vault.lock()
    vault.unlock()  # through the keyring: the new key
    vault.load_case(case.id)
    vault.close()


@pytest.mark.parametrize("secret", [PASSPHRASE, NEW_PASSPHRASE])
@pytest.mark.parametrize("crash_after", [0, 1, 2])
def test_interrupted_change_is_finished_by_either_passphrase(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, secret: str, crash_after: int
) -> None:
    cases = [vault.create_case(sample_answers(str(n))).id for n in range(3)]
    real = rotation._reseal
    calls: list[Path] = []

    def crashing(path: Path, *args: object) -> None:
        if len(calls) >= crash_after * 2:
            raise KeyboardInterrupt  # stands for a crash between two files
        calls.append(path)
        real(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(rotation, "_reseal", crashing)
    with pytest.raises(KeyboardInterrupt):
        vault.set_passphrase(NEW_PASSPHRASE)
    monkeypatch.setattr(rotation, "_reseal", real)
    vault.close()

    reopened = Vault(vault.data_dir)
    reopened.unlock(secret)
    assert not (vault.data_dir / rotation.JOURNAL_NAME).exists()
    assert sorted(s.id for s in reopened.list_cases() if not s.problem) == sorted(cases)
    reopened.lock()
    with pytest.raises(VaultError):
        reopened.unlock(PASSPHRASE)  # finished: only the new passphrase opens it
    reopened.unlock(NEW_PASSPHRASE)
    reopened.close()
