"""A reportlab canvas set up the way every PDF of the app needs it."""

from __future__ import annotations

import io

from reportlab import rl_config
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from ombud_desktop.documents.fonts import LATIN, register_fonts
from ombud_desktop.documents.pdf_metadata import AppInfo

LETTER = letter
INCH = 72.0


def new_canvas(buffer: io.BytesIO, title: str, pagesize: tuple[float, float] = LETTER) -> Canvas:
    """Canvas writing into `buffer` (never a file): embedded Noto Sans as the initial font
    (Helvetica would be referenced unembedded) and binary streams."""
    # ASCII85 would inflate every JPEG by 25% and cost 40x the time (measured with 40
    # phone-size photos against img2pdf).
    rl_config.useA85 = 0
    register_fonts()
    canvas = Canvas(
        buffer,
        pagesize=pagesize,
        pageCompression=1,
        initialFontName=LATIN.regular,
        initialFontSize=10,
        lang="en-US",
    )
    canvas._doc.info = AppInfo()  # no "anonymous" author nor "unspecified" subject
    canvas.setTitle(title)
    return canvas
