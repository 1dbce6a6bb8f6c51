"""Photos keep no location: no EXIF (GPS, serial, maker note), XMP or comment reaches a page."""

from __future__ import annotations

import io
import zlib

import pytest
from PIL import Image
from pypdf import PdfReader

from ombud_desktop.documents.attachments import AttachmentInput
from ombud_desktop.documents.jpeg_strip import strip_jpeg_metadata
from tests.documents import hostile, samples


def image_streams(pdf: bytes) -> list[tuple[str, bytes]]:
    """(filter, stored bytes) of every image XObject on every page (forms included)."""
    found: list[tuple[str, bytes]] = []

    def visit(resources: object) -> None:
        for xobject in (resources or {}).get("/XObject", {}).values():  # type: ignore[attr-defined]
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Image":
                filters = xobject.get("/Filter")
                name = filters if isinstance(filters, str) else str(list(filters or []))
                found.append((name, xobject._data))
            else:
                visit(xobject.get("/Resources"))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        visit(page.get("/Resources"))
    return found


def assert_no_metadata(pdf: bytes) -> None:
    """No marker of hostile.tagged_photo's metadata in any image, and every JPEG stream
    decodes with no EXIF, XMP or comment at all."""
    streams = image_streams(pdf)
    assert streams, "no image in the PDF"
    for filters, data in streams:
        plain = zlib.decompress(data) if "FlateDecode" in filters else data
        assert not [secret for secret in hostile.SECRETS if secret in plain], filters
        if "DCTDecode" in filters:
            image = Image.open(io.BytesIO(data))
            assert not image.getexif(), "EXIF left in a JPEG stream"
            assert not image.getexif().get_ifd(hostile.GPS_IFD)
            assert not {"xmp", "comment", "exif", "icc_profile", "mp"} & set(image.info)


def _scan_data(jpeg: bytes) -> bytes:
    return jpeg[jpeg.index(b"\xff\xda") :]


def test_jpeg_pass_through_drops_metadata_and_keeps_scan_and_pixels() -> None:
    photo = hostile.tagged_photo()
    original = Image.open(io.BytesIO(photo))
    assert original.getexif().get_ifd(hostile.GPS_IFD)  # the test file really has GPS
    assert all(secret in photo for secret in hostile.SECRETS)
    pdf = samples.attachments_pdf([AttachmentInput("gps.jpg", photo)], index=False)
    assert_no_metadata(pdf)
    ((_, stream),) = image_streams(pdf)
    assert _scan_data(stream) == _scan_data(photo)  # lossless: entropy-coded data as is
    assert Image.open(io.BytesIO(stream)).tobytes() == original.tobytes()


def test_stripped_orientation_is_still_applied_by_the_page() -> None:
    from tests.documents.pdftools import page_png

    # Stored sideways with orientation 6: upright it is a 300 x 400 portrait photo.
    photo = hostile.tagged_photo(size=(400, 300), orientation=6)
    pdf = samples.attachments_pdf([AttachmentInput("turned.jpg", photo)], index=False)
    assert_no_metadata(pdf)
    rendered = Image.open(io.BytesIO(page_png(pdf, 1, dpi=30)))
    assert rendered.height > rendered.width


@pytest.mark.parametrize(
    ("filename", "fmt"),
    [
        ("photo.jpg", "JPEG"),
        ("photo.png", "PNG"),
        ("photo.webp", "WEBP"),
        ("photo.tiff", "TIFF"),
        ("photo.heic", "HEIF"),
        ("photo.avif", "AVIF"),
        ("photo.jp2", "JPEG2000"),
    ],
)
def test_no_image_format_carries_its_metadata_onto_a_page(filename: str, fmt: str) -> None:
    pdf = samples.attachments_pdf(
        [AttachmentInput(filename, hostile.tagged_photo(fmt))], index=False
    )
    assert_no_metadata(pdf)


def test_mpo_first_picture_is_the_page_without_metadata() -> None:
    pdf = samples.attachments_pdf([AttachmentInput("3d.mpo", hostile.mpo())], index=False)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert_no_metadata(pdf)
    ((_, stream),) = image_streams(pdf)
    red, _green, blue = Image.open(io.BytesIO(stream)).convert("RGB").getpixel((10, 10))
    assert red > 200 and blue < 40  # the first (red) picture, not the second (blue)


def test_strip_keeps_adobe_colour_marker_and_progressive_scans() -> None:
    cmyk = io.BytesIO()
    Image.new("CMYK", (64, 48), (0, 200, 200, 0)).save(cmyk, "JPEG", comment=b"COMMENT-OMBUD")
    stripped = strip_jpeg_metadata(cmyk.getvalue())
    assert stripped.complete and b"COMMENT-OMBUD" not in stripped.data
    assert b"Adobe" in stripped.data  # APP14: how the CMYK values are stored
    assert Image.open(io.BytesIO(stripped.data)).tobytes() == Image.open(cmyk).tobytes()

    progressive = io.BytesIO()
    hostile._picture((300, 200)).save(
        progressive, "JPEG", progressive=True, exif=hostile.metadata_exif()
    )
    stripped = strip_jpeg_metadata(progressive.getvalue())
    assert stripped.complete and stripped.data.count(b"\xff\xda") > 1  # every scan kept
    assert b"OmbudCam" not in stripped.data
    assert Image.open(io.BytesIO(stripped.data)).tobytes() == (Image.open(progressive).tobytes())


def test_truncated_jpeg_is_not_complete_and_still_refused() -> None:
    from ombud_desktop.documents.attachments import convert
    from ombud_desktop.documents.errors import AttachmentError

    photo = samples.jpeg_bytes(800, 600)
    assert not strip_jpeg_metadata(photo[: len(photo) // 3]).complete
    with pytest.raises(AttachmentError, match="damaged or incomplete"):
        convert(AttachmentInput("half.jpg", photo[: len(photo) // 3]))
