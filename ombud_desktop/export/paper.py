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
    log_paper = paper_small.point(_LOG).resize(photo.size, Image.Resampling.BILINEAR)
    darkness = ImageChops.subtract(log_paper, photo.point(_LOG))
    counts = darkness.histogram()
    total = sum(counts)
    ink, faint = sum(counts[_INK:]) / total, sum(counts[_FAINT:_INK]) / total
    if ink < _LEAST_INK or faint > _FAINT_PER_INK * ink:
        return None
    gray = darkness.point(_GRAY)
    # wide dark areas (a black box, a bold logo) are their own "paper" nearby: keep them
    solid = round(_SOLID_INK * paper_level)
    dark_anyway = photo.point([0 if v < solid else 255 for v in range(256)])
    return ImageChops.darker(gray, dark_anyway)
