"""The vault key in the OS keyring, only when the keyring is a real secure store.

An allow-list, not a block-list: only the backends known to keep secrets in the
operating system's protected store are used (Secret Service through D-Bus or libsecret,
KWallet, the macOS Keychain, the Windows Credential Locker). Anything else (a plain-file
backend chosen through PYTHON_KEYRING_BACKEND or a keyring.cfg, `keyrings.alt`, the
`fail`/`null` backends, a third-party plugin) means the passphrase path: it is the normal
path, not an edge case (a headless session only has `fail`).
"""

from __future__ import annotations

import base64
import contextlib
from typing import Any

from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP
from ombud_desktop.vault.errors import KeyringUnavailableError

SERVICE = "Ombud Desktop vault"
SECURE_BACKENDS = {
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
}


def _backends(backend: Any) -> list[Any]:
    return list(getattr(backend, "backends", None) or [backend])


def _name(backend: Any) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _is_secure(backend: Any) -> bool:
    if _name(backend) not in SECURE_BACKENDS:
        return False
    try:
        return float(backend.priority) >= 1  # installed but not usable here (no D-Bus ...)
    except Exception:  # a backend whose priority check itself fails is not usable
        return False


def backend_description() -> tuple[str, bool]:
    """(name of the active keyring backend, whether it counts as secure)."""
    import keyring

    backend = keyring.get_keyring()
    secure = _secure_backend()
    return _name(secure or backend), secure is not None


def _secure_backend() -> Any:
    """The allowed backend to talk to directly (a chainer could pick another), or None."""
    import keyring

    return next((b for b in _backends(keyring.get_keyring()) if _is_secure(b)), None)


def is_available() -> bool:
    return _secure_backend() is not None


def _fail(template: str, err: Exception) -> KeyringUnavailableError:
    return KeyringUnavailableError(
        template=template, params={"problem": f"{type(err).__name__}: {err}"}
    )


def store_key(key_id: str, key: bytes) -> None:
    from keyring.errors import KeyringError

    if not is_available():
        raise KeyringUnavailableError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "No secure system keyring is available here. Protect the vault with a "
                "passphrase instead.",
            ),
        )
    try:
        _secure_backend().set_password(SERVICE, key_id, base64.b64encode(key).decode())
    except (KeyringError, OSError) as err:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "errors",
                "The system keyring refused to store the vault key ({problem}). Unlock your "
                "keyring (log in to the desktop session) and try again, or use the vault "
                "passphrase or recovery key instead.",
            ),
            err,
        ) from err


def load_key(key_id: str) -> bytes:
    from keyring.errors import KeyringError

    if not is_available():
        raise KeyringUnavailableError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "The vault key is kept in the system keyring, but no secure keyring is "
                "available now (for example, no desktop session). Unlock with the vault "
                "passphrase or recovery key instead.",
            ),
        )
    try:
        value = _secure_backend().get_password(SERVICE, key_id)
    except (KeyringError, OSError) as err:
        raise _fail(
            QT_TRANSLATE_NOOP(
                "errors",
                "The system keyring refused to give the vault key ({problem}). Unlock your "
                "keyring (log in to the desktop session) and try again, or use the vault "
                "passphrase or recovery key instead.",
            ),
            err,
        ) from err
    if value is None:
        raise KeyringUnavailableError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "The system keyring does not hold this vault's key (it may be another user's "
                "keyring or a new computer). Unlock with the vault passphrase or recovery "
                "key.",
            ),
        )
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:
        raise KeyringUnavailableError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "The vault key in the system keyring is damaged. Unlock with the vault "
                "passphrase or recovery key.",
            ),
        ) from None


def delete_key(key_id: str) -> None:
    from keyring.errors import KeyringError

    # Already gone or unreachable: nothing more can be done.
    backend = _secure_backend()
    if backend is not None:
        with contextlib.suppress(KeyringError, OSError):
            backend.delete_password(SERVICE, key_id)
