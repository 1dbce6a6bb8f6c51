"""Form spec data: applications filed (item 5), benefit sought (item 6), supporting
documents (Section 8) and consent (Section 9)."""

from __future__ import annotations

from ombud_desktop.core.conditions import AnyOf, Blank, Contains, Equals, IsTrue, Not
from ombud_desktop.core.spec_types import Choice, Field, Kind, Section

# Offered first in the form-number box; any I-/N-/G- number is accepted.
COMMON_FORMS: tuple[str, ...] = (
    "I-130", "I-485", "I-765", "I-131", "I-751", "I-90", "N-400", "N-600", "I-129", "I-140",
    "I-589", "I-821D", "I-914", "I-918", "I-360", "I-601A", "I-730",
)  # fmt: skip

# Receipt-number prefixes of USCIS service centers and offices (docs/form-spec.md).
KNOWN_RECEIPT_PREFIXES: frozenset[str] = frozenset(
    {"EAC", "VSC", "WAC", "CSC", "LIN", "NSC", "SRC", "TSC", "MSC", "NBC", "IOE", "YSC"}
)

_ITEM5 = "Edition A item 5"
FILINGS = Section(
    id="filings",
    title="Applications and petitions filed",
    intro=(
        "List all applications and petitions pending with USCIS that are part of this "
        "problem. Include every receipt number: it is how the Ombudsman finds each case."
    ),
    form_item=_ITEM5,
    repeating=True,
    min_items=1,
    printed_rows=3,
    item_label="Application or petition",
    form_title="Applications/Petitions Filed",
    form_note=(
        "List all applications and/or petitions pending with USCIS related to your case "
        "inquiry. Include all USCIS receipt numbers."
    ),
    fields=(
        Field(
            "filings[].form_number",
            Kind.FORM_NUMBER,
            "Form number",
            "The number printed at the top of the form you filed, like I-130 or N-400. "
            "It tells the Ombudsman what you asked USCIS for.",
            _ITEM5,
            "Form Number",
            required=True,
            example="I-485",
        ),
        Field(
            "filings[].receipt_number",
            Kind.RECEIPT_NUMBER,
            "Receipt number",
            "It is on the receipt notice (Form I-797C) USCIS mailed you: 3 letters and 10 "
            "numbers, like IOE0912345678. Dashes and spaces are fine.",
            _ITEM5,
            "Receipt Number",
            example="IOE0912345678",
        ),
        Field(
            "filings[].no_receipt_reason",
            Kind.TEXT,
            "Why is there no receipt number?",
            "If you never got a receipt notice, say so here, for example 'filed 5 months "
            "ago, no receipt notice yet'. The Ombudsman needs this to look for the case.",
            _ITEM5,
            "Explanation (no receipt number)",
            required=Blank(".receipt_number"),
            required_code="filing.no_receipt_reason",
        ),
        Field(
            "filings[].receipt_date",
            Kind.DATE,
            "Receipt date",
            "The 'Received Date' on the receipt notice. We use it to count how long the case "
            "has been waiting.",
            _ITEM5,
            "Receipt Date (mm/dd/yyyy)",
            example="01/15/2025",
        ),
        Field(
            "filings[].office",
            Kind.TEXT,
            "USCIS office handling it",
            "If you know which office or service center has the case, write it here.",
            _ITEM5,
            "USCIS Office",
        ),
    ),
)

_ITEM6 = "Edition A item 6"
BENEFIT = Section(
    id="benefit",
    title="What you asked USCIS for",
    intro="Choose the kind of immigration benefit the applications are for.",
    form_item=_ITEM6,
    form_title="Type of Immigration Benefit Sought",
    fields=(
        Field(
            "benefit.types",
            Kind.MULTI_CHOICE,
            "Type of benefit",
            "Pick all that apply. It helps the Ombudsman send your case to the right team.",
            _ITEM6,
            "Type of Immigration Benefit Sought",
            choices=(
                Choice("nonimmigrant", "Nonimmigrant (ex. Student)"),
                Choice("immigrant", "Immigrant (ex. Permanent Residency)"),
                Choice("citizenship", "Citizenship or Naturalization"),
                Choice("asylum_refugee", "Asylum or Refugee"),
                Choice("interim", "Interim benefit (ex. Employment Authorization)"),
                Choice("waiver", "Waiver (ex. Waiver of Grounds of Inadmissibility)"),
                Choice("other", "Other"),
            ),
            required=True,
            required_severity="warning",
        ),
        Field(
            "benefit.other_description",
            Kind.TEXT,
            "What other benefit?",
            "You chose 'Other': say in a few words what you asked USCIS for.",
            _ITEM6,
            "Other (describe)",
            required=Contains("benefit.types", "other"),
        ),
    ),
)

DOCUMENT_CATEGORIES: tuple[Choice, ...] = (
    Choice(
        "submitted_to_uscis",
        "Copy of something I sent to USCIS",
        printed="Document sent to USCIS",
    ),
    Choice(
        "received_from_uscis",
        "Copy of something USCIS sent me",
        printed="Document from USCIS",
    ),
    Choice("g28", "Form G-28 (attorney or representative)"),
    Choice("consent", "Signed consent of the person", printed="Written consent"),
    Choice(
        "signed_form",
        "The form's signature page, signed in ink (scan or photo)",
        printed="Signed form (signature page)",
    ),
    Choice("other", "Other supporting document"),
)

