"""Writing the Qt Linguist catalogues (the app itself only reads them, through
ombud_desktop/i18n/tsfile.py): which files a language has, and filling translations in."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ombud_desktop.i18n.tsfile import GONE, translations_dir, ts_path


def catalogue_files(code: str, folder: Path | None = None) -> list[Path]:
    """The app's catalogue of `code`, plus its supplement of Qt's own words if it has one."""
    base = folder or translations_dir()
    supplement = base / f"qt_supplement_{code}.ts"
    return [ts_path(code, folder), *([supplement] if supplement.exists() else [])]


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
