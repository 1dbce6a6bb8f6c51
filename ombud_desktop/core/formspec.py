"""Form DHS-7001 as data: THE single list of fields (docs/form-spec.md describes it).

Wizard pages, validation, the review page, the PDF renderer, the JSON Schema and the
official-PDF field map are all built from `SECTIONS`; nothing lists fields a second time.

    from ombud_desktop.core import formspec
    for section in formspec.SECTIONS:          # form order; one wizard page each
        for f in section.fields:               # f.kind picks the widget
            ...
    formspec.field("filings.0.receipt_number")  # concrete ids work (index -> [])
    formspec.section_of("subject.address.city").title

Ids: "subject.address.city" for single answers; "filings[].receipt_number" (canonical)
or "filings.0.receipt_number" (concrete, item 0) inside repeating sections.
"""

from __future__ import annotations

from ombud_desktop.core.sections.filings import (
    BENEFIT,
    COMMON_FORMS,
    CONSENT,
    DOCUMENT_CATEGORIES,
    DOCUMENTS,
    FILINGS,
    KNOWN_RECEIPT_PREFIXES,
)
from ombud_desktop.core.sections.intake import ACTIONS_TAKEN, NCSC_PHONE, REASONS, SCREENING
from ombud_desktop.core.sections.people import BENEFICIARY, SUBJECT, SUBMITTER
from ombud_desktop.core.spec_types import (
    JSON_TYPES,
    Choice,
    Field,
    Kind,
    Section,
    Severity,
    is_index,
)

__all__ = [
    "COMMON_FORMS",
    "DOCUMENT_CATEGORIES",
    "JSON_TYPES",
    "KNOWN_RECEIPT_PREFIXES",
    "NCSC_PHONE",
    "SECTIONS",
    "Choice",
    "Field",
    "Kind",
    "Section",
    "Severity",
    "UnknownField",
    "all_fields",
    "field",
    "form_position",
    "has_field",
    "section",
    "section_of",
    "spec_id",
]

# Form order (Edition B section order; screening first, as the app asks it first).
SECTIONS: tuple[Section, ...] = (
    SCREENING,
    ACTIONS_TAKEN,
    REASONS,
    SUBMITTER,
    SUBJECT,
    BENEFICIARY,
    FILINGS,
    BENEFIT,
    DOCUMENTS,
    CONSENT,
)

_SECTIONS_BY_ID: dict[str, Section] = {s.id: s for s in SECTIONS}
_FIELDS: tuple[Field, ...] = tuple(f for s in SECTIONS for f in s.fields)
_FIELDS_BY_ID: dict[str, Field] = {f.id: f for f in _FIELDS}
_POSITION: dict[str, int] = {f.id: i for i, f in enumerate(_FIELDS)}
_SECTION_POSITION: dict[str, int] = {s.id: i for i, s in enumerate(SECTIONS)}


class UnknownField(KeyError):
    """Raised by `field()` / `section()` for an id that is not in the form spec."""


def all_fields() -> tuple[Field, ...]:
    """Every field, in form order."""
    return _FIELDS


def spec_id(dotted_id: str) -> str:
    """Canonical id of a concrete id: "filings.0.receipt_number" -> "filings[].receipt_number".

    Ids without list indexes come back unchanged.
    """
    head, _, rest = dotted_id.partition(".")
    section_ = _SECTIONS_BY_ID.get(head)
    if section_ is None or not section_.repeating or not rest:
        return dotted_id
    index, _, key = rest.partition(".")
    if index == "[]" or is_index(index):
        return f"{head}[].{key}" if key else f"{head}[]"
    if dotted_id.startswith(f"{head}[]"):
        return dotted_id
    return f"{head}[].{rest}"


def has_field(dotted_id: str) -> bool:
    """True when the id (canonical or concrete) names a field of the spec."""
    return spec_id(dotted_id) in _FIELDS_BY_ID


def field(dotted_id: str) -> Field:
    """The Field for a canonical or concrete id; raises UnknownField."""
    try:
        return _FIELDS_BY_ID[spec_id(dotted_id)]
    except KeyError:
        raise UnknownField(dotted_id) from None


def section(section_id: str) -> Section:
    """The Section with this id ("subject", "filings"); raises UnknownField."""
    try:
        return _SECTIONS_BY_ID[section_id]
    except KeyError:
        raise UnknownField(section_id) from None


def section_of(dotted_id: str) -> Section:
    """The section (wizard page) a field id, list id ("filings.1") or section id is on."""
    head = dotted_id.split(".", 1)[0].removesuffix("[]")
    return section(head)


def form_position(dotted_id: str) -> tuple[int, int, int]:
    """Sort key putting ids in form order: (section, list item, field).

    Works for field ids (canonical or concrete), section ids ("filings") and ids that
    are not fields (they sort at the start of their section, or last when unknown).
    """
    head, _, rest = dotted_id.partition(".")
    head = head.removesuffix("[]")
    section_pos = _SECTION_POSITION.get(head, len(SECTIONS))
    item = -1
    first, _, _ = rest.partition(".")
    if is_index(first):
        item = int(first)
    field_pos = _POSITION.get(spec_id(dotted_id), -1)
    return (section_pos, item, field_pos)
