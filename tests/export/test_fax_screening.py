"""Which fax pages are halftoned: print stays crisp black on white, whatever its size,
font or colour; a bilevel scan is thresholded; a photo's tones and a gray fill are
screened, and the print over them stays crisp. Each page goes the fax's whole way:
stamped, drawn, coded Group 3, read back from the TIFF."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ombud_desktop.documents.image_pages import image_to_pdf
from ombud_desktop.documents.stamping import STRIP, StampHeader, stamp_pages_and_layer
from ombud_desktop.export.class_f import class_f_tiff, mid_tone_share
from ombud_desktop.export.progress import Progress
from ombud_desktop.export.raster import fax_images

LINE = "Receipt IOE0912345678, notice date 01/02/2026: the applicant's Form I-485 "
Draw = Callable[[Canvas], None]


def pdf_of(draw: Draw) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(612, 792))
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def faxed(draw: Draw) -> Image.Image:
    return faxed_pdf(pdf_of(draw))


HEADER = StampHeader("Lan Nguyen", "A012345678")


def faxed_pdf(pdf: bytes) -> Image.Image:
    """The page as the fax TIFF carries it, black 0 and white 255."""
    pdf, stamps = stamp_pages_and_layer(pdf, HEADER)
    frames = fax_images(pdf, stamps, Progress(), coding="g3").frames
    with Image.open(io.BytesIO(class_f_tiff(frames))) as tiff:
        return tiff.convert("L")


# lone dots among the black: print has a few (a serif's tip, a diagonal's steps); a
# halftone, many (mid gray is a checkerboard)
CRISP, DOTS = 0.04, 0.2


def lone_dots(page: Image.Image, box: tuple[int, int, int, int] | None = None) -> float:
    """The share of black pixels with no black pixel beside them (left, right, above or
    below): a halftone's dots; print has almost none."""
    ink = ImageChops.invert(page.crop(box) if box else page)  # black is 255 now
    beside = ImageChops.lighter(
        ImageChops.lighter(
            ink.transform(ink.size, Image.AFFINE, (1, 0, 1, 0, 1, 0)),
            ink.transform(ink.size, Image.AFFINE, (1, 0, -1, 0, 1, 0)),
        ),
        ImageChops.lighter(
            ink.transform(ink.size, Image.AFFINE, (1, 0, 0, 0, 1, 1)),
            ink.transform(ink.size, Image.AFFINE, (1, 0, 0, 0, 1, -1)),
        ),
    )
    alone = ImageChops.subtract(ink, beside)
    black = ink.histogram()[255]
    return alone.histogram()[255] / black if black else 0.0


def on_fax(left: float, bottom: float, right: float, top: float) -> tuple[int, int, int, int]:
    """A box on the page (points, from its bottom left) as pixels of its fax page: the
    stamp's strip shrinks the page towards its bottom centre first (stamping.py)."""
    scale = (792 - STRIP) / 792

    def pixel(x: float, y: float) -> tuple[int, int]:
        return round((306 + (x - 306) * scale) * 204 / 72), round((792 - y * scale) * 196 / 72)

    return (*pixel(left, top), *pixel(right, bottom))


def print_page(font: str, size: float, rgb: tuple[float, float, float] = (0, 0, 0)) -> Draw:
    def draw(canvas: Canvas) -> None:
        canvas.setFillColorRGB(*rgb)
        canvas.setFont(font, size)
        for line in range(int(640 / (size * 1.25))):
            canvas.drawString(36, 700 - size * 1.25 * line, LINE * 2)

    return draw


