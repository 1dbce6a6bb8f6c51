"""`ombud-desktop read-notice FILE [--json]`: what a USCIS notice (I-797C) says.

Reads a photo, scan or PDF of the notice offline and prints the receipt number, dates,
form number, notice type, priority date and A-Number it found. Exit 0 when a receipt
number was found, 1 when not, 2 when the file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ombud_desktop.notice.model import FoundValue, NoticeReading

_LABELS = {
    "receipt_number": "Receipt number",
    "receipt_date": "Received date",
    "notice_date": "Notice date",
    "form_number": "Form number",
    "notice_type": "Notice type",
    "priority_date": "Priority date",
    "a_number": "A-Number",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "read-notice",
        help="read a USCIS notice (I-797C) from a photo, scan or PDF",
        description="Read the receipt number, dates, form number, notice type, priority "
        "date and A-Number from a photo, scan or PDF of a USCIS notice, offline. Characters "
        "the reader is not sure of are marked: check them against the notice. Exit status: "
        "0 a receipt number was found, 1 none was found, 2 the file cannot be read.",
    )
    parser.add_argument("file", metavar="FILE", help="photo (JPEG, PNG, HEIC...), scan or PDF")
    parser.add_argument(
        "--json",
        action="store_true",
        help='print one JSON object {"receipt_number": ..., "confidence": {...}} (keys of '
        "values not found are left out)",
    )
    parser.set_defaults(func=run)


def marked(found: FoundValue) -> str:
    """The value with each doubtful character in brackets: IOE09[1]2345678."""
    return "".join(
        f"[{char}]" if index in found.doubtful else char for index, char in enumerate(found.value)
    )


def format_text(reading: NoticeReading) -> str:
    lines = []
    for name, label in _LABELS.items():
        found = reading.values.get(name)
        shown = "not found" if found is None else marked(found)
        lines.append(f"{label + ':':16}{shown}")
    if any(found.doubtful for found in reading.values.values()):
        lines.append("Characters in [brackets] may be misread: check them on the notice.")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from ombud_desktop.errors import UserFacingError
    from ombud_desktop.notice.engine import EngineMissing
    from ombud_desktop.notice.reader import NoticeUnreadable, read_notice

    try:
        reading, _page = read_notice(args.file)
    except NoticeUnreadable as err:
        print(f"ombud-desktop: {err}", file=sys.stderr)
        return 2
    except EngineMissing as err:
        raise UserFacingError(str(err)) from err
    if args.json:
        print(json.dumps(reading.as_json(), indent=2))
    else:
        print(format_text(reading))
    return 0 if "receipt_number" in reading.values else 1
