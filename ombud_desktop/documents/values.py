"""How each answer is written on the printed form: the one formatter (core.display),
in English, as the form is always filed in English."""

from __future__ import annotations

from functools import partial

from ombud_desktop.core.display import display_value
from ombud_desktop.core.normalise import format_a_number

display = partial(display_value, on_paper=True)  # English; states as their postal code

__all__ = ["display", "format_a_number"]
