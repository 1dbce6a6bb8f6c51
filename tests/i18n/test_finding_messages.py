"""Findings translated by code + params (Qt-free), with the field label translated too."""

from __future__ import annotations

from ombud_desktop.core import formspec
from ombud_desktop.core.findings import error
from ombud_desktop.core.message_text import finding_text, translate_message
from ombud_desktop.core.messages import MESSAGES, render
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
