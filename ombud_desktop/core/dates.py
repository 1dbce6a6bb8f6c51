"""Dates: ISO YYYY-MM-DD in the answers file, mm/dd/yyyy on screen and on the form.

"Today" is always a parameter (a `date`), never read inside the rules, so tests and
the review page can ask "ready as of which day?".
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_US = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")


def parse_date(value: Any) -> date | None:
    """A date from ISO "2026-03-14", US "03/14/2026" / "3/14/2026", or a `date`; else None.

    Never raises: anything that is not a real calendar date gives None.
    """
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    match = _ISO.match(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _US.match(value)
        if not match:
            return None
        month, day, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def to_iso(value: Any) -> str | None:
    """The ISO text stored in the file for any accepted date input, or None."""
    parsed = parse_date(value)
    return parsed.isoformat() if parsed else None


def format_date(value: Any) -> str:
    """mm/dd/yyyy for display and printing; text that is not a date comes back as is."""
    parsed = parse_date(value)
    if parsed is None:
        return "" if value is None else str(value)
    return f"{parsed.month:02d}/{parsed.day:02d}/{parsed.year:04d}"


def days_between(earlier: date, later: date) -> int:
    """Whole days from `earlier` to `later` (negative when `earlier` is after `later`)."""
    return (later - earlier).days


def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from `earlier` to `later` (0 when less than a month).

    Counts like people do: Jan 31 -> Feb 28 is 0 months, Jan 15 -> Mar 15 is 2.
    Negative when `later` is before `earlier`.
    """
    if later < earlier:
        return -months_between(later, earlier)
    months = (later.year - earlier.year) * 12 + (later.month - earlier.month)
    if later.day < earlier.day:
        months -= 1
    return months
