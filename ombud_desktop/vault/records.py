"""Case records: the answers dict (the answers-file shape) plus vault metadata."""

from __future__ import annotations

import copy
import json
import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import NotRequired, TypedDict

from ombud_desktop.core.facts import first_receipt_number, subject_display_name
from ombud_desktop.core.json_types import JsonObject, is_object_list
from ombud_desktop.core.model import Case
from ombud_desktop.core.ui_state import UiState, read_ui_state
from ombud_desktop.vault.errors import VaultError
from ombud_desktop.vault.record_schema import (
    ANSWERS_SCHEMA,
    ID_ALPHABET,
    RECORD_FORMAT,
    STATUSES,
    RecordShapeError,
    check_answers_shape,
    check_record_body,
)

DEFAULT_RETENTION_DAYS = 90


def new_id(length: int = 10) -> str:
    return "".join(secrets.choice(ID_ALPHABET) for _ in range(length))


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class SentInfo:
    date: str  # ISO date the request was sent
    channel: str  # email, fax, mail ...
    reference: str = ""  # e.g. fax confirmation or tracking number

    def to_dict(self) -> JsonObject:
        return {"date": self.date, "channel": self.channel, "reference": self.reference}


class AttachmentFacts(TypedDict):
    """What the vault knows of one encrypted file (checked on reading: record_schema)."""

    size: int
    kind: str  # filetypes kind: pdf, jpeg, png ...
    media_type: str
    sha256: NotRequired[str | None]


@dataclass
class CaseRecord:
    """One case as held in memory; `answers` is Case.to_answers() / answers-file JSON."""

    id: str
    answers: JsonObject
    status: str = "draft"
    created_at: str = field(default_factory=now_iso)
    updated_at: str = field(default_factory=now_iso)
    sent: SentInfo | None = None
    ui_state: UiState = field(default_factory=UiState)
    attachments: dict[str, AttachmentFacts] = field(default_factory=dict)  # id -> file facts
    fingerprint: str | None = None  # of the file as last loaded/saved (change detection)
    version: int = 0  # counts saves; the vault state remembers the latest (rollback check)

    @property
    def documents(self) -> list[JsonObject]:
        """The answers' documents list itself (adding to it adds to the answers)."""
        docs = self.answers.setdefault("documents", [])
        if not is_object_list(docs):
            raise VaultError(
                "The case's documents list is not a list of objects; fix the answers file."
            )
        return docs

    def to_payload(self) -> bytes:
        body = {
            "format": RECORD_FORMAT,
            "id": self.id,
            "answers": self.answers,
            "meta": {
                "status": self.status,
                "created_at": self.created_at,
                "updated_at": self.updated_at,
                "sent": self.sent.to_dict() if self.sent else None,
                "ui_state": self.ui_state,
                "attachments": self.attachments,
                "version": self.version,
            },
        }
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_payload(cls, payload: bytes) -> CaseRecord:
        """The record in `payload`; RecordShapeError (a ValueError) when it is not JSON
        of the shape the app writes (record_schema.py)."""
        try:
            body = json.loads(payload.decode("utf-8"))
        except RecursionError:
            raise RecordShapeError("the record is nested too deeply") from None
        except ValueError as err:
            raise RecordShapeError(f"the record is not JSON ({err})") from None
        check_record_body(body)
        meta = body["meta"]
        sent = meta.get("sent")
        return cls(
            id=body["id"],
            answers=body["answers"],
            status=meta["status"],
            created_at=meta["created_at"],
            updated_at=meta["updated_at"],
            sent=SentInfo(**sent) if sent else None,
            ui_state=read_ui_state(meta.get("ui_state")),
            attachments=meta.get("attachments") or {},
            version=meta.get("version", 0),
        )

    def copy(self) -> CaseRecord:
        return copy.deepcopy(self)


def check_answers(answers: object) -> JsonObject:
    """Accept an answers dict (answers-file shape); reject anything else with a message."""
    if not isinstance(answers, dict):
        raise VaultError("The answers must be a JSON object ({...}), as in the answers file.")
    schema = answers.get("schema", ANSWERS_SCHEMA)
    if schema != ANSWERS_SCHEMA:
        raise VaultError(
            f'The answers say "schema": "{schema}"; this app reads "{ANSWERS_SCHEMA}".'
        )
    try:  # a JSON round trip: a deep copy that proves the answers can be saved
        saved: JsonObject = json.loads(json.dumps(answers, ensure_ascii=False, allow_nan=False))
    except (TypeError, ValueError) as err:
        raise VaultError(
            f"The answers hold a value that cannot be saved ({err}); nothing was written."
        ) from None
    saved["schema"] = ANSWERS_SCHEMA
    try:  # never save what reading would refuse
        check_answers_shape(saved)
    except RecordShapeError as err:
        raise VaultError(f"The answers cannot be saved: {err}. Nothing was written.") from None
    return saved


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise VaultError(f"Unknown case status {status!r}; use one of: {', '.join(STATUSES)}.")
    return status


@dataclass(frozen=True)
class CaseSummary:
    """One line of the home screen's case list."""

    id: str
    name: str
    form_numbers: tuple[str, ...]
    status: str
    created_at: str
    updated_at: str
    due_for_retention: bool
    problem: str | None = None  # set when the case could not be read (English)
    error: VaultError | None = None  # the same problem, for showing it translated
    sent: SentInfo | None = None  # date, channel and reference once marked as sent
    receipt_number: str = ""  # the first filing's: tells two cases of one person apart
    older_copy: bool = False  # unreadable only for being older than the last save
    # The answers and the wizard's state, for the GUI's progress column (in memory only,
    # never in to_dict).
    answers: JsonObject = field(default_factory=dict, repr=False, compare=False)
    ui_state: UiState = field(default_factory=UiState, repr=False, compare=False)

    def to_dict(self) -> JsonObject:
        return {
            "id": self.id,
            "name": self.name,
            "form_numbers": list(self.form_numbers),
            "status": self.status,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "due_for_retention": self.due_for_retention,
            "problem": self.problem,
            "sent": self.sent.to_dict() if self.sent else None,
        }


def form_numbers(answers: JsonObject) -> tuple[str, ...]:
    filings = answers.get("filings")
    if not isinstance(filings, list):
        return ()
    return tuple(
        str(f["form_number"]) for f in filings if isinstance(f, dict) and f.get("form_number")
    )


def is_due(updated_at: str, retention_days: int, today: date | None = None) -> bool:
    try:
        edited = datetime.fromisoformat(updated_at)
    except ValueError:
        return False
    now = datetime.combine(today, datetime.min.time(), UTC) if today else datetime.now(UTC)
    return now - edited >= timedelta(days=retention_days)


def summarize(record: CaseRecord, retention_days: int) -> CaseSummary:
    return CaseSummary(
        id=record.id,
        name=subject_display_name(record.answers),
        form_numbers=form_numbers(record.answers),
        status=record.status,
        created_at=record.created_at,
        updated_at=record.updated_at,
        due_for_retention=is_due(record.updated_at, retention_days),
        sent=record.sent,
        receipt_number=first_receipt_number(Case.from_answers(record.answers)),
        answers=record.answers,
        ui_state=record.ui_state.copy(),
    )
