"""One test per user-visible validation rule, named after the rule (docs/form-spec.md lists
them)."""

from __future__ import annotations

from datetime import date, timedelta

from ombud_desktop.core.validation import check_field, readiness, validate
from tests.core.conftest import TODAY, codes


def findings_for(case, field=None):
    return [f for f in validate(case, TODAY) if field is None or f.field == field]


def test_complete_sample_is_ready_with_no_findings(ready_case):
    report = readiness(ready_case, TODAY)
    assert report.ready and report.findings == ()


# ---- receipt numbers ------------------------------------------------------------------


def test_receipt_number_accepts_spaces_dashes_and_lowercase(ready_case):
    ready_case.set("filings.0.receipt_number", " ioe-091-234-5678 ")
    assert findings_for(ready_case, "filings.0.receipt_number") == []


def test_receipt_number_must_be_three_letters_and_ten_digits(ready_case):
    ready_case.set("filings.0.receipt_number", "IOE091234567")  # 9 digits
    (finding,) = findings_for(ready_case, "filings.0.receipt_number")
    assert (finding.severity, finding.code) == ("error", "receipt_number.format")
    assert "3 letters and 10 digits" in finding.message


def test_receipt_number_unknown_prefix_is_only_a_warning(ready_case):
    ready_case.set("filings.0.receipt_number", "ZZZ0912345678")
    (finding,) = findings_for(ready_case, "filings.0.receipt_number")
    assert (finding.severity, finding.code) == ("warning", "receipt_number.unknown_prefix")
    assert "ZZZ" in finding.message
    assert readiness(ready_case, TODAY).ready


def test_receipt_number_listed_twice_is_a_warning(ready_case):
    ready_case.set("filings.1.receipt_number", "ioe 0912345678")
    assert codes(findings_for(ready_case, "filings.1.receipt_number")) == {
        "receipt_number.duplicate"
    }


def test_filing_without_receipt_number_needs_a_reason(ready_case):
    ready_case.set("filings.1.receipt_number", None)
    (finding,) = findings_for(ready_case, "filings.1.no_receipt_reason")
    assert (finding.severity, finding.code) == ("error", "filing.no_receipt_reason")
    ready_case.set("filings.1.no_receipt_reason", "Filed by mail in May, no receipt notice yet")
    assert findings_for(ready_case, "filings.1.no_receipt_reason") == []


def test_at_least_one_filing(ready_case):
    ready_case.set("filings", [])
    assert codes(findings_for(ready_case, "filings")) == {"filings.none"}
    assert not readiness(ready_case, TODAY).ready


def test_form_number_that_is_not_a_uscis_form_is_a_warning(ready_case):
    ready_case.set("filings.0.form_number", "DS-260")
    (finding,) = findings_for(ready_case, "filings.0.form_number")
    assert (finding.severity, finding.code) == ("warning", "form_number.format")


# ---- numbers of the person ----------------------------------------------------------


def test_a_number_accepts_a_dashes_spaces_and_7_to_9_digits(ready_case):
    for typed in ("A-123-456-789", "a 12 345 678", "1234567", "A0912345"):
        ready_case.set("subject.a_number", typed)
        assert findings_for(ready_case, "subject.a_number") == [], typed


def test_a_number_with_too_few_or_too_many_digits_is_an_error(ready_case):
    for typed in ("A12345", "A1234567890", "B123456789"):
        ready_case.set("subject.a_number", typed)
        assert codes(findings_for(ready_case, "subject.a_number")) == {"a_number.format"}, typed


def test_uscis_online_account_number_has_12_digits(ready_case):
    ready_case.set("subject.uscis_online_account_number", "1234 5678 9012")
    assert findings_for(ready_case, "subject.uscis_online_account_number") == []
    ready_case.set("subject.uscis_online_account_number", "12345678901")
    assert codes(findings_for(ready_case)) == {"uscis_account.format"}


# ---- addresses and contact ----------------------------------------------------------


def test_us_zip_code_is_checked_when_the_country_is_the_us(ready_case):
    ready_case.set("subject.address.postal_code", "7700")
    assert codes(findings_for(ready_case, "subject.address.postal_code")) == {"postal_code.us_zip"}
    for zip_code in ("77002", "77002-1234", "770021234"):
        ready_case.set("subject.address.postal_code", zip_code)
        assert findings_for(ready_case, "subject.address.postal_code") == []


