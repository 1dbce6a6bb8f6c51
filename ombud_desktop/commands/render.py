"""`case render ID --out FILE.pdf` (the form and its documents as one PDF) and
`pdf-fields FILE.pdf` (the fillable fields of any PDF, to write an official-PDF map)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from ombud_desktop.commands._groups import case_group
from ombud_desktop.commands._pdf_passwords import add_pdf_password_option, unlock_attachments
from ombud_desktop.commands._vault_access import add_vault_options, vault_session
from ombud_desktop.errors import UserFacingError


def register(subparsers: Any) -> None:
    render = case_group(subparsers).add_parser(
        "render",
        help="write the filled Form DHS-7001 with its documents as one PDF",
        description="Write the filled form, an index of the supporting documents and the "
        "documents themselves as one PDF. The PDF is not encrypted: keep it safe.",
    )
    render.add_argument("case_id", metavar="ID")
    render.add_argument("--out", metavar="FILE.pdf", required=True, help="PDF file to write")
    render.add_argument(
        "--preview", action="store_true", help='unsigned copy marked "PREVIEW — NOT SIGNED"'
    )
    render.add_argument(
        "--stamp",
        action="store_true",
        help='name, A-Number, receipt number and "page X of N" on top of every page',
    )
    render.add_argument(
        "--no-attachments", action="store_true", help="only the form and its addendum"
    )
    render.add_argument(
        "--signature-image",
        metavar="FILE.png",
        help="the drawn signature (default: the one drawn in the app)",
    )
    render.add_argument(
        "--page-to-sign",
        action="store_true",
        help="only the signature page, with the name and receipt number, to sign in ink",
    )
    render.add_argument("--official", metavar="FILE.pdf", help="fill this official fillable PDF")
    render.add_argument(
        "--field-map",
        metavar="FILE",
        help="field map for --official (see docs/official-pdf-map.md)",
    )
    add_pdf_password_option(render)
    add_vault_options(render)
    render.set_defaults(func=run_render)

    fields = subparsers.add_parser(
        "pdf-fields", help="list the fillable (AcroForm) fields of a PDF"
    )
    fields.add_argument("file", metavar="FILE.pdf")
    fields.add_argument("--json", action="store_true", help="machine-readable output")
    fields.set_defaults(func=run_pdf_fields)


def _read(path: str, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as err:
        raise UserFacingError(f"Could not read {what} {path}: {err.strerror}.") from err


def run_render(args: argparse.Namespace) -> int:
    from ombud_desktop.core.model import Case
    from ombud_desktop.documents.packet import (
        RenderOptions,
        case_attachments,
        documents_without_file,
        render_packet,
    )
    from ombud_desktop.documents.signature import strokes_to_png
    from ombud_desktop.vault.atomic import atomic_write

    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UserFacingError(f"{out} should end in .pdf (the file written is a PDF).")
    if bool(args.official) != bool(args.field_map):
        raise UserFacingError("--official and --field-map go together: give both or neither.")
    options = RenderOptions(preview=args.preview, stamp=args.stamp)
    if args.signature_image:
        options.signature_image = _read(args.signature_image, "the signature image")
    if args.official:
        options.official_pdf = _read(args.official, "the official PDF")
        options.field_map = _read(args.field_map, "the field map").decode("utf-8", "replace")
    if args.page_to_sign:
        from ombud_desktop.core.model import Case
        from ombud_desktop.documents.packet import page_to_sign

        with vault_session(args, write=False) as vault:
            answers = vault.load_case(args.case_id).answers
        atomic_write(out, page_to_sign(Case.from_answers(answers)))
        print(
            f"Wrote {out}: print it, sign and date it in ink, then add the scan with "
            f"`ombud-desktop case attach {args.case_id} FILE --category signed_form`."
        )
        return 0
    with vault_session(args, write=False) as vault:
        record = vault.load_case(args.case_id)
        if options.signature_image is None:
            options.signature_image = strokes_to_png(record.ui_state.get("signature_drawing"))
        attachments = [] if args.no_attachments else case_attachments(vault, record)
        unlocked = unlock_attachments(args, [(a.filename, a.data) for a in attachments])
        attachments = [replace(a, data=data) for a, data in zip(attachments, unlocked, strict=True)]
        result = render_packet(Case.from_answers(record.answers), attachments, options)
    atomic_write(out, result.pdf)
    for title in [] if args.no_attachments else documents_without_file(record):
        print(
            f"ombud-desktop: warning: '{title}' is listed in Part 8 but its file is not in "
            "the vault, so no copy is enclosed. Add it with `case attach`.",
            file=sys.stderr,
        )
    for field_id in result.unmapped_required:
        print(
            f"ombud-desktop: warning: {field_id} is required but the field map gives it no "
            "place in the official PDF; it is not in the output.",
            file=sys.stderr,
        )
    if result.missing_characters:
        shown = " ".join(sorted(result.missing_characters))
        print(
            f"ombud-desktop: warning: no font for these characters, they print as boxes: "
            f"{shown}. Write the names in Latin letters as well.",
            file=sys.stderr,
        )
    kind = "preview" if args.preview else "final copy"
    print(f"Wrote {out} ({result.pages} pages, {kind}). It is not encrypted: keep it safe.")
    return 0


def run_pdf_fields(args: argparse.Namespace) -> int:
    from ombud_desktop.documents.official_pdf import describe_form

    name = Path(args.file).name
    form = describe_form(_read(args.file, "the PDF"), name)
    found = form.fields
    if form.xfa == "dynamic":
        print(
            f"{name} is an XFA form (made with Adobe LiveCycle Designer): its fields live in "
            "XFA only, which Ombud Desktop cannot fill. Use the form the app prints, or fill "
            "this PDF in Adobe Reader and print it.",
            file=sys.stderr if args.json else sys.stdout,
        )
        if args.json:
            print("[]")
        return 1
    if form.xfa == "static":
        print(
            f"{name} is an XFA form that also has ordinary (AcroForm) fields: the XFA part "
            "cannot be filled; the fields below can, and the filled copy leaves the XFA out.",
            file=sys.stderr if args.json else sys.stdout,
        )
    if args.json:
        print(json.dumps([vars(f) for f in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(f"{name} has no fillable fields.")
        return 0
    for field in found:
        states = f"  on: {', '.join(field.on_states)}" if field.on_states else ""
        value = f"  value: {field.value}" if field.value else ""
        print(f"p{field.page}  {field.kind:<9} {field.name}{states}{value}")
    print(f"{len(found)} field(s). Map them with lines like: <field name> = subject.last_name")
    return 0
