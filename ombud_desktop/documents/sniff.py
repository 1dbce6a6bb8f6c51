"""What a file really contains, from its first bytes, checked against its name."""

from __future__ import annotations

from pathlib import PurePath

from ombud_desktop.documents.errors import AttachmentError
from ombud_desktop.errors import Term
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

KIND_NAMES = {
    "pdf": Term(QT_TRANSLATE_NOOP("errors", "a PDF document")),
    "jpeg": Term(QT_TRANSLATE_NOOP("errors", "a JPEG image")),
    "png": Term(QT_TRANSLATE_NOOP("errors", "a PNG image")),
    "gif": Term(QT_TRANSLATE_NOOP("errors", "a GIF image")),
    "bmp": Term(QT_TRANSLATE_NOOP("errors", "a BMP image")),
    "tiff": Term(QT_TRANSLATE_NOOP("errors", "a TIFF image")),
    "webp": Term(QT_TRANSLATE_NOOP("errors", "a WebP image")),
    "heic": Term(QT_TRANSLATE_NOOP("errors", "a HEIC/HEIF photo")),
    "text": Term(QT_TRANSLATE_NOOP("errors", "plain text")),
    "zip": Term(
        QT_TRANSLATE_NOOP("errors", "a ZIP archive or an office document (Word, Excel ...)")
    ),
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
SUPPORTED = Term(QT_TRANSLATE_NOOP("errors", "PDF, JPEG, PNG, TIFF, GIF, BMP, WebP or HEIC"))


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
            filename,
            QT_TRANSLATE_NOOP(
                "errors", "the file is empty (0 bytes). Choose the file again, or scan it again."
            ),
        )
    actual = detect(data[:2048])
    expected = EXTENSIONS.get(PurePath(filename).suffix.lower())
    if actual is None:
        raise AttachmentError(
            filename,
            QT_TRANSLATE_NOOP(
                "errors",
                "this file is not a file type the app reads. Attach a {formats} file: print "
                "or save the document as a PDF first.",
            ),
            formats=SUPPORTED,
        )
    if actual in ("text", "zip"):
        raise AttachmentError(
            filename,
            QT_TRANSLATE_NOOP(
                "errors",
                "this file contains {kind}. Attach a {formats} file: print or save the "
                "document as a PDF first.",
            ),
            kind=KIND_NAMES[actual],
            formats=SUPPORTED,
        )
    if expected is not None and expected != actual:
        raise AttachmentError(
            filename,
            QT_TRANSLATE_NOOP(
                "errors",
                "the name says {expected} but the file contains {actual}. Check that this "
                "is the right file, or rename it to end in the right extension.",
            ),
            expected=KIND_NAMES[expected],
            actual=KIND_NAMES[actual],
        )
    return actual
