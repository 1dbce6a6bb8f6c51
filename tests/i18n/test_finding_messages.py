"""Findings translated by code + params (Qt-free), with the field label translated too."""

from __future__ import annotations

from datetime import date

import pytest

from ombud_desktop.core import formspec
from ombud_desktop.core.findings import error
from ombud_desktop.core.message_text import finding_text, translate_message
from ombud_desktop.core.messages import MESSAGES, render
from ombud_desktop.core.model import Case
from ombud_desktop.i18n import catalog


def test_a_finding_reads_in_the_chosen_language_with_its_params():
    label = formspec.field("subject.date_of_birth").label
    spanish_label = catalog.translate("formspec", label, "es")
    spanish = catalog.translate("findings", MESSAGES["required"], "es")
    assert spanish_label != label and spanish != MESSAGES["required"]
    shown = translate_message("required", {"label": label}, "es")
    assert shown == render("required", {"label": spanish_label}, template=spanish)
    assert spanish_label in shown


def test_english_unknown_codes_and_missing_params_never_fail():
    assert translate_message("required", {"label": "Phone"}, "en") == render(
        "required", {"label": "Phone"}
    )
    assert translate_message("no.such.code", {}, "fr") == "no.such.code"
    assert "{days}" in translate_message("contact.too_old", {}, "ar")  # shown, not a crash


def test_the_ui_passes_its_own_translate_function():
    finding = error("subject.email", "email.format")
    seen = []

    def translate(context, text):
        seen.append(context)
        return catalog.translate(context, text, "ko")

    text = finding_text(finding, translate)
    assert text == catalog.translate("findings", MESSAGES["email.format"], "ko")
    assert text != MESSAGES["email.format"]
    assert seen == ["findings"]


@pytest.mark.parametrize("lang", ["es", "ar"])
def test_the_wizard_shows_a_finding_whole_in_the_persons_language(qapp, english_afterwards, lang):
    """The GUI words findings through the same function as above: the template and the
    field's label both in the person's language (the label used to stay English)."""
    from ombud_desktop.core.validation import validate
    from ombud_desktop.ui.language_runtime import apply_language
    from ombud_desktop.ui.texts import finding_text as shown_in_the_wizard

    apply_language(lang)
    field = formspec.field("subject.date_of_birth")
    [finding] = [f for f in validate(Case({}), date(2026, 11, 20)) if f.field == field.id]
    label = catalog.translate("formspec", field.label, lang)
    template = catalog.translate("findings", MESSAGES[finding.code], lang)
    assert label != field.label and template != MESSAGES[finding.code]
    text = shown_in_the_wizard(finding)
    assert text == render(finding.code, {**finding.params, "label": label}, template=template)
    assert label in text and field.label not in text
    assert text == translate_message(finding.code, finding.params, lang)
