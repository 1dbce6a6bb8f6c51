"""Data made by version 1 of the app (tests/data/v1, made once by make_golden.py there)
still opens: a passphrase vault with two cases and an attachment, and a hand-off file.
Each row damages a copy in one way and names what must happen, so a format change that
would orphan people's existing data fails here first."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from ombud_desktop.vault import (
    CorruptFileError,
    Vault,
    VaultError,
    WrongPassphraseError,
)

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "v1"
EXPECTED = json.loads((GOLDEN / "expected.json").read_text("utf-8"))
ATTACHMENT = EXPECTED["attachment"]
ATTACHMENT_FILE = f"cases/{ATTACHMENT['case']}/att-{ATTACHMENT['id']}.ombud"
OTHER_CASE = next(case for case in EXPECTED["cases"] if case != ATTACHMENT["case"])


def _flip_middle_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _cut_in_half(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


@pytest.fixture
def golden_vault(tmp_path: Path) -> Path:
    """A copy: opening a vault may write (lock file, backups), the golden files never change."""
    copy = tmp_path / "v1-vault"
    shutil.copytree(GOLDEN / "vault", copy)
    return copy


def _attachment_digest(vault: Vault) -> str:
    with vault.open_attachment(ATTACHMENT["case"], ATTACHMENT["id"]) as plain:
        return hashlib.sha256(plain.read()).hexdigest()


@dataclass(frozen=True)
class VaultRow:
    name: str
    damage: Callable[[Path], None]
    passphrase: str
    outcome: type[Exception] | None  # None: everything reads as made
    where: str = "unlock"  # unlock | attachment | other case


VAULT_ROWS = [
    VaultRow("good", lambda folder: None, EXPECTED["vault_passphrase"], None),
    VaultRow("wrong passphrase", lambda folder: None, "not the passphrase", WrongPassphraseError),
    VaultRow(
        "tampered attachment",
        lambda folder: _flip_middle_byte(folder / ATTACHMENT_FILE),
        EXPECTED["vault_passphrase"],
        CorruptFileError,
        "attachment",
    ),
    VaultRow(
        "truncated attachment",
        lambda folder: _cut_in_half(folder / ATTACHMENT_FILE),
        EXPECTED["vault_passphrase"],
        CorruptFileError,
        "attachment",
    ),
    VaultRow(
        "tampered case record (no backup)",
        lambda folder: _flip_middle_byte(folder / "cases" / OTHER_CASE / "case.ombud"),
        EXPECTED["vault_passphrase"],
        CorruptFileError,
        "other case",
    ),
    VaultRow(
        "truncated case record (no backup)",
        lambda folder: _cut_in_half(folder / "cases" / OTHER_CASE / "case.ombud"),
        EXPECTED["vault_passphrase"],
        CorruptFileError,
        "other case",
    ),
]


@pytest.mark.parametrize("row", VAULT_ROWS, ids=lambda row: row.name)
def test_a_version_1_vault(golden_vault: Path, row: VaultRow) -> None:
    row.damage(golden_vault)
    with Vault(golden_vault) as vault:
        if row.where == "unlock" and row.outcome is not None:
            with pytest.raises(row.outcome):
                vault.unlock(row.passphrase)
            return
        vault.unlock(row.passphrase)
        listed = {summary.id: summary for summary in vault.list_cases()}
        assert set(listed) == set(EXPECTED["cases"])  # a damaged case is listed, not lost
        if row.where == "other case":
            assert listed[OTHER_CASE].problem
            with pytest.raises(row.outcome or Exception):
                vault.load_case(OTHER_CASE)
        else:
            assert {case: s.name for case, s in listed.items()} == EXPECTED["cases"]
        record = vault.load_case(ATTACHMENT["case"])
        assert [d["title"] for d in record.documents] == [ATTACHMENT["title"]]
        if row.where == "attachment":
            with pytest.raises(row.outcome or Exception):
                _attachment_digest(vault)
        else:
            assert _attachment_digest(vault) == ATTACHMENT["sha256"]


@dataclass(frozen=True)
class HandoffRow:
    name: str
    damage: Callable[[Path], None]
    passphrase: str
    outcome: type[Exception] | None


HANDOFF_ROWS = [
    HandoffRow("good", lambda path: None, EXPECTED["handoff_passphrase"], None),
    HandoffRow("wrong passphrase", lambda path: None, "not it", WrongPassphraseError),
    HandoffRow("tampered", _flip_middle_byte, EXPECTED["handoff_passphrase"], VaultError),
    HandoffRow("truncated", _cut_in_half, EXPECTED["handoff_passphrase"], VaultError),
]


@pytest.mark.parametrize("row", HANDOFF_ROWS, ids=lambda row: row.name)
def test_a_version_1_handoff_file(tmp_path: Path, row: HandoffRow) -> None:
    from tests.vault.conftest import PASSPHRASE

    handoff = tmp_path / "case.handoff"
    shutil.copyfile(GOLDEN / "case.handoff", handoff)
    row.damage(handoff)
    with Vault(tmp_path / "receiving") as vault:
        vault.initialize(passphrase=PASSPHRASE, use_keyring=False)
        if row.outcome is not None:
            with pytest.raises(row.outcome):
                vault.import_handoff(handoff, row.passphrase)
            assert vault.list_cases() == []  # nothing half-imported
            return
        record = vault.import_handoff(handoff, row.passphrase)
        assert record.id == EXPECTED["handoff_case"]
        assert [s.name for s in vault.list_cases()] == [EXPECTED["cases"][record.id]]
        assert _attachment_digest(vault) == ATTACHMENT["sha256"]
