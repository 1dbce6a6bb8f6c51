"""Fax pages: every page on Letter portrait as the person saw it, rendered once into a
grayscale fax PDF and a TIFF Class F file that HylaFAX's tiffcheck and efax's efix take."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops, ImageStat
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from ombud_desktop.documents.pdf_input import merge_pdfs
from ombud_desktop.documents.stamping import StampHeader, stamp_pages_and_layer
from ombud_desktop.export.class_f import CODINGS, class_f_tiff
from ombud_desktop.export.letter_pages import letter_page
from ombud_desktop.export.progress import Progress
from ombud_desktop.export.raster import fax_images, page_has_colour
from tests.export.fax_tools import efix_pages, tiffcheck, tiffinfo
from tests.export.samples import make_pdf

HEADER = StampHeader("Nguyễn Thị Lan", "A012-345-678", "IOE0912345678")


def barred_page(width: float, height: float, rotate: int = 0, bar: str = "top") -> bytes:
    """A page whose raw content has a black bar along one edge (a fifth of the page)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    rects = {
        "top": (0, height * 0.8, width, height * 0.2),
        "left": (0, 0, width * 0.2, height),
        "bottom": (0, 0, width, height * 0.2),
    }
    canvas.rect(*rects[bar], fill=1, stroke=0)
    canvas.showPage()
    canvas.save()
    if not rotate:
        return buffer.getvalue()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    writer.pages[0].rotate(rotate)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def faxed(pdf: bytes) -> Image.Image:
    """The page as the fax carries it: fitted on Letter, rendered in gray."""
    writer = PdfWriter()
    writer.add_page(letter_page(PdfReader(io.BytesIO(pdf)).pages[0]))
    out = io.BytesIO()
    writer.write(out)
    page = pdfium.PdfDocument(out.getvalue())[0]
    assert [round(v) for v in page.get_size()] == [612, 792]
    return page.render(scale=0.5).to_pil().convert("L")


def dark(image: Image.Image, box: tuple[float, float, float, float]) -> float:
    """Share of dark pixels in `box` (fractions of the image's width and height)."""
    w, h = image.size
    left, top, right, bottom = box
    region = image.crop((round(left * w), round(top * h), round(right * w), round(bottom * h)))
    return 1 - ImageStat.Stat(region.point(lambda v: 255 if v > 128 else 0)).mean[0] / 255


def test_landscape_page_is_turned_to_portrait_not_squeezed() -> None:
    image = faxed(barred_page(792, 612, bar="top"))  # landscape, its top edge barred
    # turned a quarter with its top to the left, and as large as the page allows:
    # squeezed into 8.5 inches it would fill only 77% of the height
    assert dark(image, (0.0, 0.01, 0.19, 0.99)) > 0.95
    assert dark(image, (0.22, 0.01, 1.0, 0.99)) < 0.01


@pytest.mark.parametrize(
    ("width", "height", "rotate", "bar"),
    [
        (842, 595, 90, "left"),  # A4 kept landscape, shown portrait by /Rotate 90
        (595, 842, 180, "bottom"),  # A4 upside down, set right by /Rotate 180
        (842, 595, 270, "left"),  # ... and turned the other way round
    ],
)
def test_a4_page_keeps_its_rotate(width: float, height: float, rotate: int, bar: str) -> None:
    pdf = barred_page(width, height, rotate, bar)
    if rotate == 270:  # the bar shows at the bottom: check it stays there
        image = faxed(pdf)
        assert dark(image, (0.05, 0.85, 0.95, 0.93)) > 0.95
        assert dark(image, (0.05, 0.1, 0.95, 0.75)) < 0.01
        return
    image = faxed(pdf)  # the bar shows at the top of the page, upright as shown
    assert dark(image, (0.05, 0.07, 0.95, 0.15)) > 0.95
    assert dark(image, (0.05, 0.3, 0.95, 0.95)) < 0.01


def test_letter_portrait_pages_pass_through_untouched() -> None:
    page = PdfReader(io.BytesIO(make_pdf(1, "letter"))).pages[0]
    assert letter_page(page) is page


def stamped(pdf: bytes) -> tuple[bytes, bytes]:
    return stamp_pages_and_layer(pdf, HEADER)


def test_colour_pages_become_gray_images_that_keep_their_stamp_as_text() -> None:
    both = merge_pdfs([make_pdf(1, "colour", colour=True), make_pdf(1, "plain")])
    result = fax_images(*stamped(both), Progress(), coding=None)
    document = pdfium.PdfDocument(result.pdf)
    assert not any(page_has_colour(document[i]) for i in range(len(document)))
    pages = PdfReader(io.BytesIO(result.pdf)).pages
    assert pages[0].images and not pages[1].images  # the colour page is now an image
    assert "colour - page 1" not in pages[0].extract_text()
    assert "page 1 of 2" in pages[0].extract_text()  # its stamp is still text
    assert "plain - page 1" in pages[1].extract_text()  # the black page stays vector
    assert all((round(p.mediabox.width), round(p.mediabox.height)) == (612, 792) for p in pages)
    assert result.frames == []  # no TIFF asked for


