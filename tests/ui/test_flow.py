"""The flow: step numbers stay put when a step becomes needed (and the person
is told), and clicking a step not reached yet leaves the highlight on the page shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.helpers import make_case


def _numbers(wizard) -> dict[str, str]:
    return {
        wizard.steps.item(row).data(256): wizard.steps.item(row).text().split(".", 1)[0]
        for row in range(wizard.steps.count())
    }


def test_step_numbers_stay_when_the_beneficiary_step_is_added(open_window, vault_dir):
    case_id = make_case(vault_dir, {"filings": [{"form_number": "I-485"}]})
    window = open_window("--open", case_id)
    wizard = window.wizard
    wizard.go_to("filings")
    before = _numbers(wizard)
    beneficiary = wizard.steps.item(list(before).index("beneficiary"))
    assert "(not needed)" in beneficiary.text()
    wizard.session.set("filings.0.form_number", "I-130")  # a petition for another
    assert _numbers(wizard) == before
    beneficiary = wizard.steps.item(list(before).index("beneficiary"))
    assert "(not needed)" not in beneficiary.text()
    number = before["beneficiary"]
    assert f"Step {number}" in wizard.status.text() and "now needed" in wizard.status.text()


def test_clicking_a_step_not_reached_keeps_the_highlight(open_window, vault_dir, qtbot):
    case_id = make_case(vault_dir, {})
    window = open_window("--open", case_id)
    wizard = window.wizard
    wizard.go_to("welcome")
    row = list(_numbers(wizard)).index("export")
    item = wizard.steps.item(row)
    rect = wizard.steps.visualItemRect(item)
    QTest.mouseClick(wizard.steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert wizard.current_page().page_id == "welcome"
    assert wizard.steps.currentItem().data(256) == "welcome"
    assert "Use Next" in wizard.status.text()


def test_processing_time_picture_shows_wherever_its_facts_are_known(open_window, vault_dir):
    answers = {
        "filings": [{"form_number": "I-485"}],
        "reasons": {"kinds": ["beyond_processing_time"], "posted_processing_time_months": 12},
    }
    window = open_window("--open", make_case(vault_dir, answers))
    wizard = window.wizard
    wizard.go_to("filings")
    page = wizard.current_page()
    assert not page.processing_view.isVisible()  # no receipt date yet: nothing to draw
    editor = page.editors["filings.0.receipt_date"]
    editor.focus_target().setFocus()
    editor.set_value("2020-01-15")
    editor.changed.emit(editor.path)  # as typing it does
    assert page.processing_view.isVisible()
    assert "past the posted time" in page.processing_view.caption.text()
    wizard.go_to("review")
    review = wizard.current_page()
    assert review.processing_view.isVisible()
    assert "past the posted time" in review.processing_view.caption.text()


def test_why_is_asked_once_reasons_carry_over_from_screening(open_window, vault_dir):
    answers = {"screening": {"reasons": ["beyond_processing_time", "hardship", "unresolved"]}}
    case_id = make_case(vault_dir, answers)
    window = open_window("--open", case_id)
    window.wizard.go_to("reasons")
    page = window.wizard.current_page()
    assert window.wizard.session.get("reasons.kinds") == [
        "emergency_hardship",
        "beyond_processing_time",
    ]
    assert page.carried_note.isVisible() and "already ticked" in page.carried_note.text()
    # What the person changes on the reasons step stays theirs.
    window.wizard.session.set("reasons.kinds", ["other"])
    window.wizard.go_to("screening")
    window.wizard.go_to("reasons")
    assert window.wizard.session.get("reasons.kinds") == ["other"]


def test_fields_of_a_box_show_and_hide_with_it(open_window, vault_dir):
    window = open_window("--open", make_case(vault_dir, {}))
    window.wizard.go_to("actions_taken")
    page = window.wizard.current_page()
    bound = {
        "actions_taken.case_status_date": "actions_taken.case_status_checked",
        "actions_taken.ncsc_date": "actions_taken.ncsc_called",
        "actions_taken.ncsc_reference": "actions_taken.ncsc_called",
        "actions_taken.e_request_number": "actions_taken.e_request",
    }
    for field, box in bound.items():
        assert not page.editors[field].isVisible(), field
        page.editors[box].focus_target().click()
        assert page.editors[field].isVisible(), field
        page.editors[box].focus_target().click()
        assert not page.editors[field].isVisible(), field


def test_the_required_mark_says_what_the_message_says(open_window, vault_dir):
    window = open_window("--open", make_case(vault_dir, {"actions_taken": {"ncsc_called": True}}))
    wizard = window.wizard
    wizard.go_to("actions_taken")
    wizard.next()  # messages show
    page = wizard.page("actions_taken")
    editor = page.editors["actions_taken.ncsc_date"]  # asked for, but only a warning
    assert editor.findings_text() and editor.finding.objectName() == "finding_warning"
    assert wizard.current_page().page_id != "actions_taken"  # it did not keep them here
    assert editor.label.text().endswith("(worth answering)")
    assert "(required)" not in editor.focus_target().accessibleName()
    wizard.go_to("reasons")
    wizard.next()
    problem = wizard.page("reasons").editors["reasons.problem_description"]
    assert problem.label.text().endswith("(required)")
    assert "needs an answer" in problem.findings_text()
