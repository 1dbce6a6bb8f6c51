"""One editor per form-spec field, chosen by the field's kind.

The input widget's objectName is the concrete field id ("subject.first_name",
"filings.0.receipt_number") so tests, the review page's edit links and screen-reader
scripts can find it; its accessible name and description are the field's label and help.
Findings from the core appear under the input in a label that screen readers announce.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TypeAlias

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ombud_desktop.core import formspec, normalise
from ombud_desktop.core.dates import format_date
from ombud_desktop.core.findings import Finding
from ombud_desktop.core.json_types import JsonValue
from ombud_desktop.core.spec_types import Answer, Field, Kind
from ombud_desktop.ui.accessibility import announce
from ombud_desktop.ui.texts import finding_text, spec_text
from ombud_desktop.ui.widgets.blocks import mark_finding

# What an editor is asked to show: a stored answer of any JSON type (an answers file may
# hold the wrong one; each editor shows what it can) or one an editor made.
Shown: TypeAlias = "JsonValue | Answer"


def _english_interface() -> bool:
    from ombud_desktop.ui.language_runtime import current_language

    return current_language().code == "en"


class FieldEditor(QWidget):
    """Label, help, input and findings of one field. Subclasses provide the input."""

    changed = Signal(str)  # the concrete field id

    def __init__(self, field: Field, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.path = path
        self._loading = False
        self._required = False
        self.setObjectName(f"editor:{path}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.help.setObjectName("field_help")
        self.finding = QLabel()
        self.finding.setWordWrap(True)
        self.finding.setTextFormat(Qt.TextFormat.PlainText)
        self.finding.hide()  # its accessible name is its text: read again with the cursor
        layout.addWidget(self.label)
        layout.addWidget(self.help)
        self.input = self._make_input()
        if not self.input.objectName():
            self.input.setObjectName(path)
        layout.addWidget(self.input)
        self._add_term_help(layout)  # under the answer: after a check box's own question
        layout.addWidget(self.finding)
        self.label.setBuddy(self.focus_target())
        self._findings_text = ""
        self._stale = False
        self.retranslate()

    def _add_term_help(self, layout: QVBoxLayout) -> None:
        """Terms of art in the question, each explained a click or a key away."""
        from ombud_desktop.core.glossary import terms_in
        from ombud_desktop.ui.widgets.term_help import TermHelp

        field = self.field
        terms = terms_in(field.label, field.help, *(c.label for c in field.choices))
        if terms:
            layout.addWidget(TermHelp(terms, self.path))

    # --- for subclasses ---------------------------------------------------------------
    def _make_input(self) -> QWidget:
        raise NotImplementedError

    def value(self) -> Answer:
        raise NotImplementedError

    def _show_value(self, value: Shown) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """The widget that gets keyboard focus when the person is sent to this field."""
        return self.input

    def focus_chain(self) -> list[QWidget]:
        """Focusable widgets of this editor in visual order (for the page's tab order)."""
        return [self.focus_target()]

    # --- shared -----------------------------------------------------------------------
    def set_value(self, value: Shown) -> None:
        """Show a stored answer without reporting it as a change."""
        self._loading = True
        try:
            self._show_value(value)
        finally:
            self._loading = False

    def _emit_changed(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit(self.path)

    def set_required(self, required: bool) -> None:
        if required != self._required:
            self._required = required
            self.retranslate()

    def retranslate(self) -> None:
        label = spec_text(self.field.label)
        shown = label
        if self._required and self.field.required_severity == "error":
            shown = self.tr("%1 (required)").replace("%1", label)
        elif self._required:  # its message says "worth answering": the mark agrees
            shown = self.tr("%1 (worth answering)").replace("%1", label)
        self.label.setText(shown)
        help_text = spec_text(self.field.help)
        if self.field.kind == Kind.LONG_TEXT and not _english_interface():
            # Said under every free-text answer when the app is not in English.
            guidance = self.tr(
                "The Ombudsman reads English. If you can, write this answer in English or ask "
                "someone to help you. An answer in your own language is still better than no "
                "answer."
            )
            help_text = f"{help_text}\n{guidance}".strip()
        self.help.setText(help_text)
        self.help.setVisible(bool(help_text))
        target = self.focus_target()
        target.setAccessibleName(self.group_prefix() + shown)
        description = spec_text(self.field.help)
        if self._findings_text:
            description = f"{self._findings_text} {description}".strip()
        target.setAccessibleDescription(description)
        typing = target.lineEdit() if isinstance(target, QComboBox) else None
        if typing is not None:  # where the focus goes in a list one can type into
            typing.setAccessibleName(target.accessibleName())
            typing.setAccessibleDescription(description)
        if self.field.example and isinstance(self.input, QLineEdit):
            # Said as an example, in the placeholder's lighter colour: never taken for an
            # answer already given.
            self.input.setPlaceholderText(
                self.tr("for example %1").replace("%1", spec_text(self.field.example))
            )

    def group_prefix(self) -> str:
        """In a repeated group, which one ("Application 2: "), so a field's name says
        where it is when heard alone; empty elsewhere."""
        head, _, rest = self.path.partition(".")
        index = rest.partition(".")[0]
        if not self.field.in_list or not index.isdigit():
            return ""
        item = spec_text(formspec.section(head).item_label)
        return f"{item} {int(index) + 1}: "

    def show_findings(self, findings: list[Finding]) -> None:
        """Show the core's findings for this field; announce new ones to screen readers."""
        errors = [f for f in findings if f.severity == "error"]
        ordered = errors + [f for f in findings if f.severity != "error"]
        text = "\n".join(finding_text(f) for f in ordered)
        if text == self._findings_text and not self._stale:
            return
        self._stale = False
        self._findings_text = text
        self.finding.setText(text)
        mark_finding(self.finding, "finding_error" if errors else "finding_warning")
        self.finding.setVisible(bool(text))
        self.retranslate()
        announce(self.finding, text)

    def findings_text(self) -> str:
        return self._findings_text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._stale = True  # the page shows the findings again, translated
            self.retranslate()
        super().changeEvent(event)


class LineEditor(FieldEditor):
    def __init__(self, field: Field, path: str, parent: QWidget | None = None) -> None:
        self.echo: QLabel | None = None
        super().__init__(field, path, parent)
        if field.kind == Kind.DATE:
            # The typed date said back in words ("9 de agosto de 2026"), so a day and
            # month swapped by habit show at once.
            self.echo = QLabel()
            self.echo.setObjectName(f"{path}:in_words")
            self.echo.setTextFormat(Qt.TextFormat.PlainText)
            self.echo.setWordWrap(True)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self.input) + 1, self.echo)
            self._echo_date()

    def _echo_date(self) -> None:
        if self.echo is None:
            return
        value = self.value()
        day = QDate.fromString(value, Qt.DateFormat.ISODate) if isinstance(value, str) else None
        if day is None or not day.isValid():
            self.echo.clear()
            self.echo.hide()
            return
        self.echo.setText(QLocale().toString(day, QLocale.FormatType.LongFormat))
        self.echo.show()

    def _make_input(self) -> QWidget:
        edit = QLineEdit()
        edit.textEdited.connect(self._edited)
        if self.field.kind == Kind.FORM_NUMBER:
            from ombud_desktop.core.formspec import COMMON_FORMS

            edit.setCompleter(QCompleter(list(COMMON_FORMS), edit))
        if self.field.kind == Kind.NUMBER:
            validator = QDoubleValidator(0, 10_000, 1, edit)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            edit.setValidator(validator)
        return edit

    def _edited(self, text: str) -> None:
        if self.field.kind == Kind.RECEIPT_NUMBER:
            # Live clean-up: capitals as typed; a complete number loses spaces and dashes.
            clean = normalise.normalise_receipt_number(text) or text.upper()
            if clean != text:
                edit = self.input
                assert isinstance(edit, QLineEdit)
                cursor = edit.cursorPosition() - (len(text) - len(clean))
                edit.setText(clean)
                edit.setCursorPosition(max(0, cursor))
        self._echo_date()
        self._emit_changed()

    def value(self) -> Answer:
        assert isinstance(self.input, QLineEdit)
        text = self.input.text()
        if not text.strip():
            return None
        if self.field.kind == Kind.NUMBER:
            try:
                number = float(text)
            except ValueError:
                return text
            return int(number) if number.is_integer() else number
        # The stored form (ISO dates, 9-digit A-Numbers ...) or, when it cannot be read,
        # exactly what was typed: validation then explains.
        return normalise.normalise(self.field.kind, text)

    def _show_value(self, value: Shown) -> None:
        assert isinstance(self.input, QLineEdit)
        if value is None:
            self.input.setText("")
        elif self.field.kind == Kind.DATE:
            self.input.setText(format_date(value))
        else:
            self.input.setText(str(value))
        self._echo_date()

    def retranslate(self) -> None:
        super().retranslate()
        if self.field.kind == Kind.DATE and isinstance(self.input, QLineEdit):
            self.input.setPlaceholderText(self.tr("mm/dd/yyyy"))
            self._echo_date()  # the month's name in the new language


