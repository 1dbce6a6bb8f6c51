"""The address page's address shows whole in a #10 window envelope wherever the folded
sheet settles: measured on the PDF's drawn words (pdftotext -bbox) against the envelope's
numbers, not against the module's own constants."""

from __future__ import annotations

import re
import subprocess
from html import unescape

import pytest

from ombud_desktop.export.destinations import load_destinations
from ombud_desktop.export.mail_packet import address_page

INCH = 72.0
ENVELOPE = (9.5 * INCH, 4.125 * INCH)
WINDOW_LEFT, WINDOW_BOTTOM = 0.875 * INCH, 0.5 * INCH
WINDOW = (4.5 * INCH, 1.125 * INCH)
PANEL = 11 * INCH / 3  # the top third of a Letter sheet folded in three
SHEET_WIDTH = 8.5 * INCH


def _word_boxes(pdf: bytes) -> list[tuple[str, float, float, float, float]]:
    done = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True)
    assert done.returncode == 0, done.stderr
    pattern = r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<'
    return [
        (unescape(w), float(a), float(b), float(c), float(d))
        for a, b, c, d, w in re.findall(pattern, done.stdout.decode())
    ]


def _address_words(lines: tuple[str, ...]) -> list[tuple[str, float, float, float, float]]:
    boxes = _word_boxes(address_page(load_destinations({"mail": {"lines": list(lines)}})))
    wanted = [word for line in lines for word in line.split()]
    found = [box for box in boxes if box[2] < PANEL]  # the top third only
    assert [box[0] for box in found] == wanted
    return found


def _shows_in_window(box: tuple[str, float, float, float, float], down: float, across: float):  # type: ignore[no-untyped-def]
    """With the panel's top `down` below the envelope's top and the sheet's left edge
    `across` from the envelope's left, is the box inside the window?"""
    _, x0, y0, x1, y1 = box
    window_top = ENVELOPE[1] - WINDOW_BOTTOM - WINDOW[1]
    return (
        x0 + across >= WINDOW_LEFT
        and x1 + across <= WINDOW_LEFT + WINDOW[0]
        and window_top <= y0 + down
        and y1 + down <= window_top + WINDOW[1]
    )


@pytest.mark.parametrize(
    "lines",
    [
        tuple(load_destinations().mail_lines),
        ("CIS Ombudsman", "Case Assistance", "Box 12", "Washington, DC 20528"),
        ("A much longer organization name for the Ombudsman's case intake desk", "Box 1"),
    ],
)
def test_the_whole_address_shows_wherever_the_folded_sheet_settles(lines) -> None:  # type: ignore[no-untyped-def]
    words = _address_words(lines)
    play_down, play_across = ENVELOPE[1] - PANEL, ENVELOPE[0] - SHEET_WIDTH
    for step_down in range(11):
        for step_across in range(11):
            down, across = play_down * step_down / 10, play_across * step_across / 10
            hidden = [w[0] for w in words if not _shows_in_window(w, down, across)]
            assert not hidden, (down / INCH, across / INCH, hidden)


def test_the_address_is_centred_on_the_window_with_the_sheet_in_the_middle_of_its_play() -> None:
    words = _address_words(tuple(load_destinations().mail_lines))
    left, right = min(w[1] for w in words), max(w[3] for w in words)
    top, bottom = min(w[2] for w in words), max(w[4] for w in words)
    down, across = (ENVELOPE[1] - PANEL) / 2, (ENVELOPE[0] - SHEET_WIDTH) / 2
    window_centre_x = WINDOW_LEFT + WINDOW[0] / 2 - across
    window_centre_y = ENVELOPE[1] - WINDOW_BOTTOM - WINDOW[1] / 2 - down
    assert abs((left + right) / 2 - window_centre_x) < 2.0  # points
    assert abs((top + bottom) / 2 - window_centre_y) < 2.0
    assert min(w[4] - w[2] for w in words) >= 10.5  # glyph boxes of 8 pt text (USPS minimum)
