"""README.txt's second language: the person's preferred language recorded in the case when
the app ships it, else the interface language; the CLI's --language overrides both."""

from __future__ import annotations

import pytest

from ombud_desktop.core.model import Case
from ombud_desktop.export.gather import CaseMaterial, bundle_language
from ombud_desktop.i18n.languages import language_named


def _material(preferred: str | None, profile: str = "") -> tuple[Case, CaseMaterial]:
    answers = {"subject": {"preferred_language": preferred}} if preferred else {}
    return Case.from_answers(answers), CaseMaterial("c", answers, {}, (), profile)


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("Spanish", "es"),
        ("Tiếng Việt (Vietnamese)", "vi"),
        ("Mandarin", "zh_CN"),
        ("中文", "zh_CN"),
        ("Kreyòl", "ht"),
        ("English and Spanish", "es"),
        ("العربية", "ar"),
        ("English", "en"),
        ("Klingon", None),
    ],
)
def test_a_preferred_language_is_read_from_what_people_write(written: str, code: str) -> None:
    found = language_named(written)
    assert (found.code if found else None) == code


def test_the_cases_preferred_language_wins_over_the_interface_language() -> None:
    case, material = _material("Haitian Creole", profile="fr")
    assert bundle_language(case, material, interface_language="es") == "ht"


def test_without_a_known_preferred_language_the_interface_language_is_used() -> None:
    case, material = _material("Klingon", profile="fr")
    assert bundle_language(case, material, interface_language="es") == "es"
    assert bundle_language(case, material) == "fr"  # the CLI: the language saved in the profile
    assert bundle_language(*_material(None)) == "en"


def test_the_gui_export_passes_its_language_as_the_interface_language(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from multiprocessing import Event, Pipe
    from pathlib import Path

    from ombud_desktop.errors import UserFacingError
    from ombud_desktop.export import gather
    from ombud_desktop.export.child import run_export_child
    from ombud_desktop.export.destinations import load_destinations
    from ombud_desktop.export.options import ExportOptions

    seen = {}

    def fake_prepare(material, **options):  # type: ignore[no-untyped-def]
        seen.update(options)
        raise UserFacingError("stop here")

    monkeypatch.setattr(gather, "prepare", fake_prepare)
    receiver, sender = Pipe(duplex=False)
    material = _material("Spanish")[1]
    run_export_child(
        sender, Event(), material, ExportOptions("email"), Path("."), load_destinations(), "ko"
    )
    assert receiver.recv()[0] == "failed"
    assert seen["interface_language"] == "ko" and not seen.get("language")
