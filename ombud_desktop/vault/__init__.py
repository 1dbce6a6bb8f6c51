"""Encrypted storage of cases and attachments (Qt-free). See docs/vault-format.md."""

from ombud_desktop.vault.api import Vault
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
from ombud_desktop.vault.records import CaseRecord, CaseSummary, SentInfo

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
