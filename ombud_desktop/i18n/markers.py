"""Mark text for translation in Qt-free code (core, export): lupdate finds these calls.

    from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP
    README_TITLE = QT_TRANSLATE_NOOP("bundle_readme", "What is in this folder")

The call returns the English text unchanged; translate it where it is shown with
`ombud_desktop.i18n.catalog.translate(context, text, lang)` (or Qt's translate in the UI).
The context and the text must be plain string literals so lupdate can read them.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
