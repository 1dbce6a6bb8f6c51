"""After sending: mark the case as sent (date, way, reference), save follow-up reminders
(.ics, 30 and 90 days) and delete the export, which is not encrypted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ombud_desktop.errors import UserFacingError
from ombud_desktop.export.channels import CHANNELS, CODES
from ombud_desktop.export.destinations import Destinations
from ombud_desktop.export.options import ExportResult
from ombud_desktop.ui.error_text import error_text
from ombud_desktop.ui.file_dialogs import save_file_name
from ombud_desktop.ui.widgets.blocks import describe, heading, paragraph

if TYPE_CHECKING:
    from ombud_desktop.ui.session import CaseSession
    from ombud_desktop.vault import CaseRecord

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """The widget with its objectName set (tests and screen readers find it by name)."""
    widget.setObjectName(name)
    return widget


class SentPanel(QWidget):
    marked = Signal()  # the case is marked as sent (saved by the writer thread)
    _mark_done = Signal(object)  # error or None, from the writer thread

    def __init__(
        self, session: CaseSession, destinations: Destinations, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session = session
        self.destinations = destinations
        self.export: ExportResult | None = None
        self.heading = heading(2)
        self.date = named(QDateEdit(QDate.currentDate()), "sent.date")
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setDisplayFormat("MM/dd/yyyy")
        self.channel = named(QComboBox(), "sent.channel")
        self.reference = named(QLineEdit(), "sent.reference")
        self.mark_button = named(QPushButton(), "sent.mark")
        self.mark_button.clicked.connect(self.mark_sent)
        self.reminders_button = named(QPushButton(), "sent.reminders")
        self.reminders_button.clicked.connect(self.save_reminders)
        self.delete_button = named(QPushButton(), "sent.delete_export")
        self.delete_button.clicked.connect(self.delete_export)
        self.status = paragraph()
        self.status.setObjectName("sent.status")
        form = QFormLayout()
        self.form_labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(
            self.form_labels, (self.date, self.channel, self.reference), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        for button in (self.mark_button, self.reminders_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._mark_done.connect(self._on_marked)
        self.retranslate()
        self._update()

    def set_export(self, result: ExportResult) -> None:
        self.export = result
        self.channel.setCurrentIndex(CODES.index(result.channel))
        self._update()

    def _update(self) -> None:
        self.delete_button.setVisible(self.export is not None and self.export.path.exists())
        self.reminders_button.setEnabled(self.session.vault is not None)

    def _sent_on(self) -> dt.date:
        qdate = self.date.date()
        return dt.date(qdate.year(), qdate.month(), qdate.day())

    def _reference_refused(self) -> bool:
        """Control characters typed or pasted into the reference are refused, as in
        every answer (they would reach the record and the .ics file)."""
        from ombud_desktop.core.plain_text import unsafe_characters

        unsafe = unsafe_characters(self.reference.text())
        if unsafe:
            self.status.setText(
                self.tr(
                    "The reference holds invisible control characters ({chars}). Type it "
                    "again without them."
                ).format(chars=", ".join(unsafe))
            )
        return bool(unsafe)

    def mark_sent(self) -> None:
        if self._reference_refused():
            return
        channel, reference, sent_on = (
            self._channel(),
            self.reference.text().strip(),
            self._sent_on(),
        )
        vault = self.session.vault

        def job(record: CaseRecord) -> None:
            vault.mark_sent(record, channel=channel, reference=reference, sent_on=sent_on)

        future = self.session.run_on_writer(job)
        future.add_done_callback(lambda done: self._mark_done.emit(done.exception()))

    def _on_marked(self, error: object) -> None:
        if error is not None:
            self.status.setText(
                error_text(error) if isinstance(error, UserFacingError)
                else self.tr("Could not record it just now; try again.")
            )  # fmt: skip
            return
        self.status.setText(
            self.tr("Marked as sent on {date} by {channel}.").format(
                date=self._sent_on().strftime("%m/%d/%Y"), channel=self.channel.currentText()
            )
        )
        self.marked.emit()
        if self.export is not None and self.export.path.exists():
            self.offer_delete()

    def _channel(self) -> str:
        return CODES[self.channel.currentIndex()]

    def save_reminders(self) -> None:
        from ombud_desktop.core.facts import first_receipt_number
        from ombud_desktop.export.outbox import reminders_ics

        if self._reference_refused():
            return
        path = save_file_name(
            self,
            self.tr("Save follow-up reminders"),
            str(Path.home() / f"ombudsman-follow-up-{self.session.case_id}.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if not path:
            return
        data = reminders_ics(
            case_id=self.session.case_id,
            sent_on=self._sent_on(),
            channel=self._channel(),
            reference=self.reference.text().strip(),
            receipt_number=first_receipt_number(self.session.case),
            destinations=self.destinations,
        )
        from ombud_desktop.export.bundle import write_private

        try:
            write_private(Path(path), data)
        except OSError as err:
            self.status.setText(
                self.tr("The reminders could not be saved ({reason}). Choose another folder.")
                .format(reason=err.strerror)
            )  # fmt: skip
            return
        self.status.setText(self.tr("Reminders saved: open {path} to add them to your calendar.")
                            .format(path=path))  # fmt: skip

    def offer_delete(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete the package?"),
            self.tr(
                "The package is not encrypted. Now that it is sent, delete it from this "
                "computer? (Your case stays saved in Ombud Desktop.)"
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_export()

    def delete_export(self) -> None:
        from ombud_desktop.export.outbox import delete_export

        if self.export is None:
            return
        try:
            delete_export(self.export.path, self.session.case_id)
        except UserFacingError as err:
            self.status.setText(error_text(err))
            return
        self.status.setText(self.tr("The package was deleted."))
        self._update()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("After sending"))
        labels = (self.tr("Date sent:"), self.tr("Sent by:"), self.tr("Reference:"))
        fields = (self.date, self.channel, self.reference)
        for label, field, text in zip(self.form_labels, fields, labels, strict=True):
            label.setText(text)
            field.setAccessibleName(text.rstrip(":： "))  # the list: its question, not its value
        current = self.channel.currentIndex()
        self.channel.clear()
        self.channel.addItems(
            [QCoreApplication.translate("bundle_readme", c.name) for c in CHANNELS.values()]
        )
        self.channel.setCurrentIndex(max(current, 0))
        self.reference.setPlaceholderText(
            self.tr("fax confirmation number, tracking number, or the email's date")
        )
        self.date.setAccessibleDescription(self.tr("The day you emailed, faxed or mailed it."))
        self.channel.setAccessibleDescription(self.tr("How you sent it: email, fax or mail."))
        describe(self.mark_button, self.tr("Mark as &sent"), self.tr("Record that it was sent"))
        describe(
            self.reminders_button,
            self.tr("Save &reminders…"),
            self.tr("A calendar file reminding you to follow up after 30 and 90 days"),
        )
        describe(
            self.delete_button,
            self.tr("&Delete the package"),
            self.tr("Remove the unencrypted export from this computer"),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # switched at run time: new words
            self.retranslate()
        super().changeEvent(event)