class LongTextEditor(FieldEditor):
    def _make_input(self) -> QWidget:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)  # Tab moves on: keyboard users are never trapped
        edit.setMinimumHeight(90)
        edit.textChanged.connect(self._emit_changed)
        return edit

    def value(self) -> Answer:
        assert isinstance(self.input, QPlainTextEdit)
        text = self.input.toPlainText()
        return text if text.strip() else None

    def _show_value(self, value: Shown) -> None:
        assert isinstance(self.input, QPlainTextEdit)
        self.input.setPlainText("" if value is None else str(value))


OPTION_LINE_WIDTH = 46  # in Latin letters; a wide (CJK) character counts as two


def wrap_option(text: str, width: int = OPTION_LINE_WIDTH) -> str:
    """Break a long option label into lines: radio buttons and check boxes do not wrap,
    and one long line would make the page scroll sideways at large text sizes."""
    lines: list[str] = []
    line, used = "", 0
    tokens = re.findall(
        r"[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]|\S+\s*", text
    )
    for token in tokens:
        size = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in token.rstrip())
        if line and used + size > width:
            lines.append(line.rstrip())
            line, used = "", 0
        line += token
        used += size + (len(token) - len(token.rstrip()))
    lines.append(line.rstrip())
    return "\n".join(lines)


