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
    assert show("reasons.posted_processing_time_months", 14.0) == "14 months"
    assert show("reasons.posted_processing_time_months", 1) == "1 month"
    assert show("filings.0.receipt_number", "ioe-091-234-5678") == "IOE0912345678"
    assert show("consent.agreed", True) == "Yes"
    assert show("subject.first_name", "   ") == ""


def test_display_value_translates_through_the_given_function():
    def tagged(context: str, text: str) -> str:
        return f"[{context}] {text}"

    assert show("consent.agreed", False, translate=tagged) == "[display] No"
    assert show("submitter.role", "self", translate=tagged).startswith("[formspec] I am the")
    assert show("subject.country_of_birth", "VN", translate=tagged) == "[countries] Vietnam"
    months = show("reasons.posted_processing_time_months", 3, translate=tagged)
    assert months == "[display] 3 months"


def test_us_states_read_as_names_on_screen_and_as_postal_codes_on_paper():
    def tagged(context: str, text: str) -> str:
        return f"[{context}] {text}"

    assert show("subject.address.state", "ca") == "California (CA)"
    assert show("subject.address.state", "CA", translate=tagged) == "[us_states] California (CA)"
    assert show("subject.address.state", "AE").startswith("Armed Forces Europe")
    assert show("subject.address.state", "AE").count("(AE)") == 1
    assert show("subject.address.state", "Ontario") == "Ontario"  # a province abroad
    assert show("subject.address.state", "CA", on_paper=True) == "CA"


def test_the_printed_form_uses_this_one_formatter():
    from ombud_desktop.documents import values

    assert values.display.func is display_value
    assert values.display(formspec.field("subject.address.state"), "TX") == "TX"
