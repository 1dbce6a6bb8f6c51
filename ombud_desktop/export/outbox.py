"""After sending: follow-up reminders as an .ics calendar file (any calendar program
imports it), and deleting an export folder once it is no longer needed.

The reminders carry the first receipt number and the way it was sent, not the person's
name: a calendar is often synced to other devices.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import zipfile
from collections.abc import Sequence
from pathlib import Path

from ombud_desktop.core.plain_text import printable
from ombud_desktop.errors import UserFacingError
from ombud_desktop.export.destinations import Destinations
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

DEFAULT_REMINDER_DAYS = (30, 90)


def _escape(text: str) -> str:
    """RFC 5545 TEXT (3.3.11): backslash, semicolon, comma and line breaks escaped; no
    other control character (nor a bidi override) is allowed in it."""
    text = printable(text, multiline=True)
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    pieces: list[str] = []
    current = b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not pieces else 74):
            pieces.append(current.decode("utf-8"))
            current = b""
        current += encoded
    pieces.append(current.decode("utf-8"))
    return "\r\n ".join(pieces)


def reminders_ics(
    *,
    case_id: str,
    sent_on: dt.date,
    channel: str,
    reference: str,
    receipt_number: str,
    destinations: Destinations,
    days: Sequence[int] = DEFAULT_REMINDER_DAYS,
    stamp: dt.datetime | None = None,
) -> bytes:
    """One all-day event with a 9 a.m. alarm per follow-up day after `sent_on`."""
    if not days or any(d < 1 or d > 730 for d in days):
        raise UserFacingError("Reminder days must be between 1 and 730 (for example 30,90).")
    stamp = stamp or dt.datetime.now(dt.UTC)
    about = f"receipt {receipt_number}" if receipt_number else f"case {case_id}"
    how = f"by {channel}" + (f", reference {reference}" if reference else "")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Ombud Desktop//Follow-up reminders//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for day in sorted(set(days)):
        when = sent_on + dt.timedelta(days=day)
        summary = f"Follow up: CIS Ombudsman request ({about})"
        description = (
            f"{day} days ago, on {sent_on.isoformat()}, you sent a request for case assistance "
            f"(Form DHS-7001) to the CIS Ombudsman {how}. If you have had no answer, contact "
            f"the Ombudsman: phone {destinations.phone}, email {destinations.email}. Have "
            f"your {about} ready. Confirm these contact details at "
            f"{destinations.contacts['website'].value}."
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{case_id}-follow-up-{day}@ombud-desktop.invalid",
            f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
            f"DTSTART;VALUE=DATE:{when.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(when + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_escape(summary)}",
            f"DESCRIPTION:{_escape(description)}",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:PT9H",
            f"DESCRIPTION:{_escape(summary)}",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(_fold(line) for line in lines) + "\r\n").encode("utf-8")


def parse_days(text: str) -> tuple[int, ...]:
    """ "30,90" -> (30, 90), with a plain message for anything else."""
    try:
        days = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise UserFacingError(
            f"'{text}' is not a list of days; write whole numbers with commas, like 30,90."
        ) from None
    if not days:
        raise UserFacingError("Give at least one reminder day, like 30,90.")
    return days


def delete_export(path: Path, case_id: str) -> None:
    """Delete an export folder or zip the app made for `case_id` (checked by its manifest,
    so a mistyped path never deletes anything else)."""
    if _manifest_case(path) != case_id:
        raise UserFacingError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "{path} is not an export of this case (its manifest.json does not say so); "
                "nothing was deleted.",
            ),
            params={"path": path},
        )
    try:
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    except OSError as err:
        raise UserFacingError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "{path} could not be deleted ({reason}). Close any program using it and "
                "try again, or delete it yourself.",
            ),
            params={"path": path, "reason": err.strerror},
        ) from err


def _manifest_case(path: Path) -> str | None:
    """The case id in an export's manifest (folder or zip), None when it is no export."""
    try:
        if path.is_dir():
            text = (path / "manifest.json").read_text("utf-8")
        elif zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                text = archive.read(f"{path.stem}/manifest.json").decode("utf-8")
        else:
            return None
        data = json.loads(text)
    except (OSError, KeyError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("schema") != "ombud-export/1":
        return None
    return str(data.get("case_id"))
