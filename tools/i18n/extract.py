"""Update resources/translations/*.ts from the code (tr() strings, via pyside6-lupdate)
and from data (form spec, finding messages), then list what still needs translating.

    python -m tools.i18n.extract             # update every .ts file
    python -m tools.i18n.extract --pending   # JSON of untranslated entries
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from ombud_desktop.errors import UserFacingError
from ombud_desktop.i18n.languages import LANGUAGES, SOURCE_LANGUAGE, Language
from ombud_desktop.i18n.tsfile import read_messages, translations_dir, ts_path
from tools.i18n import qt_supplement
from tools.i18n.data_strings import Entry, data_entries
from tools.i18n.qt_tools import qt_tool
from tools.i18n.ts_write import catalogue_files

PACKAGE = Path(__file__).resolve().parents[2] / "ombud_desktop"
# The app's i18n package holds the catalogue reader and examples, not user-visible tr() strings.
SKIPPED = ("i18n",)


def code_sources() -> list[Path]:
    return sorted(
        path for path in PACKAGE.rglob("*.py") if path.relative_to(PACKAGE).parts[0] not in SKIPPED
    )


def write_data_stub(entries: list[Entry], folder: Path) -> Path:
    """A Python file of QT_TRANSLATE_NOOP calls lupdate can read, one per data text."""
    lines = []
    for context, text, note in entries:
        lines.append("#: " + note.replace("\n", " "))
        lines.append(
            f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})"
        )
    stub = folder / "data_strings_stub.py"
    stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stub


def update(folder: Path | None = None, quiet: bool = False) -> None:
    """Bring every language's .ts file in line with the code and data (translations kept)."""
    target = folder or translations_dir()
    target.mkdir(parents=True, exist_ok=True)
    lupdate = qt_tool("lupdate")
    with tempfile.TemporaryDirectory(prefix="ombud-lupdate-") as scratch:
        stub = write_data_stub(data_entries(), Path(scratch))
        sources = [str(p) for p in code_sources()] + [str(stub)]
        for language in LANGUAGES:
            _run_lupdate(lupdate, sources, ts_path(language.code, target), language, quiet)
    qt_supplement.update(target)


def _run_lupdate(lupdate: str, sources: list[str], ts: Path, language: Language, quiet: bool):
    command = [lupdate, "-locations", "none", "-no-obsolete", "-source-language", "en_US"]
    command += ["-target-language", language.catalogue_language]
    if language.code == SOURCE_LANGUAGE:
        command.append("-pluralonly")  # English needs only its singular/plural forms
    command += [*sources, "-ts", str(ts)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    report = done.stdout + done.stderr
    if "won't be updated" in report:  # lupdate's only sign of a refused file: make it loud
        raise UserFacingError(f"{ts.name} was not updated: {report.strip()}")
    if not quiet:
        print(report.strip(), file=sys.stderr)


def code_keys() -> set[tuple[str, str]]:
    """Every (context, source) the code and data use now, as lupdate sees them."""
    with tempfile.TemporaryDirectory(prefix="ombud-keys-") as scratch:
        folder = Path(scratch)
        stub = write_data_stub(data_entries(), folder)
        sources = [str(p) for p in code_sources()] + [str(stub)]
        probe = LANGUAGES[1]  # any translated language: the sources are the same
        _run_lupdate(qt_tool("lupdate"), sources, folder / "probe.ts", probe, quiet=True)
        return {m.key for m in read_messages(folder / "probe.ts")}


def entry_id(context: str, source: str) -> str:
    return hashlib.sha1(f"{context}\x04{source}".encode()).hexdigest()[:10]


def pending(folder: Path | None = None) -> list[dict[str, object]]:
    """Untranslated entries, one per (context, source), with the languages still missing."""
    todo: dict[str, dict[str, object]] = {}
    for language in LANGUAGES:
        paths = [p for p in catalogue_files(language.code, folder) if p.exists()]
        for m in (m for path in paths for m in read_messages(path)):
            if m.finished and all(t.strip() for t in m.translation):
                continue
            item = todo.setdefault(
                entry_id(*m.key),
                {"context": m.context, "source": m.source, "note": m.note, "langs": {}},
            )
            langs = item["langs"]
            assert isinstance(langs, dict)
            langs[language.code] = len(m.translation) if m.numerus else 1
    return [{"id": key, **value} for key, value in todo.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.i18n.extract")
    parser.add_argument("--pending", action="store_true", help="only list untranslated entries")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if not args.pending:
        update(quiet=args.quiet)
    todo = pending()
    if args.pending:  # one compact JSON object per line: easy to read and to split up
        every = {language.code for language in LANGUAGES if language.code != SOURCE_LANGUAGE}
        for item in todo:
            langs = item.pop("langs")
            assert isinstance(langs, dict)
            if set(langs) != every or any(count != 1 for count in langs.values()):
                item["langs"] = langs  # plural form counts, or only some languages
            print(json.dumps(item, ensure_ascii=False))
    else:
        print(f"{len(todo)} entries need translating", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
