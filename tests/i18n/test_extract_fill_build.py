"""The catalogue tools end to end: extract from code and data, fill, compile, load in Qt."""

from __future__ import annotations

import json

from PySide6.QtCore import QTranslator

from ombud_desktop.i18n.languages import language
from ombud_desktop.i18n.tsfile import read_messages, ts_path
from tools.i18n import data_strings, extract
from tools.i18n.build import build
from tools.i18n.fill import fill


def test_extract_fill_and_build_round_trip(tmp_path, monkeypatch):
    data = [("formspec", 'Your "first" name\nas on your passport', "subject.first_name: label")]
    monkeypatch.setattr(extract, "data_entries", lambda: data)
    # Three languages and one source file keep lupdate quick; the tool itself is the same.
    monkeypatch.setattr(extract, "LANGUAGES", [language(c) for c in ("en", "es", "fr")])
    picker = extract.PACKAGE / "ui" / "language_picker.py"
    monkeypatch.setattr(extract, "code_sources", lambda: [picker])
    folder = tmp_path / "translations"

    extract.update(folder, quiet=True)

    messages = {m.key: m for m in read_messages(ts_path("es", folder))}
    key = ("formspec", 'Your "first" name\nas on your passport')
    assert key in messages and not messages[key].finished
    assert messages[key].note == "subject.first_name: label"
    assert ("LanguagePicker", "Language") in messages  # a tr() string from the code
    pending = {item["id"]: item for item in extract.pending(folder)}
    assert extract.entry_id(*key) in pending

    answers = tmp_path / "round.json"
    answers.write_text(
        json.dumps({extract.entry_id(*key): {"es": "Su «primer» nombre\ncomo en su pasaporte"}}),
        encoding="utf-8",
    )
    assert fill([answers], folder)["es"] == 1
    extract.update(folder, quiet=True)  # a later extraction keeps what was translated
    messages = {m.key: m for m in read_messages(ts_path("es", folder))}
    assert messages[key].finished
    still = {item["id"]: item["langs"] for item in extract.pending(folder)}
    assert "es" not in still[extract.entry_id(*key)] and "fr" in still[extract.entry_id(*key)]

    assert ts_path("es", folder).with_suffix(".qm") in build(folder, quiet=True)
    assert build(folder, quiet=True) == []  # nothing stale: nothing rebuilt
    translator = QTranslator()
    assert translator.load(str(ts_path("es", folder).with_suffix(".qm")))
    assert translator.translate(*key) == "Su «primer» nombre\ncomo en su pasaporte"


def test_data_entries_skip_blank_texts_and_keep_the_first_note(monkeypatch):
    monkeypatch.setattr(
        data_strings,
        "spec_entries",
        lambda: iter(
            [
                ("formspec", "Email", "a.email"),
                ("formspec", "Email", "b.email"),
                ("formspec", " ", "x"),
            ]
        ),
    )
    monkeypatch.setattr(data_strings, "finding_entries", lambda: iter([]))
    monkeypatch.setattr(data_strings, "place_entries", lambda: iter([]))
    assert data_strings.data_entries() == [("formspec", "Email", "a.email")]
