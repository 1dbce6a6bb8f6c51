"""The email channel: `.eml` drafts (X-Unsent: 1 makes desktop mail programs open them as
drafts to send), split into numbered messages under a size limit, and a `mailto:` link.

Messages are measured as serialized (base64 grows attachments by a third), so each part is
within the limit a mail server checks; a document that cannot fit even alone is reported,
not silently dropped.
"""

from __future__ import annotations

import email.policy
import math
import re
import unicodedata
import urllib.parse
from dataclasses import dataclass
from email.message import EmailMessage

from ombud_desktop.export.destinations import Destinations
from ombud_desktop.export.source import ExportSource

DEFAULT_LIMIT_MB = 10
POLICY = email.policy.SMTP  # CRLF line ends: what mail programs expect in a .eml file
_BODY_ALLOWANCE = 16 * 1024  # headers + text body + MIME boundaries, generously
_PER_ATTACHMENT_HEADERS = 400


@dataclass(frozen=True)
class Attachment:
    name: str  # ASCII file name, also used in the bundle's attachments folder
    title: str
    pages: int
    data: bytes

    def line(self) -> str:
        pages = "1 page" if self.pages == 1 else f"{self.pages} pages"
        return f"{self.name} - {self.title} ({pages})"


@dataclass(frozen=True)
class EmailDrafts:
    messages: tuple[bytes, ...]  # serialized .eml files, in order
    parts: tuple[tuple[Attachment, ...], ...]  # what each message carries
    oversize: tuple[Attachment, ...]  # too big for any message: sent another way
    subject: str
    to: str


def attachments_for(source: ExportSource) -> list[Attachment]:
    """The form first, then the documents, numbered in the order the person put them."""
    items = [
        Attachment(
            _file_name(1, "DHS-7001 form"), "Form DHS-7001", source.form_pages, source.form_pdf
        )
    ]
    for number, doc in enumerate(source.documents, start=2):
        items.append(Attachment(_file_name(number, doc.title), doc.title, doc.pages, doc.pdf))
    return items


def _file_name(number: int, title: str) -> str:
    # ASCII only: old MIME tools (and some webmail) mangle RFC 2231 names
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_title).strip("-")[:50].rstrip("-") or "document"
    return f"{number:02d}-{slug}.pdf"


def encoded_size(data_len: int) -> int:
    """Bytes an attachment takes in the message: base64 plus CRLF every 76 characters."""
    b64 = 4 * math.ceil(data_len / 3)
    return b64 + 2 * math.ceil(b64 / 76) + _PER_ATTACHMENT_HEADERS


def plan_parts(
    items: list[Attachment], limit_bytes: int
) -> tuple[list[list[Attachment]], list[Attachment]]:
    """Fill messages in order (the form first); a document too big alone goes to `oversize`."""
    capacity = limit_bytes - _BODY_ALLOWANCE
    parts: list[list[Attachment]] = [[]]
    used = 0
    oversize = []
    for item in items:
        size = encoded_size(len(item.data))
        if size > capacity:
            oversize.append(item)
            continue
        if parts[-1] and used + size > capacity:
            parts.append([])
            used = 0
        parts[-1].append(item)
        used += size
    return [p for p in parts if p] or [[]], oversize


def subject_line(source: ExportSource) -> str:
    parts = ["Request for case assistance (Form DHS-7001)", source.subject_name]
    if source.first_receipt:
        parts.append(source.first_receipt)
    return " - ".join(parts)


def body_text(source: ExportSource, carried: list[Attachment], number: int, total: int) -> str:
    lines = [
        "To the CIS Ombudsman, Case Assistance:",
        "",
        f"Please find attached a request for case assistance (Form DHS-7001) for "
        f"{source.subject_name}.",
    ]
    if source.receipt_numbers:
        lines.append(f"USCIS receipt number(s): {', '.join(source.receipt_numbers)}")
    if source.a_number:
        lines.append(f"A-number: {source.a_number}")
    lines.append("")
    if total > 1:
        lines.append(f"This is message {number} of {total}. It carries:")
    else:
        lines.append("Attached:")
    lines += [f"  {a.line()}" for a in carried] or ["  (no attachments)"]
    if total > 1:
        lines.append(f"The other messages, numbered 1 to {total}, carry the rest.")
    lines += ["", "All documents are copies; the originals are kept by the sender.", ""]
    lines += _signature(source)
    return "\n".join(lines) + "\n"


def _signature(source: ExportSource) -> list[str]:
    s = source.sender
    lines = ["Sincerely,", s.name or source.subject_name]
    lines += [x for x in (s.organization, s.phone and f"Phone: {s.phone}", s.email) if x]
    return lines


def build_drafts(source: ExportSource, destinations: Destinations, limit_bytes: int) -> EmailDrafts:
    parts, oversize = plan_parts(attachments_for(source), limit_bytes)
    subject = subject_line(source)
    messages = []
    for number, carried in enumerate(parts, start=1):
        msg = EmailMessage(policy=POLICY)
        msg["To"] = destinations.email
        msg["Subject"] = (
            subject if len(parts) == 1 else f"{subject} (part {number} of {len(parts)})"
        )
        msg["X-Unsent"] = "1"  # Outlook and others open the file as a draft to send
        msg.set_content(body_text(source, carried, number, len(parts)))
        for item in carried:
            msg.add_attachment(item.data, maintype="application", subtype="pdf", filename=item.name)
        messages.append(msg.as_bytes(policy=POLICY))
    return EmailDrafts(
        messages=tuple(messages),
        parts=tuple(tuple(p) for p in parts),
        oversize=tuple(oversize),
        subject=subject,
        to=destinations.email,
    )


def mailto_link(drafts: EmailDrafts, folder_hint: str) -> str:
    """A `mailto:` URL opening a new message; attachments must be added by hand from the folder."""
    body = f"Attach the files from the folder {folder_hint} (see README.txt there), then send.\n"
    query = urllib.parse.urlencode(
        {"subject": drafts.subject, "body": body}, quote_via=urllib.parse.quote
    )
    return f"mailto:{urllib.parse.quote(drafts.to, safe='@')}?{query}"
