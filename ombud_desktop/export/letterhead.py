"""The organization's letterhead (export/branding.py) drawn at the top of the fax cover
sheet and the mail cover letter: logo on the left, name and help line beside it."""

from __future__ import annotations

from pathlib import Path

from ombud_desktop.documents import text
from ombud_desktop.documents.pdfcanvas import INCH
from ombud_desktop.export.branding import Branding
from ombud_desktop.export.layout import MARGIN, Flow

LOGO_HEIGHT = 0.6 * INCH
LOGO_MAX_WIDTH = 2.2 * INCH
GAP = 0.2 * INCH


def _logo_image(path: Path, gray: bool) -> tuple[object, int, int] | None:
    """The logo for reportlab (gray: flattened on white, for the all-gray fax), or None
    when it cannot be read any more (moved, damaged since the app started): the
    letterhead then goes without it."""
    from PIL import Image, UnidentifiedImageError
    from reportlab.lib.utils import ImageReader

    try:
        with Image.open(path) as picture:
            picture.load()
            converted = picture.convert("RGBA")
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return None
    if gray:
        flat = Image.new("RGBA", converted.size, "white")
        flat.alpha_composite(converted)
        converted = flat.convert("L")
    return ImageReader(converted), *converted.size


def letterhead(flow: Flow, branding: Branding, *, gray: bool = False) -> None:
    """Logo on the left, the organization's name and help line beside it."""
    if not branding:
        return
    canvas, top = flow.canvas, flow.y
    left = MARGIN
    logo = _logo_image(branding.logo, gray) if branding.logo else None
    logo_height = 0.0
    if logo is not None:
        image, pixel_w, pixel_h = logo
        scale = min(LOGO_MAX_WIDTH / pixel_w, LOGO_HEIGHT / pixel_h)
        width, logo_height = pixel_w * scale, pixel_h * scale
        canvas.drawImage(image, MARGIN, top - logo_height, width, logo_height, mask="auto")
        left += width + GAP
    room = flow.width - MARGIN - left
    y = top
    for content, size, bold in ((branding.name, 14.0, True), (branding.help_contact, 10.0, False)):
        for line in text.wrap(content, room, size, bold) if content else []:
            y -= size * 1.3
            text.draw(canvas, left, y, line, size, bold)
    flow.y = min(y, top - logo_height) - 4
    flow.rule()
