"""The save status ("Saving…", "Saved") follows a language switch at once, not only at
the next save."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tests.i18n.wizard_walk import open_complete_case


def test_save_status_is_retranslated_when_the_language_changes(open_window, vault_dir, qapp, qtbot):
    window, _ = open_complete_case(open_window, vault_dir)
    wizard = window.wizard
    label = wizard.saved_label
    with qtbot.waitSignal(wizard.session.saved, timeout=10_000):
        wizard.session.set("subject.middle_name", "Lan")
        wizard.session.save_soon_now()
    assert label.text() == "Saved"
    qapp.set_language("es", remember=False)
    try:
        QApplication.processEvents()  # LanguageChange is posted
        spanish = QCoreApplication.translate("WizardView", "Saved")
        assert spanish != "Saved" and label.text() == spanish
        wizard.session.saving.emit()  # a save under way when the person switches
        qapp.set_language("fr", remember=False)
        QApplication.processEvents()
        assert label.text() == QCoreApplication.translate("WizardView", "Saving…") != "Saving…"
    finally:
        qapp.set_language("en", remember=False)
        QApplication.processEvents()
    assert label.text() == "Saving…"
