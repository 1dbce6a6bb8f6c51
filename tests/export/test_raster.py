from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader

from ombud_desktop.export.progress import Progress
from ombud_desktop.export.raster import grayscale_letter_pdf, page_has_colour, tiff_g4
from tests.export.samples import make_pdf


def test_colour_pages_become_gray_and_black_pages_stay_vector() -> None:
    colour = make_pdf(1, "colour", colour=True)
    plain = make_pdf(1, "plain")
    from pypdf import PdfWriter

    writer = PdfWriter()
    for data in (colour, plain):
        writer.append(io.BytesIO(data))
    both = io.BytesIO()
    writer.write(both)
    gray = grayscale_letter_pdf(both.getvalue(), Progress())
    document = pdfium.PdfDocument(gray)
    assert not any(page_has_colour(document[i]) for i in range(len(document)))
    pages = PdfReader(io.BytesIO(gray)).pages
    assert "plain - page 1" in pages[1].extract_text()  # still text, not an image
    assert all((round(p.mediabox.width), round(p.mediabox.height)) == (612, 792) for p in pages)


def test_a4_page_is_fitted_onto_letter() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.drawString(72, 72, "A4 page")
    canvas.save()
    page = PdfReader(io.BytesIO(grayscale_letter_pdf(buffer.getvalue(), Progress()))).pages[0]
    assert (round(page.mediabox.width), round(page.mediabox.height)) == (612, 792)
    assert "A4 page" in page.extract_text()


def test_tiff_is_group4_at_fax_resolution_one_frame_per_page(tmp_path: Path) -> None:
    path = tmp_path / "fax.tif"
    path.write_bytes(tiff_g4(make_pdf(3, "fax"), Progress()))
    info = subprocess.run(["tiffinfo", str(path)], capture_output=True, text=True, check=True)
    directories = info.stdout.count("TIFF Directory at offset")
    assert directories == 3
    assert info.stdout.count("Compression Scheme: CCITT Group 4") == 3
    assert info.stdout.count("Resolution: 204, 196 pixels/inch") == 3
    assert info.stdout.count("Image Width: 1728") == 3
    assert info.stdout.count("min-is-white") == 3


def test_tiff_pages_read_back_as_black_text_on_white(tmp_path: Path) -> None:
    from PIL import Image, ImageStat

    with Image.open(io.BytesIO(tiff_g4(make_pdf(2, "fax text"), Progress()))) as tiff:
        for frame in range(2):
            tiff.seek(frame)
            gray = tiff.convert("L")
            assert ImageStat.Stat(gray).mean[0] > 240  # mostly white paper
            assert gray.getextrema()[0] == 0  # and black letters
