"""The glossary of docs/translations.md holds in every catalogue: one translation per
term, and Vietnamese addresses the person as "quý vị" throughout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ombud_desktop.i18n.tsfile import read_messages, ts_path

DOC = Path(__file__).resolve().parents[2] / "docs" / "translations.md"
PLACE_CONTEXTS = {"countries", "us_states"}  # names of places, not the app's words


def glossary() -> dict[str, dict[str, list[str]]]:
    """English term -> language -> accepted forms, from the doc's table."""
    rows = [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line in DOC.read_text("utf-8").splitlines()
        if line.startswith("| ") and not line.startswith("|---")
    ]
    header, *body = next((rows[i:] for i, row in enumerate(rows) if row[0] == "English"), [[]])
    assert body, "docs/translations.md has no glossary table"
    return {
        row[0]: {
            lang: [form.strip() for form in cell.split("/")]
            for lang, cell in zip(header[1:], row[1:], strict=True)
        }
        for row in body
    }


GLOSSARY = glossary()
LANGUAGES = sorted(next(iter(GLOSSARY.values())))


def messages(language: str):
    return [
        m
        for m in read_messages(ts_path(language))
        if m.finished and m.context not in PLACE_CONTEXTS
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_glossary_term_is_translated_as_the_glossary_says(language):
    problems = []
    for term, forms in GLOSSARY.items():
        accepted = [f.casefold() for f in forms[language]]
        pattern = re.compile(rf"\b{re.escape(term)}\b", re.IGNORECASE)
        for message in messages(language):
            if not pattern.search(message.source):
                continue
            for text in message.translation:
                if not any(form in text.casefold() for form in accepted):
                    problems.append(f"{term} -> {forms[language]}: {text[:90]!r}")
    assert problems == [], "\n".join(problems)


def test_the_glossary_names_every_language_of_the_app():
    from ombud_desktop.i18n.languages import LANGUAGES as APP_LANGUAGES

    assert set(LANGUAGES) == {lang.code for lang in APP_LANGUAGES if lang.code != "en"}


def test_vietnamese_says_quy_vi_never_ban_for_you():
    friend = re.compile(r"\bfriend\b", re.IGNORECASE)
    found = [
        text
        for message in messages("vi")
        for text in message.translation
        if re.search(r"\bbạn\b", text, re.IGNORECASE) and not friend.search(message.source)
    ]
    assert found == []
    assert not [m for m in messages("vi") if "Thanh tra" in "".join(m.translation)]
