"""A JPEG's metadata removed losslessly: a walk over its marker segments, no decoding.

Kept: everything the decoder needs (tables, frame and scan headers, the entropy-coded
data byte for byte), Adobe's APP14 (says how CMYK/YCbCr colours are stored) and a bare
JFIF APP0 without thumbnail. Dropped: EXIF (GPS, maker notes, serial numbers, the
embedded thumbnail), XMP, ICC and MPF (APP2), every other APPn, comments, and whatever
follows the first picture's end-of-image marker (the other pictures of an MPO file,
trailing padding). The orientation EXIF carried is applied by the page, not the stream.

The same walk reads an open file a window at a time (`jpeg_complete`): the attach check
learns whether the picture ends without holding a file of hundreds of megabytes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, Protocol

_SOI = b"\xff\xd8"
_EOI = b"\xff\xd9"
_SOS = 0xDA
_APP0, _APP14, _APP15, _COM = 0xE0, 0xEE, 0xEF, 0xFE
_DATA = -1  # not a marker: entropy-coded data, or a truncated segment's remainder
# Markers that stand alone (no length): restart markers and TEM.
_STANDALONE = {*range(0xD0, 0xD8), 0x01}
# Inside entropy-coded data, 0xFF is followed by 0x00 (a stuffed byte), a restart marker
# or fill 0xFF; anything else starts the next segment.
_NEXT_MARKER = re.compile(rb"\xff(?=[^\x00\xd0-\xd7\xff])")
_WINDOW = 1 << 20  # bytes of a file held at once by the walk


@dataclass(frozen=True)
class StrippedJpeg:
    """The first picture without metadata, ending with EOI when `complete` (the
    picture's end-of-image marker was found). `parts` are views of the source, in
    order: whoever writes the picture out copies it once (a photo is megabytes)."""

    parts: tuple[bytes | memoryview, ...]
    complete: bool

    @property
    def data(self) -> bytes:
        return b"".join(self.parts)


class _Walked(Protocol):
    """What the walk reads: bytes in memory, or a file through a window."""

    def __len__(self) -> int: ...
    def byte(self, pos: int) -> int: ...
    def word(self, pos: int) -> int: ...
    def find_ff(self, pos: int) -> int: ...
    def next_marker(self, pos: int) -> int: ...


class _InMemory:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def __len__(self) -> int:
        return len(self.data)

    def byte(self, pos: int) -> int:
        return self.data[pos]

    def word(self, pos: int) -> int:
        return int.from_bytes(self.data[pos : pos + 2], "big")

    def find_ff(self, pos: int) -> int:
        return self.data.find(b"\xff", pos)

    def next_marker(self, pos: int) -> int:
        found = _NEXT_MARKER.search(self.data, pos)
        return found.start() if found else len(self.data)


class _FileWindow:
    """An open file read `_WINDOW` bytes at a time, wherever the walk is."""

    def __init__(self, file: BinaryIO, window: int = _WINDOW) -> None:
        self.file, self.window = file, window
        self.size = file.seek(0, 2)
        self.start, self.held = 0, b""

    def __len__(self) -> int:
        return self.size

    def _at(self, pos: int, need: int = 2) -> bytes:
        """The held window, moved to start at `pos` unless it holds `need` bytes there."""
        if not (self.start <= pos and pos + need <= self.start + len(self.held)):
            self.file.seek(pos)
            self.start, self.held = pos, self.file.read(max(need, self.window))
        return self.held

    def byte(self, pos: int) -> int:
        return self._at(pos, 1)[pos - self.start]

    def word(self, pos: int) -> int:
        held = self._at(pos, 2)
        return int.from_bytes(held[pos - self.start : pos - self.start + 2], "big")

    def find_ff(self, pos: int) -> int:
        return self._search(pos, lambda held, at: held.find(b"\xff", at))

    def next_marker(self, pos: int) -> int:
        def search(held: bytes, at: int) -> int:
            found = _NEXT_MARKER.search(held, at)
            return found.start() if found else -1

        found = self._search(pos, search)
        return self.size if found < 0 else found

    def _search(self, pos: int, search: Callable[[bytes, int], int]) -> int:
        """The first match at or after `pos`, window by window; a window's last byte is
        also the next one's first, so a marker split between two is still seen."""
        while pos < self.size:
            held = self._at(pos, 2)
            found = search(held, pos - self.start)
            if found >= 0:
                return self.start + found
            end = self.start + len(held)
            if end >= self.size:
                break
            pos = end - 1
        return -1


def _pieces(data: _Walked) -> Iterator[tuple[int, int, int]]:
    """(marker, start, end) of each piece of the first picture after its SOI, in order:
    segments and standalone markers from their 0xFF, entropy-coded data as _DATA. The
    last piece is the EOI marker's when the picture ends.

    Damaged input is never an error here: what can be walked is yielded, and whether
    EOI was reached says the rest (the decoder judges it)."""
    size, pos = len(data), 2
    while pos + 1 < size:
        if data.byte(pos) != 0xFF:
            # Junk between segments (decoders skip it too): resume at the next marker.
            found = data.find_ff(pos)
            if found < 0:
                return
            pos = found
            continue
        marker = data.byte(pos + 1)
        if marker == 0xFF:  # fill byte before a marker
            pos += 1
            continue
        if marker == _EOI[1] or marker in _STANDALONE:
            yield marker, pos, pos + 2
            if marker == _EOI[1]:
                return
            pos += 2
            continue
        if pos + 4 > size:
            return
        end = pos + 2 + data.word(pos + 2)
        if end > size:
            yield _DATA, pos, size  # truncated segment: the decoder says if it matters
            return
        yield marker, pos, end
        pos = end
        if marker == _SOS:
            scan_end = data.next_marker(pos)
            yield _DATA, pos, scan_end
            pos = scan_end


def _is_metadata(marker: int, data: bytes, start: int, end: int) -> bool:
    """Whether the segment whose body is data[start:end] is metadata (read in place)."""
    if marker == _COM:
        return True
    if not _APP0 <= marker <= _APP15:
        return False
    if marker == _APP14:
        return not data.startswith(b"Adobe", start, end)
    if marker == _APP0:
        # JFIF with no thumbnail (its last two bytes, the thumbnail size, are zero).
        bare = end - start == 14 and data.startswith(b"\0\0", end - 2, end)
        return not (data.startswith(b"JFIF\0", start, end) and bare)
    return True


def strip_jpeg_metadata(data: bytes) -> StrippedJpeg:
    """The JPEG's first picture without metadata segments (see the module docstring).

    Damaged input is never an error here: what can be walked is kept, and `complete`
    says whether the end-of-image marker was reached (the decoder judges the rest)."""
    if not data.startswith(_SOI):
        return StrippedJpeg((data,), False)
    view = memoryview(data)
    parts: list[bytes | memoryview] = [_SOI]
    for marker, start, end in _pieces(_InMemory(data)):
        if marker == _EOI[1]:
            parts.append(_EOI)
            return StrippedJpeg(tuple(parts), True)
        if not _is_metadata(marker, data, start + 4, end):
            parts.append(view[start:end])
    return StrippedJpeg(tuple(parts), False)


def jpeg_complete(file: BinaryIO, window: int = _WINDOW) -> bool:
    """Whether the JPEG in the open file ends its first picture with EOI, as
    strip_jpeg_metadata(the file's bytes).complete says, holding one window at a time."""
    file.seek(0)
    if file.read(2) != _SOI:
        return False
    pieces = _pieces(_FileWindow(file, window))
    return any(marker == _EOI[1] for marker, _start, _end in pieces)
