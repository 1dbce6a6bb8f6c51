"""Right-to-left text: Latin abbreviations keep their full stop ("Mr.", not ".Mr") and
values quoted from the answers are bidi-isolated inside Arabic sentences."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from ombud_desktop.core.findings import warning
from ombud_desktop.i18n import catalog
from ombud_desktop.i18n.bidi import FSI, PDI
from ombud_desktop.i18n.tsfile import read_messages, ts_path
from ombud_desktop.ui.texts import finding_text

ABBREVIATIONS = ("Mr.", "Ms.", "Mx.", "U.S.C.")
ISOLATE_START = ("\u2066", "\u2068")  # LRI, FSI


def visual_x(text: str, index: int) -> float:
    """Where character `index` of `text` is drawn in a right-to-left paragraph."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    for run in line.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll):
        for at, position in zip(run.stringIndexes(), run.positions(), strict=True):
            if at == index:
                return position.x()
    raise AssertionError(f"{text[index]!r} is not drawn")


def test_a_full_stop_stays_after_its_abbreviation_in_arabic(qapp):
    shown = catalog.translate("formspec", "Mr.", "ar")
    start = shown.index("Mr.")
    m, r, stop = (visual_x(shown, start + i) for i in range(3))
    assert m < r < stop  # "Mr." left to right inside the Arabic line
    # Without the isolate the full stop would jump to the front of "Mr":
    bare = shown.replace("\u2066", "").replace(PDI, "")
    start = bare.index("Mr.")
    assert not visual_x(bare, start) < visual_x(bare, start + 1) < visual_x(bare, start + 2)


@pytest.mark.parametrize("abbreviation", ABBREVIATIONS)
def test_latin_abbreviations_in_arabic_are_isolated(abbreviation):
    found = [
        text
        for message in read_messages(ts_path("ar"))
        if abbreviation in message.source
        for text in message.translation
        if abbreviation in text
    ]
    assert found, f"no Arabic text keeps {abbreviation}"
    for text in found:
        before = text[: text.index(abbreviation)]
        opened = max(before.rfind(mark) for mark in ISOLATE_START)
        assert opened >= 0 and PDI not in before[opened:], text
        assert PDI in text[text.index(abbreviation) :], text


def test_values_in_arabic_messages_are_isolated(qapp):
    finding = warning("filings.0.receipt_number", "receipt_number.unknown_prefix", prefix="XYZ")
    qapp.set_language("ar", remember=False)
    try:
        arabic = finding_text(finding)
    finally:
        qapp.set_language("en", remember=False)
    assert f"{FSI}XYZ{PDI}" in arabic
    english = finding_text(finding)
    assert "XYZ" in english and FSI not in english


def test_the_ombudsmans_addresses_are_isolated_in_the_send_step(open_window, vault_dir, qapp):
    from tests.i18n.wizard_walk import open_complete_case

    window, _ = open_complete_case(open_window, vault_dir)
    qapp.set_language("ar", remember=False)
    qapp.processEvents()
    try:
        window.wizard.go_to("export")
        shown = window.wizard.current_page().destinations_view.values["email"].text()
        assert f"{FSI}cisombudsman@hq.dhs.gov{PDI}" in shown
        assert f"{FSI}cisombudsman@dhs.gov{PDI}" in shown  # what older brochures say
    finally:
        qapp.set_language("en", remember=False)
