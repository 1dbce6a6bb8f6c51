"""Date arithmetic the Ombudsman's guidance asks for: how long a case has been pending
against USCIS's posted processing time, and the "contact USCIS first" 60/90-day window.

Pure functions of dates; the review page, the PDF and validation all use them.
"""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ombud_desktop.core import dates
from ombud_desktop.core.model import Case

CONTACT_MAX_DAYS = 90  # the Ombudsman expects a USCIS contact within the last 90 days ...
CONTACT_MIN_DAYS = 60  # ... and at least 60 days for USCIS to resolve it
_AVERAGE_MONTH_DAYS = 30.44


def add_months(start: date, months: int) -> date:
    """`start` plus whole calendar months, clamped to the month's last day (Jan 31 + 1 = Feb 28)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class ProcessingTime:
    """How long one filing has waited, against the posted processing time when known.

    months_pending:     whole months from the receipt date to today.
    posted_months:      USCIS's posted time (may be fractional, e.g. 14.5), or None.
    posted_time_ends:   receipt date + posted time, or None.
    months_past_posted: whole months from `posted_time_ends` to today; negative while the
                        posted time has not run out yet; None without a posted time.
    """

    receipt_date: date
    today: date
    months_pending: int
    posted_months: float | None
    posted_time_ends: date | None
    months_past_posted: int | None

    @property
    def is_past_posted_time(self) -> bool:
        """True once today is after the day the posted processing time ran out."""
        return self.posted_time_ends is not None and self.today > self.posted_time_ends


def processing_time(receipt_date: date, posted_months: float | None, today: date) -> ProcessingTime:
    """Months pending since `receipt_date`, and months past the posted time if given."""
    pending = max(dates.months_between(receipt_date, today), 0)
    ends: date | None = None
    past: int | None = None
    if posted_months is not None and math.isfinite(posted_months) and posted_months >= 0:
        whole = math.floor(posted_months)
        extra_days = round((posted_months - whole) * _AVERAGE_MONTH_DAYS)
        try:
            ends = add_months(receipt_date, int(whole)) + timedelta(days=extra_days)
        except (OverflowError, ValueError):  # absurd inputs (years past 9999)
            ends = None
        if ends is not None:
            past = dates.months_between(ends, today)
    return ProcessingTime(receipt_date, today, pending, posted_months, ends, past)


def summary(status: ProcessingTime) -> tuple[str, dict[str, Any]]:
    """(message code, params) of one sentence about how long the case has waited."""
    params: dict[str, Any] = {
        "receipt_date": dates.format_date(status.receipt_date),
        "months_pending": status.months_pending,
    }
    if status.posted_months is None or status.posted_time_ends is None:
        return "processing.summary", params
    params.update(
        posted_months=f"{status.posted_months:g}",
        posted_time_ends=dates.format_date(status.posted_time_ends),
        months_past=max(status.months_past_posted or 0, 0),
    )
    if status.is_past_posted_time:
        return "processing.summary_past", params
    return "processing.summary_within", params


def posted_months_of(case: Case) -> float | None:
    """The posted processing time in months from the answers, when it is a number >= 0."""
    value: Any = case.get("reasons.posted_processing_time_months")
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) and number >= 0 else None


def oldest_receipt(case: Case, today: date) -> tuple[int, date] | None:
    """(filing index, date) of the earliest valid, not-future receipt date, or None."""
    found: list[tuple[date, int]] = []
    for index, item in enumerate(case.items("filings")):
        parsed = dates.parse_date(item.get("receipt_date")) if isinstance(item, dict) else None
        if parsed is not None and parsed <= today:
            found.append((parsed, index))
    if not found:
        return None
    earliest, index = min(found)
    return index, earliest


def case_processing_time(case: Case, today: date) -> ProcessingTime | None:
    """Processing time of the case's oldest filing, or None without a usable receipt date."""
    oldest = oldest_receipt(case, today)
    if oldest is None:
        return None
    return processing_time(oldest[1], posted_months_of(case), today)


# Ways of contacting USCIS that count for the 60/90-day rule: (yes/no id, date id).
# Checking status online is not a contact: USCIS does not hear from the person.
CONTACT_DATES: tuple[tuple[str, str], ...] = (
    ("actions_taken.ncsc_called", "actions_taken.ncsc_date"),
    ("actions_taken.appointment", "actions_taken.appointment_date"),
    ("actions_taken.e_request", "actions_taken.e_request_date"),
)


@dataclass(frozen=True)
class LastContact:
    field: str  # the date field of the latest contact
    on: date
    days_ago: int

    @property
    def too_old(self) -> bool:
        return self.days_ago > CONTACT_MAX_DAYS

    @property
    def too_recent(self) -> bool:
        return self.days_ago < CONTACT_MIN_DAYS

    @property
    def wait_until(self) -> date:
        """The first day USCIS has had 60 days (date.max at the end of the calendar)."""
        try:
            return self.on + timedelta(days=CONTACT_MIN_DAYS)
        except OverflowError:
            return date.max


def last_uscis_contact(case: Case, today: date) -> LastContact | None:
    """The latest dated contact with USCIS (not in the future), or None."""
    latest: LastContact | None = None
    for _flag, date_id in CONTACT_DATES:
        parsed = dates.parse_date(case.get(date_id))
        if parsed is None or parsed > today:
            continue
        if latest is None or parsed > latest.on:
            latest = LastContact(date_id, parsed, dates.days_between(parsed, today))
    return latest
