"""Where the vault lives: --data-dir, OMBUD_DATA_DIR, portable mode, or the user data folder.

Portable mode (USB sticks): a file named `ombud-portable` in the app's folder puts the
data in a folder `ombud-data` beside it. The app's folder is `resources.app_dir()`: the
folder of the executable in a frozen (PyInstaller) app (on macOS the folder holding
`Ombud Desktop.app`), the repository root for a source checkout.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PORTABLE_MARKER = "ombud-portable"
PORTABLE_DATA_DIR = "ombud-data"
ENV_DATA_DIR = "OMBUD_DATA_DIR"
APP_NAME = "OmbudDesktop"


def portable_data_dir() -> Path | None:
    """The portable data folder when the marker file exists in the app's folder."""
    from ombud_desktop.resources import app_dir

    base = app_dir()
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
