"""Organization settings a nonprofit puts beside the app (`organization.toml`) or passes
with `--org-config FILE`.

TOML because office staff edit it by hand in Notepad: comments are allowed and a typo
gets a line number. A bad value never stops the app: each problem becomes a plain
sentence naming the key, that key keeps its default, and every valid key still applies.
Example (all keys optional; packaging/organization.example.toml is the documented copy):

    [organization]
    name = "Casa de Ayuda"
    logo = "logo.png"                # relative to this file; PNG or JPEG
    help_contact = "Call Maria at 555-0100, Mon-Fri 9-5"

    [app]                            # defaults: the person's own Settings win
    default_language = "es"
    idle_lock_minutes = 10
    retention_days = 90

    [destinations.email]             # merged over resources/destinations.json entry "email"
    address = "intake@example.org"
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ombud_desktop import resources

FILE_NAME = "organization.toml"
DEFAULT_IDLE_LOCK_MINUTES = 10
IDLE_LOCK_RANGE = (1, 240)
RETENTION_RANGE = (1, 3650)
MAX_LOGO_BYTES = 5 * 1024 * 1024
# A logo is shown about 48 px high and printed about 0.6 inch high: bigger pictures only
# cost memory (and a huge one could be a decompression bomb), tiny ones look like dirt.
MAX_LOGO_PIXELS = (4000, 4000)
MIN_LOGO_PIXELS = 16
_LOGO_FORMATS = {"PNG", "JPEG"}
_LANGUAGE_TAG = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_DESTINATION_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")

DestinationValue = str | bool | int | tuple[str, ...]


@dataclass(frozen=True)
class ConfigProblem:
    key: str  # dotted key ("app.idle_lock_minutes"), or "" for the whole file
    message: str  # what is wrong and what the app does instead

    def __str__(self) -> str:
        where = f"setting '{self.key}'" if self.key else "the file"
        return f"Organization settings, {where}: {self.message}"


@dataclass(frozen=True)
class OrgConfig:
    """The settings in force. Defaults mean "no organization": plain Ombud Desktop."""

    name: str | None = None
    logo: Path | None = None
    help_contact: str | None = None
    default_language: str | None = None  # a shipped language code ("es", "zh_CN" ...)
    idle_lock_minutes: int | None = None  # None: the app's own default (10 minutes)
    retention_days: int | None = None  # None: the vault's own default (90 days)
    # destination id -> fields replacing those of the same entry in destinations.json
    destinations: Mapping[str, Mapping[str, DestinationValue]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    source: Path | None = None  # the file read, None when there was none
    problems: tuple[ConfigProblem, ...] = ()


def find_org_config(explicit: str | os.PathLike[str] | None, app_dir: Path) -> Path | None:
    """The file to read: `--org-config` when given, else organization.toml in `app_dir`."""
    if explicit:
        return Path(explicit)
    candidate = app_dir / FILE_NAME
    return candidate if candidate.is_file() else None


def load_org_config(
    explicit: str | os.PathLike[str] | None = None, *, app_dir: Path | None = None
) -> OrgConfig:
    """Read the organization settings; never raises for a bad file (see `problems`).

    `explicit` is the --org-config value; `app_dir` defaults to the app's own folder.
    """
    path = find_org_config(explicit, resources.app_dir() if app_dir is None else app_dir)
    if path is None:
        return OrgConfig()
    import tomllib  # only when there is a file: most start-ups have none (~3 ms)

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        return _whole_file_problem(path, f"{path} was not found. Using the standard settings.")
    except (OSError, UnicodeDecodeError) as err:
        return _whole_file_problem(path, f"{path} could not be read ({err}). Using defaults.")
    except tomllib.TOMLDecodeError as err:
        return _whole_file_problem(
            path,
            f"{path} is not valid TOML ({err}). Fix that line (text values need "
            '"quotes") and restart. Using the standard settings until then.',
        )
    return parse_org_config(data, base_dir=path.parent, source=path)


def parse_org_config(
    data: Mapping[str, Any], *, base_dir: Path, source: Path | None = None
) -> OrgConfig:
    """Check an already-parsed TOML document; each bad key falls back to its default."""
    problems: list[ConfigProblem] = []
    values: dict[str, Any] = {}
    for section, value in data.items():
        if section == "destinations":
            values["destinations"] = _destinations(value, problems)
            continue
        checkers = _SECTIONS.get(section)
        if checkers is None:
            problems.append(_unknown(section, sorted([*_SECTIONS, "destinations"])))
            continue
        if not isinstance(value, dict):
            problems.append(ConfigProblem(section, f"must be a [{section}] section; ignored."))
            continue
        for key, raw in value.items():
            dotted = f"{section}.{key}"
            if key not in checkers:
                problems.append(_unknown(dotted, [f"{section}.{k}" for k in checkers]))
                continue
            try:
                values[key] = checkers[key](raw, base_dir)
            except ValueError as err:
                problems.append(ConfigProblem(dotted, f"{err}; using the default instead."))
    if "destinations" in values:
        values["destinations"] = MappingProxyType(values["destinations"])
    return OrgConfig(**values, source=source, problems=tuple(problems))


def _whole_file_problem(path: Path, message: str) -> OrgConfig:
    return OrgConfig(source=path, problems=(ConfigProblem("", message),))


def _unknown(key: str, known: list[str]) -> ConfigProblem:
    return ConfigProblem(key, f"is not a known setting (ignored). Known: {', '.join(known)}.")


def _text(max_len: int) -> Callable[[Any, Path], str]:
    def check(raw: Any, _base: Path) -> str:
        if not isinstance(raw, str):
            raise ValueError(f'must be text in "quotes", found {raw!r}')
        text = raw.strip()
        if not text:
            raise ValueError("is empty")
        if "\n" in text:
            raise ValueError("must fit on one line")
        if len(text) > max_len:
            raise ValueError(f"is {len(text)} characters long; the limit is {max_len}")
        return text

    return check


def _whole_number(low: int, high: int) -> Callable[[Any, Path], int]:
    def check(raw: Any, _base: Path) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise ValueError(f"must be a whole number from {low} to {high}, found {raw!r}")
        if not low <= raw <= high:
            raise ValueError(f"must be from {low} to {high}, found {raw}")
        return raw

    return check


def _language(raw: Any, base: Path) -> str:
    """One of the languages the app ships, as its own code ("pt-BR" -> "pt")."""
    from ombud_desktop.i18n.languages import LANGUAGES, normalize_code

    tag = _text(20)(raw, base)
    code = normalize_code(tag) if _LANGUAGE_TAG.match(tag) else ""
    shipped = {language.code for language in LANGUAGES}
    # normalize_code falls back to English for anything unknown: only accept a real match
    if code not in shipped or (code == "en" and not tag.lower().startswith("en")):
        raise ValueError(
            f"{tag!r} is not one of the app's languages; use one of: {', '.join(sorted(shipped))}"
        )
    return code


def _logo(raw: Any, base: Path) -> Path:
    path = base / _text(500)(raw, base)
    if not path.is_file():
        raise ValueError(
            f"file {path} was not found (a relative path starts at this file's folder)"
        )
    size = path.stat().st_size
    if size > MAX_LOGO_BYTES:
        raise ValueError(f"{path.name} is {size // 1024} KB; use a picture under 5 MB")
    check_logo_picture(path)
    return path


def check_logo_picture(path: Path) -> None:
    """A PNG or JPEG that decodes completely, between 16 and 4000 pixels a side."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            kind, (width, height) = image.format, image.size
            if kind not in _LOGO_FORMATS:
                raise ValueError(f"{path.name} is a {kind} picture; save it as PNG or JPEG")
            most_w, most_h = MAX_LOGO_PIXELS
            if width > most_w or height > most_h:
                raise ValueError(
                    f"{path.name} is {width} x {height} pixels; the limit is "
                    f"{most_w} x {most_h} (a logo about 600 pixels wide is plenty)"
                )
            if min(width, height) < MIN_LOGO_PIXELS:
                raise ValueError(
                    f"{path.name} is only {width} x {height} pixels; use at least "
                    f"{MIN_LOGO_PIXELS} pixels a side"
                )
            image.load()  # a cut-off or damaged file fails here, not later on a cover sheet
    except UnidentifiedImageError:
        raise ValueError(f"{path.name} is not a PNG or JPEG picture") from None
    except (OSError, SyntaxError, Image.DecompressionBombError) as err:
        raise ValueError(f"{path.name} is damaged and cannot be shown ({err})") from None


