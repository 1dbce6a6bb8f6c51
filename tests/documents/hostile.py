"""The project's corpus of real-world and hostile attachment files, generated in memory.

Each entry is one class of file a phone, a scanner, USCIS or an attacker produces. The
per-class tests check what each must become; the property test runs every entry through
attach -> render -> export in a subprocess and checks none ends in a traceback, a hang or
a process over 1 GiB. Add a generator here for every new class found in the field.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from PIL import Image, ImageDraw

from tests.documents import samples

# Marker strings the metadata of tagged_photo() carries: none may reach a render or export.
SECRETS = (b"SERIAL-OMBUD-4471", b"MAKERNOTE-OMBUD", b"XMP-OMBUD", b"COMMENT-OMBUD", b"OmbudCam")
GPS_IFD = 0x8825


def metadata_exif(orientation: int = 1) -> Image.Exif:
    """EXIF as a phone writes it: GPS position, camera make, serial number, maker note."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "OmbudCam"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (38.0, 53.0, 23.0), 3: "W", 4: (77.0, 2.0, 12.0)})
    exif.get_ifd(0x8769).update({0xA431: "SERIAL-OMBUD-4471", 0x927C: b"MAKERNOTE-OMBUD"})
    return exif


def _picture(size: tuple[int, int]) -> Image.Image:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, size[0], size[1] // 5), fill=(255, 0, 0))
    draw.ellipse((size[0] // 4, size[1] // 3, size[0] // 2, size[1] * 2 // 3), fill=(0, 90, 200))
    return image


def tagged_photo(
    fmt: str = "JPEG", size: tuple[int, int] = (400, 300), orientation: int = 1
) -> bytes:
    """A photo with GPS, serial number, maker note, XMP (and a comment where the format
    has one), in any format Pillow writes metadata into."""
    if fmt == "HEIF":
        from pillow_heif import register_heif_opener

        register_heif_opener()
    extra: dict[str, object] = {"comment": b"COMMENT-OMBUD"} if fmt == "JPEG" else {}
    buffer = io.BytesIO()
    _picture(size).save(
        buffer,
        fmt,
        exif=metadata_exif(orientation),
        xmp=b"<x:xmpmeta>XMP-OMBUD</x:xmpmeta>",
        **extra,
    )
    return buffer.getvalue()


def mpo(size: tuple[int, int] = (400, 300)) -> bytes:
    """A two-picture MPO as 3-D and phone cameras write it (red first picture, blue second),
    the first picture carrying GPS EXIF."""
    first, second = Image.new("RGB", size, (220, 0, 0)), Image.new("RGB", size, (0, 0, 220))
    buffer = io.BytesIO()
    first.save(buffer, "MPO", save_all=True, append_images=[second], exif=metadata_exif())
    return buffer.getvalue()


# name -> (file name, generator)
CORPUS: dict[str, tuple[str, Callable[[], bytes]]] = {
    "jpeg_with_gps": ("gps.jpg", tagged_photo),
    "mpo": ("3d.mpo", mpo),
    "truncated_jpeg": ("half.jpg", lambda: samples.jpeg_bytes(800, 600)[:4000]),
}
