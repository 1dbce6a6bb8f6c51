"""Form spec data: who sends the request (submitter), the subject (Section 5) and the
beneficiary of a petition."""

from __future__ import annotations

from ombud_desktop.core.conditions import AllOf, AnyOf, Blank, Condition, Equals, Not
from ombud_desktop.core.spec_types import Choice, Field, Kind, Section

SUBJECT_ITEM = "Section 5 (Edition A items 1–4)"


def address_fields(prefix: str, form_item: str, whose: str) -> tuple[Field, ...]:
    """The six address parts, the same for the subject and the submitter."""
    why = f"so the Ombudsman can send {whose} letters"

    def part(
        key: str, kind: Kind, label: str, help_text: str, form_label: str, example: str = ""
    ) -> Field:
        return Field(
            f"{prefix}.address.{key}",
            kind,
            label,
            help_text,
            form_item,
            form_label,
            example=example,
        )

    return (
        part(
            "street",
            Kind.TEXT,
            "Street address",
            f"House number and street, or a P.O. box, {why}.",
            "Street Number and Name",
            "1200 Example Ave",
        ),
        part(
            "unit", Kind.TEXT, "Apartment, suite or floor", "Leave empty if none.", "Apt./Ste./Flr."
        ),
        part("city", Kind.TEXT, "City or town", f"The city or town {why}.", "City or Town"),
        part(
            "state",
            Kind.US_STATE,
            "State",
            "In the U.S., pick the state or territory. Outside the U.S., write the province "
            "or region.",
            "State",
        ),
        part(
            "postal_code",
            Kind.POSTAL_CODE,
            "ZIP code",
            "In the U.S. this is 5 digits, or 5 + 4 digits (20528 or 20528-0180). Outside the "
            "U.S., write the postal code as it appears on letters.",
            "ZIP Code",
            "20528",
        ),
        part(
            "country",
            Kind.COUNTRY,
            "Country",
            "The country of this address.",
            "Country",
        ),
    )


_NOT_SELF: Condition = AnyOf(
    (Equals("submitter.role", "attorney"), Equals("submitter.role", "helper"))
)

SUBMITTER = Section(
    id="submitter",
    title="Who is filling in this request",
    intro=(
        "You can ask for help for yourself, or help someone else ask. A lawyer needs Form "
        "G-28 on file with USCIS; anyone else helping needs the person's written consent."
    ),
    form_item="Submitter",
    form_title="Information About the Person Submitting This Form",
    fields=(
        Field(
            "submitter.role",
            Kind.CHOICE,
            "Who are you?",
            "The Ombudsman only talks about a case with the person, or with someone the person "
            "allowed. So it needs to know who is asking.",
            "Submitter",
            "Person submitting this form",
            choices=(
                Choice(
                    "self",
                    "I am the person with the USCIS case",
                    printed="The individual or employer with the case",
                ),
                Choice(
                    "attorney",
                    "I am their attorney or accredited representative",
                    "You need a copy of your Form G-28 that is on file with USCIS.",
                    printed="Attorney or accredited representative",
                ),
                Choice(
                    "helper",
                    "I am helping them (family, volunteer, school official, congressional staff…)",
                    "The person must sign a consent that lets you ask for them.",
                    printed="Other person helping (family, volunteer, school official, "
                    "congressional staff)",
                ),
            ),
            required=True,
        ),
        Field(
            "submitter.name",
            Kind.TEXT,
            "Your full name",
            "The Ombudsman writes to you as the person who sent the request.",
            "Submitter",
            "Name of person submitting the form",
            required=_NOT_SELF,
        ),
        Field(
            "submitter.organization",
            Kind.TEXT,
            "Organization or law firm",
            "If you help as part of a group or law firm, give its name.",
            "Submitter",
            "Organization / law firm",
        ),
        Field(
            "submitter.relationship",
            Kind.TEXT,
            "How are you related to the person?",
            "For example: daughter, friend, volunteer at a community center.",
            "Submitter",
            "Relationship to the person",
            required=Equals("submitter.role", "helper"),
            required_severity="warning",
        ),
        Field(
            "submitter.phone",
            Kind.PHONE,
            "Your phone",
            "A number where the Ombudsman can reach you with questions.",
            "Submitter",
            "Daytime Telephone",
            example="202-555-0142",
        ),
        Field(
            "submitter.email",
            Kind.EMAIL,
            "Your email",
            "Email is the fastest way for the Ombudsman to answer.",
            "Submitter",
            "Email Address",
            example="name@example.org",
        ),
        Field(
            "submitter.fax",
            Kind.PHONE,
            "Your fax",
            "Only if you use a fax machine.",
            "Submitter",
            "Fax Number",
        ),
        *address_fields("submitter", "Submitter", "you"),
        Field(
            "submitter.bar_number",
            Kind.TEXT,
            "Bar number",
            "Attorneys: your state bar number, which shows you may practice law.",
            "Submitter",
            "Attorney bar number",
            # an accredited representative gives the accreditation instead
            required=AllOf(
                (Equals("submitter.role", "attorney"), Blank("submitter.accreditation"))
            ),
            required_severity="warning",
        ),
        Field(
            "submitter.accreditation",
            Kind.TEXT,
            "Accreditation",
            "If you are an accredited representative: the name of your group and your number. "
            "It shows you may help people with USCIS cases.",
            "Submitter",
            "Accredited representative",
        ),
    ),
)

