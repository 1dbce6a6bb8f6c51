"""No file of the hostile corpus ends in a traceback, a hang, a raw library warning or a
process over 1 GiB, from attach through render to every export (each in its own
process, measured); and no damaged variant of one crashes the converter."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ombud_desktop.documents.attachments import AttachmentInput, convert
from ombud_desktop.documents.errors import AttachmentError
from tests.documents import hostile
from tests.documents.measured import GIB
from tests.documents.test_large_photos import run_pipeline

# What must never reach the person: a traceback, a library's own warning or file path.
RAW = re.compile(
    r"Traceback|site-packages|\.py:\d+|Warning|warnings\.warn|Fax\dDecode|TIFF\w+:|"
    r"startxref|unexpected error",
    re.IGNORECASE,
)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(hostile.CORPUS))
def test_attach_render_export_never_crashes_hangs_or_grows_past_1_gib(
    name: str, tmp_path: Path
) -> None:
    filename, make = hostile.CORPUS[name]
    path = tmp_path / filename
    path.write_bytes(make())
    try:
        codes, stderr, peak = run_pipeline(path, tmp_path / "work")
    except subprocess.TimeoutExpired:  # pragma: no cover - the failure being guarded
        pytest.fail(f"{name}: attach -> render -> export did not finish in 10 minutes")
    assert not RAW.search(stderr), stderr
    assert peak < GIB, f"{name}: {peak / 2**20:.0f} MiB"
    for step, code in codes.items():
        if code != 0:  # refused: the app's own sentence, naming the file
            said = [line for line in stderr.splitlines() if filename in line]
            assert said and all(line.startswith("ombud-desktop: ") for line in said), (
                step,
                stderr,
            )
    if codes["attach"] == 0 and name != "pdf_protected":  # accepted: every output made
        assert set(codes.values()) == {0}, (codes, stderr)


def _small_corpus() -> list[tuple[str, bytes]]:
    made = [(filename, make()) for filename, make in hostile.CORPUS.values()]
    return [(filename, data) for filename, data in made if 0 < len(data) <= 8_000]


SMALL = _small_corpus()


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    choice=st.integers(0, len(SMALL) - 1),
    cut=st.floats(0.05, 1.0),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=12),
)
def test_a_damaged_copy_of_any_file_is_pages_or_a_message(
    choice: int, cut: float, flips: list[tuple[float, int]]
) -> None:
    filename, data = SMALL[choice]
    damaged = bytearray(data[: max(1, int(len(data) * cut))])
    for where, value in flips:
        damaged[min(len(damaged) - 1, int(where * len(damaged)))] = value
    try:
        converted = convert(AttachmentInput(filename, bytes(damaged)))
    except AttachmentError as refused:
        assert str(refused).startswith(f"{filename}: ")
    else:
        assert converted.pages >= 1
