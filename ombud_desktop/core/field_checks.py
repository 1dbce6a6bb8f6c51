"""Checks of one answer on its own (its kind's format), used by validation and by the UI
for live feedback on a single field. Never raises, whatever the value.

    check_answer(formspec.field("subject.a_number"), "A12", at="subject.a_number",
                 get=case.get, today=date(2026, 3, 14))  -> [Finding(... "a_number.format")]
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from ombud_desktop.core import dates
from ombud_desktop.core.conditions import Getter, is_blank
from ombud_desktop.core.findings import Finding, error, warning
from ombud_desktop.core.normalise import (
    address_country,
    is_us_address,
    normalise_a_number,
    normalise_country,
    normalise_email,
    normalise_form_number,
    normalise_phone,
    normalise_postal_code_us,
    normalise_receipt_number,
    normalise_us_state,
    normalise_uscis_account,
)
from ombud_desktop.core.plain_text import unsafe_characters
from ombud_desktop.core.sections.filings import KNOWN_RECEIPT_PREFIXES
from ombud_desktop.core.spec_types import JSON_TYPES, Field, Kind


def _json_type_ok(kind: Kind, value: Any) -> bool:
    if kind is Kind.BOOL:
        return isinstance(value, bool)
    if kind is Kind.MULTI_CHOICE:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind is Kind.NUMBER:
        return (isinstance(value, int | float) and not isinstance(value, bool)) or isinstance(
            value, str
        )
    return isinstance(value, str)


def _check_date(at: str, value: str, today: date) -> list[Finding]:
    parsed = dates.parse_date(value)
    if parsed is None:
        return [error(at, "date.format", value=value)]
    if parsed > today:  # every date on this form is of something that already happened
        return [error(at, "date.future", date=dates.format_date(parsed))]
    return []


def _check_number(at: str, value: Any) -> list[Finding]:
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return [error(at, "number.format", value=str(value))]
    if not 0 <= number < 10**6:  # also rejects NaN and inf
        return [error(at, "number.format", value=str(value))]
    return []


def _check_choices(f: Field, at: str, value: Any) -> list[Finding]:
    codes = f.choice_codes()
    picked = value if isinstance(value, list) else [value]
    return [error(at, "choice.unknown", value=v) for v in picked if v not in codes]


def _check_receipt(at: str, value: str) -> list[Finding]:
    normal = normalise_receipt_number(value)
    if normal is None:
        return [error(at, "receipt_number.format", value=value)]
    if normal[:3] not in KNOWN_RECEIPT_PREFIXES:
        return [warning(at, "receipt_number.unknown_prefix", prefix=normal[:3])]
    return []


def _simple(
    normaliser: Callable[[str], str | None], code: str, severity: str = "error"
) -> Callable[[str, str], list[Finding]]:
    def check(at: str, value: str) -> list[Finding]:
        if normaliser(value) is not None:
            return []
        return [(error if severity == "error" else warning)(at, code, value=value)]

    return check


_TEXT_CHECKS: dict[Kind, Callable[[str, str], list[Finding]]] = {
    Kind.RECEIPT_NUMBER: _check_receipt,
    Kind.A_NUMBER: _simple(normalise_a_number, "a_number.format"),
    Kind.USCIS_ACCOUNT: _simple(normalise_uscis_account, "uscis_account.format"),
    Kind.PHONE: _simple(normalise_phone, "phone.format"),
    Kind.EMAIL: _simple(normalise_email, "email.format"),
    Kind.FORM_NUMBER: _simple(normalise_form_number, "form_number.format", "warning"),
    Kind.COUNTRY: _simple(normalise_country, "country.unknown", "warning"),
}


def check_answer(f: Field, value: Any, *, at: str, get: Getter, today: date) -> list[Finding]:
    """Findings about the format of one present answer `value` of field `f` at id `at`.

    `get` reads other answers (the address country decides the ZIP and state rules).
    Blank answers give no findings here: "required" is validation's job.
    """
    if is_blank(value):
        return []
    if not _json_type_ok(f.kind, value):
        return [error(at, f"type.wrong.{JSON_TYPES[f.kind]}")]
    if isinstance(value, str):
        unsafe = unsafe_characters(value, multiline=f.kind is Kind.LONG_TEXT)
        if unsafe:  # they would reach the form, the email headers and file names
            return [error(at, "text.control_characters", chars=", ".join(unsafe))]
    if f.kind in (Kind.CHOICE, Kind.MULTI_CHOICE):
        return _check_choices(f, at, value)
    if f.kind is Kind.NUMBER:
        return _check_number(at, value)
    if f.kind is Kind.DATE:
        return _check_date(at, value, today)
    if f.kind is Kind.POSTAL_CODE:
        if is_us_address(at, get) and normalise_postal_code_us(value) is None:
            return [error(at, "postal_code.us_zip", value=value)]
        return []
    if f.kind is Kind.US_STATE:
        country = address_country(at, get)
        in_us = is_blank(country) or normalise_country(str(country)) == "US"
        if in_us and normalise_us_state(value) is None:
            return [warning(at, "us_state.unknown", value=value)]
        return []
    check = _TEXT_CHECKS.get(f.kind)
    return check(at, value) if check else []
