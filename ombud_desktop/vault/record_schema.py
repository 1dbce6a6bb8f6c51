"""The shape a case record must have before the app uses it.

Every record read from the vault is checked here (a record that is authentic but of the
wrong shape is reported as damaged, never crashes the case list), and a hand-off file's
record and attachment list are checked more strictly before anything is written.
Errors are `RecordShapeError` (a ValueError) whose text names the part that is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

ANSWERS_SCHEMA = "ombud-case/1"
RECORD_FORMAT = "ombud-case-record/1"
STATUSES = ("draft", "ready", "sent")
MAX_DEPTH = 64  # answers nest 4 levels deep; deeper is not a case (and exhausts recursion)
MAX_TEXT = 5_000_000  # characters in one answer: far beyond any description typed
MAX_ATTACHMENT_SIZE = 8 * 1024**3  # larger than any scan the app accepts
ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud and retyped
_ID_CHARS = frozenset(ID_ALPHABET)
_SHA256 = re.compile(r"[0-9a-f]{64}")


class RecordShapeError(ValueError):
    """A record (or hand-off manifest) is not of the shape the app writes."""


def is_valid_id(value: object) -> bool:
    return isinstance(value, str) and 4 <= len(value) <= 40 and set(value) <= _ID_CHARS


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise RecordShapeError(what)


def _iso_datetime(value: object, what: str) -> None:
    _require(isinstance(value, str) and len(value) <= 64, f"{what} is not a date and time")
    try:
        datetime.fromisoformat(str(value))
    except ValueError:
        raise RecordShapeError(f"{what} is not a date and time") from None


def _depth_ok(value: object, left: int = MAX_DEPTH) -> bool:
    """Iterative, so a hostile nesting depth cannot exhaust Python's recursion."""
    stack: list[tuple[object, int]] = [(value, left)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, Mapping):
            children: list[object] = list(node.values())
        elif isinstance(node, list):
            children = list(node)
        else:
            _require(not isinstance(node, str) or len(node) <= MAX_TEXT, "an answer is too long")
            continue
        if depth <= 0:
            return False
        stack.extend((child, depth - 1) for child in children)
    return True


def check_answers_shape(answers: object) -> None:
    _require(isinstance(answers, dict), "the answers are not an object")
    assert isinstance(answers, dict)
    _require(
        answers.get("schema", ANSWERS_SCHEMA) == ANSWERS_SCHEMA,
        f"the answers are not of the schema {ANSWERS_SCHEMA}",
    )
    _require(_depth_ok(answers), f"the answers are nested more than {MAX_DEPTH} levels deep")
    documents = answers.get("documents", [])
    _require(isinstance(documents, list), "the documents list is not a list")
    for doc in documents:
        _require(isinstance(doc, dict), "a documents entry is not an object")


def _check_attachment_facts(attachment_id: object, facts: object) -> None:
    _require(is_valid_id(attachment_id), "an attachment id is not an id")
    _require(isinstance(facts, dict), f"attachment {attachment_id} has no facts")
    assert isinstance(facts, dict)
    size = facts.get("size")
    _require(
        type(size) is int and 0 <= size <= MAX_ATTACHMENT_SIZE,
        f"attachment {attachment_id} has no valid size",
    )
    for key in ("kind", "media_type"):
        value = facts.get(key)
        _require(isinstance(value, str) and len(value) <= 100, f"attachment {attachment_id} {key}")
    sha = facts.get("sha256")
    _require(
        sha is None or (isinstance(sha, str) and _SHA256.fullmatch(sha) is not None),
        f"attachment {attachment_id} has no valid SHA-256",
    )


def check_record_body(body: object) -> None:
    """The decoded record JSON: every part the app reads has the type it expects."""
    _require(isinstance(body, dict), "the record is not an object")
    assert isinstance(body, dict)
    _require(body.get("format", RECORD_FORMAT) == RECORD_FORMAT, "unknown record format")
    _require(is_valid_id(body.get("id")), "the case id is not an id")
    check_answers_shape(body.get("answers"))
    meta = body.get("meta")
    _require(isinstance(meta, dict), "the record has no metadata")
    assert isinstance(meta, dict)
    _require(meta.get("status") in STATUSES, "the status is not draft, ready or sent")
    _iso_datetime(meta.get("created_at"), "created_at")
    _iso_datetime(meta.get("updated_at"), "updated_at")
    version = meta.get("version", 0)
    _require(type(version) is int and version >= 0, "the version is not a whole number")
    sent = meta.get("sent")
    if sent is not None:
        _require(
            isinstance(sent, dict)
            and set(sent) <= {"date", "channel", "reference"}
            and all(isinstance(sent.get(k, ""), str) for k in ("date", "channel", "reference"))
            and "date" in sent
            and "channel" in sent,
            "the sent details are not date, channel and reference",
        )
    _require(isinstance(meta.get("ui_state", {}) or {}, dict), "the screen state is not an object")
    attachments = meta.get("attachments", {}) or {}
    _require(isinstance(attachments, dict), "the attachments are not an object")
    for attachment_id, facts in attachments.items():
        _check_attachment_facts(attachment_id, facts)


def check_handoff(record_body: dict[str, Any], listed: object) -> None:
    """A hand-off file's record and its attachment list: each listed file is one of the
    record's attachments (same size and SHA-256), none twice, none missing. (The answers'
    documents list is the person's to edit; the attachment facts are the vault's.)"""
    check_record_body(record_body)
    facts = record_body["meta"].get("attachments") or {}
    _require(isinstance(listed, list), "the attachment list is not a list")
    assert isinstance(listed, list)
    seen: set[str] = set()
    for item in listed:
        _require(isinstance(item, dict) and set(item) == {"id", "size", "sha256"}, "a listed file")
        ident = item["id"]
        _require(is_valid_id(ident), "a listed file's id is not an id")
        _require(ident not in seen, f"attachment {ident} is listed twice")
        seen.add(ident)
        _require(ident in facts, f"attachment {ident} is not one of the case's documents")
        _require(item["size"] == facts[ident]["size"], f"attachment {ident} size differs")
        sha = item["sha256"]
        _require(isinstance(sha, str) and _SHA256.fullmatch(sha) is not None, f"{ident} SHA-256")
        recorded = facts[ident].get("sha256")
        _require(recorded in (None, sha), f"attachment {ident} SHA-256 differs from the record")
    missing = sorted(set(facts) - seen)
    _require(not missing, f"attachment {', '.join(missing)} is in the record but not in the file")
