"""The multi-script sample, signed on the signature pad, sent every way from the command
line: every name reads in logical order in what the Ombudsman receives."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.cli_runner import run_cli
from tests.documents.pdftools import readable

SUBJECT = "Thị Thu Hà Trần"  # given names first, as the stamp and cover print it
SIGNER = "Trần Thị Thu Hà"
HELPER = "فاطمة الزهراء مثال"  # Arabic: checked in logical (typed) order
BENEFICIARY = ("志明", "陈")


def _pdf_text(bundle: Path) -> str:
    return " ".join(readable(pdf.read_bytes()) for pdf in sorted(bundle.rglob("*.pdf")))


@pytest.mark.slow
def test_the_drawn_multiscript_sample_exports_by_email_fax_and_mail(
    tmp_path: Path, data_dir: Path
) -> None:
    phrase = tmp_path / "pass.txt"
    phrase.write_text("multiscript export passphrase")
    created = run_cli(
        "--passphrase-file", phrase, "case", "new",
        "--answers", data_dir / "names_multiscript.json",
        "--signature-strokes", data_dir / "signatures" / "names_multiscript.json",
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    case_id = created.stdout.strip()
    texts = {}
    for channel in ("email", "fax", "mail"):
        made = run_cli(
            "--passphrase-file", phrase, "case", "export", case_id,
            "--channel", channel, "--out", tmp_path / "out",
        )  # fmt: skip
        assert made.returncode == 0, made.stderr
        texts[channel] = _pdf_text(Path(made.stdout.splitlines()[0]))
    for channel, text in texts.items():
        # Fax pages are pictures of the form: only the cover and the stamps are text.
        for name in (SUBJECT, HELPER):
            assert name in text, (channel, name)
    for channel in ("email", "mail"):
        for name in (SIGNER, *BENEFICIARY):
            assert name in texts[channel], (channel, name)
    form = next((tmp_path / "out").glob("* email/attachments/*form.pdf"))
    images = subprocess.run(
        ["pdfimages", "-list", str(form)], capture_output=True, text=True, check=True
    )
    assert len(images.stdout.splitlines()) > 2, "the drawn signature is not on the form"


def test_strokes_that_draw_no_signature_are_refused(tmp_path: Path, data_dir: Path) -> None:
    strokes = tmp_path / "tap.json"
    strokes.write_text("[[[0.5, 0.5]]]")
    refused = run_cli(
        "case", "new", "--answers", data_dir / "names_multiscript.json",
        "--signature-strokes", strokes,
    )  # fmt: skip
    assert refused.returncode == 2
    assert "holds no signature" in refused.stderr and "Traceback" not in refused.stderr
