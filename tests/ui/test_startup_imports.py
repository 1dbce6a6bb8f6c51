"""Start-up loads only what the first screen needs. The unlock screen (and the first-run
screen) come up without the wizard, the form spec, the PDF libraries or other languages;
the list below is every module of the app the unlock screen may load, so that nothing
creeps back into start-up unnoticed: a module added to this path must be added here,
on purpose, after measuring it (`python -X importtime`, benchmarks/bench_gui_startup.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.app_child import child_json, vault_with_a_case

PASSPHRASE = "a start-up test passphrase"

FIRST_SCREEN = {
    "ombud_desktop",
    "ombud_desktop.app",
    "ombud_desktop.core",
    "ombud_desktop.core.org_config",
    "ombud_desktop.errors",
    "ombud_desktop.export",
    "ombud_desktop.export.staging",  # leftover export plaintext is swept at start
    "ombud_desktop.i18n",
    "ombud_desktop.i18n.bidi",  # landed with the RTL isolates; not listed there
    "ombud_desktop.i18n.languages",
    "ombud_desktop.i18n.markers",
    "ombud_desktop.resources",
    "ombud_desktop.startup",
    "ombud_desktop.ui",
    "ombud_desktop.ui.accessibility",  # landed with the screen-reader work; not listed there
    "ombud_desktop.ui.appearance",
    "ombud_desktop.ui.application",
    "ombud_desktop.ui.error_text",
    "ombud_desktop.ui.file_dialogs",  # Qt's settings into the data folder (a few lines)
    "ombud_desktop.ui.focus_ring",  # the ring on the focused widget (no app style sheet)
    "ombud_desktop.ui.idle_lock",
    "ombud_desktop.ui.language_picker",
    "ombud_desktop.ui.language_runtime",
    "ombud_desktop.ui.lazy_vault",  # the vault behind its door, built when unlocked
    "ombud_desktop.ui.main_window",
    "ombud_desktop.ui.qt_keys",  # enum properties set by name, without the Qt namespace
    "ombud_desktop.ui.refcount_guard",
    "ombud_desktop.ui.settings",
    "ombud_desktop.ui.unlock_screen",
    "ombud_desktop.ui.widgets",
    "ombud_desktop.ui.widgets.blocks",
    "ombud_desktop.ui.widgets.org_header",
    "ombud_desktop.ui.widgets.ring_frame",  # the focus ring, made for the first focus
    # The vault's door (which vault is there, how it unlocks, the instance lock) and the
    # key store it reads; not the vault's cases, records or the core model (~25 ms).
    "ombud_desktop.vault",
    "ombud_desktop.vault.atomic",
    "ombud_desktop.vault.door",
    "ombud_desktop.vault.errors",
    "ombud_desktop.vault.fileformat",
    "ombud_desktop.vault.kdf",
    "ombud_desktop.vault.keyring_store",
    "ombud_desktop.vault.keys",
    "ombud_desktop.vault.locations",
    "ombud_desktop.vault.lockfile",
    "ombud_desktop.vault.storage",
}
# Never at start, and not for the wizard either: the PDF and image libraries load when a
# document is added, previewed or exported.
HEAVY = ("reportlab", "pypdf", "PIL", "pypdfium2", "img2pdf", "PySide6.QtPdf", "zxcvbn")
# Not before the first screen either: the cryptography (~10 ms), hashlib with OpenSSL's
# libcrypto (~3 ms) and the system keyring (it scans every installed package's entry
# points) load when the vault is unlocked.
UNLOCKING = ("cryptography", "hashlib", "keyring")

CHILD = """
import builtins, json, sys
from PySide6.QtWidgets import QApplication
from ombud_desktop.app import create_main_window
window = create_main_window(sys.argv[1:])
window.show()
QApplication.processEvents()
screen = window.stack.currentWidget()
shown = ("wizard" if screen is window.wizard and screen is not None
         else "unlock" if window.is_locked()
         else "first run" if screen is window.first_run else type(screen).__name__)
laid_out = window.wizard.stack.count() if window.wizard is not None else 0
qt_namespace = "Qt" in vars(sys.modules["PySide6.QtCore"])  # made by PySide when first used
print(json.dumps({"screen": shown, "modules": sorted(sys.modules), "laid_out": laid_out,
                  "import": builtins.__import__.__name__, "qt_namespace": qt_namespace}))
