"""Case operations on an unlocked vault: create, load, save, list, attach, delete."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import BinaryIO

from ombud_desktop.core.facts import DOCUMENT_CATEGORY_CODES
from ombud_desktop.core.json_types import JsonObject
from ombud_desktop.core.ui_state import UiState
from ombud_desktop.filetypes import MEDIA_TYPES
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP
from ombud_desktop.vault.atomic import fsync_dir
from ombud_desktop.vault.attachments import (
    ATTACHMENT_PURPOSE,
    Progress,
    count_pages,
    encrypt_into,
)
from ombud_desktop.vault.errors import (
    AttachmentNotFoundError,
    CaseNotFoundError,
    OlderCopyOnlyError,
    VaultError,
    VaultLockedError,
)
from ombud_desktop.vault.fileformat import KIND_ATTACHMENT, KIND_CASE_KEY, read_header, seal, subkey
from ombud_desktop.vault.locations import ensure_private_dir
from ombud_desktop.vault.record_schema import is_valid_id
from ombud_desktop.vault.records import (
    CaseRecord,
    CaseSummary,
    SentInfo,
    check_answers,
    check_status,
    is_due,
    new_id,
    now_iso,
    summarize,
)
from ombud_desktop.vault.shred import (
    DELETING_MARK,
    KEY_FILE,
    shred_damaged_copies,
    shred_folder,
)
from ombud_desktop.vault.storage import load_versioned, save_versioned, write_new
from ombud_desktop.vault.stream import ChunkedReader
from ombud_desktop.vault.vault import CASES_DIR, RECORD_FILE, VaultBase

CaseRef = CaseRecord | str


def damaged_case(case_id: str, err: Exception) -> VaultError:
    """What the case list says about a case that cannot be read, and what to do."""
    return VaultError(
        template=QT_TRANSLATE_NOOP(
            "errors",
            "Case {case_id} cannot be opened. {problem} Every other case opens as usual. If "
            "it cannot be repaired, delete it (select it and choose Delete, or run "
            "`ombud-desktop case delete {case_id} --yes`).",
        ),
        params={"case_id": case_id, "problem": err},
    )


class CaseVault(VaultBase):
    """Encrypted cases and their attachments. The app opens `vault.Vault`, which adds
    hand-off files on top."""

    def _after_unlock(self) -> None:
        """An attachment file with no record (a crash between writing it and saving the
        record that lists it) is removed once per opening, before any import can run.
        A case restored from its backup just now keeps every file. Only at the first
        unlock: after an idle lock an import may still be finishing on another thread."""
        if self.read_only or getattr(self, "_orphans_checked", False):
            return
        self._orphans_checked = True
        root = self.data_dir / CASES_DIR
        for folder in sorted(root.iterdir()) if root.is_dir() else []:
            if not is_valid_id(folder.name) or (folder / DELETING_MARK).exists():
                continue
            before = len(self.notices)
            try:
                record = self.load_case(folder.name)
            except VaultError:
                continue  # listed as damaged; nothing is removed from it
            if len(self.notices) != before:
                continue
            for path in folder.glob("att-*.ombud"):
                if path.name[len("att-") : -len(".ombud")] not in record.attachments:
                    path.unlink(missing_ok=True)

    # -- records -----------------------------------------------------------------------
    def create_case(
        self,
        answers: JsonObject,
        *,
        status: str = "draft",
        ui_state: UiState | None = None,
        case_id: str | None = None,
    ) -> CaseRecord:
        self.require_writable()
        record = CaseRecord(
            id=case_id or new_id(),
            answers=check_answers(answers),
            status=check_status(status),
            ui_state=ui_state.copy() if ui_state else UiState(),
        )
        record.version = 1
        with self.new_case_folder(record):
            pass
        return record

    @contextmanager
    def new_case_folder(self, record: CaseRecord, *, replace: bool = False) -> Iterator[NewCase]:
        """Build case `record` atomically: its key and record are written into a staging
        folder, the block may add encrypted attachment files there (`NewCase.key`), and
        on leaving the block the folder is renamed into place, replacing an existing case
        of the same id only when `replace`. On any error the staging folder is removed
        and the vault is as before: a crash never leaves half a case."""
        self.require_writable()
        final = self.case_dir(record.id)
        if final.exists() and not replace:
            raise VaultError(
                template=QT_TRANSLATE_NOOP(
                    "errors", "Case {case_id} already exists; nothing was overwritten."
                ),
                params={"case_id": record.id},
            )
        staging = final.with_name(f".incoming-{new_id(8)}")
        case_key = os.urandom(32)
        try:
            self._write_new_case(record, case_key, staging)
            yield NewCase(staging, case_key)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)  # only encrypted files in there
            self._case_keys.pop(record.id, None)
            raise
        _move_into_place(staging, final)
        self.remember_version(record.id, record.version)  # a replaced case: this one now

    def _write_new_case(self, record: CaseRecord, case_key: bytes, folder: Path) -> None:
        """Write key + record of a new case into `folder` (which must not exist yet)."""
        ensure_private_dir(folder.parent)
        if folder.exists():
            raise VaultError(
                template=QT_TRANSLATE_NOOP(
                    "errors", "Case {case_id} already exists; nothing was overwritten."
                ),
                params={"case_id": record.id},
            )
        folder.mkdir(mode=0o700)
        fsync_dir(folder.parent)
        wrap_key = subkey(self._key(), "case-key")
        key_file = seal(
            wrap_key, KIND_CASE_KEY, {"case_id": record.id, "key_id": "vault"}, case_key
        )
        write_new(folder / KEY_FILE, key_file)
        self._case_keys[record.id] = case_key
        data = self._encode_record(record)
        write_new(folder / RECORD_FILE, data, with_backup=False)
        record.fingerprint = _fp(data)

    def load_case(self, case_id: str) -> CaseRecord:
        path = self.case_dir(case_id) / RECORD_FILE
        self._case_key(case_id)  # raises CaseNotFoundError first for unknown ids
        decode, for_backup = self._record_decoders(case_id, path)
        record, fp = load_versioned(path, decode, self.data_dir, self.notices, for_backup)
        if record.version < self.load_state().versions.get(case_id, 0):
            self.remember_version(case_id, record.version)  # the backup after real damage
        record.fingerprint = fp
        return record

    def save_case(self, record: CaseRecord, *, touch: bool = True) -> CaseRecord:
        """Save `record` (autosave); refuses if the file changed on disk since loaded."""
        self.require_writable()
        record.answers = check_answers(record.answers)
        check_status(record.status)
        if touch:
            record.updated_at = now_iso()
        path = self.case_dir(record.id) / RECORD_FILE
        record.version += 1
        try:
            record.fingerprint = save_versioned(
                path, self._encode_record(record), record.fingerprint
            )
        except BaseException:
            record.version -= 1
            raise
        # After the record: a crash in between leaves a record newer than noted (fine).
        self.remember_version(record.id, record.version)
        return record

    def accept_older_version(self, case_id: str) -> CaseRecord:
        """Use the case file as it is, though older than the version last saved (the
        person put it back from a backup themselves)."""
        self.require_writable()
        self._accepting_older.add(case_id)
        try:
            record = self.load_case(case_id)
        finally:
            self._accepting_older.discard(case_id)
        self.remember_version(case_id, record.version)
        return record

    def _record(self, case: CaseRef) -> CaseRecord:
        return self.load_case(case) if isinstance(case, str) else case

    def set_status(self, case: CaseRef, status: str) -> CaseRecord:
        record = self._record(case)
        record.status = check_status(status)
        return self.save_case(record)

    def mark_sent(
        self, case: CaseRef, *, channel: str, reference: str = "", sent_on: date | None = None
    ) -> CaseRecord:
        """Record that the request was sent (used by the export step)."""
        record = self._record(case)
        when = (sent_on or datetime.now(UTC).date()).isoformat()
        record.sent = SentInfo(date=when, channel=channel, reference=reference)
        record.status = "sent"
        return self.save_case(record)

    def list_cases(self, retention_days: int | None = None) -> list[CaseSummary]:
        """Every case, most recently edited first; unreadable ones carry `problem`."""
        days = retention_days or self.retention_days
        summaries = []
        root = self.data_dir / CASES_DIR
        folders = sorted(root.iterdir()) if root.is_dir() else []
        for folder in folders:
            if not (folder.is_dir() and is_valid_id(folder.name)):
                continue  # staging folders, or something that is not ours
            if (folder / DELETING_MARK).exists():
                continue
            try:
                summaries.append(summarize(self.load_case(folder.name), days))
            except VaultLockedError:
                raise
            except (VaultError, ValueError, TypeError, KeyError, AttributeError) as err:
                # One unreadable case never hides the others: listed as damaged, deletable.
                problem = damaged_case(folder.name, err)
                older = isinstance(err, OlderCopyOnlyError)  # the person may still use it
                summaries.append(
                    CaseSummary(
                        folder.name,
                        "",
                        (),
                        "",
                        "",
                        "",
                        False,
                        str(problem),
                        problem,
                        older_copy=older,
                    )
                )
        return sorted(summaries, key=lambda s: s.updated_at, reverse=True)

    def retention_due(self, retention_days: int | None = None) -> list[CaseSummary]:
        """Cases untouched for the retention period (default 90 days): offer deletion."""
        days = retention_days or self.retention_days
        return [s for s in self.list_cases(days) if s.updated_at and is_due(s.updated_at, days)]

    def delete_case(self, case_id: str) -> None:
        """Crypto-shred: destroy the wrapped case key first, then remove the files."""
        self.require_writable()
        folder = self.case_dir(case_id)
        if not folder.is_dir():
            raise CaseNotFoundError(
                template=QT_TRANSLATE_NOOP(
                    "errors",
                    "There is no case {case_id} in {folder}.",
                ),
                params={"case_id": case_id, "folder": self.data_dir},
            )
        self._case_keys.pop(case_id, None)
        shred_folder(folder)
        shred_damaged_copies(self.data_dir, case_id)
        self.remember_version(case_id, None)

    # -- attachments -------------------------------------------------------------------
    def add_attachment(
        self,
        case: CaseRef,
        source: str | os.PathLike[str] | BinaryIO,
        *,
        category: str,
        title: str | None = None,
        original_filename: str | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> JsonObject:
        """Encrypt a file into the case (streamed) and list it in answers["documents"].

        Returns the new documents entry. `progress(bytes_done, total)` is called per MiB;
        `cancelled()` returning True stops the import and leaves nothing behind.
        """
        self.require_writable()
        if category not in DOCUMENT_CATEGORY_CODES:
            known = ", ".join(DOCUMENT_CATEGORY_CODES)
            raise VaultError(f"Unknown category {category!r}; use one of: {known}.")
        record = self._record(case)
        attachment_id = new_id(12)
        target = attachment_file(self.case_dir(record.id), attachment_id)
        params = {"case_id": record.id, "attachment_id": attachment_id}
        key = self._case_key(record.id)
        if isinstance(source, (str, os.PathLike)):
            path = Path(source)
            original_filename = original_filename or path.name
            try:
                handle: BinaryIO = open(path, "rb")  # noqa: SIM115 - closed below
            except OSError as err:
                raise _unreadable(path, err) from err
            total: int | None = os.fstat(handle.fileno()).st_size
            shown = path
        else:
            handle, total = source, None
            shown = Path(original_filename or "?")
        try:
            facts = encrypt_into(
                handle, target, key, params, total=total, progress=progress, cancelled=cancelled
            )
        except OSError as err:  # reading failed midway (writing failures are SaveFailed)
            raise _unreadable(shown, err) from err
        finally:
            if handle is not source:
                handle.close()
        pages = count_pages(
            facts.kind, facts.size, lambda: self.open_attachment(record, attachment_id)
        )
        entry: JsonObject = {
            "id": attachment_id,
            "category": category,
            "title": title or original_filename or "Document",
            "original_filename": original_filename or "",
            "pages": pages,
            "sha256": facts.sha256,
            "added_on": datetime.now(UTC).date().isoformat(),
        }
        record.attachments[attachment_id] = {
            "size": facts.size,
            "kind": facts.kind,
            "media_type": MEDIA_TYPES[facts.kind],
            "sha256": facts.sha256,  # kept here too: the documents list is user-editable
        }
        record.documents.append(entry)
        try:
            self.save_case(record)
        except VaultError:
            target.unlink(missing_ok=True)
            record.documents.remove(entry)
            del record.attachments[attachment_id]
            raise
        return entry

    def open_attachment(self, case: CaseRef, attachment_id: str) -> BinaryIO:
        """A seekable read-only stream of the plaintext (decrypted in memory, chunkwise)."""
        case_id = case if isinstance(case, str) else case.id
        path = attachment_file(self.case_dir(case_id), attachment_id)
        try:
            handle = open(path, "rb")  # noqa: SIM115 - owned by the reader
        except FileNotFoundError:
            raise AttachmentNotFoundError(
                template=QT_TRANSLATE_NOOP(
                    "errors",
                    "Case {case_id} has no attachment {attachment_id}.",
                ),
                params={"case_id": case_id, "attachment_id": attachment_id},
            ) from None
        try:
            header = read_header(handle, path, KIND_ATTACHMENT)
            if header.params.get("case_id") != case_id or (
                header.params.get("attachment_id") != attachment_id
            ):
                from ombud_desktop.vault.fileformat import damaged

                raise damaged(path, "belongs to another case or attachment")
            reader = ChunkedReader(
                handle, self._case_key(case_id), header, ATTACHMENT_PURPOSE, path
            )
        except BaseException:
            handle.close()
            raise
        return reader  # type: ignore[return-value]

    def read_attachment(self, case: CaseRef, attachment_id: str) -> bytes:
        with self.open_attachment(case, attachment_id) as stream:
            return stream.read()

    def remove_attachment(self, case: CaseRef, attachment_id: str) -> CaseRecord:
        self.require_writable()
        record = self._record(case)
        record.answers["documents"] = [d for d in record.documents if d.get("id") != attachment_id]
        record.attachments.pop(attachment_id, None)
        self.save_case(record)
        (attachment_file(self.case_dir(record.id), attachment_id)).unlink(missing_ok=True)
        return record


@dataclass(frozen=True)
class NewCase:
    """A case folder being built by `CaseVault.new_case_folder`: where its files go and the
    key that encrypts them."""

    folder: Path
    key: bytes

    def attachment_path(self, attachment_id: str) -> Path:
        return attachment_file(self.folder, attachment_id)


def _unreadable(path: Path, err: OSError) -> VaultError:
    """The file to attach could not be read (at opening, or midway: a disk error, a
    stick pulled out)."""
    return VaultError(
        template=QT_TRANSLATE_NOOP("errors", "Could not read {path}: {reason}."),
        params={"path": path, "reason": err.strerror or type(err).__name__},
    )


def attachment_file(case_folder: Path, attachment_id: str) -> Path:
    """Where an attachment's encrypted file lives in its case folder."""
    return case_folder / f"att-{attachment_id}.ombud"


def _move_into_place(staging: Path, target: Path) -> None:
    """Rename the built folder to `target`; a case already there is moved aside first and
    shredded once the new one is in place."""
    old = None
    if target.exists():
        old = target.with_name(f".replaced-{target.name}-{new_id(6)}")
        os.replace(target, old)
    os.replace(staging, target)
    fsync_dir(target.parent)
    if old is not None:
        shred_folder(old)


def _fp(data: bytes) -> str:
    from ombud_desktop.vault.storage import fingerprint

    return fingerprint(data)
