"""How an answer reads back to a person: the one formatter, shared by the review page,
the printed form and the official-PDF filler.

    display_value(formspec.field("subject.a_number"), "012345678")   -> "A012-345-678"
    display_value(field, ["immigrant", "interim"], QCoreApplication.translate)

`translate(context, text)` turns the English texts used here into the reader's language:
choice labels in the form spec's context ("formspec"), country names in "countries", this
module's own words ("Yes", "14 months") in "display". The UI passes Qt's translate; the
PDF stays English.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ombud_desktop.core.conditions import is_blank
from ombud_desktop.core.dates import format_date
from ombud_desktop.core.normalise import format_a_number, normalise_receipt_number
from ombud_desktop.core.places import country_name, us_state_name
from ombud_desktop.core.spec_types import Field, Kind
from ombud_desktop.i18n.contexts import COUNTRIES_CONTEXT, SPEC_CONTEXT, US_STATES_CONTEXT
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]

YES = QT_TRANSLATE_NOOP("display", "Yes")
NO = QT_TRANSLATE_NOOP("display", "No")
ONE_MONTH = QT_TRANSLATE_NOOP("display", "{number} month")
MONTHS = QT_TRANSLATE_NOOP("display", "{number} months")


def english(_context: str, text: str) -> str:
    return text


def display_value(
    field: Field, value: Any, translate: Translate = english, *, on_paper: bool = False
) -> str:
    """The answer as text ("" when unanswered): labels not codes, dates mm/dd/yyyy,
    A-Numbers A123-456-789, receipt numbers as USCIS prints them, country names, months
    with their unit; anything unexpected is shown as it is. US states read back as
    "California (CA)" on screen; `on_paper` keeps the postal code the form's box wants."""
    if is_blank(value):
        return ""
    if field.kind is Kind.BOOL and isinstance(value, bool):
        return translate("display", YES if value else NO)
    if field.kind in (Kind.CHOICE, Kind.MULTI_CHOICE):
        codes = value if isinstance(value, list) else [value]
        labels = []
        for code in codes:
            choice = field.choice(code) if isinstance(code, str) else None
            if choice is None:
                labels.append(str(code))
            else:  # paper uses the form's own terms, in English
                labels.append(
                    choice.on_paper if on_paper else translate(SPEC_CONTEXT, choice.label)
                )
        return "; ".join(labels)
    if field.kind is Kind.DATE:
        return format_date(value)
    if field.kind is Kind.COUNTRY and isinstance(value, str):
        name = country_name(value)
        return translate(COUNTRIES_CONTEXT, name) if name else value
    if field.kind is Kind.US_STATE and isinstance(value, str) and not on_paper:
        return _state(value, translate)
    if field.kind is Kind.A_NUMBER and isinstance(value, str):
        return format_a_number(value)
    if field.kind is Kind.RECEIPT_NUMBER and isinstance(value, str):
        return normalise_receipt_number(value) or value
    if field.kind is Kind.NUMBER and isinstance(value, int | float):
        return _number(field, value, translate)
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    return str(value)


def _state(value: str, translate: Translate) -> str:
    name = us_state_name(value)
    if name is None:  # a province or region abroad, written by the person
        return value
    code = value.strip().upper()
    shown = translate(US_STATES_CONTEXT, name)
    return shown if shown.endswith(f"({code})") else f"{shown} ({code})"


def _number(field: Field, value: float, translate: Translate) -> str:
    number = str(int(value)) if float(value).is_integer() else str(value)
    if not field.id.endswith("_months"):  # the unit is part of the id
        return number
    return translate("display", ONE_MONTH if value == 1 else MONTHS).format(number=number)
