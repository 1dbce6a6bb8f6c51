"""The `ombud-desktop` command: the GUI with no subcommand, else a headless subcommand.

Subcommands live in `ombud_desktop.commands`; every module there has
`register(subparsers)` and sets `func(args) -> int` on its parsers. Modules keep heavy
imports inside their handlers so `--version` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence

from ombud_desktop import __version__, commands, netguard
from ombud_desktop.errors import UserFacingError
from ombud_desktop.startup import add_app_options


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ombud-desktop",
        description="Prepare Form DHS-7001 (CIS Ombudsman Case Assistance) offline. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"ombud-desktop {__version__}")
    add_app_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if module_info.name.startswith("_"):  # shared helpers, not commands
            continue
        module = importlib.import_module(f"{commands.__name__}.{module_info.name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    netguard.install()
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # Qt accepts its own options (-platform, -style ...): only the GUI path tolerates extras.
    args, extra = parser.parse_known_args(args_list)
    if args.command is None:
        from ombud_desktop import app

        return app.main(args, extra)
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        return int(args.func(args))
    except UserFacingError as err:
        print(f"ombud-desktop: {err}", file=sys.stderr)
        return err.exit_code
    except BrokenPipeError:  # `ombud-desktop validate x.json | head`: the reader left
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("ombud-desktop: interrupted", file=sys.stderr)
        return 130
    except Exception as err:  # last resort: a sentence, not a traceback, unless debugging
        if os.environ.get("OMBUD_DEBUG"):
            raise
        print(
            f"ombud-desktop: unexpected error ({type(err).__name__}: {err}). "
            "Nothing was changed by the failed step. Run again with OMBUD_DEBUG=1 "
            "for details to report.",
            file=sys.stderr,
        )
        return 3
