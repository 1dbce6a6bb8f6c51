"""Every interface language has a font with its letters on this system (scripts/bootstrap.sh
installs them on Debian): without one, Korean showed as empty boxes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from ombud_desktop.i18n import catalog
from ombud_desktop.i18n.languages import LANGUAGES

WS = QFontDatabase.WritingSystem
SCRIPTS = {"zh_CN": WS.SimplifiedChinese, "ko": WS.Korean, "ar": WS.Arabic, "ru": WS.Cyrillic}
SAMPLE = "Review your answers"  # a WizardPage title every language translates


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_the_interface_font_draws_every_letter_of_the_language(qapp, language):
    system = SCRIPTS.get(language.code, WS.Latin)
    assert QFontDatabase.families(system), f"no font for {system.name}"
    text = language.native_name + catalog.translate("ReviewPage", SAMPLE, language.code)
    metrics = QFontMetrics(QFont(qapp.font()))
    missing = {ch for ch in text if ch.strip() and not metrics.inFontUcs4(ord(ch))}
    if missing:  # the default font may lack them; Qt then falls back per script
        families = QFontDatabase.families(system)
        assert any(
            all(QFontMetrics(QFont(f)).inFontUcs4(ord(ch)) for ch in missing) for f in families
        ), f"{language.code}: no installed font has {''.join(sorted(missing))}"
