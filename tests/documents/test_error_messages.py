"""Attachment errors keep the English sentence for the CLI and carry a template plus
parameters, so the GUI can say the same thing in the person's language."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from ombud_desktop.documents.errors import AttachmentError, AttachmentProblems, PasswordNeeded
from ombud_desktop.documents.image_pages import image_to_pdf
from ombud_desktop.documents.sniff import kind_of
from ombud_desktop.errors import UserFacingError
from ombud_desktop.i18n import catalog


def spanish(text: str) -> str:
    return catalog.translate("errors", text, "es")


def test_an_empty_file_says_so_in_english_and_carries_its_template():
    with pytest.raises(AttachmentError) as caught:
        kind_of("scan.pdf", b"")
    err = caught.value
    assert str(err) == (
        "scan.pdf: the file is empty (0 bytes). Choose the file again, or scan it again."
    )
    assert err.reason_template.startswith("the file is empty") and err.reason_params == {}
    assert err.localized(lambda text: text) == str(err)
    said = err.localized(spanish)
    assert said.startswith("scan.pdf: ") and "0 bytes" in said and "empty" not in said


def test_kind_words_are_parameters_translated_with_the_template():
    with pytest.raises(AttachmentError) as caught:
        kind_of("letter.pdf", b"Dear officer,\nplease help.\n")
    err = caught.value
    assert "this file contains plain text" in str(err)
    assert err.reason_params["kind"] == "plain text"
    said = err.localized(spanish)
    assert spanish("plain text") in said and "plain text" not in said
    assert "PDF, JPEG, PNG" in said  # the list of formats stays as written


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_a_photo_too_large_keeps_its_size_as_a_parameter():
    image = Image.new("L", (12_000, 10_000))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    with pytest.raises(AttachmentError) as caught:
        image_to_pdf("huge.png", buffer.getvalue(), "png")
    err = caught.value
    assert "(12,000 x 10,000 pixels)" in str(err)
    assert err.reason_params == {"width": "12,000", "height": "10,000"}
    assert "12,000 x 10,000" in err.localized(spanish)


def test_several_problems_list_every_file_translated():
    problems = [PasswordNeeded("a.pdf"), PasswordNeeded("b.pdf", wrong=True)]
    err = AttachmentProblems(problems)
    assert str(err).startswith("These attachments cannot be turned into pages")
    assert "  - a.pdf: this PDF is protected by a password" in str(err)
    said = err.localized(spanish)
    assert said.count("\n  - ") == 2 and "a.pdf" in said and "b.pdf" in said
    assert "protected by a password" not in said and "cannot be turned" not in said


def test_an_error_without_a_template_is_shown_as_written():
    err = UserFacingError("Plain sentence.")
    assert err.template is None and err.localized(spanish) == "Plain sentence."
    templated = UserFacingError(template="Look in {folder}.", params={"folder": "/x"})
    assert str(templated) == "Look in /x." and templated.params == {"folder": "/x"}
