"""Crypto-shredding a case folder: destroy the wrapped case key, then the files.

Once the only wrapped copies of the case key are gone, every other file of the case (and
any copy of it, e.g. in a backup of the disk) is unreadable.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from ombud_desktop.vault.atomic import fsync_dir
from ombud_desktop.vault.storage import DAMAGED_DIR, backup_path

KEY_FILE = "key.ombud"
DELETING_MARK = "deleting"  # a deletion in progress: finished at the next start


def shred_folder(folder: Path) -> None:
    """Crypto-shred a case folder: mark it, destroy its key files, then remove the rest.

    The mark lets the next start finish a deletion that a crash interrupted.
    """
    (folder / DELETING_MARK).touch(mode=0o600)
    fsync_dir(folder)
    for key_file in (folder / KEY_FILE, backup_path(folder / KEY_FILE)):
        shred_file(key_file)
    fsync_dir(folder)
    shutil.rmtree(folder)
    fsync_dir(folder.parent)


def shred_file(path: Path) -> None:
    """Overwrite a key file with random bytes, then remove it (best effort on SSDs)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b") as handle:
        handle.write(os.urandom(size))
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()


def shred_damaged_copies(data_dir: Path, case_id: str) -> None:
    """Files of case `case_id` moved aside into DATA/damaged/ (named `<time>-cases-<id>-
    <file>`): key copies are overwritten before removal, the rest removed."""
    damaged = data_dir / DAMAGED_DIR
    if not damaged.is_dir():
        return
    for path in damaged.iterdir():
        if path.name.split("-", 1)[-1].startswith(f"cases-{case_id}-"):
            if KEY_FILE in path.name:
                shred_file(path)
            else:
                path.unlink(missing_ok=True)
    fsync_dir(damaged)
