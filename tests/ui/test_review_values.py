"""The review page reads answers back through core.display (the printed form's own
formatter) in the person's language."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ombud_desktop.i18n import catalog
from tests.i18n.wizard_walk import open_complete_case


def test_review_reads_answers_back_with_the_shared_formatter_translated(
    open_window, vault_dir, qapp
):
    window, _ = open_complete_case(open_window, vault_dir)
    qapp.set_language("es", remember=False)
    try:
        window.wizard.go_to("review")
        texts = {label.text() for label in window.wizard.current_page().findChildren(QLabel)}
    finally:
        qapp.set_language("en", remember=False)
    months = catalog.translate("display", "{number} months", "es").format(number="14.5")
    assert months != "14.5 months" and months in texts
    assert catalog.translate("display", "Yes", "es") in texts  # consent.agreed
    mexico = catalog.translate("countries", "Mexico", "es")
    assert mexico != "Mexico" and mexico in texts  # subject.country_of_birth "MX"
    assert "IOE0912345678" in texts and "A209-876-543" in texts
