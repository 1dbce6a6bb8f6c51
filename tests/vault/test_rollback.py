"""Attack: replacing a case file with an older valid copy of itself (undoing "sent",
bringing back an old address or a removed document) is noticed."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from ombud_desktop.vault import CorruptFileError, Vault
from tests.cli_runner import run_cli
from tests.vault.conftest import PASSPHRASE, sample_answers


def _files(vault: Vault, case_id: str) -> tuple[Path, Path]:
    folder = vault.case_dir(case_id)
    return folder / "case.ombud", folder / "case.ombud.bak"


def _reopen(vault: Vault) -> Vault:
    vault.close()
    again = Vault(vault.data_dir)
    again.unlock(PASSPHRASE)
    return again


def test_older_copy_of_a_sent_case_is_refused(vault: Vault, tmp_path: Path) -> None:
    record = vault.create_case(sample_answers())
    current, backup = _files(vault, record.id)
    draft_copy = tmp_path / "draft-copy"
    shutil.copy(current, draft_copy)  # an attacker's copy, taken while still a draft
    vault.add_attachment(record, io.BytesIO(b"%PDF-1.4 letter"), category="other")
    vault.mark_sent(record, channel="fax")
    vault.save_case(record)  # the backup is the "sent" version too

    for target in (current, backup):
        shutil.copy(draft_copy, target)  # undo "sent" and the document, file and backup
    vault = _reopen(vault)
    with pytest.raises(CorruptFileError, match="older copy of case") as caught:
        vault.load_case(record.id)
    assert "accept-older" in str(caught.value) and "No newer copy" in str(caught.value)
    [summary] = vault.list_cases()
    assert summary.problem and record.id in summary.problem and "older copy" in summary.problem
    assert summary.older_copy  # the GUI offers to use it
    vault.close()


def test_swapped_file_and_backup_puts_the_newer_one_back(vault: Vault) -> None:
    record = vault.create_case(sample_answers())
    vault.mark_sent(record, channel="email")
    current, backup = _files(vault, record.id)
    newer, older = current.read_bytes(), backup.read_bytes()
    current.write_bytes(older)
    backup.write_bytes(newer)
    vault = _reopen(vault)
    loaded = vault.load_case(record.id)
    assert loaded.status == "sent"  # the newer version, which was still there
    assert any("newer version was still there" in n for n in vault.notices)
    vault.close()


def test_accepting_an_older_copy_on_purpose(vault: Vault, tmp_path: Path) -> None:
    record = vault.create_case(sample_answers())
    current, backup = _files(vault, record.id)
    old = current.read_bytes()
    vault.mark_sent(record, channel="mail")
    vault.save_case(record)
    for target in (current, backup):
        target.write_bytes(old)
    vault.close()
    pf = tmp_path / "pass.txt"
    pf.write_text(PASSPHRASE)
    refused = run_cli("case", "show", record.id, "--passphrase-file", pf)
    assert refused.returncode == 2 and "older copy" in refused.stderr
    accepted = run_cli("case", "accept-older", record.id, "--passphrase-file", pf)
    assert accepted.returncode == 0, accepted.stderr
    again = Vault(vault.data_dir)
    again.unlock(PASSPHRASE)
    assert again.load_case(record.id).status == "draft"
    again.save_case(again.load_case(record.id))  # and it is saved on from there
    again.close()


def test_every_save_moves_the_version_on(vault: Vault) -> None:
    record = vault.create_case(sample_answers())
    first = record.version
    vault.save_case(record)
    vault.set_status(record, "ready")
    assert record.version == first + 2
    assert vault.load_state().versions[record.id] == record.version
    vault.delete_case(record.id)
    assert record.id not in vault.load_state().versions


def test_retention_cannot_be_set_by_editing_settings_json(vault: Vault) -> None:
    vault.create_case(sample_answers())
    settings = vault.data_dir / "settings.json"
    settings.write_text('{"retention_days": 0}')  # would mark every case due at once
    assert vault.retention_days == 90
    settings.write_text('{"retention_days": 1}')  # below what a plain file may say
    assert vault.retention_days == 90 and not vault.retention_due()
    settings.write_text('{"retention_days": 30}')  # an older version's file, in bounds
    assert vault.retention_days == 30
    vault.set_retention_days(45)  # kept authenticated in the vault state from now on
    settings.write_text('{"retention_days": 7}')
    assert vault.retention_days == 45
