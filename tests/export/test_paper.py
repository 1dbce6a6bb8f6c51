"""A photographed letter in the fax TIFF: its paper white and its print black, readable
(Tesseract reads the receipt number back from the coded page) and small to send; a photo
that is not of text keeps its halftone."""

from __future__ import annotations

import io
import random
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from pypdf import PageObject, PdfReader

from ombud_desktop.documents.image_pages import image_to_pdf
from ombud_desktop.documents.pdf_input import merge_pages
from ombud_desktop.documents.stamping import stamp_pages_and_layer
from ombud_desktop.export.class_f import CODINGS, class_f_tiff
from ombud_desktop.export.gray_render import render_gray
from ombud_desktop.export.letter_pages import letter_page
from ombud_desktop.export.paper import _brightest_nearby, flatten_text_photo
from ombud_desktop.export.progress import Progress
from ombud_desktop.export.raster import FaxImages, fax_images
from tests.export.test_fax_pages import HEADER

RECEIPT = "IOE0912345678"
BARE_PAGE_BYTES = 1728 * 2156 / 8


def letter_photo(dim: int = 170, bold_box: bool = False, ink: int = 15) -> Image.Image:
    """A phone photo of a printed letter: 9-point text (`ink` its gray on white paper),
    paper lit from one side (`dim` at the dark edge, 235 at the bright one), slightly out
    of focus."""
    width, height = 1700, 2200  # about 200 pixels an inch across the sheet
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=26)
    for line in range(40):
        draw.text(
            (150, 160 + 44 * line), f"Notice line {line}: receipt {RECEIPT}", font=font, fill=ink
        )
    if bold_box:
        draw.rectangle((1150, 1950, 1550, 2100), fill=0)  # a wide black area
    light = Image.linear_gradient("L").rotate(90).resize((width, height))
    light = light.point(lambda v: dim + v * (235 - dim) // 255)
    return ImageChops.multiply(page, light).filter(ImageFilter.GaussianBlur(1.0))


def jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def fax_of(photo: Image.Image) -> FaxImages:
    """The fax PDF and TIFF pages of a fax of the one photo."""
    pages = PdfReader(io.BytesIO(image_to_pdf("letter.jpg", jpeg(photo), "jpeg"))).pages
    pdf, layer = stamp_pages_and_layer(merge_pages([letter_page(pages[0])]), HEADER)
    return fax_images(pdf, layer, Progress(), "g3")


def fax_page(photo: Image.Image) -> tuple[Image.Image, int]:
    """(the TIFF page as a fax receives it, its coded size) of a fax of the one photo."""
    frames = fax_of(photo).frames
    with Image.open(io.BytesIO(class_f_tiff(frames))) as tiff:
        return tiff.convert("L"), len(frames[0].strip)


@pytest.mark.parametrize("ink", [15, 120, 150])  # black print; gray, or faded, print
def test_a_photographed_letter_is_readable_and_small_in_the_fax(ink: int) -> None:
    """Gray print was taken for a photo's shading (its ink is never 0.6 of its paper
    or darker) and the letter screened: 1.6 times a bare page's bytes, its print in
    dots."""
    from ombud_desktop.notice.engine import EngineMissing, Tesseract

    page, coded = fax_page(letter_photo(dim=150, ink=ink))
    assert coded < 0.25 * BARE_PAGE_BYTES, coded  # a screened letter: about 1.5x the bare page
    try:
        reader = Tesseract()
    except EngineMissing as missing:
        pytest.fail(f"the OCR engine the app ships is missing: {missing}")
    square = page.resize((page.width * 2, page.height * 2 * 204 // 196))  # fine mode's pixels
    read = " ".join(word.text for word in reader.words(square))
    # of 40 lines (Tesseract may take the I for a 1 or a |); a 6-pixel screen left none
    assert read.count(RECEIPT[-8:]) >= 30, read[:400]


def test_the_fax_pdf_shows_a_gray_photographed_letter_as_the_fax_carries_it() -> None:
    """Not the gray photo with its dim side (a fax service would screen that into dots):
    the page drawn with its paper white, the stamp still text over it."""
    pdf = fax_of(letter_photo(dim=110)).pdf
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    (drawn,) = page.images
    assert drawn.image is not None and drawn.image.width == 1728  # the fax grid, not the photo
    left_margin = drawn.image.convert("L").crop((130, 400, 250, 1800))
    assert left_margin.getextrema()[0] > 200  # white paper (but for JPEG noise)
    assert HEADER.a_number in page.extract_text()


def decoded_by_poppler(pdf: bytes, folder: Path) -> Image.Image:
    """The one image of the fax PDF's first page as poppler decodes it (pdfimages)."""
    path = folder / "fax.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdfimages", "-f", "1", "-l", "1", "-png", path, folder / "img"], check=True)
    (png,) = folder.glob("img-*.png")
    with Image.open(png) as image:
        return image.convert("L")


def stored_stream(pdf: bytes, number: int, folder: Path) -> bytes:
    """Object `number`'s stream data as stored, its filters not undone (qpdf)."""
    path = folder / "stored.pdf"
    path.write_bytes(pdf)
    shown = [f"--show-object={number}", "--raw-stream-data"]
    return subprocess.run(["qpdf", *shown, path], capture_output=True, check=True).stdout


def drawn_by_ghostscript(pdf: bytes, folder: Path) -> Image.Image:
    """The fax PDF's first page as HylaFAX has it drawn for sending: by Ghostscript, on
    the fax's grid (196 lines an inch; 1728 dots across the sheet, as the fax page has
    them, where HylaFAX would draw 204 an inch and cut the 6 left over)."""
    path, png = folder / "fax.pdf", folder / "gs.png"
    path.write_bytes(pdf)
    gs = ["gs", "-q", "-dSAFER", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pnggray", f"-r{1728 / 8.5}x196"]
    subprocess.run([*gs, "-dFirstPage=1", "-dLastPage=1", f"-sOutputFile={png}", path], check=True)
    with Image.open(png) as image:
        return image.convert("L")


@pytest.mark.parametrize("coding", [*CODINGS, None])
def test_the_fax_pdf_shows_a_photographed_letter_as_the_exact_fax_page(
    coding: str | None, tmp_path: Path
) -> None:
    """One bit a pixel, coded once for both files: what poppler, Ghostscript (what
    HylaFAX draws a PDF with) and PDFium read from the PDF is the TIFF's page, pixel for
    pixel, and it is a fraction of the bytes of a gray picture of the page."""
    pdf, layer = stamp_pages_and_layer(merge_pages([letter_page(letter_pdf_page())]), HEADER)
    tiffed = fax_images(pdf, layer, Progress(), coding or "g4")  # the pixels the fax sends
    with Image.open(io.BytesIO(class_f_tiff(tiffed.frames, coding or "g4"))) as tiff:
        sent = tiff.convert("L")
    result = fax_images(pdf, layer, Progress(), coding)
    page = PdfReader(io.BytesIO(result.pdf)).pages[0]
    xobjects = page["/Resources"]["/XObject"]
    (reference,) = [r for r in xobjects.values() if r.get_object()["/Subtype"] == "/Image"]
    image = reference.get_object()
    assert image["/Filter"] == "/CCITTFaxDecode" and image["/BitsPerComponent"] == 1
    coded = stored_stream(result.pdf, reference.idnum, tmp_path)
    if coding is not None:
        assert coded == result.frames[0].strip  # the TIFF's page, the same bytes
    assert len(coded) < 0.25 * BARE_PAGE_BYTES
    assert ImageChops.difference(decoded_by_poppler(result.pdf, tmp_path), sent).getbbox() is None
    below_stamp = (0, 200, 1728, 2156)  # the stamp is drawn over again as text (smoothed)
    ghostscript = drawn_by_ghostscript(result.pdf, tmp_path).point(lambda v: 255 * (v > 127))
    assert ghostscript.size == sent.size
    assert ImageChops.difference(ghostscript, sent).crop(below_stamp).getbbox() is None
    pdfium_page = pdfium.PdfDocument(result.pdf)[0]
    pdfium_drawn = render_gray(pdfium_page, 1728, 2156).point(lambda v: 255 * (v > 127))
    assert ImageChops.difference(pdfium_drawn, sent).crop(below_stamp).getbbox() is None


def letter_pdf_page() -> PageObject:
    return PdfReader(io.BytesIO(image_to_pdf("letter.jpg", jpeg(letter_photo()), "jpeg"))).pages[0]


def test_the_dim_side_of_the_paper_turns_white_not_black() -> None:
    page, _ = fax_page(letter_photo(dim=110))
    left_margin = page.crop((130, 400, 250, 1800))  # paper only, on the dim side
    assert left_margin.getextrema()[0] == 255  # no black, no dots


def test_a_wide_black_area_of_the_letter_stays_black() -> None:
    flat = flatten_text_photo(letter_photo(bold_box=True))
    assert flat is not None
    assert flat.crop((1250, 1990, 1450, 2060)).getextrema()[1] < 60  # its middle too


def portrait(seed: int = 1, shapes: int = 30, blur: float = 12) -> Image.Image:
    """A photo that is no page of text: soft shading and blurred shapes."""
    rng = random.Random(seed)
    image = Image.radial_gradient("L").resize((1600, 2000)).point(lambda v: 60 + v // 2)
    draw = ImageDraw.Draw(image)
    for _ in range(shapes):
        x, y = rng.randrange(1600), rng.randrange(2000)
        size = rng.randrange(20 if shapes > 30 else 50, 400)
        draw.ellipse((x, y, x + size, y + size), fill=rng.randrange(40, 220))
    return image.filter(ImageFilter.GaussianBlur(blur))


def test_a_photo_that_is_not_of_text_keeps_its_halftone() -> None:
    assert flatten_text_photo(portrait()) is None
    page, _ = fax_page(portrait())
    middle = page.crop((700, 900, 1000, 1200))
    black = middle.histogram()[0] / (300 * 300)
    assert 0.05 < black < 0.95  # shades of gray, dotted: neither paper nor ink


@pytest.mark.parametrize("seed", range(1, 7))
def test_no_photo_of_soft_shapes_passes_for_a_letter(seed: int) -> None:
    """Judged on a page that is mostly paper with faint print, ink is lighter than on
    other pages: never so light that a photo's shading passes for it, however washed
    out or bright the photo, however many, small or sharp its shapes."""
    for low, divisor in ((60, 1), (150, 3), (200, 5)):
        for blur in (3, 12):
            washed_out = portrait(seed, shapes=80 if blur == 3 else 30, blur=blur)
            photo = washed_out.point(lambda v, low=low, divisor=divisor: low + v // divisor)
            assert flatten_text_photo(photo) is None, (low, divisor, blur)


@given(st.integers(1, 40), st.integers(1, 40), st.randoms(use_true_random=False))
@settings(max_examples=60, deadline=None)
def test_the_paper_is_the_brightest_pixel_of_the_7_by_7_around(
    width: int, height: int, rng: random.Random
) -> None:
    """Three 3 x 3 maximums are one 7 x 7 maximum, to the edges."""
    small = Image.frombytes("L", (width, height), rng.randbytes(width * height))
    one_pass = small.filter(ImageFilter.MaxFilter(7))
    assert ImageChops.difference(_brightest_nearby(small), one_pass).getbbox() is None
