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
    that adds something (another language, or other words than the question)."""
    question = translate(SPEC_CONTEXT, field.label)
    english = (field.form_label or field.label).strip()
    if not english or english.casefold() in {question.casefold(), field.label.casefold()}:
        return question
    return f"{question}\n[{english}]"
