"""Compile resources/translations/*.ts into .qm with pyside6-lrelease.

The .qm files are build products (gitignored): scripts/bootstrap.sh runs
`python -m tools.i18n.build --quiet`, packaging runs it before bundling.
A .qm is rebuilt when it is missing or older than its .ts.
"""

from __future__ import annotations

import argparse
import subprocess
from pathlib import Path

from ombud_desktop.i18n.tsfile import translations_dir
from tools.i18n.qt_tools import qt_tool


def stale(ts: Path) -> bool:
    qm = ts.with_suffix(".qm")
    return not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime


def build(folder: Path | None = None, force: bool = False, quiet: bool = False) -> list[Path]:
    """Compile every out-of-date .ts; returns the .qm files written."""
    sources = sorted((folder or translations_dir()).glob("*.ts"))
    todo = [ts for ts in sources if force or stale(ts)]
    if not todo:
        return []
    lrelease = qt_tool("lrelease")
    for ts in todo:
        command = [
            lrelease,
            *(["-silent"] if quiet else []),
            str(ts),
            "-qm",
            str(ts.with_suffix(".qm")),
        ]
        subprocess.run(command, check=True)
    return [ts.with_suffix(".qm") for ts in todo]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.i18n.build")
    parser.add_argument("--force", action="store_true", help="rebuild even up-to-date files")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    written = build(force=args.force, quiet=args.quiet)
    if not args.quiet:
        print(f"{len(written)} translation file(s) compiled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
