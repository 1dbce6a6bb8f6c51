"""The app finds its resources and its own folder from source and when frozen; the
portable marker and organization.toml are looked for in that folder on every system."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ombud_desktop import resources
from ombud_desktop.core.org_config import load_org_config
from ombud_desktop.vault import locations

REPO = Path(__file__).resolve().parents[2]


def freeze(monkeypatch: pytest.MonkeyPatch, executable: Path, meipass: Path) -> None:
    """Pretend to be a PyInstaller bundle whose program is `executable`."""
    executable.parent.mkdir(parents=True)
    executable.touch()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    monkeypatch.setattr(sys, "_MEIPASS", str(meipass), raising=False)


def test_from_source_resources_are_in_the_checkout() -> None:
    assert resources.resource_path("destinations.json") == REPO / "resources" / "destinations.json"
    assert resources.resource_path("destinations.json").is_file()
    assert resources.app_dir() == REPO


def test_frozen_linux_or_windows_app_dir_is_the_program_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = tmp_path / "ombud-desktop"
    freeze(monkeypatch, app / "ombud-desktop", app / "_internal")
    assert resources.app_dir() == app
    assert resources.resource_path("fonts") == app / "_internal" / "resources" / "fonts"


def test_frozen_macos_app_dir_is_beside_the_app_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "USB STICK"
    contents = stick / "Ombud Desktop.app" / "Contents"
    freeze(monkeypatch, contents / "MacOS" / "ombud-desktop", contents / "Frameworks")
    # Files inside a signed .app would break its signature: both live beside it.
    assert resources.app_dir() == stick
    (stick / locations.PORTABLE_MARKER).touch()
    monkeypatch.delenv(locations.ENV_DATA_DIR)
    assert locations.resolve_data_dir() == stick / locations.PORTABLE_DATA_DIR
    (stick / "organization.toml").write_text('[organization]\nname = "Casa"\n')
    assert load_org_config(None).name == "Casa"
