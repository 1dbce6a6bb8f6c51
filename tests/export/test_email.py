from __future__ import annotations

import email.policy
import hashlib
import subprocess
from email.parser import BytesParser
from pathlib import Path

from ombud_desktop.export.destinations import load_destinations
from ombud_desktop.export.email_draft import attachments_for, build_drafts, mailto_link
from tests.export.samples import sample_source

MB = 1024 * 1024


def _parse(data: bytes):
    return BytesParser(policy=email.policy.strict).parsebytes(data)


def test_draft_parses_strictly_with_to_subject_unsent_header_and_attachments() -> None:
    source = sample_source()
    drafts = build_drafts(source, load_destinations(), 10 * MB)
    assert len(drafts.messages) == 1
    msg = _parse(drafts.messages[0])
    assert msg["To"] == "cisombudsman@hq.dhs.gov"
    assert msg["X-Unsent"] == "1"
    assert "Nguyễn Thị Lan" in msg["Subject"] and "IOE0912345678" in msg["Subject"]
    body = msg.get_body(("plain",)).get_content()
    names = [part.get_filename() for part in msg.iter_attachments()]
    assert names == [a.name for a in attachments_for(source)]
    for name in names:
        assert name in body
    assert "MSC2190123456" in body and "A012-345-678" in body


def test_munpack_extracts_attachments_identical_to_the_sources(tmp_path: Path) -> None:
    source = sample_source()
    drafts = build_drafts(source, load_destinations(), 10 * MB)
    eml = tmp_path / "message.eml"
    eml.write_bytes(drafts.messages[0])
    out = tmp_path / "unpacked"
    out.mkdir()
    subprocess.run(["munpack", "-q", "-C", str(out), str(eml)], check=True, capture_output=True)
    expected = {a.name: hashlib.sha256(a.data).hexdigest() for a in attachments_for(source)}
    found = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in out.glob("*.pdf")}
    assert found == expected


def test_split_at_2mb_keeps_each_part_within_limit_and_every_document_once() -> None:
    source = sample_source(doc_sizes=(900_000, 700_000, 1_100_000, 300_000, 800_000))
    drafts = build_drafts(source, load_destinations(), 2 * MB)
    assert len(drafts.messages) >= 3
    assert not drafts.oversize
    carried: list[str] = []
    total = len(drafts.messages)
    for number, data in enumerate(drafts.messages, start=1):
        assert len(data) <= 2 * MB
        msg = _parse(data)
        assert msg["Subject"].endswith(f"(part {number} of {total})")
        names = [p.get_filename() for p in msg.iter_attachments()]
        body = msg.get_body(("plain",)).get_content()
        assert f"message {number} of {total}" in body
        assert all(name in body for name in names)
        carried += names
    assert sorted(carried) == sorted(a.name for a in attachments_for(source))


def test_document_larger_than_the_limit_is_reported_not_sent() -> None:
    source = sample_source(doc_sizes=(100, 3_000_000))
    drafts = build_drafts(source, load_destinations(), 2 * MB)
    assert [a.title for a in drafts.oversize] == ["Document 2"]
    sent = [a for part in drafts.parts for a in part]
    assert "Document 2" not in [a.title for a in sent]


def test_mailto_link_addresses_the_ombudsman_with_the_subject() -> None:
    drafts = build_drafts(sample_source(), load_destinations(), 10 * MB)
    link = mailto_link(drafts, "DHS-7001 folder")
    assert link.startswith("mailto:cisombudsman@hq.dhs.gov?subject=Request%20for%20case")
    assert "%0A" in link and " " not in link
