"""Free-text answers say the Ombudsman reads English; the review page shows each question
in the person's language with the form's English label."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ombud_desktop.core import formspec
from ombud_desktop.i18n import catalog
from ombud_desktop.i18n.labels import question_with_form_label
from ombud_desktop.ui.field_widgets import FieldEditor
from tests.i18n.wizard_walk import open_complete_case

GUIDANCE = "The Ombudsman reads English."


def _help_text(window, field_id: str) -> str:
    """The help line under the field's input (its FieldEditor's help label)."""
    widget = window.wizard.current_page().findChild(QWidget, field_id)
    assert widget is not None, field_id
    while not isinstance(widget, FieldEditor):
        widget = widget.parentWidget()
    return widget.help.text()


def test_free_text_answers_ask_for_english_only_when_the_app_is_not_in_english(
    open_window, vault_dir, qapp
):
    window, _ = open_complete_case(open_window, vault_dir)
    window.wizard.go_to("reasons")
    assert GUIDANCE not in _help_text(window, "reasons.problem_description")
    qapp.set_language("vi", remember=False)
    qapp.processEvents()  # LanguageChange events are posted
    try:
        shown = _help_text(window, "reasons.problem_description")
        assert "Ombudsman đọc tiếng Anh." in shown
        assert "Ombudsman đọc tiếng Anh." not in _help_text(
            window, "reasons.posted_processing_time_months"
        )
    finally:
        qapp.set_language("en", remember=False)
        qapp.processEvents()
    assert GUIDANCE not in _help_text(window, "reasons.problem_description")


def test_review_shows_the_question_translated_with_the_english_form_label(
    open_window, vault_dir, qapp
):
    field = formspec.field("subject.date_of_birth")
    spanish = catalog.translate("formspec", field.label, "es")
    assert question_with_form_label(field, lambda c, t: catalog.translate(c, t, "es")) == (
        f"{spanish}\n[{field.form_label}]"
    )
    window, _ = open_complete_case(open_window, vault_dir)
    qapp.set_language("es", remember=False)
    try:
        window.wizard.go_to("review")
        texts = [label.text() for label in window.wizard.current_page().findChildren(QLabel)]
        assert f"{spanish}\n[{field.form_label}]" in texts
    finally:
        qapp.set_language("en", remember=False)


def test_consent_page_records_who_translated_or_read_the_form(open_window, vault_dir, qapp, qtbot):
    from tests.i18n.wizard_walk import complete_answers
    from tests.ui.helpers import make_case, stored_answers

    answers = complete_answers()
    answers["subject"]["needs_interpreter"] = True
    answers["consent"].pop("preparer_statement", None)
    case_id = make_case(vault_dir, answers)
    window = open_window("--open", case_id)
    qapp.set_language("es", remember=False)
    try:
        window.wizard.go_to("consent")
        editor = window.wizard.current_page().findChild(QWidget, "consent.preparer_statement")
        assert editor is not None and editor.isVisible()
        field = formspec.field("consent.preparer_statement")
        label = catalog.translate("formspec", field.label, "es")
        assert label != field.label and label in editor.accessibleName()
        owner = editor.parentWidget()
        assert GUIDANCE not in owner.help.text() and "inglés" in owner.help.text()
        # Needed because the person has an interpreter: the page says so while it is empty.
        window.wizard.current_page().show_all_findings()
        assert owner.findings_text()
        statement = "Prepared by Minh Tran, read to the person in Spanish."  # QTest types ASCII
        editor.setFocus()
        qtbot.keyClicks(editor, statement)
        assert window.wizard.session.flush()
        assert stored_answers(window, case_id)["consent"]["preparer_statement"] == statement
        qtbot.waitUntil(lambda: not owner.findings_text())
    finally:
        qapp.set_language("en", remember=False)


def test_printed_form_keeps_the_statement_and_english_place_names():
    from ombud_desktop.core.model import Case
    from ombud_desktop.documents.form_pdf import render_form
    from tests.documents.pdftools import pdftotext
    from tests.i18n.wizard_walk import complete_answers

    answers = complete_answers()
    answers["subject"]["country_of_birth"] = "MX"
    answers["consent"]["preparer_statement"] = "Prepared by Minh Tran, read in Spanish."
    text = " ".join(pdftotext(render_form(Case.from_answers(answers))).split())
    assert "Prepared by Minh Tran, read in Spanish." in text
    assert "Mexico" in text and "México" not in text  # the Ombudsman's form stays English
