"""Very large photos render and export in under 1 GiB (measured in a separate process)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.documents import hostile
from tests.documents.measured import GIB, run_measured

DRIVER = str(Path(__file__).with_name("pipeline_driver.py"))


def run_pipeline(path: Path, work: Path) -> tuple[dict[str, int], str, int]:
    """(exit code of each step, the app's stderr, peak bytes) of attach -> render ->
    export of one file, in a fresh process."""
    done, peak = run_measured(
        [sys.executable, DRIVER, str(path), str(work)],
        timeout=600,
        env={"OMBUD_DEBUG": "1", "OMBUD_DATA_DIR": str(work / "data")},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1]), done.stderr, peak


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("photo-100mp.jpg", lambda p: hostile.write_big_jpeg(str(p), (12000, 8400))),
        ("scan-94mp.png", lambda p: hostile.big_png(str(p), (11200, 8400), "RGBA")),
    ],
)
def test_a_100_megapixel_photo_renders_and_exports_under_1_gib(
    tmp_path: Path, name: str, make
) -> None:
    photo = tmp_path / name
    make(photo)
    codes, stderr, peak = run_pipeline(photo, tmp_path / "work")
    assert set(codes.values()) == {0}, (codes, stderr)
    print(f"{name}: peak {peak / 2**20:.0f} MiB for attach, render and every export")
    assert peak < GIB
