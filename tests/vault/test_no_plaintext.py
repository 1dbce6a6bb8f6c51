"""No plaintext on disk: a whole workflow with a unique marker in every text answer and in
the attached files leaves the marker nowhere under the data folder, the temp folder or the
home folder, in UTF-8 or UTF-16."""

from __future__ import annotations

import json
import os
import secrets
import tempfile
from pathlib import Path

from ombud_desktop.core.formspec import all_fields
from ombud_desktop.core.model import Case
from ombud_desktop.core.spec_types import JSON_TYPES
from ombud_desktop.vault import Vault
from tests.cli_runner import run_cli
from tests.vault.conftest import PASSPHRASE

MARKER = f"MARK{secrets.token_hex(6)}ZQ"
PATTERNS = [MARKER.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def _answers_with_marker_everywhere() -> dict[str, object]:
    case = Case.from_answers({"schema": "ombud-case/1"})
    filled = 0
    for field in all_fields():
        if JSON_TYPES[field.kind] != "string" or field.id.startswith("documents"):
            continue
        case.set(field.id.replace("[]", ".0"), f"{MARKER} {field.id} é中")
        filled += 1
    assert filled > 40
    return case.to_answers()


def _files_with_marker(*roots: Path) -> tuple[list[str], int]:
    found, scanned = [], 0
    for root in roots:
        for folder, _, names in os.walk(root):
            for name in names:
                path = Path(folder, name)
                if path.is_symlink() or not path.is_file():
                    continue
                data = path.read_bytes()
                scanned += 1
                if any(p in data for p in PATTERNS) or any(p in name.encode() for p in PATTERNS):
                    found.append(str(path))
    return found, scanned


def test_the_scan_itself_finds_the_marker(tmp_path: Path) -> None:
    probe = tmp_path / "probe"
    probe.mkdir()
    (probe / "utf16.txt").write_bytes(f"x{MARKER}y".encode("utf-16-le"))
    assert _files_with_marker(probe)[0] == [str(probe / "utf16.txt")]


def _uncompressed_pdf(line: str) -> bytes:
    import io

    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=0)
    for row in range(40):
        canvas.drawString(72, 760 - row * 18, line)
    canvas.showPage()
    canvas.save()
    assert line.encode() in buffer.getvalue()
    return buffer.getvalue()


def test_workflow_leaves_no_plaintext(tmp_path: Path, passphrase_file: Path) -> None:
    home, data_dir = Path.home(), Path(os.environ["OMBUD_DATA_DIR"])
    temp_dir = Path(tempfile.gettempdir())
    inputs = tmp_path / "user-files"  # what the user chose to import: outside the scan
    inputs.mkdir()
    answers_file = inputs / "answers.json"
    answers_file.write_text(json.dumps(_answers_with_marker_everywhere()), "utf-8")
    scan = inputs / "scan.pdf"  # a PDF whose content stream holds the marker as is
    scan.write_bytes(_uncompressed_pdf(f"Receipt notice {MARKER}"))
    scan16 = inputs / "scan16.txt"
    scan16.write_bytes(f"Notice {MARKER}".encode("utf-16"))

    # Through the CLI (separate processes), as a user would.
    pf = ("--passphrase-file", passphrase_file)
    case_id = run_cli(*pf, "case", "new", "--answers", answers_file).stdout.strip()
    attached = run_cli(*pf, "case", "attach", case_id, scan, "--category", "other",
                       "--title", f"Title {MARKER}")  # fmt: skip
    assert attached.returncode == 0, attached.stderr
    shown = run_cli(*pf, "case", "show", case_id, "--json")
    assert MARKER in shown.stdout  # the answers are really there

    # Through the API: edit, save, attach, profile, hand-off out and back in, delete.
    vault = Vault(data_dir)
    vault.unlock(PASSPHRASE)
    record = vault.load_case(case_id)
    record.answers["reasons"]["desired_outcome"] = f"Edited {MARKER}"
    record.ui_state = {"page": "reasons", "field": f"{MARKER}"}
    vault.save_case(record)
    vault.add_attachment(record, scan16, category="consent")
    vault.save_profile({"name": f"Volunteer {MARKER}"})
    handoff = home / "Desktop" / "case.handoff"
    handoff.parent.mkdir()
    vault.export_handoff(case_id, handoff, "hand-off passphrase")
    copy = vault.import_handoff(handoff, "hand-off passphrase", on_conflict="new_id")
    assert vault.read_attachment(copy, copy.answers["documents"][1]["id"]) == scan16.read_bytes()
    other = Vault(home / "other-vault")
    other.initialize(passphrase="other vault passphrase", use_keyring=False)
    other.import_handoff(handoff, "hand-off passphrase")
    other.close()
    vault.delete_case(copy.id)
    vault.close()
    hp = tmp_path / "hp.txt"
    hp.write_text("hand-off passphrase")
    imported = run_cli(*pf, "case", "import", handoff, "--replace",
                       "--handoff-passphrase-file", hp)  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    assert run_cli(*pf, "case", "delete", case_id, "--yes").returncode == 0

    found, scanned = _files_with_marker(data_dir, temp_dir, home)
    assert found == []
    assert scanned >= 8  # key store, profile, hand-off file, other vault's files ...
