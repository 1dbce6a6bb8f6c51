from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """The .qm files are build products: make sure they match the .ts files under test."""
    from tools.i18n.build import build

    build(quiet=True)


@pytest.fixture
def english_afterwards(qapp):
    """Leave the application in English for the next test, whatever this one chose."""
    yield
    from ombud_desktop.ui.language_runtime import apply_language

    apply_language("en")


# The real window on a temporary vault, as the ui tests build it.
from tests.ui.conftest import fresh_prefs, open_window, vault_dir  # noqa: E402, F401
