"""How each answer is written on the printed form: the one formatter (core.display),
in English, as the form is always filed in English."""

from __future__ import annotations

from ombud_desktop.core.display import display_value as display
from ombud_desktop.core.normalise import format_a_number

__all__ = ["display", "format_a_number"]
