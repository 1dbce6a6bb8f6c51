"""Where Qt's translation tools are: PySide6-Essentials ships pyside6-lupdate/-lrelease."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from ombud_desktop.errors import UserFacingError


def qt_tool(name: str) -> str:
    """Path of `pyside6-<name>` next to the running Python, else on PATH."""
    candidate = Path(sys.executable).parent / f"pyside6-{name}"
    if candidate.exists():
        return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise UserFacingError(
            f"pyside6-{name} was not found. Install PySide6-Essentials (run scripts/bootstrap.sh)."
        )
    return found
