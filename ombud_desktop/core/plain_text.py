"""Characters that never belong in an answer, nor in anything the app writes out.

Control characters (NUL, CR, LF, ESC ...) and the bidi embedding, override and isolate
controls (U+202A-U+202E, U+2066-U+2069) are invisible: pasted into a name they can
break an email header, hide a file's real extension ("Trojan Source") or reorder what a
case officer reads. Validation rejects them where the person types them
(`unsafe_characters`); every writer (email headers, file and folder names, README.txt,
.ics, PDF text) removes whatever reaches it from elsewhere (`printable`).
"""

from __future__ import annotations

import unicodedata

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_MULTILINE_ALLOWED = frozenset("\n\t")


def _unsafe(char: str, multiline: bool) -> bool:
    if char in BIDI_CONTROLS:
        return True
    if multiline and char in _MULTILINE_ALLOWED:
        return False
    return unicodedata.category(char) == "Cc"


def unsafe_characters(value: str, *, multiline: bool = False) -> list[str]:
    """The unsafe characters in `value`, once each, as "U+202E" (line breaks and tabs are
    allowed in a `multiline` answer)."""
    found = dict.fromkeys(f"U+{ord(c):04X}" for c in value if _unsafe(c, multiline))
    return list(found)


def printable(text: str, *, multiline: bool = False) -> str:
    """`text` without unsafe characters: a line break (CR, LF, CRLF) becomes a space on a
    single line and LF in `multiline` text, a tab a space; other ones are dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        text = text.replace("\n", " ")
    text = text.replace("\t", " ")
    return "".join(c for c in text if not _unsafe(c, multiline))
