"""What the app starts with, Qt-free: the global command-line options, the secret files
they name, and the `AppContext` the window is built from.

`cli.py` parses the command line once (with every subcommand) and hands the parsed
arguments to `app.py`; both ask this module, so neither imports the other to learn the
options. Nothing below the entry points reads sys.argv.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ombud_desktop.errors import UserFacingError

if TYPE_CHECKING:  # imported when used: `ombud-desktop --version` stays light
    from ombud_desktop.core.org_config import OrgConfig


def add_app_options(parser: argparse.ArgumentParser) -> None:
    """Options every command and the app accept before the command word, and --open,
    which only the app (no subcommand) uses."""
    parser.add_argument(
        "--data-dir", metavar="DIR", help="where cases are kept (default: your user data folder)"
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the vault passphrase from FILE (never type it on the command line)",
    )
    parser.add_argument("--org-config", metavar="FILE", help="organization settings file")
    parser.add_argument("--open", metavar="CASE_ID", help="open this case in the app")


@dataclass(frozen=True)
class AppContext:
    """What the window is built from: organization settings, data folder, options."""

    org: OrgConfig = field(default_factory=lambda: _org_config(None))
    data_dir: str | None = None  # --data-dir; None: OMBUD_DATA_DIR, portable or user folder
    passphrase_file: str | None = None
    open_case_id: str | None = None  # --open CASE_ID

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> AppContext:
        """From the parsed command line; organization.toml is looked for beside the app
        (resources.app_dir()) unless --org-config names a file."""
        return cls(
            org=_org_config(args.org_config, load=True),
            data_dir=args.data_dir,
            passphrase_file=args.passphrase_file,
            open_case_id=args.open,
        )

    def passphrase(self) -> str | None:
        """The passphrase --passphrase-file names, None without one."""
        return read_passphrase_file(self.passphrase_file) if self.passphrase_file else None


def _org_config(path: str | None, *, load: bool = False) -> OrgConfig:
    from ombud_desktop.core.org_config import OrgConfig, load_org_config

    return load_org_config(path) if load else OrgConfig()


def parse_app_args(argv: Sequence[str]) -> tuple[AppContext, list[str]]:
    """The app's own options from `argv` (no subcommand), and the rest for Qt (-platform,
    -style ...). For starting the window without the `ombud-desktop` command (tests,
    benchmarks, the screenshot tour)."""
    parser = argparse.ArgumentParser(prog="ombud-desktop", add_help=False)
    add_app_options(parser)
    args, qt_args = parser.parse_known_args(list(argv))
    return AppContext.from_args(args), qt_args


def read_passphrase_file(path: str | Path, what: str = "passphrase file") -> str:
    """The passphrase (or other secret: `what`) in `path`, one trailing newline ignored."""
    try:
        text = Path(path).read_text("utf-8")
    except OSError as err:
        raise UserFacingError(f"Could not read the {what} {path}: {err.strerror}.") from err
    except UnicodeDecodeError:
        raise UserFacingError(f"The {what} {path} is not UTF-8 text.") from None
    passphrase = text.removesuffix("\n").removesuffix("\r")
    if not passphrase:
        raise UserFacingError(f"The {what} {path} is empty.")
    return passphrase
