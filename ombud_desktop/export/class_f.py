"""Fax TIFF files as TIFF Class F (the TIFF for facsimile, RFC 2306) asks: CCITT Group 3
(T.4, 1-D Modified Huffman by default, 2-D Modified READ as an option) or Group 4 (T.6,
for services that take it), 1728 pixels wide at 204 x 196 dpi, WhiteIsZero, FillOrder 1,
one strip and one IFD per page with NewSubfileType "page" and PageNumber "n of total".

Libtiff (through Pillow) encodes each page; the file around the pages is written here,
so every tag a fax server looks for is set exactly and nothing else is in it. Pillow is
imported when a page is encoded: the CLI reads CODINGS at start-up.
"""

from __future__ import annotations

import functools
import io
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image

FAX_WIDTH_PX = 1728  # the width every fax machine and service expects (ITU-T T.4)
FAX_DPI = (204, 196)  # CCITT "fine" resolution

# coding name -> (TIFF Compression, its options tag, the options: 4 = byte-aligned EOLs,
# 1 = 2-D coding)
CODINGS = {
    "g3": (3, 292, 4),
    "g3-2d": (3, 292, 5),
    "g4": (4, 293, 0),
}
# coding name -> the K of a PDF's CCITTFaxDecode reading the same coded page (a 2-D
# Group 3 page has at most 3 two-dimensional lines after each one-dimensional one)
PDF_K = {"g3": 0, "g3-2d": 4, "g4": -1}
CODING_NAMES = {"g3": "Group 3, 1-D", "g3-2d": "Group 3, 2-D", "g4": "Group 4"}
DEFAULT_CODING = "g3"
_PILLOW_COMPRESSION = {3: "group3", 4: "group4"}

_SHORT, _LONG, _RATIONAL = 3, 4, 5
_PHOTOMETRIC_WHITE_IS_ZERO = 0
_FILL_ORDER_MSB_FIRST = 1
_SUBFILE_PAGE = 2
_RESOLUTION_INCH = 2
_CLEAN_FAX_DATA = 0  # no bad lines: the pages were drawn, not received
_INVERTED_THRESHOLD = [255 if value < 160 else 0 for value in range(256)]
_NONZERO = [0] + [255] * 255
_MID_GRAY = [255 if 48 <= value < 208 else 0 for value in range(256)]
# a mean of 254 or more: every pixel of the area (255 less rounding)
_WHOLE = [255 if value >= 254 else 0 for value in range(256)]
_NOT_WHITE = [255 if value < 240 else 0 for value in range(256)]
_LIGHT = [255 if 160 <= value < 240 else 0 for value in range(256)]  # white by threshold
# black under 160 (the threshold) near a wide area that is not white, under 240 elsewhere
_LEVEL_NEAR_WIDE = [240] + [160] * 255
# more of the page in wide mid-gray areas than this: halftoned (mid_tone_share)
_SCREEN_ABOVE_SHARE = 0.05
_BAYER = (
    (0, 32, 8, 40, 2, 34, 10, 42),
    (48, 16, 56, 24, 50, 18, 58, 26),
    (12, 44, 4, 36, 14, 46, 6, 38),
    (60, 28, 52, 20, 62, 30, 54, 22),
    (3, 35, 11, 43, 1, 33, 9, 41),
    (51, 19, 59, 27, 49, 17, 57, 25),
    (15, 47, 7, 39, 13, 45, 5, 37),
    (63, 31, 55, 23, 61, 29, 53, 21),
)


@dataclass(frozen=True)
class Frame:
    """One fax page, encoded: `rows` lines of FAX_WIDTH_PX pixels, one strip."""

    rows: int
    strip: bytes


def fax_rows(height_points: float) -> int:
    return round(height_points / 72 * FAX_DPI[1])


