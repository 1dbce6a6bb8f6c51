"""The country and US state picker: names in the person's language, in that language's
alphabetical order, found by typing the start of any word of the name (with or without
accents, in that language or in English). The answer stored is the ISO or postal code;
the printed form shows the English name."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QAbstractItemModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ombud_desktop.core import normalise, places
from ombud_desktop.core.spec_types import Answer, Kind
from ombud_desktop.ui.field_widgets import FieldEditor, Shown

Index = QModelIndex | QPersistentModelIndex
WORD = "\x01"  # marks where a word starts in a search key


def fold(text: str) -> str:
    """Text for matching what a person types: lower case, accents and Arabic vowel marks
    dropped ("México", "mexico" and "MEXICO" all give "mexico")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_key(*names: str) -> str:
    """ "Costa Rica" -> "\\x01costa \\x01rica": typed letters match from a word's start
    (after a space, hyphen, bracket or apostrophe, and after the Arabic article "ال")."""
    keys = []
    for name in names:
        marked = WORD + re.sub(r"([\s\-(/'’])", r"\1" + WORD, fold(name))
        keys.append(re.sub(WORD + "ال", WORD + "ال" + WORD, marked))
    return "\n".join(keys)


def typed_pattern(typed: str) -> str:
    """What to look for in search keys: Chinese and Korean, written without spaces, match
    anywhere; other scripts from the start of a word."""
    if any(unicodedata.east_asian_width(ch) in "WF" for ch in typed):
        return fold(typed.strip())
    return WORD + fold(typed.strip()).replace(" ", " " + WORD) if typed.strip() else ""


class _Matches(QSortFilterProxyModel):
    """The places a typed text finds: names that begin with it first, then names whose
    English name does, then names with a later word that begins with it, each group in
    the list's alphabetical order.

    It looks at the combo box's list from the first letter typed on: every row added or
    changed while it looks costs a call of filterAcceptsRow here, and a page builds
    several lists of 250 places before anyone types."""

    def __init__(self, parent: QWidget, places: QAbstractItemModel) -> None:
        super().__init__(parent)
        self._pattern = ""
        self._places = places
        self._make_keys: Callable[[], dict[str, str]] = dict
        self._keys: dict[str, str] | None = None

    def use_keys(self, make_keys: Callable[[], dict[str, str]]) -> None:
        """Where the search keys of the listed places come from (code -> key): asked the
        first time someone types, not when the list is filled."""
        self._make_keys, self._keys = make_keys, None

    def find(self, typed: str) -> None:
        self._pattern = typed_pattern(typed)
        if self.sourceModel() is None:
            self.setSourceModel(self._places)  # filters and sorts with the pattern
        else:
            self.invalidate()

    @contextmanager
    def paused(self) -> Iterator[None]:
        """While the list is refilled: looked at again, once, when it is done."""
        looking = self.sourceModel() is not None
        if looking:
            self.setSourceModel(None)  # type: ignore[arg-type]  # Qt takes no model
        try:
            yield
        finally:
            if looking:
                self.setSourceModel(self._places)

    def _key(self, index: Index) -> str:
        if self._keys is None:
            self._keys = self._make_keys()
        return self._keys.get(str(index.data(Qt.ItemDataRole.UserRole)), "")

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        key = self._key(self.sourceModel().index(row, 0, parent))
        return bool(self._pattern) and self._pattern in key

    def lessThan(self, left: Index, right: Index) -> bool:
        return (self._rank(left), left.row()) < (self._rank(right), right.row())

    def _rank(self, index: Index) -> int:
        """0: the name as shown begins with it; 1: its English name does; 2: a later word."""
        key = self._key(index)
        if key.startswith(self._pattern):
            return 0
        return 1 if f"\n{self._pattern}" in key else 2


Names = tuple[tuple[str, str], ...]  # (code, name in the person's language) of each place


@functools.lru_cache(maxsize=8)
def _listing(names: Names) -> list[tuple[str, str]]:
    """(code, name) of each place in the language's alphabetical order. Made once per
    language, not for each of a page's pickers."""
    shown = dict(names)
    order = functools.cmp_to_key(QCollator(QLocale()).compare)
    return [(code, shown[code]) for code in sorted(shown, key=lambda code: order(shown[code]))]


def _english(kind: Kind) -> dict[str, str]:
    return places.COUNTRIES if kind == Kind.COUNTRY else places.US_STATES


@functools.lru_cache(maxsize=8)
def _search_keys(kind: Kind, names: Names) -> dict[str, str]:
    """Each place's search key (its name as shown and in English), made when someone
    first types: folding 500 names was most of the subject page's build time."""
    english = _english(kind)
    return {code: search_key(name, english[code]) for code, name in names}


@functools.lru_cache(maxsize=8)
def _codes_by_name(kind: Kind, names: Names) -> dict[str, str]:
    """Each folded name (shown or English) -> its code, for reading what was typed."""
    by_name = {fold(name): code for code, name in _english(kind).items()}
    by_name.update({fold(name): code for code, name in names})
    return by_name


class _NameCompleter(QCompleter):
    """Shows _Matches as they are; choosing one puts the name as shown into the box."""

    def pathFromIndex(self, index: Index) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class PlaceEditor(FieldEditor):
    """Country or US state: pick by name in the person's language (type a few letters to
    find it), or keep free text as typed. The answer stored is the ISO or postal code."""

    def _make_input(self) -> QWidget:
        self._shown: dict[str, str] = {}  # code -> name as listed now
        self._names: Names = ()  # the same, as the caches above take it
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Not as wide as the longest of 250 names: at 200% text that widened the page.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        self.matches = _Matches(combo, combo.model())
        self.matches.sort(0)
        line = combo.lineEdit()
        assert line is not None
        # Before the completer looks (it reacts after textEdited): the matches are ready.
        line.textEdited.connect(self.matches.find)
        completer = _NameCompleter(self.matches, combo)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        combo.editTextChanged.connect(self._emit_changed)
        return combo

    def retranslate(self) -> None:
        super().retranslate()
        from ombud_desktop.ui.texts import place_names

        names = place_names(self.field.kind)
        if names != self._shown:  # a new language: new names, in its alphabetical order
            self._fill(names)

    def _fill(self, names: dict[str, str]) -> None:
        combo = self.input
        assert isinstance(combo, QComboBox)
        kept = self.value()
        kind, listed = self.field.kind, tuple(names.items())
        self._loading = True
        try:
            with self.matches.paused():
                combo.clear()
                combo.addItem("", None)
                for code, name in _listing(listed):
                    combo.addItem(name, code)
            self.matches.use_keys(lambda: _search_keys(kind, listed))
            self._shown, self._names = names, listed
            self._show_value(kept)
        finally:
            self._loading = False

    def value(self) -> Answer:
        assert isinstance(self.input, QComboBox)
        text = self.input.currentText().strip()
        if not text:
            return None
        code = _codes_by_name(self.field.kind, self._names).get(fold(text))
        return code or normalise.normalise(self.field.kind, text)

    def _show_value(self, value: Shown) -> None:
        assert isinstance(self.input, QComboBox)
        name = self._shown.get(value) if isinstance(value, str) else None
        index = self.input.findData(value) if name is not None else 0
        self.input.setCurrentIndex(max(index, 0))
        self.input.setEditText(name if name is not None else "" if value is None else str(value))
