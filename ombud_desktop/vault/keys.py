"""The key store file (`vault.keys`): the vault key wrapped once per unlock method.

Slots: `keyring` (the key itself is in the OS keyring under the key id), `passphrase`
(wrapped with an Argon2id/scrypt key; parameters in the slot), `recovery` (wrapped for
an X25519 key pair derived from a printable 256-bit recovery key: only its public half
is stored, so a new vault key can be wrapped for the same recovery key without it, when
the passphrase changes). The file body is a sealed check value under the vault
key with the whole header as associated data, so after any unlock the entire file,
including the other slots, is verified.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP
from ombud_desktop.vault import kdf, keyring_store
from ombud_desktop.vault.errors import (
    CorruptFileError,
    KeyringUnavailableError,
    VaultNotInitializedError,
    WrongPassphraseError,
)
from ombud_desktop.vault.fileformat import (
    KIND_KEYSTORE,
    NONCE_SIZE,
    Header,
    aesgcm,
    build_header,
    damaged,
    open_sealed,
    parse_sealed,
    subkey,
)
from ombud_desktop.vault.storage import backup_path, read_versioned

if TYPE_CHECKING:  # the cryptography library loads when a key is first used
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )

KEYSTORE_NAME = "vault.keys"
_CHECK = b"ombud-vault-key-check"
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def format_recovery_key(secret: bytes) -> str:
    text = base64.b32encode(secret).decode().rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    cleaned = "".join(ch for ch in text.upper() if ch in _B32)
    if len(cleaned) != 52:
        return None
    return base64.b32decode(cleaned + "====")


def _wrap(kek: bytes, vault_key: bytes, key_id: str, kind: str) -> dict[str, str]:
    nonce = os.urandom(NONCE_SIZE)
    wrapped = aesgcm(kek).encrypt(nonce, vault_key, f"{key_id}/{kind}".encode())
    return {"nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def _recovery_private(secret: bytes) -> X25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return X25519PrivateKey.from_private_bytes(subkey(secret, "recovery-x25519"))


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes_raw()


def _recovery_kek(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    return subkey(shared, "recovery-slot", salt=ephemeral + public)


def _wrap_for_recovery(public: bytes, vault_key: bytes, key_id: str) -> dict[str, str]:
    """Wrap `vault_key` for the recovery key whose X25519 public key is `public`."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )

    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    eph = _raw(ephemeral.public_key())
    wrapped = _wrap(_recovery_kek(shared, eph, public), vault_key, key_id, "recovery")
    return {"type": "recovery", "public": _b64(public), "ephemeral": _b64(eph), **wrapped}


def _unwrap_recovery(secret: bytes, slot: dict[str, Any], key_id: str) -> bytes | None:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    if "public" not in slot:  # a slot written before key rotation: plain symmetric wrap
        return _unwrap(subkey(secret, "recovery-slot"), slot, key_id)
    try:
        private = _recovery_private(secret)
        public = _raw(private.public_key())
        eph = base64.b64decode(slot["ephemeral"])
        if base64.b64decode(slot["public"]) != public:
            return None
        shared = private.exchange(X25519PublicKey.from_public_bytes(eph))
    except (KeyError, TypeError, ValueError):
        return None
    return _unwrap(_recovery_kek(shared, eph, public), slot, key_id)


