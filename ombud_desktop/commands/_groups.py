"""Shared command groups: several modules add verbs under `case` (and `vault`).

def register(subparsers):
    render = case_group(subparsers).add_parser("render", help="...")
    render.set_defaults(func=run_render)
"""

from __future__ import annotations

import argparse
from typing import Any

_GROUP_HELP = {
    "case": "work with saved cases (new, list, show, attach, render, export ...)",
    "vault": "set up and inspect the encrypted vault",
}


def _group(subparsers: Any, name: str) -> Any:
    """Return the sub-subparsers of group `name`, creating the group on first use."""
    cache: dict[str, Any] = subparsers.__dict__.setdefault("_ombud_groups", {})
    if name not in cache:
        parser: argparse.ArgumentParser = subparsers.add_parser(name, help=_GROUP_HELP[name])
        parser.set_defaults(func=lambda args, p=parser: (p.print_help(), 2)[1])
        cache[name] = parser.add_subparsers(dest=f"{name}_command", metavar="ACTION")
    return cache[name]


def case_group(subparsers: Any) -> Any:
    return _group(subparsers, "case")


def vault_group(subparsers: Any) -> Any:
    return _group(subparsers, "vault")
