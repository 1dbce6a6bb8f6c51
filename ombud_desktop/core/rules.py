"""Rules that read several answers at once (docs/form-spec.md lists them with sources).

Each rule is `rule(case, today) -> list[Finding]`, never raises, and is named after what
it checks; `RULES` lists them for `validation.validate`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ombud_desktop.core import dates
from ombud_desktop.core.conditions import is_blank
from ombud_desktop.core.facts import WET_INK, is_protected_category, signed_form_missing
from ombud_desktop.core.findings import Finding, error, warning
from ombud_desktop.core.model import Case
from ombud_desktop.core.normalise import normalise_receipt_number
from ombud_desktop.core.processing import CONTACT_DATES, case_processing_time, last_uscis_contact
from ombud_desktop.core.screening import screen

Rule = Callable[[Case, date], list[Finding]]


def _answered(case: Case, *ids: str) -> bool:
    return any(not is_blank(case.get(i)) and case.get(i) is not False for i in ids)


def _document_categories(case: Case) -> set[str]:
    items = case.items("documents")
    categories = (item.get("category") for item in items if isinstance(item, dict))
    return {c for c in categories if isinstance(c, str)}


def screening_blockers(case: Case, today: date) -> list[Finding]:
    """Each blocker is an error until the person confirms to continue anyway (then a warning)."""
    result = screen(case)
    make = warning if result.continue_anyway else error
    return [make("screening.blockers", b.message_code) for b in result.blockers]


def at_least_one_filing(case: Case, today: date) -> list[Finding]:
    if any(isinstance(item, dict) for item in case.items("filings")):
        return []
    return [error("filings", "filings.none")]


def receipt_numbers_listed_once(case: Case, today: date) -> list[Finding]:
    seen: set[str] = set()
    found: list[Finding] = []
    for index, item in enumerate(case.items("filings")):
        value = item.get("receipt_number") if isinstance(item, dict) else None
        normal = normalise_receipt_number(value) if isinstance(value, str) else None
        if normal is None:
            continue
        if normal in seen:
            found.append(warning(f"filings.{index}.receipt_number", "receipt_number.duplicate"))
        seen.add(normal)
    return found


def way_to_reach_subject(case: Case, today: date) -> list[Finding]:
    """At least one way to reach the subject: phone, email, fax, or street and city."""
    if _answered(case, "subject.phone", "subject.email", "subject.fax"):
        return []
    if _answered(case, "subject.address.street") and _answered(case, "subject.address.city"):
        return []
    return [error("subject.phone", "subject.no_contact")]


def attorney_needs_g28(case: Case, today: date) -> list[Finding]:
    if case.get("submitter.role") != "attorney" or "g28" in _document_categories(case):
        return []
    return [error("documents", "g28.missing")]


def consent_given(case: Case, today: date) -> list[Finding]:
    """The subject's consent: on the form, or (for a helper) as a signed attachment."""
    agreed = case.get("consent.agreed")
    if case.get("submitter.role") == "helper":
        if agreed is True or "consent" in _document_categories(case):
            return []
        return [error("consent.agreed", "consent.helper_required")]
    if agreed is False:  # blank is reported by the field's own "required" rule
        return [error("consent.agreed", "consent.not_agreed")]
    return []


def protected_category_needs_wet_ink(case: Case, today: date) -> list[Finding]:
    method = case.get("consent.signature_method")
    if not is_protected_category(case) or is_blank(method) or method == WET_INK:
        return []
    return [error("consent.signature_method", "consent.wet_ink_required")]


def signed_page_for_email_and_fax(case: Case, today: date) -> list[Finding]:
    """Email and fax exports refuse an ink-signed form without its signed page: said here
    first (a warning: the mail packet is signed on paper and needs none)."""
    if not signed_form_missing(case) or protected_category_needs_wet_ink(case, today):
        return []  # first the choice of ink itself (one thing to fix at a time)
    return [warning("consent.signature_method", "consent.signed_form_missing")]


def contacted_uscis_first(case: Case, today: date) -> list[Finding]:
    """Warn when the latest USCIS contact is older than 90 days or younger than 60."""
    last = last_uscis_contact(case, today)
    if last is None:
        tried = _answered(
            case,
            *(flag for flag, _ in CONTACT_DATES),
            "actions_taken.congress_inquiry",
            "actions_taken.other",
        )
        return [] if tried else [warning("actions_taken.ncsc_called", "contact.none")]
    if last.too_old:
        return [warning(last.field, "contact.too_old", days=last.days_ago)]
    if last.too_recent:
        wait_until = dates.format_date(last.wait_until)
        return [
            warning(last.field, "contact.too_recent", days=last.days_ago, wait_until=wait_until)
        ]
    return []


def pending_past_posted_time(case: Case, today: date) -> list[Finding]:
    """When "beyond processing time" is claimed, check it against the dates given."""
    claimed = any(
        isinstance(v, list) and "beyond_processing_time" in v
        for v in (case.get("reasons.kinds"), case.get("screening.reasons"))
    )
    if not claimed or not case.items("filings"):
        return []
    status = case_processing_time(case, today)
    if status is None:
        return [warning("filings.0.receipt_date", "processing.receipt_date_missing")]
    if status.posted_time_ends is None or status.is_past_posted_time:
        return []
    posted = status.posted_months
    posted_text = f"{posted:g}" if posted is not None else ""
    return [
        warning(
            "reasons.posted_processing_time_months",
            "processing.not_past",
            months_pending=status.months_pending,
            posted_months=posted_text,
        )
    ]


RULES: tuple[Rule, ...] = (
    screening_blockers,
    contacted_uscis_first,
    pending_past_posted_time,
    way_to_reach_subject,
    at_least_one_filing,
    receipt_numbers_listed_once,
    attorney_needs_g28,
    consent_given,
    protected_category_needs_wet_ink,
    signed_page_for_email_and_fax,
)
