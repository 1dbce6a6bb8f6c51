"""The organization (organization.toml) on what an export prints: logo, name and help line
on the fax cover sheet and the mail cover letter, and in README.txt."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from ombud_desktop.core.org_config import load_org_config
from ombud_desktop.export.branding import Branding
from ombud_desktop.export.destinations import load_destinations
from ombud_desktop.export.options import ExportOptions
from ombud_desktop.export.run import export_case
from tests.export.samples import sample_source

NAME = "Casa de Ayuda Community Center"
HELP = "Questions? Call Maria at 555-0100, Monday to Friday."


@pytest.fixture
def branding(tmp_path: Path) -> Branding:
    """Read through the real settings file, as the app and the CLI do."""
    folder = tmp_path / "org"
    folder.mkdir()
    Image.new("RGB", (300, 100), (200, 30, 30)).save(folder / "logo.png")
    (folder / "organization.toml").write_text(
        f'[organization]\nname = "{NAME}"\nlogo = "logo.png"\nhelp_contact = "{HELP}"\n'
    )
    org = load_org_config(folder / "organization.toml", app_dir=tmp_path)
    assert org.problems == ()
    return Branding.from_org(org)


def _page_text(pdf: Path, page: int) -> str:
    out = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return " ".join(out.split())


def _images_on(pdf: Path, page: int) -> list[tuple[int, int]]:
    return [
        (image.image.width, image.image.height) for image in PdfReader(pdf).pages[page - 1].images
    ]


def test_fax_cover_carries_the_organization(tmp_path: Path, branding: Branding) -> None:
    options = ExportOptions("fax", branding=branding)
    result = export_case(sample_source(), options, tmp_path / "out", load_destinations())
    fax = result.path / "fax.pdf"
    cover = _page_text(fax, 1)
    assert NAME in cover and HELP in cover
    assert cover.index(NAME) < cover.index("FAX")  # a letterhead, above the title
    assert (300, 100) in _images_on(fax, 1)
    import pypdfium2 as pdfium

    from ombud_desktop.export.raster import page_has_colour

    assert not page_has_colour(pdfium.PdfDocument(fax.read_bytes())[0])  # the red logo too
    readme = (result.path / "README.txt").read_text("utf-8-sig")
    assert f"Prepared with the help of {NAME}." in readme
    assert f"Where to get help: {HELP}" in readme


def test_mail_cover_letter_carries_the_organization(tmp_path: Path, branding: Branding) -> None:
    options = ExportOptions("mail", branding=branding)
    result = export_case(sample_source(), options, tmp_path / "out", load_destinations())
    packet = result.path / "mail-packet.pdf"
    letter = _page_text(packet, 3)  # checklist, address page, then the letter
    assert "Dear CIS Ombudsman" in letter
    assert NAME in letter and HELP in letter
    assert (300, 100) in _images_on(packet, 3)
    assert _images_on(packet, 2) == []  # nothing but the address shows in the envelope


def test_without_an_organization_nothing_is_added(tmp_path: Path) -> None:
    result = export_case(sample_source(), ExportOptions("fax"), tmp_path, load_destinations())
    cover = _page_text(result.path / "fax.pdf", 1)
    stamp, _title = cover.split(" FAX ", 1)  # the page stamp, then the title at once
    assert stamp.endswith(f"page 1 of {result.pages}")
    assert _images_on(result.path / "fax.pdf", 1) == []
    readme = (result.path / "README.txt").read_text("utf-8-sig")
    assert "Prepared with the help of" not in readme and "Where to get help" not in readme


def test_a_logo_gone_since_start_leaves_the_letterhead_without_it(
    tmp_path: Path, branding: Branding
) -> None:
    assert branding.logo is not None
    branding.logo.write_bytes(b"broken")
    options = ExportOptions("mail", branding=branding)
    result = export_case(sample_source(), options, tmp_path / "out", load_destinations())
    packet = result.path / "mail-packet.pdf"
    assert NAME in _page_text(packet, 3)
    assert _images_on(packet, 3) == []
