"""The signature block of Part 9: drawn image, typed "/s/ Name", or a line to sign in ink."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, UnidentifiedImageError
from reportlab.lib.utils import ImageReader

from ombud_desktop.core.dates import format_date
from ombud_desktop.core.facts import WET_INK, signature_method
from ombud_desktop.core.model import Case
from ombud_desktop.core.ui_state import clean_strokes, is_signature
from ombud_desktop.documents import text
from ombud_desktop.documents.form_writer import LEFT, WIDTH, FormWriter
from ombud_desktop.errors import UserFacingError
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

_HEIGHT = 58.0


def strokes_to_png(strokes: object, width: int = 900, height: int = 300) -> bytes | None:
    """The drawn signature (strokes of 0..1 points, as the signature pad stores them) as a
    transparent PNG, without Qt; None when there is nothing that looks like a signature."""
    cleaned = clean_strokes(strokes)
    if not is_signature(cleaned):
        return None
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    for points in cleaned:
        scaled = [(x * width, y * height) for x, y in points]
        pen.line(
            scaled * 2 if len(scaled) == 1 else scaled,
            fill=(10, 20, 90, 255),
            width=6,
            joint="curve",
        )
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def draw_signature_block(
    writer: FormWriter, case: Case, preview: bool, image: bytes | None, subject_part: int
) -> None:
    """Signature box, printed name and date. A preview never carries a signature.
    `subject_part`: the printed part naming the individual or employer who signs."""
    method = signature_method(case)
    name = str(case.get("consent.signer_name") or "")
    signed_on = format_date(case.get("consent.signed_on"))
    writer.ensure(_HEIGHT + 30)
    c, top = writer.canvas, writer.y
    sig_w = WIDTH * 0.6
    c.setLineWidth(0.6)
    c.rect(LEFT, top - _HEIGHT, sig_w, _HEIGHT, stroke=1, fill=0)
    c.rect(LEFT + sig_w, top - _HEIGHT, WIDTH - sig_w, _HEIGHT, stroke=1, fill=0)
    text.draw(
        c,
        LEFT + 3,
        top - 8,
        f"Signature of the individual named in Part {subject_part} (or the employer's "
        "authorized signer)",
        7,
        bold=True,
    )
    text.draw(c, LEFT + sig_w + 3, top - 8, "Date (mm/dd/yyyy)", 7, bold=True)
    baseline = top - _HEIGHT + 12
    if method == WET_INK:
        text.draw(c, LEFT + 6, baseline + 3, "Sign here:", 9, bold=True)
        text.draw(c, LEFT + 60, baseline + 2, "X", 12, bold=True)
        c.setLineWidth(0.8)
        c.line(LEFT + 70, baseline, LEFT + sig_w - 10, baseline)
        text.draw(c, LEFT + 72, baseline - 9, "Sign in ink, by hand", 6.5)
        # The date is written by hand on the day of signing unless one was given.
        if signed_on:
            text.draw(c, LEFT + sig_w + 6, baseline + 3, signed_on, 10)
    elif preview:
        text.draw(c, LEFT + 6, baseline + 6, "(signature is added to the final copy)", 9)
        text.draw(c, LEFT + sig_w + 6, baseline + 6, signed_on, 10)
    else:
        if method == "drawn":
            _place_image(writer, image, LEFT + 6, baseline - 6, sig_w - 12, _HEIGHT - 18)
        else:
            text.draw(c, LEFT + 8, baseline + 4, f"/s/ {name}", 13)
        text.draw(c, LEFT + sig_w + 6, baseline + 6, signed_on, 10)
    writer.y = top - _HEIGHT
    c.rect(LEFT, writer.y - 24, WIDTH, 24, stroke=1, fill=0)
    text.draw(c, LEFT + 3, writer.y - 8, "Printed name of the person signing", 7, bold=True)
    text.draw(c, LEFT + 6, writer.y - 20, name, 10)
    writer.y -= 24


def _place_image(
    writer: FormWriter, image: bytes | None, x: float, y: float, width: float, height: float
) -> None:
    if not image:
        raise UserFacingError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "The drawn signature is missing. Draw the signature again on the Consent "
                "page, or choose a typed or ink signature.",
            )
        )
    try:
        with Image.open(io.BytesIO(image)) as picture:
            picture.load()
            pixel_w, pixel_h = picture.size
            converted = picture.convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError) as err:
        raise UserFacingError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "The drawn signature could not be read. Draw it again on the Consent page.",
            )
        ) from err
    scale = min(width / pixel_w, height / pixel_h)
    writer.canvas.drawImage(
        ImageReader(converted), x, y, pixel_w * scale, pixel_h * scale, mask="auto"
    )