def encode_frame(
    gray: Image.Image,
    coding: str = DEFAULT_CODING,
    screen: bool | None = None,
    light_print: bool = False,
) -> Frame:
    """A grayscale page image on the fax grid (FAX_WIDTH_PX wide, fax_rows high) as one
    encoded fax page. `screen`: halftone it (True), threshold it (False: a page known to
    be text, e.g. export/paper.py's), or decide by its gray levels (None). `light_print`:
    a page drawn with its print unsmoothed (gray_render.py), whose thin light strokes are
    print, not paper: black when it is not halftoned."""
    compression, options_tag, options = CODINGS[coding]
    if gray.width != FAX_WIDTH_PX:
        raise ValueError("a fax page is 1728 pixels wide")
    load_coder()
    bits = _inverted_bits(gray, screen, light_print)
    buffer = io.BytesIO()
    bits.save(
        buffer,
        format="TIFF",
        compression=_PILLOW_COMPRESSION[compression],
        tiffinfo={options_tag: options},
        strip_size=1 << 30,  # one strip per page
    )
    return Frame(gray.height, _only_strip(buffer.getvalue()))


def load_coder() -> None:
    """Pillow's TIFF writer, registered by itself: a save in a format Pillow has not
    registered yet runs Image.init(), which imports every plugin it has (25 ms). Called
    before the fax's worker processes fork too, so each inherits it."""
    from PIL import TiffImagePlugin  # noqa: F401


def _inverted_bits(
    image: Image.Image, screen: bool | None = None, light_print: bool = False
) -> Image.Image:
    """One bit a pixel, 1 for black: WhiteIsZero, which the file below declares (Pillow
    asked for WhiteIsZero itself took 0.4 s a page). Photos get an ordered (Bayer)
    halftone, as fax machines print photos: a quarter of the time of error diffusion,
    and half the coding time (its runs repeat); text gets a hard threshold, which keeps
    letters crisp where any dithering would speckle every edge. (A clustered-dot
    screen codes a third the size, but its cells swallow the small print of a
    photographed letter: export/paper.py makes those black on white instead.)"""
    from PIL import ImageChops

    if screen is None:
        screen = wants_screen(image)
    if screen:  # black where the pixel is darker than the halftone cell's level
        return ImageChops.subtract(_halftone(image.width, image.height), image).point(_NONZERO, "1")
    # print with light gray in it (most is black on white only): each pixel black when
    # darker than its place's level
    if light_print and image.point(_LIGHT).getbbox() is not None:
        return ImageChops.subtract(_print_levels(image), image).point(_NONZERO, "1")
    return image.point(_INVERTED_THRESHOLD, "1")


def _print_levels(image: Image.Image) -> Image.Image:
    """The gray level under which each pixel of a page of print is black: the fax's
    threshold in and around wide areas that are not white (a shaded box stays white,
    the print on it black), and anything short of white elsewhere, where only strokes
    are (light gray print, a pale hairline: ink, which the threshold would drop)."""
    from PIL import Image, ImageFilter

    wide = _wide_areas(image, _NOT_WHITE)
    # two blocks round (the area's own edges, in blocks it only partly fills)
    levels = wide.filter(ImageFilter.BoxBlur(2)).point(_LEVEL_NEAR_WIDE)
    return levels.resize(image.size, Image.Resampling.NEAREST)


def _wide_areas(image: Image.Image, levels: list[int]) -> Image.Image:
    """A quarter-size map, 255 where a 4 x 4 block of `image` is all in `levels` (a
    table, 255 for the gray levels looked for) and so are the 8 blocks around it: an
    area at least 12 pixels across."""
    from PIL import ImageFilter

    blocks = image.point(levels).reduce(4)  # 255: the whole block is in `levels`
    # the mean of 3 x 3 blocks is 255 only when all are (BoxBlur: a tenth of MinFilter)
    return blocks.filter(ImageFilter.BoxBlur(1)).point(_WHOLE)


def wants_screen(image: Image.Image) -> bool:
    """Whether the fax page `image` (gray) is halftoned: it has wide areas of mid gray."""
    return mid_tone_share(image) > _SCREEN_ABOVE_SHARE


