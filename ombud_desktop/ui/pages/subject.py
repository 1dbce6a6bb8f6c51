"""Section 5: the person or employer encountering difficulties with USCIS."""

from __future__ import annotations

from ombud_desktop.ui.pages.base import SectionPage


class SubjectPage(SectionPage):
    section_id = "subject"
