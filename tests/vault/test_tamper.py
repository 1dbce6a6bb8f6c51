"""Integrity: every single-byte change, truncation, reordered or swapped chunks, wrong
keys and passphrases are detected, never silently accepted."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from ombud_desktop.vault import CorruptFileError, Vault, VaultError, WrongPassphraseError
from ombud_desktop.vault import stream as stream_module
from ombud_desktop.vault.fileformat import KIND_ATTACHMENT, read_header
from tests.vault.conftest import PASSPHRASE, sample_answers

SMALL_CHUNK = 64


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tiny chunks so a small attachment has several (the size is in each header)."""
    monkeypatch.setattr(stream_module, "CHUNK_SIZE", SMALL_CHUNK)


def _flip_every_byte(path: Path, attempt: Callable[[], object], expected: type[Exception]) -> int:
    original = path.read_bytes()
    for index in range(len(original)):
        damaged = bytearray(original)
        damaged[index] ^= 0xFF
        path.write_bytes(bytes(damaged))
        with pytest.raises(expected):
            attempt()
    path.write_bytes(original)
    attempt()  # the intact file still opens
    return len(original)


def _without_backups(folder: Path) -> None:
    for backup in folder.rglob("*.bak"):
        backup.unlink()


def _fresh_keys(vault: Vault) -> None:
    vault._case_keys.clear()
    vault._keystore = None


def test_every_byte_of_a_case_record_is_protected(vault: Vault, vault_dir: Path) -> None:
    record = vault.create_case(sample_answers())
    vault.save_case(record)
    _without_backups(vault_dir)
    path = vault_dir / "cases" / record.id / "case.ombud"
    assert _flip_every_byte(path, lambda: vault.load_case(record.id), CorruptFileError) > 100


def test_every_byte_of_a_case_key_file_is_protected(vault: Vault, vault_dir: Path) -> None:
    record = vault.create_case(sample_answers())
    _without_backups(vault_dir)
    path = vault_dir / "cases" / record.id / "key.ombud"

    def attempt() -> object:
        _fresh_keys(vault)
        return vault.load_case(record.id)

    _flip_every_byte(path, attempt, CorruptFileError)


def test_every_byte_of_the_key_store_is_protected(vault: Vault, vault_dir: Path) -> None:
    vault.add_recovery_key(PASSPHRASE)
    _without_backups(vault_dir)

    def attempt() -> object:
        _fresh_keys(vault)
        vault.lock()
        return vault.unlock(PASSPHRASE)

    # A changed salt or wrapped key looks like a wrong passphrase: AEAD cannot tell.
    _flip_every_byte(vault_dir / "vault.keys", attempt, VaultError)


def test_every_byte_of_an_attachment_is_protected(
    vault: Vault, vault_dir: Path, small_chunks: None
) -> None:
    record = vault.create_case(sample_answers())
    entry = vault.add_attachment(record, io.BytesIO(bytes(range(200))), category="other")
    path = vault_dir / "cases" / record.id / f"att-{entry['id']}.ombud"
    _flip_every_byte(path, lambda: vault.read_attachment(record, entry["id"]), CorruptFileError)


def test_every_byte_of_a_handoff_file_is_protected(
    vault: Vault, tmp_path: Path, small_chunks: None
) -> None:
    record = vault.create_case(sample_answers())
    vault.add_attachment(record, io.BytesIO(b"scan " * 30), category="other")
    out = vault.export_handoff(record.id, tmp_path / "case.handoff", "hand-off passphrase here")
    target = Vault(tmp_path / "elsewhere")
    target.initialize(passphrase="other vault passphrase", use_keyring=False)
    _flip_every_byte(
        out, lambda: target.import_handoff(out, "hand-off passphrase here"), VaultError
    )
    assert len(target.list_cases()) == 1  # only the intact file was imported
    target.close()


def _attachment_path(vault: Vault, case_id: str, attachment_id: str) -> Path:
    return vault.data_dir / "cases" / case_id / f"att-{attachment_id}.ombud"