def mid_tone_share(image: Image.Image) -> float:
    """The share of `image` in wide areas of mid gray: a photo's tones, a gray fill; not
    print, even gray or coloured (its strokes are thin, as are a scan's gray edges),
    nor fine lines close together. Every pixel is looked at: a 4 x 4 block counts when
    all its pixels are mid gray, and so are those of the 8 blocks around it (an area
    12 pixels across)."""
    wide = _wide_areas(image, _MID_GRAY)
    return wide.histogram()[255] / max(wide.width * wide.height, 1)


@functools.lru_cache(maxsize=4)
def _halftone(width: int, height: int) -> Image.Image:
    """The 8 x 8 Bayer threshold levels tiled over a page."""
    from PIL import Image

    rows = [bytes(round((_BAYER[y][x % 8] + 0.5) * 4) for x in range(width)) for y in range(8)]
    return Image.frombytes("L", (width, height), b"".join(rows[y % 8] for y in range(height)))


def _only_strip(tiff: bytes) -> bytes:
    """The encoded bytes of a one-strip, one-page little-endian TIFF."""
    if tiff[:4] != b"II*\x00":
        raise ValueError("expected a little-endian TIFF")
    (ifd,) = struct.unpack_from("<I", tiff, 4)
    (count,) = struct.unpack_from("<H", tiff, ifd)
    values = {}
    for entry in range(ifd + 2, ifd + 2 + 12 * count, 12):
        tag, kind, number = struct.unpack_from("<HHI", tiff, entry)
        if tag in (273, 279):
            if number != 1:
                raise ValueError("expected one strip")
            fmt = "<H" if kind == _SHORT else "<I"
            values[tag] = struct.unpack_from(fmt, tiff, entry + 8)[0]
    return tiff[values[273] : values[273] + values[279]]


def class_f_tiff(frames: Sequence[Frame], coding: str = DEFAULT_CODING) -> bytes:
    """A little-endian multi-page TIFF Class F file of `frames`, in order."""
    compression, options_tag, options = CODINGS[coding]
    out = bytearray(b"II*\x00\x00\x00\x00\x00")
    link = 4  # where the offset of the next IFD goes
    for number, frame in enumerate(frames):
        strip_at = len(out)
        out += frame.strip
        out += b"\x00" * (len(out) % 2)  # IFDs start on a word boundary
        resolution_at = len(out)
        out += struct.pack("<IIII", FAX_DPI[0], 1, FAX_DPI[1], 1)
        entries = [
            (254, _LONG, 1, _SUBFILE_PAGE),
            (256, _LONG, 1, FAX_WIDTH_PX),
            (257, _LONG, 1, frame.rows),
            (258, _SHORT, 1, 1),
            (259, _SHORT, 1, compression),
            (262, _SHORT, 1, _PHOTOMETRIC_WHITE_IS_ZERO),
            (266, _SHORT, 1, _FILL_ORDER_MSB_FIRST),
            (273, _LONG, 1, strip_at),
            (277, _SHORT, 1, 1),
            (278, _LONG, 1, frame.rows),
            (279, _LONG, 1, len(frame.strip)),
            (282, _RATIONAL, 1, resolution_at),
            (283, _RATIONAL, 1, resolution_at + 8),
            (options_tag, _LONG, 1, options),
            (296, _SHORT, 1, _RESOLUTION_INCH),
            (297, _SHORT, 2, number | len(frames) << 16),  # page (from 0), of pages
            (327, _SHORT, 1, _CLEAN_FAX_DATA),
        ]
        struct.pack_into("<I", out, link, len(out))
        out += struct.pack("<H", len(entries))
        for tag, kind, count, value in sorted(entries):
            out += struct.pack("<HHII", tag, kind, count, value)
        link = len(out)
        out += b"\x00\x00\x00\x00"  # no next IFD, unless another page follows
    return bytes(out)
