"""What a file's bytes are, from their first bytes: the one signature table.

Ground floor (imports nothing of the app) so the vault, which records each attachment's
kind and media type, and the documents layer, which turns attachments into pages, ask
the same table. What the app accepts as an attachment, and how a refusal is worded,
stays in `documents/sniff.py`.
"""

from __future__ import annotations

from pathlib import PurePath

# Kinds the documents layer can turn into pages, with the media type the vault records.
MEDIA_TYPES = {
    "pdf": "application/pdf",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "tiff": "image/tiff",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "webp": "image/webp",
    "heic": "image/heic",
    "avif": "image/avif",
    "jpeg2000": "image/jp2",
    "pnm": "image/x-portable-anymap",
    "psd": "image/vnd.adobe.photoshop",
    "qoi": "image/qoi",
    "other": "application/octet-stream",
}
# Kinds that are always one page (their page count needs no reading).
SINGLE_PAGE_KINDS = (
    "jpeg",
    "png",
    "gif",
    "bmp",
    "webp",
    "heic",
    "avif",
    "jpeg2000",
    "pnm",
    "psd",
    "qoi",
)
EXTENSIONS = {
    ".pdf": "pdf",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".jpe": "jpeg",
    ".jfif": "jpeg",
    ".mpo": "jpeg",  # multi-picture JPEG (3-D and phone cameras)
    ".png": "png",
    ".gif": "gif",
    ".bmp": "bmp",
    ".dib": "bmp",
    ".tif": "tiff",
    ".tiff": "tiff",
    ".webp": "webp",
    ".heic": "heic",
    ".heif": "heic",
    ".hif": "heic",
    ".avif": "avif",
    ".jp2": "jpeg2000",
    ".j2k": "jpeg2000",
    ".j2c": "jpeg2000",
    ".jpc": "jpeg2000",
    ".jpf": "jpeg2000",
    ".jpx": "jpeg2000",
    ".pnm": "pnm",
    ".pbm": "pnm",
    ".pgm": "pnm",
    ".ppm": "pnm",
    ".psd": "psd",
    ".qoi": "qoi",
}
_AVIF_BRANDS = {b"avif", b"avis"}
_PNM_MAGIC = {b"P1", b"P2", b"P3", b"P4", b"P5", b"P6"}
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"heif"}


def detect(head: bytes) -> str | None:
    """The kind of content from its first bytes (at least 1 KiB), None when unknown.
    Besides the page kinds of MEDIA_TYPES it names "zip" and "text", so a refusal can
    say what the file holds."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head.startswith(b"BM"):
        return "bmp"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):  # classic and BigTIFF
        return "tiff"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp":
        return _iso_media_kind(head)
    if head.startswith((b"\x00\x00\x00\x0cjP  \r\n\x87\n", b"\xff\x4f\xff\x51")):
        return "jpeg2000"  # JP2 file, or a bare codestream
    if head[:2] in _PNM_MAGIC and head[2:3] in (b" ", b"\t", b"\r", b"\n"):
        return "pnm"  # before text: P1-P3 are written in ASCII digits
    if head.startswith(b"8BPS"):
        return "psd"
    if head.startswith(b"qoif"):
        return "qoi"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if _looks_like_text(head):
        return "text"
    return None


def _iso_media_kind(head: bytes) -> str | None:
    """AVIF or HEIC from an ISO media file's ftyp box: its major brand, or for the
    generic "mif1"/"msf1" its compatible brands."""
    size = int.from_bytes(head[:4], "big")
    major, compatible = head[8:12], head[16 : min(size, len(head))]
    brands = {compatible[i : i + 4] for i in range(0, len(compatible) - 3, 4)}
    if major in _AVIF_BRANDS or (major in (b"mif1", b"msf1") and brands & _AVIF_BRANDS):
        return "avif"
    return "heic" if major in _HEIF_BRANDS else None


def recorded_kind(head: bytes) -> str:
    """The kind as the vault records it: a page kind, or "other"."""
    kind = detect(head)
    return kind if kind in MEDIA_TYPES else "other"


def kind_from_name(filename: str) -> str | None:
    """The kind a file's name claims, None when the extension names no page kind."""
    return EXTENSIONS.get(PurePath(filename).suffix.lower())


def _looks_like_text(head: bytes) -> bool:
    try:
        decoded = head.decode("utf-8")
    except UnicodeDecodeError:
        # A multi-byte character cut at the end of the sample is still text.
        try:
            decoded = head[:-3].decode("utf-8")
        except UnicodeDecodeError:
            return False
    return all(c.isprintable() or c in "\r\n\t\f" for c in decoded)
