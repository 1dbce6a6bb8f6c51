"""The wet-ink loop: the signed page (`signed_form`) takes the unsigned signature page's
place in every render and export and the index lists it; email and fax refuse an
ink-signed form without it (nothing written), mail keeps print-and-sign; and the
readiness report names every reason the exporter refuses, before the send step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ombud_desktop.core.facts import SIGNED_FORM
from ombud_desktop.core.model import Case
from ombud_desktop.core.validation import readiness
from ombud_desktop.documents.case_files import AttachmentInput
from ombud_desktop.documents.form_pdf import render_form_pages
from ombud_desktop.documents.packet import RenderOptions, page_to_sign, render_packet
from ombud_desktop.errors import UserFacingError
from ombud_desktop.export.destinations import load_destinations
from ombud_desktop.export.gather import CaseMaterial, prepare
from ombud_desktop.export.run import ExportOptions, export_case
from tests.cli_runner import run_cli
from tests.documents.pdftools import pdftotext
from tests.export.samples import make_pdf

PASSPHRASE = "signed form tests passphrase"


def _answers(data_dir: Path, signed: bool) -> dict:  # type: ignore[type-arg]
    answers = json.loads((data_dir / "protected_category.json").read_text("utf-8"))
    answers["documents"] = [
        {"id": "d1", "category": "received_from_uscis", "title": "Receipt notice"},
    ]
    if signed:
        answers["documents"].append({"id": "d2", "category": SIGNED_FORM, "title": "Signed"})
    return answers


def _files(signed: bool) -> tuple[AttachmentInput, ...]:
    notice = AttachmentInput("notice.pdf", make_pdf(1, "NOTICE"), "received_from_uscis", "Notice")
    scan = AttachmentInput("signed.pdf", make_pdf(1, "SIGNED IN INK"), SIGNED_FORM, "Signed")
    return (notice, scan) if signed else (notice,)


def _pages(pdf: bytes) -> list[str]:
    return pdftotext(pdf).split("\f")[:-1]


def test_the_signed_page_replaces_the_unsigned_one_in_the_render(data_dir: Path) -> None:
    case = Case.from_answers(_answers(data_dir, signed=True))
    unsigned = render_form_pages(case)
    result = render_packet(case, _files(signed=True), RenderOptions())
    pages = _pages(result.pdf)
    form_pages = len(_pages(unsigned.pdf))
    assert "SIGNED IN INK" in pages[unsigned.signature_page]
    assert not any("Sign here" in page for page in pages)
    index = " ".join(pages[form_pages].split())
    assert index.startswith("Supporting documentation — index")
    assert "Signed form (signature" in index and f"p. {unsigned.signature_page + 1} (form)" in index
    assert "NOTICE" in pages[form_pages + 1] and len(pages) == form_pages + 2


@pytest.mark.parametrize("channel", ["email", "fax"])
def test_email_and_fax_refuse_an_ink_signed_form_without_its_signed_page(
    tmp_path: Path, data_dir: Path, channel: str
) -> None:
    source = prepare(CaseMaterial("c", _answers(data_dir, False), {}, _files(False)))
    with pytest.raises(UserFacingError) as refused:
        export_case(source, ExportOptions(channel), tmp_path / "out", load_destinations())
    assert "Add the signed page" in str(refused.value) and "signed_form" in str(refused.value)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_mail_keeps_print_and_sign_and_email_carries_the_signed_page(
    tmp_path: Path, data_dir: Path
) -> None:
    unsigned = prepare(CaseMaterial("c", _answers(data_dir, False), {}, _files(False)))
    mailed = export_case(unsigned, ExportOptions("mail"), tmp_path, load_destinations())
    packet = pdftotext((mailed.path / "mail-packet.pdf").read_bytes())
    assert "Sign here" in packet and "An unsigned form cannot be accepted" in " ".join(
        packet.split()
    )
    signed = prepare(CaseMaterial("c", _answers(data_dir, True), {}, _files(True)))
    mailed = export_case(signed, ExportOptions("mail"), tmp_path, load_destinations())
    pages = _pages((mailed.path / "mail-packet.pdf").read_bytes())
    at = next(n for n, page in enumerate(pages, -1) if "SIGNED IN INK" in page)  # stamped n
    index = " ".join(next(p for p in pages if "documentation — index" in p).split())
    assert f"1 page, p. {at} (form)" in index  # counted after the checklist and address
    assert "the page signed in ink that you added" in " ".join(pages[0].split())
    emailed = export_case(signed, ExportOptions("email"), tmp_path, load_destinations())
    attachments = sorted((emailed.path / "attachments").iterdir())
    assert len(attachments) == 2  # the form (with the signed page in it) and the notice
    form = pdftotext(attachments[0].read_bytes())
    assert "SIGNED IN INK" in form and "Sign here" not in form


def test_the_page_to_sign_carries_the_name_and_the_receipt_number(data_dir: Path) -> None:
    case = Case.from_answers(_answers(data_dir, signed=False))
    pages = _pages(page_to_sign(case))
    assert len(pages) == 1
    text = " ".join(pages[0].split())
    assert "Rosa Muestra" in text and "VSC2401012345" in text and "Sign here" in text


# ---- the readiness report names everything the exporter refuses -----------------------


def _noise_pdf(size: int) -> bytes:
    """A one-page PDF whose picture is random noise: `size` bytes nothing can shrink."""
    import io
    import os

    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    side = int((size / 3) ** 0.5) + 1
    picture = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawImage(ImageReader(picture), 36, 36, 500, 500)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _cli(tmp_path: Path, *args: object):  # type: ignore[no-untyped-def]
    return run_cli("--passphrase-file", tmp_path / "pass.txt", *args)


def _new_case(tmp_path: Path, answers: dict) -> str:  # type: ignore[type-arg]
    (tmp_path / "pass.txt").write_text(PASSPHRASE)
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), "utf-8")
    created = _cli(tmp_path, "case", "new", "--answers", path)
    assert created.returncode == 0, created.stderr
    return created.stdout.strip()


def _refused(tmp_path: Path, case_id: str, channel: str) -> str:
    out = tmp_path / f"out-{channel}"
    done = _cli(tmp_path, "case", "export", case_id, "--channel", channel, "--out", out)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert not out.exists() or not any(out.iterdir())  # nothing written
    return done.stderr


def _report_codes(tmp_path: Path, case_id: str) -> set[str]:
    """The readiness report as the review page builds it: the case and its files."""
    from ombud_desktop.vault import Vault

    vault = Vault(None, mode="auto")
    vault.unlock(PASSPHRASE)
    try:
        record = vault.load_case(case_id)
        files = {key: facts["size"] for key, facts in record.attachments.items()}
        report = readiness(Case.from_answers(record.answers), attached=files)
    finally:
        vault.close()
    return {f.code for f in report.findings}


@pytest.mark.slow
def test_every_refusal_of_the_exporter_is_named_by_the_readiness_report(
    tmp_path: Path, data_dir: Path
) -> None:
    answers = json.loads((data_dir / "protected_category.json").read_text("utf-8"))
    case_id = _new_case(tmp_path, answers)
    # 1. an ink-signed form without its signed page: email and fax refuse, mail does not
    for channel in ("email", "fax"):
        assert "signed_form" in _refused(tmp_path, case_id, channel)
    assert "consent.signed_form_missing" in _report_codes(tmp_path, case_id)
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(make_pdf(1, "SIGNED IN INK"))
    attached = _cli(tmp_path, "case", "attach", case_id, scan, "--category", SIGNED_FORM)
    assert attached.returncode == 0, attached.stderr
    assert "consent.signed_form_missing" not in _report_codes(tmp_path, case_id)
    # (not a refusal: a document too big for any email is left out of it, and said)
    big = tmp_path / "big-scan.pdf"
    big.write_bytes(_noise_pdf(11 * 1024 * 1024))
    added = _cli(tmp_path, "case", "attach", case_id, big, "--category", "other")
    assert added.returncode == 0, added.stderr
    out = tmp_path / "out-big"
    emailed = _cli(tmp_path, "case", "export", case_id, "--channel", "email", "--out", out)
    assert emailed.returncode == 0 and "larger than the 10 MB" in emailed.stderr
    assert "documents.too_big_for_email" in _report_codes(tmp_path, case_id)
    # 2. a document listed without its file
    listed = {**answers, "documents": [{"id": "x1", "category": "other", "title": "Lease"}]}
    unattached = _new_case(tmp_path, listed)
    assert "Lease" in _refused(tmp_path, unattached, "mail")
    assert "documents.file_missing" in _report_codes(tmp_path, unattached)
    # 3. a form with errors (here: no consent given)
    refused_consent = {**answers, "consent": {**answers["consent"], "agreed": False}}
    not_ready = _new_case(tmp_path, refused_consent)
    assert "not ready to send" in _refused(tmp_path, not_ready, "mail")
    codes = _report_codes(tmp_path, not_ready)
    assert "consent.not_agreed" in codes