@pytest.mark.parametrize(
    ("font", "size", "rgb"),
    [
        ("Helvetica", 6, (0, 0, 0)),
        ("Helvetica", 9, (0, 0, 0)),
        ("Times-Roman", 7, (0, 0, 0)),
        ("Times-Bold", 11, (0, 0, 0)),
        ("Courier", 10, (0, 0, 0)),
        ("Helvetica", 10, (0.1, 0.2, 0.7)),  # a letter printed in blue
        ("Times-Roman", 9, (0.45, 0.45, 0.45)),  # gray small print
        ("Helvetica", 9, (0.7, 0.7, 0.7)),  # light gray print, over the fax's threshold
        ("Times-Roman", 8, (0.85, 0.85, 0.85)),  # paler still
        ("Helvetica", 9, (1.0, 0.75, 0.2)),  # orange
    ],
)
def test_a_full_page_of_print_is_black_on_white_not_dots(font: str, size: float, rgb) -> None:
    page = faxed(print_page(font, size, rgb))
    assert lone_dots(page) < CRISP
    assert page.histogram()[0] > 0.03 * page.width * page.height  # the print is there


def test_a_colour_letter_keeps_its_print_crisp_beside_its_coloured_bar() -> None:
    def draw(canvas: Canvas) -> None:
        canvas.setFillColorRGB(0.1, 0.2, 0.7)
        canvas.rect(54, 700, 504, 40, fill=1, stroke=0)
        print_page("Helvetica", 11)(canvas)
        canvas.setLineWidth(0.3)
        for row in range(12):  # a table's hairlines
            canvas.line(36, 100 + 6 * row, 576, 100 + 6 * row)

    assert lone_dots(faxed(draw)) < CRISP


def test_a_gray_box_is_screened_and_the_print_in_it_stays_crisp() -> None:
    def draw(canvas: Canvas) -> None:
        canvas.setFillColorRGB(0.55, 0.55, 0.55)
        canvas.rect(36, 250, 540, 300, fill=1, stroke=0)  # a fifth of the page
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(100, 380, 200, 40, fill=1, stroke=0)  # white, to hold black print
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Helvetica-Bold", 18)
        canvas.drawString(110, 392, "IOE0912345678")

    page = faxed(draw)
    shading = page.crop(on_fax(340, 260, 560, 540))
    assert 0.2 < shading.histogram()[0] / (shading.width * shading.height) < 0.8  # dots
    assert lone_dots(page, on_fax(104, 384, 296, 416)) < CRISP  # the number, crisp


def test_a_bilevel_scan_is_thresholded_not_screened() -> None:
    """A letter scanned at 300 dpi, one bit a pixel (as Pillow writes it into a PDF):
    drawn at 204 dpi its strokes have gray edges, which are no photo's shading."""
    scan = Image.new("L", (2550, 3300), 255)
    pen = ImageDraw.Draw(scan)
    font = ImageFont.load_default(size=26)
    for line in range(90):
        pen.text((150, 150 + 34 * line), LINE * 2, fill=0, font=font)
    buffer = io.BytesIO()
    scan.convert("1").save(buffer, format="PDF", resolution=300)
    assert b"/BitsPerComponent 1" in buffer.getvalue()
    page = faxed_pdf(buffer.getvalue())
    assert lone_dots(page) < CRISP
    assert page.histogram()[0] > 0.02 * page.width * page.height


def test_a_photo_is_screened_and_the_print_beside_it_stays_crisp() -> None:
    photo = Image.linear_gradient("L").resize((600, 400)).convert("RGB")

    def draw(canvas: Canvas) -> None:
        canvas.drawImage(ImageReader(photo), 72, 420, 468, 312)
        canvas.setFont("Helvetica", 9)
        for line in range(30):
            canvas.drawString(36, 380 - 11 * line, LINE * 2)

    page = faxed(draw)
    photo_box = on_fax(100, 450, 500, 700)
    assert lone_dots(page, photo_box) > DOTS  # halftone dots
    print_box = on_fax(36, 60, 576, 390)
    assert lone_dots(page, print_box) < CRISP


def test_thin_gray_lines_close_together_are_not_a_gray_area() -> None:
    """A gray line every few pixels (a hatch, a form's ruling) is print, thresholded;
    a gray area as wide is screened."""
    for period in (2, 3, 4, 5, 8):
        row = bytes(128 if x % period == 0 else 255 for x in range(1728))
        assert mid_tone_share(Image.frombytes("L", (1728, 2156), row * 2156)) < 0.05, period
    assert mid_tone_share(Image.new("L", (1728, 2156), 128)) > 0.95


