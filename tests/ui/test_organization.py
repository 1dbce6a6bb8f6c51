"""organization.toml in the app: name, logo and help line shown; default language, idle
minutes and retention days used where the person has not chosen; a bad file gives a
note and the app starts with the standard settings; portable mode keeps the app's own
settings next to the app."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.ui.conftest import PASSPHRASE

NAME = "Casa de Ayuda"
BIDI_MARKS = str.maketrans("", "", "\u2068\u2069\u200e\u200f")  # isolates, LRM, RLM
HELP = "Questions? Call Maria at 555-0100"


def write_org(folder: Path, app_section: str = "", logo: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["[organization]", f'name = "{NAME}"', f'help_contact = "{HELP}"']
    if logo:
        Image.new("RGB", (240, 80), (20, 60, 140)).save(folder / "logo.png")
        lines.append('logo = "logo.png"')
    path = folder / "organization.toml"
    path.write_text("\n".join([*lines, "", "[app]", app_section, ""]), encoding="utf-8")
    return path


@pytest.fixture
def start(qapp, open_window, tmp_path: Path) -> Iterator[Any]:
    """`start(*args, vault=True, prefs=None)`: the window as the command builds it, for a
    person who chose nothing yet (or `prefs`); put back to plain defaults after."""
    from ombud_desktop.startup import AppContext
    from ombud_desktop.ui.settings import Preferences

    def make(*args: str, vault: bool = True, prefs: Preferences | None = None) -> Any:
        qapp.preferences = prefs or Preferences()
        if not vault:  # a later --data-dir wins: a folder with no vault yet
            args = ("--data-dir", str(tmp_path / "no-vault-yet"), *args)
        return open_window(*args)

    yield make
    qapp.use_context(AppContext())
    qapp.set_language("en", remember=False)


def test_organization_is_shown_and_its_defaults_apply(qapp, start, tmp_path: Path) -> None:
    settings = write_org(tmp_path / "org", "idle_lock_minutes = 4\nretention_days = 30")
    window = start("--org-config", str(settings))
    header = window.org_header
    assert header.isVisible() and not header.problem_box.isVisible()
    assert header.name.text().translate(BIDI_MARKS) == NAME and header.name.isVisible()
    assert header.help.text().translate(BIDI_MARKS) == HELP and header.help.isVisible()
    pixmap = header.logo.pixmap()
    assert header.logo.isVisible() and not pixmap.isNull() and pixmap.height() == 48
    assert NAME in window.windowTitle()
    assert qapp.idle_watcher.interval_ms() == 4 * 60_000  # handed to the idle watcher
    assert window.vault.retention_days == 30  # handed to the vault
    assert window.home.isVisible()  # unlocked by the passphrase file


def test_the_persons_own_choices_win_over_the_organization(qapp, start, tmp_path: Path) -> None:
    from ombud_desktop.ui.settings import Preferences

    settings = write_org(
        tmp_path / "org", 'default_language = "es"\nidle_lock_minutes = 4\nretention_days = 30'
    )
    own = Preferences(idle_lock_minutes=12, language="fr")
    window = start("--org-config", str(settings), prefs=own)
    assert qapp.idle_watcher.interval_ms() == 12 * 60_000
    window.vault.set_retention_days(200)
    assert window.vault.retention_days == 200
    assert qapp.current_language_code() != "es"


def test_default_language_applies_on_first_run(qapp, start, tmp_path: Path) -> None:
    from ombud_desktop.i18n.catalog import translate

    settings = write_org(tmp_path / "org", 'default_language = "es"')
    window = start("--org-config", str(settings), vault=False)
    assert window.first_run is not None and window.stack.currentWidget() is window.first_run
    assert qapp.current_language_code() == "es"
    expected = translate("FirstRunScreen", "Welcome to Ombud Desktop", "es")
    assert expected != "Welcome to Ombud Desktop"
    assert window.first_run.title.text() == expected
    assert qapp.preferences.language == ""  # still the organization's, not a choice


def test_settings_dialog_ok_keeps_defaults_unchosen(
    qapp, start, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from ombud_desktop.ui.settings import load_preferences
    from ombud_desktop.ui.settings_dialog import SettingsDialog

    settings = write_org(tmp_path / "org", 'default_language = "es"\nidle_lock_minutes = 4')
    window = start("--org-config", str(settings))
    seen: dict[str, object] = {}
    seen_about: list[str] = []

    def press_ok(dialog: SettingsDialog) -> QDialog.DialogCode:
        seen.update(idle=dialog.idle.value(), language=dialog.picker.current_code())
        seen_about.append(dialog.about.text().translate(BIDI_MARKS))
        dialog.scale.setValue(125)  # the only change the person makes
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", press_ok)
    window.home.buttons["settings"].click()
    assert seen == {"idle": 4, "language": "es"}  # the dialog shows what is in force
    from ombud_desktop.i18n.catalog import translate

    set_up_by = translate("SettingsDialog", "Set up by %1.", "es").replace("%1", NAME)
    assert set_up_by in seen_about[0] and HELP in seen_about[0]  # in Spanish: the default
    saved = load_preferences()
    assert saved.text_scale_percent == 125
    assert saved.idle_lock_minutes is None and saved.language == ""


def test_invalid_config_gives_a_note_and_the_app_starts_with_defaults(
    qapp, start, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ombud_desktop.core.org_config import DEFAULT_IDLE_LOCK_MINUTES
    from ombud_desktop.vault.records import DEFAULT_RETENTION_DAYS

    settings = tmp_path / "organization.toml"
    settings.write_text("[organization]\nname = Casa\n[app]\nidle_lock_minutes = 3\n")
    window = start("--org-config", str(settings))
    header = window.org_header
    assert header.isVisible() and header.problem_box.isVisible()
    assert "could not be used" in header.problems.text()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    header.details_button.click()
    (details,) = shown
    assert "line 2" in details and str(settings) in details
    assert "ombud-desktop org-config" in details
    assert not header.name.isVisible() and not header.logo.isVisible()
    assert qapp.idle_watcher.interval_ms() == DEFAULT_IDLE_LOCK_MINUTES * 60_000
    assert window.vault.retention_days == DEFAULT_RETENTION_DAYS
    assert window.home.isVisible()  # not blocked
    header.hide_button.click()
    assert not header.isVisible()  # nothing else to show: the whole strip goes


def test_bad_values_keep_the_good_ones_and_say_which(qapp, start, tmp_path: Path) -> None:
    settings = tmp_path / "organization.toml"
    settings.write_text(
        f'[organization]\nname = "{NAME}"\nlogo = "gone.png"\n'
        '[app]\ndefault_language = "klingon"\nretention_days = "ninety"\n'
    )
    window = start("--org-config", str(settings))
    header = window.org_header
    assert NAME in header.name.text() and header.name.isVisible()
    assert not header.logo.isVisible()
    note = header.problem_details()
    for key in ("organization.logo", "app.default_language", "app.retention_days"):
        assert key in note
    assert "gone.png was not found" in note
    header.hide_button.click()
    assert header.isVisible() and header.name.isVisible()  # the name stays
    assert not header.problem_box.isVisible()


def test_organization_file_beside_the_app_is_found(
    qapp, start, tmp_path: Path, monkeypatch
) -> None:
    app_dir = tmp_path / "app"
    write_org(app_dir)
    monkeypatch.setattr("ombud_desktop.resources.app_dir", lambda: app_dir)
    window = start()
    assert NAME in window.org_header.name.text()


def test_no_organization_shows_no_header(start) -> None:
    window = start()
    assert not window.org_header.isVisible()


def test_portable_mode_keeps_settings_beside_the_app(
    qapp, fresh_prefs, qtbot, tmp_path: Path, monkeypatch
) -> None:
    from ombud_desktop.app import create_main_window
    from ombud_desktop.ui.settings import Preferences, load_preferences, settings_path
    from ombud_desktop.vault import Vault

    app_dir = tmp_path / "usb-stick"
    app_dir.mkdir()
    (app_dir / "ombud-portable").write_text("")
    monkeypatch.setattr("ombud_desktop.resources.app_dir", lambda: app_dir)
    monkeypatch.delenv("OMBUD_DATA_DIR")
    vault = Vault()
    vault.initialize(passphrase=PASSPHRASE, use_keyring=False)
    vault.close()
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE)
    window = create_main_window(["--passphrase-file", str(secret)])
    qtbot.addWidget(window)
    window.show()
    assert window.vault.data_dir == app_dir / "ombud-data"
    qapp.update_preferences(Preferences(idle_lock_minutes=6, text_scale_percent=125))
    window.close()
    assert settings_path() == app_dir / "ombud-data" / "app-settings.ini"
    assert "idle_lock_minutes=6" in settings_path().read_text()
    assert load_preferences().idle_lock_minutes == 6
    from PySide6.QtCore import QSettings

    qt_own = QSettings(QSettings.Scope.UserScope, "QtProject")  # the file dialog's memory
    qt_own.setValue("probe", 1)
    qt_own.sync()
    assert Path(qt_own.fileName()).is_relative_to(app_dir / "ombud-data")
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)  # back to Qt's own defaults
    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, os.environ["XDG_CONFIG_HOME"])
    config_home = Path(os.environ["XDG_CONFIG_HOME"])
    written = [p for p in config_home.rglob("*") if p.is_file()] if config_home.exists() else []
    assert written == []
    qapp.update_preferences(Preferences(idle_lock_minutes=0))


def test_desktop_file_name_matches_the_linux_menu_entry(qapp) -> None:
    packaging = Path(__file__).resolve().parents[2] / "packaging" / "linux"
    (entry,) = packaging.glob("*.desktop")
    assert qapp.desktopFileName() == entry.stem
