"""`case new/list/show/attach/delete/handoff/import`: cases in the encrypted vault."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Literal

from ombud_desktop.commands._groups import case_group
from ombud_desktop.commands._vault_access import (
    add_vault_options,
    ask_passphrase,
    vault_session,
)
from ombud_desktop.core.facts import DOCUMENT_CATEGORY_CODES, subject_display_name
from ombud_desktop.core.ui_state import Stroke, UiState, clean_strokes, is_signature
from ombud_desktop.errors import UserFacingError
from ombud_desktop.startup import read_passphrase_file


def register(subparsers: Any) -> None:
    group = case_group(subparsers)

    new = group.add_parser("new", help="create a case from an answers file; prints its id")
    new.add_argument("--answers", metavar="FILE.json", required=True, help="answers file")
    new.add_argument(
        "--signature-strokes",
        metavar="FILE.json",
        help="the drawn signature as the app's signature pad keeps it: a list of strokes, "
        "each a list of [x, y] points from 0 to 1 (for consent.signature_method drawn)",
    )
    new.set_defaults(func=run_new)

    listing = group.add_parser("list", help="list saved cases")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.add_argument(
        "--due", action="store_true", help="only cases untouched for the retention period"
    )
    listing.add_argument("--days", type=int, metavar="N", help="retention period in days")
    listing.set_defaults(func=run_list)

    show = group.add_parser("show", help="show a case (--json: the answers, answers-file shape)")
    show.add_argument("case_id", metavar="ID")
    show.add_argument("--json", action="store_true", help="print the answers as JSON")
    show.set_defaults(func=run_show)

    attach = group.add_parser("attach", help="add a copy of a document to a case (encrypted)")
    attach.add_argument("case_id", metavar="ID")
    attach.add_argument("file", metavar="FILE")
    attach.add_argument("--category", required=True, choices=DOCUMENT_CATEGORY_CODES)
    attach.add_argument("--title", help="what the document is (default: the file name)")
    attach.set_defaults(func=run_attach)

    delete = group.add_parser("delete", help="delete a case for good (crypto-shred)")
    delete.add_argument("case_id", metavar="ID")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    delete.set_defaults(func=run_delete)

    handoff = group.add_parser("handoff", help="write a case to a passphrase-protected file")
    handoff.add_argument("case_id", metavar="ID")
    handoff.add_argument("--out", metavar="FILE", required=True, help="hand-off file to write")
    handoff.add_argument(
        "--handoff-passphrase-file", metavar="FILE", help="passphrase for the hand-off file"
    )
    handoff.set_defaults(func=run_handoff)

    imp = group.add_parser("import", help="add the case from a hand-off file")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--handoff-passphrase-file", metavar="FILE", help="passphrase of the hand-off file"
    )
    choice = imp.add_mutually_exclusive_group()
    choice.add_argument("--replace", action="store_true", help="replace a case with the same id")
    choice.add_argument("--new-id", action="store_true", help="import as a new, separate case")
    imp.set_defaults(func=run_import)

    older = group.add_parser(
        "accept-older",
        help="use a case file older than the version last saved (you restored it yourself)",
    )
    older.add_argument("case_id", metavar="ID")
    older.set_defaults(func=run_accept_older)

    for parser in (new, listing, show, attach, delete, handoff, imp, older):
        add_vault_options(parser)


def run_accept_older(args: argparse.Namespace) -> int:
    with vault_session(args) as vault:
        record = vault.accept_older_version(args.case_id)
    print(f"Case {record.id} now uses the copy you put back (version {record.version}).")
    return 0


def run_new(args: argparse.Namespace) -> int:
    from ombud_desktop.commands._answers import read_answers_file

    answers = read_answers_file(args.answers).to_answers()
    ui_state = UiState()
    if args.signature_strokes:
        ui_state["signature_drawing"] = _read_strokes(args.signature_strokes)
    with vault_session(args, create=True) as vault:
        record = vault.create_case(answers, ui_state=ui_state)
    print(record.id)
    return 0


def _read_strokes(name: str) -> list[Stroke]:
    """Strokes as the wizard stores them; refused unless they draw a signature."""
    try:
        strokes = json.loads(Path(name).read_text("utf-8"))
    except OSError as err:
        raise UserFacingError(f"Could not read {name}: {err.strerror or err}.") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise UserFacingError(
            f"{name} is not JSON. Give the strokes as a list of lists of [x, y] points."
        ) from None
    cleaned = clean_strokes(strokes)
    if not is_signature(cleaned):
        raise UserFacingError(
            f"{name} holds no signature: give a list of strokes, each a list of [x, y] "
            "points from 0 to 1, with at least three points in all."
        )
    return cleaned


def run_list(args: argparse.Namespace) -> int:
    with vault_session(args, write=False) as vault:
        days = args.days or vault.retention_days
        cases = vault.retention_due(days) if args.due else vault.list_cases(days)
    if args.json:
        print(json.dumps([c.to_dict() for c in cases], ensure_ascii=False, indent=2))
        return 0
    if not cases:
        print("No cases due for deletion." if args.due else "No cases yet.")
        return 0
    print(f"{'ID':<12} {'STATUS':<6} {'LAST EDITED':<17} {'FORMS':<16} NAME")
    for case in cases:
        if case.problem:
            print(f"{case.id:<12} DAMAGED  {case.problem}")
            continue
        edited = case.updated_at[:16].replace("T", " ")
        due = f"  (untouched {days} days+: review for deletion)" * case.due_for_retention
        forms = ",".join(case.form_numbers) or "-"
        sent = f"  (sent {case.sent.date} by {case.sent.channel})" if case.sent else ""
        line = f"{case.id:<12} {case.status:<6} {edited:<17} {forms:<16} {case.name or '-'}"
        print(f"{line}{sent}{due}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    with vault_session(args, write=False) as vault:
        record = vault.load_case(args.case_id)
    if args.json:
        print(json.dumps(record.answers, ensure_ascii=False, indent=2))
        return 0
    from ombud_desktop.vault.records import form_numbers

    print(f"Case {record.id}: {subject_display_name(record.answers) or '(no name yet)'}")
    print(f"  status:      {record.status}")
    print(f"  created:     {record.created_at}")
    print(f"  last edited: {record.updated_at}")
    print(f"  forms:       {', '.join(form_numbers(record.answers)) or '-'}")
    if record.sent:
        sent = record.sent
        print(f"  sent:        {sent.date} by {sent.channel} {sent.reference}".rstrip())
    for doc in record.documents:
        pages = f"{doc.get('pages')} p." if doc.get("pages") else "pages unknown"
        print(f"  document {doc.get('id')}: [{doc.get('category')}] {doc.get('title')} ({pages})")
    print("Use --json to see every answer.")
    return 0


def _progress_printer() -> Any:
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int | None) -> None:
        if total:
            print(f"\r  encrypting... {100 * done // total:3d}%", end="", file=sys.stderr)

    return report


def run_attach(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise UserFacingError(f"{path} is not a file (check the path).")
    _check_turns_into_pages(path)
    with vault_session(args) as vault:
        entry = vault.add_attachment(
            args.case_id, path, category=args.category, title=args.title,
            progress=_progress_printer(),
        )  # fmt: skip
        facts = vault.load_case(args.case_id).attachments[str(entry["id"])]
    if sys.stderr.isatty():
        print(file=sys.stderr)
    pages = f", {entry['pages']} page(s)" if entry["pages"] else ""
    print(f"{entry['id']}  {facts['kind']}, {facts['size']} bytes{pages}: {entry['title']}")
    return 0


def _check_turns_into_pages(path: Path) -> None:
    """The Documents step's check, at the same moment: a file that cannot become pages
    is refused now, with the same message, not when the case is rendered. It reads the
    file as it goes, never whole into memory."""
    from ombud_desktop.documents.attachments import inspect_attachment
    from ombud_desktop.documents.errors import PasswordNeeded

    try:
        with path.open("rb") as file:
            inspect_attachment(path.name, file)
    except PasswordNeeded:
        pass  # kept; `case render/export --pdf-password-file` opens it
    except OSError as err:
        raise UserFacingError(f"{path} cannot be read ({err.strerror}).") from err


def run_delete(args: argparse.Namespace) -> int:
    from ombud_desktop.vault import CorruptFileError

    with vault_session(args) as vault:
        try:  # a damaged case can be deleted too: it is named by its id then
            name = subject_display_name(vault.load_case(args.case_id).answers) or "(no name)"
        except CorruptFileError:
            name = "cannot be read"
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserFacingError(
                    f"Deleting case {args.case_id} cannot be undone; add --yes to confirm."
                )
            answer = input(
                f"Delete case {args.case_id} ({name}) and its documents for good? [y/N] "
            )
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing was deleted.")
                return 1
        vault.delete_case(args.case_id)
    print(f"Deleted case {args.case_id}.")
    return 0


def _handoff_passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    if args.handoff_passphrase_file:
        return read_passphrase_file(args.handoff_passphrase_file)
    return ask_passphrase("Hand-off file passphrase: ", confirm=confirm)


def run_handoff(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists():
        raise UserFacingError(f"{out} already exists; choose another file name.")
    passphrase = _handoff_passphrase(args, confirm=True)
    with vault_session(args, write=False) as vault:
        vault.export_handoff(args.case_id, out, passphrase)
    print(f"Wrote {out}. Give the passphrase to the recipient separately (not with the file).")
    return 0


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise UserFacingError(f"{path} is not a file (check the path).")
    passphrase = _handoff_passphrase(args, confirm=False)
    mode: Literal["refuse", "replace", "new_id"] = (
        "replace" if args.replace else "new_id" if args.new_id else "refuse"
    )
    with vault_session(args, create=True) as vault:
        record = vault.import_handoff(path, passphrase, on_conflict=mode)
    print(record.id)
    return 0
