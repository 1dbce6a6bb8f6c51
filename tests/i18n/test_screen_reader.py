"""What a screen reader hears, checked through Qt's accessibility interfaces (the AT-SPI
walk in test_atspi_walk.py reads the same through the real bus): page changes announced
with title and first sentence, messages readable by their text, required and invalid
fields said so, no '&' shortcut markers, combo boxes named by their question, fields of
repeated groups named with their group, and the review page's answers as question/answer
pairs."""

from __future__ import annotations

import re
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget

from ombud_desktop.core.messages import MESSAGES
from ombud_desktop.i18n import catalog
from ombud_desktop.ui import accessibility
from ombud_desktop.ui.accessibility import first_sentence, page_announcement
from tests.i18n.a11y import accessible_description, accessible_name, focusable_widgets
from tests.i18n.wizard_walk import every_page, open_complete_case
from tests.ui.conftest import type_text


class Said:
    """Stands in for QAccessible in ui.accessibility: records the announcements."""

    texts: ClassVar[list[str]] = []

    @classmethod
    def updateAccessibility(cls, event) -> None:
        cls.texts.append(event.message())


@pytest.fixture
def said(monkeypatch):
    monkeypatch.setattr(accessibility, "QAccessible", Said)
    Said.texts = []
    return Said.texts


@pytest.fixture
def window(open_window, vault_dir, qapp):
    window, _ = open_complete_case(open_window, vault_dir)
    yield window
    qapp.set_language("en", remember=False)


def test_first_sentence_and_announcement():
    assert first_sentence("Who is asking. Then more.") == "Who is asking."
    assert first_sentence("一句话。第二句。") == "一句话。"
    assert first_sentence("هل اتصلت؟ ثم") == "هل اتصلت؟"
    assert page_announcement("Your case", "") == "Your case"
    assert page_announcement("Your case", "We ask.  More.") == "Your case. We ask."


@pytest.mark.parametrize("language", ["en", "es"])
def test_next_announces_the_new_pages_title_and_first_sentence(window, qapp, said, language):
    qapp.set_language(language, remember=False)
    wizard = window.wizard
    wizard.go_to(wizard.relevant_pages()[0].page_id)
    while wizard.next_button.isEnabled():
        before = wizard.current_page()
        del said[:]
        wizard.next()
        page = wizard.current_page()
        assert page is not before, f"Next stayed on {before.page_id}: {wizard.status.text()}"
        assert said, f"nothing announced for {page.page_id}"
        assert said[-1].startswith(page.title()), (page.page_id, said[-1])
        intro = first_sentence(page.intro_text())
        assert intro in said[-1], (page.page_id, said[-1])


def test_page_change_moves_focus_straight_to_the_new_pages_field(window, qapp):
    """Not through Home first (a screen reader said "Home" before every page)."""
    wizard = window.wizard
    wizard.go_to("subject")
    first = wizard.current_page().first_focus()
    first.setFocus()
    QApplication.processEvents()
    seen: list[QWidget] = []

    def record(_old, new):
        if new is not None:
            seen.append(new)

    qapp.focusChanged.connect(record)
    try:
        wizard.next()
        QApplication.processEvents()
    finally:
        qapp.focusChanged.disconnect(record)
    assert seen, "focus did not move"
    assert wizard.home_button not in seen
    assert all(wizard.current_page().isAncestorOf(w) for w in seen), seen


def test_a_message_is_read_by_its_text_and_its_field_says_invalid_and_required(
    window, qapp, qtbot, said
):
    qapp.set_language("es", remember=False)
    wizard = window.wizard
    wizard.go_to("subject", "subject.email")
    email = window.findChild(QLineEdit, "subject.email")
    email.setFocus()
    email.selectAll()
    type_text("ana-at-example")
    expected = catalog.translate("findings", MESSAGES["email.format"], "es")
    qtbot.waitUntil(lambda: expected in said, timeout=5000)
    finding = email.parentWidget().finding
    assert accessible_name(finding) == finding.text() == expected
    assert accessible_description(email).startswith(expected)  # the invalid state, in words
    # A required field is named so ("(obligatorio)" or the like, in Spanish).
    first_name = window.findChild(QLineEdit, "subject.first_name")
    required = catalog.translate("FieldEditor", "%1 (required)", "es").replace("%1", "")
    assert required.strip() and required.strip() in accessible_name(first_name)
    # Next refuses: its message is said, and the status line reads as its text too.
    del said[:]
    wizard.next()
    assert said and said[-1] == wizard.status.text()
    assert accessible_name(wizard.status) == wizard.status.text()


MNEMONIC = re.compile(r"&(?!&)\w")


def _names_and_descriptions(root: QWidget) -> list[tuple[str, str]]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None:
            continue
        for kind in (QAccessible.Text.Name, QAccessible.Text.Description):
            found.append((widget.objectName() or type(widget).__name__, interface.text(kind)))
    return found


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_shortcut_markers_in_accessible_names_or_descriptions(window, qapp, language):
    qapp.set_language(language, remember=False)
    problems = []
    for page in every_page(window):
        problems += [(page.page_id, *pair) for pair in _names_and_descriptions(window)]
    window.show_home()
    problems += [("home", *pair) for pair in _names_and_descriptions(window)]
    assert [p for p in problems if MNEMONIC.search(p[2])] == []


