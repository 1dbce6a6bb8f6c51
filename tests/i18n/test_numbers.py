"""Numbers as each language writes them: its decimal mark ("10,00 MB" in Spanish), and one
kind of digit on every screen and in the exported README (Western digits in every
language, Arabic included: its dates, receipt numbers and phone numbers have them)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QLineEdit, QWidget

from ombud_desktop.export import readme
from ombud_desktop.i18n.languages import LANGUAGES, language
from tests.i18n.wizard_walk import every_page, open_complete_case

OTHER_DIGITS = re.compile(r"[\u0660-\u0669\u06f0-\u06f9]")  # Arabic-Indic, Persian


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.code)
def test_the_number_locale_writes_the_languages_decimal_mark_and_western_digits(lang):
    locale = QLocale(lang.qt_number_locale)
    assert locale.decimalPoint() == lang.decimal_mark
    assert locale.zeroDigit() == "0"
    assert locale.toString(1234567890).strip("0123456789,. \u00a0\u202f") == ""


def test_spanish_writes_ten_megabytes_with_a_comma(open_window, vault_dir, qapp):
    window, _ = open_complete_case(open_window, vault_dir)
    qapp.set_language("es", remember=False)
    qapp.processEvents()  # the language change is delivered by the event loop
    try:
        window.wizard.go_to("export")
        box = window.wizard.current_page().size_limit
        box.setValue(10)
        assert "10,00 MB" in box.text()
    finally:
        qapp.set_language("en", remember=False)
    qapp.processEvents()
    assert "10.00 MB" in box.text()


def _texts(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QLineEdit | QAbstractSpinBox):
            found.append(widget.text())
    return found


def test_arabic_screens_show_one_kind_of_digit(open_window, vault_dir, qapp):
    window, _ = open_complete_case(open_window, vault_dir)
    qapp.set_language("ar", remember=False)
    try:
        problems = []
        for page in every_page(window):
            problems += [(page.page_id, t) for t in _texts(window) if OTHER_DIGITS.search(t)]
        assert problems == []
    finally:
        qapp.set_language("en", remember=False)


def test_readme_writes_sizes_with_the_languages_decimal_mark():
    lines = [(readme.EMAIL_OVERSIZE, {"title": "Scan", "size": "12.5", "limit": "9.5"})]
    spanish = readme.readme_text(
        lines, lambda text: text.replace("is larger", "ES"), "Español", language("es").decimal_mark
    )
    english, other = spanish.split("Español")
    assert "(12.5 MB)" in english and "9.5 MB" in english
    assert "(12,5 MB)" in other and "9,5 MB" in other
    assert not OTHER_DIGITS.search(readme.readme_text(lines, str, "العربية", "."))
