from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

import pytest

from ombud_desktop.export.destinations import load_destinations
from ombud_desktop.export.options import ExportOptions
from ombud_desktop.export.run import export_case
from ombud_desktop.export.source import ExportDocument, ExportSource
from tests.export.fax_tools import efix_pages, tiffcheck, tiffinfo
from tests.export.samples import make_pdf, sample_source


def _pdftotext_pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]  # one form feed after each page


def _pdfinfo_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)$", info.stdout, re.M).group(1))  # type: ignore[union-attr]


def test_fax_page_count_is_the_one_on_the_cover_and_every_page_is_stamped(tmp_path: Path) -> None:
    result = export_case(
        sample_source(doc_sizes=(0, 0, 0)),
        ExportOptions("fax", tiff=True),
        tmp_path / "out",
        load_destinations(),
    )
    fax = result.path / "fax.pdf"
    pages = _pdfinfo_pages(fax)
    texts = _pdftotext_pages(fax)
    printed = re.search(r"Total pages:\s+(\d+), including this cover sheet", texts[0])
    assert printed is not None and int(printed.group(1)) == pages == result.pages
    assert "202-357-0042" in texts[0] and "To:" in texts[0]
    for number, page in enumerate(texts, start=1):
        assert f"page {number} of {pages}" in page
        assert "Nguyễn Thị Lan" in page and "A-Number A012-345-678" in page


def _odd_pages_source() -> ExportSource:
    """The sample case plus a landscape spreadsheet and an A4 scan kept by /Rotate, and
    enough documents that the cover's contents list is cut short."""
    from dataclasses import replace

    from tests.export.test_fax_pages import barred_page

    base = sample_source(doc_sizes=(0,) * 9, doc_pages=1)
    odd = (
        ExportDocument("Spreadsheet", "other", barred_page(792, 612, bar="top"), 1),
        ExportDocument("A4 scan", "other", barred_page(842, 595, 90, "left"), 1),
    )
    return replace(base, documents=base.documents + odd)


@pytest.mark.parametrize("coding", ["g3", "g3-2d", "g4"])
def test_fax_tiff_is_class_f_page_for_page_with_the_pdf(coding: str, tmp_path: Path) -> None:
    result = export_case(
        _odd_pages_source(),
        ExportOptions("fax", tiff=True, tiff_coding=coding),
        tmp_path / "out",
        load_destinations(),
    )
    tiff, pdf = result.path / "fax.tif", result.path / "fax.pdf"
    cover = _pdftotext_pages(pdf)[0]
    printed = re.search(r"Total pages:\s+(\d+), including this cover sheet", cover)
    assert printed is not None and int(printed.group(1)) == _pdfinfo_pages(pdf) == result.pages
    assert "more documents" in cover  # the cut-short list did not change the count
    info = tiffinfo(tiff)
    assert info.count("TIFF Directory at offset") == result.pages
    assert info.count("Image Width: 1728 Image Length: 2156") == result.pages
    assert f"Page Number: {result.pages - 1}-{result.pages}" in info
    assert tiffcheck(tiff, coding) == "OK"
    if coding == "g3":  # efix reads Group 3 1-D only
        assert len(efix_pages(tiff, tmp_path / "efix")) == result.pages


def test_fax_pages_are_grayscale_letter(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    from ombud_desktop.export.raster import page_has_colour

    result = export_case(sample_source(), ExportOptions("fax"), tmp_path, load_destinations())
    document = pdfium.PdfDocument((result.path / "fax.pdf").read_bytes())
    for index in range(len(document)):
        page = document[index]
        assert [round(v) for v in page.get_size()] == [612, 792]
        assert not page_has_colour(page)


def test_mail_packet_has_the_destination_address_lines_and_the_checklist(tmp_path: Path) -> None:
    destinations = load_destinations()
    result = export_case(sample_source(), ExportOptions("mail"), tmp_path, destinations)
    texts = _pdftotext_pages(result.path / "mail-packet.pdf")
    checklist, address_page, letter = texts[0], texts[1], texts[2]
    assert "Before you mail: checklist" in checklist
    for sentence in (
        "Never send original documents",
        "IOE0912345678, MSC2190123456",
        "signed",
        "delayed up to 14 days",
    ):
        assert sentence in " ".join(checklist.split())
    for line in destinations.mail_lines:
        assert line in address_page
        assert line in letter
    assert "Mail Stop 0180" in address_page
    stamped = texts[2:]
    assert len(stamped) == result.pages
    assert all(f"of {result.pages}" in page for page in stamped)


def test_mail_packet_follows_an_organization_address_override(tmp_path: Path) -> None:
    lines = ("CIS Ombudsman", "Case Assistance", "Box 12", "Washington, DC 20528")
    destinations = load_destinations({"mail": {"lines": lines}})
    result = export_case(sample_source(), ExportOptions("mail"), tmp_path, destinations)
    address_page = _pdftotext_pages(result.path / "mail-packet.pdf")[1]
    assert all(line in address_page for line in lines)
    assert "Mail Stop" not in address_page


@pytest.mark.parametrize("channel", ["fax", "mail"])
@pytest.mark.parametrize("receipts", [2, 240])
def test_the_index_numbers_its_own_page_as_stamped_however_long_the_cover(
    channel: str, receipts: int, tmp_path: Path
) -> None:
    """The index is made for the page it lands on: after a one-page cover (made once),
    or after a cover that a long list of receipt numbers pushed onto more pages."""

    def index_for(first: int) -> bytes:
        return make_pdf(1, f"Index placed on page {first}")

    source = dataclasses.replace(
        sample_source(),
        index_for=index_for,
        index_pages=1,
        receipt_numbers=tuple(f"IOE09{n:08d}" for n in range(receipts)),
    )
    result = export_case(source, ExportOptions(channel), tmp_path, load_destinations())
    packet = result.path / ("fax.pdf" if channel == "fax" else "mail-packet.pdf")
    pages = _pdftotext_pages(packet)
    (at,) = [n for n, text in enumerate(pages) if "Index placed on page" in text]
    placed = int(re.search(r"Index placed on page (\d+)", pages[at]).group(1))  # type: ignore[union-attr]
    assert re.search(rf"page {placed} of {result.pages}\b", " ".join(pages[at].split()))
