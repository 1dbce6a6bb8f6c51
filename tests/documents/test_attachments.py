"""Attachments into pages: passthrough JPEG, orientation, every image type, hostile input."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader

from ombud_desktop.documents.attachments import (
    AttachmentInput,
    convert,
    inspect_attachment,
)
from ombud_desktop.documents.errors import AttachmentError, AttachmentProblems, PasswordNeeded
from tests.documents import samples
from tests.documents.pdftools import page_png, pdftotext, qpdf_check


def _images(pdf: bytes) -> list:
    found = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        xobjects = page["/Resources"].get("/XObject", {})
        found.extend(x.get_object() for x in xobjects.values())
    return found


def _scan(jpeg: bytes) -> bytes:
    return jpeg[jpeg.index(b"\xff\xda") :]


def test_jpeg_stream_in_the_pdf_is_the_file_without_its_metadata():
    photo = samples.jpeg_bytes(1200, 900)
    pdf = samples.attachments_pdf([AttachmentInput("photo.jpg", photo)], index=False)
    (image,) = _images(pdf)
    assert image["/Filter"] in ("/DCTDecode", ["/DCTDecode"])
    assert _scan(image._data) == _scan(photo)  # not re-encoded
    assert b"Exif" in photo and b"Exif" not in image._data
    qpdf_check(pdf)


@pytest.mark.parametrize("orientation", [3, 6, 8])
def test_exif_rotated_jpeg_is_shown_upright(orientation: int):
    photo = samples.upright_red_top_jpeg(orientation)
    pdf = samples.attachments_pdf([AttachmentInput("phone.jpg", photo)], index=False)
    (image,) = _images(pdf)
    assert _scan(image._data) == _scan(photo)  # rotated by the page transform, not re-encoded
    rendered = Image.open(io.BytesIO(page_png(pdf, 1, dpi=30))).convert("RGB")
    width, height = rendered.size
    assert width > height  # upright 400 x 300 photo: landscape page
    column = [rendered.getpixel((width // 2, y)) for y in range(height)]
    red = [y for y, (r, g, b) in enumerate(column) if r > 200 and g < 80 and b < 80]
    assert red, "no red band found"
    assert max(red) < height / 2, "the red band must be at the top"


@pytest.mark.parametrize(
    ("filename", "data", "pages"),
    [
        ("scan.png", samples.image_bytes("PNG", mode="RGBA"), 1),
        ("scan.gif", samples.image_bytes("GIF", mode="P"), 1),
        ("scan.bmp", samples.image_bytes("BMP"), 1),
        ("photo.webp", samples.image_bytes("WEBP"), 1),
        ("photo.heic", samples.image_bytes("HEIF"), 1),
        ("fax.tiff", samples.tiff_pages(3), 3),
        ("notice.pdf", samples.pdf_bytes(4), 4),
    ],
)
def test_every_supported_type_becomes_pages(filename: str, data: bytes, pages: int):
    kind, counted = inspect_attachment(filename, data)
    assert (kind, counted) == (filename.rsplit(".", 1)[1], pages)
    pdf = samples.attachments_pdf([AttachmentInput(filename, data)], index=False)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == pages
    qpdf_check(pdf)


def test_images_fit_inside_half_inch_margins():
    tall = samples.image_bytes("PNG", (3000, 4000))
    pdf = samples.attachments_pdf([AttachmentInput("big.png", tall)], index=False)
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)
    rendered = Image.open(io.BytesIO(page_png(pdf, 1, dpi=20))).convert("L")
    left, top, right, bottom = rendered.point(lambda v: 255 if v < 250 else 0).getbbox()
    margin = 0.5 * 20 - 1  # half an inch at 20 dpi, one pixel of rounding
    assert left >= margin and top >= margin
    assert rendered.width - right >= margin and rendered.height - bottom >= margin


def test_encrypted_pdf_asks_for_its_password():
    locked = samples.pdf_bytes(2, password="s3cret")
    with pytest.raises(PasswordNeeded) as err:
        convert(AttachmentInput("locked.pdf", locked))
    assert "locked.pdf" in str(err.value) and "password" in str(err.value)
    with pytest.raises(PasswordNeeded) as wrong:
        convert(AttachmentInput("locked.pdf", locked, password="nope"))
    assert wrong.value.wrong and "not correct" in str(wrong.value)
    assert convert(AttachmentInput("locked.pdf", locked, password="s3cret")).pages == 2


def test_truncated_pdf_names_the_file():
    whole = samples.pdf_bytes(5)
    with pytest.raises(AttachmentError) as err:
        convert(AttachmentInput("cut.pdf", whole[: len(whole) // 4]))
    assert str(err.value).startswith("cut.pdf: ")
    assert "damaged" in str(err.value)


def test_pdf_with_a_broken_cross_reference_table_is_repaired():
    whole = samples.pdf_bytes(3)
    broken = whole.replace(b"startxref", b"startxref\n999999\n%", 1)
    assert convert(AttachmentInput("xref.pdf", broken)).pages == 3


def test_zero_byte_file_is_refused_by_name():
    with pytest.raises(AttachmentError, match=r"^empty\.pdf: the file is empty \(0 bytes\)"):
        convert(AttachmentInput("empty.pdf", b""))


def test_decompression_bomb_png_is_refused_before_decoding():
    with pytest.raises(AttachmentError) as err:
        convert(AttachmentInput("huge.png", samples.png_bomb(20_000)))
    assert "huge.png" in str(err.value) and "too large" in str(err.value)


def test_text_file_named_pdf_is_refused():
    with pytest.raises(AttachmentError) as err:
        convert(AttachmentInput("letter.pdf", b"Dear USCIS,\nplease help.\n"))
    assert "letter.pdf" in str(err.value) and "plain text" in str(err.value)


def test_content_not_matching_its_name_is_refused():
    with pytest.raises(AttachmentError, match="name says a PNG image but the file contains a JPEG"):
        convert(AttachmentInput("photo.png", samples.jpeg_bytes()))


def test_damaged_image_names_the_file():
    photo = samples.jpeg_bytes(800, 600)
    with pytest.raises(AttachmentError, match=r"^half\.jpg: .*damaged or incomplete"):
        convert(AttachmentInput("half.jpg", photo[: len(photo) // 3]))


def test_all_bad_attachments_are_reported_together():
    with pytest.raises(AttachmentProblems) as err:
        samples.attachments_pdf(
            [
                AttachmentInput("a.pdf", b""),
                AttachmentInput("ok.jpg", samples.jpeg_bytes()),
                AttachmentInput("b.pdf", b"just text"),
            ]
        )
    message = str(err.value)
    assert "a.pdf" in message and "b.pdf" in message and "ok.jpg" not in message


def test_index_page_lists_category_title_pages_and_sha256():
    import hashlib

    notice = samples.pdf_bytes(2)
    photo = samples.jpeg_bytes()
    pdf = samples.attachments_pdf(
        [
            AttachmentInput("notice.pdf", notice, "received_from_uscis", "Receipt notice I-797C"),
            AttachmentInput("photo.jpg", photo, "other", "Photo of the envelope"),
        ]
    )
    index = " ".join(pdftotext(pdf, "-f", "1", "-l", "1").split())
    assert "Receipt notice I-797C" in index and "Photo of the envelope" in index
    assert "Document from USCIS" in index  # the form's own term
    assert "2 pages, pp. 2–3" in index and "1 page, p. 4" in index
    assert hashlib.sha256(notice).hexdigest() in index
    assert hashlib.sha256(photo).hexdigest() in index
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 4
    qpdf_check(pdf)


def test_needs_password_only_for_pdfs_a_password_must_open():
    from pypdf import PdfWriter

    from ombud_desktop.documents.pdf_input import needs_password, unlock_pdf

    locked = samples.pdf_bytes(2, password="s3cret")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(samples.pdf_bytes(2))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    print_restricted = io.BytesIO()
    writer.write(print_restricted)
    assert needs_password("a.pdf", locked)
    assert not needs_password("b.pdf", print_restricted.getvalue())  # opens without one
    assert not needs_password("c.pdf", samples.pdf_bytes(1))
    assert not needs_password("d.jpg", samples.jpeg_bytes())
    assert not needs_password("e.pdf", b"%PDF-1.4 cut off")  # damaged: reported elsewhere
    # An open file (the Documents step's way: the vault then streams it) answers the same.
    assert needs_password("a.pdf", io.BytesIO(locked))
    assert not needs_password("b.pdf", io.BytesIO(print_restricted.getvalue()))
    assert not needs_password("d.jpg", io.BytesIO(samples.jpeg_bytes()))

    unlocked = PdfReader(io.BytesIO(unlock_pdf("a.pdf", locked, "s3cret")))
    assert not unlocked.is_encrypted and len(unlocked.pages) == 2
    assert "Attached page 2" in unlocked.pages[1].extract_text()
    with pytest.raises(PasswordNeeded) as wrong:
        unlock_pdf("a.pdf", locked, "guess")
    assert wrong.value.wrong and "a.pdf" in str(wrong.value)
