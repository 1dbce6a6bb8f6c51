"""What screen readers are told beyond Qt's defaults: a page change is announced with the
page's title and first sentence, and a drop-down list is named by its question.

Qt names a combo box by its current value on Linux (QAccessibleComboBox returns the value
as the name there, for AT-SPI readers that take the label from a relation); a blind
volunteer tabbing through the form then hears "Mexico, combo box" with no question. The
interface below names it by its accessible name (the question) and keeps the value and
the list of options.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAnnouncementEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAccessibleWidget, QComboBox, QWidget
from shiboken6 import Shiboken

# End of a sentence in the app's languages: Latin and Cyrillic full stops and question
# marks, the Chinese/Japanese full stop, the Arabic question mark.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？؟])")


def without_mnemonic(text: str) -> str:
    """`text` as said aloud: no '&' shortcut marker ("&Email" -> "Email", "&&" -> "&")."""
    return re.sub(r"&(.)", r"\1", text)


def labelled(label: str, value: str) -> str:
    """A value said with what it is ("Fax: 202-357-0042"): the accessible name of a label
    showing a value (AT-SPI reads a label's name, never its text)."""
    pair = QCoreApplication.translate("Accessibility", "%1: %2")
    return pair.replace("%2", " ".join(value.split())).replace("%1", label.rstrip(":： "))


def first_sentence(text: str) -> str:
    """The first sentence of `text` (all of it when it has only one)."""
    text = " ".join(text.split())
    return _SENTENCE_END.split(text, maxsplit=1)[0].strip() if text else ""


def page_announcement(title: str, intro: str) -> str:
    """What is said when a page opens: its title, then the first sentence of its intro."""
    sentence = first_sentence(intro)
    if not sentence:
        return title
    joiner = "" if title.endswith((".", "。", "?", "؟", ":")) else "."
    return f"{title}{joiner} {sentence}"


def announce(source: QWidget, text: str) -> None:
    """Ask screen readers to say `text` now (AT-SPI's object:announcement)."""
    if text:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(source, text))


class ComboBoxAccessible(QAccessibleWidget):
    """A combo box named by its question: name = accessible name, value = current text;
    its list of options (and the typing field of an editable one) as children, and the
    "open the list" action, as Qt's own interface has them."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo, QAccessible.Role.ComboBox)
        self._combo = combo

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name and self._combo.accessibleName():
            return self._combo.accessibleName()
        if kind in (QAccessible.Text.Name, QAccessible.Text.Value):
            return self._combo.currentText()
        return super().text(kind)

    def _parts(self) -> list[QWidget]:
        editor = self._combo.lineEdit() if self._combo.isEditable() else None
        return [self._combo.view(), *([editor] if editor is not None else [])]

    def childCount(self) -> int:
        return len(self._parts())

    def child(self, index: int) -> QAccessibleInterface:
        parts = self._parts()
        return QAccessible.queryAccessibleInterface(parts[min(index, len(parts) - 1)])

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        target = child.object() if child is not None else None
        return next((i for i, part in enumerate(self._parts()) if part is target), -1)

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.showMenuAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.showMenuAction():
            self._combo.showPopup()
        else:
            super().doAction(name)


# Qt's accessibility cache owns the interfaces and deletes them with their widget; the
# Python wrappers are kept here until then (a collected wrapper would delete an interface
# the cache still uses), and dropped once Qt has deleted them.
_made: list[ComboBoxAccessible] = []


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QComboBox):
        return None
    _made[:] = [made for made in _made if Shiboken.isValid(made)]
    interface = ComboBoxAccessible(obj)
    _made.append(interface)
    return interface


_installed: list[bool] = []


def install() -> None:
    """Use the interfaces above for every widget made from now on (once per process)."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)