class _ClickableLabel(QLabel):
    """The text beside a check box: clicking it toggles the box, as a box's own text
    would, but it wraps long text instead of widening the page (200% text, translations)."""

    def __init__(self, box: QCheckBox) -> None:
        super().__init__()
        self._box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._box.toggle()


def check_row(name: str) -> tuple[QWidget, QCheckBox, _ClickableLabel]:
    """A check box named `name` with a wrapping, clickable label beside it."""
    row = QWidget()
    row.setObjectName(f"row:{name}")
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    box = QCheckBox()
    box.setObjectName(name)
    text = _ClickableLabel(box)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(text, 1)
    return row, box, text


class BoolEditor(FieldEditor):
    """A check box; an untouched box stays unanswered rather than "no"."""

    def _make_input(self) -> QWidget:
        row, self.box, self.question = check_row(self.path)
        self.box.toggled.connect(self._emit_changed)
        self._touched = False
        return row

    def focus_target(self) -> QWidget:
        return self.box

    def value(self) -> Answer:
        if self.box.isChecked():
            return True
        return False if self._touched else None

    def _emit_changed(self, *args: object) -> None:
        if not self._loading:
            self._touched = True
        super()._emit_changed(*args)

    def _show_value(self, value: Shown) -> None:
        self._touched = value is not None
        self.box.setChecked(value is True)

    def retranslate(self) -> None:
        super().retranslate()
        self.label.hide()  # the question sits beside the box instead
        self.question.setText(self.label.text())
        layout = self.layout()
        if isinstance(layout, QVBoxLayout) and layout.indexOf(self.help) < layout.indexOf(
            self.input
        ):
            layout.removeWidget(self.help)  # question first, then why it is asked
            layout.insertWidget(layout.indexOf(self.input) + 1, self.help)


