"""Qt's own words (dialog buttons, file dialogs, edit menus) for languages Qt ships no
qtbase translation for: Vietnamese, Tagalog and Haitian Creole. Without this their
"OK", "Cancel" and "Open" would stay English while the rest of the app is translated.

The sources below are Qt 6's exact texts (tests/i18n checks each against Qt's French
catalogue); the translations live in resources/translations/qt_supplement_<code>.ts.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ombud_desktop.i18n.languages import LANGUAGES, SOURCE_LANGUAGE, Language
from ombud_desktop.i18n.tsfile import read_messages, translations_dir

_BUTTONS = ("OK", "Save", "Open", "&Yes", "&No", "Close", "Cancel", "Discard", "Help", "Apply")
_FILES = (
    "Look in:", "File &name:", "Files of type:", "&Open", "&Save", "&Choose", "Open",
    "Save As", "Back", "Forward", "Parent Directory", "Create New Folder", "New Folder",
    "List View", "Detail View", "Directory:", "All Files (*)", "Recent Places",
)  # fmt: skip
_EDITING = ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All")

QT_TEXTS: tuple[tuple[str, str], ...] = (
    *(("QPlatformTheme", text) for text in _BUTTONS),
    *(("QFileDialog", text) for text in _FILES),
    ("QInputDialog", "Enter a value:"),
    *(("QLineEdit", text) for text in _EDITING),
    *(("QWidgetTextControl", text) for text in _EDITING),
)


def supplemented() -> tuple[Language, ...]:
    """Languages that need these words from us (Qt has no qtbase_<code>.qm for them)."""
    return tuple(lang for lang in LANGUAGES if lang.qtbase is None and lang.code != SOURCE_LANGUAGE)


def supplement_path(code: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"qt_supplement_{code}.ts"


def update(folder: Path | None = None) -> None:
    """Write each supplement catalogue with every text of QT_TEXTS, keeping translations."""
    for language in supplemented():
        path = supplement_path(language.code, folder)
        kept = {m.key: m for m in read_messages(path)} if path.exists() else {}
        root = ET.Element("TS", version="2.1", language=language.catalogue_language)
        root.set("sourcelanguage", "en_US")
        contexts: dict[str, ET.Element] = {}
        for context, source in QT_TEXTS:
            if context not in contexts:
                contexts[context] = ET.SubElement(root, "context")
                ET.SubElement(contexts[context], "name").text = context
            message = ET.SubElement(contexts[context], "message")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            old = kept.get((context, source))
            if old is not None and old.finished:
                translation.text = old.translation[0]
            else:
                translation.set("type", "unfinished")
        ET.indent(root, space="    ")
        body = ET.tostring(root, encoding="unicode")
        path.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
