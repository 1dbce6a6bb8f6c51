"""The wet-ink loop on the consent and send steps: "Print the page to sign" (the signature
page with the person's name and receipt number) and "Add the signed page" (a scan or a
phone photo, kept encrypted as the `signed_form` document that replaces the unsigned page
in everything sent). Shown only while the form is signed in ink."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from ombud_desktop.core.facts import SIGNED_FORM, WET_INK, signature_method, signed_form_missing
from ombud_desktop.core.json_types import JsonList, as_list
from ombud_desktop.errors import UserFacingError
from ombud_desktop.ui.error_text import error_text
from ombud_desktop.ui.pages.base import describe, notice_panel, paragraph

if TYPE_CHECKING:
    from ombud_desktop.ui.pdf_printing import PdfPrintJob
    from ombud_desktop.ui.session import CaseSession
    from ombud_desktop.vault.records import CaseRecord


class SignedPagePanel(QWidget):
    added = Signal()  # the signed page is in the case
    # from the writer thread: ok, and a sentence when not (plain types: PySide miscounts
    # references to None sent through object signals); the documents wait in _documents
    _added = Signal(bool, str)

    def __init__(self, session: CaseSession, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName(name)
        self.box, layout = notice_panel(f"{name}.box", "#fff4e5", "#c77700")
        self.text = paragraph()
        self.text.setObjectName(f"{name}.text")
        self.print_button = QPushButton()
        self.print_button.setObjectName(f"{name}.print")
        self.print_button.clicked.connect(self.print_page)
        self.add_button = QPushButton()
        self.add_button.setObjectName(f"{name}.add")
        self.add_button.clicked.connect(self.choose_scan)
        self.status = paragraph()
        self.status.setObjectName(f"{name}.status")
        self.status.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.box)
        self.print_job: PdfPrintJob | None = None
        self._documents: JsonList = []
        self._added.connect(self._on_added)
        session.answer_changed.connect(lambda _path: self.refresh())
        self.retranslate()

    def refresh(self) -> None:
        case = self.session.case
        self.setVisible(signature_method(case) == WET_INK)
        self.retranslate()

    # --- print ------------------------------------------------------------------------
    def print_page(self) -> None:
        """Save the page to sign where the person chooses (it is not encrypted), then
        print it through the print dialog."""
        from ombud_desktop.documents.packet import page_to_sign
        from ombud_desktop.export.bundle import write_private
        from ombud_desktop.ui.pdf_printing import PdfPrintJob

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the page to sign"),
            str(Path.home() / f"page-to-sign-{self.session.case_id}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        try:
            write_private(Path(path), page_to_sign(self.session.case))
        except OSError as err:
            self._say(
                self.tr("The page could not be saved ({reason}). Choose another folder.")
                .format(reason=err.strerror)
            )  # fmt: skip
            return
        self._say(
            self.tr(
                "Saved in {path} (not encrypted: delete it once the signed page is added). "
                "Sign and date it in ink."
            ).format(path=path)
        )
        self.print_job = PdfPrintJob(self, Path(path))
        self.print_job.start()

    # --- add the signed page ----------------------------------------------------------
    def choose_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the scan or photo of the signed page"),
            str(Path.home()),
            self.tr("Scans and photos (*.pdf *.jpg *.jpeg *.png *.heic *.tif *.tiff)"),
        )
        if path:
            self.add_scan(Path(path))

    def add_scan(self, path: Path) -> None:
        """Encrypt the signed page into the case (on the writer thread)."""
        self.add_button.setEnabled(False)
        self._say(self.tr("Adding the signed page (encrypted)…"))
        vault = self.session.vault

        def job(record: CaseRecord) -> None:
            try:
                entry = vault.add_attachment(
                    record,
                    path,
                    category=SIGNED_FORM,
                    title="Signed form",
                    original_filename=path.name,
                )
            except UserFacingError as err:  # the vault's and the file checks' own sentences
                self._added.emit(False, error_text(err))
                return
            except Exception:  # unexpected: a plain sentence, nothing of the file logged
                self._added.emit(False, "")
                return
            self.session.note_file(record, str(entry["id"]))
            self._documents = list(as_list(record.answers.get("documents")))
            self._added.emit(True, "")

        self.session.run_on_writer(job)

    def _on_added(self, ok: bool, message: str) -> None:
        self.add_button.setEnabled(True)
        if not ok:
            self._say(
                message
                or self.tr("That file could not be added. Nothing was changed; try another.")
            )
            return
        self.session.case.set("documents", self._documents or None)
        self.session.answer_changed.emit("documents")
        self.session.revalidate()
        self._say(self.tr("The signed page is added. It is kept encrypted."))
        self.refresh()
        self.added.emit()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))  # no empty line in the box

    # --- words ------------------------------------------------------------------------
    def retranslate(self) -> None:
        if signed_form_missing(self.session.case):
            self.text.setText(
                self.tr(
                    "This form is signed by hand in ink. To send it by email or fax: print "
                    "the page to sign, sign and date it in ink, then add a scan or a phone "
                    "photo of the signed page. By mail, sign the printed form itself."
                )
            )
        else:
            self.text.setText(
                self.tr(
                    "The signed page is added: it takes the place of the unsigned page in "
                    "everything you send."
                )
            )
        describe(
            self.print_button,
            self.tr("Print the page to sign"),
            self.tr("The signature page with the person's name and receipt number on it"),
        )
        describe(
            self.add_button,
            self.tr("Add the signed page"),
            self.tr("A scan or phone photo of the page, signed and dated in ink"),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
