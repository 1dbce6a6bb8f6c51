"""Hand-off files: one passphrase-encrypted file holding a whole case (answers, metadata
and attachments) to pass to another volunteer or a supervisor, e.g. on a USB stick.

Layout: a KIND_HANDOFF header (KDF parameters, a passphrase check value, stream salt)
followed by a chunked stream (stream.py) of: 8-byte manifest length | manifest JSON |
each attachment's bytes in manifest order. The import re-encrypts everything under a
fresh case key and checks each attachment's SHA-256 before the case appears.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TypedDict

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP
from ombud_desktop.vault import kdf
from ombud_desktop.vault.atomic import AtomicFile
from ombud_desktop.vault.attachments import Progress, encrypt_into
from ombud_desktop.vault.cases import CaseVault, NewCase
from ombud_desktop.vault.errors import (
    CaseExistsError,
    OperationCancelledError,
    VaultError,
    WrongPassphraseError,
)
from ombud_desktop.vault.fileformat import KIND_HANDOFF, damaged, read_header, subkey
from ombud_desktop.vault.passphrase_strength import require_strong
from ombud_desktop.vault.record_schema import RecordShapeError, check_handoff
from ombud_desktop.vault.records import AttachmentFacts, CaseRecord, new_id
from ombud_desktop.vault.stream import ChunkedReader, Source, StreamWriter, copy_stream

FORMAT = "ombud-handoff/1"
PURPOSE = "handoff"
_CHECK = b"ombud-handoff-check"
_LEN = struct.Struct(">Q")
MAX_MANIFEST = 64 * 1024 * 1024
OnConflict = Literal["refuse", "replace", "new_id"]


def _check_value(key: bytes) -> dict[str, str]:
    nonce = os.urandom(12)
    value = AESGCM(subkey(key, "handoff-check")).encrypt(nonce, _CHECK, None)
    return {"nonce": base64.b64encode(nonce).decode(), "value": base64.b64encode(value).decode()}


def _passes_check(key: bytes, check: Any) -> bool:
    try:
        nonce = base64.b64decode(check["nonce"])
        value = base64.b64decode(check["value"])
        return AESGCM(subkey(key, "handoff-check")).decrypt(nonce, value, None) == _CHECK
    except (InvalidTag, KeyError, TypeError, ValueError):
        return False


def export_handoff(
    vault: CaseVault,
    case_id: str,
    out: Path,
    passphrase: str,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write case `case_id` to the hand-off file `out` (which must not exist).

    `progress(bytes_done, total)` is called as attachments are written; `cancelled()`
    returning True stops it and leaves no file behind."""
    if not passphrase:
        raise VaultError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "A hand-off file needs a passphrase to protect it.",
            ),
        )
    require_strong(passphrase)
    if out.exists():
        raise VaultError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "{path} already exists; choose another file name (nothing was changed).",
            ),
            params={"path": out},
        )
    record = vault.load_case(case_id)
    params = kdf.new_params()
    key = kdf.derive(params, passphrase)
    listed: list[_ListedFile] = [
        {"id": doc_id, "size": facts["size"], "sha256": _sha256(vault, record, doc_id, facts)}
        for doc_id, facts in record.attachments.items()
    ]
    manifest = json.dumps(
        {"record": json.loads(record.to_payload()), "attachments": listed}, ensure_ascii=False
    ).encode("utf-8")
    total = sum(item["size"] for item in listed)
    header_params = {
        "format": FORMAT,
        "kdf": params,
        "check": _check_value(key),
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    with AtomicFile(out) as sink:
        writer = StreamWriter(sink, key, KIND_HANDOFF, header_params, PURPOSE)
        writer.write(_LEN.pack(len(manifest)) + manifest)
        done = 0
        for item in listed:
            with vault.open_attachment(record, item["id"]) as plain:
                copied = copy_stream(
                    plain,
                    writer.write,
                    progress=_offset(progress, done, total),
                    cancelled=_export_cancelled(cancelled),
                )
            done += copied
        writer.close()
    return out


def _offset(progress: Progress | None, before: int, total: int) -> Progress | None:
    """Progress within one attachment, as progress of the whole file."""
    if progress is None:
        return None
    return lambda done, _size: progress(before + done, total)


def _export_cancelled(cancelled: Callable[[], bool] | None) -> Callable[[], bool] | None:
    """`cancelled`, raising the export's own message (the temp file is removed)."""
    if cancelled is None:
        return None

    def check() -> bool:
        if cancelled():
            raise OperationCancelledError(
                template=QT_TRANSLATE_NOOP("errors", "Cancelled. No hand-off file was written.")
            )
        return False

    return check


class _ListedFile(TypedDict):
    """One file in the hand-off's manifest, in the order its bytes follow."""

    id: str
    size: int
    sha256: str


def _sha256(vault: CaseVault, record: CaseRecord, doc_id: str, facts: AttachmentFacts) -> str:
    """The attachment's plaintext SHA-256, recorded at import (else computed now)."""
    recorded = facts.get("sha256")
    if isinstance(recorded, str):
        return recorded
    digest = hashlib.sha256()
    with vault.open_attachment(record, doc_id) as plain:
        copy_stream(plain, digest.update)
    return digest.hexdigest()


class _Limited:
    """Read at most `size` bytes from `source` (one attachment inside the hand-off)."""

    def __init__(self, source: Source, size: int) -> None:
        self._source, self._left = source, size

    def read(self, n: int = -1, /) -> bytes:
        n = self._left if n < 0 else min(n, self._left)
        data = self._source.read(n)
        self._left -= len(data)
        return data


def open_handoff(path: Path, passphrase: str) -> tuple[ChunkedReader, dict[str, Any]]:
    """Open and authenticate a hand-off file; returns (plaintext stream, manifest)."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - owned by the returned reader
    except OSError as err:
        raise VaultError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "Could not read {path}: {reason}.",
            ),
            params={"path": path, "reason": err.strerror},
        ) from err
    try:
        header = read_header(handle, path, KIND_HANDOFF)
        if header.params.get("format") != FORMAT or not kdf.check_params(header.params.get("kdf")):
            raise damaged(path, "not a hand-off file this app can read")
        if not kdf.check_params(header.params["kdf"], kdf.WRITTEN_LIMITS):
            raise VaultError(
                template=QT_TRANSLATE_NOOP(
                    "errors",
                    "The hand-off file {name} asks for far more memory or time to open than "
                    "Ombud Desktop ever uses, so it was not opened: it was not made by this "
                    "app, or it was changed. Ask the sender to make it again.",
                ),
                params={"name": path.name},
            )
        key = kdf.derive(header.params["kdf"], passphrase)
        if not _passes_check(key, header.params.get("check")):
            raise WrongPassphraseError(
                template=QT_TRANSLATE_NOOP(
                    "errors",
                    "That passphrase does not open the hand-off file {name}. Ask the person "
                    "who made it for the passphrase they chose.",
                ),
                params={"name": path.name},
            )
        reader = ChunkedReader(handle, key, header, PURPOSE, path)
    except BaseException:
        handle.close()
        raise
    try:
        manifest = _read_manifest(reader, path)
    except BaseException:
        reader.close()
        raise
    return reader, manifest


def _read_manifest(reader: ChunkedReader, path: Path) -> dict[str, Any]:
    """The manifest, checked against the case record's shape before anything is written."""
    (length,) = _LEN.unpack(reader.read(_LEN.size).ljust(_LEN.size, b"\0"))
    try:
        if length > MAX_MANIFEST:
            raise RecordShapeError("the list of contents is too large")
        try:
            manifest = json.loads(reader.read(length).decode("utf-8"))
        except RecursionError:
            raise RecordShapeError("the contents are nested too deeply") from None
        except ValueError:
            raise RecordShapeError("the list of contents is not readable") from None
        if not isinstance(manifest, dict) or set(manifest) != {"record", "attachments"}:
            raise RecordShapeError("the list of contents is not a record and its files")
        check_handoff(manifest["record"], manifest["attachments"])
    except RecordShapeError as err:
        raise VaultError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "The hand-off file {name} holds a case this app cannot use ({problem}). "
                "Nothing was imported. Ask the person who sent it to make the hand-off file "
                "again with Ombud Desktop.",
            ),
            params={"name": path.name, "problem": str(err)},
        ) from None
    return dict(manifest)


