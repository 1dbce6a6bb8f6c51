"""Normalisers: turn what people type into the form the file stores.

Each `normalise_*` takes any text and returns the stored form, or None when the text
cannot be read as that kind of answer (the caller then keeps what was typed, unchanged,
and validation explains the problem). None of them raises, whatever the input.

`normalise(kind, value)` is what the UI calls on every edit and the CLI on import.
Digits are ASCII digits only ("٣" is not accepted as 3): USCIS numbers are ASCII.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ombud_desktop.core import dates, formspec
from ombud_desktop.core.conditions import Getter, is_blank
from ombud_desktop.core.places import COUNTRIES, US_STATES
from ombud_desktop.core.spec_types import Kind

# Spaces, dashes of any kind, dots, slashes and parentheses people put between digits.
_SEPARATORS = re.compile(r"[\s\-‐-―−./()]+")
_RECEIPT = re.compile(r"^[A-Z]{3}[0-9]{10}$")
_A_NUMBER = re.compile(r"^A?([0-9]{7,9})$")
_ACCOUNT = re.compile(r"^[0-9]{12}$")
_ZIP = re.compile(r"^([0-9]{5})([0-9]{4})?$")  # after _compact removed the dash
_FORM = re.compile(r"^([A-Z]{1,2})-?([0-9]{2,4})([A-Z]{0,2})$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_EXTENSION = re.compile(r"\s*(?:ext\.?|x|#)\s*([0-9]{1,6})\s*$", re.IGNORECASE)
_DIGITS = re.compile(r"^[0-9]+$")
FORM_LETTERS = ("I", "N", "G", "AR")  # USCIS form series the form-number box accepts


def _compact(text: str) -> str:
    return _SEPARATORS.sub("", text).upper()


def normalise_receipt_number(text: str) -> str | None:
    """ "ioe-091-234-5678" -> "IOE0912345678"; None unless 3 letters + 10 digits."""
    compact = _compact(text)
    return compact if _RECEIPT.match(compact) else None


def normalise_a_number(text: str) -> str | None:
    """ "A-12-345-678" -> "012345678" (9 digits, zero-padded); None unless A? + 7-9 digits."""
    match = _A_NUMBER.match(_compact(text))
    return match.group(1).zfill(9) if match else None


def format_a_number(stored: object) -> str:
    """Print form of a stored A-Number: "012345678" -> "A012-345-678" (else unchanged)."""
    digits = normalise_a_number(stored) if isinstance(stored, str) else None
    if digits is None:
        return str(stored)
    return f"A{digits[0:3]}-{digits[3:6]}-{digits[6:9]}"


def normalise_uscis_account(text: str) -> str | None:
    """ "1234 5678 9012" -> "123456789012"; None unless 12 digits."""
    compact = _compact(text)
    return compact if _ACCOUNT.match(compact) else None


def normalise_postal_code_us(text: str) -> str | None:
    """ "20528 0180" / "205280180" -> "20528-0180", "20528" -> "20528"; None if not a ZIP."""
    match = _ZIP.match(_compact(text))
    if not match:
        return None
    return f"{match.group(1)}-{match.group(2)}" if match.group(2) else match.group(1)


def normalise_phone(text: str) -> str | None:
    """US numbers -> "202-555-0142"; others -> "+44 20 7946 0958" (grouping kept).

    Accepts (202) 555-0142, 202.555.0142, +1 202 555 0142, 1-202-555-0142, 0044 20...,
    and an extension ("x12", "ext. 12" -> " ext. 12"). None when it is not a phone number.
    """
    extension = ""
    match = _EXTENSION.search(text)
    if match:
        extension = f" ext. {match.group(1)}"
        text = text[: match.start()]
    stripped = text.strip()
    international = stripped.startswith("+") or stripped.startswith("00")
    digits = _SEPARATORS.sub("", stripped.lstrip("+"))
    if not _DIGITS.match(digits):
        return None
    if stripped.startswith("00"):
        digits = digits[2:]
    if international and not (digits.startswith("1") and len(digits) == 11):
        if not 7 <= len(digits) <= 15:
            return None
        groups = re.findall(r"[0-9]+", stripped)  # keep the person's grouping, tidied
        if stripped.startswith("00"):
            groups[0] = groups[0][2:]
        return "+" + " ".join(g for g in groups if g) + extension
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10 or digits[0] in "01":
        return None
    return f"{digits[0:3]}-{digits[3:6]}-{digits[6:10]}{extension}"


def normalise_email(text: str) -> str | None:
    """Trimmed address when it looks like name@example.org, else None."""
    stripped = text.strip()
    return stripped if _EMAIL.match(stripped) else None


def normalise_form_number(text: str) -> str | None:
    """ "i130" -> "I-130", "i-821d" -> "I-821D", "N 400" -> "N-400"; None otherwise."""
    match = _FORM.match(_compact(text))
    if not match or match.group(1) not in FORM_LETTERS:
        return None
    return f"{match.group(1)}-{match.group(2)}{match.group(3)}"


_COUNTRY_BY_NAME = {name.casefold(): code for code, name in COUNTRIES.items()}
_COUNTRY_ALIASES = {
    "usa": "US", "u.s.": "US", "u.s.a.": "US", "united states of america": "US",
    "viet nam": "VN", "uk": "GB", "great britain": "GB", "england": "GB",
}  # fmt: skip
_STATE_BY_NAME = {name.casefold(): code for code, name in US_STATES.items()}


def normalise_country(text: str) -> str | None:
    """ISO alpha-2 code for a code or an English name ("mexico", "mx" -> "MX"), else None."""
    stripped = text.strip()
    if stripped.upper() in COUNTRIES:
        return stripped.upper()
    folded = stripped.casefold()
    return _COUNTRY_BY_NAME.get(folded) or _COUNTRY_ALIASES.get(folded)


def normalise_us_state(text: str) -> str | None:
    """USPS code for a code or a name ("texas", "tx" -> "TX"), else None."""
    stripped = text.strip()
    if stripped.upper() in US_STATES:
        return stripped.upper()
    return _STATE_BY_NAME.get(stripped.casefold())


def normalise_date(text: str) -> str | None:
    """ISO date for "03/14/2026", "2026-03-14", "3/14/2026"; None if not a real date."""
    return dates.to_iso(text)


NORMALISERS: dict[Kind, Callable[[str], str | None]] = {
    Kind.RECEIPT_NUMBER: normalise_receipt_number,
    Kind.A_NUMBER: normalise_a_number,
    Kind.USCIS_ACCOUNT: normalise_uscis_account,
    Kind.PHONE: normalise_phone,
    Kind.EMAIL: normalise_email,
    Kind.FORM_NUMBER: normalise_form_number,
    Kind.COUNTRY: normalise_country,
    Kind.US_STATE: normalise_us_state,
    Kind.DATE: normalise_date,
}


def normalise(kind: Kind, value: Any) -> Any:
    """The value to store for what was typed into a field of this kind.

    Text is trimmed; text of a kind with a normaliser is replaced by its normal form when
    it has one, and otherwise kept exactly as typed (trimmed) so nothing is lost. A postal
    code is left to `normalise_postal_code_us`, because it depends on the country.
    Non-text values come back unchanged.
    """
    if not isinstance(value, str):
        return value
    if kind is Kind.LONG_TEXT:
        return value.strip("\n\r ")  # inner line breaks are the person's own layout
    stripped = value.strip()
    normaliser = NORMALISERS.get(kind)
    if normaliser is None or not stripped:
        return stripped
    normal = normaliser(stripped)
    return stripped if normal is None else normal


def address_country(at: str, get: Getter) -> Any:
    """The country answer of the address that field id `at` belongs to."""
    return get(at.rsplit(".", 1)[0] + ".country")


def is_us_address(at: str, get: Getter) -> bool:
    """The address holding field `at` is in the US: country US, or no country and a US state."""
    country = address_country(at, get)
    if not is_blank(country):
        return isinstance(country, str) and normalise_country(country) == "US"
    state = get(at.rsplit(".", 1)[0] + ".state")
    return isinstance(state, str) and normalise_us_state(state) is not None


def normalise_answer(field_id: str, value: Any, get: Getter) -> Any:
    """What to store when `value` is entered at the concrete `field_id`.

    Like `normalise`, plus what depends on other answers (`get`): a postal code becomes
    a ZIP / ZIP+4 in a US address. Ids that are not in the form spec only get trimmed.
    """
    if not formspec.has_field(field_id):
        return value.strip() if isinstance(value, str) else value
    kind = formspec.field(field_id).kind
    if kind is Kind.POSTAL_CODE and isinstance(value, str) and is_us_address(field_id, get):
        return normalise_postal_code_us(value) or value.strip()
    return normalise(kind, value)
