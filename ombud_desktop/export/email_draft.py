"""The email channel: `.eml` drafts (X-Unsent: 1 makes desktop mail programs open them as
drafts to send), split into numbered messages under a size limit, and a `mailto:` link.

Messages are measured as serialized (base64 grows attachments by a third), so each part is
within the limit a mail server checks; a document that cannot fit even alone is reported,
not silently dropped.
"""

from __future__ import annotations

import base64
import re
import unicodedata
import urllib.parse
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import EmailPolicy

from ombud_desktop.core.email_size import MB, capacity, encoded_size
from ombud_desktop.core.plain_text import printable
from ombud_desktop.export.destinations import Destinations
from ombud_desktop.export.source import ExportSource


@dataclass(frozen=True)
class Attachment:
    name: str  # ASCII file name, also used in the bundle's attachments folder
    title: str
    pages: int
    data: bytes

    def line(self) -> str:
        pages = "1 page" if self.pages == 1 else f"{self.pages} pages"
        return f"{self.name} - {printable(self.title)} ({pages})"


@dataclass(frozen=True)
class EmailDrafts:
    messages: tuple[bytes, ...]  # serialized .eml files, in order
    parts: tuple[tuple[Attachment, ...], ...]  # what each message carries
    oversize: tuple[Attachment, ...]  # too big for any message: sent another way
    subject: str
    to: str
    bodies: tuple[str, ...] = ()  # each message's text (message-N.txt for webmail)


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


def plan_parts(
    items: list[Attachment], limit_bytes: int
) -> tuple[list[list[Attachment]], list[Attachment]]:
    """Fill messages in order (the form first); a document too big alone goes to `oversize`."""
    room = capacity(limit_bytes)
    parts: list[list[Attachment]] = [[]]
    used = 0
    oversize = []
    for item in items:
        size = encoded_size(len(item.data))
        if size > room:
            oversize.append(item)
            continue
        if parts[-1] and used + size > room:
            parts.append([])
            used = 0
        parts[-1].append(item)
        used += size
    return [p for p in parts if p] or [[]], oversize


def subject_line(source: ExportSource) -> str:
    parts = ["Request for case assistance (Form DHS-7001)", printable(source.subject_name)]
    if source.first_receipt:
        parts.append(printable(source.first_receipt))
    return " - ".join(parts)


def body_text(
    source: ExportSource,
    parts: list[list[Attachment]],
    oversize: list[Attachment],
    number: int,
    fax: str,
) -> str:
    """Message `number`'s text: the request, then every document of it, whether in this
    message, in another numbered one or left out for size: no unexplained gaps."""
    name = printable(source.subject_name)
    lines = [
        "To the CIS Ombudsman, Case Assistance:",
        "",
        f"Please find attached a request for case assistance (Form DHS-7001) for {name}.",
    ]
    if source.receipt_numbers:
        receipts = ", ".join(printable(r) for r in source.receipt_numbers)
        lines.append(f"USCIS receipt number(s): {receipts}")
    if source.a_number:
        lines.append(f"A-number: {printable(source.a_number)}")
    lines.append("")
    total = len(parts)
    documents = sum(len(p) for p in parts) + len(oversize)
    if total > 1:
        lines.append(
            f"This is message {number} of {total}. The request has {documents} files; "
            "each message lists all of them."
        )
    lines += _listed("Attached to this message:", parts[number - 1]) or [
        "Attached to this message: nothing."
    ]
    for other, carried in enumerate(parts, start=1):
        if other != number:
            lines += _listed(f"In message {other} of {total}:", carried)
    if oversize:
        lines += _listed(
            "Not attached, too large to send by email: they follow separately by fax "
            f"(to {fax}) or by mail, each page marked with the name and receipt number "
            "above:",
            oversize,
            sizes=True,
        )
    lines += ["", "All documents are copies; the originals are kept by the sender.", ""]
    lines += _signature(source)
    return "\n".join(lines) + "\n"


def _listed(heading: str, items: list[Attachment], sizes: bool = False) -> list[str]:
    if not items:
        return []
    size = (lambda item: f", {len(item.data) / MB:.1f} MB") if sizes else (lambda item: "")
    return ["", heading, *(f"  {item.line()}{size(item)}" for item in items)]


