"""One open case in the wizard: its answers, where the person is, and autosave.

Every change goes into the core's Case model at once, and a debounced save writes the
answers and the resume point (page and field) through the vault on a worker thread, so
typing never waits for encryption or the disk. Validation is debounced too and runs the
core's rules on the UI thread (it is pure and fast).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot

from ombud_desktop.core import validation
from ombud_desktop.core.json_types import JsonList, JsonObject, JsonValue, objects_in
from ombud_desktop.core.model import Case
from ombud_desktop.ui.error_text import error_text

if TYPE_CHECKING:
    from ombud_desktop.core.findings import Finding
    from ombud_desktop.core.spec_types import Answer
    from ombud_desktop.core.ui_state import UiState
    from ombud_desktop.vault import CaseRecord, Vault

T = TypeVar("T")

SAVE_DELAY_MS = 400
VALIDATE_DELAY_MS = 250


class CaseSession(QObject):
    answer_changed = Signal(str)  # concrete field id
    findings_changed = Signal()
    saving = Signal()
    saved = Signal()
    save_failed = Signal(str)  # a sentence for the person
    # From the writer thread, queued to the UI thread: ok, and a sentence when not. Plain
    # types only: PySide 6.12 miscounts references to None sent through object signals.
    _save_done = Signal(bool, str)

    def __init__(self, vault: Vault, record: CaseRecord, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._record = record  # touched only on the worker thread after this point
        self.case_id: str = record.id
        self.case = Case.from_answers(record.answers)
        # the files in the vault, id -> size; imports add theirs (note_file)
        self._files: dict[str, int] = {
            key: facts["size"] for key, facts in record.attachments.items()
        }
        self.ui_state: UiState = copy.deepcopy(record.ui_state)
        self._findings: list[Finding] = validation.validate(self.case)
        # One worker: saves and attachment imports never run at the same time.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vault-writer")
        self._pending: Future[object] | None = None
        self._dirty = False
        self._last_save_ok = True
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_soon_now)
        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.revalidate)
        self._save_done.connect(self._on_save_done)

    def attached_files(self) -> dict[str, int]:
        """The documents' files in the vault, id -> size: the readiness report names a
        listed document without one (the export refuses it) and one too big to email."""
        return dict(self._files)

    def note_file(self, record: CaseRecord, attachment_id: str) -> None:
        """Writer thread, after an import: remember the new file's size."""
        facts = record.attachments.get(attachment_id)
        self._files[attachment_id] = facts["size"] if facts else 0

    # --- answers ----------------------------------------------------------------------
    def get(self, path: str) -> JsonValue:  # of any JSON type: validation checks it
        return self.case.get(path)

    def set(self, path: str, value: JsonValue | Answer) -> None:
        if self.case.get(path) == value:
            return
        self.case.set(path, value)
        self.answer_changed.emit(path)
        self._changed()

    def answers(self) -> JsonObject:
        return self.case.to_answers()

    # --- resume point -----------------------------------------------------------------
    def set_position(self, page: str, field: str | None = None) -> None:
        if self.ui_state.get("page") == page and self.ui_state.get("field") == field:
            return
        self.ui_state["page"] = page
        self.ui_state["field"] = field
        visited = self.ui_state.setdefault("visited", [])
        if page not in visited:
            visited.append(page)
        self._changed(validate=False)

    def set_ui(self, changes: UiState) -> None:
        """UI-only state kept with the case (which pages showed their messages ...)."""
        if any(self.ui_state.get(key) != value for key, value in changes.items()):
            self.ui_state.update(changes)
            self._changed(validate=False)

    # --- validation -------------------------------------------------------------------
    def findings(self) -> list[Finding]:
        return self._findings

    def revalidate(self) -> None:
        self._validate_timer.stop()
        self._findings = validation.validate(self.case)
        self.findings_changed.emit()

    # --- autosave ---------------------------------------------------------------------
    def _changed(self, validate: bool = True) -> None:
        self._dirty = True
        self._save_timer.start()
        if validate:
            self._validate_timer.start()

    def is_dirty(self) -> bool:
        return self._dirty or self._save_timer.isActive()

    def save_soon_now(self) -> None:
        """Hand a snapshot to the worker; a newer snapshot waits for the previous write."""
        self._save_timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        answers = self.case.to_answers()
        ui_state = copy.deepcopy(self.ui_state)
        self.saving.emit()
        self._pending = self._executor.submit(self._write, answers, ui_state)

    def _write(self, answers: JsonObject, ui_state: UiState) -> None:
        try:
            self._record.answers = _merge_documents(answers, self._record.answers)
            self._record.ui_state = ui_state
            self.vault.save_case(self._record)
        except Exception as err:  # reported to the person, never swallowed
            self._last_save_ok = False
            self._dirty = True  # the next flush tries again, even before the signal lands
            self._save_done.emit(False, error_text(err))
            return
        self._last_save_ok = True
        self._save_done.emit(True, "")

    @Slot()
    def _submit_pending_save(self) -> None:
        self.save_soon_now()

    def run_on_writer(self, job: Callable[[CaseRecord], T]) -> Future[T]:
        """Run `job(record)` on the writer thread after pending saves, with the record
        holding the latest answers (attachment imports, the export's reads use it).

        May be called from another thread (the export worker): the pending save is then
        handed over on the UI thread, which owns the timers and the answers."""
        if QThread.currentThread() is not self.thread():
            QMetaObject.invokeMethod(
                self, "_submit_pending_save", Qt.ConnectionType.BlockingQueuedConnection
            )
            return self._executor.submit(lambda: job(self._record))
        self.save_soon_now()
        answers = self.case.to_answers()

        def run() -> T:
            self._record.answers = _merge_documents(answers, self._record.answers)
            return job(self._record)

        pending = self._executor.submit(run)
        self._pending = pending  # type: ignore[assignment]  # Future is invariant; only waited on
        return pending

    def _on_save_done(self, ok: bool, message: str) -> None:
        if ok:
            if not self.is_dirty():
                self.saved.emit()
            return
        self._dirty = True  # keep the changes: the next change or close tries again
        self.save_failed.emit(
            message or self.tr("Could not save just now. Your answers are still here; try again.")
        )

    def flush(self) -> bool:
        """Save everything now and wait for it (closing, locking, leaving the case).
        False when the last save failed: the answers are still only in memory."""
        self.save_soon_now()
        if self._pending is not None:
            self._pending.exception()  # waits; a failure was also reported by a signal
        return self._last_save_ok

    def close(self) -> None:
        self.flush()
        self._executor.shutdown(wait=True)


def _merge_documents(answers: JsonObject, stored: JsonObject) -> JsonObject:
    """Which documents exist is the vault's to say (imports finish on the writer thread
    after the snapshot was taken); their category and title are the person's."""
    edited = {d.get("id"): d for d in objects_in(answers.get("documents"))}
    merged: JsonList = []
    for doc in objects_in(stored.get("documents")):
        mine = edited.get(doc.get("id"), {})
        merged.append({**doc, **{k: mine[k] for k in ("category", "title") if k in mine}})
    answers = dict(answers)
    if merged:
        answers["documents"] = merged
    else:
        answers.pop("documents", None)
    return answers
