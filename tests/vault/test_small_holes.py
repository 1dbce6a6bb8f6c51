"""Attacks on smaller holes of the vault: key copies left in damaged/ after a
delete, and attachment files with no record."""

from __future__ import annotations

import io
import os

from ombud_desktop.vault import Vault
from tests.vault.conftest import PASSPHRASE, sample_answers


def test_delete_also_shreds_the_cases_key_copies_in_damaged(vault: Vault) -> None:
    record = vault.create_case(sample_answers())
    other = vault.create_case(sample_answers("other"))
    key_file = vault.case_dir(record.id) / "key.ombud"
    key_file.write_bytes(key_file.read_bytes()[:-1])  # damaged: moved aside on next read
    vault._case_keys.clear()
    vault.load_case(record.id)
    damaged = vault.data_dir / "damaged"
    kept_copy = next(damaged.iterdir())
    assert record.id in kept_copy.name
    stolen = kept_copy.read_bytes()  # what someone copying the folder later would find
    vault.delete_case(record.id)
    assert not list(damaged.iterdir())  # no wrapped copy of the case key is left
    assert not any(stolen in p.read_bytes() for p in vault.data_dir.rglob("*") if p.is_file())
    vault.load_case(other.id)  # other cases keep their files


def test_attachment_file_with_no_record_is_removed_at_the_next_open(vault: Vault) -> None:
    record = vault.create_case(sample_answers())
    kept = vault.add_attachment(record, io.BytesIO(b"%PDF-1.4 kept"), category="other")
    folder = vault.case_dir(record.id)
    # A crash after the encrypted file was renamed into place, before the record listing
    # it was saved: the file is in the folder, the record does not know it.
    orphan = folder / "att-abcdefghjkmn.ombud"
    orphan.write_bytes((folder / f"att-{kept['id']}.ombud").read_bytes())
    os.utime(orphan)
    vault.close()

    again = Vault(vault.data_dir)
    again.unlock(PASSPHRASE)
    assert not orphan.exists()
    assert again.read_attachment(record.id, kept["id"]) == b"%PDF-1.4 kept"
    again.close()


def test_a_case_restored_from_its_backup_keeps_every_file(vault: Vault) -> None:
    record = vault.create_case(sample_answers())
    vault.save_case(record)
    entry = vault.add_attachment(record, io.BytesIO(b"%PDF-1.4 newest"), category="other")
    path = vault.case_dir(record.id) / "case.ombud"
    path.write_bytes(path.read_bytes()[:-1])  # the newest record is damaged
    vault.close()

    again = Vault(vault.data_dir)
    again.unlock(PASSPHRASE)  # the backup (without the newest document) is put back
    assert (vault.case_dir(record.id) / f"att-{entry['id']}.ombud").exists()
    again.close()
