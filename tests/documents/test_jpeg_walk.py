"""The attach check walks a JPEG from its file a window at a time: it must find the end
of the picture exactly where the in-memory walk of the page does, wherever the windows
cut the file (through a marker, a segment's length, the scan data)."""

from __future__ import annotations

import io

import pytest

from ombud_desktop.documents.jpeg_strip import jpeg_complete, strip_jpeg_metadata
from tests.documents import hostile, samples


def _progressive_with_restarts() -> bytes:
    buffer = io.BytesIO()
    hostile._picture((300, 200)).save(
        buffer, "JPEG", progressive=True, restart_marker_blocks=2, exif=hostile.metadata_exif()
    )
    return buffer.getvalue()


def _corpus() -> dict[str, bytes]:
    photo = samples.jpeg_bytes(400, 300)
    progressive = _progressive_with_restarts()
    files = {
        "photo": photo,
        "progressive with restart markers": progressive,
        "mpo": hostile.mpo(),
        "tagged": hostile.tagged_photo(),
        "bad exif": hostile.jpeg_with_bad_exif(),
        "junk between segments": photo[:2] + b"junk" + photo[2:],
        "not a jpeg": b"GIF89a" + photo,
        "soi only": photo[:2],
    }
    for fraction in (0.1, 0.5, 0.99):
        files[f"photo cut at {fraction}"] = photo[: int(len(photo) * fraction)]
        files[f"progressive cut at {fraction}"] = progressive[: int(len(progressive) * fraction)]
    files["end marker cut in two"] = photo[:-1]
    return files


CORPUS = _corpus()


@pytest.mark.parametrize("window", [2, 3, 7, 64, 4096, 1 << 20])
def test_the_file_walk_finds_the_end_as_the_memory_walk_does(window: int) -> None:
    found = {name: jpeg_complete(io.BytesIO(data), window) for name, data in CORPUS.items()}
    expected = {name: strip_jpeg_metadata(data).complete for name, data in CORPUS.items()}
    assert found == expected
    assert set(expected.values()) == {True, False}  # both answers are tested
