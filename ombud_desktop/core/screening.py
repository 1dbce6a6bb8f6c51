"""Screening: from `screening.*`, may the Ombudsman help, and if not, why not.

    result = screen(case)
    result.may_help        # at least one reason and no blocker
    result.blockers        # each with a plain explanation (message code + English)
    result.can_continue    # may_help, or the person deliberately chose to continue

Explanations are messages of the catalogue (`core.messages`), so they are translated
like findings. No legal advice is given: the texts only say what the Ombudsman can do.
"""

from __future__ import annotations

from dataclasses import dataclass

from ombud_desktop.core import formspec, messages
from ombud_desktop.core.model import Case

LIMITS_CODE = "screening.limits"
# Where to get the help the Ombudsman cannot give: said once, after the reasons why not.
WHERE_TO_GO_CODE = "screening.where_to_go"


@dataclass(frozen=True)
class Blocker:
    """One reason the Ombudsman cannot help: the choice code, its label, an explanation."""

    code: str
    label: str
    message_code: str

    @property
    def explanation(self) -> str:
        return messages.render(self.message_code)


@dataclass(frozen=True)
class Screening:
    reasons: tuple[str, ...]
    blockers: tuple[Blocker, ...]
    continue_anyway: bool

    @property
    def answered(self) -> bool:
        """The person answered the screening questions (a reason or a blocker)."""
        return bool(self.reasons or self.blockers)

    @property
    def may_help(self) -> bool:
        return bool(self.reasons) and not self.blockers

    @property
    def can_continue(self) -> bool:
        """Go on to the form: the Ombudsman may help, or the person chose to go on anyway."""
        return self.may_help or (bool(self.blockers) and self.continue_anyway)

    @property
    def summary_code(self) -> str:
        """Message code of a one-line summary for the screening page."""
        if self.may_help:
            return "screening.may_help"
        if self.blockers and self.continue_anyway:
            return "screening.continue_anyway"
        if self.blockers:
            return LIMITS_CODE
        return "screening.no_reason"


def _codes(case: Case, field_id: str) -> tuple[str, ...]:
    """The known codes picked in a multi-choice answer, in the spec's order."""
    picked = case.get(field_id)
    if not isinstance(picked, list):
        return ()
    return tuple(c for c in formspec.field(field_id).choice_codes() if c in picked)


def screen(case: Case) -> Screening:
    """The screening result for `case` (never raises)."""
    blockers_field = formspec.field("screening.blockers")
    blockers = tuple(
        Blocker(code, choice.label, f"screening.blocker.{code}")
        for code in _codes(case, "screening.blockers")
        if (choice := blockers_field.choice(code)) is not None
    )
    return Screening(
        reasons=_codes(case, "screening.reasons"),
        blockers=blockers,
        continue_anyway=case.get("screening.continue_anyway") is True,
    )


# The screening step's "What is happening with your case?" answers that are also reasons
# on the form (Section 2): asked once, carried over to the reasons step.
SCREENING_TO_REASON = {
    "hardship": "emergency_hardship",
    "beyond_processing_time": "beyond_processing_time",
    "uscis_error": "uscis_error",
}


def carried_reasons(case: Case) -> list[str]:
    """The form's reasons already given on the screening step, in the form's order."""
    from ombud_desktop.core import formspec

    given = {
        SCREENING_TO_REASON[c]
        for c in _codes(case, "screening.reasons")
        if c in SCREENING_TO_REASON
    }
    order = [choice.code for choice in formspec.field("reasons.kinds").choices]
    return [code for code in order if code in given]
