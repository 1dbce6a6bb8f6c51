"""The signature step without a mouse, in a right-to-left language: the method is chosen
with Tab, arrows and Space, and print-and-sign needs no pointer at all."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.i18n.wizard_walk import complete_answers
from tests.ui.conftest import focused, press, tab_to
from tests.ui.helpers import make_case, stored_answers


def test_print_and_sign_chosen_by_keyboard_in_arabic(open_window, vault_dir, qapp):
    answers = complete_answers()
    answers["consent"] = {"agreed": True}
    case_id = make_case(vault_dir, answers)
    qapp.set_language("ar", remember=False)
    try:
        window = open_window("--open", case_id)
        window.wizard.go_to("consent")
        window.wizard.steps.setFocus()
        tab_to("consent.signature_method:drawn")  # one Tab stop for the whole group
        press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Down)
        assert focused().objectName() == "consent.signature_method:wet_ink"
        press(Qt.Key.Key_Space)
        assert stored_answers(window, case_id)["consent"]["signature_method"] == "wet_ink"
    finally:
        qapp.set_language("en", remember=False)
