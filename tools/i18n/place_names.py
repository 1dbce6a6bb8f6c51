"""Country and US state names in every interface language, for the catalogues (dev time).

The names come from Debian's iso-codes translations (`iso_3166-1.mo` for countries,
`iso_3166-2.mo` for states), read with the standard library's gettext; names iso-codes
lacks or words poorly are written by hand in `place_names_manual.json` (by ISO or postal
code), which wins. The app never reads iso-codes: the result is written into
resources/translations/*.ts (contexts "countries" and "us_states") like any other text.

    python -m tools.i18n.extract --quiet       # the names enter the .ts files
    python -m tools.i18n.place_names           # fill them; prints coverage
    python -m tools.i18n.place_names --check   # only compare (exit 1 if different)

Needs the Debian package iso-codes (scripts/bootstrap.sh installs it for tests).
"""

from __future__ import annotations

import argparse
import gettext
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ombud_desktop.core import places
from ombud_desktop.errors import UserFacingError
from ombud_desktop.i18n.contexts import COUNTRIES_CONTEXT, US_STATES_CONTEXT
from ombud_desktop.i18n.languages import translated_languages
from ombud_desktop.i18n.tsfile import read_messages, ts_path
from tools.i18n.ts_write import fill_translations

ISO_CODES = Path("/usr/share/iso-codes/json")
LOCALES = Path("/usr/share/locale")
MANUAL = Path(__file__).with_name("place_names_manual.json")
# Our language code -> iso-codes locales, best first ("fil" is fuller than "tl").
ISO_LOCALES = {"tl": ("fil", "tl"), "pt": ("pt_BR", "pt")}
# USPS codes that are also ISO 3166-1 codes of the same place (territories and freely
# associated states): the state list uses the country name's translation.
SAME_AS_COUNTRY = ("AS", "GU", "MP", "PR", "VI", "UM", "FM", "MH", "PW")

Lookup = Callable[[str], str | None]


@dataclass
class Coverage:
    """How one language's names were found."""

    iso: int = 0  # taken from iso-codes
    filled: int = 0  # iso-codes has none: written by hand
    corrected: int = 0  # iso-codes has one, replaced by hand
    missing: list[str] = field(default_factory=list)


def _catalogue(locale: str, domain: str) -> dict[str, str]:
    path = LOCALES / locale / "LC_MESSAGES" / f"{domain}.mo"
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        found: dict[str, str] = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
    return {k: v for k, v in found.items() if isinstance(k, str) and k and v.strip()}


def _iso_lookup(code: str, domain: str) -> Lookup:
    catalogues = [_catalogue(loc, domain) for loc in ISO_LOCALES.get(code, (code,))]

    def look(msgid: str) -> str | None:
        return next((c[msgid] for c in catalogues if msgid in c), None)

    return look


def _iso_entries(standard: str) -> list[dict[str, str]]:
    path = ISO_CODES / f"iso_{standard}.json"
    if not path.exists():
        raise UserFacingError(f"{path} is missing: install the Debian package iso-codes.")
    entries: list[dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))[standard]
    return entries


def iso_names(code: str) -> dict[tuple[str, str], str]:
    """(context, English name) -> iso-codes' translation into language `code`."""
    countries = {e["alpha_2"]: e for e in _iso_entries("3166-1")}
    states = {e["code"]: e for e in _iso_entries("3166-2") if e["code"].startswith("US-")}
    look_country, look_state = _iso_lookup(code, "iso_3166-1"), _iso_lookup(code, "iso_3166-2")
    found: dict[tuple[str, str], str] = {}
    for alpha2, name in places.COUNTRIES.items():
        entry = countries.get(alpha2, {})
        # places uses iso-codes' common name where there is one ("Vietnam"); its
        # translation may be filed under the common, short or official name.
        keys = (name, entry.get("common_name"), entry.get("name"), entry.get("official_name"))
        text = next((t for k in keys if k and (t := look_country(k))), None)
        if text:
            found[(COUNTRIES_CONTEXT, name)] = text
    for postal, name in places.US_STATES.items():
        subdivision = states.get(f"US-{postal}", {}).get("name")
        text = next((t for k in (name, subdivision) if k and (t := look_state(k))), None)
        if text:
            found[(US_STATES_CONTEXT, name)] = text
    return found


def manual_names(code: str) -> dict[tuple[str, str], str]:
    """The hand-written names of language `code`, keyed like iso_names."""
    table = json.loads(MANUAL.read_text(encoding="utf-8")).get(code, {})
    found: dict[tuple[str, str], str] = {}
    lists = ((COUNTRIES_CONTEXT, places.COUNTRIES), (US_STATES_CONTEXT, places.US_STATES))
    for context, source in lists:
        for key, text in table.get(context, {}).items():
            if key not in source:
                raise UserFacingError(f"{MANUAL.name}: {code} {context} has unknown code {key}")
            found[(context, source[key])] = text
    return found


def place_names(code: str) -> tuple[dict[tuple[str, str], str], Coverage]:
    """Every place name in language `code` (hand-written ones win) and how each was found."""
    iso, manual = iso_names(code), manual_names(code)
    coverage = Coverage()
    names: dict[tuple[str, str], str] = {}
    wanted = [(COUNTRIES_CONTEXT, n) for n in places.COUNTRIES.values()]
    wanted += [(US_STATES_CONTEXT, n) for n in places.US_STATES.values()]
    for key in wanted:
        postal = _postal_code(key)
        if postal in SAME_AS_COUNTRY and key not in manual:  # as in the country list
            country = (COUNTRIES_CONTEXT, places.COUNTRIES[postal])
            if country in iso:
                iso[key] = iso[country]
            if country in manual:
                manual[key] = manual[country]
        if key in manual:
            names[key] = manual[key]
            if key in iso:
                coverage.corrected += 1
            else:
                coverage.filled += 1
        elif key in iso:
            names[key] = iso[key]
            coverage.iso += 1
        else:
            coverage.missing.append(f"[{key[0]}] {key[1]}")
    return names, coverage


def _postal_code(key: tuple[str, str]) -> str:
    if key[0] != US_STATES_CONTEXT:
        return ""
    return next(code for code, name in places.US_STATES.items() if name == key[1])


def differences(folder: Path | None = None) -> list[str]:
    """Place names in the .ts files that differ from what this module makes."""
    found = []
    for language in translated_languages():
        names, coverage = place_names(language.code)
        found += [f"{language.code}: no name for {m}" for m in coverage.missing]
        for m in read_messages(ts_path(language.code, folder)):
            wanted = names.get(m.key)
            if wanted is not None and (not m.finished or m.translation[0] != wanted):
                found.append(f"{language.code}: [{m.context}] {m.source!r} is not {wanted!r}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.i18n.place_names")
    parser.add_argument("--check", action="store_true", help="compare only, change nothing")
    args = parser.parse_args(argv)
    if args.check:
        found = differences()
        print("\n".join(found) or "place names match iso-codes and the hand-written list")
        return 1 if found else 0
    for language in translated_languages():
        names, coverage = place_names(language.code)
        done: dict[tuple[str, str], tuple[str, ...]] = {k: (t,) for k, t in names.items()}
        fill_translations(ts_path(language.code), done)
        print(
            f"{language.code}: {coverage.iso} from iso-codes, {coverage.filled} written by "
            f"hand, {coverage.corrected} iso-codes names replaced by hand, "
            f"{len(coverage.missing)} missing {coverage.missing[:5]}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
