"""What an export is made from: the case's facts that go on cover pages and the rendered
PDFs (form and one per supporting document). Built by `gather.py` from the vault and the
document renderer; the channel builders only read it, so they are tested without a vault."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ExportDocument:
    """One supporting document rendered to PDF pages (copies only, never originals)."""

    title: str
    category: str
    pdf: bytes
    pages: int


@dataclass(frozen=True)
class Sender:
    """Who sends the request (the subject, or an attorney or helper for them)."""

    name: str
    organization: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    address_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExportSource:
    case_id: str
    subject_name: str
    a_number: str  # printed form "A123-456-789", "" when the person has none
    receipt_numbers: tuple[str, ...]
    sender: Sender
    form_pdf: bytes
    form_pages: int
    documents: tuple[ExportDocument, ...] = ()
    # the documents' index page(s) for fax and mail, numbered from a given first page
    index_for: Callable[[int], bytes] | None = None
    index_pages: int = 0
    extra_checks: tuple[str, ...] = ()  # role-specific enclosures (G-28, written consent)
    language: str = "en"  # the person's language, for README.txt
    wet_ink_signature: bool = False  # the form must be printed and signed by hand
    signed_form_missing: bool = False  # ink-signed, and its signed page was never added
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def first_receipt(self) -> str:
        return self.receipt_numbers[0] if self.receipt_numbers else ""

    def printed_parts(self, cover_pages: int) -> list[ExportDocument]:
        """What fax and mail carry after their `cover_pages`: form, index, documents
        (the index lists the page numbers the stamp will print)."""
        parts = [ExportDocument("Form DHS-7001", "form", self.form_pdf, self.form_pages)]
        if self.index_for is not None and self.index_pages:
            first = cover_pages + self.form_pages + 1
            index = self.index_for(first)
            parts.append(ExportDocument("Index of documents", "index", index, self.index_pages))
        return parts + list(self.documents)

    def regarding(self) -> str:
        """One line naming the request: form, person, receipt number, A-number."""
        parts = [f"Form DHS-7001 case assistance request for {self.subject_name}"]
        if self.first_receipt:
            parts.append(f"receipt number {self.first_receipt}")
        if self.a_number:
            parts.append(f"A-number {self.a_number}")
        return ", ".join(parts)