_IS_ORGANIZATION = Equals("subject.kind", "organization")

SUBJECT = Section(
    id="subject",
    title="The person or employer with the USCIS case",
    intro=(
        "Give the details of the person (or employer) who filed with USCIS and has the "
        "problem. Do not enter the attorney or law firm here."
    ),
    form_item=SUBJECT_ITEM,
    form_title="Information About the Individual or Employer Encountering Difficulties with USCIS",
    form_note=(
        "Enter the individual or employer (applicant/beneficiary/petitioner) encountering "
        "difficulties with USCIS. Do not enter the attorney/law firm's name here. Not every "
        "person is assigned an A-Number."
    ),
    fields=(
        Field(
            "subject.kind",
            Kind.CHOICE,
            "Is this a person or an employer/organization?",
            "Employers file petitions too. This decides which name boxes to fill.",
            SUBJECT_ITEM,
            "Individual or employer",
            choices=(
                Choice("person", "A person", printed="Individual"),
                Choice("organization", "An employer or organization", printed="Employer"),
            ),
            default="person",
        ),
        Field(
            "subject.title",
            Kind.CHOICE,
            "Title",
            "Optional. How the Ombudsman should address the person in letters.",
            SUBJECT_ITEM,
            "Mr./Ms.",
            choices=(Choice("Mr.", "Mr."), Choice("Ms.", "Ms."), Choice("Mx.", "Mx.")),
        ),
        Field(
            "subject.first_name",
            Kind.TEXT,
            "First name (given name)",
            "Write it as it is on the USCIS papers, so the Ombudsman finds the right case. "
            "Any alphabet is fine.",
            SUBJECT_ITEM,
            "First Name",
            required=Not(_IS_ORGANIZATION),
        ),
        Field(
            "subject.middle_name",
            Kind.TEXT,
            "Middle name",
            "Only if the USCIS papers show one.",
            SUBJECT_ITEM,
            "Middle Name",
        ),
        Field(
            "subject.last_name",
            Kind.TEXT,
            "Last name (family name)",
            "Write it as it is on the USCIS papers, so the Ombudsman finds the right case.",
            SUBJECT_ITEM,
            "Last Name",
            required=Not(_IS_ORGANIZATION),
        ),
        Field(
            "subject.organization_name",
            Kind.TEXT,
            "Name of the employer or organization",
            "The name that is on the petition filed with USCIS.",
            SUBJECT_ITEM,
            "Name of employer / organization",
            required=_IS_ORGANIZATION,
        ),
        Field(
            "subject.other_names",
            Kind.TEXT,
            "Other names used",
            "For example a name before marriage or another spelling. USCIS may file papers "
            "under it.",
            SUBJECT_ITEM,
            "Other Names Used",
        ),
        Field(
            "subject.date_of_birth",
            Kind.DATE,
            "Date of birth",
            "USCIS uses the birth date with the name to find the right person.",
            SUBJECT_ITEM,
            "Date of Birth (mm/dd/yyyy)",
            required=Not(_IS_ORGANIZATION),
            required_severity="warning",
            example="07/04/1985",
        ),
        Field(
            "subject.country_of_birth",
            Kind.COUNTRY,
            "Country of birth",
            "It helps USCIS match the records.",
            SUBJECT_ITEM,
            "Country of Birth",
        ),
        Field(
            "subject.country_of_citizenship",
            Kind.COUNTRY,
            "Country of citizenship",
            "The country whose passport the person holds.",
            SUBJECT_ITEM,
            "Country of Citizenship",
        ),
        Field(
            "subject.a_number",
            Kind.A_NUMBER,
            "A-Number (if any)",
            "Not every person has an A-Number. If you have one, it starts with A and has 7 to "
            "9 digits (A123-456-789). It is the fastest way to find your file.",
            SUBJECT_ITEM,
            "A-Number (if any)",
            example="A123-456-789",
        ),
        Field(
            "subject.uscis_online_account_number",
            Kind.USCIS_ACCOUNT,
            "USCIS online account number (if any)",
            "12 digits. You have one only if you filed online or got it in a USCIS notice.",
            SUBJECT_ITEM,
            "USCIS Online Account Number (if any)",
            example="123456789012",
        ),
        *address_fields("subject", SUBJECT_ITEM, "the person"),
        Field(
            "subject.phone",
            Kind.PHONE,
            "Phone",
            "A number where the Ombudsman can reach the person. At least one way to reach "
            "them is needed.",
            SUBJECT_ITEM,
            "Daytime Telephone",
            example="202-555-0142",
        ),
        Field(
            "subject.fax",
            Kind.PHONE,
            "Fax",
            "Only if the person uses a fax machine.",
            SUBJECT_ITEM,
            "Fax Number",
        ),
        Field(
            "subject.email",
            Kind.EMAIL,
            "Email (to get Ombudsman updates)",
            "The Ombudsman sends updates about the request to this email.",
            SUBJECT_ITEM,
            "Primary Email Address (to receive Ombudsman updates)",
            example="name@example.org",
        ),
        Field(
            "subject.preferred_language",
            Kind.TEXT,
            "Preferred language",
            "The language the person reads and speaks best.",
            SUBJECT_ITEM,
            "Preferred language",
        ),
        Field(
            "subject.needs_interpreter",
            Kind.BOOL,
            "Does the person need an interpreter?",
            "So the Ombudsman can plan a call in the person's language.",
            SUBJECT_ITEM,
            "Interpreter needed",
        ),
        Field(
            "subject.protected_category",
            Kind.BOOL,
            "Has the person applied for or received T, U, VAWA, asylum or refugee status?",
            "These cases have extra privacy protections. The consent must then be signed by "
            "hand in ink: print it, sign it, and scan it.",
            SUBJECT_ITEM,
            "T, U, VAWA, asylee or refugee applicant or holder",
        ),
    ),
)

