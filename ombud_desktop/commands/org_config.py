"""`ombud-desktop org-config [FILE]`: check an organization settings file before handing
the app out, and show the settings the app will use."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "org-config",
        help="check organization.toml and show the settings in force",
        description="Check an organization settings file (organization.toml beside the app, "
        "--org-config FILE, or FILE given here) and print the settings the app will use.",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="the file to check")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ombud_desktop.core.org_config import load_org_config

    config = load_org_config(args.file or args.org_config)
    print(f"File: {config.source or 'none (no organization.toml beside the app)'}")
    shown = {
        "organization.name": config.name,
        "organization.logo": config.logo,
        "organization.help_contact": config.help_contact,
        "app.default_language": config.default_language,
        "app.idle_lock_minutes": config.idle_lock_minutes,
        "app.retention_days": config.retention_days,
    }
    for key, value in shown.items():
        print(f"  {key} = {'(not set)' if value is None else value}")
    for dest_id, fields in config.destinations.items():
        print(f"  destinations.{dest_id}: {', '.join(sorted(fields))}")
    for problem in config.problems:
        print(problem)
    if config.problems:
        print(f"{len(config.problems)} problem(s): the app starts, using defaults for those.")
        return 2
    print("OK")
    return 0
