"""The place names in the catalogues are exactly what the generator makes from Debian
iso-codes plus the hand-written list (reproducible), and it notices what is missing."""

from __future__ import annotations

import json
import shutil

import pytest

from ombud_desktop.errors import UserFacingError
from ombud_desktop.i18n.tsfile import translations_dir
from tools.i18n import place_names


def test_catalogue_place_names_match_the_generator():
    assert place_names.differences() == []


def test_every_language_has_every_place_with_hand_names_winning():
    names, coverage = place_names.place_names("ar")
    assert coverage.missing == [] and len(names) == 249 + 63
    # iso-codes' Arabic gives Moldova the name of the Maldives; the hand list corrects it.
    assert names[("countries", "Moldova")] == "مولدوفا"
    assert names[("countries", "Maldives")] == "جزر المالديف"
    # Territories read as in the country list.
    assert names[("us_states", "Puerto Rico")] == names[("countries", "Puerto Rico")]


def test_a_changed_catalogue_name_and_an_unknown_hand_code_are_reported(tmp_path, monkeypatch):
    folder = tmp_path / "translations"
    shutil.copytree(translations_dir(), folder, ignore=shutil.ignore_patterns("*.qm"))
    path = folder / "ombud_es.ts"
    path.write_text(path.read_text(encoding="utf-8").replace(">México<", ">Mejico<"), "utf-8")
    assert place_names.differences(folder) == ["es: [countries] 'Mexico' is not 'México'"]

    manual = tmp_path / "manual.json"
    manual.write_text(json.dumps({"es": {"countries": {"XX": "Nowhere"}}}), encoding="utf-8")
    monkeypatch.setattr(place_names, "MANUAL", manual)
    with pytest.raises(UserFacingError, match="unknown code XX"):
        place_names.place_names("es")
