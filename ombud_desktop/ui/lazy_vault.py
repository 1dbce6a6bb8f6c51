"""The vault as the main window holds it: its folder opened at start through its door
(vault/door.py: the first screen asks only whether there is a vault, how it unlocks and
whether it is busy), the `Vault` itself built when first needed (unlocking, creating it
on the first-run screen).

The vault's code and the cryptography (~40 ms) are not loaded before the first screen
is shown (benchmarks/bench_gui_startup.py); `warm_up` loads them on a background thread
once it is, while the person types. Unlocking before that has finished is safe: Python's
import lock makes the UI thread wait for a module the warm-up is loading, never load it
twice.
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from ombud_desktop.vault.door import VaultDoor

if TYPE_CHECKING:
    from ombud_desktop.vault import Vault
    from ombud_desktop.vault.errors import ReadOnlyVaultError

# What unlocking needs beyond the door: the vault's code (cases, records, the core model
# they use, the AES-GCM cryptography) and the key derivation.
WARM_UP_MODULES = (
    "ombud_desktop.vault.api",
    "cryptography.hazmat.primitives.kdf.hkdf",
    "cryptography.hazmat.primitives.kdf.argon2",
    "cryptography.hazmat.primitives.asymmetric.x25519",
)


def _load_modules() -> None:
    for name in WARM_UP_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # it fails again on the UI thread, where building the vault
            return  # reports it: nothing is lost here


class LazyVault:
    """The vault behind `door`, built on first use by `vault()`."""

    def __init__(self, door: VaultDoor, default_retention_days: int | None = None) -> None:
        self.door = door
        self.default_retention_days = default_retention_days
        self._vault: Vault | None = None
        self.warming: threading.Thread | None = None  # the warm-up, once started

    @property
    def data_dir(self) -> Path:
        return self.door.data_dir

    @property
    def busy_problem(self) -> ReadOnlyVaultError | None:
        """Why the vault is read-only (another window has it ...), None when it is not."""
        return self.door.busy_problem

    @property
    def exists(self) -> bool:
        return self._vault.exists if self._vault is not None else self.door.exists

    @property
    def unlock_methods(self) -> list[str]:
        """How it unlocks now (after a new passphrase the vault's key store says)."""
        if self._vault is not None:
            return self._vault.unlock_methods
        return self.door.unlock_methods

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None and self._vault.is_unlocked

    def vault(self) -> Vault:
        """The vault, built the first time (it takes over the door's lock)."""
        if self._vault is None:
            from ombud_desktop.vault import Vault

            self._vault = Vault(door=self.door, default_retention_days=self.default_retention_days)
        return self._vault

    def warm_up(self) -> None:
        """Load what `vault()` and unlocking need on a background thread (once)."""
        if self.warming is None and self._vault is None:
            self.warming = threading.Thread(target=_load_modules, name="vault warm-up", daemon=True)
            self.warming.start()

    def lock(self) -> None:
        """Forget the keys (nothing to forget before the vault is built)."""
        if self._vault is not None:
            self._vault.lock()

    def close(self) -> None:
        """Lock and let the folder go. A warm-up still loading is waited for: a thread
        stopped at exit in the middle of an import could hold that module's lock."""
        if self.warming is not None:
            self.warming.join()
        if self._vault is not None:
            self._vault.close()
        else:
            self.door.close()
