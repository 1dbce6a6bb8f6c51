"""A photographed page of text, as a fax should carry it: the paper white, the ink black.

A phone photo of a letter has gray, unevenly lit paper. Screened for the fax, that
paper turns into dots that swallow small print (and code large); thresholded as it is,
the dim corner goes black. So the paper is measured where it is (the brightest nearby,
over half an inch, wider than any stroke of print), each pixel is taken by how much darker it is
than its paper (as a ratio: ink on a dim corner is as dark, relative to that corner, as
anywhere), and what is much darker is ink. A photo that is not of text (a face, a
scene: shading everywhere, little crisp ink) is left to the halftone screen.

Known limit: a uniformly gray area over half an inch wide is its own "paper" nearby, so
its inside turns white (its edges stay); areas darker than a third of the paper stay
black however wide.
"""

from __future__ import annotations

import math

from PIL import Image, ImageChops, ImageFilter, ImageStat

_REDUCE = 16  # the paper is measured on a sixteenth-size copy
_PAPER_WINDOW = 7  # pixels of that copy: 112 of the photo, over half an inch
# Darkness is compared as log(paper / pixel), 46 steps for each factor e: a ratio is a
# difference of two table look-ups, in 8 bits, with no arithmetic per pixel in Python.
_LOG = [round(46 * math.log(v + 1)) for v in range(256)]
_INK = 24  # at most 0.6 of its paper's brightness: ink
_FAINT = 5  # at most 0.9 of it but not ink: shading, or a letter's soft edge
_LEAST_INK = 0.01  # a page of text has at least this share of ink
_FAINT_PER_INK = 2.0  # and at most this much shading for each part of ink
_DIM_PAPER = 100  # paper darker than this (0-255) is not lit enough to read as paper
_WHITE_BELOW, _BLACK_ABOVE = 6, 22  # darkness -> gray: paper white, ink black
_GRAY = [  # darkness -> the gray shown
    255 - min(255, max(0, (d - _WHITE_BELOW) * 255 // (_BLACK_ABOVE - _WHITE_BELOW)))
    for d in range(256)
]
_SOLID_INK = 0.35  # darker than this share of the paper's level: ink, however wide
# the paper's logs, never below black's darkness: under a wide black area the "paper"
# nearby is black too, and what is darker than `solid` there must still come out black
_LOG_PAPER = [max(log, _BLACK_ABOVE) for log in _LOG]


def flatten_text_photo(photo: Image.Image) -> Image.Image | None:
    """`photo` (gray) with its paper white and its ink black when it is a photographed
    page of text; None when it is not (it stays a photo)."""
    if min(photo.size) < 8 * _REDUCE:
        return None
    small = photo.reduce(_REDUCE)
    paper_small = small.filter(ImageFilter.MaxFilter(_PAPER_WINDOW)).filter(ImageFilter.BoxBlur(2))
    paper_level = ImageStat.Stat(paper_small).median[0]
    if paper_level < _DIM_PAPER:
        return None
    log_paper = paper_small.point(_LOG_PAPER)
    if not _is_text(photo, log_paper):
        return None
    # wide dark areas (a black box, a bold logo) are their own "paper" nearby: what is
    # darker than `solid` counts as black (log 0) so its darkness is its paper's, ink
    solid = round(_SOLID_INK * paper_level)
    log_ink = [0 if v < solid else log for v, log in enumerate(_LOG)]
    darkness = ImageChops.subtract(_spread(log_paper, photo.size), photo.point(log_ink))
    return darkness.point(_GRAY)


def _is_text(photo: Image.Image, log_paper: Image.Image) -> bool:
    """Whether the photo has the ink and the little shading of a page of text, judged
    on every other pixel each way: a pixel's darkness depends on it and its paper
    alone, so a quarter of them, evenly spread, have the shares of all of them."""
    sampled = (photo.width // 2, photo.height // 2)
    pixels = photo.resize(sampled, Image.Resampling.NEAREST).point(_LOG)
    darkness = ImageChops.subtract(log_paper.resize(sampled, Image.Resampling.BILINEAR), pixels)
    counts = darkness.histogram()
    total = sum(counts)
    ink, faint = sum(counts[_INK:]) / total, sum(counts[_FAINT:_INK]) / total
    return ink >= _LEAST_INK and faint <= _FAINT_PER_INK * ink


def _spread(small: Image.Image, size: tuple[int, int]) -> Image.Image:
    """The paper map, measured on the sixteenth-size copy, over the whole photo: smooth
    to a quarter of the size, then each value over its 4 x 4 pixels (the paper changes
    far too slowly to show the steps; a quarter of the time of a smooth resize)."""
    quarter = (max(1, size[0] // 4), max(1, size[1] // 4))
    smooth = small.resize(quarter, Image.Resampling.BILINEAR)
    return smooth.resize(size, Image.Resampling.NEAREST)
