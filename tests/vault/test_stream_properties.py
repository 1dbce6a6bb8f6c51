"""The chunked stream round-trips any content at any chunk size, and seeks anywhere."""

from __future__ import annotations

import io
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ombud_desktop.vault import stream
from ombud_desktop.vault.fileformat import KIND_ATTACHMENT, read_header

KEY = os.urandom(32)


def _encrypt(data: bytes, pieces: list[int], mutable: bool = False) -> bytes:
    """Encrypted `data`, written in uneven pieces as a reader delivers them; `mutable`:
    each piece in one bytearray the caller overwrites right after (the writer keeps
    whole chunks of bytes uncopied until sealed, never a caller's mutable buffer)."""
    sink = io.BytesIO()
    writer = stream.StreamWriter(sink, KEY, KIND_ATTACHMENT, {"case_id": "x"}, "attachment")
    position = 0
    for size in [*pieces, len(data)]:
        piece = data[position : position + size]
        if mutable:
            reused = bytearray(piece)
            writer.write(memoryview(reused))
            reused[:] = b"\xff" * len(reused)
        else:
            writer.write(piece)
        position += len(piece)
    writer.close()
    return sink.getvalue()


def _reader(blob: bytes) -> stream.ChunkedReader:
    source = io.BytesIO(blob)
    header = read_header(source, "mem", KIND_ATTACHMENT)
    return stream.ChunkedReader(source, KEY, header, "attachment", "mem")


@settings(max_examples=60, deadline=None)
@given(
    data=st.binary(max_size=700),
    chunk=st.integers(min_value=1, max_value=97),
    pieces=st.lists(st.integers(min_value=0, max_value=150), max_size=8),
    seeks=st.lists(st.tuples(st.integers(0, 800), st.integers(0, 300)), max_size=6),
    mutable=st.booleans(),
)
def test_round_trip_and_random_reads(
    data: bytes, chunk: int, pieces: list[int], seeks: list[tuple[int, int]], mutable: bool
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(stream, "CHUNK_SIZE", chunk)
        blob = _encrypt(data, pieces, mutable)
    reader = _reader(blob)
    assert reader.size == len(data)
    assert reader.read() == data
    for offset, length in seeks:
        reader.seek(offset)
        assert reader.read(length) == data[offset : offset + length]
