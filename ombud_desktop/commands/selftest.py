"""`ombud-desktop selftest`: can this machine run Ombud Desktop? A readable report.

Checks, each OK / WARN / FAIL: the form spec loads; Qt starts offscreen (in a child
process, so a missing system library is reported, not a crash); the PDF fonts in
resources/fonts; the keyring backend and whether it is a secure store; an encryption
round trip with the vault's own envelope. Exit 1 when an essential check fails.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import Any, NamedTuple

QT_TIMEOUT_SECONDS = 60
# Run in a child: a missing libEGL or xcb plugin aborts the process that loads Qt.
_QT_PROBE = """
import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QWizard
app = QApplication(["ombud-selftest"])
wizard = QWizard()
wizard.show()
app.processEvents()
pdf = "yes"
try:
    from PySide6.QtPdf import QPdfDocument
    QPdfDocument()
except Exception as err:
    pdf = "no (" + type(err).__name__ + ")"
print(PySide6.__version__, qVersion(), app.platformName(), pdf)
"""


class Check(NamedTuple):  # not a dataclass: keeps `inspect` out of every CLI start
    name: str
    status: str  # "OK", "WARN" (works, with a limitation), "FAIL" (essential, broken)
    detail: str


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "selftest",
        help="check that this computer can run Ombud Desktop",
        description="Check Qt (offscreen), fonts, the keyring and encryption, and print "
        "a report. Exit status 1 when something essential fails.",
    )
    # The frozen app has no `python -c`: it runs itself with this hidden flag instead.
    parser.add_argument("--qt-probe", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def _qt_probe_command() -> list[str]:
    if getattr(sys, "frozen", False):  # PyInstaller bundle: sys.executable is the app
        return [sys.executable, "selftest", "--qt-probe"]
    return [sys.executable, "-c", _QT_PROBE]


def check_form_spec() -> Check:
    from ombud_desktop.core import formspec

    fields, sections = len(formspec.all_fields()), len(formspec.SECTIONS)
    return Check("Form spec", "OK", f"{fields} fields in {sections} sections")


def check_qt() -> Check:
    import subprocess

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        result = subprocess.run(
            _qt_probe_command(),
            capture_output=True,
            text=True,
            env=env,
            timeout=QT_TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        return Check("Qt", "FAIL", f"did not start within {QT_TIMEOUT_SECONDS} s")
    if result.returncode != 0:
        lines = [ln for ln in (result.stderr or result.stdout).splitlines() if ln.strip()]
        reason = lines[-1] if lines else f"exit status {result.returncode}"
        return Check(
            "Qt",
            "FAIL",
            f"cannot start offscreen: {reason}. On Debian/Ubuntu run scripts/bootstrap.sh "
            "app, which installs the libraries Qt needs.",
        )
    try:
        pyside, qt, platform, pdf = result.stdout.split(maxsplit=3)
    except ValueError:
        return Check("Qt", "FAIL", f"unexpected answer from the Qt probe: {result.stdout!r}")
    pdf = pdf.strip()
    status = "OK" if pdf == "yes" else "WARN"
    return Check(
        "Qt", status, f"starts offscreen (PySide6 {pyside}, Qt {qt}, {platform}); QtPdf: {pdf}"
    )


def check_fonts() -> Check:
    """Every font file the PDF renderer draws with is in resources/fonts."""
    from ombud_desktop.documents.fonts import FACES
    from ombud_desktop.resources import resource_path

    folder = resource_path("fonts")
    present = sorted(p.name for p in folder.glob("*") if p.suffix.lower() in (".ttf", ".otf"))
    needed = sorted({name for face in FACES for name in (face.regular_file, face.bold_file)})
    missing = [name for name in needed if name not in present]
    if missing:
        return Check(
            "Fonts",
            "FAIL",
            f"missing from {folder}: {', '.join(missing)}. PDFs could not show every "
            "script; reinstall Ombud Desktop.",
        )
    licences = sorted(p.name for p in folder.glob("*.txt"))
    detail = f"all {len(needed)} the PDFs use are in {folder}: {', '.join(present)}"
    return Check(
        "Fonts", "OK", detail + (f" (licences: {', '.join(licences)})" if licences else "")
    )


def check_keyring() -> Check:
    from ombud_desktop.vault.keyring_store import backend_description

    name, secure = backend_description()
    if secure:
        return Check("Keyring", "OK", f"{name} is a secure store for the vault key")
    return Check(
        "Keyring",
        "WARN",
        f"{name} is not a secure store: the vault will be protected by a passphrase instead",
    )


def check_encryption() -> Check:
    """Seal and open a record with the vault's envelope; a changed byte must be refused."""
    from ombud_desktop.vault import fileformat
    from ombud_desktop.vault.errors import CorruptFileError

    key = os.urandom(32)
    plain = "selftest: Nguyễn 王 فاطمة".encode()
    sealed = fileformat.seal(key, fileformat.KIND_RECORD, {"selftest": True}, plain)
    header, body = fileformat.parse_sealed(sealed, "selftest", fileformat.KIND_RECORD)
    if fileformat.open_sealed(key, header, body, "selftest") != plain:
        return Check("Encryption", "FAIL", "decrypted text differs from the original")
    tampered = bytearray(body)
    tampered[0] ^= 1
    try:
        fileformat.open_sealed(key, header, bytes(tampered), "selftest")
    except CorruptFileError:
        return Check("Encryption", "OK", "AES-256-GCM round trip works; a changed byte is refused")
    return Check("Encryption", "FAIL", "a changed encrypted byte was not detected")


CHECKS: tuple[Callable[[], Check], ...] = (
    check_form_spec,
    check_qt,
    check_fonts,
    check_keyring,
    check_encryption,
)


def _run_check(check: Callable[[], Check]) -> Check:
    name = check.__name__.removeprefix("check_").replace("_", " ").capitalize()
    try:
        return check()
    except Exception as err:  # a broken install must still give a full report
        return Check(name, "FAIL", f"{type(err).__name__}: {err}")


def run(args: argparse.Namespace) -> int:
    from ombud_desktop import __version__

    if args.qt_probe:  # the child of check_qt in a frozen app
        exec(_QT_PROBE, {})
        return 0
    print(f"Ombud Desktop {__version__} self-test (Python {sys.version.split()[0]})")
    results = [_run_check(check) for check in CHECKS]
    for result in results:
        print(f"  {result.status:<4}  {result.name}: {result.detail}")
    failed = [r.name for r in results if r.status == "FAIL"]
    if failed:
        print(f"Result: {len(failed)} essential check(s) failed: {', '.join(failed)}.")
        return 1
    warned = sum(r.status == "WARN" for r in results)
    print("Result: all essential checks passed" + (f" ({warned} warning(s))." if warned else "."))
    return 0