@pytest.mark.parametrize("coding", [None, "g3"])
def test_pages_are_drawn_at_fax_resolution_only_for_what_needs_them(
    coding: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no TIFF, a page with no colour stays as it is: it is never drawn whole."""
    from ombud_desktop.export import raster

    drawn: list[int] = []
    draw = raster._render_fax_grid
    monkeypatch.setattr(raster, "_render_fax_grid", lambda page: drawn.append(1) or draw(page))
    pages = merge_pdfs([make_pdf(1, "colour", colour=True), make_pdf(2, "plain")])
    result = fax_images(*stamped(pages), Progress(), coding=coding)
    assert len(drawn) == (1 if coding is None else 3)  # the colour page only, or all
    assert [bool(p.images) for p in PdfReader(io.BytesIO(result.pdf)).pages] == [True, False, False]


@pytest.mark.parametrize("coding", list(CODINGS))
def test_tiff_is_class_f_and_passes_tiffcheck(coding: str, tmp_path: Path) -> None:
    result = fax_images(*stamped(make_pdf(3, "fax")), Progress(), coding=coding)
    path = tmp_path / "fax.tif"
    path.write_bytes(class_f_tiff(result.frames, coding))
    assert tiffcheck(path, coding) == "OK"
    info = tiffinfo(path)
    scheme = {"g3": "CCITT Group 3", "g3-2d": "CCITT Group 3", "g4": "CCITT Group 4"}[coding]
    options = {
        "g3": "Group 3 Options: EOL padding (4 = 0x4)",
        "g3-2d": "Group 3 Options: 2-d encoding+EOL padding (5 = 0x5)",
        "g4": "Group 4 Options: (0 = 0x0)",
    }[coding]
    for expected in (
        "TIFF Directory at offset",
        f"Compression Scheme: {scheme}",
        options,
        "Image Width: 1728 Image Length: 2156",
        "Resolution: 204, 196 pixels/inch",
        "Photometric Interpretation: min-is-white",
        "FillOrder: msb-to-lsb",
        "Subfile Type: multi-page document (2 = 0x2)",
        "Rows/Strip: 2156",
    ):
        assert info.count(expected) == 3, expected
    for number in range(3):
        assert f"Page Number: {number}-3" in info


def test_tiffcheck_refuses_what_a_fax_cannot_take(tmp_path: Path) -> None:
    result = fax_images(*stamped(make_pdf(1, "fax")), Progress(), coding="g4")
    path = tmp_path / "fax.tif"
    path.write_bytes(class_f_tiff(result.frames, "g4"))
    assert tiffcheck(path, "g3").startswith("REFORMAT")  # Group 4 to a Group 3 machine


def test_efix_reads_the_group3_tiff_as_we_drew_it(tmp_path: Path) -> None:
    result = fax_images(*stamped(make_pdf(2, "fax text")), Progress(), coding="g3")
    path = tmp_path / "fax.tif"
    path.write_bytes(class_f_tiff(result.frames))
    pages = efix_pages(path, tmp_path / "efix")
    assert len(pages) == 2
    with Image.open(path) as tiff:
        for number, pbm in enumerate(pages):
            tiff.seek(number)
            ours = tiff.convert("L")
            with Image.open(pbm) as theirs:
                assert theirs.size == (1728, 2156)
                assert ImageChops.difference(ours, theirs.convert("L")).getbbox() is None
            assert ImageStat.Stat(ours).mean[0] > 240  # mostly white paper
            assert ours.getextrema()[0] == 0  # and black letters


def test_photo_pages_are_halftoned_and_white_and_black_stay_so(tmp_path: Path) -> None:
    from ombud_desktop.export.class_f import encode_frame

    page = Image.new("L", (1728, 2156), 255)
    page.paste(128, (200, 200, 1528, 1000))  # a photo's mid gray
    page.paste(0, (200, 1200, 1528, 1400))  # and its black
    path = tmp_path / "photo.tif"
    path.write_bytes(class_f_tiff([encode_frame(page)]))
    assert tiffcheck(path, "g3") == "OK"
    with Image.open(path) as tiff:
        shown = tiff.convert("L")
    assert 0.4 < dark(shown, (0.15, 0.1, 0.85, 0.45)) < 0.6  # half the dots black
    assert dark(shown, (0.15, 0.57, 0.85, 0.64)) == 1.0
    assert dark(shown, (0.0, 0.75, 1.0, 1.0)) == 0.0


def test_image_pages_share_one_copy_of_the_stamps_font() -> None:
    """Each gray image page carries its stamp as text: the font it needs is held once
    in the fax, not once per page (it was copied with every page's stamp)."""
    six = merge_pdfs(make_pdf(1, f"colour {number}", colour=True) for number in range(6))
    result = fax_images(*stamped(six), Progress(), coding=None)
    assert len(PdfReader(io.BytesIO(result.pdf)).pages) == 6
    embedded = result.pdf.count(b"/FontFile2")  # the font programs (no object streams)
    assert 1 <= embedded <= 2, embedded


@pytest.mark.parametrize("colour", [(0.9, 0.1, 0.1), (0.1, 0.2, 0.8), (0.0, 0.55, 0.2)])
def test_a_page_whose_only_colour_is_a_line_of_small_print_becomes_gray(colour) -> None:
    """The colour check looks at a 50 dpi drawing: thin strokes there are pale, but
    still far more saturated than anti-aliasing noise."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(612, 792))
    canvas.setFont("Helvetica", 7)
    canvas.drawString(72, 700, "Black text on the page")
    canvas.setFillColorRGB(*colour)
    canvas.drawString(72, 650, "Only this small line is in colour")
    canvas.showPage()
    canvas.save()
    result = fax_images(*stamped(buffer.getvalue()), Progress(), coding=None)
    assert PdfReader(io.BytesIO(result.pdf)).pages[0].images  # made a gray image


def _long_fax() -> tuple[bytes, bytes]:
    """Ten pages, every other one in colour: long enough for the worker processes."""
    return stamped(
        merge_pdfs(
            make_pdf(1, f"{kind} {number}", colour=kind == "colour")
            for number in range(5)
            for kind in ("colour", "plain")
        )
    )


def test_a_long_fax_made_by_worker_processes_is_the_one_made_here(monkeypatch) -> None:
    from ombud_desktop.export import raster

    pdf, layer = _long_fax()
    if raster._process_count(10) == 0:
        pytest.skip("worker processes are used on Linux with two or more cores")
    by_workers = fax_images(pdf, layer, Progress(), coding="g3")
    monkeypatch.setattr(raster, "_process_count", lambda pages: 0)
    here = fax_images(pdf, layer, Progress(), coding="g3")
    assert by_workers.frames == here.frames  # the same fax pages, in the same order
    ours, theirs = (PdfReader(io.BytesIO(r.pdf)).pages for r in (by_workers, here))
    assert [bool(p.images) for p in ours] == [True, False] * 5
    assert [p.extract_text() for p in ours] == [p.extract_text() for p in theirs]


def test_cancelling_a_long_fax_stops_its_worker_processes() -> None:
    import multiprocessing

    from ombud_desktop.export.progress import ExportCancelled

    pages_done = []

    def report(step: str, done: int, total: int) -> None:
        pages_done.append(done)
        if len(pages_done) == 2:  # two pages back from the workers: the person cancels
            progress.cancel()

    progress = Progress(report=report)
    with pytest.raises(ExportCancelled):
        fax_images(*_long_fax(), progress, coding="g3")
    assert len(pages_done) == 2
    assert multiprocessing.active_children() == []


def _what_the_worker_inherited(index: int) -> tuple[int, bool]:
    """In a fax worker: how many objects are frozen out of its garbage collector, and
    whether it was given the fax as the parent read it (not parsing it again)."""
    import gc

    from ombud_desktop.export import raster

    assert raster._worker_pages is not None
    return gc.get_freeze_count(), raster._worker_pages[1] is _READER_IN_PARENT[0]


_READER_IN_PARENT: list[PdfReader] = []


def test_fax_workers_leave_the_parents_heap_alone(monkeypatch) -> None:
    """A worker's first full garbage collection walked the whole heap it forked with
    (and copied every memory page it touched): 50 ms a worker, each fax."""
    from ombud_desktop.export import raster

    if raster._process_count(10) == 0:
        pytest.skip("worker processes are used on Linux with two or more cores")
    monkeypatch.setattr(raster, "_page_in_worker", _what_the_worker_inherited)
    pdf, _ = _long_fax()
    _READER_IN_PARENT[:] = [PdfReader(io.BytesIO(pdf))]
    made = list(raster._made_in_processes(pdf, _READER_IN_PARENT[0], "g3", 2, Progress()))
    assert [index for index, _ in made] == list(range(10))
    assert all(frozen > 1000 and shared for _, (frozen, shared) in made)
