"""The vault as the app uses it: the encrypted cases plus hand-off files.

Hand-off files build on the case operations (they read a case's attachments and build a
new case folder), so they sit above `cases.py` and this class joins the two.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from ombud_desktop.vault.attachments import Progress
from ombud_desktop.vault.cases import CaseVault
from ombud_desktop.vault.records import CaseRecord


class Vault(CaseVault):
    """Encrypted cases and their hand-off files. Typical use:

    vault = Vault(data_dir)            # takes the instance lock
    vault.unlock(passphrase)           # or unlock() for the system keyring
    record = vault.create_case(answers)
    record.answers["subject"]["city"] = "Austin"; vault.save_case(record)
    """

    def export_handoff(
        self,
        case_id: str,
        out: str | os.PathLike[str],
        passphrase: str,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Path:
        """Write the whole case to a passphrase-encrypted hand-off file `out`."""
        from ombud_desktop.vault import handoff  # zip and the hand-off checks: when used

        return handoff.export_handoff(
            self, case_id, Path(out), passphrase, progress=progress, cancelled=cancelled
        )

    def import_handoff(
        self,
        path: str | os.PathLike[str],
        passphrase: str,
        *,
        on_conflict: Literal["refuse", "replace", "new_id"] = "refuse",
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> CaseRecord:
        """Add a hand-off file's case; an existing case is replaced only when asked."""
        from ombud_desktop.vault import handoff

        return handoff.import_handoff(
            self,
            Path(path),
            passphrase,
            on_conflict=on_conflict,
            progress=progress,
            cancelled=cancelled,
        )
