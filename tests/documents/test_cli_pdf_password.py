"""An attached PDF protected by a password, rendered and exported from the command line:
the password comes from a file named with --pdf-password-file (never the command line
itself) or is asked for on a terminal; a wrong or missing one is a clear message."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli_runner import REPO_ROOT, run_cli
from tests.documents import samples

PASSWORD = "Tr0ub4dor&3"


@pytest.fixture
def locked_case(tmp_path: Path, data_dir: Path) -> tuple[list[str | Path], str]:
    """A complete case with a password-protected 3-page PDF attached as 'bank.pdf'."""
    phrase = tmp_path / "pass.txt"
    phrase.write_text("password tests passphrase")
    pf: list[str | Path] = ["--passphrase-file", phrase]
    answers = json.loads((data_dir / "complete_ready.json").read_text("utf-8"))
    del answers["documents"]
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(answers), "utf-8")
    created = run_cli(*pf, "case", "new", "--answers", answers_file)
    assert created.returncode == 0, created.stderr
    case_id = created.stdout.strip()
    locked = tmp_path / "bank.pdf"
    locked.write_bytes(samples.pdf_bytes(3, password=PASSWORD))
    attached = run_cli(*pf, "case", "attach", case_id, locked, "--category", "other")
    assert attached.returncode == 0, attached.stderr
    return pf, case_id


def password_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pdf-password.txt"
    path.write_text(text + "\n")
    return path


def test_render_with_the_password_from_a_file(locked_case, tmp_path: Path):
    pf, case_id = locked_case
    out = tmp_path / "case.pdf"
    secret = password_file(tmp_path, PASSWORD)
    done = run_cli(
        *pf, "case", "render", case_id, "--out", out, "--pdf-password-file", f"bank.pdf={secret}"
    )
    assert done.returncode == 0, done.stderr
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert not reader.is_encrypted
    assert "Attached page 3" in reader.pages[-1].extract_text()
    assert PASSWORD not in done.stdout + done.stderr


def test_render_without_a_password_says_how_to_give_it(locked_case, tmp_path: Path):
    pf, case_id = locked_case
    out = tmp_path / "case.pdf"
    done = run_cli(*pf, "case", "render", case_id, "--out", out, input="")
    assert done.returncode == 2
    assert "bank.pdf" in done.stderr and "--pdf-password-file 'bank.pdf=FILE'" in done.stderr
    assert "Traceback" not in done.stderr and not out.exists()


def test_a_wrong_password_or_name_is_a_clear_message(locked_case, tmp_path: Path):
    pf, case_id = locked_case
    out = tmp_path / "case.pdf"
    wrong = password_file(tmp_path, "guess")
    done = run_cli(
        *pf, "case", "render", case_id, "--out", out, "--pdf-password-file", f"bank.pdf={wrong}"
    )
    assert done.returncode == 2 and "bank.pdf" in done.stderr and "not correct" in done.stderr
    done = run_cli(
        *pf, "case", "render", case_id, "--out", out, "--pdf-password-file", f"bnak.pdf={wrong}"
    )
    assert done.returncode == 2
    assert "no attached file named bnak.pdf" in done.stderr and "bank.pdf" in done.stderr
    done = run_cli(*pf, "case", "render", case_id, "--out", out, "--pdf-password-file", "bank")
    assert done.returncode == 2 and "NAME=FILE" in done.stderr
    assert not out.exists() and "Traceback" not in done.stderr


@pytest.mark.slow
def test_export_with_the_password_from_a_file(locked_case, tmp_path: Path):
    pf, case_id = locked_case
    secret = password_file(tmp_path, PASSWORD)
    out = tmp_path / "exports"
    args = [*pf, "case", "export", case_id, "--channel", "fax", "--out", out]
    refused = run_cli(*args)
    assert refused.returncode == 2 and "--pdf-password-file" in refused.stderr
    done = run_cli(*args, "--pdf-password-file", f"bank.pdf={secret}")
    assert done.returncode == 0, done.stderr
    fax = Path(done.stdout.splitlines()[0]) / "fax.pdf"
    reader = PdfReader(io.BytesIO(fax.read_bytes()))
    assert any("Attached page 3" in page.extract_text() for page in reader.pages)


def test_on_a_terminal_the_password_is_asked_for(locked_case, tmp_path: Path):
    """stdin is a terminal (a pseudo-terminal here): the command asks, without echo."""
    pf, case_id = locked_case
    out = tmp_path / "case.pdf"
    leader, follower = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    command = [sys.executable, "-m", "ombud_desktop", *map(str, pf)]
    child = subprocess.Popen(
        [*command, "case", "render", case_id, "--out", str(out)],
        stdin=follower, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=env, cwd=REPO_ROOT, start_new_session=True,
    )  # fmt: skip
    os.close(follower)
    assert child.stderr is not None
    seen = bytearray()
    # Type each answer once its prompt is shown (getpass flushes earlier input).
    for prompts, answer in ((1, "guess"), (2, PASSWORD)):
        while seen.count(b"Password of the attached PDF bank.pdf") < prompts:
            ready, _, _ = select.select([child.stderr], [], [], 120)
            chunk = os.read(child.stderr.fileno(), 4096) if ready else b""
            assert chunk, f"no password prompt; the command said: {bytes(seen)!r}"
            seen += chunk
        os.write(leader, answer.encode() + b"\n")
    _, rest = child.communicate(timeout=120)
    os.close(leader)
    stderr = bytes(seen) + rest
    assert child.returncode == 0, stderr
    assert b"That password is not correct." in stderr
    assert PASSWORD.encode() not in stderr  # not echoed
    assert "Attached page 3" in PdfReader(io.BytesIO(out.read_bytes())).pages[-1].extract_text()
