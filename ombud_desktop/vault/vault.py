"""The Vault: open a data folder, unlock it, and keep cases, attachments and the
submitter profile encrypted at rest. Qt-free; the GUI and the CLI share it."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, Self

from ombud_desktop.core.json_types import JsonObject
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP
from ombud_desktop.vault import keyring_store, rotation
from ombud_desktop.vault.atomic import atomic_write, remove_stale_temps
from ombud_desktop.vault.door import Mode, VaultDoor
from ombud_desktop.vault.errors import (
    CaseNotFoundError,
    CorruptFileError,
    KeyringUnavailableError,
    ReadOnlyVaultError,
    RolledBackError,
    VaultError,
    VaultLockedError,
    WrongPassphraseError,
)
from ombud_desktop.vault.fileformat import (
    KIND_CASE_KEY,
    KIND_PROFILE,
    KIND_RECORD,
    KIND_VAULT_STATE,
    damaged,
    open_sealed,
    parse_sealed,
    seal,
    subkey,
)
from ombud_desktop.vault.keys import (
    KEYSTORE_NAME,
    KeyStore,
    keystore_exists,
    load_keystore,
    read_keystore,
)
from ombud_desktop.vault.passphrase_strength import require_strong
from ombud_desktop.vault.record_schema import is_valid_id
from ombud_desktop.vault.records import DEFAULT_RETENTION_DAYS, CaseRecord
from ombud_desktop.vault.shred import DELETING_MARK, KEY_FILE, shred_folder
from ombud_desktop.vault.state import (
    MAX_RETENTION_DAYS,
    STATE_NAME,
    STATE_PURPOSE,
    VaultState,
    bounded_retention,
    decode_state,
)
from ombud_desktop.vault.storage import (
    backup_path,
    load_versioned,
    move_aside,
    save_versioned,
    write_new,
)

PROFILE_NAME = "profile.ombud"
SETTINGS_NAME = "settings.json"  # plain: holds no personal data (retention days only)
CASES_DIR = "cases"
RECORD_FILE = "case.ombud"


class VaultBase:
    """Opening, locking and keys; cases live in `CaseStore` (cases.py) on top of this."""

    def __init__(
        self,
        data_dir: str | os.PathLike[str] | None = None,
        *,
        mode: Mode = "write",
        default_retention_days: int | None = None,
        door: VaultDoor | None = None,
    ):
        """Open `data_dir` in `mode` (door.py says how), or take over a folder a `door`
        already opened (the app's first screen asked it how the vault unlocks)."""
        door = door or VaultDoor(data_dir, mode=mode)
        self.data_dir = door.data_dir
        # An organization's default (organization.toml); a period the person saved wins.
        self.default_retention_days = default_retention_days or DEFAULT_RETENTION_DAYS
        self.notices = door.notices  # things the user should be told (restored backups ...)
        self.busy_problem = door.busy_problem  # why it is read-only
        self.read_only = door.read_only
        self._door = door
        self._vault_key: bytes | None = None
        self._case_keys: dict[str, bytes] = {}
        self._accepting_older: set[str] = set()  # accept_older_version in progress
        self._keystore: KeyStore | None = door.keystore_read
        if door.lock.held:
            self._tidy()

    @property
    def busy_message(self) -> str | None:
        """Why the vault was opened read-only, in English (the CLI prints it)."""
        return str(self.busy_problem) if self.busy_problem is not None else None

    # -- life cycle --------------------------------------------------------------------
    def close(self) -> None:
        self.lock()
        self._door.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _tidy(self) -> None:
        """Finish interrupted deletions and remove temp files a crash left behind."""
        remove_stale_temps(self.data_dir)
        cases = self.data_dir / CASES_DIR
        if not cases.is_dir():
            return
        for folder in cases.iterdir():
            with contextlib.suppress(OSError):  # tidying never stops the vault opening
                self._tidy_case_folder(cases, folder)

    @staticmethod
    def _tidy_case_folder(cases: Path, folder: Path) -> None:
        if folder.name.startswith(".replaced-"):  # a replacing import was interrupted
            original = cases / folder.name.split("-")[1]
            if not original.exists():
                os.replace(folder, original)
                return
        if folder.name.startswith(".incoming-"):  # an unfinished new case or import
            shutil.rmtree(folder)
        elif folder.name.startswith(".replaced-") or (folder / DELETING_MARK).exists():
            shred_folder(folder)
        elif folder.is_dir():
            remove_stale_temps(folder)

    def require_writable(self) -> None:
        if self.read_only:
            if self.busy_problem is not None:  # says why
                problem = self.busy_problem
                raise ReadOnlyVaultError(template=problem.template, params=problem.params)
            raise ReadOnlyVaultError(
                template=QT_TRANSLATE_NOOP(
                    "errors", "The vault was opened read-only; changes cannot be saved."
                ),
            )

    # -- keys --------------------------------------------------------------------------
    @property
    def keystore_path(self) -> Path:
        return self.data_dir / KEYSTORE_NAME

    @property
    def exists(self) -> bool:
        """True once `initialize` has run for this data folder."""
        return keystore_exists(self.data_dir)

    @property
    def is_unlocked(self) -> bool:
        return self._vault_key is not None

    def keystore(self) -> KeyStore:
        if self._keystore is None:
            self._keystore = load_keystore(self.data_dir, self.notices)
        return self._keystore

    @property
    def unlock_methods(self) -> list[str]:
        """Ways this vault can be unlocked: "keyring", "passphrase", "recovery"."""
        return self.keystore().methods

    def initialize(
        self,
        *,
        passphrase: str | None = None,
        use_keyring: bool | None = None,
        recovery_key: bool = False,
    ) -> str | None:
        """Create the vault key. Returns the printable recovery key when asked for one.

        use_keyring None means "when a secure keyring is available". Without the keyring a
        passphrase is required. The vault is left unlocked.
        """
        self.require_writable()
        if self.exists:
            raise VaultError(
                template=QT_TRANSLATE_NOOP(
                    "errors",
                    "A vault already exists in {folder}; it was left as is.",
                ),
                params={"folder": self.data_dir},
            )
        if use_keyring is None:
            use_keyring = keyring_store.is_available()
        if not use_keyring and not passphrase:
            raise VaultError(
                template=QT_TRANSLATE_NOOP(
                    "errors",
                    "No secure system keyring is available here: choose a passphrase to "
                    "protect the vault.",
                ),
            )
        if passphrase:
            require_strong(passphrase)
        store, vault_key = KeyStore.new(self.keystore_path)
        if passphrase:
            store.set_passphrase(vault_key, passphrase)
        recovery = store.add_recovery(vault_key) if recovery_key else None
        if use_keyring:
            store.add_keyring(vault_key)
        write_new(self.keystore_path, store.encode(vault_key))
        self._keystore = read_keystore(self.keystore_path)
        self._vault_key = vault_key
        return recovery

    def unlock(self, passphrase: str | None = None) -> None:
        """Unlock with `passphrase`, or through the system keyring when it is None."""
        if passphrase is None:
            self._vault_key = self._open_keystore(KeyStore.unlock_with_keyring)
        else:
            self._vault_key = self._open_keystore(
                lambda store: store.unlock_with_passphrase(passphrase)
            )
        self._after_unlock()

    def unlock_with_recovery_key(self, recovery_key: str) -> None:
        self._vault_key = self._open_keystore(
            lambda store: store.unlock_with_recovery_key(recovery_key)
        )
        self._after_unlock()

    def _after_unlock(self) -> None:
        """Tidying that needs the keys (cases.py removes attachments with no record)."""

    def _open_keystore(self, opener: Callable[[KeyStore], bytes]) -> bytes:
        """The vault key; finishes a key change that was interrupted (either secret)."""
        try:
            key = opener(self.keystore())
        except (WrongPassphraseError, KeyringUnavailableError):
            pending = rotation.pending_keystore(self.data_dir, self.keystore_path)
            if pending is None:
                raise
            key = opener(pending)  # the new secret, typed before the change was finished
        journal = rotation.read_journal(self.data_dir)
        keys = journal.keys_for(key) if journal is not None else None
        if journal is None or keys is None or self.read_only:
            return key
        rotation.finish(self.data_dir, journal, *keys, self._vault_files())
        self._keystore = None
        return keys[1]

    def _vault_files(self) -> list[rotation.VaultFile]:
        """Files sealed under keys derived from the vault key (re-sealed on rotation)."""
        return [(PROFILE_NAME, KIND_PROFILE, "profile"), (STATE_NAME, KIND_VAULT_STATE, "state")]

    def lock(self) -> None:
        """Forget every key held in memory (the GUI's idle auto-lock)."""
        self._vault_key = None
        self._case_keys.clear()

    def _key(self) -> bytes:
        if self._vault_key is None:
            raise VaultLockedError(
                template=QT_TRANSLATE_NOOP(
                    "errors",
                    "The vault is locked. Unlock it first.",
                ),
            )
        return self._vault_key

    def _rewrite_keystore(self, change: Callable[[KeyStore, bytes], Any]) -> Any:
        self.require_writable()
        vault_key = self._key()
        store = self.keystore()
        result = change(store, vault_key)
        save_versioned(self.keystore_path, store.encode(vault_key), _current_fp(self))
        self._keystore = read_keystore(self.keystore_path)
        return result

    def set_passphrase(self, passphrase: str) -> str | None:
        """Set or change the passphrase (the vault must be unlocked), under a new vault key.

        The recovery key stays the same; only a recovery slot made before recovery slots
        were public-key ones cannot follow: then a new recovery key is made and returned
        (show it to be printed). None otherwise.
        """
        require_strong(passphrase)

        def build(store: KeyStore, previous: KeyStore, key: bytes) -> str | None:
            store.set_passphrase(key, passphrase)
            recovery = None
            if previous.slot("recovery") is not None and not store.carry_recovery(previous, key):
                recovery = store.add_recovery(key)
            return recovery

        return self._rotate(build)

    def add_recovery_key(self, passphrase: str | None = None) -> str:
        """Make a new recovery key (the old one stops working) under a new vault key, and
        return it for printing. A vault with a passphrase needs it here: the passphrase
        slot is made again for the new key."""
        previous = self.keystore()
        if previous.slot("passphrase") is not None:
            if passphrase is None:
                raise WrongPassphraseError(
                    template=QT_TRANSLATE_NOOP(
                        "errors",
                        "Enter the vault passphrase to make a new recovery key: the vault "
                        "key changes, and the passphrase must be attached to the new one.",
                    ),
                )
            previous.unlock_with_passphrase(passphrase)  # WrongPassphraseError if not it

        def build(store: KeyStore, previous: KeyStore, key: bytes) -> str:
            if passphrase is not None:
                store.set_passphrase(key, passphrase)
            return store.add_recovery(key)

        return str(self._rotate(build))

    def _rotate(self, build: Callable[[KeyStore, KeyStore, bytes], Any]) -> Any:
        """A new vault key: `build(new store, previous store, new key)` fills the new key
        store's slots; the keyring slot follows by itself. See rotation.py."""
        self.require_writable()
        old_key = self._key()
        previous = self.keystore()
        store, new_key = KeyStore.new(self.keystore_path)
        result = build(store, previous, new_key)
        if previous.slot("keyring") is not None:
            store.add_keyring(new_key)
        rotation.start(self.data_dir, old_key, new_key, previous.key_id, store.encode(new_key))
        journal = rotation.read_journal(self.data_dir)
        assert journal is not None
        rotation.finish(self.data_dir, journal, old_key, new_key, self._vault_files())
        self._keystore = read_keystore(self.keystore_path)
        self._vault_key = new_key
        return result

    def enable_keyring(self) -> None:
        self._rewrite_keystore(lambda store, key: store.add_keyring(key))

    # -- settings and profile ----------------------------------------------------------
    @property
    def retention_days(self) -> int:
        """The period saved with set_retention_days (authenticated, in the vault state),
        else the default given when opened. A period in the plain settings.json of older
        versions is used only within the bounds the app offers."""
        saved = self.load_state().retention_days if self._vault_key is not None else None
        if saved is not None:
            return saved
        try:
            value = json.loads((self.data_dir / SETTINGS_NAME).read_text("utf-8"))
            days = bounded_retention(value["retention_days"])
        except (OSError, ValueError, KeyError, TypeError):
            days = None
        return days or self.default_retention_days

    def set_retention_days(self, days: int) -> None:
        self.require_writable()
        if not 1 <= days <= MAX_RETENTION_DAYS:
            raise VaultError(
                template=QT_TRANSLATE_NOOP(
                    "errors", "The retention period must be between 1 and {most} days."
                ),
                params={"most": MAX_RETENTION_DAYS},
            )

        def change(state: VaultState) -> None:
            state.retention_days = days

        self.change_state(change)
        # A plain copy for reading while locked; when unlocked the vault state wins.
        atomic_write(self.data_dir / SETTINGS_NAME, json.dumps({"retention_days": days}).encode())

    # -- the vault state: latest case versions, retention --------------------------------
    def load_state(self) -> VaultState:
        """The authenticated vault state (state.py); empty when there is none yet. A
        damaged one (and its backup) is moved aside and started again, with a notice."""
        path = self.data_dir / STATE_NAME
        if not path.exists() and not backup_path(path).exists():
            self._state_fp: str | None = None
            return VaultState()
        key = subkey(self._key(), STATE_PURPOSE)
        try:
            state, self._state_fp = load_versioned(
                path, lambda data: decode_state(key, path, data), self.data_dir, self.notices
            )
        except CorruptFileError as err:
            for damaged_file in (path, backup_path(path)):
                if damaged_file.exists() and not self.read_only:
                    move_aside(damaged_file, self.data_dir)
            self.notices.append(
                f"{err} The record of each case's latest version was started again: an "
                "older copy of a case put in its place before now would not be noticed."
            )
            self._state_fp = None
            return VaultState()
        return state

    def change_state(self, change: Callable[[VaultState], None]) -> None:
        """Read, change and save the vault state (one writer: the instance lock)."""
        if self.read_only:
            return
        state = self.load_state()
        change(state)
        data = seal(
            subkey(self._key(), STATE_PURPOSE),
            KIND_VAULT_STATE,
            {"key_id": "vault"},
            state.to_payload(),
        )
        self._state_fp = save_versioned(self.data_dir / STATE_NAME, data, self._state_fp)

    def remember_version(self, case_id: str, version: int | None) -> None:
        """Note `version` as case `case_id`'s latest (None: the case is gone)."""

        def change(state: VaultState) -> None:
            if version is None:
                state.versions.pop(case_id, None)
            else:
                state.versions[case_id] = version

        self.change_state(change)

    def load_profile(self) -> JsonObject:
        """The saved submitter profile (volunteer / attorney details); {} when none."""
        path = self.data_dir / PROFILE_NAME
        if not path.exists() and not (self.data_dir / (PROFILE_NAME + ".bak")).exists():
            self._profile_fp: str | None = None
            return {}
        key = subkey(self._key(), "profile")

        def decode(data: bytes) -> JsonObject:
            header, body = parse_sealed(data, path, KIND_PROFILE)
            return dict(json.loads(open_sealed(key, header, body, path)))

        profile, self._profile_fp = load_versioned(path, decode, self.data_dir, self.notices)
        return profile

    def save_profile(self, profile: JsonObject) -> None:
        self.require_writable()
        path = self.data_dir / PROFILE_NAME
        if not hasattr(self, "_profile_fp"):
            self.load_profile()
        payload = json.dumps(profile, ensure_ascii=False).encode("utf-8")
        data = seal(subkey(self._key(), "profile"), KIND_PROFILE, {"key_id": "vault"}, payload)
        self._profile_fp = save_versioned(path, data, self._profile_fp)

    # -- per-case keys and records -----------------------------------------------------
    def case_dir(self, case_id: str) -> Path:
        if not is_valid_id(case_id):
            raise CaseNotFoundError(
                template=QT_TRANSLATE_NOOP(
                    "errors",
                    "{case_id} is not a case id (see `case list`).",
                ),
                params={"case_id": repr(case_id)},
            )
        return self.data_dir / CASES_DIR / case_id

    def _case_key(self, case_id: str) -> bytes:
        if case_id in self._case_keys:
            return self._case_keys[case_id]
        folder = self.case_dir(case_id)
        if not folder.is_dir() or (folder / DELETING_MARK).exists():
            raise CaseNotFoundError(
                template=QT_TRANSLATE_NOOP(
                    "errors",
                    "There is no case {case_id} in {folder}.",
                ),
                params={"case_id": case_id, "folder": self.data_dir},
            )
        wrap_key = subkey(self._key(), "case-key")
        path = folder / KEY_FILE

        def decode(data: bytes) -> bytes:
            header, body = parse_sealed(data, path, KIND_CASE_KEY)
            if header.params.get("case_id") != case_id:
                raise damaged(path, "belongs to another case")
            return open_sealed(wrap_key, header, body, path)

        key, _ = load_versioned(path, decode, self.data_dir, self.notices)
        self._case_keys[case_id] = key
        return key

    def _record_decoders(
        self, case_id: str, path: Path
    ) -> tuple[
        Callable[[bytes], CaseRecord], Callable[[CorruptFileError], Callable[[bytes], CaseRecord]]
    ]:
        """Decoders for a case file and for its backup. The backup is the previous save, so
        after real damage it may be one version behind; after a rollback it must not be."""

        def for_backup(problem: CorruptFileError) -> Callable[[bytes], CaseRecord]:
            slack = 0 if isinstance(problem, RolledBackError) else 1
            return self._decode_record(case_id, path, slack)

        return self._decode_record(case_id, path), for_backup

    def _decode_record(
        self, case_id: str, path: Path, slack: int = 0
    ) -> Callable[[bytes], CaseRecord]:
        key = subkey(self._case_key(case_id), "record")

        def decode(data: bytes) -> CaseRecord:
            header, body = parse_sealed(data, path, KIND_RECORD)
            if header.params.get("case_id") != case_id:
                raise damaged(path, "belongs to another case")
            try:
                record = CaseRecord.from_payload(open_sealed(key, header, body, path))
            except (ValueError, KeyError, TypeError) as err:
                raise damaged(path, f"unreadable case record: {err}") from None
            if record.id != case_id:
                raise damaged(path, "belongs to another case")
            latest = self.load_state().versions.get(case_id, 0)
            if record.version < latest - slack and case_id not in self._accepting_older:
                raise RolledBackError(path, case_id, record.version, latest)
            return record

        return decode

    def _encode_record(self, record: CaseRecord) -> bytes:
        key = subkey(self._case_key(record.id), "record")
        params = {"case_id": record.id, "key_id": f"case/{record.id}"}
        return seal(key, KIND_RECORD, params, record.to_payload())


def _current_fp(vault: VaultBase) -> str | None:
    from ombud_desktop.vault.storage import fingerprint

    try:
        return fingerprint(vault.keystore_path.read_bytes())
    except FileNotFoundError:
        return None