def test_postal_code_outside_the_us_is_not_checked_as_a_zip(ready_case):
    ready_case.set("subject.address.country", "CA")
    ready_case.set("subject.address.state", "Ontario")
    ready_case.set("subject.address.postal_code", "M5V 2T6")
    assert findings_for(ready_case, "subject.address") == []
    assert codes(findings_for(ready_case)) == set()


def test_us_state_must_be_a_state_or_territory_for_a_us_address(ready_case):
    ready_case.set("subject.address.state", "Ontario")
    assert codes(findings_for(ready_case, "subject.address.state")) == {"us_state.unknown"}
    ready_case.set("subject.address.state", "Puerto Rico")
    assert findings_for(ready_case, "subject.address.state") == []


def test_phone_numbers_us_and_international(ready_case):
    for typed in ("(713) 555-0142", "+1 713 555 0142", "+52 55 5555 0142", "713.555.0142 x12"):
        ready_case.set("subject.phone", typed)
        assert findings_for(ready_case, "subject.phone") == [], typed
    ready_case.set("subject.phone", "555-0142")
    assert codes(findings_for(ready_case, "subject.phone")) == {"phone.format"}


def test_email_syntax(ready_case):
    ready_case.set("subject.email", "ana.ejemplo@example")
    assert codes(findings_for(ready_case, "subject.email")) == {"email.format"}


def test_at_least_one_way_to_reach_the_subject(ready_case):
    for key in ("phone", "email", "address"):
        ready_case.set(f"subject.{key}", None)
    assert codes(findings_for(ready_case, "subject.phone")) == {"subject.no_contact"}
    ready_case.set("subject.address.street", "1200 Example Ave")
    ready_case.set("subject.address.city", "Houston")
    assert findings_for(ready_case, "subject.phone") == []


def test_unknown_country_text_is_kept_with_a_warning(ready_case):
    ready_case.set("subject.country_of_birth", "Ruritania")
    assert codes(findings_for(ready_case, "subject.country_of_birth")) == {"country.unknown"}
    assert ready_case.get("subject.country_of_birth") == "Ruritania"


# ---- dates ---------------------------------------------------------------------------


def test_birth_and_receipt_dates_not_in_the_future(ready_case):
    tomorrow = (TODAY + timedelta(days=1)).isoformat()
    ready_case.set("subject.date_of_birth", tomorrow)
    ready_case.set("filings.0.receipt_date", tomorrow)
    found = {(f.field, f.code) for f in findings_for(ready_case)}
    assert ("subject.date_of_birth", "date.future") in found
    assert ("filings.0.receipt_date", "date.future") in found
    message = next(f.message for f in findings_for(ready_case, "subject.date_of_birth"))
    assert "11/21/2026" in message  # shown mm/dd/yyyy


def test_dates_must_be_real_dates(ready_case):
    ready_case.set("subject.date_of_birth", "1988-02-30")
    assert codes(findings_for(ready_case, "subject.date_of_birth")) == {"date.format"}


# ---- required-when rules -----------------------------------------------------------------


def test_hardship_needs_a_description(ready_case):
    ready_case.set("reasons.hardship_description", "   ")
    (finding,) = findings_for(ready_case, "reasons.hardship_description")
    assert (finding.severity, finding.code) == ("error", "reasons.hardship_description_missing")


def test_attorney_needs_a_g28_attachment(ready_case):
    ready_case.set("submitter.role", "attorney")
    ready_case.set("submitter.name", "Dana Q. Sample")
    assert codes(findings_for(ready_case, "documents")) == {"g28.missing"}
    ready_case.set("documents.2", {"id": "g", "category": "g28", "title": "G-28"})
    assert findings_for(ready_case, "documents") == []


def test_attorney_gives_a_bar_number_or_an_accreditation(ready_case):
    ready_case.set("submitter.role", "attorney")
    ready_case.set("submitter.name", "Dana Q. Sample")
    assert codes(findings_for(ready_case, "submitter.bar_number")) == {"recommended"}
    ready_case.set("submitter.accreditation", "Example Legal Aid, accredited representative")
    assert findings_for(ready_case, "submitter.bar_number") == []


