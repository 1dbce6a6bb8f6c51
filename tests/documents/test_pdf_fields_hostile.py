"""`pdf-fields` on the forms that misled it: XFA forms said plainly, push buttons listed
as buttons, and no field value printed as a multi-kilobyte dictionary."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from ombud_desktop.documents.official_pdf import describe_form
from tests.cli_runner import run_cli
from tests.documents.test_official_pdf import fillable_pdf


def _stream(writer: PdfWriter, data: bytes) -> object:
    stream = DecodedStreamObject()
    stream.set_data(data)
    stream[NameObject("/BBox")] = ArrayObject([FloatObject(0), FloatObject(0)] * 2)
    return writer._add_object(stream)


def _widget(writer: PdfWriter, name: str, extra: dict[str, object]) -> object:
    widget = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/T"): TextStringObject(name),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (72, 72, 172, 92)]),
            **{NameObject(k): v for k, v in extra.items()},  # type: ignore[misc]
        }
    )
    return writer._add_object(widget)


def hostile_form(xfa: str = "") -> bytes:
    """Fields of the kinds that broke the listing; `xfa`: "", "static" or "dynamic"."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(fillable_pdf())))
    button = _widget(
        writer,
        "PrintButton",
        {
            "/FT": NameObject("/Btn"),
            "/Ff": NumberObject(1 << 16),
            "/AP": DictionaryObject({NameObject("/N"): _stream(writer, b"q Q")}),
        },
    )
    signature_value = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Sig"),
            NameObject("/Contents"): ByteStringObject(b"\x30" * 8192),
            NameObject("/ByteRange"): ArrayObject([NumberObject(0)] * 4),
        }
    )
    signature = _widget(
        writer, "Signature1", {"/FT": NameObject("/Sig"), "/V": writer._add_object(signature_value)}
    )
    notes = _widget(
        writer, "Notes", {"/FT": NameObject("/Tx"), "/V": TextStringObject("word " * 1200)}
    )
    page = writer.pages[0]
    page[NameObject("/Annots")] = ArrayObject([*page.get("/Annots", []), button, signature, notes])
    if xfa:
        if xfa == "dynamic":
            for each in writer.pages:
                each[NameObject("/Annots")] = ArrayObject()
            writer._root_object[NameObject("/NeedsRendering")] = BooleanObject(True)
        form = writer._root_object["/AcroForm"].get_object()
        form[NameObject("/XFA")] = _stream(
            writer, b"<xdp:xdp xmlns:xdp='http://ns.adobe.com/xdp/'/>"
        )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_push_buttons_are_buttons_and_no_value_is_a_dictionary() -> None:
    form = describe_form(hostile_form())
    found = {f.name: f for f in form.fields}
    assert form.xfa == ""
    assert found["PrintButton"].kind == "button" and found["PrintButton"].on_states == ()
    assert found["Signature1"].kind == "signature" and found["Signature1"].value == "(signed)"
    assert len(found["Notes"].value) <= 120 and found["Notes"].value.endswith("…")
    assert found["Hardship"].on_states  # check boxes keep their states


def test_the_listing_prints_short_lines_only(tmp_path: Path) -> None:
    path = tmp_path / "official.pdf"
    path.write_bytes(hostile_form())
    done = run_cli("pdf-fields", path)
    assert done.returncode == 0, done.stderr
    assert max(len(line) for line in done.stdout.splitlines()) < 300
    assert "button    PrintButton" in done.stdout
    assert "BBox" not in done.stdout and "ByteRange" not in done.stdout
    listed = json.loads(run_cli("pdf-fields", path, "--json").stdout)
    assert {f["name"]: f["kind"] for f in listed}["PrintButton"] == "button"


def test_a_dynamic_xfa_form_is_said_to_be_one_that_cannot_be_filled(tmp_path: Path) -> None:
    path = tmp_path / "xfa.pdf"
    path.write_bytes(hostile_form("dynamic"))
    assert describe_form(path.read_bytes()).xfa == "dynamic"
    done = run_cli("pdf-fields", path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "is an XFA form" in done.stdout and "cannot fill" in done.stdout
    as_json = run_cli("pdf-fields", path, "--json")
    assert json.loads(as_json.stdout) == [] and "is an XFA form" in as_json.stderr


def test_a_static_xfa_form_says_so_and_lists_its_ordinary_fields(tmp_path: Path) -> None:
    path = tmp_path / "hybrid.pdf"
    path.write_bytes(hostile_form("static"))
    done = run_cli("pdf-fields", path)
    assert done.returncode == 0
    assert done.stdout.startswith("hybrid.pdf is an XFA form") and "LastName" in done.stdout


def test_filling_a_dynamic_xfa_form_says_why_it_cannot() -> None:
    import pytest

    from ombud_desktop.core.model import Case
    from ombud_desktop.documents.official_pdf import fill_official_pdf
    from ombud_desktop.errors import UserFacingError

    with pytest.raises(UserFacingError, match="XFA form"):
        fill_official_pdf(hostile_form("dynamic"), "LastName = subject.last_name\n", Case({}))
