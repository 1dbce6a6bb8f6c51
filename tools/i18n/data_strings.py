"""Translatable text that lives in data rather than in tr() calls: the form spec, the
validation message catalogue and the place names of core.places. The extractor turns it
into entries for lupdate."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

from ombud_desktop.i18n.contexts import (
    COUNTRIES_CONTEXT,
    FINDINGS_CONTEXT,
    SPEC_CONTEXT,
    US_STATES_CONTEXT,
)

Entry = tuple[str, str, str]  # context, English text, note for translators


def _optional(module: str) -> Any:
    """The module, or None while the part that provides it is not written yet."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError:
        return None


def spec_entries() -> Iterator[Entry]:
    formspec = _optional("ombud_desktop.core.formspec")
    if formspec is None:
        return
    for section in formspec.SECTIONS:
        for attr in ("title", "intro", "item_label"):
            yield SPEC_CONTEXT, getattr(section, attr, ""), f"section {section.id}: {attr}"
        for field in section.fields:
            for attr in ("label", "help"):
                yield SPEC_CONTEXT, getattr(field, attr, ""), f"{field.id}: {attr}"
            for choice in field.choices:
                yield SPEC_CONTEXT, choice.label, f"{field.id} = {choice.code}"
                yield SPEC_CONTEXT, getattr(choice, "help", ""), f"{field.id} = {choice.code}: help"


def message_templates() -> dict[str, str]:
    """Finding code -> English template with {params}, from the core's catalogue."""
    messages = _optional("ombud_desktop.core.messages")
    if messages is None:
        return {}
    for name in ("MESSAGES", "CATALOGUE", "TEMPLATES"):
        table = getattr(messages, name, None)
        if isinstance(table, dict):
            return {str(code): str(text) for code, text in table.items()}
    return {}


def finding_entries() -> Iterator[Entry]:
    for code, template in sorted(message_templates().items()):
        yield FINDINGS_CONTEXT, template, f"finding code {code}"


def place_entries() -> Iterator[Entry]:
    """Country and US state names (filled from Debian iso-codes by i18n.place_names)."""
    from ombud_desktop.core import places

    for code, name in places.COUNTRIES.items():
        yield COUNTRIES_CONTEXT, name, f"country {code}"
    for code, name in places.US_STATES.items():
        yield US_STATES_CONTEXT, name, f"US state or territory {code} (postal code)"


def data_entries() -> list[Entry]:
    """Every data text with a non-empty English source (duplicates keep their first note)."""
    seen: dict[tuple[str, str], str] = {}
    for context, text, note in (*spec_entries(), *finding_entries(), *place_entries()):
        if text and text.strip():
            seen.setdefault((context, text), note)
    return [(context, text, note) for (context, text), note in seen.items()]