def test_helper_needs_the_subjects_consent(ready_case):
    ready_case.set("submitter.role", "helper")
    ready_case.set("submitter.name", "Minh Tran")
    ready_case.set("consent.agreed", None)
    ready_case.set("consent.preparer_statement", "Prepared by Minh Tran in English.")
    assert codes(findings_for(ready_case, "consent.agreed")) == {"consent.helper_required"}
    ready_case.set("documents.2", {"id": "c", "category": "consent", "title": "Signed consent"})
    assert findings_for(ready_case, "consent.agreed") == []


def test_consent_must_be_given(ready_case):
    ready_case.set("consent.agreed", False)
    assert codes(findings_for(ready_case, "consent.agreed")) == {"consent.not_agreed"}
    assert not readiness(ready_case, TODAY).ready


def test_protected_category_forces_a_wet_ink_signature(ready_case):
    ready_case.set("subject.protected_category", True)
    for method in ("typed", "drawn"):
        ready_case.set("consent.signature_method", method)
        (finding,) = findings_for(ready_case, "consent.signature_method")
        assert (finding.severity, finding.code) == ("error", "consent.wet_ink_required")
    ready_case.set("consent.signature_method", "wet_ink")
    assert codes(findings_for(ready_case)) == {"consent.signed_form_missing"}  # a warning


def test_signed_page_for_email_and_fax(ready_case):
    ready_case.set("consent.signature_method", "wet_ink")
    (finding,) = findings_for(ready_case, "consent.signature_method")
    assert (finding.severity, finding.code) == ("warning", "consent.signed_form_missing")
    assert "Add the signed page" in finding.message
    assert readiness(ready_case, TODAY).ready  # the mail packet is signed on paper
    documents = ready_case.get("documents") or []
    ready_case.set("documents", [*documents, {"id": "s1", "category": "signed_form"}])
    assert findings_for(ready_case, "consent.signature_method") == []
    ready_case.set("consent.signature_method", "typed")  # no ink, no signed page needed
    ready_case.set("documents", documents)
    assert findings_for(ready_case, "consent.signature_method") == []


def test_organization_needs_its_name_not_a_persons(ready_case):
    ready_case.set("subject.kind", "organization")
    for key in ("first_name", "last_name", "middle_name", "date_of_birth"):
        ready_case.set(f"subject.{key}", None)
    found = findings_for(ready_case)
    assert [(f.field, f.code) for f in found] == [("subject.organization_name", "required")]


def test_other_benefit_needs_a_description(ready_case):
    ready_case.set("benefit.types", ["other"])
    assert codes(findings_for(ready_case, "benefit.other_description")) == {"required"}


# ---- contact USCIS first: 60/90 days ----------------------------------------------------


def _last_call(case, days_ago):
    case.set("actions_taken.e_request", None)
    case.set("actions_taken.e_request_date", None)
    case.set("actions_taken.ncsc_date", (TODAY - timedelta(days=days_ago)).isoformat())


def test_contact_uscis_first_warns_when_last_contact_older_than_90_days(ready_case):
    _last_call(ready_case, 91)
    (finding,) = findings_for(ready_case)
    assert (finding.field, finding.severity, finding.code) == (
        "actions_taken.ncsc_date", "warning", "contact.too_old",
    )  # fmt: skip
    assert "91 days" in finding.message


def test_contact_uscis_first_warns_when_last_contact_younger_than_60_days(ready_case):
    _last_call(ready_case, 59)
    (finding,) = findings_for(ready_case)
    assert finding.code == "contact.too_recent" and finding.severity == "warning"
    assert "59 days" in finding.message and "11/21/2026" in finding.message  # until when


def test_contact_uscis_first_is_quiet_between_60_and_90_days(ready_case):
    for days in (60, 75, 90):
        _last_call(ready_case, days)
        assert findings_for(ready_case) == [], days


def test_contact_uscis_first_uses_the_latest_contact(ready_case):
    _last_call(ready_case, 120)
    ready_case.set("actions_taken.appointment", True)
    ready_case.set("actions_taken.appointment_date", (TODAY - timedelta(days=70)).isoformat())
    assert findings_for(ready_case) == []


