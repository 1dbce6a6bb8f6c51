"""The placeholders a translation must keep exactly: Python {name} and Qt %1 / %n / %L1."""

from __future__ import annotations

import re
from collections import Counter

# {name}, {name:>3}, {0}; "{{" is a literal brace and no placeholder. Qt: %1..%99, %L1, %n.
_PATTERN = re.compile(r"\{\{|\}\}|\{([A-Za-z_0-9.]*)(?:[!:][^{}]*)?\}|%L?(\d{1,2}|n)")


def placeholders(text: str) -> Counter[str]:
    """How often each placeholder occurs in `text` (format details ignored)."""
    found: Counter[str] = Counter()
    for match in _PATTERN.finditer(text):
        if match.group(0) in ("{{", "}}"):
            continue
        if match.group(1) is not None:
            found["{" + match.group(1) + "}"] += 1
        else:
            found["%" + match.group(2)] += 1
    return found


def same_placeholders(source: str, translation: str, *, numerus: bool = False) -> bool:
    """True when `translation` keeps the placeholders of `source`.

    A plural form may drop %n (Chinese "一个文件", Arabic dual forms) but nothing else.
    """
    want, got = placeholders(source), placeholders(translation)
    if numerus:
        want.pop("%n", None)
        got.pop("%n", None)
    return want == got
