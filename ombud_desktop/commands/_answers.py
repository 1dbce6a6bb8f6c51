"""Reading an answers file for a command (`validate`, `case new --answers`)."""

from __future__ import annotations

import sys
from pathlib import Path

from ombud_desktop.core.model import Case
from ombud_desktop.errors import UserFacingError

MAX_ANSWERS_BYTES = 20 * 1024 * 1024  # an answers file is a few KB; refuse to read a disk image


def read_answers_file(name: str) -> Case:
    """Read an answers file as a Case; any problem is a UserFacingError naming the file."""

    if name == "-":
        return Case.from_json(sys.stdin.buffer.read(MAX_ANSWERS_BYTES + 1), source="stdin")
    path = Path(name)
    try:
        if path.is_dir():
            raise UserFacingError(f"{name} is a folder. Give the answers file (.json) itself.")
        with path.open("rb") as handle:
            data = handle.read(MAX_ANSWERS_BYTES + 1)
    except FileNotFoundError:
        raise UserFacingError(f"{name}: no such file. Check the name and the folder.") from None
    except PermissionError:
        raise UserFacingError(f"{name}: permission denied. Check who may read it.") from None
    except OSError as err:
        raise UserFacingError(f"{name}: cannot read it ({err.strerror or err}).") from None
    if len(data) > MAX_ANSWERS_BYTES:
        raise UserFacingError(f"{name} is larger than 20 MB: it is not an answers file.")
    return Case.from_json(data, source=name)
