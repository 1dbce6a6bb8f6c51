"""The completeness check: every shipped language finished, placeholders kept."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from ombud_desktop.i18n.languages import LANGUAGES
from ombud_desktop.i18n.tsfile import translations_dir, ts_path
from tools.i18n.check import problems
from tools.i18n.placeholders import placeholders, same_placeholders
from tools.i18n.ts_write import file_language


def test_every_shipped_language_is_complete_with_the_same_placeholders():
    assert problems() == []


def test_every_catalogue_declares_a_language_lupdate_can_update():
    for item in LANGUAGES:
        assert file_language(ts_path(item.code)) == item.catalogue_language


def test_placeholders_are_counted_by_name():
    assert placeholders("{label} and {label}, %1 of %n, {{literal}}") == {
        "{label}": 2,
        "%1": 1,
        "%n": 1,
    }
    assert same_placeholders("Tell us about {label}.", "Responda: {label}.")
    assert not same_placeholders("Tell us about {label}.", "Responda: {etiqueta}.")
    assert not same_placeholders("Page %1 of %2", "Página %1")
    assert same_placeholders("%n file(s)", "一个文件", numerus=True)
    assert not same_placeholders("%n file(s) in %1", "一个文件", numerus=True)


def _copy_catalogues(tmp_path: Path) -> Path:
    folder = tmp_path / "translations"
    shutil.copytree(translations_dir(), folder, ignore=shutil.ignore_patterns("*.qm"))
    return folder


def _add_message(path: Path, context: str, source: str, translation: str | None) -> None:
    tree = ET.parse(path)
    element = ET.SubElement(tree.getroot(), "context")
    ET.SubElement(element, "name").text = context
    message = ET.SubElement(element, "message")
    ET.SubElement(message, "source").text = source
    node = ET.SubElement(message, "translation")
    if translation is None:
        node.set("type", "unfinished")
    else:
        node.text = translation
    tree.write(path, encoding="utf-8")


def test_check_fails_on_unfinished_missing_and_changed_placeholders(tmp_path):
    folder = _copy_catalogues(tmp_path)
    _add_message(ts_path("es", folder), "findings", "Tell us about {label}.", None)
    _add_message(ts_path("fr", folder), "findings", "Tell us about {label}.", "Répondez : {champ}.")
    _add_message(ts_path("ar", folder), "findings", "Tell us about {label}.", "   ")
    ts_path("ko", folder).unlink()

    found = "\n".join(problems(folder))

    assert "es: [findings] 'Tell us about {label}.' is unfinished" in found
    assert "fr: [findings] 'Tell us about {label}.' placeholders differ" in found
    assert "ar: [findings] 'Tell us about {label}.' has an empty translation" in found
    assert "ko: ombud_ko.ts is missing" in found
    # Languages that lack the new string entirely are reported as missing it.
    assert "ru: missing [findings] 'Tell us about {label}.'" in found


def test_check_reports_strings_the_code_uses_but_no_catalogue_holds(tmp_path):
    folder = _copy_catalogues(tmp_path)
    found = problems(folder, expected={("WelcomePage", "A string added to the code")})
    assert "vi: missing [WelcomePage] 'A string added to the code'" in found
