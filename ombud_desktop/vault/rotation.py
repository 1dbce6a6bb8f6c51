"""Changing the vault key when the passphrase or the recovery key changes.

A new vault key is made, every file sealed under the old one (each case's wrapped key and
its backup, the profile, the vault state) is sealed again under the new one, and the new
key store replaces the old one and its backup: an old passphrase or recovery key, even
with an old copy of `vault.keys`, then opens nothing in the folder. Case records and
attachments keep their case keys (they are not re-encrypted).

Crash safety: before anything changes, a journal (`vault.keys.rotating`) is written with
the new key store and the two keys wrapped under each other, so whichever secret the
person types next (old or new) finishes the change at the next unlock.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ombud_desktop.vault import keyring_store
from ombud_desktop.vault.atomic import atomic_write
from ombud_desktop.vault.errors import CorruptFileError
from ombud_desktop.vault.fileformat import (
    KIND_CASE_KEY,
    NONCE_SIZE,
    open_sealed,
    parse_sealed,
    seal,
    subkey,
)
from ombud_desktop.vault.keys import KeyStore
from ombud_desktop.vault.record_schema import is_valid_id
from ombud_desktop.vault.shred import DELETING_MARK, KEY_FILE, shred_file
from ombud_desktop.vault.storage import DAMAGED_DIR, backup_path

JOURNAL_NAME = "vault.keys.rotating"
_FORMAT = "ombud-key-rotation/1"

# Files sealed directly under a key derived from the vault key: (name, kind, purpose).
VaultFile = tuple[str, int, str]


@dataclass(frozen=True)
class Journal:
    path: Path
    keystore: bytes  # the new key store, as it will be written
    old_key_id: str
    to_new: dict[str, str]  # the new vault key wrapped under the old one
    to_old: dict[str, str]  # and the old under the new

    def keys_for(self, key: bytes) -> tuple[bytes, bytes] | None:
        """(old key, new key) when `key` is either of them; None otherwise."""
        new = _unwrap(key, self.to_new, "new")
        if new is not None:
            return key, new
        old = _unwrap(key, self.to_old, "old")
        return (old, key) if old is not None else None


def _wrap(kek: bytes, key: bytes, label: str) -> dict[str, str]:
    nonce = os.urandom(NONCE_SIZE)
    wrapped = AESGCM(subkey(kek, "rotation")).encrypt(nonce, key, label.encode())
    encode = base64.b64encode
    return {"nonce": encode(nonce).decode(), "wrapped": encode(wrapped).decode()}


def _unwrap(kek: bytes, item: dict[str, str], label: str) -> bytes | None:
    try:
        nonce, wrapped = base64.b64decode(item["nonce"]), base64.b64decode(item["wrapped"])
        return AESGCM(subkey(kek, "rotation")).decrypt(nonce, wrapped, label.encode())
    except (InvalidTag, KeyError, TypeError, ValueError):
        return None


def start(data_dir: Path, old: bytes, new: bytes, old_key_id: str, keystore: bytes) -> None:
    """Write the journal: from here on the change is finished by either secret."""
    body = {
        "format": _FORMAT,
        "keystore": base64.b64encode(keystore).decode(),
        "old_key_id": old_key_id,
        "to_new": _wrap(old, new, "new"),
        "to_old": _wrap(new, old, "old"),
    }
    atomic_write(data_dir / JOURNAL_NAME, json.dumps(body).encode())


def read_journal(data_dir: Path) -> Journal | None:
    """The unfinished change's journal; None when there is none or it is unreadable
    (then the key store on disk stays the one that counts)."""
    path = data_dir / JOURNAL_NAME
    try:
        body = json.loads(path.read_bytes())
        if body.get("format") != _FORMAT:
            return None
        return Journal(
            path,
            base64.b64decode(body["keystore"]),
            str(body["old_key_id"]),
            dict(body["to_new"]),
            dict(body["to_old"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def pending_keystore(data_dir: Path, keystore_path: Path) -> KeyStore | None:
    """The new key store of an unfinished change (the new passphrase opens it)."""
    journal = read_journal(data_dir)
    if journal is None:
        return None
    try:
        return KeyStore.decode(keystore_path, journal.keystore)
    except CorruptFileError:
        return None


def finish(
    data_dir: Path, journal: Journal, old: bytes, new: bytes, vault_files: list[VaultFile]
) -> None:
    """Re-seal everything under `new`, install the new key store, destroy the old one."""
    cases = data_dir / "cases"
    for folder in sorted(cases.iterdir()) if cases.is_dir() else []:
        if is_valid_id(folder.name) and not (folder / DELETING_MARK).exists():
            for path in (folder / KEY_FILE, backup_path(folder / KEY_FILE)):
                _reseal(path, KIND_CASE_KEY, subkey(old, "case-key"), subkey(new, "case-key"))
    for name, kind, purpose in vault_files:
        for path in (data_dir / name, backup_path(data_dir / name)):
            _reseal(path, kind, subkey(old, purpose), subkey(new, purpose))
    keystore = data_dir / "vault.keys"
    for path in [backup_path(keystore), *old_keystore_copies(data_dir)]:
        shred_file(path)
    atomic_write(keystore, journal.keystore)
    atomic_write(backup_path(keystore), journal.keystore)
    keyring_store.delete_key(journal.old_key_id)
    shred_file(journal.path)


def old_keystore_copies(data_dir: Path) -> list[Path]:
    """Key stores moved aside as damaged: they may hold old slots too."""
    damaged = data_dir / DAMAGED_DIR
    if not damaged.is_dir():
        return []
    return [p for p in damaged.iterdir() if p.name.split("-", 1)[-1].startswith("vault.keys")]


def _reseal(path: Path, kind: int, old: bytes, new: bytes) -> None:
    """Seal `path`'s plaintext under `new` (unchanged header parameters). A file already
    under `new`, missing, or unreadable under both is left as it is."""
    try:
        data = path.read_bytes()
        header, body = parse_sealed(data, path, kind)
    except (OSError, CorruptFileError):
        return
    for key in (new, old):
        try:
            plaintext = open_sealed(key, header, body, path)
        except CorruptFileError:
            continue
        if key is old:
            atomic_write(path, seal(new, kind, dict(header.params), plaintext))
        return