def dull_scan() -> Image.Image:
    """A letter scanned in gray at 200 dpi on dull paper (gray 200), slightly soft."""
    scan = Image.new("L", (1700, 2200), 200)
    pen = ImageDraw.Draw(scan)
    font = ImageFont.load_default(size=22)
    for line in range(60):
        pen.text((120, 120 + 32 * line), LINE, fill=40, font=font)
    return scan.filter(ImageFilter.GaussianBlur(0.8))


@pytest.mark.parametrize("kind", ["png", "tiff"])
def test_a_gray_scan_of_a_letter_on_dull_paper_has_white_paper(kind: str) -> None:
    """Attached as a PNG or TIFF (a page PDFium draws, not a JPEG photo's): screened,
    its dull paper was dots all over, the print lost in them."""
    encoded = io.BytesIO()
    dull_scan().save(encoded, format=kind.upper())
    page = faxed_pdf(image_to_pdf(f"scan.{kind}", encoded.getvalue(), kind))
    assert lone_dots(page) < CRISP
    black = page.histogram()[0] / (page.width * page.height)
    assert 0.02 < black < 0.15  # the print, and no more: the paper is white


def test_a_gray_scan_in_a_fax_with_no_tiff_is_shown_black_on_white() -> None:
    """The fax PDF shows what the fax carries: the scanned letter's page becomes its
    fax page (one bit a pixel), as a photographed letter's does."""
    encoded = io.BytesIO()
    dull_scan().save(encoded, format="PNG")
    pdf, stamps = stamp_pages_and_layer(image_to_pdf("scan.png", encoded.getvalue(), "png"), HEADER)
    shown = PdfReader(io.BytesIO(fax_images(pdf, stamps, Progress(), coding=None).pdf)).pages[0]
    (image,) = shown.images
    assert image.image.mode == "1"


def test_a_gray_photo_filling_the_page_is_still_screened() -> None:
    """Not a letter: a face or a scene keeps its tones, as dots."""
    photo = Image.radial_gradient("L").resize((1700, 2200)).filter(ImageFilter.GaussianBlur(40))
    encoded = io.BytesIO()
    photo.save(encoded, format="PNG")
    page = faxed_pdf(image_to_pdf("photo.png", encoded.getvalue(), "png"))
    assert lone_dots(page, on_fax(100, 100, 500, 700)) > DOTS


def test_a_page_with_a_small_picture_is_not_drawn_for_a_fax_with_no_tiff(monkeypatch) -> None:
    """Only a page that is mostly one picture may be a scan to make black on white; a
    letter with a small gray logo stays as it is, never drawn."""
    from ombud_desktop.export import raster

    drawn: list[int] = []
    draw = raster._render_fax_grid
    monkeypatch.setattr(raster, "_render_fax_grid", lambda page: drawn.append(1) or draw(page))
    logo = Image.radial_gradient("L").resize((120, 120))

    def letter_with_logo(canvas: Canvas) -> None:
        canvas.drawImage(ImageReader(logo), 36, 700, 60, 60)
        print_page("Helvetica", 10)(canvas)

    pdf, stamps = stamp_pages_and_layer(pdf_of(letter_with_logo), HEADER)
    result = fax_images(pdf, stamps, Progress(), coding=None)
    assert drawn == []
    (kept,) = PdfReader(io.BytesIO(result.pdf)).pages[0].images
    assert kept.image.size == (120, 120)  # the page as it was: its logo its only image