def test_contact_uscis_first_warns_when_no_contact_at_all(ready_case):
    ready_case.set("actions_taken", {})
    assert codes(findings_for(ready_case)) == {"contact.none"}


def test_contact_date_missing_is_a_warning(ready_case):
    ready_case.set("actions_taken.ncsc_date", None)
    found = findings_for(ready_case, "actions_taken.ncsc_date")
    assert codes(found) == {"actions_taken.date_missing"}


# ---- processing time ---------------------------------------------------------------------


def test_beyond_processing_time_needs_the_posted_time(ready_case):
    ready_case.set("reasons.posted_processing_time_months", None)
    found = findings_for(ready_case, "reasons.posted_processing_time_months")
    assert [(f.severity, f.code) for f in found] == [("warning", "processing.posted_time_missing")]


def test_beyond_processing_time_warns_when_dates_say_not_yet_past(ready_case):
    ready_case.set("reasons.posted_processing_time_months", 40)
    (finding,) = findings_for(ready_case)
    assert finding.code == "processing.not_past"
    assert "29 months" in finding.message and "40 months" in finding.message


def test_beyond_processing_time_needs_a_receipt_date(ready_case):
    for index in (0, 1):
        ready_case.set(f"filings.{index}.receipt_date", None)
    assert codes(findings_for(ready_case)) == {"processing.receipt_date_missing"}


# ---- screening and the shape of the answers ----------------------------------------------


def test_screening_blocker_stops_until_the_person_continues_deliberately(ready_case):
    ready_case.set("screening.blockers", ["not_uscis"])
    (finding,) = findings_for(ready_case)
    assert (finding.field, finding.severity, finding.code) == (
        "screening.blockers", "error", "screening.blocker.not_uscis",
    )  # fmt: skip
    ready_case.set("screening.continue_anyway", True)
    (finding,) = findings_for(ready_case)
    assert finding.severity == "warning"
    assert readiness(ready_case, TODAY).ready


def test_unknown_answers_are_kept_and_warned_about(ready_case):
    ready_case.set("subject.shoe_size", "42")
    ready_case.set("filings.0.colour", "blue")
    found = {(f.field, f.code) for f in findings_for(ready_case)}
    assert found == {("subject.shoe_size", "unknown_field"), ("filings.0.colour", "unknown_field")}
    assert ready_case.get("subject.shoe_size") == "42"


def test_wrong_kind_of_value_is_an_error_not_a_crash(ready_case):
    ready_case.set("subject.first_name", 42)
    ready_case.set("consent.agreed", "yes")
    ready_case.set("benefit.types", "immigrant")
    ready_case.answers["filings"] = {"form_number": "I-485"}
    found = {(f.field, f.code) for f in findings_for(ready_case)}
    assert {
        ("subject.first_name", "type.wrong.string"),
        ("consent.agreed", "type.wrong.boolean"),
        ("benefit.types", "type.wrong.array"),
        ("filings", "type.wrong.list"),
    } <= found


def test_unknown_choice_code_is_an_error(ready_case):
    ready_case.set("submitter.role", "cousin")
    assert codes(findings_for(ready_case, "submitter.role")) == {"choice.unknown"}


def test_findings_come_in_form_order(ready_case):
    ready_case.set("consent.signed_on", "not a date")
    ready_case.set("subject.email", "nope")
    ready_case.set("screening.blockers", ["not_uscis"])
    ready_case.set("filings.1.receipt_number", "bad")
    fields = [f.field for f in readiness(ready_case, TODAY).findings]
    assert fields == [
        "screening.blockers", "subject.email", "filings.1.receipt_number", "consent.signed_on",
    ]  # fmt: skip


def test_check_field_gives_findings_for_one_field_only(ready_case):
    ready_case.set("filings.1.receipt_number", None)
    ready_case.set("subject.email", "nope")
    assert codes(check_field(ready_case, "filings.1.no_receipt_reason", TODAY)) == {
        "filing.no_receipt_reason"
    }
    assert codes(check_field(ready_case, "subject.email", TODAY)) == {"email.format"}
    assert check_field(ready_case, "subject.nothing", TODAY) == []


def test_today_is_injectable(ready_case):
    assert validate(ready_case, date(2026, 9, 20)) != validate(ready_case, TODAY)
