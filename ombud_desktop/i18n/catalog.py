"""Translations without Qt: the CLI, the export README and the checks read the .ts files.

The GUI goes through Qt's translators (runtime.py), loaded from .qm files compiled from
these same .ts files, so both paths give the same words.
"""

from __future__ import annotations

import functools
import logging
from xml.etree.ElementTree import ParseError

from ombud_desktop.i18n.languages import SOURCE_LANGUAGE, normalize_code
from ombud_desktop.i18n.tsfile import read_messages, ts_path

log = logging.getLogger(__name__)


@functools.cache
def _catalogue(code: str) -> dict[tuple[str, str], str]:
    path = ts_path(code)
    try:
        messages = read_messages(path)
    except (OSError, ParseError) as error:  # a damaged or missing file: English, not a crash
        log.warning("translations for %s unavailable (%s); using English", code, error)
        return {}
    return {m.key: m.translation[0] for m in messages if m.finished and m.translation[0]}


def translate(context: str, source: str, lang: str) -> str:
    """`source` in language `lang`; English when there is no finished translation."""
    code = normalize_code(lang)
    if not source or code == SOURCE_LANGUAGE:
        return source
    return _catalogue(code).get((context, source), source)


def reload() -> None:
    """Forget what was read (after the .ts files were updated)."""
    _catalogue.cache_clear()
