"""Attaching a file of hundreds of megabytes costs memory for its pages, not for its
size: the attach check reads the file as it goes and the vault streams it in (measured
in a separate process: peak resident memory and bytes read while attaching). A big file
of no document type is refused from its first bytes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ombud_desktop.documents.errors import AttachmentError
from ombud_desktop.documents.sniff import kind_of
from tests.documents import hostile

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/clear_refs").exists(), reason="peak memory is read from Linux /proc"
)
REPO_ROOT = Path(__file__).resolve().parents[2]
MIB = 1024 * 1024
BIG = 256 * MIB
CEILING = BIG // 4  # generous: the pages' parsing and the import's buffers, not the file

BIG_FILES: dict[str, Callable[[str], None]] = {
    "scan.pdf": lambda path: hostile.write_big_scan_pdf(path, BIG),
    "motion.jpg": lambda path: hostile.write_motion_photo(path, BIG),
}


def _attach(way: str, path: Path, tmp_path: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.documents.attach_driver", way, path, tmp_path / "vault"],
        capture_output=True, text=True, timeout=600, cwd=REPO_ROOT,
        env=dict(os.environ, PYTHONPATH=str(REPO_ROOT), OMBUD_KDF_PROFILE="test"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize("way", ["gui", "cli"])
@pytest.mark.parametrize("name", sorted(BIG_FILES))
def test_a_big_document_is_attached_without_holding_it(way: str, name: str, tmp_path: Path):
    path = tmp_path / name
    BIG_FILES[name](str(path))
    assert path.stat().st_size > BIG

    attached = _attach(way, path, tmp_path)

    assert attached["added"], attached["message"]
    assert int(str(attached["growth_kib"])) * 1024 < CEILING


@pytest.mark.parametrize("way", ["gui", "cli"])
def test_a_big_file_of_no_document_type_is_refused_from_its_first_bytes(way: str, tmp_path):
    path = tmp_path / "backup.img"
    hostile.write_big_unknown(str(path), 2 * BIG)
    with path.open("rb") as file, pytest.raises(AttachmentError) as expected:
        kind_of(path.name, file.read(2048))

    refused = _attach(way, path, tmp_path)

    assert not refused["added"]
    assert refused["message"] == str(expected.value)
    assert "not a file type the app reads" in str(refused["message"])
    assert int(str(refused["read"])) < MIB
    assert int(str(refused["growth_kib"])) * 1024 < 16 * MIB
