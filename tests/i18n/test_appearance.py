"""High contrast and text scaling: the settings take effect at once, every page fits."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ombud_desktop.ui.appearance import contrast_ratio, high_contrast_palette
from ombud_desktop.ui.settings import Preferences
from tests.i18n.a11y import clipped_texts, sideways_scrolling
from tests.i18n.wizard_walk import every_page, open_complete_case

ROLES = QPalette.ColorRole
PAIRS = [
    (ROLES.WindowText, ROLES.Window),
    (ROLES.Text, ROLES.Base),
    (ROLES.ButtonText, ROLES.Button),
    (ROLES.HighlightedText, ROLES.Highlight),
    (ROLES.PlaceholderText, ROLES.Base),
    (ROLES.ToolTipText, ROLES.ToolTipBase),
]


def test_contrast_ratio_matches_wcag_examples():
    from PySide6.QtGui import QColor

    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def test_high_contrast_palette_meets_wcag_aaa():
    palette = high_contrast_palette()
    for text, background in PAIRS:
        ratio = contrast_ratio(palette.color(text), palette.color(background))
        assert ratio >= 7, (text, background, ratio)
    disabled = palette.color(QPalette.ColorGroup.Disabled, ROLES.Text)
    assert contrast_ratio(disabled, palette.color(ROLES.Base)) >= 7


def test_the_high_contrast_setting_applies_at_once_and_switches_back(qapp, fresh_prefs):
    qapp.update_preferences(Preferences(idle_lock_minutes=0, high_contrast=True))
    palette = QApplication.palette()
    assert palette.color(ROLES.Window).name() == "#ffffff"
    assert palette.color(ROLES.WindowText).name() == "#000000"
    assert "3px solid #00007a" in qapp.styleSheet()
    qapp.update_preferences(Preferences(idle_lock_minutes=0, high_contrast=False))
    assert "3px solid #00007a" not in qapp.styleSheet()
    assert QApplication.palette() == qapp.style().standardPalette()


@pytest.mark.parametrize("language", ["en", "vi"])
def test_text_at_200_percent_is_not_clipped_on_any_page(
    open_window, vault_dir, qapp, fresh_prefs, language
):
    base = qapp.font().pointSizeF()
    qapp.update_preferences(Preferences(idle_lock_minutes=0, text_scale_percent=200))
    qapp.set_language(language, remember=False)
    try:
        assert qapp.font().pointSizeF() == pytest.approx(base * 2)
        window, _ = open_complete_case(open_window, vault_dir)
        window.resize(1024, 768)  # a small laptop screen
        problems = {}
        for page in every_page(window):
            found = clipped_texts(window) + sideways_scrolling(page)
            if found:
                problems[page.page_id] = found
        assert problems == {}
    finally:
        qapp.set_language("en", remember=False)


def test_check_boxes_and_radio_buttons_grow_with_the_text(qapp, fresh_prefs, qtbot):
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton

    def indicator_width(widget, element) -> int:
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        return widget.style().subElementRect(element, option, widget).width()

    box, radio = QCheckBox("Yes"), QRadioButton("No")
    for widget in (box, radio):
        qtbot.addWidget(widget)
    elements = (QStyle.SubElement.SE_CheckBoxIndicator, QStyle.SubElement.SE_RadioButtonIndicator)
    qapp.update_preferences(Preferences(idle_lock_minutes=0, text_scale_percent=100))
    normal = [indicator_width(w, e) for w, e in zip((box, radio), elements, strict=True)]
    qapp.update_preferences(Preferences(idle_lock_minutes=0, text_scale_percent=200))
    large = [indicator_width(w, e) for w, e in zip((box, radio), elements, strict=True)]
    qapp.update_preferences(Preferences(idle_lock_minutes=0, text_scale_percent=100))
    assert all(size > 0 for size in normal)
    assert large == [2 * size for size in normal]


def test_at_200_percent_steps_take_one_line_and_the_pdf_keeps_a_usable_height(
    open_window, vault_dir, qapp, fresh_prefs
):
    from PySide6.QtWidgets import QScrollArea

    qapp.update_preferences(Preferences(idle_lock_minutes=0, text_scale_percent=200))
    window, _ = open_complete_case(open_window, vault_dir)
    window.resize(1024, 768)
    wizard = window.wizard
    wizard.go_to("preview")
    QApplication.processEvents()
    line = wizard.steps.fontMetrics().height()
    heights = [
        wizard.steps.visualItemRect(wizard.steps.item(row)).height()
        for row in range(wizard.steps.count())
    ]
    assert max(heights) < 1.6 * line, heights
    # every step is listed (numbered, "not needed" ones too): the tooltip gives its whole
    # title where the one-line list cuts it short
    items = [wizard.steps.item(r) for r in range(wizard.steps.count())]
    assert len(items) == len(wizard.pages)
    for item, page in zip(items, wizard.pages, strict=True):
        assert item.toolTip() == item.text() and page.title() in item.toolTip()
    view = wizard.current_page().panel.preview.view
    scroll = wizard.current_page().parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    assert view.height() >= 400 and view.height() >= scroll.viewport().height() / 2
