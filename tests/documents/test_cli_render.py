"""`case render` and `pdf-fields` end to end, through a real subprocess."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli_runner import run_cli
from tests.documents import samples
from tests.documents.pdftools import pdftotext, qpdf_check, readable
from tests.documents.test_official_pdf import FIELD_MAP, fillable_pdf


@pytest.fixture
def case_with_documents(tmp_path: Path) -> tuple[tuple[str, Path], str]:
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("correct horse battery staple")
    pf = ("--passphrase-file", str(passphrase))
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(samples.complete_answers(), ensure_ascii=False), "utf-8")
    created = run_cli(*pf, "case", "new", "--answers", answers)
    assert created.returncode == 0, created.stderr
    case_id = created.stdout.strip()
    notice = tmp_path / "notice.pdf"
    notice.write_bytes(samples.pdf_bytes(2))
    photo = tmp_path / "envelope.jpg"
    photo.write_bytes(samples.jpeg_bytes())
    for path, category in ((notice, "received_from_uscis"), (photo, "other")):
        done = run_cli(*pf, "case", "attach", case_id, path, "--category", category)
        assert done.returncode == 0, done.stderr
    return pf, case_id


def test_render_writes_form_index_and_documents(case_with_documents, tmp_path: Path):
    pf, case_id = case_with_documents
    out = tmp_path / "out" / "case.pdf"
    out.parent.mkdir()
    done = run_cli(*pf, "case", "render", case_id, "--out", out)
    assert done.returncode == 0, done.stderr
    pdf = out.read_bytes()
    content = readable(pdf)
    assert "/s/ Nguyễn Thị Minh Khai" in content
    assert "Supporting documentation — index" in content and "Attached page 2" in content
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert f"Wrote {out} ({pages} pages, final copy)" in done.stdout
    assert sorted(p.name for p in out.parent.iterdir()) == ["case.pdf"]  # no temp left
    qpdf_check(pdf)


def test_render_preview_stamped(case_with_documents, tmp_path: Path):
    pf, case_id = case_with_documents
    out = tmp_path / "preview.pdf"
    done = run_cli(*pf, "case", "render", case_id, "--out", out, "--preview", "--stamp")
    assert done.returncode == 0, done.stderr
    pdf = out.read_bytes()
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert f"page {pages} of {pages}" in pdftotext(pdf, "-f", str(pages))
    assert "A-Number A012-345-678" in pdftotext(pdf, "-f", "1", "-l", "1")
    assert "/s/ Nguyễn" not in readable(pdf)
    assert "PREVIEW — NOT SIGNED" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_render_official_pdf_reports_unmapped_required(case_with_documents, tmp_path: Path):
    pf, case_id = case_with_documents
    official, field_map = tmp_path / "dhs7001.pdf", tmp_path / "map.txt"
    official.write_bytes(fillable_pdf())
    field_map.write_text(FIELD_MAP)
    out = tmp_path / "official.pdf"
    done = run_cli(
        *pf, "case", "render", case_id, "--out", out, "--official", official,
        "--field-map", field_map, "--no-attachments",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "reasons.desired_outcome is required" in done.stderr
    assert samples.CHINESE_NAME in readable(out.read_bytes())


def test_render_with_a_bad_attachment_names_it_and_writes_nothing(tmp_path: Path):
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("correct horse battery staple")
    pf = ("--passphrase-file", str(passphrase))
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(samples.complete_answers(), ensure_ascii=False), "utf-8")
    case_id = run_cli(*pf, "case", "new", "--answers", answers).stdout.strip()
    fake = tmp_path / "letter.pdf"
    fake.write_text("Dear USCIS, this is not a PDF.\n")
    refused = run_cli(*pf, "case", "attach", case_id, fake, "--category", "other")
    assert refused.returncode == 2  # refused at the door, as the Documents step does
    assert "letter.pdf: this file contains plain text" in refused.stderr
    # A case from before that check (or a hand-off) may still hold such a file.
    from ombud_desktop.vault import Vault

    vault = Vault(Path(os.environ["OMBUD_DATA_DIR"]))
    vault.unlock(passphrase.read_text())
    vault.add_attachment(case_id, fake, category="other")
    vault.close()
    out = tmp_path / "case.pdf"
    done = run_cli(*pf, "case", "render", case_id, "--out", out)
    assert done.returncode == 2
    assert "letter.pdf: this file contains plain text" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_pdf_fields_lists_names_kinds_and_pages(tmp_path: Path):
    path = tmp_path / "official.pdf"
    path.write_bytes(fillable_pdf())
    done = run_cli("pdf-fields", path)
    assert done.returncode == 0, done.stderr
    assert "p1  text      LastName" in done.stdout
    assert "p1  checkbox  Hardship" in done.stdout and "p2  text      Receipt1" in done.stdout
    listed = json.loads(run_cli("pdf-fields", path, "--json").stdout)
    assert {f["name"] for f in listed} >= {"DOB", "Description"}


def test_pdf_fields_on_a_text_file_says_so(tmp_path: Path):
    path = tmp_path / "notes.pdf"
    path.write_text("hello")
    done = run_cli("pdf-fields", path)
    assert done.returncode == 2 and "notes.pdf" in done.stderr and "plain text" in done.stderr
