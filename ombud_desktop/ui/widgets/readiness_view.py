"""The readiness report: the core's findings in form order, errors first marked, each one
a list entry that takes the person to the field when activated (Enter or double-click)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ombud_desktop.core import formspec, validation
from ombud_desktop.core.model import Case
from ombud_desktop.ui.texts import finding_text, spec_text

if TYPE_CHECKING:
    from ombud_desktop.core.validation import Readiness


class ReadinessView(QWidget):
    jump_requested = Signal(str, str)  # page id, field id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("readiness_summary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.list = QListWidget()
        self.list.setObjectName("readiness_list")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemDoubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self._report: Readiness | None = None

    def show_report(self, case: Case, attached: dict[str, int] | None = None) -> None:
        """`attached`: the documents' files in the vault, id -> size (the session's)."""
        report = validation.readiness(case, attached=attached)
        self._report = report
        errors, warnings = len(report.errors), len(report.warnings)
        if report.ready:
            text = self.tr("Ready to send.")
            if warnings:
                text += " " + self.tr(
                    "%n thing(s) worth a look below; they do not stop you.", "", warnings
                )
        else:
            text = self.tr("Not ready yet: %n answer(s) must be fixed first.", "", errors)
            if warnings:
                text += " " + self.tr("%n more worth a look.", "", warnings)
        self.summary.setText(text)
        self.list.clear()
        for finding in report.findings:
            mark = self.tr("Must fix") if finding.severity == "error" else self.tr("Check")
            where = _where(finding.field)
            item = QListWidgetItem(f"{mark}: {where} — {finding_text(finding)}")
            item.setData(Qt.ItemDataRole.UserRole, finding.field)
            self.list.addItem(item)
        self.list.setVisible(bool(report.findings))
        self.list.setMinimumHeight(min(8, max(1, self.list.count())) * 28)
        self.retranslate()

    def _activated(self, item: QListWidgetItem) -> None:
        field_id = str(item.data(Qt.ItemDataRole.UserRole))
        self.jump_requested.emit(page_for_field(field_id), field_id)

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Readiness report"))
        self.list.setAccessibleDescription(
            self.tr("Each line is something to fix or check. Press Enter to go to that answer.")
        )


def page_for_field(field_id: str) -> str:
    """The wizard page (section id) a finding's field is on."""
    try:
        return formspec.section_of(field_id).id
    except formspec.UnknownField:
        return "review"


def _where(field_id: str) -> str:
    try:
        return spec_text(formspec.field(field_id).label)
    except formspec.UnknownField:
        try:
            return spec_text(formspec.section_of(field_id).title)
        except formspec.UnknownField:
            return field_id
