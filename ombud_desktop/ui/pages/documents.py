"""Section 8: supporting documents (copies, never originals). Add by the file dialog, by
drag and drop, or by keyboard (the Add and Remove buttons). Each document gets a
category and title (fields of the form spec), a thumbnail and its page count. Each file is
checked (does it turn into pages?) and its thumbnail made on a thread of its own, then
encrypted into the vault on the writer thread, with a progress bar and a Cancel button: a
huge photo's check no longer holds the case's saves back.
A password-protected PDF asks for its password and is kept as a copy without it
(encrypted in the vault like every file; the Ombudsman's copy cannot carry a password)."""

from __future__ import annotations

import io
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import nullcontext, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ombud_desktop.core.json_types import JsonList, JsonObject, as_list, objects_in, whole_number
from ombud_desktop.core.spec_types import Field
from ombud_desktop.filetypes import EXTENSIONS
from ombud_desktop.ui.editor_choice import make_editor
from ombud_desktop.ui.error_text import error_text
from ombud_desktop.ui.field_widgets import FieldEditor
from ombud_desktop.ui.file_dialogs import open_file_names
from ombud_desktop.ui.pages.base import (
    SectionPage,
    describe,
    notice_panel,
    paragraph,
)
from ombud_desktop.ui.texts import embedded, spec_text
from ombud_desktop.ui.widgets.blocks import retire_row
from ombud_desktop.ui.widgets.pdf_password_box import PdfPasswordBox
from ombud_desktop.ui.widgets.thumbnails import MAX_PREVIEW_BYTES, thumbnail_from_bytes

if TYPE_CHECKING:
    from ombud_desktop.ui.notice_dialog import NoticeChoice
    from ombud_desktop.vault import CaseRecord

DEFAULT_CATEGORY = "other"


@dataclass
class _CheckedFile:
    """A file that passed the attach check, ready for the writer thread."""

    path: Path
    source: Path | BinaryIO  # the file, or an unlocked copy of a protected PDF
    category: str
    thumbnail: QImage | None


