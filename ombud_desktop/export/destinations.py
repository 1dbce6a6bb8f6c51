"""Where a request goes: the Ombudsman's email, fax, mail address and phones.

The values ship in resources/destinations.json with their source and the date that source
was last checked; an organization overrides any field in its organization.toml
(`[destinations.email] address = "..."`, see core/org_config.py) without a rebuild.
Contact data changes (the office's operations changed in 2025), so every screen and README
showing them also shows `notice`, asking the person to confirm them when next online.
A bad override never stops an export: it is reported in `problems` and the shipped value
stays.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ombud_desktop import resources
from ombud_desktop.errors import UserFacingError
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ombud_desktop.core.org_config import OrgConfig

# Each entry of resources/destinations.json holds exactly one of these (its value), a
# "source" and optional "earlier" values: a channel's entry is found by its code.
MAIN_FIELDS = ("address", "number", "lines", "url")
NOT_ENTRIES = ("schema", "notice", "sources")
# Headings of the contacts that are no channel (a channel's is in its descriptor).
LABELS = {
    "phone": QT_TRANSLATE_NOOP("bundle_readme", "Phone"),
    "phone_toll_free": QT_TRANSLATE_NOOP("bundle_readme", "Phone (toll free)"),
    "website": QT_TRANSLATE_NOOP("bundle_readme", "Website"),
}


def main_field(entry: Mapping[str, Any]) -> str:
    """The field that holds an entry's value; KeyError unless there is exactly one."""
    found = [name for name in MAIN_FIELDS if name in entry]
    if len(found) != 1:
        raise KeyError(f"one of {', '.join(MAIN_FIELDS)}")
    return found[0]


@dataclass(frozen=True)
class Contact:
    """One contact value with where it came from and when that source was last checked."""

    key: str
    value: str  # address lines joined with ", " for mail
    source: str
    checked_on: dt.date
    earlier: tuple[tuple[str, str], ...] = ()  # (older value, its source): for comparison


@dataclass(frozen=True)
class Destinations:
    contacts: Mapping[str, Contact]
    mail_lines: tuple[str, ...]
    mail_delay_days: int
    notice: str
    problems: tuple[str, ...] = ()  # organization overrides that were ignored, and why

    @property
    def email(self) -> str:
        return self.contacts["email"].value

    @property
    def fax(self) -> str:
        return self.contacts["fax"].value

    @property
    def phone(self) -> str:
        return self.contacts["phone"].value


def destinations_for(org: OrgConfig) -> Destinations:
    """The destinations with the organization's [destinations.*] overrides applied."""
    name = f" ({org.source.name})" if org.source else ""
    return load_destinations(org.destinations, override_origin=f"organization settings{name}")


def load_destinations(
    overrides: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    override_origin: str = "organization settings",
    path: Path | None = None,
) -> Destinations:
    """The shipped destinations with an organization's `overrides` (OrgConfig.destinations)."""
    path = path or resources.resource_path("destinations.json")
    try:
        shipped = json.loads(path.read_text(encoding="utf-8"))
        sources = {
            key: (str(s["title"]), dt.date.fromisoformat(s["checked_on"]))
            for key, s in shipped["sources"].items()
        }
        fields = {key: main_field(e) for key, e in shipped.items() if key not in NOT_ENTRIES}
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise UserFacingError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "The list of the Ombudsman's addresses ({path}) could not be read ({reason}). "
                "Reinstall the app.",
            ),
            params={"path": path, "reason": err},
        ) from err
    problems: list[str] = []
    contacts: dict[str, Contact] = {}
    entries: dict[str, dict[str, Any]] = {}
    for key, main in fields.items():
        entry = dict(shipped[key])
        title, checked = sources[entry["source"]]
        earlier_pairs = tuple(
            (_show(e[main]), sources[e["source"]][0]) for e in entry.get("earlier", ())
        )
        override = (overrides or {}).get(key)
        if override:
            entry, title, checked, earlier_pairs = _apply(
                (key, main),
                entry,
                override,
                (title, checked, earlier_pairs),
                override_origin,
                problems,
            )
        entries[key] = entry
        contacts[key] = Contact(key, _show(entry[main]), title, checked, earlier_pairs)
    for key in set(overrides or {}) - set(fields):
        problems.append(
            f"Organization settings: destination '{key}' is not known (known: "
            f"{', '.join(fields)}); it was ignored."
        )
    return Destinations(
        contacts=contacts,
        mail_lines=tuple(entries["mail"]["lines"]),
        mail_delay_days=int(entries["mail"].get("delay_days", 14)),
        notice=str(shipped["notice"]),
        problems=tuple(problems),
    )


def _apply(
    where: tuple[str, str],
    entry: dict[str, Any],
    override: Mapping[str, Any],
    shipped: tuple[str, dt.date, tuple[tuple[str, str], ...]],
    origin: str,
    problems: list[str],
) -> tuple[dict[str, Any], str, dt.date, tuple[tuple[str, str], ...]]:
    """Merge one override entry; a field with a wrong type keeps the shipped value."""
    key, main = where
    title, checked, earlier = shipped
    merged = dict(entry)
    for name, value in override.items():
        if name == main and _valid_main(main, value):
            merged[name] = list(value) if main == "lines" else str(value).strip()
        elif name == "delay_days" and key == "mail" and _whole(value):
            merged[name] = value
        elif name in {"source", "checked_on"}:
            continue
        else:
            known = f"{main}, delay_days" if key == "mail" else main
            problems.append(
                f"Organization settings: destinations.{key}.{name} was ignored; the fields "
                f"that work there are {known} (text), source and checked_on."
            )
    if merged.get(main) != entry.get(main):
        earlier = ((_show(entry[main]), title), *earlier)  # the shipped value, for comparison
        title = str(override.get("source") or origin)
        try:
            checked = dt.date.fromisoformat(str(override.get("checked_on") or dt.date.today()))
        except ValueError:
            problems.append(
                f"Organization settings: destinations.{key}.checked_on must be a date written "
                "YYYY-MM-DD; today's date is shown instead."
            )
            checked = dt.date.today()
    return merged, title, checked, earlier


def _valid_main(main: str, value: Any) -> bool:
    if main == "lines":
        return (
            isinstance(value, list | tuple)
            and 0 < len(value) <= 8
            and all(isinstance(v, str) and v.strip() for v in value)
        )
    return isinstance(value, str) and bool(value.strip())


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 365


def _show(value: Any) -> str:
    return ", ".join(value) if isinstance(value, list | tuple) else str(value)
