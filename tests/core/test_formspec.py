"""The form spec holds every field of the form (docs/form-spec.md), once, with what the UI
and PDF need."""

from __future__ import annotations

import pytest

from ombud_desktop.core import formspec
from ombud_desktop.core.formspec import Kind

# Every id the form asks for (checked here against the spec, not used by the app).
FORM_SPEC_IDS = """
screening.reasons screening.blockers
actions_taken.ncsc_called actions_taken.ncsc_date actions_taken.ncsc_reference
actions_taken.case_status_checked actions_taken.case_status_date actions_taken.appointment
actions_taken.appointment_date actions_taken.appointment_office actions_taken.e_request
actions_taken.e_request_date actions_taken.e_request_number actions_taken.congress_inquiry
actions_taken.congress_office actions_taken.other
reasons.kinds reasons.hardship_description reasons.posted_processing_time_months
reasons.processing_time_checked_on reasons.problem_description reasons.desired_outcome
submitter.role submitter.name submitter.organization submitter.relationship submitter.phone
submitter.email submitter.fax submitter.address.street submitter.address.unit
submitter.address.city submitter.address.state submitter.address.postal_code
submitter.address.country submitter.bar_number submitter.accreditation
subject.kind subject.title subject.first_name subject.middle_name subject.last_name
subject.organization_name subject.other_names subject.date_of_birth subject.country_of_birth
subject.country_of_citizenship subject.a_number subject.uscis_online_account_number
subject.address.street subject.address.unit subject.address.city subject.address.state
subject.address.postal_code subject.address.country subject.phone subject.fax subject.email
subject.preferred_language subject.needs_interpreter subject.protected_category
beneficiary.first_name beneficiary.last_name beneficiary.date_of_birth beneficiary.a_number
beneficiary.relationship
filings[].form_number filings[].receipt_number filings[].no_receipt_reason
filings[].receipt_date filings[].office
benefit.types benefit.other_description
documents[].id documents[].category documents[].title documents[].original_filename
documents[].pages documents[].sha256 documents[].added_on
consent.agreed consent.signature_method consent.signer_name consent.signed_on
consent.preparer_statement
""".split()  # noqa: SIM905 (one id per word reads like the spec)


def test_every_field_id_of_form_spec_is_in_the_spec():
    ids = {f.id for f in formspec.all_fields()}
    assert set(FORM_SPEC_IDS) <= ids
    # the one addition: a deliberate "continue anyway" after a screening blocker
    assert ids - set(FORM_SPEC_IDS) == {"screening.continue_anyway"}


def test_field_ids_are_unique_and_sections_in_form_order():
    ids = [f.id for f in formspec.all_fields()]
    assert len(ids) == len(set(ids))
    assert [s.id for s in formspec.SECTIONS] == [
        "screening", "actions_taken", "reasons", "submitter", "subject", "beneficiary",
        "filings", "benefit", "documents", "consent",
    ]  # fmt: skip


def test_every_field_has_label_help_and_form_item():
    for f in formspec.all_fields():
        assert f.label.strip() and f.help.strip(), f.id
        if f.section != "screening" and not f.managed:
            assert f.form_item and f.form_label, f.id


def test_choice_fields_have_unique_choices_with_labels():
    for f in formspec.all_fields():
        if f.kind in (Kind.CHOICE, Kind.MULTI_CHOICE):
            codes = f.choice_codes()
            assert codes and len(codes) == len(set(codes)), f.id
            assert all(c.label for c in f.choices)
        else:
            assert not f.choices, f.id


def test_choice_codes_match_form_spec():
    assert formspec.field("screening.reasons").choice_codes() == (
        "hardship", "unresolved", "beyond_processing_time", "uscis_error",
    )  # fmt: skip
    assert formspec.field("reasons.kinds").choice_codes() == (
        "emergency_hardship", "beyond_processing_time", "uscis_error", "losing_status",
        "lost_documents", "other",
    )  # fmt: skip
    assert formspec.field("submitter.role").choice_codes() == ("self", "attorney", "helper")
    assert formspec.field("consent.signature_method").choice_codes() == (
        "drawn", "typed", "wet_ink",
    )  # fmt: skip
    assert formspec.field("documents[].category").choice_codes() == (
        "submitted_to_uscis", "received_from_uscis", "g28", "consent", "signed_form", "other",
    )  # fmt: skip


def test_required_when_rules_only_name_existing_fields():
    for f in formspec.all_fields():
        if isinstance(f.required, bool):
            continue
        for dep in f.required.depends_on():
            if dep.startswith("."):
                assert f.in_list and formspec.has_field(f"{f.section}[]{dep}"), f.id
            else:
                assert formspec.has_field(dep), (f.id, dep)


def test_concrete_and_canonical_ids_find_the_same_field():
    f = formspec.field("filings.2.receipt_number")
    assert f is formspec.field("filings[].receipt_number")
    assert f.kind is Kind.RECEIPT_NUMBER and f.section == "filings" and f.key == "receipt_number"
    assert f.path(2) == "filings.2.receipt_number"
    assert formspec.section_of("filings.2.receipt_number").repeating
    assert formspec.section_of("subject.address.city").id == "subject"
    with pytest.raises(formspec.UnknownField):
        formspec.field("subject.shoe_size")


def test_form_position_orders_by_section_item_and_field():
    ids = ["consent.agreed", "filings.1.office", "filings.0.office", "filings.0.form_number",
           "filings", "screening.reasons", "subject.phone", "subject.first_name"]  # fmt: skip
    assert sorted(ids, key=formspec.form_position) == [
        "screening.reasons", "subject.first_name", "subject.phone", "filings",
        "filings.0.form_number", "filings.0.office", "filings.1.office", "consent.agreed",
    ]  # fmt: skip


def test_filings_repeat_with_three_printed_rows_and_at_least_one_item():
    filings = formspec.section("filings")
    assert filings.repeating and filings.min_items == 1 and filings.printed_rows == 3


def test_printed_sections_carry_the_forms_own_heading():
    for section in formspec.SECTIONS:
        assert bool(section.form_title) == (section.id != "screening"), section.id
        assert section.title and section.intro
