"""Closing mid-case loses nothing, and reopening returns to the same page and field."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import focused, press, tab_to, type_text
from tests.ui.helpers import make_case


def test_close_and_reopen_restores_page_field_and_answers(open_window, vault_dir):
    case_id = make_case(vault_dir, {"screening": {"reasons": ["uscis_error"]}})
    window = open_window("--open", case_id)
    wizard = window.wizard
    wizard.go_to("subject")
    tab_to("subject.first_name")
    type_text("Trần")
    tab_to("subject.last_name")
    type_text("Lê")
    window.close()  # no explicit save: closing must keep it all

    again = open_window("--open", case_id)
    assert again.wizard.current_page().objectName() == "page.subject"
    assert focused().objectName() == "subject.last_name"
    assert focused().text() == "Lê"
    session = again.wizard.session
    assert session.get("subject.first_name") == "Trần"
    assert session.get("screening.reasons") == ["uscis_error"]


def test_back_never_loses_data(open_window, vault_dir):
    case_id = make_case(vault_dir, {})
    window = open_window("--open", case_id)
    wizard = window.wizard
    wizard.go_to("reasons")
    tab_to("reasons.problem_description")
    type_text("Waiting since 2023.")
    press(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Back
    assert wizard.current_page().objectName() == "page.actions_taken"
    wizard.go_to("reasons")
    editor = wizard.current_page().editors["reasons.problem_description"]
    assert editor.value() == "Waiting since 2023."


def test_autosave_reaches_the_vault_without_closing(open_window, vault_dir, qtbot):
    case_id = make_case(vault_dir, {})
    window = open_window("--open", case_id)
    window.wizard.go_to("subject")
    tab_to("subject.first_name")
    with qtbot.waitSignal(window.wizard.session.saved, timeout=10_000):
        type_text("Amal")
    assert window.vault.load_case(case_id).answers["subject"]["first_name"] == "Amal"
    assert window.wizard.saved_label.text() == "Saved"


def test_closing_when_saving_fails_warns_and_keeps_the_window(
    open_window, vault_dir, monkeypatch, qtbot
):
    from PySide6.QtWidgets import QMessageBox

    from ombud_desktop.vault import SaveFailedError

    window = open_window("--open", make_case(vault_dir, {}))
    window.wizard.go_to("subject")
    tab_to("subject.first_name")

    def refuse(record, **kwargs):
        raise SaveFailedError("The disk is full: free some space, then try again.")

    monkeypatch.setattr(window.vault, "save_case", refuse)
    with qtbot.waitSignal(window.wizard.session.save_failed, timeout=10_000) as failure:
        type_text("Lost?")
        window.wizard.session.save_soon_now()
    assert "disk is full" in failure.args[0]
    asked = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel
    )
    assert not window.close()  # the person chose to stay: nothing is lost
    assert asked and window.wizard is not None
    assert window.wizard.session.get("subject.first_name") == "Lost?"
    monkeypatch.undo()
    window.close()
