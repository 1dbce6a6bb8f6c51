"""The vault's file envelope (see docs/vault-format.md).

    magic "OMBUDVLT" | version u16 | kind u8 | params_len u32 | params (JSON) |
    nonce_len u8 | nonce | body

Everything before the body is the header; it is the AEAD associated data of the body,
so changing any header byte makes decryption fail. Body: AES-256-GCM of the payload
(`seal`), or a chunked stream (see stream.py).
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP
from ombud_desktop.vault.errors import CorruptFileError

if TYPE_CHECKING:  # the cryptography library loads when a key is first used (aesgcm)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"OMBUDVLT"
FORMAT_VERSION = 1
_FIXED = struct.Struct(">8sHBI")  # magic, version, kind, params_len
MAX_PARAMS = 64 * 1024
NONCE_SIZE = 12
TAG_SIZE = 16

KIND_KEYSTORE = 1
KIND_CASE_KEY = 2
KIND_RECORD = 3
KIND_ATTACHMENT = 4
KIND_HANDOFF = 5
KIND_PROFILE = 6
KIND_VAULT_STATE = 7
KIND_NAMES = {
    KIND_KEYSTORE: "key store",
    KIND_CASE_KEY: "case key",
    KIND_RECORD: "case record",
    KIND_ATTACHMENT: "attachment",
    KIND_HANDOFF: "hand-off file",
    KIND_PROFILE: "submitter profile",
    KIND_VAULT_STATE: "vault state",
}


def damaged(path: object, detail: str) -> CorruptFileError:
    return CorruptFileError(
        path=path,
        template=QT_TRANSLATE_NOOP(
            "errors", "The file {path} is damaged or was changed outside Ombud Desktop ({detail})."
        ),
        params={"path": path, "detail": detail},
    )


def unreadable(path: Path, err: OSError) -> CorruptFileError:
    return CorruptFileError(
        path=path,
        template=QT_TRANSLATE_NOOP("errors", "Could not read {path}: {reason}."),
        params={"path": path, "reason": err.strerror},
    )


@dataclass(frozen=True)
class Header:
    kind: int
    params: dict[str, Any]
    nonce: bytes
    raw: bytes  # the exact header bytes: associated data of the body


def build_header(kind: int, params: dict[str, Any], nonce: bytes) -> Header:
    blob = json.dumps(params, sort_keys=True, separators=(",", ":")).encode()
    raw = _FIXED.pack(MAGIC, FORMAT_VERSION, kind, len(blob)) + blob
    raw += bytes([len(nonce)]) + nonce
    return Header(kind, params, nonce, raw)


def read_header(source: BinaryIO, path: object, expected_kind: int) -> Header:
    """Read and check a header from the start of `source` (left positioned at the body)."""
    fixed = source.read(_FIXED.size)
    if len(fixed) < _FIXED.size:
        raise damaged(path, "too short")
    magic, version, kind, params_len = _FIXED.unpack(fixed)
    if magic != MAGIC:
        raise damaged(path, "not an Ombud Desktop vault file")
    if version != FORMAT_VERSION:
        raise damaged(
            path,
            f"format version {version}; this app reads version {FORMAT_VERSION} — "
            "if it came from a newer Ombud Desktop, update this one",
        )
    if kind != expected_kind:
        raise damaged(path, f"expected a {KIND_NAMES[expected_kind]}")
    if params_len > MAX_PARAMS:
        raise damaged(path, "header too large")
    blob = source.read(params_len)
    nonce_len_byte = source.read(1)
    if len(blob) < params_len or not nonce_len_byte:
        raise damaged(path, "header cut short")
    nonce = source.read(nonce_len_byte[0])
    if len(nonce) < nonce_len_byte[0]:
        raise damaged(path, "header cut short")
    try:
        params = json.loads(blob.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise damaged(path, "unreadable header") from None
    if not isinstance(params, dict):
        raise damaged(path, "unreadable header")
    return Header(kind, params, nonce, fixed + blob + nonce_len_byte + nonce)


def aesgcm(key: bytes) -> AESGCM:
    """AES-256-GCM under `key`. The cryptography library (~10 ms) loads on this first
    use, not with the module: the app's first screen reads which vault is there and how it
    unlocks (vault/door.py) without it (benchmarks/bench_gui_startup.py)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def subkey(key: bytes, purpose: str, salt: bytes | None = None) -> bytes:
    """A 256-bit key for one purpose, so one secret never encrypts two kinds of data."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=f"ombud/{purpose}".encode()
    ).derive(key)


def seal(key: bytes, kind: int, params: dict[str, Any], plaintext: bytes) -> bytes:
    """Encrypt `plaintext` with a fresh random nonce; the header is authenticated."""
    header = build_header(kind, params, os.urandom(NONCE_SIZE))
    return header.raw + aesgcm(key).encrypt(header.nonce, plaintext, header.raw)


def parse_sealed(data: bytes, path: object, expected_kind: int) -> tuple[Header, bytes]:
    """Split a sealed file into its header and ciphertext, without decrypting."""
    import io

    source = io.BytesIO(data)
    header = read_header(source, path, expected_kind)
    if len(header.nonce) != NONCE_SIZE:
        raise damaged(path, "bad nonce")
    return header, data[len(header.raw) :]


def open_sealed(key: bytes, header: Header, ciphertext: bytes, path: object) -> bytes:
    from cryptography.exceptions import InvalidTag

    try:
        return aesgcm(key).decrypt(header.nonce, ciphertext, header.raw)
    except InvalidTag:
        raise damaged(path, "integrity check failed") from None


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as err:
        raise unreadable(path, err) from err
