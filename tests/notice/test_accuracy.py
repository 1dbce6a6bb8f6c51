"""The issue's accuracy floors on a subset of the synthetic notice set (the benchmark
benchmarks/bench_notice_reader.py reads the whole set and times it)."""

from __future__ import annotations

import pytest

from ombud_desktop.notice.reader import load_page, read_image
from tests.notice.accuracy import score
from tests.notice.synthetic import sample

# 12 of the set's files, every kind: clean PDFs (seed % 8 == 0), flat scans (== 1), photos.
SUBSET = (200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211)


@pytest.fixture(scope="module")
def subset_score():
    return score((sample(seed) for seed in SUBSET), lambda data: read_image(load_page(data))[0])


def test_receipt_number_exactly_right_in_98_percent(subset_score):
    assert subset_score.rate("receipt_number") >= 0.98, subset_score.misses


@pytest.mark.parametrize("name", ["receipt_date", "notice_date", "form_number"])
def test_dates_and_form_number_right_in_95_percent(subset_score, name):
    assert subset_score.rate(name) >= 0.95, subset_score.misses


def test_no_wrong_value_without_a_low_confidence_mark(subset_score):
    assert subset_score.wrong_unmarked == []
