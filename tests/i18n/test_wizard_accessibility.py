"""Every wizard page: accessible names, Tab order = visual order (LTR and RTL)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.i18n.a11y import tab_order_problems, undescribed_widgets, unnamed_widgets
from tests.i18n.wizard_walk import every_page, open_complete_case


@pytest.fixture
def window(open_window, vault_dir, qapp):
    window, _ = open_complete_case(open_window, vault_dir)
    yield window
    qapp.set_language("en", remember=False)


def test_every_focusable_widget_on_every_page_has_an_accessible_name_and_description(window):
    problems = {}
    for page in every_page(window):
        missing = unnamed_widgets(window) + [
            f"no description: {w}" for w in undescribed_widgets(window)
        ]
        if missing:
            problems[page.page_id] = missing
    assert problems == {}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_tab_order_equals_visual_order_on_every_page(window, qapp, language):
    qapp.set_language(language, remember=False)
    problems = {}
    for page in every_page(window):
        found = tab_order_problems(window.wizard.steps, page)
        if found:
            problems[page.page_id] = found
    assert problems == {}


def test_arabic_lays_every_page_out_right_to_left(window, qapp):
    qapp.set_language("ar", remember=False)
    wizard = window.wizard
    for page in every_page(window):
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft, page.page_id
    # Mirrored: the steps list is on the right, Next is left of Back.
    assert wizard.steps.mapTo(window, wizard.steps.rect().topLeft()).x() > window.width() / 2
    assert wizard.next_button.mapTo(window, wizard.next_button.rect().topLeft()).x() < (
        wizard.back_button.mapTo(window, wizard.back_button.rect().topLeft()).x()
    )
    qapp.set_language("en", remember=False)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
