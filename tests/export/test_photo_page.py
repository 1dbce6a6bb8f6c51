"""A photo page of the fax drawn by decoding its JPEG at the size shown
(export/photo_page.py) looks as PDFium draws it, in every turn and mirror a page can
place it; pages it cannot draw the same way are left to PDFium."""

from __future__ import annotations

import io
from functools import partial

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageStat
from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    StreamObject,
)
from reportlab.pdfgen.canvas import Canvas

from ombud_desktop.documents.image_pages import image_to_pdf, jpeg_page
from ombud_desktop.documents.pdf_input import to_bytes
from ombud_desktop.documents.stamping import StampHeader, stamp_pages_and_layer
from ombud_desktop.export import photo_page
from ombud_desktop.export.class_f import FAX_WIDTH_PX, fax_rows
from ombud_desktop.export.letter_pages import letter_page
from ombud_desktop.export.photo_page import DrawnPage, draw_photo_page, images_plain
from ombud_desktop.export.raster import _render_fax_grid

HEADER = StampHeader("Nguyễn Thị Lan", "A012-345-678")


@pytest.fixture(autouse=True)
def photos_as_they_are(monkeypatch: pytest.MonkeyPatch) -> None:
    """These photos have crisp blocks on light paper, which export/paper.py would make
    black on white (tests/export/test_paper.py): here the drawing itself is compared."""
    monkeypatch.setattr(photo_page, "flatten_text_photo", lambda photo: None)


