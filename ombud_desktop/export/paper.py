"""A photographed page of text, as a fax should carry it: the paper white, the ink black.

A phone photo of a letter has gray, unevenly lit paper. Screened for the fax, that
paper turns into dots that swallow small print (and code large); thresholded as it is,
the dim corner goes black. So the paper is measured where it is (the brightest nearby,
over half an inch, wider than any stroke of print), each pixel is taken by how much darker it is
than its paper (as a ratio: ink on a dim corner is as dark, relative to that corner, as
anywhere), and what is much darker is ink: cut where a quarter darker than its paper,
or at half the darkness the page's ink reaches when that is fainter (a faded notice).
A photo that is not of text (a face, a scene: shading everywhere, little crisp ink) is
left to the halftone screen. A scan in a PDF goes the same way (export/raster.py).

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
# darkness d -> gray 352 - d * 255/16 (ImageChops.subtract's scale and offset, the result
# cut to 0-255): white up to _WHITE_BELOW, black from _BLACK_ABOVE. The offset is one
# over 255 + 6 * 255/16 rounded up, as the integer table it replaced rounded: darkness 12
# stays at 160 (white in the fax), 13 is the first below the fax's threshold
_CUT = 12.5  # where that mapping crosses the fax's threshold
_FAINTEST_CUT = 7.0  # a faded page's cut, at the lowest (about 0.86 of its paper)
_INK_REACH_SHARE = 0.005  # the darkness this share of the pixels reaches: the ink's
_INK_OF_REACH = 0.7  # on a faint page, ink is at least this share of that darkness
_FAINTEST_INK = 12  # but never lighter than this (about 0.77 of its paper)
_MOSTLY_PAPER = 0.85  # the share of a page of text no darker than shading
_GRAY_SCALE = (_BLACK_ABOVE - _WHITE_BELOW) / 255
_GRAY_OFFSET = 256 + math.ceil(_WHITE_BELOW / _GRAY_SCALE)
_SOLID_INK = 0.35  # darker than this share of the paper's level: ink, however wide
# the paper's logs, never below black's darkness: under a wide black area the "paper"
# nearby is black too, and what is darker than `solid` there must still come out black
_LOG_PAPER = [max(log, _BLACK_ABOVE) for log in _LOG]


def flatten_text_photo(photo: Image.Image, known_print: bool = False) -> Image.Image | None:
    """`photo` (gray) with its paper white and its ink black when it is a photographed
    page of text; None when it is not (it stays a photo). `known_print`: the caller
    knows it has no photo's tones (a scan with no wide gray areas): not judged, only
    made black on white (None still for paper too dark to be paper)."""
    if min(photo.size) < 8 * _REDUCE:
        return None
    small = photo.reduce(_REDUCE)
    paper_small = _brightest_nearby(small).filter(ImageFilter.BoxBlur(2))
    paper_level = ImageStat.Stat(paper_small).median[0]
    if paper_level < _DIM_PAPER:
        return None
    # the paper's log, smoothed to a quarter of the photo's size: it changes far too
    # slowly to need more, and each quarter pixel stands for its 4 x 4
    quarter = (max(1, photo.width // 4), max(1, photo.height // 4))
    log_paper = paper_small.point(_LOG_PAPER).resize(quarter, Image.Resampling.BILINEAR)
    counts = _darkness_counts(photo.resize(quarter, Image.Resampling.NEAREST), log_paper)
    if not known_print and not _is_text(counts):
        return None
    # wide dark areas (a black box, a bold logo) are their own "paper" nearby: what is
    # darker than `solid` counts as black (log 0) so its darkness is its paper's, ink
    solid = round(_SOLID_INK * paper_level)
    log_ink = [0 if v < solid else log for v, log in enumerate(_LOG)]
    paper = log_paper.resize(photo.size, Image.Resampling.NEAREST)
    # darkness (paper's log - pixel's) to gray in the same pass: (log - paper) * 255/16,
    # lifted so that _WHITE_BELOW steps and less are white
    scale = _GRAY_SCALE * _ink_cut(counts) / _CUT  # a lower cut: each step counts more
    return ImageChops.subtract(photo.point(log_ink), paper, scale, _GRAY_OFFSET)


def _brightest_nearby(small: Image.Image) -> Image.Image:
    """The brightest pixel within _PAPER_WINDOW each way: three 3 x 3 maximums, the same
    pixels as one 7 x 7 in half the time (a maximum of maximums)."""
    for _ in range(_PAPER_WINDOW // 2):
        small = small.filter(ImageFilter.MaxFilter(3))
    return small


def _darkness_counts(sampled: Image.Image, log_paper: Image.Image) -> list[int]:
    """How many pixels have each darkness, judged on every fourth pixel each way
    (`sampled`) against the paper there (`log_paper`, the same size): a pixel's darkness
    depends on it and its paper alone, so a sixteenth of them, evenly spread, have the
    shares of all of them."""
    return ImageChops.subtract(log_paper, sampled.point(_LOG)).histogram()


def _is_text(counts: list[int]) -> bool:
    """Whether the darkness `counts` are those of a page of text: its ink, and little
    shading. Ink is what is darker than _INK, or, on a page that is mostly paper and
    whose print is fainter (a faded or gray-printed letter), than most of the darkness
    its print reaches. (Not on a photo: judged by a lower level, its shading would
    pass for ink.)"""
    total = sum(counts)
    ink_level = _INK
    if sum(counts[:_FAINT]) >= _MOSTLY_PAPER * total:
        ink_level = max(_FAINTEST_INK, min(_INK, round(_INK_OF_REACH * _ink_reach(counts))))
    ink, faint = sum(counts[ink_level:]) / total, sum(counts[_FAINT:ink_level]) / total
    return ink >= _LEAST_INK and faint <= _FAINT_PER_INK * ink


def _ink_cut(counts: list[int]) -> float:
    """The darkness the fax cuts this page's print at: half the darkness its ink
    reaches, so faded print comes out black too; never over _CUT (black print is cut
    where it always was), nor under _FAINTEST_CUT (the paper's own grain stays white)."""
    return min(_CUT, max(_FAINTEST_CUT, _ink_reach(counts) / 2))


def _ink_reach(counts: list[int]) -> int:
    """The darkness the page's ink reaches: that of its darkest half percent."""
    left = sum(counts) * _INK_REACH_SHARE
    for darkness in range(len(counts) - 1, -1, -1):
        left -= counts[darkness]
        if left <= 0:
            return darkness
    return 0
