"""Encrypted storage of cases and attachments (Qt-free). See docs/vault-format.md.

`Vault` and the record classes load when first asked for (PEP 562): the app's first
screen opens the folder through vault/door.py without the vault's code or the
cryptography (benchmarks/bench_gui_startup.py)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ombud_desktop.vault.errors import (
    AttachmentNotFoundError,
    CaseExistsError,
    CaseNotFoundError,
    ConcurrentChangeError,
    CorruptFileError,
    KeyringUnavailableError,
    OperationCancelledError,
    ReadOnlyVaultError,
    SaveFailedError,
    VaultBusyError,
    VaultError,
    VaultLockedError,
    VaultNotInitializedError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from ombud_desktop.vault.locations import resolve_data_dir

if TYPE_CHECKING:
    from ombud_desktop.vault.api import Vault
    from ombud_desktop.vault.records import CaseRecord, CaseSummary, SentInfo

# Name -> the module that holds it, loaded on first use.
_LATER = {
    "Vault": "ombud_desktop.vault.api",
    "CaseRecord": "ombud_desktop.vault.records",
    "CaseSummary": "ombud_desktop.vault.records",
    "SentInfo": "ombud_desktop.vault.records",
}


def __getattr__(name: str) -> Any:
    if name in _LATER:
        value = getattr(importlib.import_module(_LATER[name]), name)
        globals()[name] = value  # asked once
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AttachmentNotFoundError",
    "CaseExistsError",
    "CaseNotFoundError",
    "CaseRecord",
    "CaseSummary",
    "ConcurrentChangeError",
    "CorruptFileError",
    "KeyringUnavailableError",
    "OperationCancelledError",
    "ReadOnlyVaultError",
    "SaveFailedError",
    "SentInfo",
    "Vault",
    "VaultBusyError",
    "VaultError",
    "VaultLockedError",
    "VaultNotInitializedError",
    "WeakPassphraseError",
    "WrongPassphraseError",
    "resolve_data_dir",
]
