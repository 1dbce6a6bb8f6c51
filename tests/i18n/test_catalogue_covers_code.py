"""Every text the code and the data show today is in every shipped catalogue: a string
added without running the extractor (and translating it) fails here.

To fix: `python -m tools.i18n.extract`, translate what
`python -m tools.i18n.extract --pending` lists, `python -m tools.i18n.fill`
(see docs/translations.md)."""

from __future__ import annotations

from tools.i18n.check import problems
from tools.i18n.extract import code_keys


def test_every_string_in_the_code_is_translated_in_every_language():
    used = code_keys()
    assert len(used) > 500  # the extractor really read the code and the form spec
    missing = problems(expected=used)
    assert missing == [], "untranslated strings (see this test's docstring):\n" + "\n".join(
        missing[:40]
    )
