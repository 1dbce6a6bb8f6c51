from __future__ import annotations

import json
from pathlib import Path

from ombud_desktop.core.facts import receipt_numbers
from ombud_desktop.core.model import Case
from ombud_desktop.export.gather import EXTRA_CHECKS, sender_of


def test_receipt_numbers_are_printed_as_uscis_prints_them() -> None:
    case = Case.from_answers(
        {"filings": [{"receipt_number": "ioe-091-000-4321"}, {"form_number": "I-765"}]}
    )
    assert receipt_numbers(case) == ("IOE0910004321",)


def test_a_helper_sends_with_their_own_details(data_dir: Path) -> None:
    answers = json.loads((data_dir / "names_multiscript.json").read_text("utf-8"))
    sender = sender_of(Case.from_answers(answers))
    assert sender.name == "فاطمة الزهراء مثال"
    assert sender.organization == "Example Community Center"
    assert sender.phone == "408-555-0131"
    assert "helper" in EXTRA_CHECKS


def test_the_person_sends_for_themself_with_their_address(data_dir: Path) -> None:
    answers = json.loads((data_dir / "complete_ready.json").read_text("utf-8"))
    sender = sender_of(Case.from_answers(answers))
    assert sender.name == "Ana Beatriz Ejemplo Rivera"
    assert sender.address_lines[0].startswith("1200 Example Ave")
    assert sender.organization == ""


def test_preview_render_and_export_carry_the_same_packet(data_dir: Path) -> None:
    """One composer: the export's printed parts (form, index, documents) read page for
    page like the packet `render` and the preview make."""
    import datetime as dt

    from ombud_desktop.documents.case_files import AttachmentInput
    from ombud_desktop.documents.packet import RenderOptions, render_packet
    from ombud_desktop.documents.pdf_input import merge_pdfs
    from ombud_desktop.export.gather import CaseMaterial, prepare
    from tests.documents import samples
    from tests.documents.pdftools import pdftotext

    answers = json.loads((data_dir / "complete_ready.json").read_text("utf-8"))
    files = (
        AttachmentInput("notice.pdf", samples.pdf_bytes(2), "received_from_uscis", "Notice"),
        AttachmentInput("photo.jpg", samples.jpeg_bytes(), "other", "Envelope"),
    )
    today = dt.date(2026, 11, 20)
    source = prepare(CaseMaterial("c1", answers, {}, files), today=today)
    exported = merge_pdfs([part.pdf for part in source.printed_parts(cover_pages=0)])
    rendered = render_packet(Case.from_answers(answers), files, RenderOptions(today=today))

    def pages(pdf: bytes) -> list[str]:
        return [" ".join(page.split()) for page in pdftotext(pdf).split("\f") if page.strip()]

    assert rendered.pages == source.form_pages + source.index_pages + 3
    assert pages(exported) == pages(rendered.pdf)
    assert "Notice" in pages(rendered.pdf)[source.form_pages]  # the index follows the form
