"""A JPEG's metadata removed losslessly: a walk over its marker segments, no decoding.

Kept: everything the decoder needs (tables, frame and scan headers, the entropy-coded
data byte for byte), Adobe's APP14 (says how CMYK/YCbCr colours are stored) and a bare
JFIF APP0 without thumbnail. Dropped: EXIF (GPS, maker notes, serial numbers, the
embedded thumbnail), XMP, ICC and MPF (APP2), every other APPn, comments, and whatever
follows the first picture's end-of-image marker (the other pictures of an MPO file,
trailing padding). The orientation EXIF carried is applied by the page, not the stream.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SOI = b"\xff\xd8"
_EOI = b"\xff\xd9"
_SOS = 0xDA
_APP0, _APP14, _APP15, _COM = 0xE0, 0xEE, 0xEF, 0xFE
# Markers that stand alone (no length): restart markers and TEM.
_STANDALONE = {*range(0xD0, 0xD8), 0x01}
# Inside entropy-coded data, 0xFF is followed by 0x00 (a stuffed byte), a restart marker
# or fill 0xFF; anything else starts the next segment.
_NEXT_MARKER = re.compile(rb"\xff(?=[^\x00\xd0-\xd7\xff])")


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
    size, pos = len(data), 2
    while pos + 1 < size:
        if data[pos] != 0xFF:
            # Junk between segments (decoders skip it too): resume at the next marker.
            found = data.find(b"\xff", pos)
            if found < 0:
                break
            pos = found
            continue
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte before a marker
            pos += 1
            continue
        if marker == _EOI[1]:
            parts.append(_EOI)
            return StrippedJpeg(tuple(parts), True)
        if marker in _STANDALONE:
            parts.append(view[pos : pos + 2])
            pos += 2
            continue
        if pos + 4 > size:
            break
        end = pos + 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        if end > size:
            parts.append(view[pos:])  # truncated segment: the decoder says if it matters
            break
        if not _is_metadata(marker, data, pos + 4, end):
            parts.append(view[pos:end])
        pos = end
        if marker == _SOS:
            following = _NEXT_MARKER.search(data, pos)
            scan_end = following.start() if following else size
            parts.append(view[pos:scan_end])
            pos = scan_end
    return StrippedJpeg(tuple(parts), False)