def _signature(source: ExportSource) -> list[str]:
    s = source.sender
    lines = ["Sincerely,", s.name or source.subject_name]
    lines += [x for x in (s.organization, s.phone and f"Phone: {s.phone}", s.email) if x]
    return [printable(line) for line in lines]


class _Policy(EmailPolicy):
    """SMTP's policy, but Subject is folded here: the library folds a subject whose first
    word is long into an empty first line, which some mail programs show blank."""

    def fold(self, name: str, value: str) -> str:
        if name.lower() == "subject":
            return fold_subject(name, str(value), self.linesep)
        return str(super().fold(name, value))

    def fold_binary(self, name: str, value: str) -> bytes:
        if name.lower() == "subject":
            return fold_subject(name, str(value), self.linesep).encode("ascii")
        return bytes(super().fold_binary(name, value))


POLICY = _Policy(linesep="\r\n")  # CRLF line ends: what mail programs expect in a .eml


def fold_subject(name: str, value: str, linesep: str = "\r\n") -> str:
    """`Name: value` folded at 78 characters, words kept whole, the first line never
    empty; words in other scripts (or too long for a line) as RFC 2047 encoded words."""
    line, lines = f"{name}:", list[str]()
    for token in _subject_tokens(printable(value)):
        # the first word always stays on the first line
        if (lines or line != f"{name}:") and len(line) + 1 + len(token) > _LINE:
            lines.append(line)
            line = ""
        line += f" {token}"
    return linesep.join([*lines, line]) + linesep


_LINE = 78
_CHUNK_BYTES = 39  # base64 of 39 bytes is 52 characters: an encoded word of 64


def _subject_tokens(value: str) -> list[str]:
    """Plain ASCII words as they are; each run of other words encoded together (the
    spaces inside a run are part of the encoded text: between encoded words they vanish)."""
    tokens: list[str] = []
    run: list[str] = []
    for word in value.split():
        if word.isascii() and len(word) <= 60 and "=?" not in word:
            if run:
                tokens += _encoded_words(" ".join(run))
                run = []
            tokens.append(word)
        else:
            run.append(word)
    if run:
        tokens += _encoded_words(" ".join(run))
    return tokens


def _encoded_words(text: str) -> list[str]:
    chunks, current = [], b""
    for char in text:
        data = char.encode("utf-8")
        if len(current) + len(data) > _CHUNK_BYTES:
            chunks.append(current)
            current = b""
        current += data
    chunks.append(current)
    return [f"=?utf-8?b?{base64.b64encode(c).decode('ascii')}?=" for c in chunks]


def build_drafts(source: ExportSource, destinations: Destinations, limit_bytes: int) -> EmailDrafts:
    parts, oversize = plan_parts(attachments_for(source), limit_bytes)
    subject = subject_line(source)
    messages, bodies = [], []
    for number, carried in enumerate(parts, start=1):
        body = body_text(source, parts, oversize, number, destinations.fax)
        msg = EmailMessage(policy=POLICY)
        msg["To"] = printable(destinations.email)
        msg["Subject"] = (
            subject if len(parts) == 1 else f"{subject} (part {number} of {len(parts)})"
        )
        msg["X-Unsent"] = "1"  # Outlook and others open the file as a draft to send
        msg.set_content(body)
        for item in carried:
            msg.add_attachment(item.data, maintype="application", subtype="pdf", filename=item.name)
        messages.append(msg.as_bytes(policy=POLICY))
        bodies.append(body)
    return EmailDrafts(
        messages=tuple(messages),
        parts=tuple(tuple(p) for p in parts),
        oversize=tuple(oversize),
        subject=subject,
        to=destinations.email,
        bodies=tuple(bodies),
    )


def mailto_link(drafts: EmailDrafts, folder_hint: str) -> str:
    """A `mailto:` URL opening a new message; attachments must be added by hand from the folder."""
    body = f"Attach the files from the folder {folder_hint} (see README.txt there), then send.\n"
    query = urllib.parse.urlencode(
        {"subject": drafts.subject, "body": body}, quote_via=urllib.parse.quote
    )
    return f"mailto:{urllib.parse.quote(drafts.to, safe='@')}?{query}"
