"""Form spec data: screening, Section 1A (actions taken with USCIS), Section 2 (reasons)."""

from __future__ import annotations

from ombud_desktop.core.conditions import Contains, IsTrue
from ombud_desktop.core.spec_types import Choice, Field, Kind, Section

NCSC_PHONE = "1-800-375-5283"

SCREENING = Section(
    id="screening",
    title="Can the Ombudsman help?",
    intro=(
        "The CIS Ombudsman is a small office that helps when a case with USCIS is stuck or "
        "went wrong. A few questions first show whether it can help with yours."
    ),
    form_item="",  # not on the printed form: the brochure's "may / may not be able to help"
    fields=(
        Field(
            "screening.reasons",
            Kind.MULTI_CHOICE,
            "What is happening with your case?",
            "Pick every line that fits. The Ombudsman only helps with problems like these, "
            "so this tells us if this form is the right way to get help.",
            "",
            "",
            choices=(
                Choice("hardship", "An emergency or hardship caused by a USCIS mistake or delay"),
                Choice("unresolved", "I asked USCIS customer service and it is still not fixed"),
                Choice(
                    "beyond_processing_time",
                    "My case has waited longer than USCIS's posted processing time",
                ),
                Choice("uscis_error", "USCIS made a mistake with my case"),
            ),
            required=True,
            required_code="screening.no_reason",
        ),
        Field(
            "screening.blockers",
            Kind.MULTI_CHOICE,
            "Do any of these fit your situation?",
            "Pick any that are true. The Ombudsman cannot help with these, and it is better "
            "to know now than to wait for an answer that says no.",
            "",
            "",
            choices=(
                Choice("wants_legal_advice", "I want legal advice about my case"),
                Choice("not_uscis", "My problem is with another office, not USCIS"),
                Choice(
                    "disagrees_no_error",
                    "I disagree with a USCIS decision, but I cannot point to a mistake",
                ),
            ),
        ),
        Field(
            "screening.continue_anyway",
            Kind.BOOL,
            "I understand the Ombudsman may not be able to help, and I want to send it anyway",
            "Only choose this if you read why the Ombudsman may not be able to help and "
            "still want to ask. It keeps you from sending a request by mistake.",
            "",
            "",
        ),
    ),
)


def _contact_date(key: str, label: str, flag: str, help_text: str) -> Field:
    """The date of one way of contacting USCIS (the 60/90-day rule reads these)."""
    return Field(
        f"actions_taken.{key}",
        Kind.DATE,
        label,
        help_text,
        "Section 1A",
        "Date",
        required=IsTrue(f"actions_taken.{flag}"),
        required_code="actions_taken.date_missing",
        required_severity="warning",
        example="03/14/2026",
        shown_with=f"actions_taken.{flag}",
    )


ACTIONS_TAKEN = Section(
    id="actions_taken",
    title="What you already did with USCIS",
    intro=(
        "The Ombudsman asks you to contact USCIS first. It expects that you reached USCIS in "
        "the last 90 days, and that you gave USCIS at least 60 days to fix the problem."
    ),
    form_item="Section 1A",
    form_title="Actions Taken with USCIS for Resolution",
    fields=(
        Field(
            "actions_taken.ncsc_called",
            Kind.BOOL,
            f"Did you call the USCIS Contact Center ({NCSC_PHONE})?",
            "Calling USCIS is usually the first step. The Ombudsman wants to know what you "
            "tried so it does not ask you to do it again.",
            "Section 1A",
            "Contacted the USCIS Contact Center",
        ),
        _contact_date(
            "ncsc_date",
            "When did you last call?",
            "ncsc_called",
            "The date of your last call. It shows how long USCIS has had to fix the problem.",
        ),
        Field(
            "actions_taken.ncsc_reference",
            Kind.TEXT,
            "Service request or referral number",
            "If USCIS gave you a number for your call, write it here. It helps the Ombudsman "
            "find your call in USCIS records.",
            "Section 1A",
            "Service request / referral number",
            shown_with="actions_taken.ncsc_called",
        ),
        Field(
            "actions_taken.case_status_checked",
            Kind.BOOL,
            "Did you check your case status online?",
            "USCIS shows case status on its website. This tells the Ombudsman what USCIS "
            "was showing you.",
            "Section 1A",
            "Checked Case Status Online",
        ),
        Field(
            "actions_taken.case_status_date",
            Kind.DATE,
            "When did you last check it?",
            "The last date you looked at your case status.",
            "Section 1A",
            "Date",
            example="03/14/2026",
            shown_with="actions_taken.case_status_checked",
        ),
        Field(
            "actions_taken.appointment",
            Kind.BOOL,
            "Did you go to a USCIS office appointment (InfoPass)?",
            "An in-person appointment is another way to ask USCIS for help. Say if you had one.",
            "Section 1A",
            "Attended an appointment at a USCIS office",
        ),
        _contact_date(
            "appointment_date",
            "Date of the appointment",
            "appointment",
            "The date you went to the USCIS office.",
        ),
        Field(
            "actions_taken.appointment_office",
            Kind.TEXT,
            "Which USCIS office?",
            "The city or name of the office you went to.",
            "Section 1A",
            "USCIS office",
            shown_with="actions_taken.appointment",
        ),
        Field(
            "actions_taken.e_request",
            Kind.BOOL,
            "Did you send USCIS an online request (e-Request)?",
            "An e-Request is a form on the USCIS website to ask about a case. Say if you sent one.",
            "Section 1A",
            "Submitted an e-Request",
        ),
        _contact_date(
            "e_request_date",
            "Date of the e-Request",
            "e_request",
            "The date you sent the online request.",
        ),
        Field(
            "actions_taken.e_request_number",
            Kind.TEXT,
            "e-Request number",
            "The number USCIS gave you for the online request, if you have it.",
            "Section 1A",
            "e-Request number",
            shown_with="actions_taken.e_request",
        ),
        Field(
            "actions_taken.congress_inquiry",
            Kind.BOOL,
            "Did a member of Congress ask USCIS about your case?",
            "Your senator or representative can also ask USCIS. The Ombudsman wants to know "
            "so two offices do not do the same work.",
            "Section 1A",
            "Congressional inquiry",
        ),
        Field(
            "actions_taken.congress_office",
            Kind.TEXT,
            "Which office of Congress?",
            "The name of the senator or representative whose office helped.",
            "Section 1A",
            "Congressional office",
            required=IsTrue("actions_taken.congress_inquiry"),
            required_severity="warning",
            shown_with="actions_taken.congress_inquiry",
        ),
        Field(
            "actions_taken.other",
            Kind.LONG_TEXT,
            "Anything else you did to fix the problem",
            "For example letters you sent to USCIS. Everything you tried helps the Ombudsman.",
            "Section 1A",
            "Other actions taken",
        ),
    ),
)