_BENEFICIARY_ITEM = "Beneficiary"
BENEFICIARY = Section(
    id="beneficiary",
    title="The beneficiary (if the petition is for someone else)",
    intro=(
        "Some petitions are filed for another person, such as a relative or a worker. If so, "
        "give that person's details. Otherwise skip this page."
    ),
    form_item=_BENEFICIARY_ITEM,
    form_title="Information About the Beneficiary",
    fields=(
        Field(
            "beneficiary.first_name",
            Kind.TEXT,
            "Beneficiary's first name",
            "The person the petition is for.",
            _BENEFICIARY_ITEM,
            "First Name",
        ),
        Field(
            "beneficiary.last_name",
            Kind.TEXT,
            "Beneficiary's last name",
            "As on the petition.",
            _BENEFICIARY_ITEM,
            "Last Name",
        ),
        Field(
            "beneficiary.date_of_birth",
            Kind.DATE,
            "Beneficiary's date of birth",
            "Helps USCIS find the right person.",
            _BENEFICIARY_ITEM,
            "Date of Birth (mm/dd/yyyy)",
            example="07/04/1985",
        ),
        Field(
            "beneficiary.a_number",
            Kind.A_NUMBER,
            "Beneficiary's A-Number (if any)",
            "Not everyone has one. If there is one, it helps find the file.",
            _BENEFICIARY_ITEM,
            "A-Number (if any)",
        ),
        Field(
            "beneficiary.relationship",
            Kind.TEXT,
            "Relationship to the petitioner",
            "For example: spouse, son, employee.",
            _BENEFICIARY_ITEM,
            "Relationship",
        ),
    ),
)
