"""`ombud-desktop read-notice FILE [--json]`: keys, exit codes, hostile files."""

from __future__ import annotations

import io
import json

from PIL import Image

from tests.cli_runner import run_cli
from tests.notice.synthetic import notice_pdf, notice_truth, sample

ISSUE_KEYS = {
    "receipt_number",
    "receipt_date",
    "form_number",
    "notice_type",
    "priority_date",
    "a_number",
    "confidence",
}


def test_clean_pdf_notice_json(tmp_path):
    truth = notice_truth(8)
    path = tmp_path / "notice.pdf"
    path.write_bytes(notice_pdf(truth))
    result = run_cli("read-notice", path, "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["receipt_number"] == truth.receipt_number
    assert out["receipt_date"] == truth.receipt_date
    assert out["form_number"] == truth.form_number
    assert out["notice_type"] == truth.notice_type
    expected = {k for k in ISSUE_KEYS if k == "confidence" or getattr(truth, k) is not None}
    assert expected <= set(out)
    assert set(out["confidence"]) == {k for k in out if k in ISSUE_KEYS - {"confidence"}} | {
        "notice_date"
    }
    assert all(0 <= v <= 1 for v in out["confidence"].values())


def test_photo_text_output_marks_doubt(tmp_path):
    item = sample(3)
    path = tmp_path / item.name
    path.write_bytes(item.data)
    result = run_cli("read-notice", path)
    assert result.returncode == 0, result.stderr
    assert f"Receipt number: {item.truth.receipt_number}" in result.stdout


def test_picture_without_a_notice_exits_1(tmp_path):
    path = tmp_path / "blank.png"
    Image.new("L", (800, 1000), 255).save(path)
    result = run_cli("read-notice", path, "--json")
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["confidence"] == {}


def test_unreadable_files_exit_2_with_a_sentence(tmp_path):
    jpeg = io.BytesIO()
    Image.new("RGB", (400, 400), "white").save(jpeg, "JPEG")
    cases = {
        "text.jpg": b"not a picture at all",
        "truncated.jpg": jpeg.getvalue()[:200],
        "broken.pdf": b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF",
        "empty.png": b"",
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        result = run_cli("read-notice", tmp_path / name)
        assert result.returncode == 2, (name, result.stdout)
        assert name in result.stderr and "Traceback" not in result.stderr
    missing = run_cli("read-notice", tmp_path / "nowhere.jpg")
    assert missing.returncode == 2 and "cannot be opened" in missing.stderr


def test_encrypted_pdf_exits_2(tmp_path):
    from pypdf import PdfReader, PdfWriter

    plain = io.BytesIO(notice_pdf(notice_truth(1)))
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt("secret", algorithm="AES-256")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as out:
        writer.write(out)
    result = run_cli("read-notice", path)
    assert result.returncode == 2
    assert "password" in result.stderr


def test_the_reader_imports_no_qt(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "notice.pdf"
    path.write_bytes(notice_pdf(notice_truth(16)))
    code = (
        "import sys\n"
        "from ombud_desktop.notice.reader import read_notice\n"
        f"reading, page = read_notice({str(path)!r})\n"
        "assert 'receipt_number' in reading.values\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
