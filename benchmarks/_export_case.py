"""A vault holding the complete sample case with 30 pages of attachments, for the export
benchmarks: two scanned-letter PDFs (5 + 5 pages, one in colour) and 20 phone photos
(JPEG, 2000 x 1500), as a person would attach them."""

from __future__ import annotations

import io
import json
import os
import random
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "benchmark passphrase"
os.environ.setdefault("OMBUD_KDF_PROFILE", "test")


def _letter_pdf(pages: int, title: str, colour: bool) -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=letter)
    for number in range(1, pages + 1):
        if colour:
            canvas.setFillColorRGB(0.1, 0.2, 0.7)
            canvas.rect(54, 700, 504, 40, fill=1, stroke=0)
            canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Helvetica", 11)
        for line in range(40):
            canvas.drawString(72, 660 - 14 * line, f"{title}, page {number}: line {line} " * 2)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _photo(seed: int) -> bytes:
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    image = Image.new("RGB", (2000, 1500), (rng.randrange(200, 255),) * 3)
    draw = ImageDraw.Draw(image)
    for _ in range(400):  # paper, text blocks and shadows, like a photographed document
        x, y = rng.randrange(2000), rng.randrange(1500)
        shade = tuple(rng.randrange(0, 255) for _ in range(3))
        draw.rectangle((x, y, x + rng.randrange(20, 300), y + rng.randrange(5, 40)), fill=shade)
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def build_case(folder: Path, photos: int = 20) -> tuple[Any, str]:
    """(unlocked Vault, case id); `photos` phone photos besides the two 5-page letters."""
    from ombud_desktop.vault import Vault

    vault = Vault(folder / "data")
    vault.initialize(passphrase=PASSPHRASE, use_keyring=False)
    answers = json.loads((ROOT / "tests" / "data" / "complete_ready.json").read_text("utf-8"))
    del answers["documents"]  # listed there without files; real files are attached below
    record = vault.create_case(answers)
    files = [("letter-a.pdf", _letter_pdf(5, "Letter from USCIS", True))]
    files.append(("letter-b.pdf", _letter_pdf(5, "Copy of the I-485 cover letter", False)))
    files += [(f"photo-{n:02d}.jpg", _photo(n)) for n in range(photos)]
    for name, data in files:
        path = folder / name
        path.write_bytes(data)
        vault.add_attachment(record, path, category="submitted_to_uscis", title=name)
        path.unlink()
    return vault, record.id
