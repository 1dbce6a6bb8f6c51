from __future__ import annotations

import email.policy
import hashlib
import json
import subprocess
from email.parser import BytesParser
from pathlib import Path

import pytest

from ombud_desktop.export.destinations import load_destinations
from ombud_desktop.export.options import ExportOptions
from ombud_desktop.export.progress import ExportCancelled, Progress
from ombud_desktop.export.run import export_case
from tests.export.samples import sample_source


def _manifest_hashes(folder: Path) -> dict[str, str]:
    manifest = json.loads((folder / "manifest.json").read_text())
    return {Path(f["path"]).name: f["sha256"] for f in manifest["files"]}


def test_email_bundle_attachments_extracted_by_munpack_match_the_manifest(tmp_path: Path) -> None:
    result = export_case(
        sample_source(), ExportOptions("email"), tmp_path / "out", load_destinations()
    )
    folder = result.path
    assert folder.name == "DHS-7001 Nguyễn Thị Lan IOE0912345678 2026-11-27 email"
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["README.txt", "SHA256SUMS", "attachments", "email.eml", "manifest.json", "message-1.txt"]
    )
    BytesParser(policy=email.policy.strict).parsebytes((folder / "email.eml").read_bytes())
    unpacked = tmp_path / "unpacked"
    unpacked.mkdir()
    subprocess.run(
        ["munpack", "-q", "-C", str(unpacked), str(folder / "email.eml")],
        check=True,
        capture_output=True,
    )
    extracted = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in unpacked.glob("*.pdf")}
    assert len(extracted) == 3
    manifest = _manifest_hashes(folder)
    for name, digest in extracted.items():
        assert manifest[name] == digest


def test_split_email_bundle_lists_what_each_message_carries(tmp_path: Path) -> None:
    source = sample_source(doc_sizes=(900_000, 700_000, 1_100_000, 300_000, 800_000))
    result = export_case(
        source, ExportOptions("email", size_limit_mb=2), tmp_path / "out", load_destinations()
    )
    manifest = json.loads((result.path / "manifest.json").read_text())
    parts = manifest["email_messages"]
    assert len(parts) == result.messages >= 3
    assert sorted(n for part in parts for n in part) == sorted(
        p.name for p in (result.path / "attachments").iterdir()
    )
    readme = (result.path / "README.txt").read_text("utf-8-sig")
    assert f"There are {result.messages} messages" in readme


def test_readme_has_steps_contacts_with_dates_and_the_confirm_notice(tmp_path: Path) -> None:
    result = export_case(sample_source(), ExportOptions("email"), tmp_path, load_destinations())
    readme = (result.path / "README.txt").read_text("utf-8-sig")
    assert "cisombudsman@hq.dhs.gov" in readme
    assert "last checked 11/27/2026" in readme
    assert "changed how it operates in 2025" in readme
    assert "1. Open email.eml" in readme
    assert "not encrypted" in readme
    raw = (result.path / "README.txt").read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")  # CRLF only: old Notepad shows the lines


def test_readme_second_part_uses_the_translation_function(tmp_path: Path) -> None:
    def shout(text: str) -> str:  # stands in for a catalogue: visible, keeps placeholders
        return text.replace("Check the message", "KIỂM TRA THƯ")

    result = export_case(
        sample_source(),
        ExportOptions("email"),
        tmp_path,
        load_destinations(),
        translate=shout,
        language_name="Tiếng Việt",
    )
    readme = (result.path / "README.txt").read_text("utf-8-sig")
    english, _, other = readme.partition("Tiếng Việt\n")
    assert "2. Check the message" in english
    assert "2. KIỂM TRA THƯ" in other


def test_cancelled_email_export_leaves_no_bundle(tmp_path: Path) -> None:
    progress = Progress()
    steps: list[str] = []

    def report(step: str, done: int, total: int) -> None:
        steps.append(step)
        if step.startswith("Saving"):
            progress.cancel()

    progress.report = report
    out = tmp_path / "out"
    with pytest.raises(ExportCancelled):
        export_case(
            sample_source(), ExportOptions("email"), out, load_destinations(), progress=progress
        )
    assert list(out.iterdir()) == []
    assert "Making the email message" in steps


def test_zip_export_is_a_single_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = export_case(
        sample_source(), ExportOptions("email", as_zip=True), out, load_destinations()
    )
    assert [p.name for p in out.iterdir()] == [result.path.name]
    assert result.path.suffix == ".zip"


def test_full_disk_during_an_export_gives_a_clear_message_and_leaves_nothing(
    tmp_path: Path,
) -> None:
    from ombud_desktop.errors import UserFacingError
    from ombud_desktop.export.bundle import BundleWriter
    from tests.export.samples import full_disk_opener

    out = tmp_path / "stick"
    writer = BundleWriter(out, "bundle", opener=full_disk_opener(50_000))
    with pytest.raises(UserFacingError) as caught:
        export_case(
            sample_source(doc_sizes=(200_000,)),
            ExportOptions("email"),
            out,
            load_destinations(),
            writer=writer,
        )
    assert "not enough free space" in str(caught.value)
    assert list(out.iterdir()) == []
