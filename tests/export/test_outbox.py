from __future__ import annotations

import datetime as dt

import pytest

from ombud_desktop.errors import UserFacingError
from ombud_desktop.export.destinations import load_destinations
from ombud_desktop.export.outbox import parse_days, reminders_ics


def _ics(**changes: object) -> str:
    options: dict[str, object] = {
        "case_id": "abc234",
        "sent_on": dt.date(2026, 11, 27),
        "channel": "email",
        "reference": "sent 11/27, 10:02",
        "receipt_number": "IOE0912345678",
        "destinations": load_destinations(),
        "stamp": dt.datetime(2026, 11, 27, 12, tzinfo=dt.UTC),
    }
    options.update(changes)
    return reminders_ics(**options).decode("utf-8")  # type: ignore[arg-type]


def test_reminders_at_30_and_90_days_by_default() -> None:
    ics = _ics()
    assert ics.count("BEGIN:VEVENT") == 2
    assert "DTSTART;VALUE=DATE:20261227" in ics
    assert "DTSTART;VALUE=DATE:20270225" in ics
    assert "TRIGGER:PT9H" in ics


def test_ics_lines_are_crlf_folded_and_escaped() -> None:
    ics = _ics()
    raw = ics.encode()
    assert raw.count(b"\r\n") == raw.count(b"\n")
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))
    assert "sent 11/27\\, 10:02" in ics.replace("\r\n ", "")


def test_reminder_names_the_receipt_not_the_person() -> None:
    unfolded = _ics().replace("\r\n ", "")
    assert "IOE0912345678" in unfolded
    assert "202-357-8100" in unfolded


def test_bad_reminder_days_get_a_plain_message() -> None:
    assert parse_days("30, 90,120") == (30, 90, 120)
    with pytest.raises(UserFacingError, match="like 30,90"):
        parse_days("thirty")
    with pytest.raises(UserFacingError):
        _ics(days=(0,))
