"""Export errors keep the English sentence (CLI) and reach the GUI translated, also from
the export's own process (which has no Qt: it translates with the catalogue)."""

from __future__ import annotations

import errno
from pathlib import Path

from ombud_desktop.errors import UserFacingError
from ombud_desktop.export.bundle import _write_error
from ombud_desktop.export.child import UNEXPECTED, _in_language


def test_a_full_disk_during_export_names_the_folder_in_either_language():
    err = _write_error(OSError(errno.ENOSPC, "No space left on device"), Path("/media/usb"))
    assert str(err).startswith("There is not enough free space in /media/usb to save")
    assert err.params == {"folder": Path("/media/usb")}
    said = _in_language(err, "es")
    assert said.startswith("No hay suficiente espacio libre en /media/usb")
    assert _in_language(err, "en") == str(err)


def test_an_unexpected_failure_in_the_export_process_is_said_in_the_persons_language():
    problem = UserFacingError(template=UNEXPECTED, params={"kind": "KeyError"})
    assert "Something went wrong while making the package (KeyError)" in str(problem)
    said = _in_language(problem, "vi")
    assert "(KeyError)" in said and "Something went wrong" not in said