def test_settings_dialog_has_no_shortcut_markers_in_accessible_text(window, qapp, qtbot):
    from ombud_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(qapp.preferences, 30, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [p for p in _names_and_descriptions(dialog) if MNEMONIC.search(p[1])] == []


def test_a_combo_box_is_named_by_its_question_not_its_value(window):
    window.wizard.go_to("subject", "subject.country_of_birth")
    combo = window.findChild(QComboBox, "subject.country_of_birth")
    assert combo.currentText()
    interface = QAccessible.queryAccessibleInterface(combo)
    label = combo.parentWidget().label.text()
    assert interface.text(QAccessible.Text.Name) == label != combo.currentText()
    assert interface.text(QAccessible.Text.Value) == combo.currentText()
    assert interface.role() == QAccessible.Role.ComboBox
    options = interface.child(0)
    assert options is not None and options.childCount() == combo.count()
    # The country list is typed into: its typing field is a child, as in Qt's own.
    assert interface.childCount() == 2 and interface.child(1).object() is combo.lineEdit()
    assert interface.indexOfChild(interface.child(1)) == 1
    # "Open the list" stays an action a screen reader can press.
    actions = interface.actionInterface()
    assert QAccessibleActionInterface.showMenuAction() in actions.actionNames()
    actions.doAction(QAccessibleActionInterface.showMenuAction())
    assert combo.view().isVisible()
    combo.hidePopup()


def test_every_combo_box_on_every_page_is_named_by_its_question(window, qapp):
    qapp.set_language("es", remember=False)
    problems = []
    for page in every_page(window):
        for combo in page.findChildren(QComboBox):
            if not combo.isVisible():
                continue
            name = QAccessible.queryAccessibleInterface(combo).text(QAccessible.Text.Name)
            if not name or name == combo.currentText():
                problems.append((page.page_id, combo.objectName(), name))


def test_fields_of_repeated_groups_are_named_with_their_group(window, qapp):
    qapp.set_language("es", remember=False)
    window.wizard.go_to("filings")
    second = window.findChild(QLineEdit, "filings.1.receipt_number")
    item = catalog.translate("formspec", "Application or petition", "es")
    assert accessible_name(second).startswith(f"{item} 2: ")
    first = window.findChild(QLineEdit, "filings.0.receipt_number")
    assert accessible_name(first).startswith(f"{item} 1: ")
    label = first.parentWidget().label.text()
    assert accessible_name(first) == f"{item} 1: {label}"


def test_review_answers_are_reachable_question_and_answer_pairs(window, qapp):
    qapp.set_language("es", remember=False)
    window.wizard.go_to("review")
    page = window.wizard.current_page()
    answers = [w for w in focusable_widgets(page) if isinstance(w, QLabel)]
    assert len(answers) > 20
    for answer in answers:
        question = answer.parentWidget().findChildren(QLabel)
        assert accessible_name(answer).endswith(": " + " ".join(answer.text().split()))
        assert any(q.buddy() is answer for q in question), answer.text()
    birth = next(a for a in answers if a.text() == "04/17/1988")
    spanish = catalog.translate("formspec", "Date of birth", "es")
    assert accessible_name(birth) == f"{spanish}: 04/17/1988"  # AT-SPI reads only the name
    # Tab reaches them, in the order they are read.
    assert answers[0].focusPolicy() & Qt.FocusPolicy.TabFocus


def test_english_review_page_says_each_question_once(window):
    window.wizard.go_to("review")
    texts = [label.text() for label in window.wizard.current_page().findChildren(QLabel)]
    assert not [t for t in texts if "\n[" in t]


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_shown_label_is_read_as_its_text(window, qapp, language):
    """AT-SPI reads nothing of a Qt label but its name: a label named "Message" or "Save
    status" hides what it shows. (The review page's answers say their question too.)"""
    qapp.set_language(language, remember=False)
    problems = []
    for page in every_page(window):
        for label in window.findChildren(QLabel):
            text = _words(label.text())
            if not label.isVisible() or not text or label.textFormat() == Qt.TextFormat.RichText:
                continue
            name = _words(accessible_name(label))
            if name != _words(text.replace("&", "")) and text not in name:
                problems.append((page.page_id, label.objectName(), name, text))

    assert problems == [], "\n".join(map(str, problems))


def test_first_run_errors_are_announced_and_read_by_their_text(qtbot, tmp_path, qapp, said):
    from tests.i18n.test_entry_screens import _first_run

    screen = _first_run(qtbot, tmp_path)
    screen.passphrase.setText("short")
    screen.create_button.click()
    message = screen.message.text()
    assert message and said == [message]
    assert accessible_name(screen.message) == message
