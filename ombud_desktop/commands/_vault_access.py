"""Open and unlock the vault for a CLI command (shared by every command that needs cases).

    from ombud_desktop.commands._vault_access import add_vault_options, vault_session

    def register(subparsers):
        parser = case_group(subparsers).add_parser("render", ...)
        add_vault_options(parser)          # --data-dir / --passphrase-file after the verb too
        parser.set_defaults(func=run)

    def run(args):
        with vault_session(args, write=False) as vault:
            record = vault.load_case(args.case_id)

Unlocking: --recovery-key-file FILE or --passphrase-file FILE if given; else the system
keyring when the vault uses it; else an interactive prompt (a clear message instead when
there is no terminal).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ombud_desktop.errors import UserFacingError
from ombud_desktop.startup import read_passphrase_file

if TYPE_CHECKING:
    from ombud_desktop.vault import Vault

NO_TTY_HINT = (
    "there is no terminal to ask for the passphrase: put it in a file readable only by "
    "you and pass --passphrase-file FILE"
)


def add_vault_options(parser: argparse.ArgumentParser) -> None:
    """Accept the global vault options after the verb too (`case list --data-dir D`)."""
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="vault folder")
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="read the vault passphrase from FILE",
    )
    parser.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="unlock with the printed recovery key, typed into FILE",
    )


def ask_passphrase(prompt: str, *, confirm: bool = False) -> str:
    """Ask on the terminal (never echoed); UserFacingError when there is no terminal."""
    import getpass

    if not sys.stdin.isatty():
        raise UserFacingError(f"A passphrase is needed, but {NO_TTY_HINT}.")
    while True:
        passphrase = getpass.getpass(prompt)
        if not passphrase:
            print("The passphrase cannot be empty.", file=sys.stderr)
            continue
        if confirm and not _strong_enough(passphrase):
            continue
        if not confirm or getpass.getpass("Repeat it: ") == passphrase:
            return passphrase
        print("The two entries differ; try again.", file=sys.stderr)


def _strong_enough(passphrase: str) -> bool:
    """A new passphrase is checked before it is asked again (the vault checks it too)."""
    from ombud_desktop.vault import WeakPassphraseError
    from ombud_desktop.vault.passphrase_strength import require_strong

    try:
        require_strong(passphrase)
    except WeakPassphraseError as err:
        print(err, file=sys.stderr)
        return False
    return True


def _unlock(vault: Vault, passphrase_file: str | None, recovery_file: str | None) -> None:
    from ombud_desktop.vault import KeyringUnavailableError

    if recovery_file:
        vault.unlock_with_recovery_key(read_passphrase_file(recovery_file))
        return
    if passphrase_file:
        vault.unlock(read_passphrase_file(passphrase_file))
        return
    methods = vault.unlock_methods
    if "keyring" in methods:
        try:
            vault.unlock()
            return
        except KeyringUnavailableError as err:
            if "passphrase" not in methods or not sys.stdin.isatty():
                options = " or ".join(
                    f"--{m}-file FILE" for m in ("passphrase", "recovery-key")
                    if m.split("-")[0] in methods
                )  # fmt: skip
                hint = f" On the command line: {options}." if options else ""
                raise KeyringUnavailableError(f"{err}{hint}") from err
            print(f"ombud-desktop: {err}", file=sys.stderr)
    if "passphrase" not in methods:
        raise UserFacingError(
            "This vault opens only through the system keyring or its recovery key, and the "
            "keyring did not give the key."
        )
    vault.unlock(ask_passphrase("Vault passphrase: "))


def initialize_vault(
    vault: Vault, passphrase_file: str | None, *, use_keyring: bool | None, recovery_key: bool
) -> str | None:
    """Create the vault key (keyring or passphrase); returns the recovery key if made."""
    from ombud_desktop.vault import keyring_store

    passphrase = None
    if passphrase_file:
        passphrase = read_passphrase_file(passphrase_file)
    elif use_keyring is False or (use_keyring is None and not keyring_store.is_available()):
        if use_keyring is None:
            print(
                "ombud-desktop: no secure system keyring here; the vault will be protected "
                "by a passphrase.",
                file=sys.stderr,
            )
        passphrase = ask_passphrase("New vault passphrase: ", confirm=True)
    return vault.initialize(
        passphrase=passphrase,
        use_keyring=use_keyring if use_keyring is not None else passphrase is None,
        recovery_key=recovery_key,
    )


def open_vault(args: argparse.Namespace, *, write: bool = True, create: bool = False) -> Vault:
    """An unlocked Vault for `args` (--data-dir, --passphrase-file).

    write=False opens read-only when another process holds the vault; create=True makes
    a new vault (keyring, or the passphrase file / prompt) when there is none yet.
    """
    from ombud_desktop.commands._org import org_config
    from ombud_desktop.export.staging import sweep as sweep_staging
    from ombud_desktop.vault import Vault, VaultNotInitializedError

    vault = Vault(
        getattr(args, "data_dir", None),
        mode="write" if write else "auto",
        default_retention_days=org_config(args).retention_days,
    )
    sweep_staging(vault.data_dir)  # what a crashed export left, before anything else
    try:
        if vault.busy_message:
            print(f"ombud-desktop: {vault.busy_message}", file=sys.stderr)
        passphrase_file = getattr(args, "passphrase_file", None)
        if not vault.exists:
            if not create:
                raise VaultNotInitializedError(
                    f"There is no vault in {vault.data_dir} yet: create one with "
                    "`ombud-desktop vault init` (or add a case with `case new`)."
                )
            initialize_vault(vault, passphrase_file, use_keyring=None, recovery_key=False)
            print(f"ombud-desktop: created a new vault in {vault.data_dir}", file=sys.stderr)
        else:
            _unlock(vault, passphrase_file, getattr(args, "recovery_key_file", None))
    except BaseException:
        vault.close()
        raise
    return vault


def print_notices(vault: Vault) -> None:
    for notice in vault.notices:
        print(f"ombud-desktop: warning: {notice}", file=sys.stderr)
    vault.notices.clear()


@contextmanager
def vault_session(
    args: argparse.Namespace, *, write: bool = True, create: bool = False
) -> Iterator[Vault]:
    """`open_vault` as a context: prints recovery notices, locks and closes at the end."""
    vault = open_vault(args, write=write, create=create)
    try:
        yield vault
    finally:
        print_notices(vault)
        vault.close()
