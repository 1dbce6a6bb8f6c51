"""Answers read back as people expect: labels, mm/dd/yyyy, A123-456-789, country names."""

from __future__ import annotations

from ombud_desktop.core import formspec
from ombud_desktop.core.display import display_value


def show(field_id, value, **kw):
    return display_value(formspec.field(field_id), value, **kw)


def test_display_value_reads_codes_dates_and_numbers_as_people_do():
    assert show("subject.date_of_birth", "1988-04-17") == "04/17/1988"
    assert show("subject.a_number", "012345678") == "A012-345-678"
    assert show("subject.country_of_birth", "VN") == "Vietnam"
    assert show("subject.country_of_birth", "Ruritania") == "Ruritania"
    assert show("benefit.types", ["immigrant", "zzz"]) == "Immigrant (ex. Permanent Residency); zzz"
    assert show("reasons.posted_processing_time_months", 14.0) == "14"
    assert show("consent.agreed", True) == "Yes"
    assert show("subject.first_name", "   ") == ""


def test_display_value_translates_through_the_given_function():
    upper = str.upper
    assert show("consent.agreed", False, translate=upper) == "NO"
    assert show("submitter.role", "self", translate=upper).startswith("I AM THE PERSON")
