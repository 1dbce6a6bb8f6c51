"""`ombud-desktop validate ANSWERS.json [--json] [--today YYYY-MM-DD]`: is a case ready?

Exit 0 when ready to send, 1 when not, 2 when the file cannot be read (the message names
the file and the problem; bad JSON gives line and column).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import date

    from ombud_desktop.core.model import Case
    from ombud_desktop.core.validation import Readiness


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check an answers file: is the request ready to send?",
        description="Check an answers file (JSON, nested along the form's field ids) and "
        "list what is missing or doubtful, in form order. Exit status: 0 ready, 1 not "
        "ready, 2 the file cannot be read.",
    )
    parser.add_argument("answers", metavar="ANSWERS.json", help="the answers file ('-': stdin)")
    parser.add_argument(
        "--json",
        action="store_true",
        help='print one JSON object {"ready": ..., "findings": [...]} instead of text',
    )
    parser.add_argument(
        "--today", metavar="YYYY-MM-DD", help="check as of this date instead of today"
    )
    parser.set_defaults(func=run)


def parse_today(text: str | None) -> date:
    """The --today option as a date (the real date when not given)."""
    from datetime import date

    from ombud_desktop.core.dates import parse_date
    from ombud_desktop.errors import UserFacingError

    if text is None:
        return date.today()
    parsed = parse_date(text)
    if parsed is None:
        raise UserFacingError(f"--today {text!r} is not a date: write it as YYYY-MM-DD.")
    return parsed


def format_report(report: Readiness, source: str, today: date, waited: str = "") -> str:
    """The readable text of `validate`: the verdict, how long the case has waited (when
    known), then the findings by section."""
    import textwrap

    from ombud_desktop.core import formspec
    from ombud_desktop.core.dates import format_date

    errors, warnings = len(report.errors), len(report.warnings)
    as_of = format_date(today)
    if report.ready:
        verdict = f"{source}: ready to send (checked as of {as_of})."
        if warnings:
            verdict += f" {_count(warnings, 'thing')} worth a look:"
    else:
        verdict = (
            f"{source}: NOT ready to send (checked as of {as_of}): "
            f"{_count(errors, 'problem')} to fix, {_count(warnings, 'thing')} worth a look."
        )
    lines = [verdict, *textwrap.wrap(waited, width=96)]
    current_section = None
    for finding in report.findings:
        try:
            section_title = formspec.section_of(finding.field).title
        except formspec.UnknownField:
            section_title = "Other answers"
        if section_title != current_section:
            current_section = section_title
            lines += ["", section_title]
        mark = "ERROR  " if finding.severity == "error" else "WARNING"
        lines.append(f"  {mark} {finding.field}")
        lines += textwrap.wrap(finding.message, width=96, initial_indent=" " * 10,
                               subsequent_indent=" " * 10)  # fmt: skip
    return "\n".join(lines)


def _waited(case: Case, today: date) -> str:
    from ombud_desktop.core import messages, processing

    status = processing.case_processing_time(case, today)
    return messages.render(*processing.summary(status)) if status else ""


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def run(args: argparse.Namespace) -> int:
    import json

    from ombud_desktop.commands._answers import read_answers_file
    from ombud_desktop.core.validation import readiness

    today = parse_today(args.today)
    case = read_answers_file(args.answers)
    report = readiness(case, today)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, args.answers, today, _waited(case, today)))
    return 0 if report.ready else 1
