"""Test isolation: offscreen Qt, a throwaway home and data folder, an in-memory keyring,
and no network at all."""

from __future__ import annotations

import gc
import os
import sys
import threading
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Child processes (CLI tests) must never reach the real keyring either.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
# Fast key derivation in tests; the real calibration is measured in benchmarks/.
os.environ["OMBUD_KDF_PROFILE"] = "test"

from ombud_desktop import netguard

netguard.install()

# Property tests draw the same examples on every run (a run that passed passes again on
# a clean clone), from no saved database. HYPOTHESIS_PROFILE=explore draws new ones.
from hypothesis import settings  # noqa: E402

settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

DATA_DIR = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for sub in ("", ".config", ".local/share", ".cache", "runtime"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "runtime"))
    monkeypatch.setenv("OMBUD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir(exist_ok=True)
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    return home


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch):
    import keyring

    from ombud_desktop.vault import keyring_store
    from tests.memory_keyring import MemoryKeyring

    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    # The vault allows only the OS's secure stores: the test store (and the tests'
    # variants of it) join that list here, nowhere else.
    variants, found = [MemoryKeyring], [MemoryKeyring]
    while found:
        found = [sub for cls in found for sub in cls.__subclasses__()]
        variants += found
    names = {
        f"{cls.__module__}.{cls.__qualname__}"
        for cls in variants
        if cls.__module__.startswith("tests.")  # not one posing as another package's
    }
    monkeypatch.setattr(keyring_store, "SECURE_BACKENDS", keyring_store.SECURE_BACKENDS | names)
    yield backend
    keyring.set_keyring(previous)


_baseline_frozen: list[bool] = []  # gc.freeze() once, after the first Qt test


@pytest.fixture(autouse=True)
def collect_qt_garbage_on_main_thread(request: pytest.FixtureRequest):
    """After a test that used Qt (qtbot or qapp), collect its garbage here, on the main
    thread. Left to the automatic collector, a cycle holding Qt wrappers can be freed on
    whatever thread next allocates (an export or save worker) and Qt aborts there: a
    segfault was seen once. Autouse fixtures are set up first, so this runs after
    pytest-qt has closed the test's widgets. What is still alive after the first such
    test (modules, the QApplication) is frozen, so each later collection only walks the
    objects tests made: 60 ms a test -> 15 ms."""
    yield
    if "qapp" in request.fixturenames:  # qtbot depends on qapp
        assert threading.current_thread() is threading.main_thread()
        _back_to_english()
        gc.collect()
        if not _baseline_frozen:
            gc.freeze()
            _baseline_frozen.append(True)


def _back_to_english() -> None:
    """A test that switched the interface language (and failed before switching back)
    must not leave the next tests reading Arabic or Spanish: their failures would say
    nothing about their own code."""
    from ombud_desktop.ui.language_runtime import apply_language, current_language

    if current_language().code != "en":
        apply_language("en")


@pytest.fixture(scope="session")
def qapp_cls():
    """pytest-qt builds the app's own QApplication subclass (idle lock, preferences)."""
    from ombud_desktop.ui.application import OmbudApplication

    return OmbudApplication


@pytest.fixture
def data_dir() -> Path:
    return DATA_DIR


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Take Qt down in order while the interpreter is still whole: wait for pool jobs,
    delete every window a test left open, then collect what referred to them. Left to
    the interpreter's exit, wrappers die in any order after the application object, and
    a run that passed ended in a segfault ("shared QObject was deleted directly")."""
    if "PySide6.QtWidgets" not in sys.modules:  # a run without Qt: nothing to take down
        return
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    from ombud_desktop.ui.background_job import wait_for_jobs

    wait_for_jobs()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    gc.unfreeze()
    gc.collect()
    # Our own objects a test made without a parent (a case session behind a lone page)
    # and that their signal connections keep alive: delete them now, not at exit.
    for leftover in gc.get_objects():
        if (
            isinstance(leftover, QObject)
            and type(leftover).__module__.startswith("ombud_desktop.")
            and leftover is not app
            and shiboken6.isValid(leftover)
            and leftover.parent() is None
        ):
            leftover.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
