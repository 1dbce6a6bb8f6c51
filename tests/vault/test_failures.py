"""Failures lose nothing: damaged files are restored from backup and moved aside, a full
disk or read-only folder leaves the previous version, a second instance is told who has
the vault open."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ombud_desktop.vault import (
    CorruptFileError,
    ReadOnlyVaultError,
    SaveFailedError,
    Vault,
    VaultBusyError,
)
from ombud_desktop.vault import atomic as atomic_module
from tests.cli_runner import REPO_ROOT, run_cli
from tests.vault.conftest import sample_answers


def _case_file(vault: Vault, case_id: str) -> Path:
    return vault.data_dir / "cases" / case_id / "case.ombud"


def test_damaged_record_is_restored_from_backup_and_moved_aside(vault: Vault) -> None:
    record = vault.create_case(sample_answers())
    record.answers["subject"]["first_name"] = "Second"
    vault.save_case(record)  # backup now holds the first version
    path = _case_file(vault, record.id)
    damaged = bytearray(path.read_bytes())
    damaged[-3] ^= 0x01
    path.write_bytes(bytes(damaged))

    restored = vault.load_case(record.id)
    assert restored.answers["subject"]["first_name"] == "Ana"
    assert len(vault.notices) == 1 and str(path) in vault.notices[0]
    moved = list((vault.data_dir / "damaged").iterdir())
    assert len(moved) == 1 and moved[0].read_bytes() == bytes(damaged)
    assert vault.load_case(record.id).answers["subject"]["first_name"] == "Ana"


def test_damaged_record_without_intact_backup_is_left_in_place(vault: Vault) -> None:
    record = vault.create_case(sample_answers())
    vault.save_case(record)
    path = _case_file(vault, record.id)
    for target in (path, path.with_name("case.ombud.bak")):
        target.write_bytes(target.read_bytes()[:-1])
    before = path.read_bytes()
    with pytest.raises(CorruptFileError, match=r"left\s+untouched") as caught:
        vault.load_case(record.id)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == before  # never reset
    listing = vault.list_cases()
    assert listing[0].id == record.id and listing[0].problem


def test_damaged_key_store_is_restored_from_its_backup(vault: Vault) -> None:
    vault.set_passphrase("brand new vault passphrase")  # the backup is the new key store too
    (vault.data_dir / "vault.keys").write_bytes(b"OMBUDVLT garbage")
    other = Vault(vault.data_dir, mode="read")
    other.unlock("brand new vault passphrase")
    assert other.notices and "vault.keys" in other.notices[0]


@pytest.mark.parametrize("fail_after", [0, 1, 50, 400])
def test_writer_failing_after_n_bytes_keeps_the_previous_version(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, fail_after: int
) -> None:
    record = vault.create_case(sample_answers())
    vault.save_case(record)
    written = 0
    real_write = atomic_module._write_all

    def failing_write(fd: int, data: bytes) -> None:
        nonlocal written
        room = fail_after - written
        if room < len(data):
            real_write(fd, data[: max(room, 0)])
            raise OSError(errno.ENOSPC, "No space left on device")
        written += len(data)
        real_write(fd, data)

    monkeypatch.setattr(atomic_module, "_write_all", failing_write)
    record.answers["subject"]["first_name"] = "Lost?"
    with pytest.raises(SaveFailedError, match="disk is full"):
        vault.save_case(record)
    monkeypatch.undo()
    assert vault.load_case(record.id).answers["subject"]["first_name"] == "Ana"
    assert not vault.notices  # the current file itself is intact, no restore needed
    leftovers = [p for p in vault.data_dir.rglob("*") if atomic_module.TEMP_MARK in p.name]
    assert leftovers == []
    vault.save_case(record)  # once space is back, the same edits save fine
    assert vault.load_case(record.id).answers["subject"]["first_name"] == "Lost?"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_keeps_the_previous_version(vault: Vault) -> None:
    record = vault.create_case(sample_answers())
    folder = _case_file(vault, record.id).parent
    folder.chmod(0o500)
    try:
        record.answers["subject"]["first_name"] = "Edited"
        with pytest.raises(SaveFailedError, match="read-only"):
            vault.save_case(record)
    finally:
        folder.chmod(0o700)
    assert vault.load_case(record.id).answers["subject"]["first_name"] == "Ana"


def test_read_only_file_system_keeps_the_previous_version(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Also runs as root (where chmod does not stop writes): the OS refuses with EROFS."""
    record = vault.create_case(sample_answers())
    real_open = os.open

    def refuse(path: object, flags: int, *args: object) -> int:
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic_module.os, "open", refuse)
    record.answers["subject"]["first_name"] = "Edited"
    with pytest.raises(SaveFailedError, match="read-only") as caught:
        vault.save_case(record)
    monkeypatch.undo()
    assert "--data-dir" in str(caught.value)
    assert vault.load_case(record.id).answers["subject"]["first_name"] == "Ana"


