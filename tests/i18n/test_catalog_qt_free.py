"""The Qt-free path (CLI, export README): the same words as the GUI, English on any gap."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ombud_desktop.i18n import catalog, tsfile


def test_translate_reads_the_shipped_catalogue():
    catalog.reload()
    assert catalog.translate("LanguagePicker", "Language", "es") == "Idioma"
    assert catalog.translate("LanguagePicker", "Language", "ar") == "اللغة"
    assert catalog.translate("LanguagePicker", "Language", "es-MX") == "Idioma"


def test_unknown_text_unknown_language_and_english_give_the_source():
    assert catalog.translate("LanguagePicker", "No such text", "fr") == "No such text"
    assert catalog.translate("LanguagePicker", "Language", "de") == "Language"
    assert catalog.translate("LanguagePicker", "Language", "en") == "Language"


def test_a_damaged_or_missing_catalogue_gives_english_not_a_crash(tmp_path, monkeypatch):
    (tmp_path / "ombud_es.ts").write_text("<TS><context>", encoding="utf-8")
    monkeypatch.setattr(tsfile, "translations_dir", lambda: tmp_path)
    catalog.reload()
    try:
        assert catalog.translate("LanguagePicker", "Language", "es") == "Language"
        assert catalog.translate("LanguagePicker", "Language", "fr") == "Language"
    finally:
        monkeypatch.undo()
        catalog.reload()


def test_the_qt_free_path_imports_no_qt():
    code = (
        "import sys\n"
        "from ombud_desktop.i18n import catalog, languages\n"
        "from tools.i18n import check\n"
        "catalog.translate('LanguagePicker', 'Language', 'vi')\n"
        "check.problems()\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