REASONS = Section(
    id="reasons",
    title="Why you are asking for help",
    intro="Tell the Ombudsman what went wrong and what you want fixed.",
    form_item="Section 2",
    form_title="Reason(s) for Requesting Case Assistance",
    fields=(
        Field(
            "reasons.kinds",
            Kind.MULTI_CHOICE,
            "Why are you asking for help?",
            "Pick every reason that fits. It helps the Ombudsman see how urgent your case is.",
            "Section 2",
            "Reason(s) for Requesting Case Assistance",
            choices=(
                Choice("emergency_hardship", "Emergency or hardship"),
                Choice("beyond_processing_time", "Pending longer than the posted processing time"),
                Choice("uscis_error", "USCIS made a mistake", printed="USCIS error"),
                Choice(
                    "losing_status",
                    "At risk of losing status or building up unlawful presence",
                ),
                Choice("lost_documents", "USCIS lost documents"),
                Choice("other", "Other"),
            ),
            required=True,
        ),
        Field(
            "reasons.hardship_description",
            Kind.LONG_TEXT,
            "What is the emergency or hardship?",
            "Explain what will happen if USCIS does not act soon, for example losing a job, "
            "missing medical care, or a family member who is very sick. The Ombudsman looks at "
            "urgent cases first, so clear facts matter.",
            "Section 2",
            "Description of the emergency or hardship",
            required=Contains("reasons.kinds", "emergency_hardship"),
            required_code="reasons.hardship_description_missing",
        ),
        Field(
            "reasons.posted_processing_time_months",
            Kind.NUMBER,
            "USCIS's posted processing time (months)",
            "USCIS posts how long a form usually takes at each office. Write the number of "
            "months it showed. We use it to count how far past that time your case is.",
            "Section 2",
            "Posted processing time",
            required=Contains("reasons.kinds", "beyond_processing_time"),
            required_code="processing.posted_time_missing",
            required_severity="warning",
            example="14",
        ),
        Field(
            "reasons.processing_time_checked_on",
            Kind.DATE,
            "When did you look up that processing time?",
            "Processing times change. The date shows which posted time you compared with.",
            "Section 2",
            "Date processing time was checked",
            required=Contains("reasons.kinds", "beyond_processing_time"),
            required_severity="warning",
            example="03/14/2026",
        ),
        Field(
            "reasons.problem_description",
            Kind.LONG_TEXT,
            "What happened?",
            "Tell the story in order, with dates if you know them: what you filed, what USCIS "
            "did or did not do, and what you tried. This is the most important part: the "
            "Ombudsman reads it to understand your problem.",
            "Section 2",
            "Description of the problem",
            required=True,
        ),
        Field(
            "reasons.desired_outcome",
            Kind.LONG_TEXT,
            "What do you want the Ombudsman to do?",
            "For example: ask USCIS to decide the case, or to correct a mistake on a card. "
            "A clear request is easier to act on.",
            "Section 2",
            "Requested action",
            required=True,
            required_severity="warning",  # helpful, but the problem description carries it
        ),
    ),
)
