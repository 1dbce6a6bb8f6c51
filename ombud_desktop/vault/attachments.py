"""Attachment facts: file type from the bytes (never the name), page counts where cheap,
and the streamed, encrypted import of a file into a case."""

from __future__ import annotations

import hashlib
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ombud_desktop.filetypes import SINGLE_PAGE_KINDS, recorded_kind
from ombud_desktop.vault.atomic import AtomicFile
from ombud_desktop.vault.fileformat import KIND_ATTACHMENT
from ombud_desktop.vault.stream import Source, StreamWriter, stop_if_cancelled

PAGE_COUNT_LIMIT = 100 * 1024 * 1024  # beyond this, counting pages is no longer cheap
_BUFFERS = 10  # chunks in memory at once (10 MiB): read, hashed, encrypted
ATTACHMENT_PURPOSE = "attachment"

Progress = Callable[[int, int | None], None]


def count_pages(kind: str, size: int, open_plain: Callable[[], BinaryIO]) -> int | None:
    """Pages of a document when cheap to learn; None when unknown."""
    if kind in SINGLE_PAGE_KINDS:
        return 1
    if kind not in ("pdf", "tiff") or size > PAGE_COUNT_LIMIT:
        return None
    from ombud_desktop import library_noise  # on use: the vault loads at start-up

    library_noise.quiet()  # a damaged file's repairs are not the person's to read
    try:
        with open_plain() as plain:
            if kind == "pdf":
                from pypdf import PdfReader

                return len(PdfReader(plain, strict=False).pages)
            from PIL import Image

            with Image.open(plain) as image:
                return int(getattr(image, "n_frames", 1))
    except Exception:  # unreadable or unusual file: the page count is simply unknown
        return None


@dataclass(frozen=True)
class ImportedFile:
    kind: str
    size: int
    sha256: str


class _Buffers:
    """The chunk buffers of one import, read into again and again: no chunk costs a new
    allocation (fresh megabytes are page faults and zeroing, a tenth of the import's CPU).
    A buffer is handed out again only once both its users, the hasher and the
    encryption, have let go of it; so `count` bounds the memory and paces the reading."""

    USERS = 2

    def __init__(self, count: int, size: int) -> None:
        self._free: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
        self._unmade = count  # made when first needed: a small file needs one or two
        self._size = size
        self._holds: dict[int, int] = {}
        self._lock = threading.Lock()

    def take(self) -> bytearray:
        try:
            buffer = self._free.get_nowait()
        except queue.Empty:
            if self._unmade:
                self._unmade -= 1
                buffer = bytearray(self._size)
            else:
                buffer = self._free.get()
        with self._lock:
            self._holds[id(buffer)] = self.USERS
        return buffer

    def release(self, buffer: bytearray) -> None:
        with self._lock:
            self._holds[id(buffer)] -= 1
            free = self._holds[id(buffer)] == 0
        if free:
            self._free.put(buffer)


class _Hasher:
    """SHA-256 on its own thread. hashlib releases the interpreter lock while it hashes,
    so the file is hashed on one core while the caller reads, encrypts and writes on
    the other (one after the other, hashing was half the import). Each chunk's buffer
    goes back to `buffers` once hashed."""

    def __init__(self, buffers: _Buffers) -> None:
        self._digest = hashlib.sha256()
        self._buffers = buffers
        self._chunks: queue.SimpleQueue[tuple[bytearray, int] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="import-sha256", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._chunks.get()) is not None:
            buffer, size = item
            with memoryview(buffer) as view:
                self._digest.update(view[:size])
            self._buffers.release(buffer)

    def update(self, buffer: bytearray, size: int) -> None:
        self._chunks.put((buffer, size))

    def finish(self) -> str:
        """The hex digest, once every chunk is hashed; also ends the thread after a
        failure (the digest is then of no use)."""
        self._chunks.put(None)
        self._thread.join()
        return self._digest.hexdigest()


def _fill(source: Source, buffer: bytearray) -> int:
    """Read into `buffer` until it is full or the source ends; how many bytes came.
    (A pipe or a network file gives less than asked before its end.)"""
    readinto = getattr(source, "readinto", None)
    done = 0
    with memoryview(buffer) as view:
        while done < len(view):
            if readinto is not None:
                got = readinto(view[done:]) or 0
            else:  # a source that only reads (a part of a handoff package)
                data = source.read(len(view) - done)
                got = len(data)
                view[done : done + got] = data
            if not got:
                break
            done += got
    return done


def encrypt_into(
    source: Source,
    target: Path,
    key: bytes,
    header_params: dict[str, Any],
    *,
    total: int | None,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> ImportedFile:
    """Stream `source` into the encrypted file `target` (atomic; removed on failure).

    Each chunk is read once into a recycled buffer, hashed from it on the hasher's
    thread and encrypted from it here, no copy made. A whole chunk is sealed once the
    next read shows whether it was the last.
    """
    head = b""
    hasher: _Hasher | None = None
    try:
        with AtomicFile(target) as out:
            writer = StreamWriter(out, key, KIND_ATTACHMENT, header_params, ATTACHMENT_PURPOSE)
            buffers = _Buffers(_BUFFERS, writer.chunk_size)
            hasher = _Hasher(buffers)
            pending: tuple[bytearray, int] | None = None  # a whole chunk, not yet sealed
            while True:
                stop_if_cancelled(cancelled)
                buffer = buffers.take()
                size = _fill(source, buffer)
                if pending is not None:
                    _seal(writer, buffers, *pending, last=size == 0)
                    pending = None
                if size == 0:  # the end, right after a whole chunk (or an empty file)
                    buffers.release(buffer)  # never hashed: both its holds end here
                    buffers.release(buffer)
                    if writer.plaintext_size == 0:
                        writer.seal(b"", last=True)
                    break
                if not head:
                    head = bytes(buffer[: min(size, 1024)])
                hasher.update(buffer, size)
                if progress is not None:
                    progress(writer.plaintext_size + size, total)
                if size < writer.chunk_size:  # the source ended within this chunk
                    _seal(writer, buffers, buffer, size, last=True)
                    break
                pending = (buffer, size)
    finally:
        sha256 = hasher.finish() if hasher is not None else ""
    return ImportedFile(recorded_kind(head), writer.plaintext_size, sha256)


def _seal(
    writer: StreamWriter, buffers: _Buffers, buffer: bytearray, size: int, last: bool
) -> None:
    with memoryview(buffer) as view:
        writer.seal(view[:size], last)
    buffers.release(buffer)
