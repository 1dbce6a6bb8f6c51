"""The mail channel: a packet to print and post (address sheet, cover letter, form,
index and documents, stamped "page X of N")."""

from __future__ import annotations

from ombud_desktop.export import readme
from ombud_desktop.export.channel import Channel, ChannelJob
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP


def build(job: ChannelJob) -> list[readme.Line]:
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


CHANNEL = Channel(
    code="mail",
    name=QT_TRANSLATE_NOOP("bundle_readme", "mail"),
    label=QT_TRANSLATE_NOOP("bundle_readme", "Mail"),
    choice=QT_TRANSLATE_NOOP(
        "ExportPage", "&Mail: pages to print and post (can take up to 14 days longer)"
    ),
    reference=QT_TRANSLATE_NOOP("bundle_readme", "the tracking number, if any"),
    contact_field="lines",
    build=build,
    signed_on_paper=True,
)
