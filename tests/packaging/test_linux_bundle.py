"""The Linux tarball and .deb, built for real by packaging/build-linux.sh and run offline.

One build per test module (about a minute on 2 cores); every test below uses its output.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.documents.pdftools import pdftotext
from tests.keyring_session import needs_keyring_session, vault_in_keyring_session
from tests.packaging.linux_tools import APP_ID, offline_prefix, validate_desktop, validate_metainfo

REPO = Path(__file__).resolve().parents[2]
ANSWERS = {
    "schema": "ombud-case/1",
    "subject": {
        "kind": "person",
        "first_name": "Ana",
        "last_name": "Diaz",
        "a_number": "012345678",
        "address": {"street": "1 Main St", "city": "Austin", "country": "US"},
    },
    "filings": [{"form_number": "I-130", "receipt_number": "IOE0123456789"}],
    "reasons": {"problem_description": "Pending too long"},
}

pytestmark = pytest.mark.slow


def build(out: Path, scratch: Path) -> subprocess.CompletedProcess[str]:
    """Run the real build script with a throwaway home (PyInstaller caches there)."""
    home = scratch / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "PYINSTALLER_CONFIG_DIR": str(home / "pyinstaller"),
        "PYTHON": sys.executable,
        "DEB_COMPRESSION": "gzip",  # xz triples the build time; the payload is the same
        "SOURCE_DATE_EPOCH": "1767225600",
    }
    return subprocess.run(
        [str(REPO / "packaging" / "build-linux.sh"), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("linux-build")
    result = build(root / "out", root)
    assert result.returncode == 0, result.stderr[-4000:]
    return root / "out"


def only(folder: Path, pattern: str) -> Path:
    (match,) = folder.glob(pattern)
    return match


@pytest.fixture(scope="module")
def unpacked(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(only(built, "*.tar.gz")) as archive:
        archive.extractall(target, filter="tar")
    (app_dir,) = target.iterdir()
    return app_dir


@pytest.fixture
def app(unpacked: Path, tmp_path: Path) -> Path:
    """A private copy of the unpacked app, so a test may put files beside it."""
    copy = tmp_path / "app"
    shutil.copytree(unpacked, copy, symlinks=True)
    return copy


def run_app(
    app: Path, *args: str | Path, unset: Sequence[str] = ()
) -> subprocess.CompletedProcess[str]:
    """Run the frozen app with networking switched off by the kernel."""
    prefix = offline_prefix()
    if not prefix:
        pytest.skip("cannot switch the network off: `unshare -n` needs root or user namespaces")
    env = {k: v for k, v in os.environ.items() if k not in unset}
    return subprocess.run(
        [*prefix, str(app / "ombud-desktop"), *map(str, args)],
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_build_publishes_tarball_deb_and_checksums(built: Path) -> None:
    names = sorted(p.name for p in built.iterdir())
    assert names == [
        "SHA256SUMS",
        "ombud-desktop-0.1.0-linux-amd64.tar.gz",
        "ombud-desktop_0.1.0_amd64.deb",
    ]
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=built, capture_output=True)
    assert check.returncode == 0, check.stdout


def test_tarball_menu_entry_metainfo_and_icons_validate(unpacked: Path) -> None:
    share = unpacked / "share"
    validate_desktop(share / "applications" / f"{APP_ID}.desktop")
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    validate_metainfo(metainfo)
    assert '<release version="0.1.0" date="2026-01-01"/>' in metainfo.read_text()
    for size in (16, 32, 48, 64, 128, 256, 512):
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert icon.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_tarball_files_are_normalised(built: Path) -> None:
    with tarfile.open(only(built, "*.tar.gz")) as archive:
        members = archive.getmembers()
    assert {(m.uid, m.gid, m.uname, m.gname) for m in members} == {(0, 0, "", "")}
    assert {m.mtime for m in members} == {1767225600}
    assert not [m.name for m in members if m.mode & 0o022 and not m.issym()]  # not writable


def test_menu_entry_script_points_at_the_unpacked_app(app: Path, tmp_path: Path) -> None:
    data = tmp_path / "xdg-data"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    subprocess.run([str(app / "install-menu-entry.sh")], env=env, check=True, capture_output=True)
    entry = data / "applications" / f"{APP_ID}.desktop"
    validate_desktop(entry)
    assert f'Exec="{app}/ombud-desktop"' in entry.read_text()
    assert (data / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()
    subprocess.run(
        [str(app / "install-menu-entry.sh"), "--remove"], env=env, check=True, capture_output=True
    )
    assert not entry.exists()


def test_frozen_app_starts_offline(app: Path) -> None:
    result = run_app(app, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ombud-desktop 0.1.0"


def test_frozen_selftest_passes_offline(app: Path) -> None:
    result = run_app(app, "selftest")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "QtPdf: yes" in result.stdout  # the PDF preview's module made it into the bundle
    assert "OK    Fonts:" in result.stdout  # resources/fonts found through resource_path


def test_frozen_app_reads_a_notice_offline_with_its_own_model(app: Path, tmp_path: Path) -> None:
    from tests.notice.synthetic import notice_pdf, notice_truth

    # The OCR model ships inside the bundle (packaging/ombud-desktop.spec), found first.
    assert list(app.rglob("tessdata/eng.traineddata"))
    truth = notice_truth(8)
    notice = tmp_path / "notice.pdf"
    notice.write_bytes(notice_pdf(truth))
    result = run_app(app, "read-notice", notice, "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    out = json.loads(result.stdout)
    assert (out["receipt_number"], out["form_number"]) == (truth.receipt_number, truth.form_number)


def test_frozen_app_creates_and_exports_a_whole_case_offline(app: Path, tmp_path: Path) -> None:
    answers = json.loads((REPO / "tests" / "data" / "complete_ready.json").read_text("utf-8"))
    answers.pop("documents", None)  # listed there without files
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(answers), "utf-8")
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("correct horse battery staple\n")
    data = tmp_path / "vault"
    common = ("--data-dir", data, "--passphrase-file", passphrase)
    created = run_app(app, *common, "case", "new", "--answers", answers_file)
    assert created.returncode == 0, created.stderr
    case_id = created.stdout.strip()
    listed = run_app(app, *common, "case", "list")
    assert case_id in listed.stdout, listed.stderr
    on_disk = b"".join(p.read_bytes() for p in data.rglob("*") if p.is_file())
    assert b"IOE0912345678" not in on_disk  # the vault on disk is encrypted
    out = tmp_path / "exports"
    for channel, extra in (("email", ()), ("fax", ("--tiff",))):  # fax: pdfium + TIFF G4
        exported = run_app(
            app, *common, "case", "export", case_id, "--channel", channel, "--out", out, *extra
        )
        assert exported.returncode == 0, exported.stderr
        bundle = Path(exported.stdout.splitlines()[0])
        check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=bundle, capture_output=True)
        assert check.returncode == 0, check.stdout
    (email,) = out.glob("*email")
    assert (email / "attachments" / "01-DHS-7001-form.pdf").read_bytes().startswith(b"%PDF")
    (fax,) = out.glob("*fax")
    assert (fax / "fax.tif").read_bytes()[:4] in (b"II*\x00", b"MM\x00*")


def test_portable_marker_keeps_cases_beside_the_app(app: Path, tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), "utf-8")
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("correct horse battery staple\n")
    (app / "ombud-portable").touch()
    result = run_app(
        app,
        "--passphrase-file",
        passphrase,
        "case",
        "new",
        "--answers",
        answers,
        unset=["OMBUD_DATA_DIR"],
    )
    assert result.returncode == 0, result.stderr
    assert str(app / "ombud-data") in result.stderr
    assert any((app / "ombud-data").iterdir())
    home = Path(os.environ["HOME"])
    assert not [p for p in home.rglob("*") if "ombud" in p.name.lower()]


def test_organization_file_beside_the_frozen_app_applies(app: Path, tmp_path: Path) -> None:
    """The shipped example, copied beside the program as a nonprofit would, with a logo:
    found next to the executable, checked (Pillow inside the bundle), and printed on the
    fax cover sheet by the bundled CLI."""
    from PIL import Image

    text = (app / "organization.example.toml").read_text("utf-8")
    (app / "organization.toml").write_text(text.replace('# logo = "logo.png"', 'logo = "logo.png"'))
    Image.new("RGB", (300, 100), "teal").save(app / "logo.png")
    result = run_app(app, "org-config")
    assert result.returncode == 0, result.stdout
    assert f"File: {app / 'organization.toml'}" in result.stdout
    assert "organization.name = Casa de Ayuda Community Center" in result.stdout
    assert f"organization.logo = {app / 'logo.png'}" in result.stdout
    answers = tmp_path / "answers.json"
    full = json.loads((REPO / "tests" / "data" / "complete_ready.json").read_text("utf-8"))
    full.pop("documents", None)
    answers.write_text(json.dumps(full), "utf-8")
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("correct horse battery staple\n")
    common = ("--data-dir", tmp_path / "vault", "--passphrase-file", passphrase)
    case_id = run_app(app, *common, "case", "new", "--answers", answers).stdout.strip()
    out = tmp_path / "out"
    exported = run_app(
        app, *common, "case", "export", case_id, "--channel", "fax", "--out", out
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    fax = Path(exported.stdout.splitlines()[0]) / "fax.pdf"
    cover = pdftotext(fax.read_bytes(), "-l", "1")
    assert "Casa de Ayuda Community Center" in cover and "Call Maria at 555-0100" in cover


def test_deb_installs_into_opt_with_launcher_and_menu_entry(built: Path, tmp_path: Path) -> None:
    deb = only(built, "*.deb")
    info = subprocess.run(["dpkg-deb", "--field", deb], capture_output=True, text=True, check=True)
    assert "Package: ombud-desktop" in info.stdout and "Depends: libc6 (>= " in info.stdout
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
    launcher = root / "usr" / "bin" / "ombud-desktop"
    assert os.readlink(launcher) == "../../opt/ombud-desktop/ombud-desktop"
    validate_desktop(root / "usr/share/applications" / f"{APP_ID}.desktop")
    validate_metainfo(root / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml")
    assert (root / "usr/share/doc/ombud-desktop/copyright").is_file()
    assert (root / "usr/share/doc/ombud-desktop/organization.example.toml").is_file()
    result = run_app(launcher.parent, "--version")  # through the /usr/bin symlink
    assert result.returncode == 0 and "0.1.0" in result.stdout, result.stderr


@pytest.mark.skipif(
    not os.environ.get("OMBUD_TEST_REBUILD"),
    reason="a second full build: set OMBUD_TEST_REBUILD=1 (CI's Linux job does)",
)
def test_rebuild_gives_the_same_bytes(
    built: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Same commit, same SOURCE_DATE_EPOCH, another output folder: same SHA-256 sums."""
    root = tmp_path_factory.mktemp("linux-rebuild")
    result = build(root / "out", root)
    assert result.returncode == 0, result.stderr[-4000:]
    assert (root / "out" / "SHA256SUMS").read_text() == (built / "SHA256SUMS").read_text()


@pytest.mark.integration
@needs_keyring_session
def test_frozen_app_keeps_the_vault_key_in_the_system_keyring(app: Path, tmp_path: Path) -> None:
    """keyring finds its backends through package metadata: the bundle must carry it."""
    vault_in_keyring_session(tmp_path, [str(app / "ombud-desktop")], ANSWERS)


def test_frozen_startup_benchmark_quick_mode_prints_its_ratios(
    unpacked: Path, tmp_path: Path
) -> None:
    from tests.benchmarks.test_quick_modes import run_quick

    output, figures = run_quick("bench_frozen_startup.py", tmp_path, str(unpacked))
    assert [figure.work for figure in figures][1:] == [
        "frozen: ombud-desktop --version",
        "frozen: validate complete_ready.json",
        "frozen: selftest",
    ]
    assert all(f"ratio {figure.ratio:.2f}x" in output for figure in figures)
