"""Switching language at run time retranslates every wizard page and keeps every answer."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QWidget

from ombud_desktop.i18n.tsfile import read_messages, ts_path
from tests.i18n.wizard_walk import every_page, open_complete_case
from tests.ui.helpers import stored_answers

# Status lines that change by themselves (autosave, the PDF preview arriving): not part
# of a page's wording (tests/ui/test_preview_page.py checks the preview's retranslation).
VOLATILE = {"saved_indicator", "pdf_preview.status", "pdf_preview.page_label"}


def shown_texts(root: QWidget) -> dict[QWidget, str]:
    """Visible words: labels, button and check box texts, group box titles."""
    texts = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.objectName() in VOLATILE:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if text.strip():
            texts[widget] = squeeze(text)
    return texts


def typed_values(root: QWidget) -> dict[str, str]:
    return {w.objectName(): w.text() for w in root.findChildren(QLineEdit) if w.objectName()}


def squeeze(text: str) -> str:
    """Text without its spacing: long options are broken into lines to fit the page."""
    return "".join(text.split())


def catalogue(code: str) -> dict[str, set[str]]:
    """English source -> its translations in `code` (any context)."""
    found: dict[str, set[str]] = defaultdict(set)
    for message in read_messages(ts_path(code)):
        if message.finished and not message.numerus:
            found[squeeze(message.source)].add(squeeze(message.translation[0]))
    return found


def snapshot(window) -> dict[str, dict[QWidget, str]]:
    """Per page, the visible texts (read at once: rebuilt pages replace their widgets)."""
    return {page.page_id: shown_texts(window) for page in every_page(window)}


def test_switching_language_retranslates_every_page_and_keeps_answers(open_window, vault_dir, qapp):
    window, case_id = open_complete_case(open_window, vault_dir)
    english = snapshot(window)
    answers = stored_answers(window, case_id)
    values = typed_values(window)
    spanish_of = catalogue("es")

    qapp.set_language("es", remember=False)
    try:
        spanish = snapshot(window)
    finally:
        qapp.set_language("en", remember=False)
    back = snapshot(window)

    checked: dict[str, int] = defaultdict(int)
    wrong = []
    for page_id, before in english.items():
        for widget, text in before.items():
            now = spanish[page_id].get(widget)
            translations = spanish_of.get(text, set()) - {text}
            if now is None or not translations:
                continue
            checked[page_id] += 1
            if not any(t in now for t in translations):  # help may carry a second line
                wrong.append(f"{page_id}: {text!r} shows {now!r}, not {sorted(translations)}")
        for now in spanish[page_id].values():  # nothing left in English
            if spanish_of.get(now, {now}) - {now} and now in before.values():
                wrong.append(f"{page_id}: {now!r} stayed in English")
    assert wrong == []
    # Every page was really compared against the catalogue, not skipped.
    assert set(checked) == set(english), (
        f"pages with nothing checked: {set(english) - set(checked)}"
    )
    assert sum(checked.values()) >= 100
    # Back in English every text is as it was; answers and typed values never changed.
    changed = {
        page_id: sorted(set(back[page_id].values()) ^ set(before.values()))
        for page_id, before in english.items()
        if sorted(back[page_id].values()) != sorted(before.values())
    }
    assert changed == {}
    assert stored_answers(window, case_id) == answers
    assert typed_values(window) == values
    QApplication.processEvents()
