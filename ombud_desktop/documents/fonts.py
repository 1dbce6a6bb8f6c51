"""The embedded fonts and which one draws each character.

reportlab has no font fallback and Helvetica silently drops anything outside Latin-1, so
every piece of text is split into runs, each drawn with a shipped TrueType face that has
its glyphs (resources/fonts, see the README there for sources and licences).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ombud_desktop import resources
from ombud_desktop.errors import UserFacingError
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Face:
    """One script's font: reportlab names for its regular and bold faces."""

    regular: str
    bold: str
    regular_file: str
    bold_file: str


# Order matters: the first face that has a glyph draws it (Latin first keeps digits and
# punctuation in Noto Sans even inside Arabic or Chinese text).
FACES: tuple[Face, ...] = (
    Face("OmbudSans", "OmbudSans-Bold", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    Face(
        "OmbudArabic",
        "OmbudArabic-Bold",
        "NotoSansArabic-Regular.ttf",
        "NotoSansArabic-Bold.ttf",
    ),
    Face(
        "OmbudHebrew",
        "OmbudHebrew-Bold",
        "NotoSansHebrew-Regular.ttf",
        "NotoSansHebrew-Bold.ttf",
    ),
    # Droid Sans Fallback has no bold face: bold CJK is drawn regular.
    Face("OmbudCJK", "OmbudCJK", "DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
    # Hangul is missing from Droid Sans Fallback; NanumSquare has all 11,172 syllables.
    Face("OmbudKorean", "OmbudKorean", "NanumSquareR.ttf", "NanumSquareR.ttf"),
)
LATIN = FACES[0]


def fonts_dir() -> Path:
    """resources/fonts, from source or inside the bundle."""
    directory = resources.resource_path("fonts")  # looked up when called, not at import
    if not (directory / LATIN.regular_file).is_file():
        raise UserFacingError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "The fonts needed to make PDFs are missing from this installation (looked "
                "in {folder}). Reinstall Ombud Desktop.",
            ),
            params={"folder": directory},
        )
    return directory


@cache
def _register(name: str) -> None:
    """Load one face into reportlab the first time it is needed (the CJK face alone is
    4 MB to parse: pages with only Latin text never pay for it)."""
    if name in pdfmetrics.getRegisteredFontNames():
        return
    face = next(f for f in FACES if name in (f.regular, f.bold))
    filename = face.regular_file if name == face.regular else face.bold_file
    # shapable=False: Arabic arrives already shaped by arabic-reshaper.
    pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / filename), shapable=False))


def register_fonts() -> None:
    """Make the canvas's initial font (Noto Sans) available; others load on demand."""
    _register(LATIN.regular)


@cache
def _coverage(font_name: str) -> frozenset[int]:
    _register(font_name)
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


def has_glyph(font_name: str, char: str) -> bool:
    return ord(char) in _coverage(font_name)


@cache
def face_for(char: str) -> Face | None:
    """The first face that can draw `char`, or None when no shipped font has it."""
    code = ord(char)
    for face in FACES:
        if code in _coverage(face.regular):
            return face
    return None


@cache
def _latin_draws_ascii() -> bool:
    """Whether split_runs puts printable ASCII text in one Latin run: no such character
    has a face before the Latin one (those no face has fall back to it too). (Control
    characters do: the Korean face maps them.)"""
    return all(face_for(chr(code)) in (LATIN, None) for code in range(32, 127))


def font_name(face: Face, bold: bool) -> str:
    return face.bold if bold else face.regular


def split_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """Split `text` (already in display order) into (font name, text) runs.

    Spaces and other characters every face has stay in the current run, so a name in
    Arabic or Chinese is one run. Characters no face covers go to Noto Sans (it draws
    its "missing glyph" box) and are reported by `missing_characters`.
    """
    # most text: one run, without a look at each letter
    if text.isascii() and text.isprintable() and _latin_draws_ascii():
        name = font_name(LATIN, bold)
        _register(name)
        return [(name, text)] if text else []
    return runs_by_letter(text, bold)


def runs_by_letter(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """split_runs, letter by letter (whatever the text)."""
    runs: list[tuple[str, str]] = []
    current: str | None = None
    buffer: list[str] = []
    for char in text:
        # Spaces, digits and punctuation continue the current run when its font has them.
        if current is not None and not char.isalpha() and has_glyph(current, char):
            buffer.append(char)
            continue
        face = face_for(char) or LATIN
        name = font_name(face, bold)
        _register(name)
        if name != current:
            if buffer and current is not None:
                runs.append((current, "".join(buffer)))
            current, buffer = name, []
        buffer.append(char)
    if buffer and current is not None:
        runs.append((current, "".join(buffer)))
    return runs


def missing_characters(text: str) -> set[str]:
    """Printable characters of `text` that no shipped font can draw."""
    return {c for c in text if not c.isspace() and c.isprintable() and face_for(c) is None}
