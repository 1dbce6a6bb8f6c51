"""Screening: may the Ombudsman help, and a plain reason for each blocker."""

from __future__ import annotations

from ombud_desktop.core import messages
from ombud_desktop.core.model import Case
from ombud_desktop.core.screening import screen
from tests.core.conftest import load_sample


def test_screening_may_help_with_a_reason_and_no_blocker():
    result = screen(load_sample("complete_ready"))
    assert result.may_help and result.can_continue and not result.blockers
    assert result.reasons == ("unresolved", "beyond_processing_time")  # spec order


def test_screening_blockers_explain_why_the_ombudsman_cannot_help():
    result = screen(load_sample("cannot_help"))
    assert not result.may_help and not result.can_continue
    assert [b.code for b in result.blockers] == ["wants_legal_advice", "disagrees_no_error"]
    legal, decision = result.blockers
    assert "legal advice" in legal.explanation
    assert "cannot change a USCIS decision" in decision.explanation
    assert result.summary_code == "screening.limits"
    assert "cannot overrule" in messages.render(result.summary_code)


def test_screening_continue_anyway_is_a_deliberate_choice():
    case = load_sample("cannot_help")
    case.set("screening.continue_anyway", True)
    result = screen(case)
    assert not result.may_help and result.can_continue
    assert result.summary_code == "screening.continue_anyway"


def test_screening_unanswered_and_nonsense_answers():
    assert not screen(Case()).answered
    case = Case.from_answers({"screening": {"blockers": "not_uscis", "reasons": ["bogus"]}})
    result = screen(case)
    assert result.blockers == () and result.reasons == () and not result.may_help


def test_carried_reasons_rule_is_qt_free():
    from ombud_desktop.core.model import Case
    from ombud_desktop.core.screening import carried_reasons

    case = Case.from_answers({"screening": {"reasons": ["uscis_error", "unresolved"]}})
    assert carried_reasons(case) == ["uscis_error"]
    assert carried_reasons(Case.from_answers({})) == []