def _split(path: Path) -> tuple[bytes, list[bytes]]:
    data = path.read_bytes()
    size = SMALL_CHUNK + 16
    header_len = len(read_header(io.BytesIO(data), path, KIND_ATTACHMENT).raw)
    body = data[header_len:]
    return data[:header_len], [body[i : i + size] for i in range(0, len(body), size)]


def test_truncation_reorder_and_swap_are_detected(vault: Vault, small_chunks: None) -> None:
    record = vault.create_case(sample_answers())
    plain = bytes(range(256))  # 4 full chunks of 64 bytes
    first = vault.add_attachment(record, io.BytesIO(plain), category="other")
    second = vault.add_attachment(record, io.BytesIO(plain), category="other")
    path = _attachment_path(vault, record.id, first["id"])
    header, chunks = _split(path)
    assert len(chunks) == 4 and vault.read_attachment(record, first["id"]) == plain

    def read() -> bytes:
        return vault.read_attachment(record, first["id"])

    # Truncation: at a chunk boundary, inside a chunk, and down to the header.
    for cut in (header + b"".join(chunks[:3]), path.read_bytes()[:-5], header):
        path.write_bytes(cut)
        with pytest.raises(CorruptFileError):
            read()
    # Reordering two chunks, and a duplicated chunk.
    for order in ((1, 0, 2, 3), (0, 2, 1, 3), (0, 0, 2, 3)):
        path.write_bytes(header + b"".join(chunks[i] for i in order))
        with pytest.raises(CorruptFileError):
            read()
    # A chunk (same position, same plaintext) from another attachment of the same case.
    _, other = _split(_attachment_path(vault, record.id, second["id"]))
    path.write_bytes(header + chunks[0] + other[1] + chunks[2] + chunks[3])
    with pytest.raises(CorruptFileError):
        read()
    # A whole attachment file put in place of another.
    path.write_bytes(_attachment_path(vault, record.id, second["id"]).read_bytes())
    with pytest.raises(CorruptFileError, match="another case or attachment"):
        read()
    path.write_bytes(header + b"".join(chunks))
    assert read() == plain


def test_a_record_from_another_case_is_rejected(vault: Vault, vault_dir: Path) -> None:
    one, two = vault.create_case(sample_answers()), vault.create_case(sample_answers())
    _without_backups(vault_dir)
    target = vault_dir / "cases" / one.id / "case.ombud"
    target.write_bytes((vault_dir / "cases" / two.id / "case.ombud").read_bytes())
    with pytest.raises(CorruptFileError, match="another case"):
        vault.load_case(one.id)


def test_wrong_vault_key_cannot_open_a_case(vault: Vault, tmp_path: Path) -> None:
    record = vault.create_case(sample_answers())
    vault._vault_key = bytes(32)  # a wrong key, as if from another vault
    vault._case_keys.clear()
    with pytest.raises(CorruptFileError, match="integrity check failed"):
        vault.load_case(record.id)


def test_wrong_passphrase_and_wrong_recovery_key(vault: Vault) -> None:
    recovery = vault.add_recovery_key(PASSPHRASE)
    vault.lock()
    with pytest.raises(WrongPassphraseError, match="does not open this vault"):
        vault.unlock("wrong " + PASSPHRASE)
    with pytest.raises(WrongPassphraseError, match="recovery key does not open"):
        vault.unlock_with_recovery_key("AAAA-" * 12 + "AAAA")
    with pytest.raises(WrongPassphraseError):
        vault.unlock_with_recovery_key("too short")
    assert not vault.is_unlocked
    vault.unlock_with_recovery_key(recovery.lower().replace("-", " "))
    assert vault.is_unlocked


def test_wrong_handoff_passphrase(vault: Vault, tmp_path: Path) -> None:
    record = vault.create_case(sample_answers())
    out = vault.export_handoff(record.id, tmp_path / "h", "the right hand-off passphrase")
    with pytest.raises(WrongPassphraseError, match="hand-off file"):
        vault.import_handoff(out, "wrong", on_conflict="new_id")
