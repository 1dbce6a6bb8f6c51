"""Where the app's read-only files and its own folder are, from source and when frozen.

From a source checkout, `resources/` sits at the repository root. In a PyInstaller
bundle the spec copies it to `<bundle>/_internal/resources` (`sys._MEIPASS`). Code that
needs a font, a translation or the destinations file asks `resource_path(...)` and never
builds paths from `__file__` itself, so the frozen app finds the same files.

`app_dir()` is the folder a user sees the app in: where a nonprofit puts
`organization.toml` and where the portable-mode marker sits (USB sticks).
"""

from __future__ import annotations

import sys
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder holding `resources/`: `_internal/` when frozen, the checkout otherwise."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))
    return _SOURCE_ROOT


def resource_path(*parts: str) -> Path:
    """Path of a file or folder under `resources/`, e.g. resource_path("fonts", "x.ttf")."""
    return bundle_root().joinpath("resources", *parts)


def app_dir() -> Path:
    """The folder the user sees the app in (for organization.toml and the portable marker).

    Frozen on Linux/Windows: the folder of the executable. Frozen on macOS: the folder
    that holds `Ombud Desktop.app` (files inside a signed .app would break its
    signature). From source: the checkout root.
    """
    if not is_frozen():
        return _SOURCE_ROOT
    exe_dir = Path(sys.executable).resolve().parent
    if exe_dir.name == "MacOS" and exe_dir.parent.name == "Contents":
        return exe_dir.parent.parent.parent
    return exe_dir
