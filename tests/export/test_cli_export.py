"""`case export` and `case mark-sent` run as a user runs them (a real subprocess)."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from tests.cli_runner import run_cli
from tests.documents.pdftools import pdftotext
from tests.export.samples import make_pdf

PASSPHRASE = "export tests passphrase"


@pytest.fixture
def case_id(tmp_path: Path, data_dir: Path) -> str:
    """A complete sample case with two attached documents, in a passphrase vault."""
    phrase = tmp_path / "pass.txt"
    phrase.write_text(PASSPHRASE)
    answers = json.loads((data_dir / "complete_ready.json").read_text("utf-8"))
    del answers["documents"]  # listed there without files; attached for real below
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(answers), "utf-8")
    created = run_cli("--passphrase-file", phrase, "case", "new", "--answers", answers_file)
    assert created.returncode == 0, created.stderr
    new_id = created.stdout.strip()
    for name, title in (("notice.pdf", "Receipt notice"), ("letter.pdf", "Letter to USCIS")):
        path = tmp_path / name
        path.write_bytes(make_pdf(2, title, colour=name == "notice.pdf"))
        attached = run_cli(
            "--passphrase-file", phrase, "case", "attach", new_id, path,
            "--category", "received_from_uscis", "--title", title,
        )  # fmt: skip
        assert attached.returncode == 0, attached.stderr
    return new_id


def _pf(tmp_path: Path) -> list[str | Path]:
    return ["--passphrase-file", tmp_path / "pass.txt"]


@pytest.mark.slow
def test_export_every_channel_from_the_command_line(tmp_path: Path, case_id: str) -> None:
    out = tmp_path / "exports"
    made = {}
    for channel, extra in (("email", []), ("fax", ["--tiff"]), ("mail", ["--zip"])):
        result = run_cli(
            *_pf(tmp_path), "case", "export", case_id, "--channel", channel, "--out", out, *extra
        )
        assert result.returncode == 0, result.stderr
        made[channel] = Path(result.stdout.splitlines()[0])
        assert "not encrypted" in result.stderr
    assert made["email"].name.endswith(" email") and "Ana" in made["email"].name
    attachments = sorted(p.name for p in (made["email"] / "attachments").iterdir())
    assert len(attachments) == 3  # form + two documents
    assert (made["fax"] / "fax.tif").is_file()
    assert made["mail"].suffix == ".zip"
    sums = subprocess.run(
        ["sha256sum", "--strict", "-c", "SHA256SUMS"], cwd=made["fax"], capture_output=True
    )
    assert sums.returncode == 0
    manifest = json.loads((made["email"] / "manifest.json").read_text())
    eml = made["email"] / "email.eml"
    listed = {f["path"]: f["sha256"] for f in manifest["files"]}
    assert listed["email.eml"] == hashlib.sha256(eml.read_bytes()).hexdigest()


def test_export_of_documents_listed_without_files_names_them(
    tmp_path: Path, data_dir: Path
) -> None:
    phrase = tmp_path / "pass.txt"
    phrase.write_text(PASSPHRASE)
    answers = data_dir / "complete_ready.json"
    new_id = run_cli("--passphrase-file", phrase, "case", "new", "--answers", answers)
    result = run_cli(
        "--passphrase-file", phrase, "case", "export", new_id.stdout.strip(),
        "--channel", "fax", "--out", tmp_path / "out",
    )  # fmt: skip
    assert result.returncode == 2
    assert "Receipt notice (I-797C) for I-485 (i485-receipt.pdf)" in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_export_with_a_bad_size_limit_says_what_to_do(tmp_path: Path, case_id: str) -> None:
    result = run_cli(
        *_pf(tmp_path), "case", "export", case_id, "--channel", "email",
        "--out", tmp_path, "--size-limit-mb", "0.01",
    )  # fmt: skip
    assert result.returncode == 2
    assert "between 0.5 and 1000 MB" in result.stderr and "Traceback" not in result.stderr


def test_mark_sent_shows_in_the_case_list_writes_reminders_and_deletes_the_export(
    tmp_path: Path, case_id: str
) -> None:
    out = tmp_path / "exports"
    exported = run_cli(
        *_pf(tmp_path), "case", "export", case_id, "--channel", "email", "--out", out
    )
    folder = exported.stdout.splitlines()[0]
    sent = run_cli(
        *_pf(tmp_path), "case", "mark-sent", case_id, "--channel", "fax",
        "--reference", "CONF-4471", "--date", "2026-11-20",
        "--reminders-out", tmp_path / "cal", "--delete-export", folder,
    )  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    assert not Path(folder).exists()
    ics = (tmp_path / "cal" / f"ombudsman-follow-up-{case_id}.ics").read_text()
    assert "DTSTART;VALUE=DATE:20261220" in ics and "DTSTART;VALUE=DATE:20270218" in ics
    listing = run_cli(*_pf(tmp_path), "case", "list")
    assert "(sent 2026-11-20 by fax)" in listing.stdout
    shown = run_cli(*_pf(tmp_path), "case", "show", case_id).stdout
    assert "sent:        2026-11-20 by fax CONF-4471" in shown


def test_delete_export_refuses_a_folder_that_is_not_this_cases_export(
    tmp_path: Path, case_id: str
) -> None:
    precious = tmp_path / "my documents"
    precious.mkdir()
    (precious / "keep.txt").write_text("mine")
    result = run_cli(
        *_pf(tmp_path), "case", "mark-sent", case_id, "--channel", "mail",
        "--delete-export", precious,
    )  # fmt: skip
    assert result.returncode == 2
    assert "nothing was deleted" in result.stderr
    assert (precious / "keep.txt").exists()


def test_a_case_that_is_not_ready_is_not_exported(tmp_path: Path, data_dir: Path) -> None:
    phrase = tmp_path / "pass.txt"
    phrase.write_text(PASSPHRASE)
    new_id = run_cli(
        "--passphrase-file",
        phrase,
        "case",
        "new",
        "--answers",
        data_dir / "attorney_without_g28.json",
    ).stdout.strip()
    result = run_cli(
        "--passphrase-file", phrase, "case", "export", new_id,
        "--channel", "mail", "--out", tmp_path / "out",
    )  # fmt: skip
    assert result.returncode == 2
    assert "not ready to send" in result.stderr and "Traceback" not in result.stderr


def test_cli_export_brands_the_fax_and_warns_about_a_bad_setting(
    tmp_path: Path, case_id: str
) -> None:
    from PIL import Image

    Image.new("RGB", (120, 40), "navy").save(tmp_path / "logo.png")
    settings = tmp_path / "organization.toml"
    settings.write_text(
        '[organization]\nname = "Casa de Ayuda"\nlogo = "logo.png"\n'
        'help_contact = "Call Maria at 555-0100"\n[app]\nidle_lock_minutes = "soon"\n'
    )
    result = run_cli(
        "--org-config", settings, *_pf(tmp_path), "case", "export", case_id,
        "--channel", "fax", "--out", tmp_path / "out",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    # the bad key is reported once, on stderr, and the rest still applies
    assert result.stderr.count("warning: Organization settings, setting 'app.idle_lock") == 1
    cover = pdftotext((Path(result.stdout.strip()) / "fax.pdf").read_bytes(), "-l", "1")
    assert "Casa de Ayuda" in cover and "Call Maria at 555-0100" in cover


def test_cli_case_list_uses_the_organization_retention_days(tmp_path: Path, case_id: str) -> None:
    import datetime as dt

    from ombud_desktop.vault import Vault

    vault = Vault()  # the same OMBUD_DATA_DIR the commands use
    vault.unlock(PASSPHRASE)
    record = vault.load_case(case_id)
    record.updated_at = (dt.datetime.now(dt.UTC) - dt.timedelta(days=40)).isoformat()
    vault.save_case(record, touch=False)
    vault.close()
    assert "No cases due" in run_cli(*_pf(tmp_path), "case", "list", "--due").stdout  # 90 days
    settings = tmp_path / "organization.toml"
    settings.write_text("[app]\nretention_days = 30\n")
    listed = run_cli("--org-config", settings, *_pf(tmp_path), "case", "list", "--due")
    assert listed.returncode == 0, listed.stderr
    assert case_id in listed.stdout and "untouched 30 days+" in listed.stdout
