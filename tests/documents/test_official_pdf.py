"""Official fillable PDF: listing its fields, filling it through a field map."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from ombud_desktop.core.model import Case
from ombud_desktop.documents.official_pdf import fill_official_pdf, list_fields, parse_field_map
from ombud_desktop.errors import UserFacingError
from tests.documents import samples
from tests.documents.pdftools import assert_fonts_embedded, qpdf_check, readable


def fillable_pdf() -> bytes:
    """A two-page stand-in for the official DHS-7001 with text fields and check boxes."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    form = canvas.acroForm
    canvas.drawString(72, 760, "Official form stand-in")
    form.textfield(name="LastName", x=72, y=700, width=200, height=20)
    form.textfield(name="FirstName", x=300, y=700, width=200, height=20)
    form.textfield(name="OtherNames", x=72, y=650, width=430, height=20)
    form.textfield(name="DOB", x=72, y=600, width=120, height=20)
    form.checkbox(name="Hardship", x=72, y=560, size=14)
    form.checkbox(name="Delay", x=120, y=560, size=14)
    for number, role in enumerate(("self", "attorney", "helper")):
        form.radio(name="Role", value=role, selected=False, x=200 + 40 * number, y=560, size=14)
    canvas.showPage()
    form.textfield(name="Receipt1", x=72, y=700, width=200, height=20)
    form.textfield(name="Description", x=72, y=400, width=450, height=200)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


FIELD_MAP = """\
# PDF field name = field id [format]
LastName = subject.last_name
FirstName = subject.first_name
OtherNames = subject.other_names
DOB = subject.date_of_birth date:%m/%d/%Y
Hardship = reasons.kinds checkbox:emergency_hardship
Delay = reasons.kinds checkbox:uscis_error
Receipt1 = filings.0.receipt_number
Role = submitter.role checkbox:self
Role = submitter.role checkbox:attorney
Role#helper = submitter.role checkbox:helper
Description = reasons.problem_description
"""


def test_pdf_fields_lists_every_field_with_page_and_kind():
    found = {f.name: f for f in list_fields(fillable_pdf())}
    assert set(found) == {
        "LastName", "FirstName", "OtherNames", "DOB", "Hardship", "Delay", "Receipt1",
        "Description", "Role",
    }  # fmt: skip
    assert found["Hardship"].kind == "checkbox" and found["Hardship"].on_states
    assert found["Receipt1"].page == 2 and found["LastName"].kind == "text"


def test_filled_pdf_shows_values_in_any_script_and_ticks_only_chosen_boxes():
    case = Case.from_answers(samples.complete_answers())
    report = fill_official_pdf(fillable_pdf(), FIELD_MAP, case)
    content = readable(report.pdf)
    assert "Khai" in content and "Nguyễn Thị" in content
    assert samples.ARABIC_NAME in content and samples.CHINESE_NAME in content
    assert "04/05/1990" in content and "IOE0912345678" in content
    assert "Filed I-765 in January." in content
    # Hardship yes, USCIS error no; role "helper": only the third radio option.
    assert content.count("X") == 2
    page = PdfReader(io.BytesIO(report.pdf)).pages[0]
    ticks: list[float] = []
    page.extract_text(
        visitor_text=lambda t, cm, tm, font, size: ticks.append(tm[4]) if t.strip() == "X" else None
    )
    assert any(abs(x - (200 + 40 * 2)) < 14 for x in ticks), ticks
    reader = PdfReader(io.BytesIO(report.pdf))
    assert "/AcroForm" not in reader.trailer["/Root"]  # flattened
    qpdf_check(report.pdf)
    # Only the stand-in's own Helvetica is unembedded; every font the app added is embedded.
    assert_fonts_embedded(report.pdf, allow={"Helvetica"})


def test_required_ids_left_unmapped_are_reported():
    case = Case.from_answers(samples.complete_answers())
    report = fill_official_pdf(fillable_pdf(), FIELD_MAP, case)
    assert "reasons.desired_outcome" in report.unmapped_required
    assert "filings.0.form_number" in report.unmapped_required
    assert "filings.1.form_number" in report.unmapped_required  # answered, no place
    assert "subject.last_name" not in report.unmapped_required
    assert "filings.0.receipt_number" not in report.unmapped_required


def test_bad_map_lines_are_all_reported_with_line_numbers():
    with pytest.raises(UserFacingError) as err:
        parse_field_map("A = subject.nope\nB subject.last_name\nC = subject.last_name weird\n")
    message = str(err.value)
    assert "line 1" in message and "line 2" in message and "line 3" in message


def test_map_naming_a_field_the_pdf_lacks_is_refused():
    with pytest.raises(UserFacingError, match="Nonexistent"):
        fill_official_pdf(
            fillable_pdf(), "Nonexistent = subject.last_name\n", Case.from_answers({})
        )


def test_flattened_fields_keep_their_look_under_the_values():
    from PIL import Image

    from tests.documents.pdftools import page_png

    report = fill_official_pdf(fillable_pdf(), FIELD_MAP, Case.from_answers({}))
    assert "/Annots" not in PdfReader(io.BytesIO(report.pdf)).pages[0]
    # reportlab's text fields have a light blue background: it is painted into the page.
    image = Image.open(io.BytesIO(page_png(report.pdf, 1, dpi=36))).convert("RGB")
    x, y = int((72 + 100) / 2), int((842 - 710) / 2)  # inside LastName at 36 dpi (A4)
    red, green, blue = image.getpixel((x, y))
    assert blue > red + 20, (red, green, blue)
