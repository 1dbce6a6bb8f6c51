"""Processing-time arithmetic and the contact window, as plain functions of dates."""

from __future__ import annotations

from datetime import date

from ombud_desktop.core import messages
from ombud_desktop.core.processing import (
    add_months,
    case_processing_time,
    last_uscis_contact,
    processing_time,
    summary,
)
from tests.core.conftest import TODAY, load_sample


def test_add_months_clamps_to_the_end_of_the_month():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 11, 15), 14) == date(2026, 1, 15)


def test_processing_time_counts_months_pending_and_past_the_posted_time():
    status = processing_time(date(2024, 6, 3), 14.5, TODAY)
    assert status.months_pending == 29
    assert status.posted_time_ends == date(2025, 8, 18)  # 14 months + 15 days
    assert status.months_past_posted == 15
    assert status.is_past_posted_time


def test_processing_time_before_the_posted_time_runs_out():
    status = processing_time(date(2026, 1, 10), 12, TODAY)
    assert status.months_pending == 10
    assert status.months_past_posted == -1 and not status.is_past_posted_time


def test_processing_time_without_a_posted_time():
    status = processing_time(date(2026, 1, 10), None, TODAY)
    assert status.posted_time_ends is None and status.months_past_posted is None
    assert not status.is_past_posted_time


def test_case_processing_time_uses_the_oldest_filing():
    case = load_sample("complete_ready")
    case.set("filings.1.receipt_date", "2023-06-03")
    status = case_processing_time(case, TODAY)
    assert status is not None and status.receipt_date == date(2023, 6, 3)


def test_last_uscis_contact_is_the_latest_dated_contact():
    last = last_uscis_contact(load_sample("complete_ready"), TODAY)
    assert last is not None
    assert (last.field, last.on, last.days_ago) == ("actions_taken.ncsc_date", date(2026, 9, 8), 73)
    assert not last.too_old and not last.too_recent


def test_summary_says_how_long_past_the_posted_time():
    code, params = summary(processing_time(date(2024, 6, 3), 14.5, TODAY))
    assert code == "processing.summary_past"
    text = messages.render(code, params)
    assert "06/03/2024" in text and "29 months" in text and "15 months past" in text
    assert "14.5 months" in text and "08/18/2025" in text


def test_summary_within_and_without_a_posted_time():
    assert summary(processing_time(date(2026, 1, 10), 12, TODAY))[0] == (
        "processing.summary_within"
    )
    code, params = summary(processing_time(date(2026, 1, 10), None, TODAY))
    assert code == "processing.summary" and "{" not in messages.render(code, params)


def test_dates_at_the_end_of_the_calendar_do_not_overflow():
    from ombud_desktop.core.validation import validate

    case = load_sample("complete_ready")
    case.set("actions_taken.ncsc_date", "9999-12-30")
    case.set("filings.0.receipt_date", "9999-12-01")
    assert validate(case, date(9999, 12, 31))  # findings, not an OverflowError
    status = processing_time(date(9999, 12, 1), 14, date(9999, 12, 31))
    assert status.posted_time_ends is None and status.months_pending == 0
