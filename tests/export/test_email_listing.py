"""Every message of an email export lists every file of the request, and no header folds
into an empty first line (checked by parsing as mail programs do)."""

from __future__ import annotations

import email.policy
from email.parser import BytesParser

from hypothesis import given, settings
from hypothesis import strategies as st

from ombud_desktop.export.destinations import load_destinations
from ombud_desktop.export.email_draft import attachments_for, build_drafts, fold_subject
from tests.export.samples import sample_source

MB = 1024 * 1024


def _parse(data: bytes):  # type: ignore[no-untyped-def]
    return BytesParser(policy=email.policy.default).parsebytes(data)


def test_each_message_lists_this_messages_files_the_other_messages_and_those_left_out() -> None:
    source = sample_source(doc_sizes=(900_000, 700_000, 3_000_000, 300_000, 800_000))
    destinations = load_destinations()
    drafts = build_drafts(source, destinations, 2 * MB)
    everything = [a.name for a in attachments_for(source)]
    total = len(drafts.messages)
    assert total >= 2 and [a.title for a in drafts.oversize] == ["Document 3"]
    for number, data in enumerate(drafts.messages, start=1):
        msg = _parse(data)
        assert not msg.defects
        body = msg.get_body(("plain",)).get_content().replace("\r\n", "\n")
        assert body == drafts.bodies[number - 1]
        for name in everything:
            assert body.count(name) == 1, (name, body)
        here = body.split("Attached to this message:")[1].split("\n\n")[0]
        assert sorted(p.get_filename() for p in msg.iter_attachments()) == sorted(
            line.split(" - ")[0].strip() for line in here.strip().splitlines()
        )
        for other in range(1, total + 1):
            if other != number:
                assert f"In message {other} of {total}:" in body
        left_out = body.split("Not attached, too large to send by email")[1]
        assert "04-Document-3.pdf" in left_out.split("\n\n")[0]
        assert f"by fax (to {destinations.fax}) or by mail" in left_out


def test_a_single_message_with_nothing_left_out_names_no_other_message() -> None:
    drafts = build_drafts(sample_source(), load_destinations(), 10 * MB)
    body = drafts.bodies[0]
    assert "In message" not in body and "Not attached" not in body
    assert all(a.name in body for a in attachments_for(sample_source()))


_WORDS = st.lists(
    st.one_of(
        st.text(alphabet="abcXYZ019-()", min_size=1, max_size=90),
        st.text(alphabet="ễịăĐ李明华محمد", min_size=1, max_size=30),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(_WORDS)
def test_subject_folds_with_words_on_the_first_line_and_reads_back_whole(words) -> None:  # type: ignore[no-untyped-def]
    subject = " ".join(words)
    folded = fold_subject("Subject", subject)
    lines = folded.split("\r\n")[:-1]
    assert lines[0].startswith("Subject: ") and lines[0][len("Subject: ") :].strip()
    assert all(len(line) <= 78 for line in lines)
    assert all(line.startswith(" ") for line in lines[1:])
    assert folded.isascii()
    parsed = _parse((folded + "\r\nbody\r\n").encode("ascii"))
    assert not parsed.defects
    assert parsed["Subject"] == subject


def test_a_long_first_word_in_the_subject_does_not_leave_the_first_line_empty() -> None:
    # the email library alone folds this into "Subject:" and a continuation line
    folded = fold_subject("Subject", "x" * 70 + " - IOE0912345678")
    assert folded.split("\r\n")[0] != "Subject:"
    assert _parse((folded + "\r\n").encode())["Subject"] == "x" * 70 + " - IOE0912345678"
