"""Validation messages reach screen readers in the person's language: announced when they
appear, and part of the field's accessible description."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QLineEdit

from ombud_desktop.core.messages import MESSAGES
from ombud_desktop.i18n import catalog
from ombud_desktop.ui import accessibility
from tests.i18n.wizard_walk import open_complete_case
from tests.ui.conftest import type_text


class Announcements:
    """Stands in for QAccessible in ui.accessibility: records what would be announced."""

    said: ClassVar[list[str]] = []

    @classmethod
    def updateAccessibility(cls, event) -> None:
        cls.said.append(event.message())


def test_a_validation_message_is_announced_and_described_in_spanish(
    open_window, vault_dir, qapp, qtbot, monkeypatch
):
    monkeypatch.setattr(accessibility, "QAccessible", Announcements)
    Announcements.said = []
    window, _ = open_complete_case(open_window, vault_dir)
    qapp.set_language("es", remember=False)
    try:
        window.wizard.go_to("subject", "subject.email")
        email = window.findChild(QLineEdit, "subject.email")
        email.setFocus()
        email.selectAll()
        type_text("ana-at-example")
        expected = catalog.translate("findings", MESSAGES["email.format"], "es")
        assert expected != MESSAGES["email.format"]
        qtbot.waitUntil(lambda: expected in Announcements.said, timeout=5000)
        assert email.accessibleDescription().startswith(expected)
    finally:
        qapp.set_language("en", remember=False)
