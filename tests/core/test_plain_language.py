"""Help texts aim at a 6th-grade reading level (Flesch-Kincaid grade, rough syllables)."""

from __future__ import annotations

import re
import statistics

from ombud_desktop.core import formspec


def _syllables(word: str) -> int:
    word = re.sub(r"[^a-z]", "", word.lower())
    if len(word) <= 3:
        return 1
    word = re.sub(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$", "", word)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", word.removeprefix("y"))))


def grade(text: str) -> float:
    sentences = max(1, len(re.findall(r"[.!?:]+(?:\s|$)", text)))
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    if not words:
        return 0.0
    syllables = sum(_syllables(w) for w in words)
    return 0.39 * len(words) / sentences + 11.8 * syllables / len(words) - 15.59


def test_grade_formula_tells_plain_from_dense_text():
    assert grade("The cat sat on the mat. It was warm.") < 3
    assert (
        grade("Notwithstanding administrative adjudication, representatives' accreditation.") > 12
    )


def test_help_texts_read_at_about_6th_grade_level():
    grades = {f.id: grade(f.help) for f in formspec.all_fields()}
    assert statistics.mean(grades.values()) <= 6
    too_hard = {i: round(g, 1) for i, g in grades.items() if g > 10}
    assert too_hard == {}


def test_section_intros_read_at_about_6th_grade_level():
    assert all(grade(s.intro) <= 10 for s in formspec.SECTIONS)
