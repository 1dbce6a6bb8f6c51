"""One export from start to finish: build the channel's files, write the bundle folder
(README.txt, manifest.json, SHA256SUMS) all at once or not at all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ombud_desktop import __version__
from ombud_desktop.core.plain_text import printable
from ombud_desktop.errors import UserFacingError
from ombud_desktop.export import readme
from ombud_desktop.export.bundle import BundleWriter, bundle_name
from ombud_desktop.export.channel import ChannelJob
from ombud_desktop.export.channels import CHANNELS, CODES
from ombud_desktop.export.destinations import LABELS, Destinations
from ombud_desktop.export.options import ExportOptions, ExportResult
from ombud_desktop.export.progress import Progress
from ombud_desktop.export.source import ExportSource
from ombud_desktop.i18n.languages import language
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

NEEDS_SIGNED_PAGE = QT_TRANSLATE_NOOP(
    "errors",
    "This request must be signed by hand in ink (T, U, VAWA, asylum and refugee cases), "
    "and its signed page has not been added. Print the page to sign, sign and date it in "
    "ink, then add the signed page (a scan or a phone photo) with 'Add the signed page', "
    "or on the command line: ombud-desktop case attach ID FILE --category signed_form. "
    "Then export again, or send it by mail and sign the printed form. Nothing was saved.",
)


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
    if options.channel not in CHANNELS:
        raise UserFacingError(
            f"'{options.channel}' is not a way to send. Choose {' or '.join(CODES)}."
        )
    if source.signed_form_missing and not CHANNELS[options.channel].signed_on_paper:
        raise UserFacingError(template=NEEDS_SIGNED_PAGE)  # before anything is written
    progress = progress or Progress()
    progress.plan(8 + 2 * (source.form_pages + sum(d.pages for d in source.documents)))
    name = bundle_name(source.subject_name, source.first_receipt, source.today, options.channel)
    writer = writer or BundleWriter(
        out_dir, name, progress=progress, as_zip=options.as_zip, journal_dir=options.journal_dir
    )
    try:
        result = ExportResult(writer.final, options.channel)
        lines = _head(source, destinations, options)
        channel = CHANNELS[options.channel]
        lines += channel.build(ChannelJob(source, options, destinations, writer, progress, result))
        lines += [("", {}), (readme.AFTER, {"reference": channel.reference})]
        progress.step(QT_TRANSLATE_NOOP("export_steps", "Writing README.txt and the checksums"))
        mark = language(source.language).decimal_mark
        text = readme.readme_text(lines, translate, language_name, mark)
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
        "channel": CHANNELS[channel].name,
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
                    "label": CHANNELS[key].label if key in CHANNELS else LABELS[key],
                    "value": contact.value,
                    "source": contact.source,
                    "checked": contact.checked_on.strftime("%m/%d/%Y"),
                },
            )
        )
    return [*lines, ("", {}), (readme.STEPS_HEAD, {})]


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