_SECTION8 = "Section 8"
DOCUMENTS = Section(
    id="documents",
    title="Supporting documents",
    intro=(
        "Add copies of papers that show the problem, like receipt notices and letters from "
        "USCIS. Please do not send original documents: copies only. The files stay encrypted "
        "on this computer."
    ),
    form_item=_SECTION8,
    repeating=True,
    item_label="Document",
    form_title="Supporting Documentation",
    form_note="Copies of the documents listed are enclosed. Please do not send original documents.",
    fields=(
        Field(
            "documents[].id",
            Kind.TEXT,
            "Document id",
            "Set by the app.",
            _SECTION8,
            "",
            managed=True,
        ),
        Field(
            "documents[].category",
            Kind.CHOICE,
            "What kind of document is it?",
            "Helps the Ombudsman see quickly what you sent, and lets the app check that a "
            "G-28 or a consent is there when needed.",
            _SECTION8,
            "Document type",
            choices=DOCUMENT_CATEGORIES,
            required=True,
        ),
        Field(
            "documents[].title",
            Kind.TEXT,
            "Short description",
            "For example 'Receipt notice for I-485'. It is printed in the list of documents.",
            _SECTION8,
            "Supporting Documentation",
            required=True,
            required_severity="warning",
        ),
        Field(
            "documents[].original_filename",
            Kind.TEXT,
            "File name",
            "The name of the file you added.",
            _SECTION8,
            "",
            managed=True,
        ),
        Field(
            "documents[].pages",
            Kind.NUMBER,
            "Pages",
            "Counted by the app.",
            _SECTION8,
            "",
            managed=True,
        ),
        Field(
            "documents[].sha256",
            Kind.TEXT,
            "Fingerprint (SHA-256)",
            "Lets the app check the stored copy has not changed.",
            _SECTION8,
            "",
            managed=True,
        ),
        Field(
            "documents[].added_on",
            Kind.DATE,
            "Added on",
            "The day the file was added.",
            _SECTION8,
            "",
            managed=True,
        ),
    ),
)

_SECTION9 = "Section 9"
CONSENT = Section(
    id="consent",
    title="Consent",
    intro=(
        "The Ombudsman needs permission from the person with the case to look at their USCIS "
        "records and talk with USCIS about them. Read the Privacy Act notice below first."
    ),
    form_item=_SECTION9,
    form_title="Consent and Signature",
    form_note=(
        "By signing, the person named in this form authorizes the CIS Ombudsman to obtain and "
        "share their information with USCIS as needed to resolve the problem described here "
        "(Privacy Act of 1974, 5 U.S.C. 552a)."
    ),
    fields=(
        Field(
            "consent.agreed",
            Kind.BOOL,
            "The person agrees to let the Ombudsman get and share their information with "
            "USCIS to solve this problem",
            "The law keeps USCIS records private. The Ombudsman can only look at the case if "
            "the person says yes.",
            _SECTION9,
            "Consent",
            # a helper may attach the signed consent instead (rules.consent_given)
            required=Not(Equals("submitter.role", "helper")),
            required_code="consent.not_agreed",
        ),
        Field(
            "consent.signature_method",
            Kind.CHOICE,
            "How will the person sign?",
            "Draw the signature, type it as /s/ and the name, or print the page and sign it "
            "by hand. For T, U, VAWA, asylum and refugee cases only the ink signature is "
            "allowed.",
            _SECTION9,
            "Signature",
            choices=(
                Choice("drawn", "Draw it on the screen", printed="Electronic (drawn)"),
                Choice("typed", "Type it (/s/ Name)", printed="Typed (/s/ Name)"),
                Choice("wet_ink", "Print, sign in ink, and scan", printed="Handwritten in ink"),
            ),
            required=IsTrue("consent.agreed"),
        ),
        Field(
            "consent.signer_name",
            Kind.TEXT,
            "Name of the person signing",
            "The person with the case signs, or for an employer someone allowed to sign for it.",
            _SECTION9,
            "Printed Name",
            required=IsTrue("consent.agreed"),
        ),
        Field(
            "consent.signed_on",
            Kind.DATE,
            "Date signed",
            "The day the person signed.",
            _SECTION9,
            "Date (mm/dd/yyyy)",
            required=IsTrue("consent.agreed"),
            example="03/14/2026",
        ),
        Field(
            "consent.preparer_statement",
            Kind.LONG_TEXT,
            "Preparer or interpreter statement",
            "If someone else filled in this form or read it to the person, write their name and "
            "the language, for example: 'Prepared by Minh Tran, read to the subject in "
            "Vietnamese.' It shows the person understood what they signed.",
            _SECTION9,
            "Preparer / interpreter statement",
            required=AnyOf(
                (Equals("submitter.role", "helper"), IsTrue("subject.needs_interpreter"))
            ),
            required_code="consent.preparer_statement_missing",
            required_severity="warning",
        ),
    ),
)
