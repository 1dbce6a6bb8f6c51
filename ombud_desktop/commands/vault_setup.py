"""`vault init` and `vault lock-status`: create the vault key and inspect the vault."""

from __future__ import annotations

import argparse
import json
from typing import Any

from ombud_desktop.commands._groups import vault_group
from ombud_desktop.commands._vault_access import (
    add_vault_options,
    ask_passphrase,
    initialize_vault,
    vault_session,
)
from ombud_desktop.startup import read_passphrase_file


def register(subparsers: Any) -> None:
    group = vault_group(subparsers)
    init = group.add_parser(
        "init",
        help="create the vault (key in the system keyring, or behind a passphrase)",
        description="Create the vault key. By default it goes into the system keyring when "
        "a secure one is available; otherwise a passphrase protects it (read from "
        "--passphrase-file, or asked for).",
    )
    how = init.add_mutually_exclusive_group()
    how.add_argument("--keyring", action="store_true", help="keep the key in the system keyring")
    how.add_argument(
        "--passphrase", action="store_true", help="protect the key with a passphrase (shared PCs)"
    )
    init.add_argument(
        "--recovery-key",
        action="store_true",
        help="also make a printable recovery key (shown once: print it, keep it safe)",
    )
    init.set_defaults(func=run_init)

    status = group.add_parser(
        "lock-status", help="where the vault is, how it is unlocked, who has it open"
    )
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.set_defaults(func=run_lock_status)
    change = group.add_parser(
        "set-passphrase",
        help="set or change the vault passphrase (unlock with the current one or the keyring)",
    )
    change.add_argument(
        "--new-passphrase-file", metavar="FILE", help="read the new passphrase from FILE"
    )
    change.set_defaults(func=run_set_passphrase)

    recovery = group.add_parser(
        "new-recovery-key", help="make a new printable recovery key (the old one stops working)"
    )
    recovery.set_defaults(func=run_new_recovery_key)
    for parser in (init, status, change, recovery):
        add_vault_options(parser)


def run_init(args: argparse.Namespace) -> int:
    from ombud_desktop.vault import Vault

    use_keyring = True if args.keyring else False if args.passphrase else None
    with Vault(getattr(args, "data_dir", None)) as vault:
        recovery = initialize_vault(
            vault,
            getattr(args, "passphrase_file", None),
            use_keyring=use_keyring,
            recovery_key=args.recovery_key,
        )
        methods = vault.unlock_methods
    print(f"Created the vault in {vault.data_dir} (unlocked by: {', '.join(methods)}).")
    if recovery:
        _print_recovery_key(recovery)
    else:
        print(
            "No recovery key was made: if the keyring or the passphrase is lost, the cases "
            "cannot be opened. Make one with `ombud-desktop vault new-recovery-key`."
        )
    return 0


def _print_recovery_key(recovery: str) -> None:
    print("Recovery key (print it and keep it somewhere safe; it is not shown again):")
    print(f"  {recovery}")


def run_set_passphrase(args: argparse.Namespace) -> int:
    if args.new_passphrase_file:
        new = read_passphrase_file(args.new_passphrase_file)
    else:
        new = ask_passphrase("New vault passphrase: ", confirm=True)
    with vault_session(args) as vault:
        recovery = vault.set_passphrase(new)
        methods = vault.unlock_methods
    print(
        f"The vault passphrase was set (unlocked by: {', '.join(methods)}). The vault key "
        "was changed: the old passphrase no longer opens this vault, even with an old copy "
        "of its key file."
    )
    if recovery:
        print("The old recovery key could not follow the new vault key; here is a new one.")
        _print_recovery_key(recovery)
    return 0


def run_new_recovery_key(args: argparse.Namespace) -> int:
    with vault_session(args) as vault:
        passphrase = None
        if "passphrase" in vault.unlock_methods:  # it is attached to the new vault key
            passphrase_file = getattr(args, "passphrase_file", None)
            passphrase = (
                read_passphrase_file(passphrase_file)
                if passphrase_file
                else ask_passphrase("Vault passphrase (to keep it with the new key): ")
            )
        recovery = vault.add_recovery_key(passphrase)
    _print_recovery_key(recovery)
    print("The old recovery key no longer opens this vault.")
    return 0


def run_lock_status(args: argparse.Namespace) -> int:
    from ombud_desktop.vault import Vault, keyring_store
    from ombud_desktop.vault.locations import resolve_data_dir
    from ombud_desktop.vault.lockfile import InstanceLock

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    backend, secure = keyring_store.backend_description()
    lock = InstanceLock(data_dir)
    busy = data_dir.is_dir() and lock.is_locked_elsewhere()
    info: dict[str, Any] = {
        "data_dir": str(data_dir),
        "exists": False,
        "unlock_methods": [],
        "keyring_backend": backend,
        "keyring_secure": secure,
        "in_use_by": lock.holder() if busy else None,
    }
    if data_dir.is_dir():
        vault = Vault(data_dir, mode="read")
        info["exists"] = vault.exists
        if vault.exists:
            info["unlock_methods"] = vault.unlock_methods
    if args.json:
        print(json.dumps(info, indent=2))
        return 0
    print(f"Vault folder:   {info['data_dir']}")
    if not info["exists"]:
        print("Vault:          not created yet (run `ombud-desktop vault init`)")
    else:
        print(f"Unlocked by:    {', '.join(info['unlock_methods'])}")
    print(f"System keyring: {backend} ({'secure' if secure else 'not a secure store'})")
    print(f"In use:         {info['in_use_by'] or 'no (not open in another process)'}")
    return 0
