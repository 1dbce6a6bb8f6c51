"""Start-up loads only what the first screen needs. The unlock screen (and the first-run
screen) come up without the wizard, the form spec, the PDF libraries or other languages;
the list below is every module of the app the unlock screen may load, so that nothing
creeps back into start-up unnoticed: a module added to this path must be added here,
on purpose, after measuring it (`python -X importtime`, benchmarks/bench_gui_startup.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ombud_desktop.vault import Vault

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "a start-up test passphrase"

FIRST_SCREEN = {
    "ombud_desktop",
    "ombud_desktop.app",
    "ombud_desktop.core",
    "ombud_desktop.core.conditions",  # core.facts: the document categories the vault keeps
    "ombud_desktop.core.facts",
    "ombud_desktop.core.json_types",  # the types of case data (vault.records): < 1 ms
    "ombud_desktop.core.model",
    "ombud_desktop.core.org_config",
    "ombud_desktop.core.sections",
    "ombud_desktop.core.sections.filings",
    "ombud_desktop.core.spec_types",
    "ombud_desktop.core.ui_state",  # the wizard's state in a record (vault.records): < 1 ms
    "ombud_desktop.errors",
    "ombud_desktop.export",
    "ombud_desktop.export.staging",  # leftover export plaintext is swept at start
    "ombud_desktop.filetypes",
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
    "ombud_desktop.ui.main_window",
    "ombud_desktop.ui.refcount_guard",
    "ombud_desktop.ui.settings",
    "ombud_desktop.ui.unlock_screen",
    "ombud_desktop.ui.widgets",
    "ombud_desktop.ui.widgets.blocks",
    "ombud_desktop.ui.widgets.org_header",
    "ombud_desktop.ui.widgets.ring_frame",  # the focus ring, made for the first focus
    "ombud_desktop.vault",
    "ombud_desktop.vault.api",
    "ombud_desktop.vault.atomic",
    "ombud_desktop.vault.attachments",
    "ombud_desktop.vault.cases",
    "ombud_desktop.vault.errors",
    "ombud_desktop.vault.fileformat",
    "ombud_desktop.vault.kdf",
    "ombud_desktop.vault.keyring_store",
    "ombud_desktop.vault.keys",
    "ombud_desktop.vault.locations",
    "ombud_desktop.vault.lockfile",
    "ombud_desktop.vault.passphrase_strength",
    "ombud_desktop.vault.record_schema",
    "ombud_desktop.vault.records",
    "ombud_desktop.vault.rotation",
    "ombud_desktop.vault.shred",
    "ombud_desktop.vault.state",  # the authenticated version record, read at unlock
    "ombud_desktop.vault.storage",
    "ombud_desktop.vault.stream",
    "ombud_desktop.vault.vault",
}
# Never at start, and not for the wizard either: the PDF and image libraries load when a
# document is added, previewed or exported.
HEAVY = ("reportlab", "pypdf", "PIL", "pypdfium2", "img2pdf", "PySide6.QtPdf", "zxcvbn")

CHILD = """
import json, sys
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
print(json.dumps({"screen": shown, "modules": sorted(sys.modules), "laid_out": laid_out}))
"""


def report(*args: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args],
        capture_output=True, text=True, env=env, check=True, timeout=120,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def loaded(*args: str) -> tuple[str, set[str]]:
    shown = report(*args)
    return shown["screen"], set(shown["modules"])


@pytest.fixture
def locked_vault(tmp_path: Path) -> tuple[Path, str]:
    vault = Vault(tmp_path / "data")
    vault.initialize(passphrase=PASSPHRASE, use_keyring=False)
    answers = json.loads((REPO / "tests" / "data" / "complete_ready.json").read_text("utf-8"))
    record = vault.create_case({k: v for k, v in answers.items() if k != "documents"})
    vault.close()
    (tmp_path / "passphrase").write_text(PASSPHRASE)
    return tmp_path / "data", record.id


def test_unlock_screen_loads_only_the_listed_modules(locked_vault: tuple[Path, str]) -> None:
    screen, modules = loaded("--data-dir", str(locked_vault[0]))
    assert screen == "unlock"
    ours = {name for name in modules if name.split(".")[0] == "ombud_desktop"}
    assert ours - FIRST_SCREEN == set(), "new at start-up: measure, then list it here"
    # And the list stays exact: a module that no longer loads at start leaves it, so a
    # stale entry cannot make room for a new one unnoticed.
    assert FIRST_SCREEN - ours == set(), "no longer loaded at start-up: take it off the list"
    assert not [name for name in HEAVY if name in modules]
    for later in (
        "ombud_desktop.ui.wizard",
        "ombud_desktop.core.formspec",
        "ombud_desktop.ui.home",
    ):
        assert later not in modules


def test_first_run_screen_adds_only_itself(tmp_path: Path) -> None:
    screen, modules = loaded("--data-dir", str(tmp_path / "new"))
    assert screen == "first run"
    ours = {name for name in modules if name.split(".")[0] == "ombud_desktop"}
    # The first-run screen and its two parts (shared with the unlock screen's recovery
    # steps and Settings): small Qt-only modules. The unlock screen is not made.
    assert ours - FIRST_SCREEN == {
        "ombud_desktop.ui.first_run",
        "ombud_desktop.ui.new_passphrase",
        "ombud_desktop.ui.recovery_key_panel",
    }
    assert "ombud_desktop.ui.unlock_screen" not in modules
    assert not [name for name in HEAVY if name in modules]


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
