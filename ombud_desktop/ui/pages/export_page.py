"""Send: check readiness, see where the request goes, make the package for email, fax or
mail in the background (progress naming the step, cancel), then open the folder, open the
mail program, print the mail packet, mark the case as sent and delete the export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ombud_desktop.core import validation
from ombud_desktop.core.org_config import OrgConfig
from ombud_desktop.export.channel import SIZE_LIMIT_OPTION, TIFF_OPTION
from ombud_desktop.export.channels import CHANNELS, CODES
from ombud_desktop.export.destinations import destinations_for
from ombud_desktop.i18n.bidi import isolated
from ombud_desktop.ui.field_widgets import wrap_option
from ombud_desktop.ui.file_dialogs import existing_directory
from ombud_desktop.ui.pages.base import WizardPage, describe, heading, paragraph
from ombud_desktop.ui.widgets.destinations_view import DestinationsView
from ombud_desktop.ui.widgets.finish_panel import FinishPanel
from ombud_desktop.ui.widgets.readiness_view import ReadinessView
from ombud_desktop.ui.widgets.sent_panel import SentPanel
from ombud_desktop.ui.widgets.sent_panel import named as _named
from ombud_desktop.ui.widgets.signed_page_panel import SignedPagePanel

if TYPE_CHECKING:  # the export's machinery loads when a package is made (~12 ms of opening a case)
    from ombud_desktop.export.gather import CaseMaterial
    from ombud_desktop.export.options import ExportResult
    from ombud_desktop.ui.export_worker import ExportWorker
    from ombud_desktop.ui.session import CaseSession
    from ombud_desktop.vault import CaseRecord


def app_org_config() -> OrgConfig:
    """The organization settings the app was started with (app.create_main_window)."""
    from ombud_desktop.ui.application import ombud_app

    app = ombud_app()
    return app.context.org if app is not None else OrgConfig()


class ExportPage(WizardPage):
    page_id = "export"

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.worker: ExportWorker | None = None
        self.result: ExportResult | None = None
        self.org = app_org_config()
        self.destinations = destinations_for(self.org)
        self.intro = paragraph()
        self.readiness = ReadinessView()
        self.readiness.jump_requested.connect(self.jump_requested)
        self.where_heading = heading(2)
        self.destinations_view = DestinationsView(self.destinations)
        # Contact details and the older addresses: folded below, opened on request.
        self.where_toggle = _named(QToolButton(), "send.where_toggle")
        self.where_toggle.setCheckable(True)
        self.where_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.where_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.where_toggle.toggled.connect(self._fold_where)
        self.where_box = QWidget()
        where = QVBoxLayout(self.where_box)
        where.setContentsMargins(0, 0, 0, 0)
        where.addWidget(self.where_heading)
        where.addWidget(self.destinations_view)
        self.where_box.hide()
        self.how_heading = heading(2)
        self.channel_group = QButtonGroup(self)
        self.channel_buttons: dict[str, QRadioButton] = {}
        for channel in CHANNELS:
            button = QRadioButton()
            button.setObjectName(f"export.channel:{channel}")
            self.channel_group.addButton(button)
            self.channel_buttons[channel] = button
        self.channel_buttons[CODES[0]].setChecked(True)
        self.channel_group.buttonToggled.connect(self._update_controls)
        self.zip_box = _named(QCheckBox(), "export.zip")
        self.tiff_box = _named(QCheckBox(), "export.tiff")
        self.size_limit = _named(QDoubleSpinBox(), "export.size_limit")
        self.size_limit.setRange(0.5, 1000)
        self.size_limit.setValue(10)
        self.size_limit.setSuffix(" MB")
        self.folder = _named(QLineEdit(), "export.folder")
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.folder.setText(documents or str(Path.home()))
        self.folder_label = QLabel()
        self.folder_label.setBuddy(self.folder)
        self.choose_folder = _named(QPushButton(), "export.choose_folder")
        self.choose_folder.clicked.connect(self._choose_folder)
        self.folder.editingFinished.connect(self._remember_folder)
        self.plaintext_note = paragraph()
        self.plaintext_note.setObjectName("export.plaintext_note")
        self.make_button = _named(QPushButton(), "send.make_package")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.start_export)
        self.cancel_button = _named(QPushButton(), "export.cancel")
        self.cancel_button.clicked.connect(self.cancel_export)
        self.progress = _named(QProgressBar(), "export.progress")
        self.step_label = paragraph()
        self.step_label.setObjectName("export.step")
        self.message = paragraph()
        self.message.setObjectName("export.message")
        self.open_folder = _named(QPushButton(), "export.open_folder")
        self.open_folder.clicked.connect(self._open_folder)
        self.open_mail = _named(QPushButton(), "export.open_mail")
        self.open_mail.clicked.connect(self._open_mail)
        self.print_button = _named(QPushButton(), "export.print")
        self.print_button.clicked.connect(self.print_packet)
        self.sent_panel = SentPanel(session, self.destinations)
        self.signed_page = SignedPagePanel(session, "export.signed_page")
        self.signed_page.added.connect(self._show_report)
        self.finish = FinishPanel()
        self.finish.hide()  # once the package is made
        self._lay_out()
        self._set_running(False)
        self.retranslate()

    def _lay_out(self) -> None:
        """The main action first (visible at 1024x768 without scrolling): how to send,
        where to save, Make the package and its outcome; the addresses and their history
        fold below."""
        add = self.layout_.addWidget
        add(self.intro)
        add(self.readiness)  # what stops the package, right above the button it stops
        add(self.signed_page)
        add(self.how_heading)
        for button in self.channel_buttons.values():
            add(button)
        options = QHBoxLayout()
        option_widgets: tuple[QWidget, ...] = (self.zip_box, self.tiff_box, self.size_limit)
        for widget in option_widgets:
            options.addWidget(widget)
        options.addStretch(1)
        self.layout_.addLayout(options)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        self.layout_.addLayout(folder_row)
        buttons = QHBoxLayout()
        for widget in (self.make_button, self.cancel_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        status: tuple[QWidget, ...] = (self.progress, self.step_label, self.message)
        for widget in status:
            add(widget)
        after = QHBoxLayout()
        for widget in (self.open_folder, self.open_mail, self.print_button):
            after.addWidget(widget)
        after.addStretch(1)
        self.layout_.addLayout(after)
        add(self.finish)
        add(self.plaintext_note)
        add(self.sent_panel)
        add(self.where_toggle)
        add(self.where_box)
        self.layout_.addStretch(1)

    # --- page hooks -------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Send")

    def first_focus(self) -> QWidget | None:
        return self.channel_buttons[CODES[0]]

    def on_enter(self) -> None:
        # Kept in the case (encrypted, so where packages go is no plain-text hint), so it
        # is still chosen after a lock or a restart.
        saved = self.session.ui_state.get("export_folder")
        if isinstance(saved, str) and saved:
            self.folder.setText(saved)
        self._show_report()
        self.signed_page.refresh()
        self._update_controls()

    def _show_report(self) -> None:
        self.readiness.show_report(self.session.case, self.session.attached_files())

    def channel(self) -> str:
        return next(c for c, b in self.channel_buttons.items() if b.isChecked())

    def _takes(self, option: str) -> bool:
        """Whether the chosen channel takes `option` (channel.TIFF_OPTION ...)."""
        return option in CHANNELS[self.channel()].options

    # --- export -----------------------------------------------------------------------
    def start_export(self) -> None:
        if not validation.readiness(self.session.case).ready:
            self.message.setText(
                self.tr("The form still has problems (listed above). Fix them, then try again.")
            )
            return
        from ombud_desktop.export.branding import Branding
        from ombud_desktop.export.options import ExportOptions
        from ombud_desktop.ui.export_worker import ExportWorker

        options = ExportOptions(
            self.channel(),
            as_zip=self.zip_box.isChecked(),
            tiff=self.tiff_box.isChecked() and self._takes(TIFF_OPTION),
            size_limit_mb=self.size_limit.value(),
            branding=Branding.from_org(self.org),
            journal_dir=self.session.vault.data_dir if self.session.vault else None,
        )
        self.result = None
        self.worker = ExportWorker(
            self._load_material,
            options,
            Path(self.folder.text().strip() or Path.home()),
            self.destinations,
            self._language(),
            self,
        )
        self.worker.step.connect(self._on_step)
        self.worker.succeeded.connect(self._on_done)
        self.worker.failed.connect(self._on_failed)
        self.worker.cancelled.connect(self._on_cancelled)
        self.worker.finished.connect(lambda: self._set_running(False))
        self._set_running(True)
        self.message.setText("")
        self.worker.start()

    def _load_material(self) -> CaseMaterial:
        """Runs in the worker: vault reads go through the session's writer thread."""
        from ombud_desktop.export.gather import collect

        vault = self.session.vault
        return self.session.run_on_writer(lambda record: collect(vault, record)).result()

    def _language(self) -> str:
        from ombud_desktop.ui.application import ombud_app

        app = ombud_app()
        return app.current_language_code() if app is not None else "en"

    def cancel_export(self) -> None:
        if self.worker is not None:
            self.step_label.setText(self.tr("Cancelling…"))
            self.worker.cancel()

    def _on_step(self, step: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.step_label.setText(QCoreApplication.translate("export_steps", step))

    def _on_done(self, result: ExportResult) -> None:
        self.result = result
        self.progress.setValue(self.progress.maximum())
        self.step_label.setText(self.tr("Done."))
        lines = [self.tr("The package is ready: {path}").format(path=isolated(str(result.path)))]
        lines += result.warnings
        lines.append(self.tr("Follow README.txt in it, step by step."))
        self.message.setText("\n".join(lines))
        self.sent_panel.set_export(result)
        self.finish.show_for(result.channel)
        self._update_controls()
        self._remember_folder()
        vault = self.session.vault

        def package_made(record: CaseRecord) -> None:
            if record.status != "sent":  # the case list says "Package made"
                vault.set_status(record, "ready")

        self.session.run_on_writer(package_made)

    def _on_failed(self, message: str) -> None:
        self.step_label.setText("")
        self.message.setText(message)

    def _on_cancelled(self) -> None:
        self.step_label.setText("")
        self.message.setText(self.tr("Cancelled. Nothing was saved."))

    def _set_running(self, running: bool) -> None:
        self.make_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running or self.result is not None)
        for button in self.channel_buttons.values():
            button.setEnabled(not running)
        if not running:
            self.worker = None
        self._update_controls()

    def _update_controls(self, *_: object) -> None:
        self.tiff_box.setVisible(self._takes(TIFF_OPTION))
        self.size_limit.setVisible(self._takes(SIZE_LIMIT_OPTION))
        done = self.result is not None and self.worker is None
        self.open_folder.setVisible(done)
        self.open_mail.setVisible(done and bool(self.result and self.result.mailto))
        self.print_button.setVisible(
            done and self.result is not None and self.result.channel == "mail"
            and self.result.path.is_dir()
        )  # fmt: skip

    def _fold_where(self, shown: bool) -> None:
        self.where_box.setVisible(shown)
        self.where_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.rows_changed.emit()  # the tab order takes in the addresses

    def _choose_folder(self) -> None:
        chosen = existing_directory(self, self.tr("Where to save the package"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            self._remember_folder()

    def _remember_folder(self) -> None:
        text = self.folder.text().strip()
        if text:
            self.session.set_ui({"export_folder": text})

    def _open_folder(self) -> None:
        if self.result is None:
            return
        target = self.result.path if self.result.path.is_dir() else self.result.path.parent
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            self.message.setText(
                self.tr(
                    "No program on this computer could open the folder. Open it yourself "
                    "in your file manager: %1"
                ).replace("%1", isolated(str(target)))
            )

    def _open_mail(self) -> None:
        if self.result is None or not self.result.mailto:
            return
        if not QDesktopServices.openUrl(QUrl(self.result.mailto)):
            folder = self.result.path if self.result.path.is_dir() else self.result.path.parent
            self.message.setText(
                self.tr(
                    "No mail program is set up on this computer. Write the email in your "
                    "webmail or on another computer, with the files from: %1"
                ).replace("%1", isolated(str(folder)))
            )

    def print_packet(self) -> None:
        from ombud_desktop.ui.pdf_printing import PdfPrintJob

        if self.result is not None:
            self.print_job = PdfPrintJob(self, self.result.path / "mail-packet.pdf")
            self.print_button.setEnabled(False)  # one print run at a time
            self.print_job.finished.connect(self._printed)
            self.print_job.start()

    def _printed(self, error: str) -> None:
        self.print_button.setEnabled(True)
        if error:
            self.message.setText(error)

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "Make the package to send your request. Everything stays on this computer: "
                "you carry the package to a computer that is online, or print it."
            )
        )
        self.where_heading.setText(self.tr("Where it goes"))
        describe(
            self.where_toggle,
            self.tr("Where it goes: the Ombudsman's addresses"),
            self.tr("Shows or hides the email address, fax number and mail address."),
        )
        self.how_heading.setText(self.tr("How will you send it?"))
        for code, button in self.channel_buttons.items():
            text = QCoreApplication.translate("ExportPage", CHANNELS[code].choice)
            describe(button, wrap_option(text), text)
            button.setAccessibleName(text.replace("&", ""))  # without line breaks
        describe(self.zip_box, self.tr("As one &zip file"), self.tr("One file instead of a folder"))
        describe(
            self.tiff_box,
            self.tr("Also as a &TIFF file for fax services"),
            self.tr("Some fax services and fax modems want TIFF instead of PDF"),
        )
        self.size_limit.setPrefix(self.tr("Largest email: "))
        self.size_limit.setAccessibleName(self.tr("Largest email size in megabytes"))
        self.folder.setAccessibleName(self.tr("Folder to save the package in"))
        self.size_limit.setAccessibleDescription(
            self.tr("Bigger documents are split over several emails of at most this size.")
        )
        self.folder.setAccessibleDescription(
            self.tr("Type a folder, or use Choose folder to pick one.")
        )
        self.folder_label.setText(self.tr("Save in:"))
        describe(self.choose_folder, self.tr("C&hoose folder…"), self.tr("Pick the folder"))
        self.plaintext_note.setText(
            self.tr(
                "The package is the only thing Ombud Desktop saves without encryption: anyone "
                "with this computer or USB stick can read it. Delete it once it is sent."
            )
        )
        describe(self.make_button, self.tr("Make the &package"), self.tr("Start the export"))
        describe(self.cancel_button, self.tr("&Cancel"), self.tr("Stop; nothing is saved"))
        describe(self.open_folder, self.tr("&Open the folder"), self.tr("Show the package"))
        describe(
            self.open_mail,
            self.tr("Open my &mail program"),
            self.tr("Starts a new message; attach the files from the folder"),
        )
        describe(self.print_button, self.tr("P&rint…"), self.tr("Print the mail packet"))