def import_handoff(
    vault: CaseVault,
    path: Path,
    passphrase: str,
    *,
    on_conflict: OnConflict = "refuse",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CaseRecord:
    """Add the case in hand-off file `path` to the vault; returns the imported record.

    An existing case with the same id is never overwritten unless on_conflict="replace";
    "new_id" imports it as a separate case.
    """
    vault.require_writable()
    reader, manifest = open_handoff(path, passphrase)
    with reader:
        record = CaseRecord.from_payload(json.dumps(manifest["record"]).encode())
        existing = vault.case_dir(record.id).exists()
        if existing and on_conflict == "refuse":
            raise CaseExistsError(
                template=QT_TRANSLATE_NOOP(
                    "errors",
                    "Case {case_id} is already in this vault. Nothing was changed. Import it "
                    "as a new case (--new-id) or replace the one here (--replace).",
                ),
                params={"case_id": record.id},
            )
        if existing and on_conflict == "new_id":
            record.id = new_id()
        record.fingerprint = None
        with vault.new_case_folder(record, replace=on_conflict == "replace") as new_case:
            _fill_attachments(reader, manifest, record, new_case, path, progress, cancelled)
    return vault.load_case(record.id)


def _fill_attachments(
    reader: ChunkedReader,
    manifest: dict[str, Any],
    record: CaseRecord,
    new_case: NewCase,
    path: Path,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    total = sum(int(item["size"]) for item in manifest["attachments"])
    done = 0
    for item in manifest["attachments"]:
        source = _Limited(reader, int(item["size"]))
        target = new_case.attachment_path(item["id"])
        params = {"case_id": record.id, "attachment_id": item["id"]}
        facts = encrypt_into(
            source, target, new_case.key, params, total=None, progress=None, cancelled=cancelled
        )
        if facts.size != int(item["size"]) or facts.sha256 != item["sha256"]:
            raise damaged(path, f"attachment {item['id']} does not match its checksum")
        done += facts.size
        if progress is not None:
            progress(done, total)
    if reader.read(1):
        raise damaged(path, "unexpected data after the last attachment")
