"""Thumbnails of the Documents step for every kind the pages accept, also those Qt's
image reader lacks (AVIF, HEIC, JPEG 2000, PSD, 16-bit greyscale)."""

from __future__ import annotations

import pytest

from ombud_desktop.ui.widgets.thumbnails import THUMB, thumbnail_from_bytes
from tests.documents import hostile, samples


@pytest.mark.parametrize(
    "make",
    [
        lambda: hostile.tagged_photo("AVIF"),
        lambda: hostile.tagged_photo("HEIF"),
        lambda: hostile.image_as("JPEG2000"),
        hostile.psd,
        hostile.mpo,
        lambda: samples.pdf_bytes(1),
    ],
)
def test_every_accepted_kind_gets_a_thumbnail(make, qapp) -> None:
    image = thumbnail_from_bytes(make())
    assert image is not None and not image.isNull()
    assert image.width() <= THUMB.width() and image.height() <= THUMB.height()


def test_a_16_bit_scan_is_a_gradient_not_a_white_thumbnail(qapp) -> None:
    image = thumbnail_from_bytes(hostile.gradient16("TIFF", (512, 128)))
    assert image is not None
    row = [image.pixelColor(x, image.height() // 2).value() for x in range(image.width())]
    assert row[0] < 30 and row[-1] > 220


def test_damaged_or_unknown_bytes_give_no_thumbnail(qapp) -> None:
    assert thumbnail_from_bytes(samples.jpeg_bytes(800, 600)[:300]) is None
    assert thumbnail_from_bytes(b"just some text") is None
