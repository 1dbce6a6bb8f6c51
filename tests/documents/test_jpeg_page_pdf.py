"""A JPEG page is written directly (no reportlab canvas): a valid PDF that qpdf checks
clean, carrying the JPEG's stripped bytes as its image stream, upright per EXIF."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw

from ombud_desktop.documents.image_pages import image_to_pdf
from ombud_desktop.documents.jpeg_strip import strip_jpeg_metadata


def photo(mode: str, orientation: int) -> bytes:
    image = Image.new("RGB", (400, 300), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 399, 299), outline=(128, 128, 128), width=4)  # the photo's edge
    draw.rectangle((0, 0, 199, 99), fill=(0, 0, 0))  # a block at its stored top-left
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    image.convert(mode).save(buffer, "JPEG", quality=90, exif=exif.tobytes())
    return buffer.getvalue()


@pytest.mark.parametrize("mode", ["RGB", "L", "CMYK"])
def test_jpeg_page_is_a_clean_pdf_holding_the_stripped_jpeg(mode: str, tmp_path: Path) -> None:
    data = photo(mode, 1)
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(image_to_pdf("p.jpg", data, "jpeg"))
    checked = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert strip_jpeg_metadata(data).data in pdf.read_bytes()  # byte for byte
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "Title:           Supporting document" in info and "Ombud Desktop" in info


@pytest.mark.parametrize(("orientation", "dark_corner"), [(1, (0, 0)), (3, (1, 1)), (6, (1, 0))])
def test_jpeg_page_is_upright_as_its_exif_says(
    orientation: int, dark_corner: tuple[int, int]
) -> None:
    page = pdfium.PdfDocument(image_to_pdf("p.jpg", photo("RGB", orientation), "jpeg"))[0]
    image = page.render(scale=0.5).to_pil().convert("L")
    inner = image.crop(image.point(lambda v: 255 if v < 250 else 0).getbbox())  # the photo
    x = inner.width // 8 if dark_corner[0] == 0 else inner.width * 7 // 8
    y = inner.height // 8 if dark_corner[1] == 0 else inner.height * 7 // 8
    assert inner.getpixel((x, y)) < 60  # the stored top-left block, where EXIF puts it
