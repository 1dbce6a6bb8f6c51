"""Errors the form cannot be sent with keep the person on the page (each shown at its
field); warnings show but never block Next. The findings come from the core, so every
rule that gives an error on a page is exercised through the answers below."""

from __future__ import annotations

import pytest

from ombud_desktop.core import validation
from ombud_desktop.core.model import Case
from tests.ui.helpers import make_case

EMPTY: dict = {}
TANGLED = {
    "screening": {"blockers": ["not_uscis"], "reasons": ["hardship"]},
    "reasons": {"kinds": ["emergency_hardship", "other"]},
    "submitter": {"role": "helper"},
    "subject": {"kind": "organization"},
    "filings": [{"form_number": "I-130"}],
    "benefit": {"types": ["other"]},
    "consent": {"agreed": True},
    "actions_taken": {"ncsc_called": True, "ncsc_date": "2020-01-01"},
}
PAGES = ["screening", "reasons", "submitter", "subject", "filings", "benefit", "consent"]


def _errors_on(answers: dict, page) -> list:
    return [
        f
        for f in validation.validate(Case.from_answers(answers))
        if f.severity == "error" and page.owns_finding(f.field)
    ]


@pytest.mark.parametrize("answers", [EMPTY, TANGLED], ids=["empty", "tangled"])
def test_every_error_on_a_page_blocks_next_and_shows_at_its_field(open_window, vault_dir, answers):
    window = open_window("--open", make_case(vault_dir, answers))
    wizard = window.wizard
    checked = 0
    for page_id in PAGES:
        wizard.go_to(page_id)
        page = wizard.current_page()
        errors = _errors_on(answers, page)
        wizard.next()
        if not errors:
            assert wizard.current_page() is not page, wizard.status.text()
            continue
        assert wizard.current_page() is page, f"Next left {page_id} despite {errors}"
        assert wizard.status.text()
        for finding in errors:
            editor = page.editors.get(finding.field)
            shown = editor.findings_text() if editor else page.section_finding.text()
            assert finding.message in shown, (finding, shown)
            checked += 1
    assert checked >= 8


def test_screening_blocker_needs_a_deliberate_choice(open_window, vault_dir):
    answers = {"screening": {"reasons": ["hardship"], "blockers": ["wants_legal_advice"]}}
    window = open_window("--open", make_case(vault_dir, answers))
    wizard = window.wizard
    wizard.go_to("screening")
    page = wizard.current_page()
    assert page.exit_box.isVisible()
    assert "legal advice" in page.exit_text.text()
    wizard.next()
    assert wizard.current_page() is page
    page.editors["screening.continue_anyway"].box.click()
    wizard.next()
    assert wizard.current_page().objectName() == "page.actions_taken"


WARNINGS = [
    ("actions_taken", {"actions_taken": {"ncsc_called": True, "ncsc_date": "2020-01-01"}}),
    (
        "reasons",
        {"reasons": {"kinds": ["uscis_error"], "problem_description": "Wrong name on card."}},
    ),
    ("benefit", {}),
]


@pytest.mark.parametrize(("page_id", "answers"), WARNINGS, ids=[w[0] for w in WARNINGS])
def test_warnings_show_without_blocking(open_window, vault_dir, page_id, answers):
    window = open_window("--open", make_case(vault_dir, answers))
    wizard = window.wizard
    wizard.go_to(page_id)
    page = wizard.current_page()
    warnings = [
        f for f in validation.validate(Case.from_answers(answers)) if page.owns_finding(f.field)
    ]
    assert warnings and all(f.severity == "warning" for f in warnings)
    wizard.next()
    assert wizard.current_page() is not page  # never blocked by a warning
    for finding in warnings:  # and still shown where it belongs
        editor = page.editors[finding.field]
        assert finding.message in editor.findings_text()
        assert editor.finding.objectName() == "finding_warning"
