"""`--pdf-password-file NAME=FILE` for the commands that turn a case's attachments into
pages (`case render`, `case export`): the password of an attached PDF comes from a file,
never from the command line itself (where other users and the shell history see it); on
a terminal the command asks for it instead (not echoed)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ombud_desktop.errors import UserFacingError
from ombud_desktop.startup import read_passphrase_file

OPTION = "--pdf-password-file"
TRIES = 3


def add_pdf_password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        OPTION,
        metavar="NAME=FILE",
        action="append",
        default=[],
        dest="pdf_password_files",
        help="the password of the attached PDF named NAME (its file name as attached), "
        "read from FILE; repeat for several PDFs. Without it the command asks on a terminal.",
    )


def _given(specs: list[str]) -> dict[str, str]:
    found = {}
    for spec in specs:
        name, sep, path = spec.partition("=")
        if not (sep and name and path):
            raise UserFacingError(
                f"{OPTION} wants NAME=FILE: the attached PDF's file name, '=', then the file "
                f"holding its password (not {spec!r})."
            )
        found[name] = read_passphrase_file(path, what="password file")
    return found


def unlock_attachments(args: argparse.Namespace, files: Sequence[tuple[str, bytes]]) -> list[bytes]:
    """The attachments' bytes (file name, data) in order, each password-protected PDF
    replaced by a copy without the password, made in memory."""
    from ombud_desktop.documents.pdf_input import needs_password

    given = _given(getattr(args, "pdf_password_files", []))
    names = sorted({name for name, _ in files})
    unknown = sorted(set(given) - set(names))
    if unknown:
        raise UserFacingError(
            f"{OPTION}: the case has no attached file named {', '.join(unknown)}. "
            f"Its attached files: {', '.join(names) or 'none'}."
        )
    return [
        _unlock(name, data, given.get(name)) if needs_password(name, data) else data
        for name, data in files
    ]


def _unlock(name: str, data: bytes, password: str | None) -> bytes:
    from ombud_desktop.documents.errors import PasswordNeeded
    from ombud_desktop.documents.pdf_input import unlock_pdf

    if password is not None:
        return unlock_pdf(name, data, password)  # a wrong one: PasswordNeeded says so
    if not sys.stdin.isatty():
        raise UserFacingError(
            f"{name}: this PDF is protected by a password. Give it with "
            f"{OPTION} '{name}=FILE' (FILE holding the password), or attach a copy saved "
            "without a password."
        )
    import getpass

    for _ in range(TRIES):
        typed = getpass.getpass(f"Password of the attached PDF {name}: ")
        try:
            return unlock_pdf(name, data, typed)
        except PasswordNeeded:
            print("That password is not correct.", file=sys.stderr)
    raise PasswordNeeded(name, wrong=True)
