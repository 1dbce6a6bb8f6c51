"""Facts about a case that several layers need, each decided here once.

The form PDF, the export, the vault's case list, the CLI and the wizard all ask these
functions instead of reading the answers their own way, so a rule (say, "a protected
category signs in wet ink") cannot be fixed in one copy and missed in another.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from ombud_desktop.core.conditions import is_blank
from ombud_desktop.core.json_types import as_object
from ombud_desktop.core.model import Case
from ombud_desktop.core.sections.filings import DOCUMENT_CATEGORIES

# Section 8's document kinds, as stored in answers["documents"][].category.
DOCUMENT_CATEGORY_CODES: tuple[str, ...] = tuple(choice.code for choice in DOCUMENT_CATEGORIES)

WET_INK = "wet_ink"
SIGNED_FORM = "signed_form"  # the document category of the signature page signed in ink
SIGNATURE_METHODS = ("drawn", "typed", WET_INK)

# Petitions filed for another person (the beneficiary); an employer always files for
# someone else.
PETITIONS_FOR_OTHERS = frozenset(
    {"I-129", "I-129F", "I-130", "I-140", "I-360", "I-526", "I-600", "I-730", "I-800", "I-824"}
)


def _case(case: Case | Mapping[str, Any]) -> Case:
    """A Case over stored answers without copying them (the vault lists many cases)."""
    return case if isinstance(case, Case) else Case(dict(case))


def subject_display_name(case: Case | Mapping[str, Any]) -> str:
    """The subject's name as the form, the stamp, the case list and the export show it:
    the organization's name for an organization, else first, middle and last name. A
    case without a person's name (no kind recorded) falls back to the organization's."""
    case = _case(case)
    organization = case.get("subject.organization_name")
    if case.get("subject.kind") == "organization" and organization:
        return str(organization)
    parts = (case.get(f"subject.{key}") for key in ("first_name", "middle_name", "last_name"))
    person = " ".join(str(part) for part in parts if part)
    return person or (str(organization) if organization else "")


def receipt_numbers(case: Case) -> tuple[str, ...]:
    """Every receipt number as USCIS prints it (IOE0912345678), in the form's order."""
    from ombud_desktop.core.normalise import normalise_receipt_number  # loads the form spec

    found = (f.get("receipt_number") for f in case.items("filings") if isinstance(f, dict))
    return tuple(normalise_receipt_number(str(r)) or str(r) for r in found if r)


def first_receipt_number(case: Case) -> str:
    """The receipt number headers and file names carry ("" when none is given)."""
    return next(iter(receipt_numbers(case)), "")


def is_protected_category(case: Case) -> bool:
    """T, U, VAWA, asylee and refugee cases (docs/form-spec.md): they are signed in ink."""
    return case.get("subject.protected_category") is True


def signature_method(case: Case) -> str:
    """How the form is signed: wet ink for a protected category whatever was chosen,
    else the chosen method, and wet ink while none (or an unknown one) is chosen."""
    if is_protected_category(case):
        return WET_INK
    method = case.get("consent.signature_method")
    return method if method in SIGNATURE_METHODS else WET_INK


def signed_form_missing(case: Case) -> bool:
    """A form signed in ink goes by email or fax only with its signed page scanned and
    listed as a `signed_form` document (by mail, the printed form is signed itself)."""
    if signature_method(case) != WET_INK:
        return False
    items = case.items("documents")
    return not any(isinstance(d, dict) and d.get("category") == SIGNED_FORM for d in items)


def documents_without_file(case: Case, attached: Collection[str]) -> list[int]:
    """Positions in Part 8's list of the documents whose file was never added (an answers
    file can list them): no copy of them can be enclosed."""
    return [
        index
        for index, item in enumerate(case.items("documents"))
        if isinstance(item, dict) and str(item.get("id")) not in attached
    ]


def beneficiary_applies(case: Case) -> bool:
    """Whether the beneficiary section is asked: for an organization (an employer files
    for someone else), for a petition filed for another person, and whenever beneficiary
    answers are already given (they are never hidden away)."""
    if case.get("subject.kind") == "organization":
        return True
    if any(not is_blank(value) for value in as_object(case.get("beneficiary")).values()):
        return True
    forms = {str(as_object(item).get("form_number", "")).upper() for item in case.items("filings")}
    return bool(forms & PETITIONS_FOR_OTHERS)
