"""Short explanations of the terms of art the form uses (T, U, VAWA, beneficiary, G-28 ...),
for people new to the immigration system. Qt-free: the GUI offers each one a click or a
key away beside the question that uses it; the texts are translated in context "glossary".

A term is found in a question's English wording (label, help, choices), so it is offered
in every interface language alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

CONTEXT = "glossary"


@dataclass(frozen=True)
class Term:
    id: str
    name: str  # as shown on its button (translated)
    pattern: str  # where it appears in the English wording
    explanation: str

    def found_in(self, text: str) -> bool:
        return re.search(self.pattern, text) is not None


TERMS: tuple[Term, ...] = (
    Term(
        "t_u",
        QT_TRANSLATE_NOOP("glossary", "T and U"),
        r"\bT, U\b|\bT or U\b",
        QT_TRANSLATE_NOOP(
            "glossary",
            "T and U are kinds of visa: T for victims of human trafficking, U for victims "
            "of certain crimes who help the police.",
        ),
    ),
    Term(
        "vawa",
        "VAWA",
        r"\bVAWA\b",
        QT_TRANSLATE_NOOP(
            "glossary",
            "VAWA (Violence Against Women Act): a way for people abused by a U.S. citizen or "
            "permanent resident family member to apply on their own, without the abuser.",
        ),
    ),
    Term(
        "asylee_refugee",
        QT_TRANSLATE_NOOP("glossary", "asylee, refugee"),
        r"\basyl(ee|um)\b|\brefugee\b",
        QT_TRANSLATE_NOOP(
            "glossary",
            "A refugee was given protection before coming to the United States; an asylee "
            "asked for it (asylum) after arriving. Both fear harm in their home country.",
        ),
    ),
    Term(
        "infopass",
        "InfoPass",
        r"\bInfoPass\b",
        QT_TRANSLATE_NOOP(
            "glossary",
            "InfoPass is the old name of an in-person appointment at a USCIS office, made "
            "through the USCIS Contact Center.",
        ),
    ),
    Term(
        "e_request",
        "e-Request",
        r"\be-Request\b",
        QT_TRANSLATE_NOOP(
            "glossary",
            "An e-Request is a form on the USCIS website for asking about a case, for "
            "example when it is past the normal processing time. USCIS answers by email.",
        ),
    ),
    Term(
        "g28",
        "G-28",
        r"\bG-28\b",
        QT_TRANSLATE_NOOP(
            "glossary",
            "Form G-28 is the form a lawyer or accredited representative signs with the "
            "person to show USCIS and the Ombudsman that they represent them.",
        ),
    ),
    Term(
        "beneficiary_petitioner",
        QT_TRANSLATE_NOOP("glossary", "beneficiary, petitioner"),
        r"\b[Bb]eneficiar(y|ies)\b|\b[Pp]etitioner\b",
        QT_TRANSLATE_NOOP(
            "glossary",
            "The petitioner files a petition for someone else (a relative, a worker); that "
            "person is the beneficiary.",
        ),
    ),
    Term(
        "accredited_representative",
        QT_TRANSLATE_NOOP("glossary", "accredited representative"),
        r"\b[Aa]ccredited representative",
        QT_TRANSLATE_NOOP(
            "glossary",
            "An accredited representative is not a lawyer but is allowed by the Justice "
            "Department to give immigration legal help, working for a recognized nonprofit "
            "organization.",
        ),
    ),
    Term(
        "receipt_number",
        QT_TRANSLATE_NOOP("glossary", "receipt number"),
        r"\b[Rr]eceipt number",
        QT_TRANSLATE_NOOP(
            "glossary",
            "The receipt number is on the notice USCIS sent after getting an application: "
            "three letters and ten digits, for example IOE0912345678.",
        ),
    ),
    Term(
        "a_number",
        "A-Number",
        r"\bA-Number\b",
        QT_TRANSLATE_NOOP(
            "glossary",
            "The A-Number (Alien Registration Number) is the person's own USCIS number: an A "
            "and 8 or 9 digits, on a green card, work permit or USCIS notices.",
        ),
    ),
    Term(
        "ex",
        "ex.",
        r"\(ex\. ",
        QT_TRANSLATE_NOOP("glossary", "“ex.” means “for example”."),
    ),
)


def terms_in(*texts: str) -> list[Term]:
    """The terms used in these English texts, in the glossary's order."""
    joined = "\n".join(texts)
    return [term for term in TERMS if term.found_in(joined)]
