"""Reading Qt Linguist .ts files with the standard library (no Qt); tools/i18n writes them.

The .ts files are the catalogue's source of truth: Qt loads the compiled .qm, while the
Qt-free parts (CLI, export README, checks) read the .ts directly.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ombud_desktop.resources import resource_path

UNFINISHED = "unfinished"
# Entries lupdate no longer finds in the code: kept in the file, ignored everywhere.
GONE = ("obsolete", "vanished")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: tuple[str, ...]  # one item, or one per plural form for %n strings
    finished: bool
    numerus: bool
    note: str = ""  # the translator's note (<extracomment>): field id, message code ...

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.source)


def translations_dir() -> Path:
    return resource_path("translations")


def ts_path(code: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"ombud_{code}.ts"


def _translation_texts(element: ET.Element | None) -> tuple[str, ...]:
    if element is None:
        return ("",)
    forms = element.findall("numerusform")
    if forms:
        return tuple(form.text or "" for form in forms)
    return (element.text or "",)


def read_messages(path: Path) -> list[Message]:
    """Every live message of a .ts file (obsolete and vanished ones left out)."""
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for item in context.findall("message"):
            translation = item.find("translation")
            kind = translation.get("type", "") if translation is not None else UNFINISHED
            if kind in GONE:
                continue
            messages.append(
                Message(
                    context=name,
                    source=item.findtext("source", ""),
                    translation=_translation_texts(translation),
                    finished=kind != UNFINISHED,
                    numerus=item.get("numerus") == "yes",
                    note=item.findtext("extracomment", ""),
                )
            )
    return messages
