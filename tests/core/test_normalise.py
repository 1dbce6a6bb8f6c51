"""Normalisers turn typed text into the stored form; no input makes any of them raise."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ombud_desktop.core import formspec, normalise
from ombud_desktop.core.dates import format_date, months_between, parse_date
from ombud_desktop.core.field_checks import check_answer
from ombud_desktop.core.formspec import Kind
from ombud_desktop.core.model import Case
from ombud_desktop.core.validation import validate
from tests.core.conftest import TODAY


@pytest.mark.parametrize(
    ("function", "typed", "stored"),
    [
        (normalise.normalise_receipt_number, " ioe-091 234 5678", "IOE0912345678"),
        (normalise.normalise_receipt_number, "IOE09123456", None),
        (normalise.normalise_a_number, "A-12-345-678", "012345678"),
        (normalise.normalise_a_number, "a123456789", "123456789"),
        (normalise.normalise_a_number, "A1234567", "001234567"),
        (normalise.normalise_a_number, "A12345", None),
        (normalise.normalise_uscis_account, "1234-5678-9012", "123456789012"),
        (normalise.normalise_phone, "(202) 555-0142", "202-555-0142"),
        (normalise.normalise_phone, "1-202-555-0142", "202-555-0142"),
        (normalise.normalise_phone, "+1 202 555 0142 ext. 7", "202-555-0142 ext. 7"),
        (normalise.normalise_phone, "+44 (20) 7946-0958", "+44 20 7946 0958"),
        (normalise.normalise_phone, "0084 28 3822 9433", "+84 28 3822 9433"),
        (normalise.normalise_phone, "555-0142", None),
        (normalise.normalise_phone, "+٣٣١٢٣٤٥٦٧٨", None),  # ASCII digits only
        (normalise.normalise_postal_code_us, "20528 0180", "20528-0180"),
        (normalise.normalise_postal_code_us, "205280180", "20528-0180"),
        (normalise.normalise_postal_code_us, "2052", None),
        (normalise.normalise_email, "  ana@example.org ", "ana@example.org"),
        (normalise.normalise_email, "ana@example", None),
        (normalise.normalise_form_number, "i130", "I-130"),
        (normalise.normalise_form_number, "i-821d", "I-821D"),
        (normalise.normalise_form_number, "n 400", "N-400"),
        (normalise.normalise_form_number, "DS-260", None),
        (normalise.normalise_country, "viet nam", "VN"),
        (normalise.normalise_country, "mx", "MX"),
        (normalise.normalise_country, "Ruritania", None),
        (normalise.normalise_us_state, "texas", "TX"),
        (normalise.normalise_us_state, "pr", "PR"),
        (normalise.normalise_date, "03/14/2026", "2026-03-14"),
        (normalise.normalise_date, "2026-02-30", None),
    ],
)
def test_normaliser_examples(function, typed, stored):
    assert function(typed) == stored


def test_normalise_keeps_what_it_cannot_read_exactly_as_typed():
    assert normalise.normalise(Kind.RECEIPT_NUMBER, " ioe0912345678 ") == "IOE0912345678"
    assert normalise.normalise(Kind.RECEIPT_NUMBER, " not yet ") == "not yet"
    assert normalise.normalise(Kind.COUNTRY, "Ruritania") == "Ruritania"
    assert normalise.normalise(Kind.LONG_TEXT, "\nline 1\n  line 2\n") == "line 1\n  line 2"
    assert normalise.normalise(Kind.BOOL, True) is True


def test_normalise_answer_makes_a_zip_only_in_a_us_address():
    case = Case.from_answers({"subject": {"address": {"country": "US"}}})
    at = "subject.address.postal_code"
    assert normalise.normalise_answer(at, " 205280180 ", case.get) == "20528-0180"
    case.set("subject.address.country", "GB")
    assert normalise.normalise_answer(at, " SW1A 1AA ", case.get) == "SW1A 1AA"
    assert normalise.normalise_answer("filings.3.receipt_number", "ioe0912345678", case.get) == (
        "IOE0912345678"
    )
    assert normalise.normalise_answer("subject.nope", " x ", case.get) == "x"


def test_a_number_prints_as_a123_456_789():
    assert normalise.format_a_number("12345678") == "A012-345-678"
    assert normalise.format_a_number("garbage") == "garbage"


def test_dates_display_mm_dd_yyyy_and_count_months():
    assert format_date("2026-03-04") == "03/04/2026"
    assert parse_date("3/4/2026") == date(2026, 3, 4)
    assert months_between(date(2026, 1, 31), date(2026, 2, 28)) == 0
    assert months_between(date(2026, 1, 15), date(2026, 3, 15)) == 2
    assert months_between(date(2026, 3, 15), date(2026, 1, 15)) == -2


_TEXT_FIELDS = list(formspec.all_fields())
_any_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(), children),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_no_normaliser_raises_on_any_text(text):
    for function in (*normalise.NORMALISERS.values(), normalise.normalise_postal_code_us):
        result = function(text)
        assert result is None or isinstance(result, str)
    for kind in Kind:
        normalise.normalise(kind, text)
    parse_date(text)
    format_date(text)
    normalise.format_a_number(text)


@settings(max_examples=200, deadline=None)
@given(st.text(), st.sampled_from(_TEXT_FIELDS))
def test_no_field_check_raises_on_any_text(text, field):
    at = field.path(0) if field.in_list else field.id
    case = Case()
    case.set(at, text)
    normalise.normalise_answer(at, text, case.get)
    found = check_answer(field, text, at=at, get=case.get, today=TODAY)
    assert all(f.field == at and f.message for f in found)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_TEXT_FIELDS), _any_json)
def test_validate_never_raises_on_any_value_at_any_field(field, value):
    case = Case()
    case.set(field.path(0) if field.in_list else field.id, value)
    for finding in validate(case, TODAY):
        assert finding.severity in ("error", "warning") and finding.message


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from([s.id for s in formspec.SECTIONS]) | st.text(), _any_json, max_size=6
    )
)
def test_validate_never_raises_on_any_answers_object(answers):
    answers.pop("schema", None)
    for finding in validate(Case.from_answers(answers), TODAY):
        assert finding.message
