"""Edition A item 6: the type of immigration benefit sought (all from the form spec)."""

from __future__ import annotations

from ombud_desktop.ui.pages.base import SectionPage


class BenefitPage(SectionPage):
    section_id = "benefit"
