"""Country and US state pickers in the person's language: names from the catalogue,
that language's alphabetical order, found by a few typed letters (accents optional), the
ISO or postal code stored, the choice kept through a language switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox

from ombud_desktop.core import formspec
from ombud_desktop.i18n import catalog
from ombud_desktop.ui.editor_choice import make_editor
from ombud_desktop.ui.language_runtime import apply_language
from ombud_desktop.ui.place_picker import PlaceEditor, fold


def _picker(qtbot, field_id: str) -> tuple[PlaceEditor, QComboBox]:
    editor = make_editor(formspec.field(field_id))
    qtbot.addWidget(editor)
    assert isinstance(editor, PlaceEditor) and isinstance(editor.input, QComboBox)
    return editor, editor.input


def _listed(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(1, combo.count())]


def _switch(qapp, code: str) -> None:
    apply_language(code)
    qapp.processEvents()  # LanguageChange is posted to the widgets


def test_names_follow_the_language_and_its_alphabetical_order(qtbot, qapp, english_afterwards):
    _editor, combo = _picker(qtbot, "subject.country_of_birth")
    english = _listed(combo)
    assert len(english) == 249 and english.index("Åland Islands") < 5  # not last, as by code
    _switch(qapp, "fr")
    french = _listed(combo)
    assert "Mexique" in french and "Allemagne" in french and "Mexico" not in french
    assert french.index("Égypte") < french.index("Espagne") < french.index("États-Unis")
    _switch(qapp, "zh_CN")
    assert "墨西哥" in _listed(combo)
    # "Georgia" is two places: the country and the state have their own names.
    assert "格鲁吉亚" in _listed(combo)
    _state, state_combo = _picker(qtbot, "subject.address.state")
    assert "佐治亚州" in _listed(state_combo) and "格鲁吉亚" not in _listed(state_combo)


def test_chosen_name_is_stored_as_the_code_and_survives_switching(qtbot, qapp, english_afterwards):
    _switch(qapp, "es")
    editor, combo = _picker(qtbot, "subject.country_of_citizenship")
    changes: list[str] = []
    editor.changed.connect(changes.append)
    combo.setCurrentIndex(combo.findText("Alemania"))
    assert editor.value() == "DE" and changes
    changes.clear()
    _switch(qapp, "ar")
    assert combo.currentText() == "ألمانيا" and editor.value() == "DE"
    _switch(qapp, "en")
    assert combo.currentText() == "Germany" and editor.value() == "DE"
    assert changes == []  # retranslating is not an edit: nothing to save


def _offered(combo: QComboBox) -> list[str]:
    model = combo.completer().completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _found(combo: QComboBox, typed: str) -> list[str]:
    """What the type-to-find list offers after `typed` arrives as an input method commits
    text (any script; QTest types ASCII only)."""
    line = combo.lineEdit()
    line.clear()
    event = QInputMethodEvent()
    event.setCommitString(typed)
    QApplication.sendEvent(line, event)
    return _offered(combo)


def test_typed_letters_find_a_place_without_accents(qtbot, qapp, english_afterwards):
    _switch(qapp, "es")
    editor, combo = _picker(qtbot, "subject.country_of_birth")
    completer = combo.completer()
    qtbot.keyClicks(combo.lineEdit(), "mexi")
    assert _offered(combo) == ["México"]
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)  # the first match, as a person would
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert combo.currentText() == "México" and editor.value() == "MX"
    combo.setEditText("")
    qtbot.keyClicks(combo.lineEdit(), "peru")  # typed without the accent of "Perú"
    assert _offered(combo) == ["Perú"]
    assert editor.value() == "PE"  # a name typed in full counts without picking it
    combo.setEditText("germany")  # the English name works in any language
    assert editor.value() == "DE"


def test_typed_letters_match_the_start_of_a_word_best_first(qtbot, qapp, english_afterwards):
    _switch(qapp, "es")
    _editor, combo = _picker(qtbot, "subject.country_of_birth")
    found = _found(combo, "ma")
    assert "Islas Marshall" in found and "Madagascar" in found and "Alemania" not in found
    # Names that begin with the letters come first, then those with a later word.
    assert found[0] == "Macao" and found.index("Marruecos") < found.index(
        "Islas Maldivas"
    ) < found.index("Costa de Marfil")
    assert _found(combo, "bissau") == ["Guinea-Bisáu"]
    assert _found(combo, "costa ri") == ["Costa Rica"]
    _switch(qapp, "ar")
    assert "المكسيك" in _found(combo, "مكسيك")  # with or without the article
    _switch(qapp, "zh_CN")
    assert _found(combo, "西哥") == ["墨西哥"]  # Chinese names match anywhere
    _switch(qapp, "vi")
    assert _found(combo, "Viet") == ["Việt Nam"]
    assert fold("Đức") == "duc" and fold("الصّين") == fold("الصين")


def test_free_text_that_is_no_place_is_kept_through_a_switch(qtbot, qapp, english_afterwards):
    editor, combo = _picker(qtbot, "subject.address.country")
    editor.set_value("Atlantis")
    _switch(qapp, "ru")
    assert combo.currentText() == "Atlantis" and editor.value() == "Atlantis"
    editor.set_value("US")
    assert combo.currentText() == "Соединённые Штаты"


def test_the_qt_free_catalogue_has_the_same_names():
    assert catalog.translate("countries", "Mexico", "es") == "México"
    assert catalog.translate("us_states", "New York", "pt") == "Nova York"
    assert catalog.translate("countries", "Mexico", "en") == "Mexico"
