"""The app in a fresh child process (offscreen), for what only a new process shows
(what start-up loads, what a warm-up loads ahead), and a vault with one case for it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


def child_json(code: str, *args: str | Path, timeout: int = 120) -> Any:
    """Run `code` (with `args`) in a new Python that imports the app from this tree; the
    JSON of its last line of output."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        capture_output=True, text=True, env=env, check=True, timeout=timeout,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def vault_with_a_case(folder: Path, passphrase: str) -> tuple[Path, str]:
    """(data folder, case id): a locked vault in `folder`/data holding the complete
    sample case, and `passphrase` in `folder`/passphrase for --passphrase-file."""
    from ombud_desktop.vault import Vault

    vault = Vault(folder / "data")
    vault.initialize(passphrase=passphrase, use_keyring=False)
    answers = json.loads((REPO / "tests" / "data" / "complete_ready.json").read_text("utf-8"))
    record = vault.create_case({k: v for k, v in answers.items() if k != "documents"})
    vault.close()
    (folder / "passphrase").write_text(passphrase)
    return folder / "data", record.id
