"""Bidi isolates (no Qt): text of one direction inside a sentence of the other keeps its
own order. A name, receipt number or email address in an Arabic sentence otherwise pulls
the punctuation around it to the wrong side, or turns the whole line left to right."""

from __future__ import annotations

FSI = "\u2068"  # first strong isolate: the text's own first letter sets its direction
PDI = "\u2069"  # pop directional isolate


def isolated(text: str | None) -> str:
    """`text` in a bidi isolate (FSI ... PDI); empty stays empty."""
    return f"{FSI}{text}{PDI}" if text else ""
