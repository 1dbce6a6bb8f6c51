"""Small previews of attached documents, made in memory (never written to disk).

Safe to call on a worker thread: QImage and QPdfDocument do not need the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage

THUMB = QSize(96, 128)
MAX_PREVIEW_BYTES = 40 * 1024 * 1024  # bigger files get no picture: not worth the memory
_KEEP = Qt.AspectRatioMode.KeepAspectRatio
_SMOOTH = Qt.TransformationMode.SmoothTransformation


def thumbnail_from_bytes(data: bytes) -> QImage | None:
    """A thumbnail of an image or the first page of a PDF; None when neither."""
    if data[:5] == b"%PDF-":
        return _pdf_thumbnail(data)
    image = QImage()
    if not image.loadFromData(data):
        return _pillow_thumbnail(data)  # AVIF, HEIC, JPEG 2000, PSD, 16-bit ... Qt lacks
    return image.scaled(THUMB, aspectMode=_KEEP, mode=_SMOOTH)


def _pillow_thumbnail(data: bytes) -> QImage | None:
    """The picture as the pages show it (8-bit, on white), for formats Qt cannot read."""
    from PIL import Image

    from ombud_desktop.documents.image_pages import open_any_image
    from ombud_desktop.documents.pixels import printable

    try:
        image = open_any_image(data)
        if image is None:
            return None
        image.draft("RGB", (THUMB.width() * 2, THUMB.height() * 2))  # JPEG: decode small
        image.thumbnail((THUMB.width(), THUMB.height()), Image.Resampling.BOX)
        shown = printable(image).convert("RGB")
    except Exception:  # a damaged file simply shows without a picture
        return None
    width, height = shown.size
    return QImage(shown.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def _pdf_thumbnail(data: bytes) -> QImage | None:
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        return None
    size = document.pagePointSize(0).toSize().scaled(THUMB, _KEEP)
    image = document.render(0, size)
    document.close()
    return None if image.isNull() else image
