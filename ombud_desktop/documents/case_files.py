"""A case's supporting documents read from the vault into memory, for the render command
and for export. Light on purpose (no PDF libraries): the GUI reads these on its vault
writer thread, inside the app's process, where a slow import would hold up the window."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ombud_desktop.core.json_types import JsonObject
    from ombud_desktop.vault import Vault
    from ombud_desktop.vault.records import CaseRecord


@dataclass
class AttachmentInput:
    """One supporting document as the vault hands it over (decrypted, in memory)."""

    filename: str
    data: bytes = field(repr=False)
    category: str = "other"
    title: str = ""
    password: str | None = field(default=None, repr=False)


def documents_without_file(record: CaseRecord) -> list[str]:
    """Each listed document whose file is not in the vault (e.g. a list from an answers
    file), named "title (file name)": the form lists them, but no copy can be enclosed."""
    from ombud_desktop.core.facts import documents_without_file as missing
    from ombud_desktop.core.model import Case

    documents = record.documents
    return [_described(documents[i]) for i in missing(Case(record.answers), record.attachments)]


def _described(document: JsonObject) -> str:
    title, filename = document.get("title"), document.get("original_filename")
    if title and filename:
        return f"{title} ({filename})"
    return str(title or filename or "an untitled document")


def case_attachments(vault: Vault, record: CaseRecord) -> list[AttachmentInput]:
    """The documents whose files are in the vault, decrypted into memory, in the order of
    answers["documents"]."""
    return [
        AttachmentInput(
            filename=str(document.get("original_filename") or "document"),
            data=vault.read_attachment(record, str(document["id"])),
            category=str(document.get("category") or "other"),
            title=str(document.get("title") or ""),
        )
        for document in record.documents
        if str(document.get("id")) in record.attachments
    ]
