"""The repository stands on its own: nothing in its code or documents points at files on
the machine it was built on, or at an issue tracker that is not part of it. Either would
mean nothing to the next reader; the reason belongs in the text instead."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A tracker's issue or point number, or a shared note kept outside the repository.
OUTSIDE = re.compile(
    r"(?i:\bissues? #?\d+|\(issue\b)|/work/|/home/\w|FORM-SPEC\.md|STACK-NOTES\.md"
)
CHECKED = ("*.py", "*.md", "*.sh", "*.toml", "*.spec", "*.ps1", "*.iss", "*.json", "*.txt")
SKIPPED = ("resources/translations/", "resources/fonts/")


def _tracked_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", *CHECKED],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    here = Path(__file__).relative_to(ROOT).as_posix()
    return [ROOT / name for name in listed if not name.startswith(SKIPPED) and name != here]


def test_nothing_refers_to_files_or_trackers_outside_the_repository():
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in _tracked_files()
        if path.is_file()
        for number, line in enumerate(path.read_text("utf-8", "replace").splitlines(), 1)
        if OUTSIDE.search(line)
    ]
    assert found == []


def test_the_pattern_finds_what_it_is_for():
    for text in ("(issue 4 point 7)", "see issue #12", "/work/shared/x", "FORM-SPEC.md"):
        assert OUTSIDE.search(text), text
    assert not OUTSIDE.search("an issue tracker; 12 issues were found in the file")
