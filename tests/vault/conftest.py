"""Vault fixtures: an initialized, unlocked vault in the test's data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ombud_desktop.vault import Vault

PASSPHRASE = "correct horse battery staple"


def sample_answers(marker: str = "") -> dict[str, Any]:
    return {
        "schema": "ombud-case/1",
        "subject": {
            "kind": "person",
            "first_name": f"Ana{marker}",
            "last_name": f"Diaz{marker}",
            "a_number": "012345678",
            "address": {"street": f"1 Main St{marker}", "city": "Austin", "country": "US"},
        },
        "filings": [{"form_number": "I-130", "receipt_number": "IOE0123456789"}],
        "reasons": {"problem_description": f"Pending too long{marker}"},
    }


@pytest.fixture
def vault_dir() -> Path:
    return Path(os.environ["OMBUD_DATA_DIR"])


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    """A passphrase vault (the keyring-less path), unlocked."""
    v = Vault(vault_dir)
    v.initialize(passphrase=PASSPHRASE, use_keyring=False)
    yield v
    v.close()


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n")
    path.chmod(0o600)
    return path
