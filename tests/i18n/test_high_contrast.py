"""High contrast: a disabled button looks disabled (Next at the last step, Quick exit
while locked) and no text is cut off (the home page's "Settings…" was)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from ombud_desktop.ui.settings import Preferences
from tests.i18n.a11y import clipped_texts
from tests.i18n.wizard_walk import every_page, open_complete_case


@pytest.fixture
def high_contrast(qapp, fresh_prefs):
    qapp.update_preferences(Preferences(idle_lock_minutes=0, high_contrast=True))
    yield
    qapp.update_preferences(Preferences(idle_lock_minutes=0))


def _share(widget: QWidget, test) -> float:
    """The share of the widget's pixels for which `test(QColor)` holds, as drawn now."""
    QApplication.processEvents()
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = [
        QColor(image.pixel(x, y)) for y in range(image.height()) for x in range(image.width())
    ]
    return sum(1 for p in pixels if test(p)) / len(pixels)


def _black(color: QColor) -> bool:
    return color.lightness() < 40


def _red(color: QColor) -> bool:
    return color.red() > 150 and color.red() > 2 * max(color.green(), color.blue())


def test_a_disabled_button_looks_disabled_in_high_contrast(open_window, vault_dir, high_contrast):
    window, _ = open_complete_case(open_window, vault_dir)
    wizard = window.wizard
    wizard.go_to(wizard.relevant_pages()[-1].page_id)  # the last step: Next is off
    assert not wizard.next_button.isEnabled() and wizard.back_button.isEnabled()
    enabled, disabled = _share(wizard.back_button, _black), _share(wizard.next_button, _black)
    assert enabled > 0.05  # black edge and words
    assert disabled < enabled / 5, (enabled, disabled)


@pytest.mark.parametrize("contrast", [False, True])
def test_quick_exit_looks_off_while_it_is_off(open_window, vault_dir, qapp, fresh_prefs, contrast):
    qapp.update_preferences(Preferences(idle_lock_minutes=0, high_contrast=contrast))
    try:
        window, _ = open_complete_case(open_window, vault_dir)
        assert window.quick_exit.isEnabled() and _share(window.quick_exit, _red) > 0.5
        window.lock()
        assert not window.quick_exit.isEnabled()
        assert _share(window.quick_exit, _red) < 0.05
    finally:
        qapp.update_preferences(Preferences(idle_lock_minutes=0))


def test_nothing_is_cut_off_in_high_contrast(open_window, vault_dir, high_contrast):
    window, _ = open_complete_case(open_window, vault_dir)
    window.resize(1024, 768)
    problems = {}
    for page in every_page(window):
        if found := clipped_texts(window):
            problems[page.page_id] = found
    window.show_home()
    QApplication.processEvents()
    if found := clipped_texts(window):
        problems["home"] = found
    assert problems == {}


@pytest.mark.parametrize("language", ["vi", "es"])
def test_the_case_lists_buttons_fit_a_small_screen_at_200_percent_in_high_contrast(
    open_window, vault_dir, qapp, fresh_prefs, language
):
    qapp.update_preferences(
        Preferences(idle_lock_minutes=0, text_scale_percent=200, high_contrast=True)
    )
    qapp.set_language(language, remember=False)
    try:
        window, _ = open_complete_case(open_window, vault_dir)
        window.show_home()
        window.resize(1024, 768)
        QApplication.processEvents()
        settings = window.home.buttons["settings"]
        assert window.minimumSizeHint().width() <= 1024
        assert settings.geometry().right() < settings.parentWidget().width()
        assert clipped_texts(window.home) == []
    finally:
        qapp.set_language("en", remember=False)
        qapp.update_preferences(Preferences(idle_lock_minutes=0))
