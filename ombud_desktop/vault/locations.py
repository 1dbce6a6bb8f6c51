"""Where the vault lives: --data-dir, OMBUD_DATA_DIR, portable mode, or the user data folder.

Portable mode (USB sticks): a file named `ombud-portable` next to the executable puts
the data in a folder `ombud-data` beside it. "The executable" is the folder of
`sys.executable` for a frozen (PyInstaller) app, and the folder of the `ombud_desktop`
package's parent for a source checkout.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

PORTABLE_MARKER = "ombud-portable"
PORTABLE_DATA_DIR = "ombud-data"
ENV_DATA_DIR = "OMBUD_DATA_DIR"
APP_NAME = "OmbudDesktop"


def executable_dir() -> Path:
    """The folder the portable marker is looked for in."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent.parent


def portable_data_dir() -> Path | None:
    """The portable data folder when the marker file exists next to the executable."""
    base = executable_dir()
    if (base / PORTABLE_MARKER).is_file():
        return base / PORTABLE_DATA_DIR
    return None


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The data folder, in order: --data-dir, $OMBUD_DATA_DIR, portable marker, user folder."""
    if cli_value:
        return Path(cli_value).expanduser().absolute()
    env_value = os.environ.get(ENV_DATA_DIR)
    if env_value:
        return Path(env_value).expanduser().absolute()
    portable = portable_data_dir()
    if portable is not None:
        return portable
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) and make it owner-only (0700)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) != 0o700:
        os.chmod(path, 0o700)
    return path
