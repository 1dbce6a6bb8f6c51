"""Attachments: streamed import, type from bytes, SHA-256, pages, progress, cancel."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

from ombud_desktop.filetypes import recorded_kind as detect_kind
from ombud_desktop.vault import OperationCancelledError, Vault, VaultError
from tests.vault.conftest import sample_answers


def _pdf(pages: int) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(612, 792)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _image(fmt: str, frames: int = 1) -> bytes:
    from PIL import Image

    images = [Image.new("RGB", (8, 8), (i * 40, 0, 0)) for i in range(frames)]
    out = io.BytesIO()
    images[0].save(out, fmt, save_all=frames > 1, append_images=images[1:])
    return out.getvalue()


@pytest.mark.parametrize(
    ("fmt", "kind"),
    [("PNG", "png"), ("JPEG", "jpeg"), ("GIF", "gif"), ("BMP", "bmp"), ("WEBP", "webp"),
     ("TIFF", "tiff")],
)  # fmt: skip
def test_type_comes_from_the_bytes(fmt: str, kind: str) -> None:
    assert detect_kind(_image(fmt)) == kind


def test_type_detection_for_pdf_heic_and_other() -> None:
    assert detect_kind(_pdf(1)) == "pdf"
    assert detect_kind(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00") == "heic"
    assert detect_kind(b"PK\x03\x04 a zip named scan.pdf") == "other"
    assert detect_kind(b"") == "other"


def test_import_records_facts_and_reads_back(vault: Vault, tmp_path: Path) -> None:
    record = vault.create_case(sample_answers())
    source = tmp_path / "receipt notice.jpg"  # the name lies: it is a PDF
    content = _pdf(3)
    source.write_bytes(content)
    entry = vault.add_attachment(record, source, category="received_from_uscis", title="I-797")
    assert entry == {
        "id": entry["id"],
        "category": "received_from_uscis",
        "title": "I-797",
        "original_filename": "receipt notice.jpg",
        "pages": 3,
        "sha256": hashlib.sha256(content).hexdigest(),
        "added_on": entry["added_on"],
    }
    loaded = vault.load_case(record.id)
    assert loaded.answers["documents"] == [entry]
    assert loaded.attachments[entry["id"]]["media_type"] == "application/pdf"
    assert loaded.attachments[entry["id"]]["size"] == len(content)
    assert vault.read_attachment(record.id, entry["id"]) == content
    with vault.open_attachment(record.id, entry["id"]) as stream:
        stream.seek(-5, io.SEEK_END)
        assert stream.read() == content[-5:]


def test_page_counts_for_images_and_tiff_frames(vault: Vault) -> None:
    record = vault.create_case(sample_answers())
    tiff = vault.add_attachment(record, io.BytesIO(_image("TIFF", 4)), category="other")
    png = vault.add_attachment(record, io.BytesIO(_image("PNG")), category="other")
    other = vault.add_attachment(record, io.BytesIO(b"plain notes"), category="other")
    assert (tiff["pages"], png["pages"], other["pages"]) == (4, 1, None)


def test_progress_is_reported_and_cancel_leaves_nothing(vault: Vault, tmp_path: Path) -> None:
    record = vault.create_case(sample_answers())
    big = tmp_path / "big.bin"
    big.write_bytes(b"\x01" * (3 * 1024 * 1024 + 10))
    seen: list[tuple[int, int | None]] = []
    vault.add_attachment(record, big, category="other", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (big.stat().st_size, big.stat().st_size) and len(seen) == 4
    files_before = sorted(p.name for p in vault.case_dir(record.id).iterdir())

    with pytest.raises(OperationCancelledError, match="Nothing was added"):
        vault.add_attachment(
            record, big, category="other", cancelled=lambda: len(seen) > 5,
            progress=lambda d, t: seen.append((d, t)),
        )  # fmt: skip
    assert sorted(p.name for p in vault.case_dir(record.id).iterdir()) == files_before
    assert len(vault.load_case(record.id).answers["documents"]) == 1


def test_unknown_category_and_missing_file(vault: Vault, tmp_path: Path) -> None:
    record = vault.create_case(sample_answers())
    with pytest.raises(VaultError, match="Unknown category"):
        vault.add_attachment(record, io.BytesIO(b"x"), category="passport")
    with pytest.raises(VaultError, match="Could not read"):
        vault.add_attachment(record, tmp_path / "missing.pdf", category="other")


def test_remove_attachment(vault: Vault) -> None:
    record = vault.create_case(sample_answers())
    entry = vault.add_attachment(record, io.BytesIO(b"abc"), category="consent")
    vault.remove_attachment(record, entry["id"])
    assert vault.load_case(record.id).answers["documents"] == []
    assert not list(vault.case_dir(record.id).glob("att-*"))


def test_handoff_carries_attachments(vault: Vault, tmp_path: Path) -> None:
    record = vault.create_case(sample_answers())
    content = _pdf(2)
    entry = vault.add_attachment(record, io.BytesIO(content), category="g28")
    out = vault.export_handoff(record.id, tmp_path / "h.ombud", "hand-off passphrase here")
    other = Vault(tmp_path / "other-vault")
    other.initialize(passphrase="other vault passphrase", use_keyring=False)
    imported = other.import_handoff(out, "hand-off passphrase here")
    assert imported.answers == vault.load_case(record.id).answers
    assert other.read_attachment(imported.id, entry["id"]) == content
    other.close()


def test_handoff_with_path_like_ids_is_refused(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hand-off made by someone hostile (who knows its passphrase) cannot write files
    outside the case folder through crafted attachment ids."""
    record = vault.create_case(sample_answers())
    record.attachments = {"../../escape": {"size": 3, "kind": "other", "media_type": "x"}}
    monkeypatch.setattr(vault, "load_case", lambda case_id: record)
    monkeypatch.setattr(vault, "open_attachment", lambda case, att: io.BytesIO(b"abc"))
    out = vault.export_handoff(record.id, tmp_path / "evil.handoff", "hand-off passphrase here")
    monkeypatch.undo()
    with pytest.raises(VaultError, match="cannot use"):
        vault.import_handoff(out, "hand-off passphrase here", on_conflict="new_id")
    assert not list(tmp_path.parent.rglob("*escape.ombud*"))
    assert [c.id for c in vault.list_cases()] == [record.id]


def test_stray_entries_in_the_cases_folder_are_ignored(vault: Vault) -> None:
    record = vault.create_case(sample_answers())
    (vault.data_dir / "cases" / "notes.txt").write_text("not a case")
    (vault.data_dir / "cases" / "Not-An-Id").mkdir()
    assert [c.id for c in vault.list_cases()] == [record.id]


def test_handoff_does_not_depend_on_the_editable_documents_list(
    vault: Vault, tmp_path: Path
) -> None:
    record = vault.create_case(sample_answers())
    entry = vault.add_attachment(record, io.BytesIO(b"consent form"), category="consent")
    record.answers["documents"][0]["sha256"] = "edited by hand"
    vault.save_case(record)
    out = vault.export_handoff(record.id, tmp_path / "h", "hand-off passphrase here")
    copy = vault.import_handoff(out, "hand-off passphrase here", on_conflict="new_id")
    assert vault.read_attachment(copy, entry["id"]) == b"consent form"
