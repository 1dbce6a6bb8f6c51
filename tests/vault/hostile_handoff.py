"""Forged hand-off files: authentic (made with the passphrase, as a sender could) but
holding whatever record, file list, data or key-derivation parameters a test wants."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ombud_desktop.vault import handoff, kdf
from ombud_desktop.vault.atomic import AtomicFile
from ombud_desktop.vault.fileformat import KIND_HANDOFF
from ombud_desktop.vault.stream import StreamWriter

PASSPHRASE = "quokka lantern basalt fjord"


def record_body(case_id: str = "abcdefghjk", files: dict[str, bytes] | None = None) -> dict:
    files = files or {}
    return {
        "format": "ombud-case-record/1",
        "id": case_id,
        "answers": {
            "schema": "ombud-case/1",
            "subject": {"first_name": "Rosa", "last_name": "Mendez"},
            "documents": [
                {
                    "id": ident,
                    "category": "other",
                    "title": "Letter",
                    "original_filename": "letter.pdf",
                    "pages": 1,
                    "sha256": _sha(data),
                    "added_on": "2026-01-02",
                }
                for ident, data in files.items()
            ],
        },
        "meta": {
            "status": "draft",
            "created_at": "2026-01-02T10:00:00+00:00",
            "updated_at": "2026-01-02T10:00:00+00:00",
            "sent": None,
            "ui_state": {},
            "attachments": {
                ident: {
                    "size": len(data),
                    "kind": "pdf",
                    "media_type": "application/pdf",
                    "sha256": _sha(data),
                }
                for ident, data in files.items()
            },
        },
    }


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def listing(files: dict[str, bytes]) -> list[dict[str, Any]]:
    return [{"id": i, "size": len(d), "sha256": _sha(d)} for i, d in files.items()]


def forge(
    path: Path,
    manifest: Any,
    payload: bytes = b"",
    *,
    kdf_params: dict[str, Any] | None = None,
    raw_manifest: bytes | None = None,
) -> Path:
    params = kdf_params or kdf.new_params()
    key = kdf.derive(params, PASSPHRASE) if kdf_params is None else b"\0" * 32
    data = raw_manifest if raw_manifest is not None else json.dumps(manifest).encode()
    header = {"format": handoff.FORMAT, "kdf": params, "check": handoff._check_value(key),
              "created": "2026-01-02T10:00:00+00:00"}  # fmt: skip
    with AtomicFile(path) as sink:
        writer = StreamWriter(sink, key, KIND_HANDOFF, header, handoff.PURPOSE)
        writer.write(handoff._LEN.pack(len(data)) + data + payload)
        writer.close()
    return path
