"""Script runs, right-to-left ordering and wrapping that never loses a character."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ombud_desktop.documents import fonts, text
from tests.documents.samples import ARABIC_NAME, CHINESE_NAME, HEBREW_NAME, KOREAN_NAME


def test_each_script_gets_a_font_that_has_its_glyphs():
    runs = fonts.split_runs(f"Name {CHINESE_NAME} {HEBREW_NAME} {KOREAN_NAME} Đức")
    by_text = {run.strip(): font for font, run in runs}
    assert by_text[CHINESE_NAME] == "OmbudCJK"
    assert by_text[HEBREW_NAME] == "OmbudHebrew"
    assert by_text[KOREAN_NAME] == "OmbudKorean"
    assert by_text["Name"] == "OmbudSans"
    for font, run in runs:
        assert all(c.isspace() or fonts.has_glyph(font, c) for c in run), (font, run)


def test_bold_falls_back_to_regular_only_where_no_bold_face_exists():
    assert fonts.split_runs("Part", bold=True) == [("OmbudSans-Bold", "Part")]
    assert fonts.split_runs(CHINESE_NAME, bold=True) == [("OmbudCJK", CHINESE_NAME)]


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(max_codepoint=127)), st.booleans())
def test_ascii_text_takes_the_one_run_shortcut_with_the_runs_letter_by_letter_give(
    ascii_text: str, bold: bool
) -> None:
    assert fonts._latin_draws_ascii()  # the shortcut is taken
    assert fonts.split_runs(ascii_text, bold) == fonts.runs_by_letter(ascii_text, bold)


def test_rtl_name_inside_english_line_is_reversed_for_display_only():
    line = f"Name: {HEBREW_NAME} (father)"
    shown = text.to_display(line, rtl=False)
    assert shown.startswith("Name: ")
    assert "ןהכ דוד" in shown  # drawn right to left
    assert shown.endswith("(father)")


def test_arabic_is_shaped_into_joined_forms():
    shown = text.to_display(ARABIC_NAME, rtl=True)
    assert all(0xFE70 <= ord(c) <= 0xFEFF or c == " " for c in shown), shown
    assert fonts.missing_characters(shown) == set()


def test_paragraph_direction_follows_first_strong_character():
    assert text.is_rtl(ARABIC_NAME + " I-130")
    assert not text.is_rtl("I-130 " + ARABIC_NAME)


def test_characters_without_a_shipped_font_are_reported():
    assert fonts.missing_characters("नमस्ते") != set()
    assert fonts.missing_characters(f"{CHINESE_NAME} {KOREAN_NAME} Ελένη Сергей Đức") == set()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from([*"abc xyz ĐứcMinh 王小明 דוד محمد\n", "w" * 30]), max_size=120).map(
        "".join
    ),
    st.integers(min_value=40, max_value=400),
)
def test_wrap_keeps_every_character(value: str, width: int):
    lines = text.wrap(value, width, 9)
    assert "".join("".join(lines).split()) == "".join(text.clean(value).split())
    for line in lines:
        assert len(line) == 1 or text.width(line, 9) <= width + 0.01


def test_a_20000_character_word_is_split_across_lines():
    lines = text.wrap("x" * 20_000, 300, 9)
    assert "".join(lines) == "x" * 20_000
    assert len(lines) > 100
