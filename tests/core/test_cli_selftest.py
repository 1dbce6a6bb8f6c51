"""`ombud-desktop selftest` reports each check, and its exit status follows the checks."""

from __future__ import annotations

import re

from ombud_desktop.commands import selftest
from ombud_desktop.resources import resource_path
from tests.cli_runner import run_cli


def _lines(stdout: str) -> dict[str, tuple[str, str]]:
    found = {}
    for line in stdout.splitlines():
        match = re.match(r"^  (OK|WARN|FAIL)\s+([^:]+): (.*)$", line)
        if match:
            found[match.group(2)] = (match.group(1), match.group(3))
    return found


def test_selftest_reports_every_check_and_exits_by_the_essential_ones():
    result = run_cli("selftest")
    lines = _lines(result.stdout)
    assert set(lines) == {"Form spec", "Qt", "Fonts", "Keyring", "Encryption"}
    assert lines["Qt"][0] == "OK" and "offscreen" in lines["Qt"][1]
    assert lines["Encryption"][0] == "OK"
    assert lines["Fonts"][0] == "OK"  # the documents part ships every face it draws with
    for name in sorted(p.name for p in resource_path("fonts").glob("*.ttf")):
        assert name in lines["Fonts"][1]
    failed = any(status == "FAIL" for status, _ in lines.values())
    assert result.returncode == (1 if failed else 0)


def test_selftest_calls_the_test_keyring_not_secure():
    # conftest makes child processes use keyring.backends.fail.Keyring
    result = run_cli("selftest")
    status, detail = _lines(result.stdout)["Keyring"]
    assert status == "WARN" and "fail.Keyring" in detail and "passphrase" in detail


def test_selftest_reports_a_qt_that_cannot_start_instead_of_crashing(monkeypatch):
    monkeypatch.setattr(selftest, "_QT_PROBE", "raise SystemExit('libEGL.so.1: cannot open')")
    check = selftest.check_qt()
    assert check.status == "FAIL" and "libEGL.so.1" in check.detail
    assert "bootstrap" in check.detail


def test_selftest_names_a_missing_font(monkeypatch, tmp_path):
    from ombud_desktop import resources

    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "NotoSans-Regular.ttf").write_bytes(b"")
    monkeypatch.setattr(resources, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    check = selftest.check_fonts()
    assert check.status == "FAIL" and "NotoSans-Bold.ttf" in check.detail
