"""Every class of real-world file comes out right: one generated file per class."""

from __future__ import annotations

import io
import itertools
import re

import pytest
from PIL import Image
from pypdf import PdfReader

from ombud_desktop.core.model import Case
from ombud_desktop.documents.attachments import AttachmentInput
from ombud_desktop.documents.packet import RenderOptions, render_packet
from tests.documents import hostile, samples
from tests.documents.pdftools import pdftotext, qpdf_check


def _page_texts(pdf: bytes) -> list[str]:
    return [" ".join(page.split()) for page in pdftotext(pdf).split("\f")[:-1]]


def _only_image(pdf: bytes) -> Image.Image:
    (image,) = PdfReader(io.BytesIO(pdf)).pages[0].images
    return image.image


@pytest.mark.parametrize(
    ("filename", "make"),
    [
        ("scan16.png", lambda: hostile.gradient16("PNG")),
        ("scan16.tiff", lambda: hostile.gradient16("TIFF")),
        ("pgm.tiff", hostile.pgm_in_tiff),
        ("scan12.png", lambda: hostile.gradient16("PNG", top=4095)),  # 12 bits used of 16
    ],
)
def test_16_bit_greyscale_stays_a_gradient(filename: str, make) -> None:
    pdf = samples.attachments_pdf([AttachmentInput(filename, make())], index=False)
    qpdf_check(pdf)
    image = _only_image(pdf)
    assert image.mode == "L"
    row = [image.getpixel((x, image.height // 2)) for x in range(image.width)]
    assert row[0] < 5 and row[-1] > 250  # black to white, not a white page
    assert all(b >= a for a, b in itertools.pairwise(row))  # rising all along
    assert len(set(row)) > 200  # a gradient, not a few bands


@pytest.mark.parametrize("own_parts", [False, True])
def test_pages_sharing_one_content_stream_each_carry_their_own_stamp(own_parts: bool) -> None:
    shared = hostile.shared_content_pdf(5, own_parts=own_parts)
    case = Case.from_answers(samples.complete_answers())
    result = render_packet(
        case,
        [AttachmentInput("shared.pdf", shared, "received_from_uscis", "Notice")],
        RenderOptions(preview=True, stamp=True),
    )
    qpdf_check(result.pdf)
    texts = _page_texts(result.pdf)
    assert len(texts) == result.pages
    for number, text in enumerate(texts, 1):
        stamps = re.findall(r"IOE0912345678 · page (\d+) of (\d+)", text)
        assert stamps == [(str(number), str(result.pages))], text  # its own, no other's
    for text in texts[-5:]:  # the shared pages: the watermark once, over "Attached page"
        assert text.replace(" ", "").count("PREVIEW—NOTSIGNED") == 1, text


@pytest.mark.parametrize(
    "make",
    [
        hostile.pdf_without_startxref,
        hostile.pdf_with_wrong_startxref,
        hostile.pdf_with_broken_xref,
    ],
)
def test_damaged_pdfs_the_standard_engines_open_are_repaired_and_said_so(make) -> None:
    damaged = make(3)
    pdf = samples.attachments_pdf(
        [
            AttachmentInput("damaged.pdf", damaged, "received_from_uscis", "Notice"),
            AttachmentInput("healthy.pdf", samples.pdf_bytes(1), "other", "Letter"),
        ]
    )
    qpdf_check(pdf)
    texts = _page_texts(pdf)
    assert texts[1:4] == ["Attached page 1", "Attached page 2", "Attached page 3"]
    index = texts[0]
    assert "Notice (file: damaged.pdf) — the file was damaged; these are the pages a PDF" in index
    assert index.count("damaged;") == 1  # the healthy file is not said to be repaired


def test_a_pdf_no_engine_can_open_is_refused_by_name() -> None:
    from ombud_desktop.documents.attachments import convert
    from ombud_desktop.documents.errors import AttachmentError

    with pytest.raises(AttachmentError, match=r"^gone\.pdf: the PDF is damaged and could not"):
        convert(AttachmentInput("gone.pdf", hostile.pdf_without_xref()))


@pytest.mark.parametrize(
    ("filename", "make", "kind"),
    [
        ("photo.avif", lambda: hostile.image_as("AVIF"), "avif"),
        ("scan.jp2", lambda: hostile.image_as("JPEG2000"), "jpeg2000"),
        ("scan.j2k", lambda: hostile.image_as("JPEG2000", no_jp2=True), "jpeg2000"),
        ("big.tif", hostile.bigtiff, "tiff"),
        ("scan.ppm", lambda: hostile.image_as("PPM"), "pnm"),
        ("plain.pgm", hostile.ascii_pgm, "pnm"),
        ("scan16.pgm", lambda: hostile.gradient16("PPM"), "pnm"),
        ("layout.psd", hostile.psd, "psd"),
        ("shot.qoi", lambda: hostile.image_as("QOI"), "qoi"),
    ],
)
def test_formats_the_installed_pillow_reads_become_pages(filename: str, make, kind: str) -> None:
    from ombud_desktop.documents.attachments import inspect_attachment
    from ombud_desktop.filetypes import MEDIA_TYPES, recorded_kind

    data = make()
    assert recorded_kind(data[:2048]) == kind and kind in MEDIA_TYPES  # the vault's record
    assert inspect_attachment(filename, data) == (kind, 1)
    pdf = samples.attachments_pdf([AttachmentInput(filename, data)], index=False)
    qpdf_check(pdf)
    image = _only_image(pdf).convert("RGB")
    if not filename.endswith(".pgm"):  # hostile._picture: red band on top, blue disc
        red = image.getpixel((image.width // 2, 2))
        assert red[0] > 200 and red[1] < 60, red
        blue = image.getpixel((image.width * 3 // 8, image.height // 2))
        assert blue[2] > 150 and blue[0] < 60, blue
    else:  # greyscale gradients, dark on the left
        left, right = image.getpixel((1, 2)), image.getpixel((image.width - 2, 2))
        assert left[0] < 40 and right[0] > 200
