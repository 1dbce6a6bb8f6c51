"""Measuring, wrapping and drawing text in any script on a reportlab canvas.

Text is kept in logical order until the moment it is drawn: each line is then shaped
(Arabic letter joining), reordered for display (Unicode bidi algorithm, so an Arabic or
Hebrew name reads right to left inside an English sentence) and split into font runs.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from ombud_desktop.core.plain_text import printable
from ombud_desktop.documents.fonts import register_fonts, split_runs

# Keep the vowel marks the person typed and draw only the mandatory lam-alef ligatures,
# so the text copied out of the PDF is the text typed in.
_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={
        "delete_harakat": False,
        "support_ligatures": True,
        "ARABIC LIGATURE ALLAH": False,
    }
)
_BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"), None
)
_RTL_CLASSES = {"R", "AL"}


def clean(text: str) -> str:
    """NFC (Vietnamese marks as one glyph), tabs as spaces, no control characters nor
    bidi overrides (core/plain_text.py): nothing invisible reaches a PDF."""
    text = unicodedata.normalize("NFC", text).replace("\t", "    ")
    return printable(text, multiline=True)


def is_rtl(text: str) -> bool:
    """Paragraph direction from its first strong character (Unicode bidi rules P2-P3)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in _RTL_CLASSES:
            return True
    return False


@lru_cache(maxsize=4096)
def to_display(line: str, rtl: bool) -> str:
    """Shape and reorder one logical line into left-to-right drawing order."""
    if not any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in line):
        return line
    shaped = _RESHAPER.reshape(line)
    return str(get_display(shaped, base_dir="R" if rtl else "L")).translate(_BIDI_CONTROLS)


@lru_cache(maxsize=8192)  # the same labels, words and stamps are measured page after page
def width(text: str, size: float, bold: bool = False, rtl: bool | None = None) -> float:
    """Drawn width of a logical line."""
    register_fonts()
    shown = to_display(text, is_rtl(text) if rtl is None else rtl)
    return sum(pdfmetrics.stringWidth(run, font, size) for font, run in split_runs(shown, bold))


def draw(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    bold: bool = False,
    *,
    align: str = "auto",
    box_width: float = 0.0,
    rtl: bool | None = None,
) -> float:
    """Draw one logical line with its baseline at y; returns the drawn width.

    align "auto" right-aligns right-to-left paragraphs inside `box_width`.
    """
    register_fonts()
    text = clean(text)
    rtl = is_rtl(text) if rtl is None else rtl
    shown = to_display(text, rtl)
    runs = split_runs(shown, bold)
    total = sum(pdfmetrics.stringWidth(run, font, size) for font, run in runs)
    if box_width and (align == "right" or (align == "auto" and rtl)):
        x += box_width - total
    elif box_width and align == "center":
        x += (box_width - total) / 2
    for font, run in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, font, size)
    return total


def _is_cjk(char: str) -> bool:
    # Chinese/Japanese/Korean break between any two characters.
    return unicodedata.east_asian_width(char) in ("W", "F") and char.isalpha()


def _tokens(paragraph: str) -> Iterator[str]:
    """Words with their trailing spaces; each CJK character is its own token."""
    word: list[str] = []
    for char in paragraph:
        if _is_cjk(char):
            if word and not word[-1].isspace():
                yield "".join(word)
                word = []
            word.append(char)
            yield "".join(word)
            word = []
        elif char == " ":
            word.append(char)
        else:
            if word and word[-1] == " ":
                yield "".join(word)
                word = []
            word.append(char)
    if word:
        yield "".join(word)


def wrap(text: str, max_width: float, size: float, bold: bool = False) -> list[str]:
    """Break logical text into lines no wider than max_width; never loses a character.

    Explicit newlines start new lines; a word too long for one line is split.
    """
    lines: list[str] = []
    for paragraph in clean(text).split("\n"):
        rtl = is_rtl(paragraph)
        # Without right-to-left text, widths simply add up (no joining across tokens), so
        # a line is measured token by token instead of again and again as it grows.
        additive = not any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in paragraph)
        current, current_width = "", 0.0
        for token in _tokens(paragraph):
            candidate = current + token
            if additive:
                fits = current_width + width(token.rstrip(" "), size, bold, rtl) <= max_width
            else:
                fits = width(candidate.rstrip(" "), size, bold, rtl) <= max_width
            if fits or not current:
                current = candidate
                current_width += width(token, size, bold, rtl) if additive else 0.0
            else:
                lines.append(current.rstrip(" "))
                current, current_width = token, width(token, size, bold, rtl)
            if len(current) > 1 and not _fits(current.rstrip(" "), max_width, size, bold, rtl):
                while len(current) > 1 and not _fits(
                    current.rstrip(" "), max_width, size, bold, rtl
                ):
                    cut = _longest_prefix(current, max_width, size, bold, rtl)
                    lines.append(current[:cut])
                    current = current[cut:]
                current_width = width(current, size, bold, rtl)
        lines.append(current.rstrip(" "))
    return lines


def _max_chars(max_width: float, size: float) -> int:
    # No glyph is narrower than a fifth of the size (zero-width marks aside), so a line
    # holds at most this many characters: never measure a 20,000-letter word whole.
    return int(max_width / (size * 0.2)) + 1


def _fits(line: str, max_width: float, size: float, bold: bool, rtl: bool) -> bool:
    return len(line) <= _max_chars(max_width, size) and width(line, size, bold, rtl) <= max_width


def _longest_prefix(text: str, max_width: float, size: float, bold: bool, rtl: bool) -> int:
    low, high = 1, min(len(text), _max_chars(max_width, size))
    while low < high:  # binary search: the 20,000-character word must stay fast
        middle = (low + high + 1) // 2
        if width(text[:middle], size, bold, rtl) <= max_width:
            low = middle
        else:
            high = middle - 1
    return low
