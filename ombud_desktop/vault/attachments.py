"""Attachment facts: file type from the bytes (never the name), page counts where cheap,
and the streamed, encrypted import of a file into a case."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ombud_desktop.filetypes import SINGLE_PAGE_KINDS, recorded_kind
from ombud_desktop.vault.atomic import AtomicFile
from ombud_desktop.vault.fileformat import KIND_ATTACHMENT
from ombud_desktop.vault.stream import Source, StreamWriter, copy_stream

PAGE_COUNT_LIMIT = 100 * 1024 * 1024  # beyond this, counting pages is no longer cheap
ATTACHMENT_PURPOSE = "attachment"

Progress = Callable[[int, int | None], None]


def count_pages(kind: str, size: int, open_plain: Callable[[], BinaryIO]) -> int | None:
    """Pages of a document when cheap to learn; None when unknown."""
    if kind in SINGLE_PAGE_KINDS:
        return 1
    if kind not in ("pdf", "tiff") or size > PAGE_COUNT_LIMIT:
        return None
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
    digest = hashlib.sha256()
    head = bytearray()

    with AtomicFile(target) as out:
        writer = StreamWriter(out, key, KIND_ATTACHMENT, header_params, ATTACHMENT_PURPOSE)

        def write(data: bytes) -> None:
            if len(head) < 1024:
                head.extend(data[: 1024 - len(head)])
            digest.update(data)
            writer.write(data)

        copy_stream(source, write, total=total, progress=progress, cancelled=cancelled)
        writer.close()
    return ImportedFile(recorded_kind(bytes(head)), writer.plaintext_size, digest.hexdigest())