"""


def report(*args: str) -> dict:
    return child_json(CHILD, *args)


@pytest.fixture
def locked_vault(tmp_path: Path) -> tuple[Path, str]:
    return vault_with_a_case(tmp_path, PASSPHRASE)


def test_unlock_screen_loads_only_the_listed_modules(locked_vault: tuple[Path, str]) -> None:
    shown = report("--data-dir", str(locked_vault[0]))
    screen, modules = shown["screen"], set(shown["modules"])
    assert screen == "unlock"
    ours = {name for name in modules if name.split(".")[0] == "ombud_desktop"}
    assert ours - FIRST_SCREEN == set(), "new at start-up: measure, then list it here"
    # And the list stays exact: a module that no longer loads at start leaves it, so a
    # stale entry cannot make room for a new one unnoticed.
    assert FIRST_SCREEN - ours == set(), "no longer loaded at start-up: take it off the list"
    assert not [name for name in HEAVY + UNLOCKING if name in modules]
    # PySide's __feature__ wrapper is off the import statement (app.plain_imports): it
    # read the source of every module imported after PySide6 (15-20 ms of this screen).
    assert shown["import"] != "__feature_import__"
    # Nor PySide's Qt namespace: its 94 enum types, made at its first use, cost ~20 ms
    # (ui/qt_keys.py); it is made on the loop's next turn.
    assert not shown["qt_namespace"]
    for later in (
        "ombud_desktop.ui.wizard",
        "ombud_desktop.core.formspec",
        "ombud_desktop.ui.home",
        "ombud_desktop.vault.api",
        "ombud_desktop.core.model",
    ):
        assert later not in modules


def test_first_run_screen_adds_only_itself(tmp_path: Path) -> None:
    shown = report("--data-dir", str(tmp_path / "new"))
    screen, modules = shown["screen"], set(shown["modules"])
    assert screen == "first run"
    assert not shown["qt_namespace"]  # as on the unlock screen (ui/qt_keys.py)
    ours = {name for name in modules if name.split(".")[0] == "ombud_desktop"}
    # The first-run screen and its two parts (shared with the unlock screen's recovery
    # steps and Settings): small Qt-only modules. The unlock screen is not made. The
    # keyring is looked for on a thread once the screen is painted (ui/keyring_probe.py).
    assert ours - FIRST_SCREEN == {
        "ombud_desktop.ui.keyring_probe",
        "ombud_desktop.ui.first_run",
        "ombud_desktop.ui.new_passphrase",
        "ombud_desktop.ui.recovery_key_panel",
    }
    assert "ombud_desktop.ui.unlock_screen" not in modules
    assert not [name for name in HEAVY + UNLOCKING if name in modules]


def test_opening_a_case_loads_no_pdf_or_image_library(
    locked_vault: tuple[Path, str], tmp_path: Path
) -> None:
    data, case_id = locked_vault
    secret = str(tmp_path / "passphrase")
    args = ("--data-dir", str(data), "--passphrase-file", secret, "--open", case_id)
    shown = report(*args)
    assert shown["screen"] == "wizard"
    assert not [name for name in HEAVY if name in shown["modules"]]
    # Nor the export's machinery (its process, ~12 ms): it loads when a package is made,
    # nor the Send step itself, made on its first visit.
    assert "ombud_desktop.ui.export_worker" not in shown["modules"]
    assert "ombud_desktop.ui.pages.export_page" not in shown["modules"]  # made when visited
    # Nor what a step loads when it is used: the notice reader, the signature pad.
    assert "ombud_desktop.ui.notice_dialog" not in shown["modules"]
    assert "ombud_desktop.ui.widgets.signature_pad" not in shown["modules"]
    assert "multiprocessing" not in shown["modules"]
    assert shown["laid_out"] == 1  # the page shown; the others when first visited


# After the first screen is shown, the event loop's next turn starts loading what
# unlocking needs on a background thread; the person may unlock before it has finished.
WARM_UP = """
import json, sys, threading, importlib.abc
from PySide6.QtWidgets import QApplication
from ombud_desktop.app import create_main_window

entered, go_on = threading.Event(), threading.Event()


class HoldWarmUp(importlib.abc.MetaPathFinder):
    # Stops the warm-up thread in the middle of loading the vault (the modules it has
    # begun stay locked by the import system) until the UI thread is about to unlock.
    def find_spec(self, name, path, target=None):
        if name == "ombud_desktop.vault.records" and threading.current_thread().name == (
            "vault warm-up"
        ):
            entered.set()
            go_on.wait()
        return None


hold, passphrase = sys.argv[1] == "hold", sys.argv[2]
if hold:
    sys.meta_path.insert(0, HoldWarmUp())
window = create_main_window(sys.argv[3:])
window.show()
QApplication.processEvents()  # the first paint
before = window.lazy_vault.warming is not None
QApplication.processEvents()  # the next turn: the warm-up starts
started = window.lazy_vault.warming is not None
if hold:
    entered.wait()
    half_loaded = "ombud_desktop.vault.api" in sys.modules  # begun, not finished
    go_on.set()
    screen = window.unlock_screen
    screen.passphrase.setText(passphrase)
    screen.try_passphrase()  # waits for the modules the warm-up is loading
    result = {"unlocked": window.lazy_vault.is_unlocked, "half_loaded": half_loaded,
              "home": window.stack.currentWidget() is window.home}
else:
    window.lazy_vault.warming.join()
    result = {"vault_code": "ombud_desktop.vault.api" in sys.modules,
              "cryptography": "cryptography.hazmat.primitives.ciphers.aead" in sys.modules}
window.close()
print(json.dumps({"before_paint_turn": before, "started": started, **result}))
"""


def warm_up_child(*args: str) -> dict:
    return child_json(WARM_UP, *args)


def test_what_unlocking_needs_loads_once_the_first_screen_is_shown(
    locked_vault: tuple[Path, str],
) -> None:
    shown = warm_up_child("free", "", "--data-dir", str(locked_vault[0]))
    assert shown["before_paint_turn"] is False  # not in the way of the first paint
    assert shown["started"] and shown["vault_code"] and shown["cryptography"]


def test_unlocking_while_the_warm_up_is_loading_the_vault(locked_vault: tuple[Path, str]) -> None:
    shown = warm_up_child("hold", PASSPHRASE, "--data-dir", str(locked_vault[0]))
    assert shown["started"] and shown["half_loaded"]
    assert shown["unlocked"] and shown["home"]
