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
from ombud_desktop.vault.stream import Source, StreamWriter, copy_stream

PAGE_COUNT_LIMIT = 100 * 1024 * 1024  # beyond this, counting pages is no longer cheap
_HASH_QUEUE = 8  # chunks read but not yet hashed (8 MiB at most)
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


class _Hasher:
    """SHA-256 on its own thread. hashlib releases the interpreter lock while it hashes,
    so the file is hashed on one core while the caller reads, encrypts and writes on
    the other (one after the other, hashing was half the import). A bounded queue
    keeps at most a few chunks in memory."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self._chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=_HASH_QUEUE)
        self._thread = threading.Thread(target=self._run, name="import-sha256", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (chunk := self._chunks.get()) is not None:
            self._digest.update(chunk)

    def update(self, chunk: bytes) -> None:
        self._chunks.put(chunk)

    def finish(self) -> str:
        """The hex digest, once every chunk is hashed; also ends the thread after a
        failure (the digest is then of no use)."""
        self._chunks.put(None)
        self._thread.join()
        return self._digest.hexdigest()


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
    """Stream `source` into the encrypted file `target` (atomic; removed on failure)."""
    head = bytearray()
    hasher = _Hasher()
    try:
        with AtomicFile(target) as out:
            writer = StreamWriter(out, key, KIND_ATTACHMENT, header_params, ATTACHMENT_PURPOSE)

            def write(data: bytes) -> None:
                if len(head) < 1024:
                    head.extend(data[: 1024 - len(head)])
                hasher.update(data)
                writer.write(data)

            copy_stream(source, write, total=total, progress=progress, cancelled=cancelled)
            writer.close()
    finally:
        sha256 = hasher.finish()
    return ImportedFile(recorded_kind(bytes(head)), writer.plaintext_size, sha256)
