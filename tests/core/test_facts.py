"""core/facts.py: each fact decided once, and the layers that print or check it agree."""

from __future__ import annotations

import pytest

from ombud_desktop.core import facts
from ombud_desktop.core.formspec import DOCUMENT_CATEGORIES
from ombud_desktop.core.model import Case
from ombud_desktop.core.rules import protected_category_needs_wet_ink
from tests.core.conftest import TODAY, load_sample


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ({"first_name": "Ana", "middle_name": "B", "last_name": "Cruz"}, "Ana B Cruz"),
        ({"kind": "organization", "organization_name": "Acme", "last_name": "Old"}, "Acme"),
        ({"kind": "person", "organization_name": "Acme", "first_name": "Ana"}, "Ana"),
        ({"organization_name": "Acme"}, "Acme"),  # no kind recorded, no person's name
        ({}, ""),
    ],
)
def test_the_subject_display_name(subject, name):
    assert facts.subject_display_name(Case({"subject": subject})) == name
    assert facts.subject_display_name({"subject": subject}) == name  # stored answers


def test_the_vault_lists_the_same_name_the_form_prints(tmp_path):
    from ombud_desktop.vault.records import CaseRecord, summarize

    case = load_sample("names_multiscript")
    record = CaseRecord(id="c1", answers=case.to_answers())
    assert summarize(record, 30).name == facts.subject_display_name(case) != ""


def test_receipt_numbers_as_uscis_prints_them_in_the_form_order():
    case = Case(
        {"filings": [{"receipt_number": "ioe-091-000-4321"}, {}, {"receipt_number": "EAC1"}]}
    )
    assert facts.receipt_numbers(case) == ("IOE0910004321", "EAC1")
    assert facts.first_receipt_number(case) == "IOE0910004321"
    assert facts.first_receipt_number(Case({})) == ""


def test_the_stamp_header_carries_the_first_receipt_number_as_uscis_prints_it():
    from ombud_desktop.documents.packet import stamp_header

    case = Case({"filings": [{"receipt_number": "ioe-091-000-4321"}]})
    assert stamp_header(case).receipt_number == "IOE0910004321"


@pytest.mark.parametrize(
    ("protected", "chosen", "method"),
    [
        (True, "drawn", "wet_ink"),
        (True, None, "wet_ink"),
        (False, "drawn", "drawn"),
        (False, "typed", "typed"),
        (False, None, "wet_ink"),
        (False, "fax", "wet_ink"),
    ],
)
def test_the_effective_signature_method(protected, chosen, method):
    case = Case({"subject": {"protected_category": protected}})
    if chosen:
        case.set("consent.signature_method", chosen)
    assert facts.signature_method(case) == method


def test_a_protected_category_signs_in_ink_in_every_layer():
    from ombud_desktop.documents.form_pdf import render_form
    from ombud_desktop.export.gather import CaseMaterial, prepare
    from tests.documents.pdftools import pdftotext

    case = load_sample("protected_category")
    material = CaseMaterial("c1", case.to_answers(), {}, ())
    assert prepare(material, today=TODAY).wet_ink_signature
    case.set("consent.signature_method", "drawn")  # chosen before the category was known
    assert facts.signature_method(case) == facts.WET_INK
    assert [f.code for f in protected_category_needs_wet_ink(case, TODAY)] == [
        "consent.wet_ink_required"
    ]
    assert "Sign in ink, by hand" in pdftotext(render_form(case))


def test_document_categories_are_the_form_specs():
    assert tuple(c.code for c in DOCUMENT_CATEGORIES) == facts.DOCUMENT_CATEGORY_CODES
    assert "g28" in facts.DOCUMENT_CATEGORY_CODES


@pytest.mark.parametrize(
    ("answers", "applies"),
    [
        ({"filings": [{"form_number": "i-130"}]}, True),
        ({"filings": [{"form_number": "I-485"}]}, False),
        ({"subject": {"kind": "organization"}}, True),
        ({"beneficiary": {"first_name": "Lu"}}, True),
        ({"beneficiary": {"first_name": " "}}, False),
        ({}, False),
    ],
)
def test_whether_a_beneficiary_applies(answers, applies):
    assert facts.beneficiary_applies(Case(answers)) is applies
