"""An export channel is one descriptor: a fourth channel (here a web-portal copy sheet)
is one new Channel plus its registration and its destination entry, and the export run,
README, manifest and bundle name follow it without other changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ombud_desktop import resources
from ombud_desktop.errors import UserFacingError
from ombud_desktop.export import channels, readme
from ombud_desktop.export.channel import Channel, ChannelJob
from ombud_desktop.export.destinations import load_destinations
from ombud_desktop.export.options import ExportOptions
from ombud_desktop.export.run import export_case
from tests.export.samples import sample_source


def _copy_sheet(job: ChannelJob) -> list[readme.Line]:
    text = f"Paste into the portal: {job.source.regarding()}\n"
    job.writer.add("portal.txt", text.encode("utf-8"))
    job.result.files.append("portal.txt")
    return [
        (
            "Open {url} and paste portal.txt into the form.",
            {"url": job.dest.contacts["portal"].value},
        )
    ]


PORTAL = Channel(
    code="portal",
    name="web portal",
    label="Web portal",
    choice="&Web portal: a text to paste into the online form",
    reference="the confirmation number the portal shows",
    contact_field="url",
    build=_copy_sheet,
)


@pytest.fixture
def with_portal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Registers the channel (one line in channels.py) and gives it a destination entry."""
    monkeypatch.setitem(channels.CHANNELS, PORTAL.code, PORTAL)
    shipped = json.loads(Path(resources.resource_path("destinations.json")).read_text())
    shipped["portal"] = {"url": "https://example.org/ombudsman-form", "source": "dhs_pages"}
    path = tmp_path / "destinations.json"
    path.write_text(json.dumps(shipped), encoding="utf-8")
    return path


def test_a_registered_channel_exports_through_its_descriptor(with_portal: Path, tmp_path: Path):
    destinations = load_destinations(path=with_portal)
    result = export_case(sample_source(), ExportOptions("portal"), tmp_path / "out", destinations)
    assert result.channel == "portal" and "portal.txt" in result.files
    assert "portal" in result.path.name
    text = (result.path / "README.txt").read_text("utf-8-sig")
    assert "Web portal" in text and "https://example.org/ombudsman-form" in text
    assert "paste portal.txt" in text and "the confirmation number the portal shows" in text
    manifest = json.loads((result.path / "manifest.json").read_text("utf-8"))
    assert manifest["channel"] == "portal"
    assert manifest["destination"]["address"] == "https://example.org/ombudsman-form"


def test_an_unregistered_channel_is_refused_with_the_known_ones(tmp_path: Path):
    with pytest.raises(UserFacingError, match=r"not a way to send\. Choose email or fax or mail"):
        export_case(sample_source(), ExportOptions("portal"), tmp_path, load_destinations())


def test_the_shipped_channels_are_descriptors_every_layer_reads():
    from ombud_desktop.cli import build_parser

    assert channels.CODES == ("email", "fax", "mail")
    export = build_parser().parse_args(["case", "export", "c1", "--channel", "fax", "--out", "x"])
    assert export.channel == "fax"
    for channel in channels.REGISTERED:
        assert channel.choice.startswith("&") and channel.name and channel.reference