def photo(
    size: tuple[int, int] = (1200, 900),
    orientation: int = 1,
    mode: str = "RGB",
    progressive: bool = False,
) -> bytes:
    """A JPEG whose every corner differs (a turned or mirrored copy would not match)."""
    image = Image.new("RGB", size, (235, 235, 235))
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.rectangle((0, 0, w // 3, h // 4), fill=(0, 0, 0))  # stored top-left: black
    draw.rectangle((w * 3 // 4, 0, w - 1, h // 6), fill=(200, 30, 30))  # top-right: red
    draw.ellipse((w // 10, h * 2 // 3, w // 3, h - 10), fill=(90, 90, 90))  # bottom-left
    for x in range(0, w, 37):
        draw.line((x, h // 3, x + 20, h // 2), fill=(20, 20, 120), width=3)
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    image.convert(mode).save(
        buffer, "JPEG", quality=92, exif=exif.tobytes(), progressive=progressive
    )
    return buffer.getvalue()


def stamped(pdf: bytes, as_letter: bool = True) -> bytes:
    """The page as the fax holds it: on Letter portrait (turned if landscape), stamped."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    writer = PdfWriter()
    for page in pages:
        writer.add_page(letter_page(page) if as_letter else page)
    buffer = io.BytesIO()
    writer.write(buffer)
    return stamp_pages_and_layer(buffer.getvalue(), HEADER)[0]


def both_ways(pdf: bytes) -> tuple[Image.Image | None, Image.Image, bool | None]:
    """(our drawing or None, PDFium's, whether ours found colour) of the first page."""
    ours_doc, theirs_doc = pdfium.PdfDocument(pdf), pdfium.PdfDocument(pdf)
    drawn = drawn_first_page(ours_doc, pdf)
    theirs = _render_fax_grid(theirs_doc[0]).convert("L")
    return (drawn.gray if drawn else None), theirs, (drawn.as_image if drawn else None)


def drawn_first_page(document: pdfium.PdfDocument, pdf: bytes) -> DrawnPage | None:
    page = document[0]
    plain = partial(images_plain, PdfReader(io.BytesIO(pdf)).pages[0])
    return draw_photo_page(page, FAX_WIDTH_PX, fax_rows(page.get_height()), plain)


def assert_alike(ours: Image.Image, theirs: Image.Image) -> None:
    """Alike but for how each resamples (blurred a little, a turned, mirrored or moved
    photo still differs in whole blocks)."""
    assert ours.size == theirs.size
    blur = ImageFilter.BoxBlur(2)
    difference = ImageChops.difference(ours.filter(blur), theirs.filter(blur))
    histogram = difference.histogram()
    far = sum(histogram[64:]) / sum(histogram)
    assert ImageStat.Stat(difference).mean[0] < 3 and far < 0.01, (
        ImageStat.Stat(difference).mean,
        far,
    )


@pytest.mark.parametrize("orientation", range(1, 9))
@pytest.mark.parametrize("size", [(1200, 900), (700, 1100)])
def test_every_turn_and_mirror_is_drawn_as_pdfium_draws_it(
    orientation: int, size: tuple[int, int]
) -> None:
    ours, theirs, colour = both_ways(
        stamped(image_to_pdf("p.jpg", photo(size, orientation), "jpeg"))
    )
    assert ours is not None, "a photo page takes the fast path"
    assert colour is True  # the red corner
    assert_alike(ours, theirs)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(photo((4000, 3000)), id="big: decoded reduced"),
        pytest.param(photo((4000, 3000), 6, progressive=True), id="progressive, turned"),
        pytest.param(photo((300, 200)), id="small: enlarged"),
    ],
)
def test_photos_of_any_size_and_coding_are_drawn_alike(data: bytes) -> None:
    ours, theirs, _ = both_ways(stamped(image_to_pdf("p.jpg", data, "jpeg")))
    assert ours is not None
    assert_alike(ours, theirs)


def test_a_gray_photo_has_no_colour() -> None:
    ours, theirs, colour = both_ways(stamped(image_to_pdf("p.jpg", photo(mode="L"), "jpeg")))
    assert ours is not None and colour is False
    assert_alike(ours, theirs)


def test_the_stamp_is_drawn_over_the_photo() -> None:
    ours, _, _ = both_ways(stamped(image_to_pdf("p.jpg", photo(), "jpeg")))
    assert ours is not None
    strip = ours.crop((0, 0, ours.width, 60))
    assert strip.getextrema()[0] < 100  # the header's text is there


def canvas_pdf(draw: object) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(612, 792))
    draw(canvas)  # type: ignore[operator]
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def jpeg_reader(mode: str = "RGB") -> object:
    from reportlab.lib.utils import ImageReader

    return ImageReader(io.BytesIO(photo(mode=mode)))


def _text_first(canvas: Canvas) -> None:
    canvas.drawString(72, 700, "a caption drawn before the photo")
    canvas.drawImage(jpeg_reader(), 72, 72, 400, 300)


def _clipped(canvas: Canvas) -> None:
    path = canvas.beginPath()
    path.circle(300, 300, 100)
    canvas.clipPath(path, stroke=0)
    canvas.drawImage(jpeg_reader(), 72, 72, 400, 300)


def _turned_45(canvas: Canvas) -> None:
    canvas.rotate(45)
    canvas.drawImage(jpeg_reader(), 300, 0, 400, 300)


def _cmyk(canvas: Canvas) -> None:
    canvas.drawImage(jpeg_reader("CMYK"), 72, 72, 400, 300)


def _not_jpeg(canvas: Canvas) -> None:
    from reportlab.lib.utils import ImageReader

    pixels = Image.open(io.BytesIO(photo()))  # decoded pixels: reportlab stores them Flate
    canvas.drawImage(ImageReader(pixels), 72, 72, 400, 300)


@pytest.mark.parametrize("drawer", [_text_first, _clipped, _turned_45, _cmyk, _not_jpeg])
def test_pages_it_would_not_draw_the_same_are_left_to_pdfium(drawer: object) -> None:
    pdf = canvas_pdf(drawer)
    document = pdfium.PdfDocument(pdf)
    assert drawn_first_page(document, pdf) is None
    assert pdfium.raw.FPDFPage_CountObjects(document[0]) >= 1  # nothing was taken off it


def test_a_rotated_page_is_left_to_pdfium() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(image_to_pdf("p.jpg", photo(), "jpeg"))))
    writer.pages[0].rotate(90)
    buffer = io.BytesIO()
    writer.write(buffer)
    assert drawn_first_page(pdfium.PdfDocument(buffer.getvalue()), buffer.getvalue()) is None


def test_a_damaged_photo_is_left_to_pdfium() -> None:
    data = photo()
    pdf = image_to_pdf("p.jpg", data, "jpeg")
    # cut the entropy-coded data short inside the PDF (the stream keeps its length)
    start = pdf.index(b"stream\n") + len(b"stream\n")
    end = pdf.index(b"\nendstream", start)
    middle = (start + end) // 2
    damaged = pdf[:middle] + b"\x00" * (end - middle) + pdf[end:]
    drawn = drawn_first_page(pdfium.PdfDocument(damaged), damaged)
    if drawn is not None:  # libjpeg read it anyway (zeros decode): then it must match
        assert_alike(drawn.gray, _render_fax_grid(pdfium.PdfDocument(damaged)[0]).convert("L"))


def test_a_photo_whose_colour_check_fails_is_left_whole_to_pdfium(monkeypatch) -> None:
    """The colour check decodes the JPEG a second time: if that fails, the page is left
    to PDFium as it is (its photo still on it), as when the first decode fails."""

    def undecodable(data: bytes) -> bool:
        raise OSError("broken data stream when reading image file")

    monkeypatch.setattr(photo_page, "_has_colour", undecodable)
    pdf = stamped(image_to_pdf("p.jpg", photo(), "jpeg"))
    document = pdfium.PdfDocument(pdf)
    assert drawn_first_page(document, pdf) is None
    assert_alike(_render_fax_grid(document[0]), _render_fax_grid(pdfium.PdfDocument(pdf)[0]))


def _soft_masked(writer: PdfWriter, page: PageObject, image: StreamObject) -> None:
    mask = StreamObject()
    mask.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(1),
            NameObject("/Height"): NumberObject(1),
            NameObject("/ColorSpace"): NameObject("/DeviceGray"),
            NameObject("/BitsPerComponent"): NumberObject(8),
        }
    )
    mask.set_data(b"\x00")  # the whole photo see-through: nothing of it shows
    image[NameObject("/SMask")] = writer._add_object(mask)


def _inverted(writer: PdfWriter, page: PageObject, image: StreamObject) -> None:
    image[NameObject("/Decode")] = ArrayObject([NumberObject(1), NumberObject(0)] * 3)


def _half_see_through(writer: PdfWriter, page: PageObject, image: StreamObject) -> None:
    state = DictionaryObject({NameObject("/ca"): FloatObject(0.5)})
    resources = page["/Resources"]
    resources[NameObject("/ExtGState")] = DictionaryObject({NameObject("/G0"): state})
    contents = page.get_contents()
    assert contents is not None
    contents.set_data(b"/G0 gs " + contents.get_data())
    page.replace_contents(contents)


@pytest.mark.parametrize("change", [_soft_masked, _inverted, _half_see_through])
def test_a_photo_drawn_other_than_its_samples_is_left_to_pdfium(change: object) -> None:
    """What PDFium does not report (a mask, a decode array) is read through pypdf."""
    writer = jpeg_page("p.jpg", photo())
    page = writer.pages[0]
    change(writer, page, page["/Resources"]["/XObject"]["/Im0"].get_object())  # type: ignore[operator]
    pdf = to_bytes(writer)
    assert drawn_first_page(pdfium.PdfDocument(pdf), pdf) is None
