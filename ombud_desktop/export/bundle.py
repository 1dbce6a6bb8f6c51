"""Writes a bundle folder (or a single zip) so that it appears whole or not at all.

Everything goes into a hidden temporary sibling of the final folder and is renamed into
place at the end: a cancel, a crash or a full disk leaves no half-written bundle behind.
Export files are the only plaintext the app ever writes, and only where the person chose.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import re
import shutil
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from ombud_desktop.core.plain_text import printable
from ombud_desktop.errors import UserFacingError
from ombud_desktop.export import staging
from ombud_desktop.export.progress import Progress
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

Opener = Callable[[Path], BinaryIO]  # opens a new file for writing (tests inject failures)
_NO_SPACE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def bundle_name(subject_name: str, first_receipt: str, day: dt.date, channel: str) -> str:
    """ "DHS-7001 Maria Lopez IOE0912345678 2026-11-27 email": safe on Windows, macOS, Linux."""
    name = printable(unicodedata.normalize("NFC", subject_name))
    name = " ".join(_FORBIDDEN.sub(" ", name).split())[:60].strip(" .") or "request"
    receipt = _FORBIDDEN.sub("", printable(first_receipt))
    parts = ["DHS-7001", name, receipt, day.isoformat(), channel]
    return " ".join(p for p in parts if p)


PRIVATE_FILE = 0o600  # what an export writes is readable by the user alone
PRIVATE_FOLDER = 0o700


def _open_new(path: Path) -> BinaryIO:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(path, flags, PRIVATE_FILE), "wb")


def write_private(path: Path, data: bytes) -> None:
    """Write a single export file (the reminders' .ics) readable by the user alone, even
    when it replaces an older file that others could read. Raises OSError."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    with os.fdopen(os.open(path, flags, PRIVATE_FILE), "wb") as handle:
        os.chmod(path, PRIVATE_FILE)
        handle.write(data)


class BundleWriter:
    """Collects files for one bundle, then `finish()` writes manifest, checksums and renames."""

    def __init__(
        self,
        out_dir: Path,
        name: str,
        *,
        progress: Progress | None = None,
        opener: Opener = _open_new,
        as_zip: bool = False,
        journal_dir: Path | None = None,
    ) -> None:
        """`journal_dir`: the data folder, whose journal lists staging folders so the next
        start removes what a crash left (export/staging.py)."""
        self.out_dir = out_dir
        self._journal_dir = journal_dir
        self.progress = progress or Progress()
        self._opener = opener
        self._as_zip = as_zip
        self._entries: list[dict[str, object]] = []
        try:
            out_dir.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
            staging.remove_leftovers_in(out_dir)
            self.final = _free_path(out_dir, name, ".zip" if as_zip else "")
            self._tmp = Path(tempfile.mkdtemp(prefix=staging.staging_prefix(), dir=out_dir))
        except OSError as err:
            raise _write_error(err, out_dir) from err
        staging.remember(journal_dir, self._tmp)
        self.root = self._tmp / self.final.stem if as_zip else self._tmp
        self.root.mkdir(exist_ok=True, mode=PRIVATE_FOLDER)
        os.chmod(self.root, PRIVATE_FOLDER)

    def add(self, relative: str, data: bytes) -> None:
        """Write one file of the bundle and remember its size and SHA-256."""
        path = self.root / relative
        with self._all_or_nothing():
            self.progress.check()
            self._folders_for(path)
            with self._opener(path) as handle:
                for start in range(0, len(data), 1 << 20):  # cancel between megabytes
                    self.progress.check()
                    handle.write(data[start : start + (1 << 20)])
        self._entries.append(
            {"path": relative, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        )

    def finish(self, manifest: dict[str, object]) -> Path:
        """Add manifest.json and SHA256SUMS, then move the bundle into place."""
        with self._all_or_nothing():
            files = sorted(self._entries, key=lambda e: str(e["path"]))
            self.add("manifest.json", _manifest_bytes({**manifest, "files": files}))
            sums = "".join(f"{e['sha256']}  {e['path']}\n" for e in files)
            self.add("SHA256SUMS", sums.encode())
            self.progress.check()
            if self._as_zip:
                self._zip_into_place()
            else:
                os.replace(self.root, self.final)
        self.abort()
        return self.final

    def _folders_for(self, path: Path) -> None:
        """Create the folders above `path` inside the bundle, readable by the user alone."""
        missing = []
        folder = path.parent
        while folder != self.root and not folder.exists():
            missing.append(folder)
            folder = folder.parent
        for folder in reversed(missing):
            folder.mkdir(mode=PRIVATE_FOLDER)
            os.chmod(folder, PRIVATE_FOLDER)  # mkdir's mode is reduced by the umask only

    @contextlib.contextmanager
    def _all_or_nothing(self) -> Iterator[None]:
        """Any failure or cancel removes the partial bundle; OS errors become sentences."""
        try:
            yield
        except OSError as err:
            self.abort()
            raise _write_error(err, self.out_dir) from err
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        shutil.rmtree(self._tmp, ignore_errors=True)
        staging.forget(self._journal_dir, self._tmp)

    def _zip_into_place(self) -> None:
        partial = self._tmp / "bundle.zip"
        with zipfile.ZipFile(partial, "x", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(self.root.rglob("*")):
                self.progress.check()
                if path.is_file():
                    archive.write(path, path.relative_to(self._tmp).as_posix())
        os.chmod(partial, PRIVATE_FILE)
        os.replace(partial, self.final)


def _manifest_bytes(manifest: dict[str, object]) -> bytes:
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _free_path(out_dir: Path, name: str, suffix: str) -> Path:
    """`name`, or `name (2)`, ... so an earlier export is never overwritten."""
    candidate = out_dir / f"{name}{suffix}"
    number = 2
    while candidate.exists():
        candidate = out_dir / f"{name} ({number}){suffix}"
        number += 1
    return candidate


def _write_error(err: OSError, out_dir: Path) -> UserFacingError:
    if err.errno in _NO_SPACE:
        return UserFacingError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "There is not enough free space in {folder} to save the export. Nothing was "
                "saved. Free some space or choose another folder (for example a USB stick), "
                "then export again.",
            ),
            params={"folder": out_dir},
        )
    if err.errno in {errno.EACCES, errno.EPERM, errno.EROFS}:
        return UserFacingError(
            template=QT_TRANSLATE_NOOP(
                "errors",
                "The app may not write in {folder}. Nothing was saved. Choose another folder, "
                "then export again.",
            ),
            params={"folder": out_dir},
        )
    return UserFacingError(
        template=QT_TRANSLATE_NOOP(
            "errors",
            "The export could not be saved in {folder} ({reason}). Nothing was saved. "
            "Choose another folder, then export again.",
        ),
        params={"folder": out_dir, "reason": err.strerror or err},
    )


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
