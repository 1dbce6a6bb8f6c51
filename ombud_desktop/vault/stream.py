"""Chunked authenticated encryption for large files (STREAM construction).

Each chunk of `chunk_size` plaintext bytes is sealed with AES-256-GCM under a per-file
key (HKDF of the case key with a random per-file salt). Chunk nonce = 7-byte random
prefix | 32-bit chunk counter | last-chunk flag; the file header is the associated data.
So a truncated file (last flag missing), reordered chunks (counter) and chunks moved from
another file (other key and header) all fail to decrypt. Memory stays at one chunk.
"""

from __future__ import annotations

import base64
import io
import os
import struct
from collections.abc import Callable
from typing import Any, BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ombud_desktop.vault.fileformat import TAG_SIZE, Header, build_header, damaged, subkey

CHUNK_SIZE = 1024 * 1024
PREFIX_SIZE = 7
MAX_CHUNK = 16 * 1024 * 1024
MAX_CHUNKS = 2**32 - 1


class Sink(Protocol):
    def write(self, data: bytes | memoryview, /) -> Any: ...


class Source(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", counter, 1 if last else 0)


def stream_key(key: bytes, header: Header, purpose: str) -> bytes:
    salt = base64.b64decode(header.params["salt"])
    return subkey(key, purpose, salt)


class StreamWriter:
    """Encrypt bytes written to it into `sink`, chunk by chunk; `close()` seals the end.

    Whole chunks of `bytes` written to it are sealed from the caller's bytes (no copy),
    and every chunk is sealed into one reused buffer: `sink.write` must take the data
    before it returns, as files and BytesIO do.
    """

    def __init__(
        self, sink: Sink, key: bytes, kind: int, params: dict[str, Any], purpose: str
    ) -> None:
        params = {
            **params,
            "salt": base64.b64encode(os.urandom(32)).decode(),
            "chunk_size": CHUNK_SIZE,
        }
        self.header = build_header(kind, params, os.urandom(PREFIX_SIZE))
        self._aead = AESGCM(stream_key(key, self.header, purpose))
        self._sink = sink
        self._buffer = bytearray()
        # A full chunk is sealed only when more data arrives: close() seals the last
        # chunk, which must carry the last-chunk flag.
        self._full: bytes | bytearray | memoryview | None = None
        self.chunk_size = CHUNK_SIZE
        self._sealed = bytearray(CHUNK_SIZE + TAG_SIZE)
        self._counter = 0
        self.plaintext_size = 0
        sink.write(self.header.raw)

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.plaintext_size += len(data)
        view = memoryview(data)
        whole = isinstance(data, bytes)  # immutable: safe to keep until sealed
        while view:
            if self._full is not None:
                self._emit(self._full, last=False)
                self._full = None
            if whole and not self._buffer and len(view) >= CHUNK_SIZE:
                self._full, view = view[:CHUNK_SIZE], view[CHUNK_SIZE:]
                continue
            take = CHUNK_SIZE - len(self._buffer)
            self._buffer += view[:take]
            view = view[take:]
            if len(self._buffer) == CHUNK_SIZE:
                self._full, self._buffer = self._buffer, bytearray()

    def seal(self, chunk: bytes | bytearray | memoryview, last: bool) -> None:
        """Encrypt one whole chunk (`chunk_size` bytes; the last one may be shorter) and
        write it out now, for a caller that knows where the stream ends; not mixed with
        write()."""
        if not last and len(chunk) != self.chunk_size:
            raise ValueError("only the last chunk may be short")
        self.plaintext_size += len(chunk)
        self._emit(chunk, last)

    def _emit(self, chunk: bytes | bytearray | memoryview, last: bool) -> None:
        if self._counter >= MAX_CHUNKS:
            raise ValueError("file too large for one stream")
        nonce = _nonce(self.header.nonce, self._counter, last)
        size = len(chunk) + TAG_SIZE
        out = memoryview(self._sealed)[:size]
        self._aead.encrypt_into(nonce, chunk, self.header.raw, out)
        self._sink.write(out)
        self._counter += 1

    def close(self) -> None:
        if self._full is not None:
            self._emit(self._full, last=True)
            self._full = None
        else:
            self._emit(self._buffer, last=True)
        self._buffer = bytearray()


class ChunkedReader(io.RawIOBase):
    """A seekable, read-only plaintext view of a stream file; chunks verified as read."""

    def __init__(
        self, source: BinaryIO, key: bytes, header: Header, purpose: str, path: object
    ) -> None:
        super().__init__()
        self._source = source
        self._path = path
        self._header = header
        try:
            self._chunk = int(header.params["chunk_size"])
            self._aead = AESGCM(stream_key(key, header, purpose))
        except (KeyError, TypeError, ValueError):
            raise damaged(path, "bad stream header") from None
        if not 0 < self._chunk <= MAX_CHUNK or len(header.nonce) != PREFIX_SIZE:
            raise damaged(path, "bad stream header")
        self._body_start = len(header.raw)
        body = source.seek(0, io.SEEK_END) - self._body_start
        sealed = self._chunk + TAG_SIZE
        self._count = max(1, -(-body // sealed))
        last_len = body - (self._count - 1) * sealed
        if body < TAG_SIZE or last_len < TAG_SIZE:
            raise damaged(path, "cut short")
        self.size = body - self._count * TAG_SIZE
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None
        self._load(self._count - 1)  # authenticates the end, hence the size

    def _load(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        sealed = self._chunk + TAG_SIZE
        self._source.seek(self._body_start + index * sealed)
        data = self._source.read(sealed)
        last = index == self._count - 1
        try:
            plain = self._aead.decrypt(
                _nonce(self._header.nonce, index, last), data, self._header.raw
            )
        except InvalidTag:
            raise damaged(self._path, f"integrity check failed at chunk {index}") from None
        if not last and len(plain) != self._chunk:
            raise damaged(self._path, "bad chunk")
        self._cached = (index, plain)
        return plain

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self.size:
            index, offset = divmod(self._pos, self._chunk)
            plain = self._load(index)
            piece = plain[offset : offset + len(view) - done]
            view[done : done + len(piece)] = piece
            done += len(piece)
            self._pos += len(piece)
        return done

    def close(self) -> None:
        if not self.closed:
            self._source.close()
            self._cached = None
        super().close()


def copy_stream(
    source: Source,
    write: Callable[[bytes], None],
    *,
    total: int | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    block: int = CHUNK_SIZE,
) -> int:
    """Copy `source` to `write` block by block, reporting progress and honouring cancel."""
    done = 0
    while True:
        stop_if_cancelled(cancelled)
        data = source.read(block)
        if not data:
            return done
        write(data)
        done += len(data)
        if progress is not None:
            progress(done, total)


def stop_if_cancelled(cancelled: Callable[[], bool] | None) -> None:
    """Raise OperationCancelledError when `cancelled()` says so."""
    if cancelled is not None and cancelled():
        from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP
        from ombud_desktop.vault.errors import OperationCancelledError

        raise OperationCancelledError(
            template=QT_TRANSLATE_NOOP("errors", "Cancelled. Nothing was added.")
        )
