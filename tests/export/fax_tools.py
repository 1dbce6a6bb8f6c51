"""The programs that receive our fax files, as the tests run them: HylaFAX's tiffcheck
(Debian hylafax-server) and efax's efix (Debian efax); scripts/bootstrap.sh installs both."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

# Debian's /usr/sbin/tiffcheck is a wrapper that bind-mounts HylaFAX's configuration
# (root only); the program itself needs none.
_TIFFCHECK = ("/usr/lib/hylafax/bin/tiffcheck", "tiffcheck")
TIFFCHECK_FLAGS = {"g3": [], "g3-2d": ["-2"], "g4": ["-3"]}


def tiffcheck(path: Path, coding: str) -> str:
    """tiffcheck's verdict on a fine-resolution fax TIFF for a fax sent with `coding`."""
    program = next((p for p in _TIFFCHECK if shutil.which(p)), None)
    assert program, "tiffcheck missing: run scripts/bootstrap.sh test (hylafax-server)"
    done = subprocess.run(
        [program, "-r", "196", *TIFFCHECK_FLAGS[coding], str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def efix_pages(path: Path, out: Path) -> list[Path]:
    """The pages efix reads from a fax TIFF, as PBM files."""
    assert shutil.which("efix"), "efix missing: run scripts/bootstrap.sh test (efax)"
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["efix", "-o", "pbm", "-n", str(out / "page.%03d"), str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return sorted(out.glob("page.*"))


def tiffinfo(path: Path) -> str:
    done = subprocess.run(["tiffinfo", str(path)], capture_output=True, text=True, check=True)
    return done.stdout
