"""The list of applications and petitions (Edition A item 5): one box per filing with the
form spec's filing fields, Add and Remove buttons, and paste tolerance: pasting several
receipt numbers into one box makes one row each."""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ombud_desktop.core.spec_types import Section
from ombud_desktop.ui.editor_choice import make_editor
from ombud_desktop.ui.field_widgets import FieldEditor
from ombud_desktop.ui.texts import spec_text

RECEIPT_PATTERN = re.compile(r"[A-Z]{3}[0-9]{10}")


def split_receipt_numbers(text: str) -> list[str]:
    """Every receipt number in pasted text ("EAC-219-000-0001, LIN2190000002" -> 2)."""
    return RECEIPT_PATTERN.findall(re.sub(r"[^A-Z0-9]", "", text.upper()))


class FilingBox(QGroupBox):
    remove_requested = Signal(int)

    def __init__(self, section: Section, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.section = section
        self.setObjectName(f"{section.id}.{index}")
        layout = QVBoxLayout(self)
        self.editors: list[FieldEditor] = []
        for field in section.fields:
            if field.managed:
                continue
            editor = make_editor(field, field.path(index))
            layout.addWidget(editor)
            self.editors.append(editor)
        row = QHBoxLayout()
        row.addStretch(1)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName(f"{section.id}.{index}:remove")
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.index))
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        item = spec_text(self.section.item_label)
        self.setTitle(f"{item} {self.index + 1}")
        self.remove_button.setText(
            self.tr("Remove %1 %2").replace("%1", item).replace("%2", str(self.index + 1))
        )
        self.remove_button.setAccessibleName(self.remove_button.text())
        self.remove_button.setAccessibleDescription(
            self.tr("Takes this row out of the list. The other rows keep their answers.")
        )
