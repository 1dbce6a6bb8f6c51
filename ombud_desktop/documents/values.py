"""How each kind of answer is written on the printed form."""

from __future__ import annotations

from typing import Any

from ombud_desktop.core.dates import format_date
from ombud_desktop.core.formspec import Field, Kind
from ombud_desktop.core.normalise import format_a_number, normalise_receipt_number
from ombud_desktop.core.places import country_name

__all__ = ["display", "format_a_number"]


def display(spec: Field, value: Any) -> str:
    """The answer as text for the form ("" when unanswered)."""
    if value is None or value == "" or value == []:
        return ""
    if spec.kind == Kind.DATE:
        return format_date(value)
    if spec.kind == Kind.A_NUMBER and isinstance(value, str):
        return format_a_number(value)
    if spec.kind == Kind.RECEIPT_NUMBER and isinstance(value, str):
        return normalise_receipt_number(value) or value
    if spec.kind == Kind.COUNTRY and isinstance(value, str):
        return country_name(value) or value
    if spec.kind == Kind.BOOL:
        return "Yes" if value else "No"
    if spec.kind == Kind.NUMBER and isinstance(value, (int, float)):
        number = str(int(value)) if float(value).is_integer() else str(value)
        # The unit is part of the id ("posted_processing_time_months").
        return f"{number} months" if spec.id.endswith("_months") else number
    if spec.kind in (Kind.CHOICE, Kind.MULTI_CHOICE):
        codes = value if isinstance(value, list) else [value]
        return "; ".join(_choice_label(spec, str(code)) for code in codes)
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    return str(value)


def _choice_label(spec: Field, code: str) -> str:
    choice = spec.choice(code)
    return choice.label if choice else code
