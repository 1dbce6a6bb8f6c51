"""Write translations into the .ts files from JSON files of the form

    {"<entry id from extract --pending>": {"es": "...", "ar": ["...", "..."]}, ...}

(plural entries take a list, one text per plural form). Keys starting with "_" are notes.
A file named `<anything>.<code>.json` (round2.vi.json) holds one language:
`{"<entry id>": "text", ...}`.

    python -m tools.i18n.fill round1.json [more.json ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ombud_desktop.i18n.languages import LANGUAGES
from ombud_desktop.i18n.tsfile import read_messages
from tools.i18n.extract import entry_id
from tools.i18n.ts_write import catalogue_files, fill_translations


def fill(files: list[Path], folder: Path | None = None) -> dict[str, int]:
    by_id: dict[str, dict[str, object]] = {}
    codes = {language.code for language in LANGUAGES}
    for file in files:
        only = file.suffixes[-2][1:] if len(file.suffixes) >= 2 else ""
        for key, value in json.loads(file.read_text(encoding="utf-8")).items():
            if key.startswith("_"):
                continue
            by_id.setdefault(key, {}).update({only: value} if only in codes else value)
    counts: dict[str, int] = {}
    for language in LANGUAGES:
        for path in catalogue_files(language.code, folder):
            if not path.exists():
                continue
            done: dict[tuple[str, str], tuple[str, ...]] = {}
            for m in read_messages(path):
                text = by_id.get(entry_id(*m.key), {}).get(language.code)
                if text is not None:
                    done[m.key] = tuple(text) if isinstance(text, list) else (str(text),)
            if done:
                count = fill_translations(path, done)
                counts[language.code] = counts.get(language.code, 0) + count
    return counts


def main(argv: list[str] | None = None) -> int:
    files = [Path(name) for name in (argv if argv is not None else sys.argv[1:])]
    for code, count in fill(files).items():
        print(f"{code}: {count} entries filled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