def soft_scan(paper: int, ink: int) -> bytes:
    """A letter scanned in gray at 200 dpi, its print gray on lighter paper, slightly
    soft (as a scanner's gray mode makes a faded or toner-light notice), as a PNG."""
    scan = Image.new("L", (1700, 2200), paper)
    pen = ImageDraw.Draw(scan)
    font = ImageFont.load_default(size=22)
    for line in range(60):
        pen.text((120, 120 + 32 * line), LINE, fill=ink, font=font)
    encoded = io.BytesIO()
    scan.filter(ImageFilter.GaussianBlur(0.8)).save(encoded, format="PNG")
    return image_to_pdf("scan.png", encoded.getvalue(), "png")


def black_share(page: Image.Image) -> float:
    return page.histogram()[0] / (page.width * page.height)


@pytest.mark.parametrize(
    ("paper", "ink"),
    [(240, 150), (230, 140), (215, 140), (245, 175), (255, 190)],  # the last two faded
)
def test_the_gray_print_of_a_soft_scan_is_not_lost_to_the_threshold(paper: int, ink: int) -> None:
    """Gray print on lighter paper (no wide gray areas, so not screened) was cut at a
    fixed gray level, then at a fixed share of its paper's brightness: almost all of it
    fell on the white side (0-20% of the print left). It is now cut at half the
    darkness its own ink reaches."""
    clean = black_share(faxed_pdf(soft_scan(255, 0)))
    soft = faxed_pdf(soft_scan(paper, ink))
    assert black_share(soft) > 0.4 * clean
    assert lone_dots(soft) < CRISP  # strokes, not specks


def test_a_pale_shaded_box_stays_white_and_pale_hairlines_are_drawn() -> None:
    """Light gray over the fax's threshold is white in a wide area (a form's shaded
    heading: its black print stays readable) and black in a stroke (a pale table rule,
    light print: ink, not paper)."""

    def draw(canvas: Canvas) -> None:
        canvas.setFillColorRGB(0.86, 0.86, 0.86)  # as the form's own headings are shaded
        canvas.rect(36, 600, 540, 40, fill=1, stroke=0)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Helvetica-Bold", 12)
        canvas.drawString(44, 614, "Part 1. Actions Taken with USCIS for Resolution")
        canvas.setStrokeColorRGB(0.85, 0.85, 0.85)
        canvas.setLineWidth(0.5)
        for row in range(10):  # a table's pale rules, 20 points apart
            canvas.line(36, 200 + 20 * row, 576, 200 + 20 * row)

    page = faxed(draw)
    heading = page.crop(on_fax(380, 602, 570, 638))  # right of the heading's words
    assert black_share(heading) == 0.0
    rules = page.crop(on_fax(100, 190, 500, 390))
    rows_with_ink = sum(
        1
        for y in range(rules.height)
        if rules.crop((0, y, rules.width, y + 1)).getextrema()[0] == 0
    )
    assert rows_with_ink >= 10  # every rule is drawn
    assert black_share(rules) < 0.1  # as lines, not the area between them


def test_the_grain_of_a_blank_scanned_page_stays_white() -> None:
    """A scanned page with nothing on it: its paper's grain (noise of a few levels) is
    no faded print, however low the cut goes."""
    grain = Image.effect_noise((1700, 2200), 4).point(lambda v: v + 97)  # paper 225 +- 4
    encoded = io.BytesIO()
    grain.save(encoded, format="PNG")
    page = faxed_pdf(image_to_pdf("blank.png", encoded.getvalue(), "png"))
    body = page.crop(on_fax(36, 36, 576, 740))  # below the stamp
    assert black_share(body) < 0.001


def test_a_gray_scan_inside_a_form_has_white_paper_too() -> None:
    """Some PDF tools put each page's scan in a form XObject, placed by a matrix: it is
    found there (PDFium gives its bounds in the form's space) and made black on white."""

    def draw(canvas: Canvas) -> None:
        canvas.beginForm("scan")
        canvas.drawImage(ImageReader(dull_scan()), 0, 0, 520, 690)
        canvas.endForm()
        canvas.translate(60, 50)
        canvas.scale(0.95, 0.95)
        canvas.doForm("scan")

    page = faxed(draw)
    assert lone_dots(page) < CRISP
    assert 0.02 < black_share(page) < 0.15
