"""A photographed letter in the fax TIFF: its paper white and its print black, readable
(Tesseract reads the receipt number back from the coded page) and small to send; a photo
that is not of text keeps its halftone."""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader

from ombud_desktop.documents.image_pages import image_to_pdf
from ombud_desktop.documents.pdf_input import merge_pages
from ombud_desktop.documents.stamping import stamp_pages_and_layer
from ombud_desktop.export.class_f import class_f_tiff
from ombud_desktop.export.letter_pages import letter_page
from ombud_desktop.export.paper import flatten_text_photo
from ombud_desktop.export.progress import Progress
from ombud_desktop.export.raster import FaxImages, fax_images
from tests.export.test_fax_pages import HEADER

RECEIPT = "IOE0912345678"
BARE_PAGE_BYTES = 1728 * 2156 / 8


def letter_photo(dim: int = 170, bold_box: bool = False) -> Image.Image:
    """A phone photo of a printed letter: 9-point text, paper lit from one side (`dim`
    at the dark edge, 235 at the bright one), slightly out of focus."""
    width, height = 1700, 2200  # about 200 pixels an inch across the sheet
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=26)
    for line in range(40):
        draw.text(
            (150, 160 + 44 * line), f"Notice line {line}: receipt {RECEIPT}", font=font, fill=15
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


def test_a_photographed_letter_is_readable_and_small_in_the_fax() -> None:
    from ombud_desktop.notice.engine import EngineMissing, Tesseract

    page, coded = fax_page(letter_photo(dim=150))
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


def test_the_dim_side_of_the_paper_turns_white_not_black() -> None:
    page, _ = fax_page(letter_photo(dim=110))
    left_margin = page.crop((130, 400, 250, 1800))  # paper only, on the dim side
    assert left_margin.getextrema()[0] == 255  # no black, no dots


def test_a_wide_black_area_of_the_letter_stays_black() -> None:
    flat = flatten_text_photo(letter_photo(bold_box=True))
    assert flat is not None
    assert flat.crop((1250, 1990, 1450, 2060)).getextrema()[1] < 60  # its middle too


def portrait(seed: int = 1) -> Image.Image:
    """A photo that is no page of text: soft shading and blurred shapes."""
    rng = random.Random(seed)
    image = Image.radial_gradient("L").resize((1600, 2000)).point(lambda v: 60 + v // 2)
    draw = ImageDraw.Draw(image)
    for _ in range(30):
        x, y = rng.randrange(1600), rng.randrange(2000)
        size = rng.randrange(50, 400)
        draw.ellipse((x, y, x + size, y + size), fill=rng.randrange(40, 220))
    return image.filter(ImageFilter.GaussianBlur(12))


def test_a_photo_that_is_not_of_text_keeps_its_halftone() -> None:
    assert flatten_text_photo(portrait()) is None
    page, _ = fax_page(portrait())
    middle = page.crop((700, 900, 1000, 1200))
    black = middle.histogram()[0] / (300 * 300)
    assert 0.05 < black < 0.95  # shades of gray, dotted: neither paper nor ink
