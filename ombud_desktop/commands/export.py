"""`case export` (a ready-to-send bundle for email, fax or mail) and `case mark-sent`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from ombud_desktop.commands._groups import case_group
from ombud_desktop.commands._pdf_passwords import add_pdf_password_option, unlock_attachments
from ombud_desktop.commands._vault_access import add_vault_options, vault_session
from ombud_desktop.errors import UserFacingError
from ombud_desktop.export.channels import CODES
from ombud_desktop.export.class_f import CODINGS, DEFAULT_CODING


def register(subparsers: Any) -> None:
    group = case_group(subparsers)
    export = group.add_parser(
        "export",
        help="make the folder to send: email drafts, a fax PDF or a print packet",
        description="Writes a bundle folder (or zip) for the chosen way of sending, with "
        "README.txt, manifest.json and SHA256SUMS. These files are NOT encrypted: delete "
        "them once the request is sent.",
    )
    export.add_argument("case_id", metavar="ID")
    export.add_argument("--channel", choices=CODES, required=True)
    export.add_argument("--out", metavar="DIR", required=True, help="folder to write into")
    export.add_argument("--zip", action="store_true", help="one zip file instead of a folder")
    export.add_argument(
        "--tiff", action="store_true", help="fax: also a TIFF Class F file for fax services"
    )
    export.add_argument(
        "--tiff-coding",
        choices=CODINGS,
        default=DEFAULT_CODING,
        help="fax TIFF coding: g3 (Group 3, 1-D; the default, every fax service takes it), "
        "g3-2d (Group 3, 2-D: smaller) or g4 (Group 4: smallest, for services that take it)",
    )
    export.add_argument(
        "--size-limit-mb",
        type=float,
        default=10.0,
        metavar="N",
        help="email: largest message in MB (default 10); bigger ones are split into parts",
    )
    export.add_argument(
        "--language", metavar="CODE", help="README's second language (default: the case's)"
    )
    add_pdf_password_option(export)
    export.set_defaults(func=run_export)

    sent = group.add_parser("mark-sent", help="record that the request was sent")
    sent.add_argument("case_id", metavar="ID")
    sent.add_argument("--channel", choices=CODES, required=True)
    sent.add_argument(
        "--reference",
        default="",
        help="fax confirmation number, mail tracking number or the email's date",
    )
    sent.add_argument("--date", metavar="YYYY-MM-DD", help="day it was sent (default today)")
    sent.add_argument(
        "--reminders-out", metavar="DIR", help="write follow-up reminders (.ics) into DIR"
    )
    sent.add_argument(
        "--remind-days", default="30,90", metavar="N,N", help="reminder days (default 30,90)"
    )
    sent.add_argument(
        "--delete-export", metavar="PATH", help="delete this case's export folder or zip"
    )
    sent.set_defaults(func=run_mark_sent)
    for parser in (export, sent):
        add_vault_options(parser)


def _destinations(args: argparse.Namespace) -> Any:
    from ombud_desktop.commands._org import org_config
    from ombud_desktop.export.destinations import destinations_for

    destinations = destinations_for(org_config(args))
    for problem in destinations.problems:
        print(f"ombud-desktop: warning: {problem}", file=sys.stderr)
    return destinations


def run_export(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from ombud_desktop.commands._org import org_config
    from ombud_desktop.export.branding import Branding
    from ombud_desktop.export.gather import collect, prepare, readme_language
    from ombud_desktop.export.options import ExportOptions
    from ombud_desktop.export.progress import Progress
    from ombud_desktop.export.run import export_case

    branding = Branding.from_org(org_config(args))
    if args.tiff and args.channel != "fax":
        raise UserFacingError("--tiff is for the fax channel only.")
    destinations = _destinations(args)
    with vault_session(args, write=False) as vault:
        material = collect(vault, vault.load_case(args.case_id))
        journal_dir = vault.data_dir
    options = ExportOptions(
        args.channel,
        args.zip,
        args.tiff,
        args.size_limit_mb,
        branding,
        journal_dir,
        tiff_coding=args.tiff_coding,
    )
    files = material.attachments
    unlocked = unlock_attachments(args, [(a.filename, a.data) for a in files])
    files = tuple(replace(a, data=data) for a, data in zip(files, unlocked, strict=True))
    source = prepare(replace(material, attachments=files), language=args.language)
    translate, language_name = readme_language(source.language)
    last = [""]

    def report(step: str, done: int, total: int) -> None:
        if step != last[0]:
            last[0] = step
            print(f"ombud-desktop: {step}...", file=sys.stderr)

    result = export_case(
        source,
        options,
        Path(args.out),
        destinations,
        progress=Progress(report=report),
        translate=translate,
        language_name=language_name,
    )
    print(result.path)
    for warning in result.warnings:
        print(f"ombud-desktop: warning: {warning}", file=sys.stderr)
    if result.mailto:
        print(f"mailto link (attachments must be added by hand): {result.mailto}")
    print(
        "These files are not encrypted. Once the request is sent, record it and delete them: "
        f"ombud-desktop case mark-sent {args.case_id} --channel {args.channel} "
        f'--reference REF --delete-export "{result.path}"',
        file=sys.stderr,
    )
    return 0


def run_mark_sent(args: argparse.Namespace) -> int:
    from ombud_desktop.core.plain_text import unsafe_characters
    from ombud_desktop.export.bundle import write_private
    from ombud_desktop.export.outbox import delete_export, parse_days, reminders_ics

    days = parse_days(args.remind_days)
    unsafe = unsafe_characters(args.reference)
    if unsafe:
        raise UserFacingError(
            f"The reference holds invisible control characters ({', '.join(unsafe)}). "
            "Type it again without them."
        )
    try:
        sent_on = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        raise UserFacingError(f"'{args.date}' is not a date; write it as YYYY-MM-DD.") from None
    if sent_on > dt.date.today():
        raise UserFacingError("The date sent cannot be in the future.")
    destinations = _destinations(args) if args.reminders_out else None
    with vault_session(args) as vault:
        record = vault.mark_sent(
            args.case_id, channel=args.channel, reference=args.reference.strip(), sent_on=sent_on
        )
    print(f"Marked {record.id} as sent on {sent_on.isoformat()} by {args.channel}.")
    if destinations is not None:
        from ombud_desktop.core.facts import first_receipt_number
        from ombud_desktop.core.model import Case

        receipt = first_receipt_number(Case.from_answers(record.answers))
        ics = reminders_ics(
            case_id=record.id,
            sent_on=sent_on,
            channel=args.channel,
            reference=args.reference.strip(),
            receipt_number=receipt,
            destinations=destinations,
            days=days,
        )
        path = Path(args.reminders_out) / f"ombudsman-follow-up-{record.id}.ics"
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_private(path, ics)
        except OSError as err:
            raise UserFacingError(
                f"The reminders could not be saved in {path.parent} ({err.strerror}). The case "
                "is marked as sent; choose another folder for the reminders."
            ) from err
        print(f"Follow-up reminders ({', '.join(map(str, days))} days): {path}")
    if args.delete_export:
        delete_export(Path(args.delete_export), record.id)
        print(f"Deleted the export {args.delete_export}.")
    return 0
