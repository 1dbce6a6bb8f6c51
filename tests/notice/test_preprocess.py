"""Straightening: perspective solve, EXIF orientation, page found on a table."""

from __future__ import annotations

import io
import random

from PIL import Image

from ombud_desktop.notice import geometry, preprocess
from tests.notice.synthetic import notice_pdf, notice_truth, photo_jpeg, render


def test_perspective_coefficients_map_corners():
    output = [(0, 0), (100, 0), (100, 140), (0, 140)]
    source = [(10, 5), (95, 12), (90, 150), (3, 130)]
    a, b, c, d, e, f, g, h = geometry.perspective_coefficients(output, source)
    for (x, y), (u, v) in zip(output, source, strict=True):
        w = g * x + h * y + 1
        assert abs((a * x + b * y + c) / w - u) < 1e-6
        assert abs((d * x + e * y + f) / w - v) < 1e-6


def test_exif_orientation_applied():
    image = Image.new("L", (300, 200), 255)
    data = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 6
    image.save(data, "JPEG", exif=exif)
    assert preprocess.upright(Image.open(data)).size == (200, 300)


def test_photo_on_a_table_becomes_a_page_shaped_image():
    page = render(notice_pdf(notice_truth(5)), 100)
    photo = Image.open(io.BytesIO(photo_jpeg(page, random.Random(5))))
    flat = preprocess.prepare(photo)
    assert flat.width == preprocess.PAGE_WIDTH
    assert 0.65 < flat.width / flat.height < 0.85  # the table around it was cut off
    # Lighting evened: the page's paper is white across, shadow or not.
    top = flat.crop((0, 0, flat.width, flat.height // 10))
    assert sorted(top.tobytes())[top.width * top.height // 2] > 200


def test_scan_without_a_table_is_kept_whole():
    scan = render(notice_pdf(notice_truth(9)), 120).convert("L")
    flat = preprocess.prepare(scan)
    assert abs(flat.width / flat.height - scan.width / scan.height) < 0.02
