"""One export from start to finish: build the channel's files, write the bundle folder
(README.txt, manifest.json, SHA256SUMS) all at once or not at all."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ombud_desktop import __version__
from ombud_desktop.core.plain_text import printable
from ombud_desktop.errors import UserFacingError
from ombud_desktop.export import readme
from ombud_desktop.export.branding import NO_BRANDING, Branding
from ombud_desktop.export.bundle import BundleWriter, bundle_name
from ombud_desktop.export.class_f import CODING_NAMES, CODINGS, DEFAULT_CODING
from ombud_desktop.export.destinations import LABELS, Destinations
from ombud_desktop.export.progress import Progress
from ombud_desktop.export.source import ExportSource
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

CHANNELS = ("email", "fax", "mail")
MB = 1024 * 1024


@dataclass(frozen=True)
class ExportOptions:
    channel: str
    as_zip: bool = False
    tiff: bool = False  # fax only
    size_limit_mb: float = 10.0  # email only
    branding: Branding = NO_BRANDING  # the organization's letterhead (organization.toml)
    journal_dir: Path | None = None  # the data folder: lists staging folders (staging.py)
    tiff_coding: str = DEFAULT_CODING  # fax TIFF: a class_f coding (g3, g3-2d, g4)

    def __post_init__(self) -> None:
        if self.channel not in CHANNELS:
            raise UserFacingError(
                f"'{self.channel}' is not a way to send. Choose email, fax or mail."
            )
        if self.tiff_coding not in CODINGS:
            raise UserFacingError(
                f"'{self.tiff_coding}' is not a fax TIFF coding. Choose "
                f"{', '.join(CODINGS)} (g3 suits every fax service)."
            )
        if not 0.5 <= self.size_limit_mb <= 1000:
            raise UserFacingError(
                "The email size limit must be between 0.5 and 1000 MB (most mail "
                "services accept 10 to 25 MB)."
            )


@dataclass
class ExportResult:
    path: Path  # the bundle folder, or the zip
    channel: str
    files: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # plain sentences for the person
    mailto: str = ""
    pages: int = 0  # fax: pages including the cover; mail: numbered pages mailed
    messages: int = 0  # email: how many messages
    email_parts: list[list[str]] = field(default_factory=list)  # attachment names per message


class _Job(NamedTuple):
    source: ExportSource
    options: ExportOptions
    dest: Destinations
    writer: BundleWriter
    progress: Progress
    result: ExportResult


def export_case(
    source: ExportSource,
    options: ExportOptions,
    out_dir: Path,
    destinations: Destinations,
    *,
    progress: Progress | None = None,
    translate: readme.Translate | None = None,
    language_name: str = "",
    writer: BundleWriter | None = None,
) -> ExportResult:
    """Write the bundle for `options.channel` into `out_dir`; cancel or failure leaves nothing."""
    progress = progress or Progress()
    progress.plan(8 + 2 * (source.form_pages + sum(d.pages for d in source.documents)))
    name = bundle_name(source.subject_name, source.first_receipt, source.today, options.channel)
    writer = writer or BundleWriter(
        out_dir, name, progress=progress, as_zip=options.as_zip, journal_dir=options.journal_dir
    )
    try:
        result = ExportResult(writer.final, options.channel)
        lines = _head(source, destinations, options)
        builder = {"email": _email, "fax": _fax, "mail": _mail}[options.channel]
        lines += builder(_Job(source, options, destinations, writer, progress, result))
        lines += [("", {}), (readme.AFTER, {"reference": readme.REFERENCES[options.channel]})]
        progress.step(QT_TRANSLATE_NOOP("export_steps", "Writing README.txt and the checksums"))
        text = readme.readme_text(lines, translate, language_name)
        writer.add("README.txt", text.replace("\n", "\r\n").encode("utf-8-sig"))
        manifest = _manifest(source, options, destinations, result)
        result.path = writer.finish(manifest)
    except BaseException:
        writer.abort()
        raise
    progress.advance()
    result.files = sorted([*result.files, "README.txt", "manifest.json", "SHA256SUMS"])
    return result


def _head(source: ExportSource, dest: Destinations, options: ExportOptions) -> list[readme.Line]:
    channel = options.channel
    facts = {
        "name": source.subject_name,
        "receipt": source.first_receipt or "-",
        "date": source.today.isoformat(),
        "channel": readme.CHANNEL_NAMES[channel],
    }
    lines: list[readme.Line] = [(readme.TITLE, {}), (readme.FOR_WHOM, facts)]
    lines += readme.organization_lines(options.branding.name, options.branding.help_contact)
    lines.append(("", {}))
    lines += [(readme.PRIVATE, {}), ("", {}), (readme.CONFIRM_HEAD, {}), (dest.notice, {})]
    for key in (channel, "phone", "website"):
        contact = dest.contacts[key]
        lines.append(
            (
                readme.CONTACT,
                {
                    "label": LABELS[key],
                    "value": contact.value,
                    "source": contact.source,
                    "checked": contact.checked_on.strftime("%m/%d/%Y"),
                },
            )
        )
    return [*lines, ("", {}), (readme.STEPS_HEAD, {})]


def _email(job: _Job) -> list[readme.Line]:
    source, options, dest, writer, progress, result = job
    from ombud_desktop.export.email_draft import attachments_for, build_drafts, mailto_link

    progress.step(QT_TRANSLATE_NOOP("export_steps", "Making the email message"))
    drafts = build_drafts(source, dest, int(options.size_limit_mb * MB))
    progress.advance()
    count = len(drafts.messages)
    eml_names = [
        "email.eml" if count == 1 else f"email-part-{n}-of-{count}.eml" for n in range(1, count + 1)
    ]
    progress.step(QT_TRANSLATE_NOOP("export_steps", "Saving the email and its attachments"))
    files_lines: list[readme.Line] = []
    for number, (eml, data, body) in enumerate(
        zip(eml_names, drafts.messages, drafts.bodies, strict=True), start=1
    ):
        writer.add(eml, data)
        txt = f"message-{number}.txt"
        writer.add(txt, body.encode("utf-8"))
        files_lines += [
            (readme.FILE_DESCRIPTIONS["eml"], {"name": eml, "part": number, "count": count}),
            (readme.FILE_DESCRIPTIONS["message_txt"], {"name": txt, "part": number}),
        ]
        result.files += [eml, txt]
    for item in attachments_for(source):
        writer.add(f"attachments/{item.name}", item.data)
        result.files.append(f"attachments/{item.name}")
    progress.advance()
    facts = {
        "first_eml": eml_names[0],
        "email": dest.email,
        "count": count,
        "subject": drafts.subject,
    }
    steps = [(readme.EMAIL_STEPS[0], facts)]
    if count > 1:
        steps.append((readme.EMAIL_STEPS[1], facts))
    steps += [(readme.EMAIL_STEPS[2], facts), (readme.EMAIL_STEPS[3], facts)]
    lines = readme.numbered(steps)
    for item in drafts.oversize:
        values = {
            "title": item.title,
            "size": f"{len(item.data) / MB:.1f}",
            "limit": f"{options.size_limit_mb:g}",
        }
        lines += [("", {}), (readme.EMAIL_OVERSIZE, values)]
        result.warnings.append(readme.EMAIL_OVERSIZE.format(**values))
    result.messages = count
    result.email_parts = [[item.name for item in part] for part in drafts.parts]
    result.mailto = mailto_link(drafts, writer.final.name)
    files_lines.append((readme.FILE_DESCRIPTIONS["attachments"], {}))
    return [*lines, ("", {}), (readme.FILES_HEAD, {}), *files_lines, (readme.FILE_MANIFEST, {})]


def _fax(job: _Job) -> list[readme.Line]:
    source, options, dest, writer, progress, result = job
    from ombud_desktop.export.fax import build_fax

    fax = build_fax(source, dest, progress, options.tiff, options.branding, options.tiff_coding)
    progress.step(QT_TRANSLATE_NOOP("export_steps", "Saving the fax"))
    writer.add("fax.pdf", fax.pdf)
    result.files.append("fax.pdf")
    files = [(readme.FILE_DESCRIPTIONS["fax_pdf"], {"name": "fax.pdf", "pages": fax.pages})]
    if fax.tiff is not None:
        writer.add("fax.tif", fax.tiff)
        result.files.append("fax.tif")
        coding = f"TIFF Class F, {CODING_NAMES[options.tiff_coding]}"
        files.append((readme.FILE_DESCRIPTIONS["fax_tiff"], {"name": "fax.tif", "coding": coding}))
    progress.advance()
    result.pages = fax.pages
    facts = {"fax_pdf": "fax.pdf", "fax_tiff": "fax.tif", "pages": fax.pages, "fax": dest.fax}
    steps: list[readme.Line] = [(t, facts) for t in readme.FAX_STEPS]
    if fax.tiff is not None:
        steps.insert(2, (readme.FAX_TIFF_STEP, facts))
    return [
        *readme.numbered(steps),
        ("", {}),
        (readme.FILES_HEAD, {}),
        *files,
        (readme.FILE_MANIFEST, {}),
    ]


def _mail(job: _Job) -> list[readme.Line]:
    source, options, dest, writer, progress, result = job
    from ombud_desktop.documents.pdf_input import page_count
    from ombud_desktop.export.mail_packet import build_mail_packet

    packet = build_mail_packet(source, dest, progress, options.branding)
    progress.step(QT_TRANSLATE_NOOP("export_steps", "Saving the print packet"))
    writer.add("mail-packet.pdf", packet.pdf)
    result.files.append("mail-packet.pdf")
    progress.advance()
    result.pages = packet.submission_pages
    facts = {
        "packet": "mail-packet.pdf",
        "packet_pages": page_count(packet.pdf),
        "address": ", ".join(dest.mail_lines),
        "days": dest.mail_delay_days,
    }
    steps = [(t, facts) for t in readme.MAIL_STEPS]
    files = [(readme.FILE_DESCRIPTIONS["packet"], {"name": "mail-packet.pdf"})]
    return [
        *readme.numbered(steps),
        ("", {}),
        (readme.FILES_HEAD, {}),
        *files,
        (readme.FILE_MANIFEST, {}),
    ]


def _manifest(
    source: ExportSource, options: ExportOptions, dest: Destinations, result: ExportResult
) -> dict[str, Any]:
    destination: dict[str, Any] = {"address": dest.contacts[options.channel].value}
    contact = dest.contacts[options.channel]
    destination.update(source=contact.source, checked_on=contact.checked_on.isoformat())
    return {
        "schema": "ombud-export/1",
        "app": f"Ombud Desktop {__version__}",
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "case_id": source.case_id,
        "channel": options.channel,
        "destination": destination,
        "subject_name": printable(source.subject_name),
        "receipt_numbers": list(source.receipt_numbers),
        "documents": [
            {"title": printable(d.title), "category": d.category, "pages": d.pages}
            for d in source.documents
        ],
        "pages": result.pages or None,
        "email_messages": result.email_parts or None,
        "warnings": result.warnings,
    }
