"""Vault errors: each message tells the user what happened and what to do next."""

from __future__ import annotations

from ombud_desktop.errors import UserFacingError
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP


class VaultError(UserFacingError):
    """Base of every vault problem the user can act on."""


class VaultNotInitializedError(VaultError):
    pass


class VaultLockedError(VaultError):
    """The vault key is not in memory (never unlocked, or locked again)."""


class WrongPassphraseError(VaultError):
    pass


class WeakPassphraseError(VaultError):
    """A new passphrase is too easy to guess; the message says why and suggests one."""


class KeyringUnavailableError(VaultError):
    """The OS keyring is absent, locked or refused to give the key."""


class CorruptFileError(VaultError):
    """A vault file failed its integrity check; `path` names it."""

    def __init__(
        self,
        message: str | None = None,
        path: object = None,
        *,
        template: str | None = None,
        params: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message, template=template, params=params)
        self.path = path


class RolledBackError(CorruptFileError):
    """A case file is older than the version the vault last saved (put back from
    outside the app); it is not used."""

    def __init__(self, path: object, case_id: str, found: int, latest: int) -> None:
        super().__init__(
            path=path,
            template=QT_TRANSLATE_NOOP(
                "errors",
                "The file {path} is an older copy of case {case_id} (version {found}; this "
                "vault last saved version {latest}): it was put there from outside Ombud "
                "Desktop, so it was not used.",
            ),
            params={"path": path, "case_id": case_id, "found": found, "latest": latest},
        )
        self.case_id = case_id


class OlderCopyOnlyError(CorruptFileError):
    """A case was put back from an older copy and no newer one is left. The person may
    still choose to use it (`accept_older_version`): the GUI asks when it is opened."""

    def __init__(self, path: object, problem: RolledBackError) -> None:
        super().__init__(
            path=path,
            template=QT_TRANSLATE_NOOP(
                "errors",
                "{problem} No newer copy is left in the data folder. If you put this copy "
                "back yourself from a backup, open it and choose “Use this older copy” (or "
                "run `ombud-desktop case accept-older {case_id}`); otherwise delete the case "
                "or ask your support contact.",
            ),
            params={"problem": problem, "case_id": problem.case_id},
        )


class ConcurrentChangeError(VaultError):
    """A file changed on disk since it was loaded; nothing was overwritten."""


class VaultBusyError(VaultError):
    """Another running instance holds the vault's lock file."""


class ReadOnlyVaultError(VaultError):
    pass


class SaveFailedError(VaultError):
    """Writing failed (disk full, read-only folder); the previous version is intact."""


class CaseNotFoundError(VaultError):
    pass


class CaseExistsError(VaultError):
    pass


class AttachmentNotFoundError(VaultError):
    pass


class OperationCancelledError(VaultError):
    exit_code = 130
