"""The running app read through AT-SPI, the interface Orca uses, in a private D-Bus
session with its own accessibility bus, under Xvfb: every wizard page in English and
Spanish, walked with the Next button pressed through AT-SPI.

atspi_app.py runs the app (a complete case with no first name and a wrong email);
atspi_reader.py (Debian's python3 with python3-pyatspi) walks it and reports; this test
judges the report: each page change announces the page's title, no focusable control is
without a name, no name or description says a "&" shortcut marker, no combo box is named
by its value, the messages Next stops with (a missing name, with its label in the
interface language, and a wrong email) and Next's refusals are announced and readable,
the review page's answers are question/answer pairs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def _pyatspi_available() -> bool:
    if not Path(SYSTEM_PYTHON).exists():
        return False
    found = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    return found.returncode == 0


pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        not (
            shutil.which("xvfb-run")
            and shutil.which("dbus-run-session")
            and Path(BUS_LAUNCHER).exists()
            and _pyatspi_available()
        ),
        reason="needs xvfb-run, dbus-run-session, at-spi2-core and python3-pyatspi "
        "(scripts/bootstrap.sh test installs them)",
    ),
]

# The app and the reader in one session bus; the accessibility bus is started first so
# Qt finds it at once. The app is stopped when the reader is done, whatever it found.
SCRIPT = """
"$BUS_LAUNCHER" --launch-immediately &
bus=$!
"$APP_PYTHON" -m tests.i18n.atspi_app "$DATA_DIR" "$LANGUAGE" "$PAGES" &
app=$!
for _ in $(seq 600); do [ -s "$PAGES" ] && break; sleep 0.1; done
"$SYSTEM_PYTHON" "$READER" "Ombud Desktop" "$PAGES" "$REPORT"
status=$?
kill $app $bus 2>/dev/null
wait $app 2>/dev/null
exit $status
"""


def read_through_atspi(tmp_path: Path, language: str) -> tuple[dict, dict]:
    pages, report = tmp_path / "pages.json", tmp_path / "report.json"
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env.update(
        QT_QPA_PLATFORM="xcb",
        QT_ACCESSIBILITY="1",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        BUS_LAUNCHER=BUS_LAUNCHER,
        APP_PYTHON=sys.executable,
        SYSTEM_PYTHON=SYSTEM_PYTHON,
        READER=str(HERE / "atspi_reader.py"),
        DATA_DIR=str(tmp_path / "data"),
        LANGUAGE=language,
        PAGES=str(pages),
        REPORT=str(report),
        PYTHONPATH=str(ROOT),
    )
    result = subprocess.run(
        [
            "xvfb-run", "-a", "-s", "-screen 0 1280x1000x24",
            "dbus-run-session", "--", "sh", "-c", SCRIPT,
        ],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=400, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-4000:]
    return json.loads(pages.read_text("utf-8")), json.loads(report.read_text("utf-8"))


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_screen_reader_walks_every_page(tmp_path, language):
    expected, report = read_through_atspi(tmp_path, language)
    print(json.dumps(report, ensure_ascii=False, indent=1))  # shown when the test fails
    titles = expected["titles"]
    pages = report["pages"]
    assert [page["title"] for page in pages] == titles  # Next reached every page
    for page in pages[1:]:  # the first was open before the reader listened
        assert page["announced"].startswith(page["title"]), page["announced"]
        assert len(page["announced"]) > len(page["title"]) or page["title"] == titles[-1]
    problems = {
        page.get("title", page.get("message")): page["unnamed"]
        + [f"combo box named by its value: {c}" for c in page["combos"] if _by_value(c)]
        + [f"label named {n!r}" for n in page["labels"] if n in GENERIC_NAMES]
        + [f"shortcut marker in {n}" for n in page["mnemonics"]]
        for page in [*pages, *report["blocked"]]
    }
    assert {title: found for title, found in problems.items() if found} == {}

    # Next stopped on the missing name, then on the wrong email: each field's message and
    # Next's refusal were announced, and both can be read again from their labels.
    blocks = [block["message"] for block in expected["blocks"]]
    assert [block["message"] for block in report["blocked"]] == blocks
    heard = [a for block in report["blocked"] for a in block["announcements"]]
    for block in report["blocked"]:
        message = block["message"]
        assert message in heard  # when it appeared under its field (the first Next)
        refusal = next(a for a in block["announcements"] if a != message and message in a)
        assert message in block["labels"] and refusal in block["labels"]
    # The missing field is named in the interface language inside the sentence.
    label = "First name" if language == "en" else "Nombre"
    assert label in blocks[0] and (language == "en" or "First name" not in blocks[0])

    # A repeated group's fields are named with their group ("Application or petition 2:").
    from ombud_desktop.core.formspec import section
    from ombud_desktop.i18n import catalog

    group = section("filings")
    item = catalog.translate("formspec", group.item_label, language)
    title = catalog.translate("formspec", group.title, language)
    filings = next(page for page in pages if page["title"] == title)
    assert [n for n in filings["controls"] if n.startswith(f"{item} 2: ")], filings["controls"]

    review = next(page for page in pages if page["title"] == titles[-3])
    pairs = [name for name in review["focusable_labels"] if ":" in name or "：" in name]
    assert len(pairs) > 20, review["focusable_labels"]


GENERIC_NAMES = {"Message", "Messages", "Mensaje", "Mensajes", "Save status"}


def _by_value(combo: dict) -> bool:
    return not combo["name"] or (combo["options"] > 1 and combo["is_an_option"])