class ChoiceEditor(FieldEditor):
    """Few options: radio buttons (all visible at once); many: a drop-down list."""

    RADIO_LIMIT = 4

    def _make_input(self) -> QWidget:
        self._radios: list[QRadioButton] = []
        if len(self.field.choices) <= self.RADIO_LIMIT:
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(12, 0, 0, 0)
            self._group = QButtonGroup(box)
            for index, choice in enumerate(self.field.choices):
                radio = QRadioButton()
                radio.setObjectName(f"{self.path}:{choice.code}")
                self._group.addButton(radio, index)
                layout.addWidget(radio)
                self._radios.append(radio)
            self._group.idToggled.connect(self._radio_toggled)
            return box
        combo = QComboBox()
        combo.addItem("", None)
        for choice in self.field.choices:
            combo.addItem("", choice.code)
        combo.currentIndexChanged.connect(self._emit_changed)
        return combo

    def _radio_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._emit_changed()

    def focus_target(self) -> QWidget:
        if self._radios:
            checked = next((r for r in self._radios if r.isChecked()), None)
            return checked or self._radios[0]
        return self.input

    def focus_chain(self) -> list[QWidget]:
        # Radio buttons of one group are one tab stop; arrow keys move inside it.
        return [self.focus_target()]

    def value(self) -> Answer:
        if self._radios:
            index = self._group.checkedId()
            return self.field.choices[index].code if index >= 0 else None
        assert isinstance(self.input, QComboBox)
        return self.input.currentData()

    def _show_value(self, value: Shown) -> None:
        codes = self.field.choice_codes()
        if self._radios:
            self._group.setExclusive(False)
            for radio, code in zip(self._radios, codes, strict=True):
                radio.setChecked(code == value)
            self._group.setExclusive(True)
            return
        assert isinstance(self.input, QComboBox)
        self.input.setCurrentIndex(codes.index(value) + 1 if value in codes else 0)

    def retranslate(self) -> None:
        super().retranslate()
        question = self.label.text()
        for choice, radio in zip(self.field.choices, self._radios, strict=False):
            # Each radio is named by its option and described by the question.
            radio.setText(wrap_option(spec_text(choice.label)))
            radio.setAccessibleName(spec_text(choice.label))
            radio.setAccessibleDescription(f"{question}. {spec_text(choice.help)}".strip(". "))
        if self._radios:
            self.input.setAccessibleName(self.group_prefix() + question)
        elif isinstance(self.input, QComboBox):
            self.input.setItemText(0, self.tr("(choose one)"))
            for index, choice in enumerate(self.field.choices, start=1):
                self.input.setItemText(index, spec_text(choice.label))


class MultiChoiceEditor(FieldEditor):
    def _make_input(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 0, 0, 0)
        self._boxes: list[QCheckBox] = []
        self._texts: list[QLabel] = []
        for choice in self.field.choices:
            row, check, text = check_row(f"{self.path}:{choice.code}")
            check.toggled.connect(self._emit_changed)
            layout.addWidget(row)
            self._boxes.append(check)
            self._texts.append(text)
        return box

    def focus_target(self) -> QWidget:
        return self._boxes[0] if self._boxes else self.input

    def focus_chain(self) -> list[QWidget]:
        return list(self._boxes)

    def value(self) -> Answer:
        codes = [
            c.code for c, b in zip(self.field.choices, self._boxes, strict=True) if b.isChecked()
        ]
        return codes or None

    def _show_value(self, value: Shown) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for choice, check in zip(self.field.choices, self._boxes, strict=True):
            check.setChecked(choice.code in chosen)

    def retranslate(self) -> None:
        super().retranslate()
        question = self.label.text()
        self.input.setAccessibleName(self.group_prefix() + question)
        for choice, check, text in zip(self.field.choices, self._boxes, self._texts, strict=True):
            text.setText(spec_text(choice.label))
            check.setAccessibleName(spec_text(choice.label))
            check.setAccessibleDescription(f"{question}. {spec_text(choice.help)}".strip(". "))


def editor_row(*editors: FieldEditor) -> QWidget:
    """Short fields side by side (first / middle / last name)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for editor in editors:
        layout.addWidget(editor, 1)
    return row
