"""Home: the case list of a volunteer with many clients (name, form numbers, status, last
edited, retention due), with new, open, delete (crypto-shred, confirmed), and hand-off
export and import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ombud_desktop.errors import UserFacingError
from ombud_desktop.ui.error_text import error_text
from ombud_desktop.ui.file_dialogs import open_file_name, save_file_name
from ombud_desktop.ui.handoff_dialogs import BackgroundTask, HandoffPassphraseDialog, Job
from ombud_desktop.ui.texts import embedded
from ombud_desktop.ui.widgets.blocks import heading, paragraph
from ombud_desktop.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:
    from ombud_desktop.vault import Vault


PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1  # a damaged case's full message
OLDER_COPY_ROLE = Qt.ItemDataRole.UserRole + 2  # True: an older copy the person may accept


def _local_time(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%m/%d/%Y %H:%M")
    except (TypeError, ValueError):
        return iso or ""


class HomeScreen(QWidget):
    open_requested = Signal(str)  # case id
    settings_requested = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.vault = vault
        self.title = heading(1)
        self.intro = paragraph()
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("home.cases")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: arrows move inside
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._say_problem)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.buttons: dict[str, QPushButton] = {}
        row = FlowLayout()  # wraps at large text (a row of six cut off "Settings…")
        for name, slot in (
            ("new", self.new_case),
            ("open", self.open_selected),
            ("delete", self.delete_selected),
            ("export", self.export_selected),
            ("import", self.import_handoff),
            ("settings", self.settings_requested.emit),
        ):
            button = QPushButton()
            button.setObjectName(f"home.{name}")
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
        self.message = paragraph()
        self.message.setObjectName("home.message")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.retranslate()

    # --- data -------------------------------------------------------------------------
    def refresh(self, retention_days: int | None = None) -> None:
        summaries = self.vault.list_cases(retention_days)
        from ombud_desktop.ui.case_overview import overview

        statuses = {
            "draft": self.tr("Draft"),
            "ready": self.tr("Package made"),
            "sent": self.tr("Sent"),
        }
        self.table.setRowCount(len(summaries))
        for number, summary in enumerate(summaries):
            name = summary.name or self.tr("(no name yet)")
            if summary.receipt_number:  # two cases of one person differ by their filing
                name += " · " + summary.receipt_number
            if summary.problem:  # says which case and what to do, in the person's language
                name = error_text(summary.error) if summary.error else summary.problem
            status = statuses.get(summary.status, summary.status or "?")
            problem = ""
            if summary.problem:  # which case, and (selected or pointed at) why and what to do
                name = self.tr("Case %1 cannot be opened: select it to see why.").replace(
                    "%1", summary.id
                )
                status = self.tr("Damaged")
                problem = error_text(summary.error) if summary.error else summary.problem
            if summary.sent is not None:  # the outbox: when and how it went
                status += " " + self.tr("%1 by %2").replace("%1", summary.sent.date).replace(
                    "%2", summary.sent.channel
                )
            if summary.due_for_retention:
                status += " · " + self.tr("due for deletion")
            progress, next_step = "", ""
            if not summary.problem:
                seen = overview(summary.answers, summary.ui_state, summary.status, summary.sent)
                progress = self.tr("%1 of %2 steps").replace("%1", str(seen.done))
                progress = progress.replace("%2", str(seen.total))
                next_step = seen.next_step
            cells = [
                name,
                ", ".join(summary.form_numbers),
                status,
                progress,
                next_step,
                _local_time(summary.updated_at),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, summary.id)
                if problem:
                    item.setToolTip(problem)
                    item.setData(PROBLEM_ROLE, problem)
                if summary.older_copy:
                    item.setData(OLDER_COPY_ROLE, True)
                if summary.due_for_retention:
                    item.setBackground(Qt.GlobalColor.yellow)
                    item.setToolTip(
                        self.tr("Not edited for a long time: delete it when you no longer need it.")
                    )
                self.table.setItem(number, column, item)
        if summaries:
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in (0, 4):  # the name and the next thing to do share what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.intro.setText(
            self.tr("No cases yet: start with “New case”.")
            if not summaries
            else self.tr("Choose a case and press Enter to open it, or start a new one.")
        )
        for name in ("open", "delete", "export"):
            self.buttons[name].setEnabled(bool(summaries))

    def _say_problem(self) -> None:
        """A damaged case, when selected: the whole message (what happened, what to do)."""
        item = self._selected_item()
        problem = item.data(PROBLEM_ROLE) if item is not None else None
        if problem:
            self.message.setText(str(problem))

    def _selected_item(self) -> QTableWidgetItem | None:
        """The selected case's first cell: its id, name and what is known of it."""
        row = self.table.currentRow()
        return self.table.item(row, 0) if row >= 0 else None

    def selected_id(self) -> str | None:
        item = self._selected_item()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    # --- actions ----------------------------------------------------------------------
    def new_case(self) -> None:
        record = self.vault.create_case({})
        self.open_requested.emit(record.id)

    def open_selected(self) -> None:
        case_id = self.selected_id()
        if not case_id:
            return
        item = self._selected_item()
        if item is not None and item.data(OLDER_COPY_ROLE) and not self._accept_older(case_id):
            return
        self.open_requested.emit(case_id)

    def _accept_older(self, case_id: str) -> bool:
        """The case's only copy is older than the last save (put back from a backup, or
        by someone else): use it only when the person says they put it there."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Use the older copy of this case?"),
            self.tr(
                "The copy of case %1 in the data folder is older than the last version "
                "Ombud Desktop saved, and no newer copy is left. Use it only if you put it "
                "back yourself from a backup: what was changed after that copy was made "
                "(answers, documents, the date it was sent) is not in it."
            ).replace("%1", case_id),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("home.older_copy")
        use = box.addButton(self.tr("Use this older copy"), QMessageBox.ButtonRole.AcceptRole)
        use.setObjectName("home.use_older_copy")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter keeps it refused
        box.exec()
        if box.clickedButton() is not use:
            return False
        try:
            self.vault.accept_older_version(case_id)
        except UserFacingError as err:
            self.message.setText(error_text(err))
            return False
        return True

    def delete_selected(self) -> None:
        case_id = self.selected_id()
        if not case_id:
            return
        cell = self._selected_item()
        name = cell.text() if cell is not None else case_id
        answer = QMessageBox.warning(
            self,
            self.tr("Delete this case?"),
            self.tr(
                "“%1” and all its documents will be destroyed for good. This cannot be undone."
            ).replace("%1", embedded(name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda: self.vault.delete_case(case_id), self.tr("The case was deleted."))

    def export_selected(self) -> None:
        case_id = self.selected_id()
        if not case_id:
            return
        path = save_file_name(
            self,
            self.tr("Save the hand-off file"),
            f"case-{case_id}.ombud-handoff",
            self.tr("Hand-off files (*.ombud-handoff)"),
        )
        if not path:
            return
        asked = HandoffPassphraseDialog(self, new=True)
        if asked.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = asked.value()
        self._in_background(
            self.tr("Saving the hand-off file"),
            self.tr("Encrypting the case and its documents…"),
            lambda progress, cancelled: self.vault.export_handoff(
                case_id, path, passphrase, progress=progress, cancelled=cancelled
            ),
            self.tr("Saved. The file is encrypted with the passphrase you chose."),
        )

    def import_handoff(self) -> None:
        path = open_file_name(
            self, self.tr("Open a hand-off file"), "", self.tr("Hand-off files (*.ombud-handoff)")
        )
        if not path:
            return
        asked = HandoffPassphraseDialog(self, new=False)
        if asked.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = asked.value()
        self._in_background(
            self.tr("Receiving a hand-off file"),
            self.tr("Checking and adding the case…"),
            lambda progress, cancelled: self.vault.import_handoff(
                path, passphrase, on_conflict="new_id", progress=progress, cancelled=cancelled
            ),
            self.tr("The case was added to your list."),
        )

    def _in_background(self, title: str, text: str, job: Job, success: str) -> None:
        """Run a hand-off job off the GUI thread, with progress and Cancel."""
        self.task = BackgroundTask(self, title, text, job)

        def finished(_result: object, error: object) -> None:
            failed = isinstance(error, BaseException)
            self.message.setText(error_text(error) if isinstance(error, BaseException) else success)
            if not failed:
                self.refresh()

        self.task.finished_with.connect(finished)
        self.task.start()

    def _run(self, action: Callable[[], object], success: str) -> None:
        try:
            action()
        except UserFacingError as err:
            self.message.setText(error_text(err))
            return
        self.message.setText(success)
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your cases"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Forms"),
                self.tr("Status"),
                self.tr("Progress"),
                self.tr("Next thing to do"),
                self.tr("Last edited"),
            ]
        )
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setAccessibleDescription(
            self.tr("Use the arrow keys to choose a case and Enter to open it.")
        )
        texts = {
            "new": (self.tr("&New case"), self.tr("Starts an empty case.")),
            "open": (self.tr("&Open"), self.tr("Opens the chosen case where you left off.")),
            "delete": (
                self.tr("&Delete…"),
                self.tr("Destroys the chosen case and its documents, after asking."),
            ),
            "export": (
                self.tr("&Hand off…"),
                self.tr("Saves the chosen case to an encrypted file for another volunteer."),
            ),
            "import": (
                self.tr("&Receive a hand-off…"),
                self.tr("Adds a case from a hand-off file."),
            ),
            "settings": (self.tr("&Settings…"), self.tr("Language, automatic lock and more.")),
        }
        for name, (text, description) in texts.items():
            self.buttons[name].setText(text)
            self.buttons[name].setAccessibleName(text.replace("&", "").rstrip("…"))
            self.buttons[name].setAccessibleDescription(description)
