"""Organization settings: valid overrides apply, bad values fall back with a clear message."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from ombud_desktop.core.org_config import (
    FILE_NAME,
    OrgConfig,
    load_org_config,
)
from tests.cli_runner import run_cli

VALID = """
# comments are allowed
[organization]
name = "Casa de Ayuda"
logo = "logo.png"
help_contact = "Call Maria at 555-0100, Mon-Fri 9-5"

[app]
default_language = "es"
idle_lock_minutes = 5
retention_days = 90

[destinations.email]
address = "intake@example.org"
enabled = true

[destinations.mail]
address_lines = ["Casa de Ayuda", "1 Main St", "Springfield, IL 62701"]
"""


def write_config(folder: Path, text: str, *, logo: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if logo:
        Image.new("RGB", (64, 32), "navy").save(folder / "logo.png")
    path = folder / FILE_NAME
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_overrides_apply(tmp_path: Path) -> None:
    path = write_config(tmp_path / "org", VALID)
    config = load_org_config(path, app_dir=tmp_path / "elsewhere")
    assert config.problems == ()
    assert config.source == path
    assert config.name == "Casa de Ayuda"
    assert config.logo == tmp_path / "org" / "logo.png"
    assert config.help_contact == "Call Maria at 555-0100, Mon-Fri 9-5"
    assert config.default_language == "es"
    assert config.idle_lock_minutes == 5
    assert config.retention_days == 90
    assert dict(config.destinations["email"]) == {"address": "intake@example.org", "enabled": True}
    assert config.destinations["mail"]["address_lines"] == (
        "Casa de Ayuda",
        "1 Main St",
        "Springfield, IL 62701",
    )


def test_file_beside_the_app_is_found_without_option(tmp_path: Path) -> None:
    write_config(tmp_path, VALID)
    assert load_org_config(None, app_dir=tmp_path).name == "Casa de Ayuda"


def test_no_file_means_defaults_without_problems(tmp_path: Path) -> None:
    assert load_org_config(None, app_dir=tmp_path) == OrgConfig()


def test_bad_values_fall_back_per_key_with_messages(tmp_path: Path) -> None:
    text = """
[organization]
name = "Casa"
logo = "missing.png"
help_contact = 42

[app]
default_language = "Spanish please"
idle_lock_minutes = 0
retention_days = "ninety"
idle_lock_minute = 3

[colours]
main = "red"
"""
    config = load_org_config(write_config(tmp_path, text, logo=False), app_dir=tmp_path)
    assert config.name == "Casa"  # the good key still applies
    assert config.logo is None
    assert config.help_contact is None
    assert config.default_language is None
    assert config.idle_lock_minutes is None  # the app's own default applies
    assert config.retention_days is None
    by_key = {p.key: str(p) for p in config.problems}
    assert set(by_key) == {
        "organization.logo",
        "organization.help_contact",
        "app.default_language",
        "app.idle_lock_minutes",
        "app.retention_days",
        "app.idle_lock_minute",
        "colours",
    }
    assert "missing.png was not found" in by_key["organization.logo"]
    assert "must be from 1 to 240, found 0" in by_key["app.idle_lock_minutes"]
    assert "whole number" in by_key["app.retention_days"]
    assert "app.idle_lock_minutes" in by_key["app.idle_lock_minute"]  # lists the known keys
    assert all("default" in m or "ignored" in m for m in by_key.values())


def test_logo_must_be_a_picture(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_text("not a picture")
    text = '[organization]\nlogo = "logo.png"\n'
    config = load_org_config(write_config(tmp_path, text, logo=False), app_dir=tmp_path)
    assert config.logo is None
    assert "not a PNG or JPEG" in str(config.problems[0])


def test_logo_pictures_are_checked_to_the_pixel(tmp_path: Path) -> None:
    text = '[organization]\nlogo = "logo.png"\n'
    path = write_config(tmp_path, text, logo=False)
    cases = {
        "huge": (lambda p: Image.new("1", (4001, 20)).save(p, "PNG"), "4001 x 20 pixels"),
        "tiny": (lambda p: Image.new("RGB", (8, 8)).save(p, "PNG"), "only 8 x 8 pixels"),
        "gif": (lambda p: Image.new("RGB", (40, 40)).save(p, "GIF"), "a GIF picture"),
    }
    for make, expected in cases.values():
        make(tmp_path / "logo.png")
        config = load_org_config(path, app_dir=tmp_path)
        assert config.logo is None
        assert expected in str(config.problems[0]), config.problems
    Image.new("RGB", (400, 400), "red").save(tmp_path / "logo.png", "PNG")
    data = (tmp_path / "logo.png").read_bytes()
    (tmp_path / "logo.png").write_bytes(data[: len(data) // 2])  # cut off mid-picture
    config = load_org_config(path, app_dir=tmp_path)
    assert config.logo is None and "damaged" in str(config.problems[0])
    Image.new("RGB", (400, 200), "red").save(tmp_path / "logo.png", "JPEG")  # JPEG is fine
    assert load_org_config(path, app_dir=tmp_path).logo == tmp_path / "logo.png"


def test_default_language_must_be_one_the_app_ships(tmp_path: Path) -> None:
    for given, expected in (("pt-BR", "pt"), ("es", "es"), ("zh_CN", "zh_CN"), ("en", "en")):
        path = write_config(tmp_path, f'[app]\ndefault_language = "{given}"\n', logo=False)
        assert load_org_config(path, app_dir=tmp_path).default_language == expected
    path = write_config(tmp_path, '[app]\ndefault_language = "de"\n', logo=False)
    config = load_org_config(path, app_dir=tmp_path)
    assert config.default_language is None
    assert "'de' is not one of the app's languages" in str(config.problems[0])
    assert "es" in str(config.problems[0])


def test_syntax_error_names_the_line_and_uses_defaults(tmp_path: Path) -> None:
    path = write_config(tmp_path, "[organization]\nname = Casa de Ayuda\n")
    config = load_org_config(path, app_dir=tmp_path)
    assert config.name is None
    (problem,) = config.problems
    assert "line 2" in str(problem) and '"quotes"' in str(problem)


def test_missing_explicit_file_is_reported(tmp_path: Path) -> None:
    config = load_org_config(tmp_path / "nope.toml", app_dir=tmp_path)
    assert config.name is None
    assert "was not found" in str(config.problems[0])


def test_bad_destination_entries_are_reported(tmp_path: Path) -> None:
    text = '[destinations.fax]\nnumber = "202-555-0100"\npages = {a = 1}\n'
    config = load_org_config(write_config(tmp_path, text), app_dir=tmp_path)
    assert dict(config.destinations["fax"]) == {"number": "202-555-0100"}
    assert [p.key for p in config.problems] == ["destinations.fax.pages"]


def test_cli_check_reports_settings_and_problems(tmp_path: Path) -> None:
    good = write_config(tmp_path / "good", VALID)
    result = run_cli("--org-config", good, "org-config")
    assert result.returncode == 0, result.stderr
    assert "organization.name = Casa de Ayuda" in result.stdout
    bad = write_config(tmp_path / "bad", "[app]\nidle_lock_minutes = -1\n")
    result = run_cli("org-config", bad)
    assert result.returncode == 2
    assert "setting 'app.idle_lock_minutes': must be from 1 to 240" in result.stdout


def test_shipped_example_is_valid() -> None:
    example = Path(__file__).resolve().parents[2] / "packaging" / "organization.example.toml"
    config = load_org_config(example, app_dir=example.parent)
    assert config.problems == ()
    assert config.name == "Casa de Ayuda Community Center"
