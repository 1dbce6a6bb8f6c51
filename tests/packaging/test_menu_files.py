"""The menu entry and AppStream file in packaging/linux pass Debian's validators, and
broken ones are caught (so the validation really checks something)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging.linux_tools import APP_ID, validate_desktop, validate_metainfo

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"


def filled_metainfo(tmp_path: Path, text: str | None = None) -> Path:
    """The metainfo as build-linux.sh writes it (release filled in)."""
    source = (LINUX / f"{APP_ID}.metainfo.xml").read_text()
    filled = (text or source).replace("@VERSION@", "0.1.0").replace("@DATE@", "2026-01-01")
    path = tmp_path / f"{APP_ID}.metainfo.xml"
    path.write_text(filled)
    return path


def test_desktop_entry_is_valid() -> None:
    validate_desktop(LINUX / f"{APP_ID}.desktop")


def test_broken_desktop_entry_is_rejected(tmp_path: Path) -> None:
    broken = tmp_path / f"{APP_ID}.desktop"
    broken.write_text((LINUX / f"{APP_ID}.desktop").read_text().replace("Type=Application\n", ""))
    with pytest.raises(AssertionError, match="Type"):
        validate_desktop(broken)


def test_metainfo_is_valid(tmp_path: Path) -> None:
    validate_metainfo(filled_metainfo(tmp_path))


def test_metainfo_names_the_desktop_entry_and_binary(tmp_path: Path) -> None:
    text = filled_metainfo(tmp_path).read_text()
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    assert "<binary>ombud-desktop</binary>" in text


def test_broken_metainfo_is_rejected(tmp_path: Path) -> None:
    source = (LINUX / f"{APP_ID}.metainfo.xml").read_text()
    broken = source.replace("<summary>", "<!--").replace("</summary>", "-->")
    with pytest.raises(AssertionError, match="summary"):
        validate_metainfo(filled_metainfo(tmp_path, broken))
