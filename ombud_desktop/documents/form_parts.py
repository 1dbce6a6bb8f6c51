"""The parts of the printed form as numbered on paper ("Part 4. Information About the
Individual ..."): every cross-reference printed anywhere (signature caption, checklists)
asks here, so it names the part as printed. Light: no PDF library."""

from __future__ import annotations

from functools import cache

from ombud_desktop.core.formspec import SECTIONS, Field, Section


def printed_fields(section: Section) -> list[Field]:
    """The fields of a section that have a place on the paper form."""
    return [f for f in section.fields if f.form_label and not f.managed]


@cache
def part_numbers() -> dict[str, int]:
    """Section id -> its part number on the printed form, in printing order."""
    printed = [s.id for s in SECTIONS if s.form_item and printed_fields(s)]
    return {section_id: number for number, section_id in enumerate(printed, start=1)}


def part_number(section_id: str) -> int:
    return part_numbers()[section_id]
