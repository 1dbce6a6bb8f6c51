"""The sample answers in tests/data hold what they are named for (others' tests use them)."""

from __future__ import annotations

import unicodedata

from ombud_desktop.core.model import SCHEMA
from tests.core.conftest import DATA, load_sample


def _scripts(text: str) -> set[str]:
    return {unicodedata.name(ch, "").split()[0] for ch in text if ch.isalpha()}


def test_every_sample_is_a_current_answers_file():
    for path in sorted(DATA.glob("*.json")):
        assert load_sample(path.stem).get("schema") == SCHEMA, path.name


def test_multiscript_sample_has_vietnamese_chinese_and_arabic_names():
    case = load_sample("names_multiscript")
    vietnamese = case.get("subject.first_name") + case.get("subject.last_name")
    assert any(unicodedata.decomposition(ch) for ch in vietnamese)  # Latin with diacritics
    assert "CJK" in _scripts(case.get("beneficiary.first_name") + case.get("beneficiary.last_name"))
    assert "ARABIC" in _scripts(case.get("submitter.name"))


def test_attorney_samples_differ_only_by_the_g28():
    with_g28 = load_sample("attorney_with_g28").to_answers()
    without = load_sample("attorney_without_g28").to_answers()
    assert [d["category"] for d in with_g28.pop("documents")] == ["g28"]
    assert with_g28 == without


def test_protected_category_sample_is_signed_in_ink():
    case = load_sample("protected_category")
    assert case.get("subject.protected_category") is True
    assert case.get("consent.signature_method") == "wet_ink"