HOLDER = """
import sys
from ombud_desktop.vault import Vault
vault = Vault(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()
"""


def test_second_instance_is_read_only_or_refused_naming_the_process(
    vault: Vault, passphrase_file: Path
) -> None:
    record = vault.create_case(sample_answers())
    data_dir = vault.data_dir
    vault.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(VaultBusyError, match=f"process {holder.pid}"):
            Vault(data_dir)
        viewer = Vault(data_dir, mode="auto")
        assert viewer.read_only and f"process {holder.pid}" in (viewer.busy_message or "")
        viewer.unlock("correct horse battery staple")
        loaded = viewer.load_case(record.id)
        with pytest.raises(ReadOnlyVaultError, match=str(holder.pid)):
            viewer.save_case(loaded)
        viewer.close()
        pf = ("--passphrase-file", passphrase_file)
        listed = run_cli(*pf, "case", "list")
        assert listed.returncode == 0 and record.id in listed.stdout
        assert "read-only" in listed.stderr
        refused = run_cli(*pf, "case", "delete", record.id, "--yes")
        assert refused.returncode == 2 and f"process {holder.pid}" in refused.stderr
        status = run_cli("vault", "lock-status")
        assert f"process {holder.pid}" in status.stdout
    finally:
        holder.communicate("\n", timeout=30)
    Vault(data_dir).close()  # free again once the holder is gone


def test_stale_temp_files_are_removed_on_open(vault: Vault) -> None:
    record = vault.create_case(sample_answers())
    stale = _case_file(vault, record.id).parent / ".case.ombud.tmp-dead"
    stale.write_bytes(b"encrypted leftovers")
    vault.close()
    Vault(vault.data_dir).close()
    assert not stale.exists()


def test_unwritable_data_folder_is_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(SaveFailedError, match="cannot be written"):
        Vault(blocker / "data")
    result = run_cli("--data-dir", blocker / "data", "case", "list")
    assert result.returncode == 2 and "cannot be written" in result.stderr


def test_read_only_media_opens_read_only(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    record = vault.create_case(sample_answers())
    vault.close()

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(Path, "touch", refuse)
    viewer = Vault(vault.data_dir, mode="auto")
    assert viewer.read_only and "read-only" in (viewer.busy_message or "")
    viewer.unlock("correct horse battery staple")
    assert viewer.load_case(record.id).id == record.id
    with pytest.raises(ReadOnlyVaultError):
        viewer.save_case(viewer.load_case(record.id))


def test_interrupted_operations_are_finished_or_undone_on_open(vault: Vault) -> None:
    kept, deleting, replaced = (vault.create_case(sample_answers()) for _ in range(3))
    cases = vault.data_dir / "cases"
    vault.close()
    (cases / deleting.id / "deleting").touch()  # a deletion cut short
    os.replace(cases / replaced.id, cases / f".replaced-{replaced.id}-abc123")  # import cut
    (cases / ".incoming-zzzzzzzz").mkdir()  # a new case cut short
    reopened = Vault(vault.data_dir)
    reopened.unlock("correct horse battery staple")
    assert sorted(c.id for c in reopened.list_cases()) == sorted([kept.id, replaced.id])
    assert sorted(p.name for p in cases.iterdir()) == sorted([kept.id, replaced.id])
    reopened.close()


def test_taking_the_lock_does_not_wait_for_the_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The holder's details are for other processes on this computer (they read them
    from the system's cache): writing them never syncs, at every start."""
    from ombud_desktop.vault.lockfile import InstanceLock

    def no_sync(fd: int) -> None:
        raise AssertionError("the lock file was synced")

    monkeypatch.setattr(os, "fsync", no_sync)
    monkeypatch.setattr(os, "fdatasync", no_sync, raising=False)
    lock = InstanceLock(tmp_path)
    assert lock.acquire()
    try:
        assert f"process {os.getpid()}" in lock.holder()
    finally:
        lock.release()
