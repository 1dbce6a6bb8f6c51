"""The vault key in the OS keyring, only when the keyring is a real secure store.

`fail.Keyring`, every `keyrings.alt` backend (plain files in the home folder) and any
backend with priority < 1 count as "no secure store" (keyrings.alt keeps secrets as base64
in the home folder, and a headless session only has fail.Keyring): the passphrase path is
then the normal path, not an edge case."""

from __future__ import annotations

import base64
import contextlib
from typing import Any

from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP
from ombud_desktop.vault.errors import KeyringUnavailableError

SERVICE = "Ombud Desktop vault"


def _backends(backend: Any) -> list[Any]:
    return list(getattr(backend, "backends", None) or [backend])


def _is_secure(backend: Any) -> bool:
    module = type(backend).__module__
    if module.startswith("keyrings.alt") or module.startswith("keyring.backends.fail"):
        return False
    if module.startswith("keyring.backends.null"):
        return False
    try:
        return float(backend.priority) >= 1
    except Exception:  # a backend whose priority check itself fails is not usable
        return False


def backend_description() -> tuple[str, bool]:
    """(name of the active keyring backend, whether it counts as secure)."""
    import keyring

    backend = keyring.get_keyring()
    chosen = [b for b in _backends(backend) if _is_secure(b)]
    name = type(backend).__module__ + "." + type(backend).__name__
    if chosen:
        name = type(chosen[0]).__module__ + "." + type(chosen[0]).__name__
    return name, bool(chosen)


def is_available() -> bool:
    return backend_description()[1]


def _fail(template: str, err: Exception) -> KeyringUnavailableError:
    return KeyringUnavailableError(
        template=template, params={"problem": f"{type(err).__name__}: {err}"}
    )


def store_key(key_id: str, key: bytes) -> None:
    import keyring
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
        keyring.set_password(SERVICE, key_id, base64.b64encode(key).decode())
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
    import keyring
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
        value = keyring.get_password(SERVICE, key_id)
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
    import keyring
    from keyring.errors import KeyringError

    # Already gone or unreachable: nothing more can be done.
    with contextlib.suppress(KeyringError, OSError):
        keyring.delete_password(SERVICE, key_id)
