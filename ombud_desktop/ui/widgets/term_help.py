"""The terms of art a question uses, each explained one click or key away: a small
"What is “VAWA”?" button under the question shows (or hides) two lines about it."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ombud_desktop.core.glossary import Term
from ombud_desktop.ui.texts import glossary_text
from ombud_desktop.ui.widgets.blocks import paragraph
from ombud_desktop.ui.widgets.flow_layout import FlowLayout


class TermHelp(QWidget):
    def __init__(self, terms: list[Term], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}:terms")
        self.terms = terms
        self.buttons: list[QPushButton] = []
        self.explanation = paragraph()
        self.explanation.setObjectName(f"{name}:term_explanation")
        self.explanation.hide()
        row = FlowLayout()  # several terms in one row wrap at 200% text, never scroll sideways
        for term in terms:
            button = QPushButton()
            button.setObjectName(f"{name}:term:{term.id}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setFlat(True)
            button.toggled.connect(lambda on, t=term, b=button: self._show(t, b, on))
            row.addWidget(button)
            self.buttons.append(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addWidget(self.explanation)
        self._shown: Term | None = None
        self.retranslate()

    def _show(self, term: Term, button: QPushButton, on: bool) -> None:
        if on:
            for other in self.buttons:  # one explanation at a time
                if other is not button and other.isChecked():
                    other.setChecked(False)
            self._shown = term
        elif self._shown is term:
            self._shown = None
        self.retranslate()

    def retranslate(self) -> None:
        for term, button in zip(self.terms, self.buttons, strict=True):
            name = glossary_text(term.name)
            button.setText(self.tr("What is “%1”?").replace("%1", name))
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(self.tr("Shows or hides a short explanation."))
        if self._shown is None:
            self.explanation.clear()
            self.explanation.hide()
        else:
            self.explanation.setText(glossary_text(self._shown.explanation))
            self.explanation.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
