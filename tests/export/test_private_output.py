"""What an export writes is the user's alone (0600 files, 0700 folders), a crashed export's
staging folder goes at the next start or export, and no control or bidi character typed
anywhere reaches a header, a file or folder name, README.txt, the .ics or a PDF."""

from __future__ import annotations

import datetime as dt
import email.policy
import os
import re
import stat
import subprocess
import sys
import zipfile
from dataclasses import replace
from email.parser import BytesParser
from pathlib import Path

import pytest

from ombud_desktop.export import staging
from ombud_desktop.export.bundle import write_private
from ombud_desktop.export.destinations import load_destinations
from ombud_desktop.export.options import ExportOptions
from ombud_desktop.export.outbox import reminders_ics
from ombud_desktop.export.run import export_case
from ombud_desktop.export.source import ExportDocument
from tests.cli_runner import run_cli
from tests.documents.pdftools import pdftotext
from tests.export.samples import make_pdf, sample_source

UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
HOSTILE_NAME = "Lan\u202egpj.exe\x00 Nguy\u2066ễn\r\nBcc: someone@example.org\x1b[2J"


def _modes(root: Path) -> set[tuple[str, int]]:
    found = root.rglob("*")
    return {("dir" if p.is_dir() else "file", stat.S_IMODE(p.stat().st_mode)) for p in found}


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_bundle_folder_zip_and_reminders_are_readable_by_the_user_alone(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a usual umask: files would be 0644 without care
    try:
        folder = export_case(sample_source(), ExportOptions("email"), tmp_path, load_destinations())
        zipped = export_case(
            sample_source(), ExportOptions("email", as_zip=True), tmp_path, load_destinations()
        )
        ics = tmp_path / "reminders.ics"
        ics.write_bytes(b"older, readable by all")
        ics.chmod(0o644)
        write_private(ics, b"BEGIN:VCALENDAR\r\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.path.stat().st_mode) == 0o700
    assert _modes(folder.path) == {("dir", 0o700), ("file", 0o600)}
    assert stat.S_IMODE(zipped.path.stat().st_mode) == 0o600
    with zipfile.ZipFile(zipped.path) as archive:
        assert {info.external_attr >> 16 & 0o777 for info in archive.infolist()} <= {0o600, 0o700}
    assert stat.S_IMODE(ics.stat().st_mode) == 0o600
    assert ics.read_bytes() == b"BEGIN:VCALENDAR\r\n"


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _leftover(folder: Path, pid: int) -> Path:
    path = folder / f"{staging.PREFIX}{pid}-abc123"
    (path / "attachments").mkdir(parents=True)
    (path / "attachments" / "01-form.pdf").write_bytes(b"%PDF plaintext")
    return path


def test_the_next_export_into_a_folder_removes_a_crashed_exports_staging(tmp_path: Path) -> None:
    crashed = _leftover(tmp_path, _dead_pid())
    running = _leftover(tmp_path, os.getpid())  # an export of this process still running
    not_ours = tmp_path / ".ombud-exported-notes"
    not_ours.mkdir()
    export_case(sample_source(), ExportOptions("email"), tmp_path, load_destinations())
    assert not crashed.exists()
    assert running.exists() and not_ours.exists()


def test_a_finished_export_leaves_no_journal_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    options = ExportOptions("email", journal_dir=data)
    export_case(sample_source(), options, tmp_path / "out", load_destinations())
    assert not (data / staging.JOURNAL).exists()


def test_the_next_cli_start_removes_journalled_staging_folders_anywhere(tmp_path: Path) -> None:
    data = Path(os.environ["OMBUD_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    elsewhere = tmp_path / "usb-stick"
    elsewhere.mkdir()
    crashed = _leftover(elsewhere, _dead_pid())
    staging.remember(data, crashed)
    staging.remember(data, tmp_path)  # a journal line that names no staging folder
    result = run_cli("case", "list")  # no vault yet: the command fails, the sweep ran
    assert result.returncode != 0
    assert not crashed.exists() and tmp_path.exists()
    assert not (data / staging.JOURNAL).exists()


def test_the_gui_start_sweeps_the_journal(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from ombud_desktop.app import create_main_window

    data = tmp_path / "gui-data"
    data.mkdir()
    crashed = _leftover(tmp_path, _dead_pid())
    staging.remember(data, crashed)
    window = create_main_window(["--data-dir", str(data)])
    try:
        assert not crashed.exists()
    finally:
        window.close()


def _hostile_source():  # type: ignore[no-untyped-def]
    source = sample_source()
    title = "Receipt\u202e fdp.exe\r\nnotice\x00"
    return replace(
        source,
        subject_name=HOSTILE_NAME,
        receipt_numbers=("IOE0912345678\u2067",),
        sender=replace(source.sender, name=HOSTILE_NAME, phone="555\r\n0100"),
        documents=(ExportDocument(title, "received_from_uscis", make_pdf(1, "x"), 1),),
    )


def test_no_control_or_bidi_character_reaches_the_email_export(tmp_path: Path) -> None:
    result = export_case(_hostile_source(), ExportOptions("email"), tmp_path, load_destinations())
    names = [p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")]
    assert not [n for n in names if UNSAFE.search(n)]
    raw = (result.path / "email.eml").read_bytes()
    headers = raw.split(b"\r\n\r\n")[0]
    assert b"\x00" not in headers and not re.search(rb"\r(?!\n)|(?<!\r)\n", headers)
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    assert not msg.defects and "Bcc" not in msg and msg["To"] == load_destinations().email
    for header, value in msg.items():
        assert not UNSAFE.search(str(value)), header
    body = msg.get_body(("plain",)).get_content()
    for text in (
        body,
        (result.path / "README.txt").read_text("utf-8-sig"),
        (result.path / "message-1.txt").read_text("utf-8"),
    ):
        assert not UNSAFE.search(text.replace("\r\n", "\n").replace("\n", ""))


@pytest.mark.slow
def test_no_control_or_bidi_character_reaches_the_fax_pdf(tmp_path: Path) -> None:
    result = export_case(_hostile_source(), ExportOptions("fax"), tmp_path, load_destinations())
    text = pdftotext((result.path / "fax.pdf").read_bytes())
    assert "Lan" in text and not UNSAFE.search(text.replace("\n", "").replace("\f", ""))


def test_reminders_escape_text_as_rfc_5545_says_and_drop_control_characters() -> None:
    ics = reminders_ics(
        case_id="case-1",
        sent_on=dt.date(2026, 11, 27),
        channel="fax",
        reference="A;B,C\\D\r\nE\x00\u202eF",
        receipt_number="IOE0912345678",
        destinations=load_destinations(),
        days=(30,),
        stamp=dt.datetime(2026, 11, 27, tzinfo=dt.UTC),
    ).decode("utf-8")
    assert not UNSAFE.search(ics)
    assert not re.search(r"\r(?!\n)|(?<!\r)\n", ics)  # only CRLF line ends
    unfolded = ics.replace("\r\n ", "")
    description = next(line for line in unfolded.split("\r\n") if line.startswith("DESCRIPTION:"))
    assert "reference A\\;B\\,C\\\\D\\nEF" in description


def test_the_cli_refuses_a_reference_with_control_characters(tmp_path: Path) -> None:
    result = run_cli("case", "mark-sent", "x", "--channel", "fax", "--reference", "A\u202eB")
    assert result.returncode != 0
    assert "control characters (U+202E)" in result.stderr and "Traceback" not in result.stderr
