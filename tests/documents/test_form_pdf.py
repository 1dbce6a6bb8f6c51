"""The form PDF: every answer present and readable, fonts embedded, nothing cut off."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from ombud_desktop import __version__
from ombud_desktop.core import formspec
from ombud_desktop.core.model import Case
from ombud_desktop.documents.form_pdf import FormOptions, render_form
from ombud_desktop.documents.values import display
from ombud_desktop.errors import UserFacingError
from tests.documents import samples
from tests.documents.pdftools import assert_fonts_embedded, qpdf_check, readable

TODAY = date(2026, 11, 27)


def _render(answers: dict, **options) -> bytes:
    return render_form(Case.from_answers(answers), FormOptions(today=TODAY, **options))


def _printed_values(case: Case) -> list[str]:
    """What each answered printed field should show (choice labels for choices)."""
    expected = []
    for key, value in case.leaves():
        if not formspec.has_field(key):
            continue
        spec = formspec.field(key)
        if spec.managed or not spec.form_label or value in ("", None, []):
            continue
        if spec.kind in (formspec.Kind.CHOICE, formspec.Kind.MULTI_CHOICE):
            codes = value if isinstance(value, list) else [value]
            expected += [spec.choice(c).on_paper for c in codes]  # the form's own terms
        elif spec.kind != formspec.Kind.BOOL:
            expected.append(display(spec, value))
    return expected


def test_complete_case_contains_every_answer_in_logical_order():
    case = Case.from_answers(samples.complete_answers())
    pdf = render_form(case, FormOptions(today=TODAY))
    content = readable(pdf)
    for value in _printed_values(case):
        # Pieces of a mixed-script answer are checked one by one: each reads in logical
        # order, while their order on an RTL line is the bidi algorithm's.
        for piece in value.split("; "):
            assert " ".join(unicodedata.normalize("NFKC", piece).split()) in content, piece
    for name in (
        samples.ARABIC_NAME,
        samples.CHINESE_NAME,
        samples.HEBREW_NAME,
        samples.KOREAN_NAME,
        "Nguyễn Thị",
        "Tiếng Việt",
    ):
        assert name in content, name
    assert "A012-345-678" in content
    assert "X Yes" in content  # answered yes/no boxes carry a readable X
    qpdf_check(pdf)
    assert_fonts_embedded(pdf)


def test_footer_names_the_app_version_date_and_page_count():
    pdf = _render(samples.complete_answers())
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    content = readable(pdf)
    for number in range(1, pages + 1):
        assert (
            f"Prepared with Ombud Desktop {__version__} on 11/27/2026 — page {number} of {pages}"
            in content
        )


def test_twenty_thousand_character_description_is_whole():
    answers = samples.complete_answers()
    words = [f"w{i:05d}" for i in range(3334)]
    description = " ".join(words)[:20_000]
    assert len(description) == 20_000
    answers["reasons"]["problem_description"] = description
    pdf = _render(answers)
    content = readable(pdf)
    assert "continued in addendum, item 2.e" in content
    assert "Item 2.e. Description of the problem (continued)" in content
    # Every word, in order, with nothing lost or repeated (the last one is cut short).
    assert re.findall(r"(?<![.\w])w\d*\b", content) == description.split()
    qpdf_check(pdf)


def test_eight_filings_all_appear_three_on_the_form_the_rest_in_the_addendum():
    answers = samples.complete_answers()
    answers["filings"] = [
        {
            "form_number": f"I-{130 + i}",
            "receipt_number": f"IOE09000000{i:02d}",
            "receipt_date": "2026-01-15",
            "office": f"Office {i}",
        }
        for i in range(8)
    ]
    pdf = _render(answers)
    content = readable(pdf)
    for i in range(8):
        assert f"IOE09000000{i:02d}" in content and f"I-{130 + i}" in content
    assert "Rows 4 to 8: continued in addendum, item 6." in content
    addendum = content.split("Item 6. Applications/Petitions Filed (continued)")[1]
    assert all(f"IOE09000000{i:02d}" in addendum for i in range(3, 8))
    assert "IOE0900000002" not in addendum


def test_a_single_very_long_line_of_text_is_not_cut_off():
    answers = samples.complete_answers()
    answers["subject"]["other_names"] = "; ".join(f"Name{i}" for i in range(120))
    content = readable(_render(answers))
    assert re.findall(r"Name\d+", content) == [f"Name{i}" for i in range(120)]
    assert "continued in addendum, item 4.g" in content
    box, rest = content.split("Item 4.g. Other Names Used (continued)")
    assert "Name0;" in box and "Name119" in rest


def test_typed_signature_is_s_name_and_the_preview_has_none():
    final = readable(_render(samples.complete_answers()))
    assert "/s/ Nguyễn Thị Minh Khai" in final
    preview = readable(_render(samples.complete_answers(), preview=True))
    assert "/s/ Nguyễn" not in preview
    assert "signature is added to the final copy" in preview


def test_protected_category_is_always_signed_in_ink():
    answers = samples.complete_answers()
    answers["subject"]["protected_category"] = True
    content = readable(_render(answers))
    assert "Sign here" in content and "/s/ Nguyễn" not in content
    assert "Nguyễn Thị Minh Khai" in content and "11/20/2026" in content


def _signature_png() -> bytes:
    image = Image.new("RGBA", (300, 80), (0, 0, 0, 0))
    for x in range(20, 280):
        image.putpixel((x, 40 + (x % 20) - 10), (0, 0, 80, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_drawn_signature_is_placed_as_an_image():
    answers = samples.complete_answers()
    answers["consent"]["signature_method"] = "drawn"
    pdf = _render(answers, signature_image=_signature_png())
    images = [
        name
        for page in PdfReader(io.BytesIO(pdf)).pages
        for name in page["/Resources"].get("/XObject", {})
    ]
    assert images
    with pytest.raises(UserFacingError, match="drawn signature is missing"):
        _render(answers)
    qpdf_check(pdf)


def test_empty_case_still_renders_a_blank_form():
    pdf = _render({"schema": "ombud-case/1"})
    content = readable(pdf)
    assert "Part 1. Actions Taken with USCIS for Resolution" in content
    assert "Part 9. Consent and Signature" in content
    qpdf_check(pdf)


@pytest.mark.parametrize(
    "sample", sorted(p.name for p in (Path(__file__).parent.parent / "data").glob("*.json"))
)
def test_every_sample_case_renders_with_every_answer(sample: str, data_dir: Path):
    case = Case.from_json((data_dir / sample).read_bytes(), source=sample)
    pdf = render_form(case, FormOptions(today=TODAY, preview=True))
    content = readable(pdf)
    for value in _printed_values(case):
        for piece in value.split("; "):
            assert " ".join(unicodedata.normalize("NFKC", piece).split()) in content, piece
    qpdf_check(pdf)
    assert_fonts_embedded(pdf)


def test_strokes_from_the_signature_pad_become_a_png_without_qt():
    from ombud_desktop.documents.signature import strokes_to_png

    strokes = [[(0.1, 0.5), (0.3, 0.2), (0.5, 0.7), (0.9, 0.4)]]
    png = strokes_to_png(strokes)
    assert png is not None
    image = Image.open(io.BytesIO(png))
    assert image.getchannel("A").getbbox() is not None
    assert strokes_to_png([[(0.5, 0.5)]]) is None  # a tap is not a signature
    assert strokes_to_png("not strokes") is None


def test_protected_category_shows_ink_as_the_chosen_signature_method():
    answers = samples.complete_answers()
    answers["subject"]["protected_category"] = True
    content = readable(_render(answers))
    assert "X Handwritten in ink" in content
    assert "X Typed" not in content


def test_month_counts_are_printed_with_their_unit():
    assert "2.c Posted processing time 7 months" in readable(_render(samples.complete_answers()))


@pytest.mark.parametrize(
    "description",
    ["王小明" * 6667, "x" * 20_000, "محمد عبد الله " * 1430],
    ids=["chinese", "one-long-word", "arabic"],
)
def test_twenty_thousand_characters_in_any_script_are_whole(description: str):
    pdf = _render({"reasons": {"problem_description": description}})
    content = readable(pdf)
    assert "continued in addendum, item 2.e" in content
    if description.startswith("x"):
        assert "".join(re.findall(r"(?<![A-Za-z.])x+(?![A-Za-z])", content)) == description
    elif description.startswith("王"):
        assert "".join(re.findall("[王小明]", content)) == description
    else:  # right-to-left lines: every word is there, each in logical order
        for word in samples.ARABIC_NAME.split():
            assert content.count(word) == 1430
    qpdf_check(pdf)
