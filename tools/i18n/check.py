"""The completeness check: every shipped language translated, with the source's placeholders.

Run `python -m tools.i18n.check` to list problems; tests/i18n runs the same code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ombud_desktop.i18n.languages import LANGUAGES, SOURCE_LANGUAGE
from ombud_desktop.i18n.tsfile import Message, read_messages, ts_path
from tools.i18n import qt_supplement
from tools.i18n.placeholders import same_placeholders


def _language_problems(code: str, messages: list[Message], expected: set[tuple[str, str]]):
    have = {m.key for m in messages}
    for context, source in sorted(expected - have):
        yield f"{code}: missing [{context}] {source!r}"
    for m in messages:
        where = f"{code}: [{m.context}] {m.source[:60]!r}"
        if not m.finished:
            yield f"{where} is unfinished"
        elif not all(text.strip() for text in m.translation):
            yield f"{where} has an empty translation"
        elif not all(same_placeholders(m.source, t, numerus=m.numerus) for t in m.translation):
            yield f"{where} placeholders differ: {m.translation!r}"


def problems(folder: Path | None = None, expected: set[tuple[str, str]] | None = None) -> list[str]:
    """Everything wrong with the shipped catalogues, one line each ([] means complete).

    `expected` is the set of (context, source) the code uses; by default, the union of
    what the translated languages' files hold. English only carries the plural forms.
    """
    found: list[str] = []
    catalogues: dict[str, list[Message]] = {}
    for language in LANGUAGES:
        path = ts_path(language.code, folder)
        if not path.exists():
            found.append(f"{language.code}: {path.name} is missing")
            continue
        catalogues[language.code] = read_messages(path)
    if expected is None:
        expected = {m.key for code, ms in catalogues.items() if code != SOURCE_LANGUAGE for m in ms}
    for code, messages in catalogues.items():
        wanted = expected
        if code == SOURCE_LANGUAGE:
            wanted = {m.key for m in messages if m.numerus}
        found.extend(_language_problems(code, messages, wanted))
    for language in qt_supplement.supplemented():  # Qt's own words, where Qt has none
        path = qt_supplement.supplement_path(language.code, folder)
        if not path.exists():
            found.append(f"{language.code}: {path.name} is missing")
            continue
        wanted = set(qt_supplement.QT_TEXTS)
        found.extend(_language_problems(language.code, read_messages(path), wanted))
    return found


def main() -> int:
    found = problems()
    for line in found:
        print(line)
    print(f"{len(found)} problem(s)", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
