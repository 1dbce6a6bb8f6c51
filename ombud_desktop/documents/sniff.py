"""What a file really contains, from its first bytes, checked against its name."""

from __future__ import annotations

from pathlib import PurePath

from ombud_desktop.documents.errors import AttachmentError

KIND_NAMES = {
    "pdf": "a PDF document",
    "jpeg": "a JPEG image",
    "png": "a PNG image",
    "gif": "a GIF image",
    "bmp": "a BMP image",
    "tiff": "a TIFF image",
    "webp": "a WebP image",
    "heic": "a HEIC/HEIF photo",
    "text": "plain text",
    "zip": "a ZIP archive or an office document (Word, Excel ...)",
}
EXTENSIONS = {
    ".pdf": "pdf",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".jpe": "jpeg",
    ".jfif": "jpeg",
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
}
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"heif"}
SUPPORTED = "PDF, JPEG, PNG, TIFF, GIF, BMP, WebP or HEIC"


def detect(head: bytes) -> str | None:
    """The kind of content from its first bytes (at least 1 KiB), None when unknown."""
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
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "heic"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if _looks_like_text(head):
        return "text"
    return None


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


def kind_of(filename: str, data: bytes) -> str:
    """The attachment's kind; raises AttachmentError when it is empty, unknown, or not
    what its name says."""
    if not data:
        raise AttachmentError(
            filename, "the file is empty (0 bytes). Choose the file again, or scan it again."
        )
    actual = detect(data[:2048])
    expected = EXTENSIONS.get(PurePath(filename).suffix.lower())
    if actual is None or actual in ("text", "zip"):
        what = f"contains {KIND_NAMES[actual]}" if actual else "is not a file type the app reads"
        raise AttachmentError(
            filename,
            f"this file {what}. Attach a {SUPPORTED} file: print or save the document as a "
            "PDF first.",
        )
    if expected is not None and expected != actual:
        raise AttachmentError(
            filename,
            f"the name says {KIND_NAMES[expected]} but the file contains "
            f"{KIND_NAMES[actual]}. Check that this is the right file, or rename it to "
            f"end in the right extension.",
        )
    return actual
