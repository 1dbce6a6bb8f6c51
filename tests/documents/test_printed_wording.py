"""The printed form reads as the official form: its own terms, not the app's questions,
cross-references that name the parts as printed, and each file named once in the index."""

from __future__ import annotations

import re

from ombud_desktop.core import formspec
from ombud_desktop.core.model import Case
from ombud_desktop.documents.attachments import convert_all
from ombud_desktop.documents.case_files import AttachmentInput
from ombud_desktop.documents.form_parts import part_numbers, printed_fields
from ombud_desktop.documents.form_pdf import FormOptions, render_form
from ombud_desktop.documents.index_page import index_pdf
from ombud_desktop.export.destinations import load_destinations
from ombud_desktop.export.mail_packet import checklist
from tests.documents import samples
from tests.documents.pdftools import pdftotext
from tests.export.samples import make_pdf, sample_source

APP_WORDING = (
    "Copy of something",
    "Draw it on the screen",
    "Print, sign in ink, and scan",
    "I am the person",
    "I am their attorney",
    "I am helping them",
    "USCIS made a mistake",
)


def _form_text(**changes: object) -> str:
    answers = samples.complete_answers()
    case = Case.from_answers(answers)
    for key, value in changes.items():
        case.set(key.replace("__", "."), value)
    return " ".join(pdftotext(render_form(case, FormOptions())).split())


def test_printed_choices_use_the_forms_terms_and_every_choice_has_a_plain_term() -> None:
    text = _form_text()
    for wording in APP_WORDING:
        assert wording not in text, wording
    assert "Typed (/s/ Name)" in text and "Handwritten in ink" in text
    printed = [f for s in formspec.SECTIONS if s.id in part_numbers() for f in printed_fields(s)]
    for spec in printed:
        for choice in spec.choices:
            assert not re.search(r"\b(I|me|my)\b", choice.on_paper), (spec.id, choice.on_paper)


def test_the_signature_caption_names_the_part_that_names_the_signer() -> None:
    text = _form_text()
    part = re.search(r"Part (\d+)\. Information About the Individual or Employer", text)
    assert part is not None
    caption = re.search(r"Signature of the individual named in Part (\d+)", text)
    assert caption is not None and caption.group(1) == part.group(1)
    for referenced in re.findall(r"\bPart (\d+)\b", text):
        assert re.search(rf"Part {referenced}\. \w", text), referenced  # a printed part


def test_the_mail_checklist_names_the_consent_part_as_printed() -> None:
    consent = re.search(r"Part (\d+)\. Consent and Signature", _form_text())
    assert consent is not None
    listed = " ".join(pdftotext(checklist(sample_source(), load_destinations(), 5)).split())
    assert f"(Part {consent.group(1)}, consent)" in listed


def test_the_index_names_a_file_once_when_its_title_is_its_name() -> None:
    items = convert_all(
        [
            AttachmentInput("notice.pdf", make_pdf(1, "n"), "received_from_uscis", "notice.pdf"),
            AttachmentInput("scan.pdf", make_pdf(1, "s"), "other", ""),
            AttachmentInput("letter.pdf", make_pdf(1, "l"), "other", "Letter to USCIS"),
        ]
    )
    text = pdftotext(index_pdf(items, first_page=4))
    assert text.count("notice.pdf") == 1 and text.count("scan.pdf") == 1
    assert "Letter to USCIS (file: letter.pdf)" in " ".join(text.split())
    assert "Document from USCIS" in text and "Copy of something" not in text
