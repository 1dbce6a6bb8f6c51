"""A photo with a GPS position attached to a case: no exported or rendered PDF carries it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run_cli
from tests.documents import hostile
from tests.documents.test_image_privacy import assert_no_metadata, image_streams


@pytest.mark.slow
def test_every_exported_pdf_has_images_without_location(tmp_path: Path, data_dir: Path) -> None:
    phrase = tmp_path / "pass.txt"
    phrase.write_text("privacy tests passphrase")
    answers = json.loads((data_dir / "complete_ready.json").read_text("utf-8"))
    del answers["documents"]
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(answers), "utf-8")
    pf = ("--passphrase-file", phrase)
    case_id = run_cli(*pf, "case", "new", "--answers", answers_file).stdout.strip()
    photo = tmp_path / "IMG_0412.jpg"
    photo.write_bytes(hostile.tagged_photo(size=(1200, 900), orientation=6))
    attached = run_cli(*pf, "case", "attach", case_id, photo, "--category", "other")
    assert attached.returncode == 0, attached.stderr

    out = tmp_path / "out"
    out.mkdir()
    rendered = run_cli(*pf, "case", "render", case_id, "--out", out / "render.pdf", "--stamp")
    assert rendered.returncode == 0, rendered.stderr
    for channel in ("email", "fax", "mail"):
        exported = run_cli(*pf, "case", "export", case_id, "--channel", channel, "--out", out)
        assert exported.returncode == 0, exported.stderr
    pdfs = sorted(out.rglob("*.pdf"))
    with_images = 0
    for pdf in pdfs:
        data = pdf.read_bytes()
        assert not [s for s in hostile.SECRETS if s in data], pdf.name
        if image_streams(data):
            assert_no_metadata(data)
            with_images += 1
    assert with_images >= 3, [p.name for p in pdfs]  # render, email's document, mail packet
