"""Whether a file can be attached: what it really contains (`filetypes.detect`),
checked against its name, with the refusal worded for the person."""

from __future__ import annotations

from ombud_desktop.documents.errors import AttachmentError
from ombud_desktop.errors import Term
from ombud_desktop.filetypes import detect, kind_from_name
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
    "avif": Term(QT_TRANSLATE_NOOP("errors", "an AVIF photo")),
    "jpeg2000": Term(QT_TRANSLATE_NOOP("errors", "a JPEG 2000 image")),
    "pnm": Term(QT_TRANSLATE_NOOP("errors", "a PBM/PGM/PPM image")),
    "psd": Term(QT_TRANSLATE_NOOP("errors", "a Photoshop (PSD) image")),
    "qoi": Term(QT_TRANSLATE_NOOP("errors", "a QOI image")),
    "text": Term(QT_TRANSLATE_NOOP("errors", "plain text")),
    "zip": Term(
        QT_TRANSLATE_NOOP("errors", "a ZIP archive or an office document (Word, Excel ...)")
    ),
}
SUPPORTED = Term(
    QT_TRANSLATE_NOOP(
        "errors",
        "PDF, JPEG, PNG, TIFF, GIF, BMP, WebP, HEIC, AVIF, JPEG 2000, PBM/PGM/PPM, PSD or QOI",
    )
)


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
    expected = kind_from_name(filename)
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
