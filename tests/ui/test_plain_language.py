"""Plain language: example values read "for example ..." in the placeholder's
lighter style (never as an answer), and every typed date is said back in words in the
person's language."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from tests.ui.conftest import type_text
from tests.ui.helpers import make_case


def test_examples_say_for_example_and_are_not_answers(open_window, vault_dir):
    window = open_window("--open", make_case(vault_dir, {"filings": [{}]}))
    window.wizard.go_to("filings")
    box = window.findChild(QLineEdit, "filings.0.receipt_number")
    assert box.text() == ""
    assert box.placeholderText().startswith("for example ")


def test_a_typed_date_is_said_back_in_words_in_the_persons_language(
    open_window, vault_dir, qapp, qtbot
):
    window = open_window("--open", make_case(vault_dir, {"filings": [{}]}))
    window.wizard.go_to("filings")
    page = window.wizard.current_page()
    editor = page.editors["filings.0.receipt_date"]
    assert not editor.echo.isVisible()
    editor.focus_target().setFocus()
    type_text("08/09/2026")
    assert editor.echo.isVisible()
    assert "August 9, 2026" in editor.echo.text()
    try:
        qapp.set_language("es", remember=False)
        qtbot.waitUntil(lambda: "9 de agosto de 2026" in editor.echo.text())
    finally:
        qapp.set_language("en", remember=False)
    editor.input.clear()
    type_text("13/45/2026")  # not a date: nothing is said back, the check explains
    assert not editor.echo.isVisible()


def test_cant_help_answers_end_with_where_to_go_said_once(open_window, vault_dir):
    answers = {"screening": {"blockers": ["wants_legal_advice", "not_uscis"]}}
    window = open_window("--open", make_case(vault_dir, answers))
    window.wizard.go_to("screening")
    text = window.wizard.current_page().exit_text.text()
    assert text.rstrip().endswith("or your state bar association's lawyer referral service.")
    for place in ("ImmigrationLawHelp.org", "accredited representatives (EOIR)", "state bar"):
        assert text.count(place) == 1, place
    assert text.count("legal advice") == 1  # said once, not again by the general limits


def test_terms_of_art_are_explained_one_click_or_key_away(open_window, vault_dir, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from tests.ui.conftest import press, tab_to

    window = open_window("--open", make_case(vault_dir, {}))
    window.wizard.go_to("subject")
    page = window.wizard.current_page()
    button = page.findChild(QPushButton, "subject.protected_category:term:vawa")
    assert button is not None and button.text() == "What is “VAWA”?"
    tab_to(button.objectName())
    press(Qt.Key.Key_Space)
    explanation = page.findChild(
        type(page.title_label), "subject.protected_category:term_explanation"
    )
    assert explanation.isVisible() and "Violence Against Women Act" in explanation.text()
    press(Qt.Key.Key_Space)
    assert not explanation.isVisible()


def test_every_term_of_the_issue_is_in_the_glossary_and_used():
    from ombud_desktop.core import formspec
    from ombud_desktop.core.glossary import TERMS, terms_in

    wanted = {"t_u", "vawa", "asylee_refugee", "infopass", "e_request", "g28",
              "beneficiary_petitioner", "accredited_representative", "receipt_number",
              "a_number", "ex"}  # fmt: skip
    assert {t.id for t in TERMS} == wanted
    used = {
        t.id
        for f in formspec.all_fields()
        for t in terms_in(f.label, f.help, *(c.label for c in f.choices))
    }
    assert used == wanted  # each is offered beside a question that uses it


def test_texts_are_said_once_where_they_belong(open_window, vault_dir):
    from PySide6.QtWidgets import QLabel

    window = open_window("--open", make_case(vault_dir, {}))

    def shown(page_id: str) -> str:
        window.wizard.go_to(page_id)
        page = window.wizard.current_page()
        return "\n".join(w.text() for w in page.findChildren(QLabel) if w.isVisible())

    actions = shown("actions_taken")
    assert actions.count("90 days") == 1 and actions.count("60 days") == 1
    documents = shown("documents")
    assert documents.lower().count("original") == 1
    assert documents.count("encrypted") == 1
    consent = shown("consent")
    assert "beside it" not in consent and "Privacy Act notice below" in consent
