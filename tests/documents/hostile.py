"""The project's corpus of real-world and hostile attachment files, generated in memory.

Each entry is one class of file a phone, a scanner, USCIS or an attacker produces. The
per-class tests check what each must become; the property test runs every entry through
attach -> render -> export in a subprocess and checks none ends in a traceback, a hang or
a process over 1 GiB. Add a generator here for every new class found in the field.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable

from PIL import Image, ImageDraw, TiffImagePlugin

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


def _gradient_row(width: int, top: int) -> list[int]:
    return [round(x * top / (width - 1)) for x in range(width)]


def gradient16(fmt: str, size: tuple[int, int] = (512, 64), top: int = 65535) -> bytes:
    """A left-to-right 16-bit greyscale gradient 0..top (PNG, TIFF, PPM=PGM)."""
    import struct

    width, height = size
    raw = struct.pack(f"<{width}H", *_gradient_row(width, top)) * height
    buffer = io.BytesIO()
    Image.frombytes("I;16", size, raw).save(buffer, fmt)
    return buffer.getvalue()


def pgm_in_tiff(size: tuple[int, int] = (512, 64), top: int = 65535) -> bytes:
    """A 16-bit greyscale TIFF the way netpbm's pamtotiff writes a PGM: big-endian ("MM")
    samples, uncompressed, one strip (Pillow reads it as mode I;16B)."""
    import struct

    width, height = size
    pixels = struct.pack(f">{width}H", *_gradient_row(width, top)) * height
    tags = [  # (tag, type 3=SHORT 4=LONG, value)
        (256, 4, width),
        (257, 4, height),
        (258, 3, 16),
        (259, 3, 1),
        (262, 3, 1),
        (273, 4, 0),  # strip offset, filled below
        (277, 3, 1),
        (278, 4, height),
        (279, 4, len(pixels)),
    ]
    ifd_size = 2 + 12 * len(tags) + 4
    data_offset = 8 + ifd_size
    ifd = struct.pack(">H", len(tags))
    for tag, kind, value in tags:
        value = data_offset if tag == 273 else value
        packed = struct.pack(">HH", value, 0) if kind == 3 else struct.pack(">I", value)
        ifd += struct.pack(">HHI", tag, kind, 1) + packed
    ifd += struct.pack(">I", 0)
    return b"MM\x00\x2a" + struct.pack(">I", 8) + ifd + pixels


def shared_content_pdf(pages: int = 5, *, own_parts: bool = False) -> bytes:
    """Pages that share one content stream, as some scanners and form tools write them:
    every page's /Contents is the same object (or, with own_parts, an array of the
    shared stream and the page's own one)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(samples.pdf_bytes(pages))))
    shared = writer.pages[0].get("/Contents")
    for page in writer.pages:
        own = page.get("/Contents")
        contents = ArrayObject([shared, own]) if own_parts and own != shared else shared
        page[NameObject("/Contents")] = contents if own_parts else shared
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def big_png(path: str, size: tuple[int, int], mode: str = "RGBA") -> None:
    """A large PNG written row by row (the test never holds its pixels): a photo-sized
    canvas of horizontal bands, so it compresses to a few megabytes."""
    import zlib

    width, height = size
    channels = {"RGBA": 6, "RGB": 2, "L": 0}[mode]
    per_pixel = {"RGBA": 4, "RGB": 3, "L": 1}[mode]
    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, channels, 0, 0, 0])

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body).to_bytes(4, "big")
        return len(body).to_bytes(4, "big") + kind + body + crc

    compressor = zlib.compressobj(1)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header))
        for y in range(height):
            shade = (y * 255 // height) % 256
            pixel = bytes([shade, 255 - shade, 128, 200][:per_pixel])
            data = compressor.compress(b"\x00" + pixel * width)
            if data:
                out.write(chunk(b"IDAT", data))
        out.write(chunk(b"IDAT", compressor.flush()) + chunk(b"IEND", b""))


def _cut_trailer(pdf: bytes) -> bytes:
    return pdf[: pdf.rindex(b"startxref")]


def pdf_without_startxref(pages: int = 3) -> bytes:
    """The end of the file lost (no startxref, no %%EOF), as an interrupted download."""
    return _cut_trailer(samples.pdf_bytes(pages))


def pdf_with_wrong_startxref(pages: int = 3) -> bytes:
    """startxref pointing into the middle of a stream."""
    whole = samples.pdf_bytes(pages)
    return _cut_trailer(whole) + b"startxref\n17\n%%EOF\n"


def pdf_with_broken_xref(pages: int = 3) -> bytes:
    """Every cross-reference entry off by some bytes (a file edited by hand or by a
    tool that did not update the table)."""
    import re

    whole = samples.pdf_bytes(pages)
    start = whole.rindex(b"\nxref") + 1

    def shifted(entry: re.Match[bytes]) -> bytes:
        return b"%010d" % (int(entry.group(1)) + 7) + entry.group(2)

    table = re.sub(rb"(\d{10})( 00000 n)", shifted, whole[start:])
    return whole[:start] + table


def pdf_without_xref(pages: int = 3) -> bytes:
    """No cross-reference table and no trailer at all: only the objects."""
    whole = samples.pdf_bytes(pages)
    return whole[: whole.rindex(b"\nxref") + 1]


def write_big_jpeg(path: str, size: tuple[int, int]) -> None:
    """A large camera-like JPEG at `path`, made in a separate process (its pixels never
    count towards the memory of the process that tests it)."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PIL import Image, ImageDraw\n"
        "w, h = int(sys.argv[2]), int(sys.argv[3])\n"
        "image = Image.linear_gradient('L').resize((w, h)).convert('RGB')\n"
        "ImageDraw.Draw(image).ellipse((w // 4, h // 4, w // 2, h // 2), fill=(200, 30, 30))\n"
        "image.save(sys.argv[1], 'JPEG', quality=80)\n"
    )
    subprocess.run([sys.executable, "-c", script, path, *map(str, size)], check=True, timeout=300)


def psd(size: tuple[int, int] = (300, 200)) -> bytes:
    """A flat 8-bit RGB Photoshop file (Pillow reads PSD but cannot write it): header,
    empty colour-mode, resource and layer sections, then raw planar channels."""
    import struct

    width, height = size
    picture = _picture(size)
    header = b"8BPS" + struct.pack(">H6xHIIHH", 1, 3, height, width, 8, 3)
    planes = b"".join(band.tobytes() for band in picture.split())
    return header + struct.pack(">III", 0, 0, 0) + struct.pack(">H", 0) + planes


def image_as(fmt: str, size: tuple[int, int] = (300, 200), **options: object) -> bytes:
    buffer = io.BytesIO()
    _picture(size).save(buffer, fmt, **options)
    return buffer.getvalue()


def bigtiff(size: tuple[int, int] = (300, 200)) -> bytes:
    buffer = io.BytesIO()
    _picture(size).save(buffer, "TIFF", big_tiff=True)
    return buffer.getvalue()


def ascii_pgm() -> bytes:
    """A plain (ASCII) PGM, as netpbm tools write with -plain: text, yet an image."""
    rows = [" ".join(str((x * 255) // 63) for x in range(64)) for _ in range(32)]
    return ("P2\n# made by hostile.py\n64 32\n255\n" + "\n".join(rows) + "\n").encode()


def xbm() -> bytes:
    """An X bitmap: C source text that Pillow happens to read; no document format."""
    buffer = io.BytesIO()
    Image.new("1", (16, 8), 1).save(buffer, "XBM")
    return buffer.getvalue()


def g4_tiff_with_bad_code_words() -> bytes:
    """A fax TIFF whose Group 4 data was damaged in transfer: libtiff reports "Fax4Decode:
    Bad code word" on stderr and goes on with a garbled page."""
    data = bytearray(samples.tiff_pages(1))
    image = Image.open(io.BytesIO(bytes(data)))
    assert isinstance(image, TiffImagePlugin.TiffImageFile)
    offset, count = image.tag_v2[273][0], image.tag_v2[279][0]
    for at in range(offset, offset + count, 3):
        data[at] = 0x00 if at % 2 else 0xFF
    return bytes(data)


def jpeg_with_bad_exif() -> bytes:
    """EXIF whose IFD offset points past the end and whose orientation is nonsense."""
    exif = Image.Exif()
    exif[0x0112] = 77
    body = bytearray(exif.tobytes())
    body[-4:] = b"\xff\xff\xff\x00"  # next-IFD offset far outside the segment
    buffer = io.BytesIO()
    _picture((320, 240)).save(buffer, "JPEG", exif=bytes(body))
    return buffer.getvalue()


def pdf_with_page_tree_loop() -> bytes:
    """A page tree whose /Kids contains its own parent (an endless tree)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, NameObject, NumberObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(samples.pdf_bytes(2))))
    pages = writer.root_object.raw_get("/Pages")
    tree = pages.get_object()
    tree[NameObject("/Kids")] = ArrayObject([*tree["/Kids"], pages])
    tree[NameObject("/Count")] = NumberObject(3)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_with_deep_nesting(depth: int = 50_000) -> bytes:
    """A content-free page whose /Annots is an array nested 50,000 deep."""
    whole = samples.pdf_bytes(1)
    nested = b"[" * depth + b"]" * depth
    return whole.replace(b"/Type /Page", b"/Annots " + nested + b" /Type /Page", 1)


def png_claiming_huge_size() -> bytes:
    """A PNG header claiming 60,000 x 60,000 pixels over a few bytes of data."""
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body).to_bytes(4, "big")
        return len(body).to_bytes(4, "big") + kind + body + crc

    header = (60_000).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    idat = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def animated(fmt: str) -> bytes:
    frames = [_picture((160, 120)).rotate(angle) for angle in (0, 90, 180)]
    buffer = io.BytesIO()
    frames[0].save(buffer, fmt, save_all=True, append_images=frames[1:], duration=100)
    return buffer.getvalue()


def tiff_with_too_many_pages(count: int = 501) -> bytes:
    frames = [Image.new("1", (16, 16), 1) for _ in range(count)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "TIFF", save_all=True, append_images=frames[1:])
    return buffer.getvalue()


def _seeded_noise(size: int, seed: int = 7) -> bytes:
    import random

    return random.Random(seed).randbytes(size)


# The corpus: name -> (file name as attached, generator). Real-world classes first, then
# hostile ones; each goes through attach -> render -> export in test_hostile_files.py.
CORPUS: dict[str, tuple[str, Callable[[], bytes]]] = {
    "jpeg_with_gps": ("gps.jpg", tagged_photo),
    "jpeg_progressive": ("prog.jpg", lambda: image_as("JPEG", progressive=True)),
    "jpeg_cmyk": ("print.jpg", lambda: _cmyk_jpeg()),
    "mpo": ("3d.mpo", mpo),
    "png_16_bit": ("scan16.png", lambda: gradient16("PNG")),
    "tiff_16_bit": ("scan16.tif", lambda: gradient16("TIFF")),
    "pgm_in_tiff": ("pgm.tif", pgm_in_tiff),
    "pdf_shared_content": ("shared.pdf", shared_content_pdf),
    "pdf_without_startxref": ("cut.pdf", pdf_without_startxref),
    "pdf_wrong_startxref": ("moved.pdf", pdf_with_wrong_startxref),
    "pdf_broken_xref": ("xref.pdf", pdf_with_broken_xref),
    "avif": ("photo.avif", lambda: tagged_photo("AVIF")),
    "jpeg2000": ("scan.jp2", lambda: image_as("JPEG2000")),
    "bigtiff": ("big.tif", bigtiff),
    "psd": ("layout.psd", psd),
    "ppm": ("scan.ppm", lambda: image_as("PPM")),
    "qoi": ("shot.qoi", lambda: image_as("QOI")),
    "gif_animated": ("moving.gif", lambda: animated("GIF")),
    "webp_animated": ("moving.webp", lambda: animated("WEBP")),
    # hostile: each must be refused with a message, or come out right
    "jpeg_truncated": ("half.jpg", lambda: samples.jpeg_bytes(800, 600)[:4000]),
    "jpeg_bad_exif": ("odd.jpg", jpeg_with_bad_exif),
    "png_truncated": ("half.png", lambda: image_as("PNG", (600, 400))[:900]),
    "png_bomb": ("bomb.png", samples.png_bomb),
    "png_huge_header": ("huge.png", png_claiming_huge_size),
    "tiff_g4_bad_code_words": ("fax.tif", g4_tiff_with_bad_code_words),
    "tiff_too_many_pages": ("many.tif", tiff_with_too_many_pages),
    "pdf_without_xref": ("gone.pdf", pdf_without_xref),
    "pdf_truncated": ("cut-early.pdf", lambda: samples.pdf_bytes(5)[:700]),
    "pdf_page_tree_loop": ("loop.pdf", pdf_with_page_tree_loop),
    "pdf_deep_nesting": ("deep.pdf", pdf_with_deep_nesting),
    "pdf_protected": ("locked.pdf", lambda: samples.pdf_bytes(2, password="s3cret")),
    "xbm_text": ("icon.xbm", xbm),
    "empty": ("empty.pdf", lambda: b""),
    "noise": ("noise.jpg", lambda: _seeded_noise(4096)),
    "zip_as_pdf": ("letter.pdf", lambda: b"PK\x03\x04" + _seeded_noise(500)),
}


def _cmyk_jpeg() -> bytes:
    buffer = io.BytesIO()
    _picture((300, 200)).convert("CMYK").save(buffer, "JPEG")
    return buffer.getvalue()


def write_big_scan_pdf(path: str, image_bytes: int, noise: bool = False) -> None:
    """A one-page PDF of one uncompressed grey scan `image_bytes` big (at least 1 MiB),
    written sparse: a file of hundreds of megabytes made in an instant, every byte of it
    a valid PDF (qpdf --check passes). `noise`: its pixels written out as random bytes
    instead (incompressible and on disk, as a real scan is read)."""
    width = 4096
    height = image_bytes // width
    size = width * height
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /XObject << /Im0 5 0 R >> >> >>",
        b"<< /Length 30 >>\nstream\nq 612 0 0 792 0 0 cm /Im0 Do Q\nendstream",
    ]
    image_head = (
        f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace"
        f" /DeviceGray /BitsPerComponent 8 /Length {size} >>\nstream\n"
    ).encode()
    offsets = []
    with open(path, "wb") as out:
        out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        for number, body in enumerate(objects, 1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
        offsets.append(out.tell())
        out.write(b"5 0 obj\n" + image_head)
        if noise:
            block = os.urandom(1 << 20)
            for start in range(0, size, len(block)):
                out.write(block[: size - start])
        else:
            out.seek(size, io.SEEK_CUR)  # the pixels: zeros (black), never written
        out.write(b"\nendstream\nendobj\n")
        xref = out.tell()
        entries = b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        out.write(b"xref\n0 6\n0000000000 65535 f \n" + entries)
        out.write(b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref)


def write_motion_photo(path: str, video_bytes: int) -> None:
    """A phone's "motion photo": a small JPEG with a video of `video_bytes` appended
    after its end-of-image marker (written sparse). The page is the still picture."""
    with open(path, "wb") as out:
        out.write(samples.jpeg_bytes(800, 600))
        out.write(b"\x00\x00\x00\x18ftypmp42")
        out.seek(video_bytes, io.SEEK_CUR)
        out.write(b"\x00")


def write_big_unknown(path: str, size: int) -> None:
    """`size` bytes of no document type (a disk image, a video without a header...),
    written sparse."""
    with open(path, "wb") as out:
        out.seek(size - 1)
        out.write(b"\x00")
