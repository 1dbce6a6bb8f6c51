from __future__ import annotations

import json
from pathlib import Path

from ombud_desktop import resources
from ombud_desktop.export.channels import REGISTERED
from ombud_desktop.export.destinations import LABELS, load_destinations, main_field


def test_shipped_file_has_brochure_and_later_values_with_source_and_date() -> None:
    dest = load_destinations()
    assert dest.email == "cisombudsman@hq.dhs.gov"
    email = dest.contacts["email"]
    assert [value for value, _ in email.earlier] == ["cisombudsman@dhs.gov"]
    assert "brochure" in email.earlier[0][1]
    assert "Mail Stop 0180" in dest.mail_lines
    assert "Mail Stop 1225" in dest.contacts["mail"].earlier[0][0]
    assert dest.fax == "202-357-0042"
    assert dest.contacts["phone_toll_free"].value == "1-855-882-8100"
    assert dest.mail_delay_days == 14
    for contact in dest.contacts.values():
        assert contact.source and contact.checked_on.year >= 2026


def test_notice_asks_to_confirm_because_operations_changed_in_2025() -> None:
    notice = load_destinations().notice
    assert "2025" in notice and "confirm" in notice


def test_organization_override_replaces_value_and_keeps_shipped_one_for_comparison() -> None:
    dest = load_destinations(
        {"email": {"address": "intake@example.org", "checked_on": "2026-10-01"}},
        override_origin="organization.toml",
    )
    email = dest.contacts["email"]
    assert email.value == "intake@example.org"
    assert email.source == "organization.toml"
    assert email.checked_on.isoformat() == "2026-10-01"
    assert email.earlier[0][0] == "cisombudsman@hq.dhs.gov"
    assert dest.problems == ()


def test_override_of_mail_lines_accepts_tuples_from_toml() -> None:
    lines = ("Ombudsman", "Box 1", "Washington, DC 20528")
    dest = load_destinations({"mail": {"lines": lines, "delay_days": 10}})
    assert dest.mail_lines == lines
    assert dest.mail_delay_days == 10


def test_bad_override_is_reported_and_shipped_value_kept() -> None:
    dest = load_destinations({"fax": {"number": 5}, "pager": {"number": "1"}})
    assert dest.fax == "202-357-0042"
    assert any("destinations.fax.number" in p for p in dest.problems)
    assert any("'pager'" in p for p in dest.problems)


def test_every_channel_and_contact_has_its_entry_in_the_shipped_file() -> None:
    data = json.loads(Path(resources.resource_path("destinations.json")).read_text())
    for channel in REGISTERED:
        assert main_field(data[channel.code]) == channel.contact_field
    for key in [*(channel.code for channel in REGISTERED), *LABELS]:
        assert data[key]["source"] in data["sources"]


def test_readme_marks_the_shipped_notice_for_translation() -> None:
    from ombud_desktop.export.readme import NOTICE

    assert load_destinations().notice == NOTICE
