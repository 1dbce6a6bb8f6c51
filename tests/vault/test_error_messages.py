"""Vault errors keep their English sentence (the CLI prints it) and carry a template and
parameters the GUI translates; a message quoted inside another is translated too."""

from __future__ import annotations

import errno
from pathlib import Path

from ombud_desktop.i18n import catalog
from ombud_desktop.vault.atomic import save_failed
from ombud_desktop.vault.errors import CorruptFileError, SaveFailedError
from ombud_desktop.vault.fileformat import damaged
from ombud_desktop.vault.storage import _unrecoverable


def french(text: str) -> str:
    return catalog.translate("errors", text, "fr")


def test_a_full_disk_names_the_file_and_folder_in_both_languages():
    err = save_failed(OSError(errno.ENOSPC, "No space left on device"), Path("/data/case.ombud"))
    assert isinstance(err, SaveFailedError)
    assert str(err) == (
        "Could not save case.ombud in /data: the disk is full. Free some space, then save again."
    )
    assert err.params == {"name": "case.ombud", "folder": Path("/data")}
    said = err.localized(french)
    assert "case.ombud" in said and "/data" in said and "disque est plein" in said


def test_an_unrecoverable_file_quotes_the_damage_in_the_same_language():
    problem = damaged(Path("/v/cases/x/case.ombud"), "integrity check failed")
    assert isinstance(problem, CorruptFileError) and problem.path == Path("/v/cases/x/case.ombud")
    template = (
        "{problem} It cannot be restored automatically: there is no backup copy. The file "
        "was left untouched; keep it and ask your support contact for help."
    )
    err = _unrecoverable(problem, Path("/v/cases/x/case.ombud"), template)
    assert str(err).startswith("The file /v/cases/x/case.ombud is damaged") and "no backup" in str(
        err
    )
    said = err.localized(french)
    assert said.startswith("Le fichier /v/cases/x/case.ombud est endommagé")
    assert "(integrity check failed)" in said and "copie de sauvegarde" in said
