"""Reading and writing Qt Linguist .ts files with the standard library (no Qt).

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


def catalogue_files(code: str, folder: Path | None = None) -> list[Path]:
    """The app's catalogue of `code`, plus its supplement of Qt's own words if it has one."""
    base = folder or translations_dir()
    supplement = base / f"qt_supplement_{code}.ts"
    return [ts_path(code, folder), *([supplement] if supplement.exists() else [])]


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


def file_language(path: Path) -> str:
    return ET.parse(path).getroot().get("language", "")


def fill_translations(path: Path, done: dict[tuple[str, str], tuple[str, ...]]) -> int:
    """Write finished translations into a .ts file; returns how many entries changed.

    `done` maps (context, source) to the translation (one text, or the plural forms).
    A plural entry is only filled when the number of forms matches what the file expects.
    """
    tree = ET.parse(path)
    changed = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for item in context.findall("message"):
            texts = done.get((name, item.findtext("source", "")))
            translation = item.find("translation")
            if texts is None or translation is None or translation.get("type") in GONE:
                continue
            forms = translation.findall("numerusform")
            if forms:
                if len(texts) != len(forms):
                    raise ValueError(
                        f"{path.name}: {item.findtext('source')!r} needs {len(forms)} "
                        f"plural forms, got {len(texts)}"
                    )
                for form, text in zip(forms, texts, strict=True):
                    form.text = text
            else:
                translation.text = texts[0]
            translation.attrib.pop("type", None)
            changed += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return changed
