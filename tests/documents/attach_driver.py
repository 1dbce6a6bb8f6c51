"""Attach one file as the Documents step (`gui`) or `case attach` (`cli`) does, in this
process: the attach check, then the streamed import into a new vault's case. Prints, as
JSON, whether it was added (else the refusal), how much the peak resident memory grew
and how many bytes were read while it ran (imports and the vault's set-up not counted).

    python -m tests.documents.attach_driver gui|cli FILE VAULT_FOLDER

Used by tests/documents/test_attach_memory.py and benchmarks/bench_vault.py."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from benchmarks._memory import bytes_read, peak_rss_kib, reset_peak_rss_kib
from ombud_desktop.errors import UserFacingError
from ombud_desktop.vault import Vault


def main(way: str, file: str, folder: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import ombud_desktop.documents.attachments  # noqa: F401 - imported before measuring
    from ombud_desktop.commands.cases import _check_turns_into_pages
    from ombud_desktop.ui.pages.documents import _checked

    path = Path(file)
    vault = Vault(Path(folder))
    vault.initialize(passphrase="attach driver passphrase", use_keyring=False)
    record = vault.create_case({})
    outcome = {"added": False, "message": ""}
    read_before, rss_before = bytes_read(), reset_peak_rss_kib()
    try:
        if way == "gui":
            source, _thumbnail = _checked(path, None)
        else:
            _check_turns_into_pages(path)
            source = path
        vault.add_attachment(record, source, category="other", original_filename=path.name)
        outcome["added"] = True
    except UserFacingError as refused:
        outcome["message"] = str(refused)
    growth_kib = peak_rss_kib() - rss_before
    read_after = bytes_read()
    read = None if read_before is None or read_after is None else read_after - read_before
    vault.close()
    print(json.dumps({**outcome, "growth_kib": growth_kib, "read": read}))


if __name__ == "__main__":
    main(*sys.argv[1:4])
