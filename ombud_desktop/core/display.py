"""How an answer reads back to a person: the review page and the printed form share it.

    display_value(formspec.field("subject.a_number"), "012345678")   -> "A012-345-678"
    display_value(field, ["immigrant", "interim"], translate=tr)      -> translated labels

`translate` turns the English texts used here (choice labels, "Yes", "No") into the
reader's language; the UI passes its translator, the PDF keeps English.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ombud_desktop.core.conditions import is_blank
from ombud_desktop.core.dates import format_date
from ombud_desktop.core.normalise import format_a_number
from ombud_desktop.core.places import country_name
from ombud_desktop.core.spec_types import Field, Kind


def _same(text: str) -> str:
    return text


def display_value(field: Field, value: Any, translate: Callable[[str], str] = _same) -> str:
    """The answer as text ("" when unanswered): labels not codes, dates mm/dd/yyyy,
    A-Numbers A123-456-789, country names; anything unexpected is shown as it is."""
    if is_blank(value):
        return ""
    if field.kind is Kind.BOOL and isinstance(value, bool):
        return translate("Yes" if value else "No")
    if field.kind in (Kind.CHOICE, Kind.MULTI_CHOICE):
        codes = value if isinstance(value, list) else [value]
        labels = []
        for code in codes:
            choice = field.choice(code) if isinstance(code, str) else None
            labels.append(translate(choice.label) if choice else str(code))
        return "; ".join(labels)
    if field.kind is Kind.DATE:
        return format_date(value)
    if field.kind is Kind.COUNTRY and isinstance(value, str):
        return country_name(value) or value
    if field.kind is Kind.A_NUMBER and isinstance(value, str):
        return format_a_number(value)
    if field.kind is Kind.NUMBER and isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    return str(value)
