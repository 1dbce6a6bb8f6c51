"""`ombud-desktop schema`: print the JSON Schema of the answers file (from the form spec)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of the answers file",
        description="Print the JSON Schema (draft 2020-12) of the answers file that "
        "'validate' and 'case new --answers' read. It is generated from the form spec.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import json

    from ombud_desktop.core.json_schema import answers_schema

    print(json.dumps(answers_schema(), ensure_ascii=False, indent=2))
    return 0
