"""The streamed import: hashing on its own thread overlaps encryption and writing; the
result is the same file and the same SHA-256, memory stays flat, no thread is left."""

from __future__ import annotations

import errno
import hashlib
import io
import itertools
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ombud_desktop.vault import Vault, attachments, stream
from ombud_desktop.vault.attachments import ATTACHMENT_PURPOSE
from ombud_desktop.vault.errors import OperationCancelledError, SaveFailedError, VaultError
from ombud_desktop.vault.fileformat import KIND_ATTACHMENT, read_header

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"


def _threads_started_since(before: set[threading.Thread]) -> set[threading.Thread]:
    """Threads running now that were not before. Not `==`: a thread Python did not start
    (a library's, seen once as a _DummyThread) can end meanwhile, and that is no leak."""
    return set(threading.enumerate()) - before


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    vault = Vault(tmp_path / "data")
    vault.initialize(passphrase=PASSPHRASE, use_keyring=False)
    return vault


def test_import_keeps_the_bytes_and_their_sha256(vault: Vault, tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 12345)  # whole chunks and a part
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4\n" + data)
    record = vault.create_case({})
    entry = vault.add_attachment(record, source, category="other")
    assert entry["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    with vault.open_attachment(record, entry["id"]) as plain:
        assert plain.read() == source.read_bytes()


def test_cancelled_import_leaves_no_file_and_no_thread(vault: Vault, tmp_path: Path) -> None:
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(4 * 1024 * 1024))
    record = vault.create_case({})
    before = set(threading.enumerate())
    calls = []
    with pytest.raises(OperationCancelledError):
        vault.add_attachment(
            record,
            source,
            category="other",
            cancelled=lambda: bool(calls.append(1)) or len(calls) > 2,
        )
    assert _threads_started_since(before) == set()
    assert not any(p.name.startswith("att-") for p in vault.case_dir(record.id).iterdir())


CHILD = """
import json, resource, sys
from ombud_desktop.vault import Vault
vault = Vault(sys.argv[1]); vault.unlock(sys.argv[3])
record = vault.create_case({})
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
vault.add_attachment(record, sys.argv[2], category="other")
print(json.dumps(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before))
"""


def test_importing_a_large_file_keeps_memory_flat(vault: Vault, tmp_path: Path) -> None:
    source = tmp_path / "large.bin"
    with open(source, "wb") as out:
        block = os.urandom(1 << 20)
        for _ in range(96):
            out.write(block)
    vault.close()
    env = {**os.environ, "PYTHONPATH": str(REPO), "OMBUD_KDF_PROFILE": "test"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data"), str(source), PASSPHRASE],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    growth_kib = json.loads(done.stdout)
    assert growth_kib < 24 * 1024  # a 96 MiB file: a few chunks in flight, never the file


def test_a_large_import_is_handed_to_the_disk_as_it_is_written(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The write-out starts every WRITEBACK_STEP bytes (so the closing fsync waits only
    for the tail), over the file's ranges in order, and the file reads back whole."""
    from ombud_desktop.vault import atomic

    if not hasattr(os, "posix_fadvise"):
        pytest.skip("no posix_fadvise here: fsync alone writes the file out")
    monkeypatch.setattr(atomic, "WRITEBACK_STEP", 1 << 20)
    ranges: list[tuple[int, int]] = []
    real_fadvise = os.posix_fadvise

    def fadvise(fd: int, offset: int, length: int, advice: int) -> None:
        ranges.append((offset, length))
        real_fadvise(fd, offset, length, advice)

    monkeypatch.setattr(os, "posix_fadvise", fadvise)
    source = tmp_path / "scan.bin"
    source.write_bytes(os.urandom(3 * (1 << 20) + 4321))
    record = vault.create_case({})
    entry = vault.add_attachment(record, source, category="other")
    assert len(ranges) == 3  # 3 MiB and a part, sealed: three whole steps, the tail to fsync
    assert ranges[0][0] == 0 and all(length >= 1 << 20 for _, length in ranges)
    assert all(a + n == b for (a, n), (b, _) in itertools.pairwise(ranges))
    with vault.open_attachment(record, entry["id"]) as plain:
        assert plain.read() == source.read_bytes()


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux's /proc")
def test_a_file_that_fails_midway_is_a_clear_message_and_leaves_nothing(
    vault: Vault, tmp_path: Path
) -> None:
    """/proc/self/mem opens, then its first read fails (EIO), as a failing disk or a
    pulled-out stick does: the person reads which file, no temp file or thread is left."""
    record = vault.create_case({})
    before = set(threading.enumerate())
    with pytest.raises(VaultError, match=r"Could not read /proc/self/mem: Input/output error"):
        vault.add_attachment(record, "/proc/self/mem", category="other")
    assert _threads_started_since(before) == set()
    assert list(vault.case_dir(record.id).glob("*att-*")) == []
    assert vault.load_case(record.id).documents == []


def test_a_disk_filling_up_midway_is_a_clear_message_and_leaves_nothing(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ombud_desktop.vault import atomic

    monkeypatch.setattr(atomic, "WRITEBACK_STEP", 1 << 20)  # write-out started, then full
    real_write = atomic._write_all
    written = 0

    def filling_write(fd: int, data: bytes | memoryview) -> None:
        nonlocal written
        if written + len(data) > 5 << 20:
            raise OSError(errno.ENOSPC, "No space left on device")
        written += len(data)
        real_write(fd, data)

    monkeypatch.setattr(atomic, "_write_all", filling_write)
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(8 << 20))
    record = vault.create_case({})
    before = set(threading.enumerate())
    with pytest.raises(SaveFailedError, match="the disk is full"):
        vault.add_attachment(record, source, category="other")
    assert written > 1 << 20  # it failed midway, not at the start
    assert _threads_started_since(before) == set()
    assert list(vault.case_dir(record.id).glob("*att-*")) == []


class _Trickle:
    """A source that gives at most `most` bytes per call (a pipe, a network file); with
    `read_only` it has no readinto (a part of a handoff package)."""

    def __init__(self, data: bytes, most: int, read_only: bool) -> None:
        self._data = io.BytesIO(data)
        self._most = most
        if not read_only:
            self.readinto = lambda view: self._data.readinto(view[: self._most])

    def read(self, size: int = -1) -> bytes:
        return self._data.read(min(size, self._most) if size >= 0 else self._most)


@settings(max_examples=40, deadline=None)
@given(
    data=st.binary(max_size=200),
    chunk=st.integers(min_value=1, max_value=23),
    most=st.integers(min_value=1, max_value=40),
    read_only=st.booleans(),
)
def test_any_content_in_any_pieces_is_stored_whole_with_its_sha256(
    data: bytes, chunk: int, most: int, read_only: bool
) -> None:
    """Chunks are filled however the source delivers (whole, exact multiples, empty), each
    sealed from its recycled buffer; the file reads back as the source's bytes."""
    key = os.urandom(32)
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setattr(stream, "CHUNK_SIZE", chunk)
        target = Path(folder) / "att.ombud"
        facts = attachments.encrypt_into(
            _Trickle(data, most, read_only), target, key, {}, total=None,
            progress=None, cancelled=None,
        )  # fmt: skip
        assert (facts.size, facts.sha256) == (len(data), hashlib.sha256(data).hexdigest())
        with open(target, "rb") as sealed:
            header = read_header(sealed, target, KIND_ATTACHMENT)
            plain = stream.ChunkedReader(sealed, key, header, ATTACHMENT_PURPOSE, target)
            assert plain.read() == data
