"""The beneficiary of a petition: shown only when a petition is for someone else."""

from __future__ import annotations

from ombud_desktop.core.conditions import is_blank
from ombud_desktop.ui.pages.base import SectionPage

# Petitions filed for another person (the beneficiary); an employer is always filing for
# someone else.
PETITIONS_FOR_OTHERS = frozenset(
    {"I-129", "I-129F", "I-130", "I-140", "I-360", "I-526", "I-600", "I-730", "I-800", "I-824"}
)


class BeneficiaryPage(SectionPage):
    section_id = "beneficiary"

    def is_relevant(self) -> bool:
        case = self.session.case
        if case.get("subject.kind") == "organization":
            return True
        if any(not is_blank(value) for value in (case.get("beneficiary") or {}).values()):
            return True  # answers already given are never hidden away
        forms = {str(item.get("form_number", "")).upper() for item in case.items("filings")}
        return bool(forms & PETITIONS_FOR_OTHERS)