class DocumentsPage(SectionPage):
    section_id = "documents"
    # From the writer thread: ok, and a sentence when not (the new list is in _result).
    _finished = Signal(bool, str)
    _thumb_ready = Signal(str, object)  # attachment id, QImage
    _password_wanted = Signal(str, bool)  # path of a protected PDF, the last try was wrong
    _checked_ok = Signal(object)  # from the check thread: a _CheckedFile

    def page_fields(self) -> list[Field]:
        return []  # one category + title per document, made in _rebuild

    def build_top(self) -> None:
        self.setAcceptDrops(True)
        self.reminder, box = notice_panel("copies_reminder", "#fff4e5", "#c77700")
        self.reminder_text = paragraph()
        box.addWidget(self.reminder_text)
        self.layout_.addWidget(self.reminder)
        row = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.setObjectName("documents:add")
        self.add_button.clicked.connect(self.choose_files)
        row.addWidget(self.add_button)
        self.notice_button = QPushButton()
        self.notice_button.setObjectName("documents:read_notice")
        self.notice_button.clicked.connect(self.read_notice)
        row.addWidget(self.notice_button)
        self.drop_hint = QLabel()
        self.drop_hint.setWordWrap(True)
        row.addWidget(self.drop_hint, 1)
        self.layout_.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setObjectName("documents:progress")
        self.progress.hide()
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("documents:cancel")
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.layout_.addLayout(progress_row)
        self.import_status = paragraph()
        self.import_status.setObjectName("documents:status")
        self.layout_.addWidget(self.import_status)
        self.password_box = PdfPasswordBox()
        self.password_box.submitted.connect(self._use_password)
        self.password_box.skipped.connect(self._skip_password)
        self.layout_.addWidget(self.password_box)
        self.rows_widget = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.rows_widget)
        self.rows: list[QGroupBox] = []
        # What each row's texts are made from, to set them again on a language switch.
        self._row_texts: dict[QGroupBox, tuple[int, JsonObject, QLabel, QLabel, QPushButton]]
        self._row_texts = {}
        self.thumbnails: dict[str, QImage] = {}
        self._tried: set[str] = set()
        # file, its PDF password if typed, its category
        self._queue: list[tuple[Path, str | None, str]] = []
        self._locked: Path | None = None  # a protected PDF waiting for its password
        self._locked_category = DEFAULT_CATEGORY
        self._cancel_flag = threading.Event()
        self._busy = False
        self._progress_seen = (0, 0)
        self._result: JsonList = []
        self._progress_timer = QTimer(self, interval=100)
        self._progress_timer.timeout.connect(self._show_progress)
        self._finished.connect(self._import_finished)
        self._thumb_ready.connect(self._store_thumbnail)
        self._password_wanted.connect(self._ask_password)
        self._checked_ok.connect(self._store_checked)
        # The attach check decodes the whole file (seconds for a 100-megapixel photo): on
        # a thread of its own, so the writer thread stays free for the case's saves.
        self._checker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="attach-check")
        self._checking: Future[_CheckedFile | None] | None = None

    # --- adding -----------------------------------------------------------------------
    def choose_files(self) -> None:
        paths = open_file_names(
            self,
            self.tr("Choose copies of your documents"),
            str(Path.home()),
            self.tr("Documents (%1);;All files (*)").replace(
                "%1", " ".join(f"*{suffix}" for suffix in EXTENSIONS)
            ),
        )
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path], category: str = DEFAULT_CATEGORY) -> None:
        """Queue files for import; one is encrypted at a time, on the writer thread.
        (Another step may queue a file before this page was ever shown: build it.)"""
        self.ensure_built()
        self._queue.extend((path, None, category) for path in paths)
        self._next_import()

    def read_notice(self) -> None:
        """A USCIS notice: its values into the applications step, the file kept here."""
        from ombud_desktop.ui.notice_dialog import open_notice_dialog

        open_notice_dialog(self, self.use_notice)

    def use_notice(self, choice: NoticeChoice) -> None:
        from ombud_desktop.ui.notice_dialog import apply_to_case

        apply_to_case(self.session, choice)
        self.import_status.setText(self.tr("The notice's values are on the applications step."))
        if choice.keep_file:
            self.add_files([choice.path], category="received_from_uscis")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    def _next_import(self) -> None:
        if self._busy or self._locked is not None or not self._queue:
            return
        path, password, category = self._queue.pop(0)
        self._busy = True
        self._cancel_flag.clear()
        self.progress.setRange(0, 0)
        self._progress_seen = (0, 0)
        self._progress_timer.start()
        self.progress.show()
        self.cancel_button.show()
        self.import_status.setText(
            self.tr("Adding %1 (encrypted)…").replace("%1", embedded(path.name))
        )
        self._locked_category = category
        self._checking = self._checker.submit(self._check, path, password, category)

    def _check(self, path: Path, password: str | None, category: str) -> _CheckedFile | None:
        """Check thread: will the file turn into pages? Then its thumbnail. A refusal or
        a password to ask for is said from here; a file that passed goes on to the writer
        through the UI thread (which owns the answers)."""
        from ombud_desktop.documents.errors import PasswordNeeded

        try:
            source, image = _checked(path, password)
        except PasswordNeeded as err:
            with suppress(RuntimeError):  # the case was closed meanwhile: nobody to ask
                self._password_wanted.emit(str(path), err.wrong)
            return None
        except Exception as err:
            with suppress(RuntimeError):
                self._finished.emit(False, error_text(err))
            return None
        checked = _CheckedFile(path, source, category, image)
        with suppress(RuntimeError):
            self._checked_ok.emit(checked)
        return checked

    def _store_checked(self, checked: _CheckedFile) -> None:
        """UI thread: hand a checked file to the writer (once: see finish_work)."""
        if self._checking is None or self._checking.result() is not checked:
            return
        self._checking = None
        self.session.run_on_writer(lambda record: self._import(record, checked))

    def _import(self, record: CaseRecord, checked: _CheckedFile) -> None:
        """Writer thread: encrypt the checked file into the vault."""
        path = checked.path
        try:
            entry = self.session.vault.add_attachment(
                record,
                checked.source,
                category=checked.category,
                title=path.stem,
                original_filename=path.name,
                progress=self._note_progress,
                cancelled=self._cancel_flag.is_set,
            )
        except Exception as err:
            self._finished.emit(False, error_text(err))
            return
        attachment_id = str(entry["id"])
        self.session.note_file(record, attachment_id)
        self._result = list(as_list(record.answers.get("documents")))
        self._finished.emit(True, "")
        if checked.thumbnail is not None:
            self._thumb_ready.emit(attachment_id, checked.thumbnail)

    def finish_work(self) -> None:
        """Leaving the case: a file being checked is still stored (the session's close
        then waits for the writer), as when the check ran on the writer thread."""
        if not self.built:  # never shown nor given a file: nothing to finish
            return
        if self._checking is not None:
            checked = self._checking.result()
            if checked is not None:
                self._store_checked(checked)
        self._checker.shutdown(wait=True)

    def _note_progress(self, done: int, total: int | None) -> None:
        """Writer thread: only note the numbers; a UI timer shows them (no signal storm)."""
        self._progress_seen = (done, total or 0)

    def _show_progress(self) -> None:
        done, total = self._progress_seen
        if total > 0:
            self.progress.setRange(0, total // 1024)
            self.progress.setValue(done // 1024)

    def _cancel(self) -> None:
        self._cancel_flag.set()
        self._queue.clear()

    def _stop_progress(self) -> None:
        self._busy = False
        self._progress_timer.stop()
        self.progress.hide()
        self.cancel_button.hide()

    def _ask_password(self, path: str, wrong: bool) -> None:
        """A protected PDF: ask here, in the page (the queue waits for the answer)."""
        self._stop_progress()
        self._locked = Path(path)
        self.import_status.setText("")
        self.password_box.ask(self._locked.name, wrong)
        self.rows_changed.emit()

    def _use_password(self, password: str) -> None:
        if self._locked is not None:
            self._queue.insert(0, (self._locked, password, self._locked_category))
        self._close_password_box()
        self._next_import()

    def _skip_password(self) -> None:
        if self._locked is not None:
            self.import_status.setText(
                self.tr("“%1” was not added.").replace("%1", embedded(self._locked.name))
            )
        self._close_password_box()
        self._next_import()

    def _close_password_box(self) -> None:
        self._locked = None
        self.password_box.finish()
        self.add_button.setFocus()

    def _import_finished(self, ok: bool, message: str) -> None:
        self._stop_progress()
        if not ok:
            self.import_status.setText(
                message
                or self.tr("That file could not be added. Nothing was changed; try another.")
            )
        else:
            self.import_status.setText(self.tr("Added. It is kept encrypted with this case."))
            self._set_documents(self._result)
        self._next_import()

    def _set_documents(self, documents: JsonList) -> None:
        self.session.case.set("documents", documents or None)
        self.session.answer_changed.emit("documents")
        self.session.revalidate()
        self._rebuild()

    def _store_thumbnail(self, attachment_id: str, image: QImage) -> None:
        """The picture goes into its row as it is: the rows are not made again, so a
        title being typed keeps its focus when the pictures come in."""
        self.thumbnails[attachment_id] = image
        for _index, doc, picture, _info, _remove in self._row_texts.values():
            if str(doc.get("id")) == attachment_id:
                _show_thumbnail(picture, image)

    # --- removing ---------------------------------------------------------------------
    def remove_document(self, attachment_id: str) -> None:
        if not self._removal_confirmed(attachment_id):
            return

        def job(record: CaseRecord) -> None:
            try:
                self.session.vault.remove_attachment(record, attachment_id)
            except Exception as err:
                self._finished.emit(False, error_text(err))
                return
            self._result = list(as_list(record.answers.get("documents")))
            self._finished.emit(True, "")

        self._busy = True
        self.session.run_on_writer(job)

    def _removal_confirmed(self, attachment_id: str) -> bool:
        """Asked first: the encrypted copy is destroyed, so there is no undo."""
        doc = next((d for d in self._documents() if str(d.get("id")) == attachment_id), {})
        name = str(doc.get("title") or doc.get("original_filename") or "")
        answer = QMessageBox.question(
            self,
            self.tr("Remove this document?"),
            self.tr(
                "“%1” will be taken out of this case and its encrypted copy deleted. Your own "
                "file is not touched: you can add it again later."
            ).replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- list -------------------------------------------------------------------------
    def _rebuild(self) -> None:
        for box in self.rows:
            for editor in box.findChildren(FieldEditor):
                self.editors.pop(editor.path, None)
            retire_row(box, self.rows_layout)
        self.rows = []
        self._row_texts.clear()
        for index, doc in enumerate(self._documents()):
            box = self._row(index, doc)
            self.rows_layout.addWidget(box)
            box.show()  # at once, not after the next event loop turn: focus may go there
            self.rows.append(box)
        self.rows_changed.emit()
        self.refresh_findings()

    def _documents(self) -> list[JsonObject]:
        """The documents listed in the answers (each entry an object: the vault checks)."""
        return objects_in(self.session.case.get("documents"))

    def _row(self, index: int, doc: JsonObject) -> QGroupBox:
        box = QGroupBox()
        box.setObjectName(f"documents.{index}")
        layout = QHBoxLayout(box)
        picture = QLabel()
        picture.setFixedSize(100, 130)
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setFrameShape(QFrame.Shape.Box)
        image = self.thumbnails.get(str(doc.get("id")))
        if image is not None:
            _show_thumbnail(picture, image)
        else:
            picture.setText(Path(str(doc.get("original_filename", ""))).suffix.upper() or "?")
        layout.addWidget(picture)
        column = QVBoxLayout()
        info = QLabel()
        info.setWordWrap(True)
        column.addWidget(info)
        for key in ("category", "title"):
            field = self.section.field(key)
            editor = make_editor(field, field.path(index))
            editor.set_value(doc.get(key))
            editor.changed.connect(self._editor_changed)
            self.editors[editor.path] = editor
            column.addWidget(editor)
        remove = QPushButton()
        remove.setObjectName(f"documents.{index}:remove")
        self._row_texts[box] = (index, doc, picture, info, remove)
        self._retranslate_row(box)
        attachment_id = str(doc.get("id"))
        remove.clicked.connect(lambda: self.remove_document(attachment_id))
        column.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(column, 1)
        return box

    def _retranslate_row(self, box: QGroupBox) -> None:
        index, doc, picture, info, remove = self._row_texts[box]
        box.setTitle(f"{spec_text(self.section.item_label)} {index + 1}")
        pages = whole_number(doc.get("pages"))
        name = str(doc.get("original_filename", ""))
        # Plural forms per language ("1 page", "2 pages", Arabic's six, Chinese's one).
        shown = embedded(name)  # a file name keeps its order in a right-to-left sentence
        facts = self.tr("%1 — %n page(s)", "", pages).replace("%1", shown) if pages else shown
        info.setText(facts)
        picture.setAccessibleName(facts)
        remove.setText(self.tr("Remove this document"))
        remove.setAccessibleName(self.tr("Remove document %1").replace("%1", str(index + 1)))
        remove.setAccessibleDescription(
            self.tr("Deletes the encrypted copy from this case. Your own file is not touched.")
        )

    def on_enter(self) -> None:
        self.ensure_built()
        self._rebuild()
        super().on_enter()
        self._load_missing_thumbnails()

    def _load_missing_thumbnails(self) -> None:
        """Documents added in an earlier session: decrypt small ones in memory (on the
        writer thread) to draw their pictures."""
        missing = [
            str(d.get("id"))
            for d in self._documents()
            if str(d.get("id")) not in self.thumbnails and str(d.get("id")) not in self._tried
        ]
        if not missing:
            return
        self._tried.update(missing)

        def job(record: CaseRecord) -> None:
            for attachment_id in missing:
                facts = record.attachments.get(attachment_id)
                if facts is None or facts["size"] > MAX_PREVIEW_BYTES:
                    continue
                try:
                    data = self.session.vault.read_attachment(record, attachment_id)
                except Exception:  # a damaged file shows without a picture
                    continue
                image = thumbnail_from_bytes(data)
                if image is not None:
                    self._thumb_ready.emit(attachment_id, image)

        self.session.run_on_writer(job)

    def first_focus(self) -> QWidget | None:
        return self.add_button

    def is_busy(self) -> bool:
        return self._busy

    def retranslate(self) -> None:
        super().retranslate()
        self.reminder_text.setText(
            self.tr(
                "The Ombudsman does not return papers. Add copies of USCIS notices and of "
                "what you sent USCIS; your own files are not changed."
            )
        )
        describe(
            self.add_button,
            self.tr("&Add documents…"),
            self.tr("Opens a window to choose PDF files or photos of your documents."),
        )
        describe(
            self.notice_button,
            self.tr("Read a USCIS notice…"),
            self.tr(
                "Reads the receipt number, received date and form number from a photo, scan "
                "or PDF of a notice USCIS sent you, for the applications step, and can keep "
                "the notice here as a document received from USCIS."
            ),
        )
        self.drop_hint.setText(self.tr("Or drag files from your folders onto this page."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel adding the document"))
        self.progress.setAccessibleName(self.tr("Adding the document"))
        for box in getattr(self, "rows", []):  # none yet while __init__ runs
            self._retranslate_row(box)


def _show_thumbnail(picture: QLabel, image: QImage) -> None:
    picture.setPixmap(QPixmap.fromImage(image))


def _checked(path: Path, password: str | None) -> tuple[Path | BinaryIO, QImage | None]:
    """The file to store (see _unlocked) and its thumbnail, once it is known to turn
    into pages: the same check `case attach` makes, refusing with the same message
    (AttachmentError). The check reads the file as it goes, never whole into memory;
    only a file small enough for a thumbnail is read whole, for its picture. A file that
    cannot be read passes unchecked: the vault says why."""
    from ombud_desktop.documents.attachments import inspect_attachment

    source = _unlocked(path, password)
    try:
        with path.open("rb") if isinstance(source, Path) else nullcontext(source) as file:
            inspect_attachment(path.name, file)
            small = file.seek(0, io.SEEK_END) <= MAX_PREVIEW_BYTES
            file.seek(0)
            data = file.read() if small else None
            file.seek(0)  # the vault reads an unlocked copy from its start
    except OSError:
        return source, None
    return source, None if data is None else thumbnail_from_bytes(data)


def _unlocked(path: Path, password: str | None) -> Path | BinaryIO:
    """The file to store: itself, or for a password-protected PDF a copy without the
    password, in memory. PasswordNeeded when a password is missing or wrong;
    AttachmentError now (not at export) when it is empty, no document, or not what its
    name says."""
    from ombud_desktop.documents.errors import PasswordNeeded
    from ombud_desktop.documents.pdf_input import needs_password, unlock_pdf
    from ombud_desktop.documents.sniff import kind_of

    try:
        with path.open("rb") as handle:
            if kind_of(path.name, handle.read(2048)) != "pdf":
                return path
            if password is None:
                handle.seek(0)
                # Reads only what names the encryption: the vault streams the file itself.
                if needs_password(path.name, handle):
                    raise PasswordNeeded(path.name)
                return path
            # A protected PDF: its copy is made in memory (never on disk), then stored.
            return io.BytesIO(unlock_pdf(path.name, handle, password))
    except OSError:
        return path  # the vault says what is wrong with the file
