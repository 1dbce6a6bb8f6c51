"""The message catalogue: finding code -> English template with {params}.

Translators (ombud_desktop.i18n) translate these templates by code and fill in the same
params; nothing else builds user-visible sentences for findings. `render` never raises:
a missing param shows as {name}, an unknown code as the code itself.

Param values are language-neutral (numbers, dates as mm/dd/yyyy, codes, what the person
typed), except `label`: the field's English label, which translators look up in the
form-spec texts (i18n context "formspec").
"""

from __future__ import annotations

from typing import Any

from ombud_desktop.core.sections.intake import NCSC_PHONE

MESSAGES: dict[str, str] = {
    # answers in general
    "required": "This needs an answer: {label}",
    "recommended": "Worth answering if you can: {label}",
    # the wrong JSON type (answers files written by hand or by other tools)
    "type.wrong.string": "This answer should be text.",
    "type.wrong.boolean": "This answer should be yes or no (true or false).",
    "type.wrong.array": "This answer should be a list of choices.",
    "type.wrong.number": "This answer should be a number.",
    "type.wrong.group": "This should be a group of answers ({{ ... }}), not a single value.",
    "type.wrong.list": "This should be a list of items ([ ... ]).",
    "choice.unknown": "{value} is not one of the choices here. Pick one from the list.",
    "unknown_field": (
        'Ombud Desktop does not know the answer "{field}". It is kept, but it is not printed '
        "on the form. Check the spelling of its name."
    ),
    "text.control_characters": (
        "This answer holds invisible control characters ({chars}), often copied along "
        "with pasted text. Delete the answer and type it again."
    ),
    "number.format": "Enter a number of 0 or more, like 14.",
    "date.format": "Enter a real date as mm/dd/yyyy, like 03/14/2026.",
    "date.future": "This date ({date}) is after today. Check it.",
    "phone.format": (
        "Enter the phone number with its area code, like 202-555-0142, or start with + and "
        "the country code for a number outside the U.S."
    ),
    "email.format": (
        "This does not look like an email address. It should look like name@example.org."
    ),
    "postal_code.us_zip": "A U.S. ZIP code is 5 digits, or 5 + 4 digits, like 20528 or 20528-0180.",
    "us_state.unknown": "{value} is not a U.S. state or territory. Pick one from the list.",
    "country.unknown": (
        "{value} is not a country we know. It is kept as you typed it; check the spelling or "
        "pick a country from the list."
    ),
    "a_number.format": "An A-Number is the letter A and 7 to 9 digits, like A123-456-789.",
    "uscis_account.format": "A USCIS online account number has 12 digits.",
    "receipt_number.format": (
        "A receipt number is 3 letters and 10 digits, like IOE0912345678. Check it against "
        "your receipt notice."
    ),
    "receipt_number.unknown_prefix": (
        "{prefix} is not a receipt-number start we know. Check the letters on your receipt "
        "notice; if they match, keep it."
    ),
    "receipt_number.duplicate": "This receipt number is listed twice. Remove one of them.",
    "form_number.format": (
        "{value} does not look like a USCIS form number such as I-130 or N-400. Check the top "
        "of the form you filed."
    ),
    # screening
    "screening.no_reason": (
        "Choose at least one reason you need help. The Ombudsman helps with delays, mistakes "
        "and problems USCIS did not fix."
    ),
    "screening.limits": (
        "The Ombudsman does not give legal advice, cannot overrule a USCIS decision, and only "
        "works on problems with USCIS."
    ),
    "screening.may_help": (
        "From your answers, the Ombudsman may be able to help. Contact USCIS first if you "
        "have not: the Ombudsman expects that you tried."
    ),
    "screening.continue_anyway": (
        "You chose to send the request anyway. The Ombudsman may answer that it cannot help."
    ),
    "screening.where_to_go": (
        "Where to go instead: a nonprofit immigration legal service (free or low-cost ones "
        "are listed by ImmigrationLawHelp.org); the Justice Department's list of recognized "
        "organizations and accredited representatives (EOIR); or your state bar "
        "association's lawyer referral service."
    ),
    "screening.blocker.wants_legal_advice": (
        "The Ombudsman cannot give legal advice. A lawyer or an accredited representative can."
    ),
    "screening.blocker.not_uscis": (
        "The Ombudsman only helps with problems with USCIS. Other agencies, like the State "
        "Department or the immigration courts, are not part of its work."
    ),
    "screening.blocker.disagrees_no_error": (
        "The Ombudsman cannot change a USCIS decision you disagree with. It can help when USCIS "
        "made a mistake or a delay. To challenge a decision, ask a lawyer about an appeal."
    ),
    # Section 1A: contact USCIS first
    "actions_taken.date_missing": (
        "Give the date of this contact with USCIS. It shows whether USCIS has had time to fix "
        "the problem."
    ),
    "contact.none": (
        "Contact USCIS first: call " + NCSC_PHONE + " or send an e-Request. The Ombudsman "
        "expects you to have tried USCIS in the last 90 days."
    ),
    "contact.too_old": (
        "Your last contact with USCIS was {days} days ago. The Ombudsman expects a contact in "
        "the last 90 days: contact USCIS again first."
    ),
    "contact.too_recent": (
        "Your last contact with USCIS was only {days} days ago. The Ombudsman asks you to give "
        "USCIS at least 60 days to fix the problem (until {wait_until})."
    ),
    # Section 2
    "reasons.hardship_description_missing": (
        "You chose emergency or hardship: describe it, so the Ombudsman can see why it is urgent."
    ),
    "processing.posted_time_missing": (
        "Give USCIS's posted processing time in months, so we can show how long past it your "
        "case is."
    ),
    "processing.receipt_date_missing": (
        "Add the receipt date of your application, so we can count how long it has waited."
    ),
    "processing.not_past": (
        "By these dates the case has waited {months_pending} months, not longer than the posted "
        "{posted_months} months. The Ombudsman usually helps only after that time has passed."
    ),
    "processing.summary": (
        "The oldest application was received on {receipt_date} and has waited {months_pending} "
        "months."
    ),
    "processing.summary_past": (
        "The oldest application was received on {receipt_date} and has waited {months_pending} "
        "months: {months_past} months past the posted processing time of {posted_months} "
        "months, which ended on {posted_time_ends}."
    ),
    "processing.summary_within": (
        "The oldest application was received on {receipt_date} and has waited {months_pending} "
        "months. The posted processing time of {posted_months} months ends on "
        "{posted_time_ends}."
    ),
    # people
    "subject.no_contact": (
        "Give at least one way to reach the person: phone, email, fax or a mailing address."
    ),
    "g28.missing": (
        "An attorney or accredited representative must attach a copy of the Form G-28 that is "
        "on file with USCIS (document type: Form G-28)."
    ),
    # filings
    "filings.none": "List at least one application or petition you filed with USCIS.",
    "filing.no_receipt_reason": "Give the receipt number, or say why there is none.",
    # consent
    "consent.not_agreed": (
        "The person with the case must agree to the consent. Without it the Ombudsman cannot "
        "work on the case."
    ),
    "consent.helper_required": (
        "When you help someone else, they must agree to and sign the consent on this form, or "
        "you must attach their signed consent (document type: Signed consent)."
    ),
    "consent.signed_form_missing": (
        "This form is signed by hand in ink. To send it by email or fax, print the page to "
        "sign, sign and date it in ink, then add the signed page (a scan or a phone photo) "
        "with 'Add the signed page'. By mail, sign the printed form itself."
    ),
    "documents.too_big_for_email": (
        '"{title}" is {size} MB, more than one email of {limit} MB can carry: an email '
        "export leaves it out, and says so, for you to send it by fax or mail. Or scan it "
        "again with fewer pages or at a lower resolution."
    ),
    "documents.file_missing": (
        'The file of "{title}" was never added. Add the file on the documents step, or '
        "remove the document from the list."
    ),
    "consent.wet_ink_required": (
        "For T, U, VAWA, asylum and refugee cases the consent must be signed by hand in ink. "
        "Choose 'Print, sign in ink, and scan'."
    ),
    "consent.preparer_statement_missing": (
        "Say who filled in or read this form to the person, and in which language."
    ),
}


class _KeepMissing(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(code: str, params: dict[str, Any] | None = None, template: str | None = None) -> str:
    """Fill the template of `code` (or the given translated `template`) with `params`."""
    text = template if template is not None else MESSAGES.get(code, code)
    try:
        return text.format_map(_KeepMissing(params or {}))
    except (ValueError, IndexError, AttributeError, KeyError):
        return text
