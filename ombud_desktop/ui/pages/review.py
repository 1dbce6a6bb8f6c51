"""Review: every answer grouped as on the form, an edit link per group that jumps to the
page and field, and the readiness report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from ombud_desktop.core import formspec
from ombud_desktop.core.conditions import is_blank
from ombud_desktop.core.display import display_value
from ombud_desktop.core.spec_types import Kind, Section
from ombud_desktop.i18n.labels import question_with_form_label
from ombud_desktop.ui.accessibility import labelled
from ombud_desktop.ui.field_widgets import wrap_option
from ombud_desktop.ui.pages.base import WizardPage, heading, paragraph
from ombud_desktop.ui.texts import spec_text
from ombud_desktop.ui.widgets.processing_view import ProcessingTimeView
from ombud_desktop.ui.widgets.readiness_view import ReadinessView

if TYPE_CHECKING:
    from ombud_desktop.ui.pages.preview_panel import CasePdfPanel
    from ombud_desktop.ui.session import CaseSession

# Sections that have their own wizard page but are not printed on the form.
NOT_ON_FORM = frozenset({"screening"})


def answer_pair(question: QLabel, answer: QLabel, group: str) -> None:
    """An answer a keyboard reaches (Tab, or a screen reader's next-object key) and that
    is heard with its question: "Date of birth: 04/17/1988" (a label's name is all AT-SPI
    reads of it); the question label points to it. Read-only: the group's Change button
    edits."""
    answer.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    answer.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    spoken = " ".join(question.text().split("\n", 1)[0].split())
    answer.setAccessibleName(labelled(spoken, answer.text()))
    answer.setAccessibleDescription(group)
    question.setBuddy(answer)


class ReviewPage(WizardPage):
    page_id = "review"

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.intro = paragraph()
        self.layout_.addWidget(self.intro)
        # How long the application has waited, the request's strongest fact.
        self.processing_view = ProcessingTimeView(session, explain_missing=False)
        self.layout_.addWidget(self.processing_view)
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("review.show_pdf")
        self.pdf_button.setCheckable(True)
        self.pdf_button.toggled.connect(self._toggle_pdf)
        self.layout_.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.pdf_panel: CasePdfPanel | None = None  # made when first asked for (QtPdf loads then)
        self.readiness_heading = heading(2)
        self.readiness = ReadinessView()
        self.readiness.jump_requested.connect(self.jump_requested)
        self.layout_.addWidget(self.readiness_heading)
        self.layout_.addWidget(self.readiness)
        self.answers_heading = heading(2)
        self.layout_.addWidget(self.answers_heading)
        self.groups = QWidget()
        self.groups_layout = QGridLayout(self.groups)
        self.groups_layout.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.groups)
        self.layout_.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Review your answers")

    def first_focus(self) -> QWidget | None:
        return self.readiness.list if self.readiness.list.count() else self.findChild(QPushButton)

    def on_enter(self) -> None:
        self.processing_view.refresh()
        self.readiness.show_report(self.session.case)
        self._rebuild_groups()
        if self.pdf_button.isChecked() and self.pdf_panel is not None:
            self.pdf_panel.refresh()

    def _toggle_pdf(self, shown: bool) -> None:
        """The same PDF as the next step shows, here beside the answers it comes from."""
        if shown and self.pdf_panel is None:
            from ombud_desktop.ui.pages.preview_panel import CasePdfPanel

            self.pdf_panel = CasePdfPanel(self.session, self)
            self.pdf_panel.setObjectName("review.pdf")
            self.layout_.insertWidget(self.layout_.indexOf(self.pdf_button) + 1, self.pdf_panel)
        if self.pdf_panel is not None:
            self.pdf_panel.setVisible(shown)
            if shown:
                self.pdf_panel.refresh()
        self._retranslate_pdf_button()
        self.rows_changed.emit()  # Tab order: the panel's controls come after the button

    def _retranslate_pdf_button(self) -> None:
        if self.pdf_button.isChecked():
            text = self.tr("Hi&de the PDF")
            description = self.tr("Hides the PDF again; your answers stay as they are.")
        else:
            text = self.tr("&Show the PDF as it will be sent")
            description = self.tr(
                "Shows the form and your documents as one PDF, below this button."
            )
        self.pdf_button.setText(text)
        self.pdf_button.setAccessibleName(text.replace("&", ""))
        self.pdf_button.setAccessibleDescription(description)

    def _rebuild_groups(self) -> None:
        while self.groups_layout.count():
            item = self.groups_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        row = 0
        for section in formspec.SECTIONS:
            if section.id in NOT_ON_FORM:
                continue
            self.groups_layout.addWidget(self._group(section), row, 0)
            row += 1

    def _group(self, section: Section) -> QGroupBox:
        box = QGroupBox(spec_text(section.title))
        box.setObjectName(f"review.{section.id}")
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        case = self.session.case
        rows: list[tuple[str, str]] = []
        if section.repeating:
            for index, _item in enumerate(case.items(section.id)):
                for f in section.fields:
                    value = case.get(f.path(index))
                    if not is_blank(value) and not (f.managed and f.kind != Kind.NUMBER):
                        question = question_with_form_label(f, QCoreApplication.translate)
                        label = f"{spec_text(section.item_label)} {index + 1}: {question}"
                        rows.append((label, display_value(f, value, QCoreApplication.translate)))
        else:
            for f in section.fields:
                value = case.get(f.id)
                if not is_blank(value):
                    rows.append(
                        (
                            question_with_form_label(f, QCoreApplication.translate),
                            display_value(f, value, QCoreApplication.translate),
                        )
                    )
        if not rows:
            rows.append((self.tr("No answers yet"), ""))
        for number, (label, value) in enumerate(rows):
            name = QLabel(label)
            name.setWordWrap(True)
            name.setAlignment(Qt.AlignmentFlag.AlignTop)
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            if value:
                answer_pair(name, shown, box.title())
            else:
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, number, 0)
            grid.addWidget(shown, number, 1)
        change = self.tr("Change “%1”").replace("%1", spec_text(section.title))
        edit = QPushButton(wrap_option(change))  # long titles: two lines, not a wide page
        edit.setObjectName(f"review.{section.id}:edit")
        edit.setAccessibleName(change)
        edit.setAccessibleDescription(self.tr("Goes to this step to change these answers."))
        first = self._first_field(section)
        edit.clicked.connect(lambda: self.jump_requested.emit(section.id, first))
        grid.addWidget(edit, len(rows), 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        return box

    def _first_field(self, section: Section) -> str:
        """The field an edit link lands on: the first with a finding, else the first one."""
        for finding in self.session.findings():
            if formspec.section_of(finding.field).id == section.id and formspec.has_field(
                finding.field
            ):
                return str(finding.field)
        first = next(f for f in section.fields if not f.managed)
        return first.path(0) if first.in_list else first.id

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "Read your answers once more. Use “Change” to fix anything; you come back "
                "here with Next. Lines marked “Must fix” keep the form from being sent."
            )
        )
        self._retranslate_pdf_button()
        self.readiness_heading.setText(self.tr("Is it ready to send?"))
        self.answers_heading.setText(self.tr("Your answers, as on the form"))
        if self.isVisible():
            self.on_enter()
