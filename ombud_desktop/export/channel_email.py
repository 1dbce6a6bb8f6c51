"""The email channel: .eml message(s) ready to send, with the documents attached (split
into several messages above the size limit), and the attachments as files too."""

from __future__ import annotations

from ombud_desktop.export import readme
from ombud_desktop.export.channel import MB, SIZE_LIMIT_OPTION, Channel, ChannelJob
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP


def build(job: ChannelJob) -> list[readme.Line]:
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


CHANNEL = Channel(
    code="email",
    name=QT_TRANSLATE_NOOP("bundle_readme", "email"),
    label=QT_TRANSLATE_NOOP("bundle_readme", "Email (recommended)"),
    choice=QT_TRANSLATE_NOOP(
        "ExportPage", "&Email (recommended): a message ready to send, with the files"
    ),
    reference=QT_TRANSLATE_NOOP("bundle_readme", "the date you sent the email"),
    contact_field="address",
    build=build,
    options=(SIZE_LIMIT_OPTION,),
)
