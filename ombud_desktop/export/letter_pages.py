"""Every fax page on US Letter portrait, as the person saw it: the page's /Rotate applied,
a landscape page turned a quarter (never squeezed into 8.5 inches), then scaled down
(never up) and centred. Letter portrait pages pass through untouched."""

from __future__ import annotations

from pypdf import PageObject, Transformation

LETTER = (612.0, 792.0)  # points

# clockwise quarter turns as (a, b, c, d) of the matrix, and the page corner that
# lands on the origin, as multiples of (width, height) of the unturned page
_TURNS = {
    0: ((1, 0, 0, 1), (0, 0, 0, 0)),
    90: ((0, -1, 1, 0), (0, 0, 1, 0)),  # (x, y) -> (y, w - x)
    180: ((-1, 0, 0, -1), (1, 0, 0, 1)),  # (x, y) -> (w - x, h - y)
    270: ((0, 1, -1, 0), (0, 1, 0, 0)),  # (x, y) -> (h - y, x)
}
# A landscape page is turned this much further clockwise: its top edge to the left, the
# way printers turn a landscape page onto portrait paper.
_LANDSCAPE_TURN = 270


def shown_turn(page: PageObject) -> tuple[int, float, float]:
    """(clockwise turn that makes the page portrait as shown, shown width, shown height)."""
    box = page.cropbox
    width, height = float(box.width), float(box.height)
    turn = page.rotation % 360
    if turn not in _TURNS:  # not a quarter turn: PDF readers ignore it too
        turn = 0
    if turn in (90, 270):
        width, height = height, width
    if width > height:
        turn = (turn + _LANDSCAPE_TURN) % 360
        width, height = height, width
    return turn, width, height


def letter_page(page: PageObject) -> PageObject:
    """`page` as it will be faxed: portrait US Letter, content upright as shown."""
    turn, width, height = shown_turn(page)
    box = page.cropbox
    left, bottom = float(box.left), float(box.bottom)
    letter_already = (round(width), round(height)) == (612, 792) and (left, bottom) == (0, 0)
    if turn == 0 and letter_already and page.rotation % 360 == 0:
        return page
    (a, b, c, d), (ew, eh, fw, fh) = _TURNS[turn]
    raw_w, raw_h = float(box.width), float(box.height)
    scale = min(LETTER[0] / width, LETTER[1] / height, 1.0)
    placed = (
        Transformation()
        .translate(-left, -bottom)
        .transform(Transformation((a, b, c, d, ew * raw_w + eh * raw_h, fw * raw_w + fh * raw_h)))
        .scale(scale, scale)
        .translate((LETTER[0] - width * scale) / 2, (LETTER[1] - height * scale) / 2)
    )
    blank = PageObject.create_blank_page(width=LETTER[0], height=LETTER[1])
    blank.merge_transformed_page(page, placed)
    return blank
