"""Shared fixtures for core tests: the sample answers and a fixed "today"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ombud_desktop.core.model import Case

DATA = Path(__file__).resolve().parent.parent / "data"
# Every sample's dates are chosen against this day (e.g. the last USCIS call 73 days before).
TODAY = date(2026, 11, 20)


def load_sample(name: str) -> Case:
    return Case.from_json((DATA / f"{name}.json").read_bytes(), source=name)


def codes(findings, field: str | None = None) -> set[str]:
    return {f.code for f in findings if field is None or f.field == field}


@pytest.fixture
def ready_case() -> Case:
    """The complete sample: ready, no findings, so each test changes one thing."""
    return load_sample("complete_ready")
