from __future__ import annotations

import datetime as dt
import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from ombud_desktop.errors import UserFacingError
from ombud_desktop.export.bundle import BundleWriter, bundle_name
from ombud_desktop.export.progress import ExportCancelled, Progress
from tests.export.samples import full_disk_opener


def test_bundle_name_is_safe_on_every_system_and_says_what_it_is() -> None:
    name = bundle_name('Lan: "Nguyễn"/Thị', "IOE0912345678", dt.date(2026, 11, 27), "fax")
    assert name == "DHS-7001 Lan Nguyễn Thị IOE0912345678 2026-11-27 fax"


def test_finished_bundle_has_manifest_and_checksums_that_verify(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    writer = BundleWriter(tmp_path, "bundle")
    writer.add("fax.pdf", b"%PDF-1.4 fake")
    writer.add("attachments/01-a.pdf", b"a" * 5000)
    final = writer.finish({"channel": "fax"})
    assert final == tmp_path / "bundle"
    assert [p.name for p in tmp_path.iterdir()] == ["bundle"]  # no temp folder left
    manifest = json.loads((final / "manifest.json").read_text())
    assert {f["path"] for f in manifest["files"]} == {"fax.pdf", "attachments/01-a.pdf"}
    assert manifest["channel"] == "fax"
    check = subprocess.run(
        ["sha256sum", "--strict", "-c", "SHA256SUMS"], cwd=final, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_an_earlier_export_is_never_overwritten(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    for _ in range(2):
        writer = BundleWriter(tmp_path, "bundle")
        writer.add("a.txt", b"x")
        writer.finish({})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle", "bundle (2)"]


def test_zip_holds_the_folder_and_nothing_else_is_left(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    writer = BundleWriter(tmp_path, "bundle", as_zip=True)
    writer.add("README.txt", b"hello")
    final = writer.finish({})
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.zip"]
    with zipfile.ZipFile(final) as archive:
        assert sorted(archive.namelist()) == [
            "bundle/README.txt",
            "bundle/SHA256SUMS",
            "bundle/manifest.json",
        ]


def test_cancelling_leaves_no_bundle_folder(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    progress = Progress()
    writer = BundleWriter(tmp_path, "bundle", progress=progress)
    writer.add("a.pdf", b"1" * 10)
    progress.cancel()
    with pytest.raises(ExportCancelled):
        writer.add("b.pdf", b"2" * 10)
    assert list(tmp_path.iterdir()) == []


def test_full_disk_gives_a_clear_message_and_leaves_nothing(tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"

    writer = BundleWriter(tmp_path, "bundle", opener=full_disk_opener(3000))
    with pytest.raises(UserFacingError) as caught:
        writer.add("fax.pdf", b"x" * 10_000)
    message = str(caught.value)
    assert "not enough free space" in message and "choose another folder" in message
    assert "Traceback" not in message
    assert list(tmp_path.iterdir()) == []
