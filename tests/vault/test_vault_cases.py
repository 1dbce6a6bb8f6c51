"""Case records: create, load, save, list, status, sent info, profile, delete."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from ombud_desktop.vault import (
    CaseNotFoundError,
    ConcurrentChangeError,
    Vault,
    VaultError,
    VaultLockedError,
)
from tests.vault.conftest import PASSPHRASE, sample_answers


def test_case_round_trips_answers_and_metadata(vault: Vault) -> None:
    record = vault.create_case(sample_answers(), ui_state={"page": "subject"})
    loaded = vault.load_case(record.id)
    assert loaded.answers == {**sample_answers(), "schema": "ombud-case/1"}
    assert loaded.status == "draft"
    assert loaded.ui_state == {"page": "subject"}
    assert loaded.created_at == record.created_at


def test_answers_must_be_an_object_with_the_known_schema(vault: Vault) -> None:
    with pytest.raises(VaultError, match="JSON object"):
        vault.create_case([1, 2])  # type: ignore[arg-type]
    with pytest.raises(VaultError, match="ombud-case/1"):
        vault.create_case({"schema": "other/9"})


def test_save_keeps_edits_and_backup_holds_previous_version(vault: Vault, vault_dir: Path) -> None:
    record = vault.create_case(sample_answers())
    record.answers["subject"]["first_name"] = "Beatriz"
    vault.save_case(record)
    assert vault.load_case(record.id).answers["subject"]["first_name"] == "Beatriz"
    assert (vault_dir / "cases" / record.id / "case.ombud.bak").exists()


def test_file_changed_on_disk_is_not_overwritten(vault: Vault) -> None:
    first = vault.create_case(sample_answers())
    second = vault.load_case(first.id)
    second.answers["subject"]["first_name"] = "Other window"
    vault.save_case(second)
    first.answers["subject"]["first_name"] = "Mine"
    with pytest.raises(ConcurrentChangeError, match="changed on disk"):
        vault.save_case(first)
    assert vault.load_case(first.id).answers["subject"]["first_name"] == "Other window"


def test_status_and_mark_sent(vault: Vault) -> None:
    record = vault.create_case(sample_answers())
    vault.set_status(record, "ready")
    vault.mark_sent(record.id, channel="email", reference="msg-1", sent_on=date(2026, 11, 2))
    loaded = vault.load_case(record.id)
    assert loaded.status == "sent"
    assert loaded.sent is not None and loaded.sent.to_dict() == {
        "date": "2026-11-02",
        "channel": "email",
        "reference": "msg-1",
    }
    with pytest.raises(VaultError, match="Unknown case status"):
        vault.set_status(loaded, "archived")


def test_listing_shows_name_forms_status_and_retention(vault: Vault) -> None:
    old = vault.create_case(sample_answers())
    old.updated_at = "2020-01-01T00:00:00+00:00"
    vault.save_case(old, touch=False)
    org = vault.create_case(
        {"subject": {"kind": "organization", "organization_name": "Acme"}, "filings": []}
    )
    listing = {s.id: s for s in vault.list_cases()}
    assert listing[old.id].name == "Ana Diaz"
    assert listing[old.id].form_numbers == ("I-130",)
    assert listing[old.id].due_for_retention
    assert listing[org.id].name == "Acme" and not listing[org.id].due_for_retention
    assert [s.id for s in vault.retention_due()] == [old.id]
    assert vault.retention_due(retention_days=100000) == []
    vault.set_retention_days(30)
    assert Vault(vault.data_dir, mode="read").retention_days == 30


def test_lock_forgets_keys(vault: Vault) -> None:
    record = vault.create_case(sample_answers())
    vault.lock()
    assert not vault.is_unlocked
    with pytest.raises(VaultLockedError):
        vault.load_case(record.id)
    vault.unlock(PASSPHRASE)
    assert vault.load_case(record.id).id == record.id


def test_submitter_profile_is_saved_encrypted(vault: Vault, vault_dir: Path) -> None:
    assert vault.load_profile() == {}
    vault.save_profile({"name": "Volunteer Zoë", "organization": "Help Center"})
    assert vault.load_profile()["name"] == "Volunteer Zoë"
    assert b"Help Center" not in (vault_dir / "profile.ombud").read_bytes()


def test_delete_destroys_the_case_key_and_files(vault: Vault, vault_dir: Path) -> None:
    record = vault.create_case(sample_answers())
    vault.delete_case(record.id)
    assert not (vault_dir / "cases" / record.id).exists()
    with pytest.raises(CaseNotFoundError):
        vault.load_case(record.id)
    with pytest.raises(CaseNotFoundError, match="not a case id"):
        vault.load_case("../etc")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_files_and_folders_are_owner_only(vault: Vault, vault_dir: Path) -> None:
    record = vault.create_case(sample_answers())
    vault.save_case(record)
    for path in [vault_dir, *vault_dir.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), path


def test_answers_that_cannot_be_saved_are_refused_without_writing(vault: Vault) -> None:
    record = vault.create_case(sample_answers())
    record.answers["subject"]["date_of_birth"] = date(1990, 1, 2)  # not JSON
    with pytest.raises(VaultError, match="cannot be saved"):
        vault.save_case(record)
    record.answers["subject"]["date_of_birth"] = float("nan")
    with pytest.raises(VaultError, match="cannot be saved"):
        vault.save_case(record)
    assert "date_of_birth" not in vault.load_case(record.id).answers["subject"]