def _unwrap(kek: bytes, slot: dict[str, Any], key_id: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag

    try:
        nonce = base64.b64decode(slot["nonce"])
        wrapped = base64.b64decode(slot["wrapped"])
        return aesgcm(kek).decrypt(nonce, wrapped, f"{key_id}/{slot['type']}".encode())
    except (InvalidTag, KeyError, TypeError, ValueError):
        return None


@dataclass
class KeyStore:
    path: Path
    key_id: str
    slots: list[dict[str, Any]]
    created: str
    _header: Header | None = None
    _body: bytes = b""

    @property
    def methods(self) -> list[str]:
        return [slot["type"] for slot in self.slots]

    def slot(self, kind: str) -> dict[str, Any] | None:
        return next((s for s in self.slots if s.get("type") == kind), None)

    # -- creating and saving ---------------------------------------------------------
    @classmethod
    def new(cls, path: Path) -> tuple[KeyStore, bytes]:
        created = datetime.now(UTC).isoformat(timespec="seconds")
        return cls(path, os.urandom(16).hex(), [], created), os.urandom(32)

    def add_keyring(self, vault_key: bytes) -> None:
        keyring_store.store_key(self.key_id, vault_key)
        self._replace_slot({"type": "keyring"})

    def set_passphrase(self, vault_key: bytes, passphrase: str) -> None:
        params = kdf.new_params()
        kek = subkey(kdf.derive(params, passphrase), "passphrase-slot")
        slot = {"type": "passphrase", "kdf": params}
        self._replace_slot({**slot, **_wrap(kek, vault_key, self.key_id, "passphrase")})

    def add_recovery(self, vault_key: bytes) -> str:
        secret = os.urandom(32)
        public = _raw(_recovery_private(secret).public_key())
        self._replace_slot(_wrap_for_recovery(public, vault_key, self.key_id))
        return format_recovery_key(secret)

    def carry_recovery(self, previous: KeyStore, vault_key: bytes) -> bool:
        """Wrap `vault_key` for the recovery key of `previous` (same printed key, new
        vault key). False when there is none, or it predates public-key recovery slots."""
        slot = previous.slot("recovery")
        if slot is None or not isinstance(slot.get("public"), str):
            return False
        public = base64.b64decode(slot["public"])
        self._replace_slot(_wrap_for_recovery(public, vault_key, self.key_id))
        return True

    def _replace_slot(self, slot: dict[str, Any]) -> None:
        self.slots = [s for s in self.slots if s["type"] != slot["type"]] + [slot]

    def encode(self, vault_key: bytes) -> bytes:
        params = {"key_id": self.key_id, "created": self.created, "slots": self.slots}
        header = build_header(KIND_KEYSTORE, params, os.urandom(NONCE_SIZE))
        check_key = subkey(vault_key, "keystore")
        return header.raw + aesgcm(check_key).encrypt(header.nonce, _CHECK, header.raw)

    # -- loading and unlocking -------------------------------------------------------
    @classmethod
    def decode(cls, path: Path, data: bytes) -> KeyStore:
        header, body = parse_sealed(data, path, KIND_KEYSTORE)
        params = header.params
        slots = params.get("slots")
        if (
            not isinstance(params.get("key_id"), str)
            or not isinstance(slots, list)
            or not all(isinstance(s, dict) and isinstance(s.get("type"), str) for s in slots)
        ):
            raise damaged(path, "unreadable key slots")
        return cls(path, params["key_id"], slots, str(params.get("created", "")), header, body)

    def _verified(self, vault_key: bytes) -> bytes:
        assert self._header is not None
        check = open_sealed(subkey(vault_key, "keystore"), self._header, self._body, self.path)
        if check != _CHECK:
            raise damaged(self.path, "bad key check")
        return vault_key

    def unlock_with_keyring(self) -> bytes:
        if self.slot("keyring") is None:
            raise KeyringUnavailableError(
                template=QT_TRANSLATE_NOOP(
                    "errors",
                    "This vault is not kept in the system keyring; unlock it with its passphrase.",
                ),
            )
        vault_key = keyring_store.load_key(self.key_id)
        try:
            return self._verified(vault_key)
        except CorruptFileError:
            raise KeyringUnavailableError(
                template=QT_TRANSLATE_NOOP(
                    "errors",
                    "The key in the system keyring does not open this vault (or its key file "
                    "{path} is damaged). Unlock with the passphrase or recovery key.",
                ),
                params={"path": self.path},
            ) from None

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        slot = self.slot("passphrase")
        if slot is None:
            raise WrongPassphraseError(
                template=QT_TRANSLATE_NOOP(
                    "errors",
                    "This vault has no passphrase; it is unlocked through the system keyring.",
                ),
            )
        if not kdf.check_params(slot.get("kdf")):
            raise damaged(self.path, "bad key derivation parameters")
        kek = subkey(kdf.derive(slot["kdf"], passphrase), "passphrase-slot")
        vault_key = _unwrap(kek, slot, self.key_id)
        if vault_key is None:
            raise WrongPassphraseError(
                template=QT_TRANSLATE_NOOP(
                    "errors",
                    "That passphrase does not open this vault. Check it (Caps Lock, keyboard "
                    "layout) and try again. If you are sure it is right, the key file {path} "
                    "may be damaged: use your recovery key.",
                ),
                params={"path": self.path},
            )
        return self._verified(vault_key)

    def unlock_with_recovery_key(self, text: str) -> bytes:
        slot = self.slot("recovery")
        secret = parse_recovery_key(text)
        vault_key = None
        if slot is not None and secret is not None:
            vault_key = _unwrap_recovery(secret, slot, self.key_id)
        if vault_key is None:
            raise WrongPassphraseError(
                template=QT_TRANSLATE_NOOP(
                    "errors",
                    "That recovery key does not open this vault. Check each group of four "
                    "characters and try again.",
                ),
            )
        return self._verified(vault_key)


def read_keystore(path: Path) -> KeyStore:
    with open(path, "rb") as handle:
        data = handle.read()
    return KeyStore.decode(path, data)


def keystore_exists(data_dir: Path) -> bool:
    """True once a vault was created in `data_dir` (its key store, or the backup of it)."""
    path = data_dir / KEYSTORE_NAME
    return path.exists() or backup_path(path).exists()


def load_keystore(data_dir: Path, notices: list[str]) -> KeyStore:
    """The key store of the vault in `data_dir`, from its backup when it is damaged (the
    restore is noted in `notices`)."""
    path = data_dir / KEYSTORE_NAME
    if not keystore_exists(data_dir):
        raise VaultNotInitializedError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "There is no vault in {folder} yet. Create one with `ombud-desktop "
                "vault init` (or open the app).",
            ),
            params={"folder": data_dir},
        )
    store, _ = read_versioned(path, lambda data: KeyStore.decode(path, data), data_dir, notices)
    return store


__all__ = [
    "KEYSTORE_NAME",
    "KeyStore",
    "format_recovery_key",
    "keystore_exists",
    "load_keystore",
    "parse_recovery_key",
    "read_keystore",
]
