from __future__ import annotations

import re
import subprocess
from pathlib import Path

from ombud_desktop.export.destinations import load_destinations
from ombud_desktop.export.run import ExportOptions, export_case
from tests.export.samples import sample_source


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


def test_fax_tiff_has_one_group4_frame_per_fax_page(tmp_path: Path) -> None:
    result = export_case(
        sample_source(), ExportOptions("fax", tiff=True), tmp_path / "out", load_destinations()
    )
    info = subprocess.run(
        ["tiffinfo", str(result.path / "fax.tif")], capture_output=True, text=True, check=True
    ).stdout
    assert info.count("TIFF Directory at offset") == result.pages
    assert info.count("CCITT Group 4") == result.pages
    assert info.count("Resolution: 204, 196 pixels/inch") == result.pages


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
