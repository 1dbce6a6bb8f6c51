"""Opening a data folder, and what can be known of its vault before it is unlocked:
whether there is one, how it unlocks, whether another process has it open.

Every `Vault` opens its folder through a door. The app's first screen (unlock or first
run) needs only the door: the vault's cases, attachments and the cryptography behind
them (~40 ms of the first screen, benchmarks/bench_gui_startup.py) load when the person
unlocks, or while they type (ui/lazy_vault.py). Nothing here decrypts anything.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP
from ombud_desktop.vault.atomic import os_error_reason
from ombud_desktop.vault.errors import ReadOnlyVaultError, SaveFailedError, VaultBusyError
from ombud_desktop.vault.keys import KeyStore, keystore_exists, load_keystore
from ombud_desktop.vault.locations import ensure_private_dir, resolve_data_dir
from ombud_desktop.vault.lockfile import InstanceLock

Mode = Literal["write", "read", "auto"]


class VaultDoor:
    """A data folder opened for one vault: its instance lock taken (mode "write": or
    VaultBusyError; "auto": read-only when another process has it, saying why in
    `busy_problem`; "read": no lock), and its key store read on first question."""

    def __init__(self, data_dir: str | os.PathLike[str] | None = None, *, mode: Mode = "write"):
        self.data_dir: Path = resolve_data_dir(data_dir)
        self.notices: list[str] = []  # things the user should be told (restored backups ...)
        self.busy_problem: ReadOnlyVaultError | None = None  # why it is read-only
        self.lock = InstanceLock(self.data_dir)
        self.read_only = mode == "read"
        self.keystore_read: KeyStore | None = None  # read by `unlock_methods`, kept for the vault
        if mode != "read" and self._open_for_writing(mode):
            self._take_lock(mode)

    def _take_lock(self, mode: Mode) -> None:
        if self.lock.acquire():
            return
        holder = self.lock.holder()
        if mode == "write":
            raise VaultBusyError(
                template=QT_TRANSLATE_NOOP(
                    "errors",
                    "The vault in {folder} is in use by {holder}. Close Ombud Desktop there "
                    "(or wait for that command to finish) and try again.",
                ),
                params={"folder": self.data_dir, "holder": holder},
            )
        self.read_only = True
        self.busy_problem = ReadOnlyVaultError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "Opened read-only: the vault is in use by {holder}. Changes cannot be saved "
                "until it is closed.",
            ),
            params={"holder": holder},
        )

    def _open_for_writing(self, mode: Mode) -> bool:
        """Create the folder and lock file; False (read-only) when it cannot be written."""
        try:
            ensure_private_dir(self.data_dir)
            self.lock.path.touch(mode=0o600, exist_ok=True)
            return True
        except OSError as err:
            params = {"folder": self.data_dir, "reason": os_error_reason(err)[0]}
            if mode == "write" or not self.data_dir.is_dir():
                raise SaveFailedError(
                    template=QT_TRANSLATE_NOOP(
                        "errors",
                        "The data folder {folder} cannot be written: {reason}. Choose another "
                        "folder with --data-dir (or OMBUD_DATA_DIR).",
                    ),
                    params=params,
                ) from err
            self.read_only = True
            self.busy_problem = ReadOnlyVaultError(
                template=QT_TRANSLATE_NOOP(
                    "errors",
                    "Opened read-only. The data folder {folder} cannot be written: {reason}. "
                    "Choose another folder with --data-dir (or OMBUD_DATA_DIR).",
                ),
                params=params,
            )
            return False

    @property
    def exists(self) -> bool:
        """True once a vault was created in this folder."""
        return keystore_exists(self.data_dir)

    @property
    def unlock_methods(self) -> list[str]:
        """Ways the vault can be unlocked: "keyring", "passphrase", "recovery"."""
        if self.keystore_read is None:
            self.keystore_read = load_keystore(self.data_dir, self.notices)
        return self.keystore_read.methods

    def close(self) -> None:
        """Let another process open the folder (a vault built on the door closes it)."""
        self.lock.release()
