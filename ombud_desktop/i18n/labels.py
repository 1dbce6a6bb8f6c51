"""Questions in the person's language next to the form's own English wording (no Qt).

The form is sent in English, so a volunteer checking the review page against the paper
form needs both: the question as the person read it, and the label printed on the form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ombud_desktop.i18n.contexts import SPEC_CONTEXT

Translate = Callable[[str, str], str]


def question_with_form_label(field: Any, translate: Translate) -> str:
    """The field's question translated, then the English form label in brackets when
    that adds something: in another language only (in English the question is said once,
    not followed by the form's own wording of it)."""
    question = translate(SPEC_CONTEXT, field.label)
    english = (field.form_label or field.label).strip()
    if question == field.label:
        return question  # the interface is in English: the question once is enough
    if not english or english.casefold() in {question.casefold(), field.label.casefold()}:
        return question
    return f"{question}\n[{english}]"