_SECTIONS: dict[str, dict[str, Callable[[Any, Path], Any]]] = {
    "organization": {"name": _text(120), "logo": _logo, "help_contact": _text(200)},
    "app": {
        "default_language": _language,
        "idle_lock_minutes": _whole_number(*IDLE_LOCK_RANGE),
        "retention_days": _whole_number(*RETENTION_RANGE),
    },
}


def _destinations(
    raw: Any, problems: list[ConfigProblem]
) -> dict[str, Mapping[str, DestinationValue]]:
    """[destinations.<id>] tables of text, true/false, numbers or lists of text lines."""
    if not isinstance(raw, dict):
        problems.append(ConfigProblem("destinations", "must be [destinations.<id>] sections."))
        return {}
    result: dict[str, Mapping[str, DestinationValue]] = {}
    for dest_id, table in raw.items():
        key = f"destinations.{dest_id}"
        if not _DESTINATION_ID.match(dest_id) or not isinstance(table, dict):
            problems.append(
                ConfigProblem(key, "must be a section named with lowercase letters; ignored.")
            )
            continue
        entry: dict[str, DestinationValue] = {}
        for name, value in table.items():
            if isinstance(value, str | bool | int):
                entry[name] = value
            elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                entry[name] = tuple(value)
            else:
                problems.append(
                    ConfigProblem(
                        f"{key}.{name}", "must be text, true/false, a number or a list of text."
                    )
                )
        result[dest_id] = MappingProxyType(entry)
    return result
