"""The bundle's README.txt: English first, then the same steps in the person's language,
for every shipped language, with every number and address kept exact."""

from __future__ import annotations

import pytest

from ombud_desktop.export import readme
from ombud_desktop.export.gather import readme_language
from ombud_desktop.i18n import catalog
from ombud_desktop.i18n.languages import translated_languages

LINES = [
    (readme.TITLE, {}),
    (
        readme.FOR_WHOM,
        {"name": "Ana Ejemplo", "receipt": "IOE0912345678", "date": "11/27/2026", "channel": "fax"},
    ),
    (readme.PRIVATE, {}),
]


@pytest.mark.parametrize("language", translated_languages(), ids=lambda item: item.code)
def test_readme_has_the_steps_in_each_language(language):
    translate, name = readme_language(language.code)
    assert translate is not None and name == language.native_name
    text = readme.readme_text(LINES, translate, name)
    english, _, own = text.partition(name)
    assert readme.TITLE in english
    title = catalog.translate("bundle_readme", readme.TITLE, language.code)
    assert title != readme.TITLE and title in own
    assert own.count("IOE0912345678") == 1 and "Ana Ejemplo" in own
    assert "{" not in own  # every placeholder filled


def test_english_readme_has_no_second_part():
    translate, name = readme_language("en")
    assert translate is None
    assert readme.readme_text(LINES, translate, name).count(readme.TITLE) == 1
