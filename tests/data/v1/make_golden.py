"""Made the version-1 golden files beside it, once, with the app as it was then:

    vault/         a passphrase vault ("correct horse battery staple") holding two cases,
                   the first with one attached PNG (tests/data/v1/expected.json says what)
    case.handoff   a hand-off file of the first case (passphrase "a hand-off passphrase 42")

tests/vault/test_golden_v1.py opens them with today's code. They must never be made again
with a newer app: they stand for the data people already have. A new format version gets
its own folder (v2/ ...) and script, and this one stays as it is.

    OMBUD_KDF_PROFILE=test .venv/bin/python tests/data/v1/make_golden.py
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

VAULT_PASSPHRASE = "correct horse battery staple"
HANDOFF_PASSPHRASE = "a hand-off passphrase 42"


def _answers(first: str, last: str, receipt: str) -> dict[str, object]:
    return {
        "schema": "ombud-case/1",
        "subject": {"kind": "person", "first_name": first, "last_name": last},
        "filings": [{"form_number": "I-130", "receipt_number": receipt}],
        "reasons": {"problem_description": f"Golden v1 case of {first} {last}."},
    }


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def main() -> None:
    if os.environ.get("OMBUD_KDF_PROFILE") != "test":
        raise SystemExit("set OMBUD_KDF_PROFILE=test: the golden files use tiny KDF costs")
    from ombud_desktop.vault import Vault

    target = HERE / "vault"
    if target.exists() or (HERE / "case.handoff").exists():
        raise SystemExit("the golden files exist already: they are made once, never again")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "vault"
        png = _png()
        with Vault(folder) as vault:
            vault.initialize(passphrase=VAULT_PASSPHRASE, use_keyring=False)
            first = vault.create_case(_answers("Ana", "Golden", "IOE0123456789"))
            second = vault.create_case(_answers("Bo", "Golden", "EAC2490000001"))
            source = Path(scratch) / "red.png"
            source.write_bytes(png)
            entry = vault.add_attachment(
                first, source, category="received_from_uscis", title="Red square"
            )
            vault.export_handoff(first.id, HERE / "case.handoff", HANDOFF_PASSPHRASE)
        shutil.copytree(folder, target, ignore=shutil.ignore_patterns("*.lock", "lock"))
    expected = {
        "vault_passphrase": VAULT_PASSPHRASE,
        "handoff_passphrase": HANDOFF_PASSPHRASE,
        "cases": {first.id: "Ana Golden", second.id: "Bo Golden"},
        "handoff_case": first.id,
        "attachment": {
            "case": first.id,
            "id": entry["id"],
            "title": "Red square",
            "sha256": hashlib.sha256(png).hexdigest(),
            "size": len(png),
        },
    }
    (HERE / "expected.json").write_text(json.dumps(expected, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
