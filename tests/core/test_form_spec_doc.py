"""docs/form-spec.md describes the form as the code implements it: every field id of the
form spec and every cross-field rule is named there, so the document cannot fall behind."""

from __future__ import annotations

from pathlib import Path

from ombud_desktop.core import formspec
from ombud_desktop.core.rules import RULES

DOC = (Path(__file__).resolve().parents[2] / "docs" / "form-spec.md").read_text("utf-8")


def test_every_field_id_is_described():
    missing = [f.id for s in formspec.SECTIONS for f in s.fields if f"`{f.id}`" not in DOC]
    assert missing == []


def test_every_choice_code_is_described():
    missing = [
        f"{f.id}={c.code}"
        for s in formspec.SECTIONS
        for f in s.fields
        for c in f.choices
        if f"`{c.code}`" not in DOC
    ]
    assert missing == []


def test_every_rule_is_described():
    assert [rule.__name__ for rule in RULES if f"`{rule.__name__}`" not in DOC] == []
