"""The beneficiary of a petition: shown only when a petition is for someone else."""

from __future__ import annotations

from ombud_desktop.core.facts import beneficiary_applies
from ombud_desktop.ui.pages.base import SectionPage


class BeneficiaryPage(SectionPage):
    section_id = "beneficiary"

    def is_relevant(self) -> bool:
        return beneficiary_applies(self.session.case)
