"""Every PDF an export writes has a real title, the app as Creator and Producer, no
reportlab defaults, no personal data, and none of an attached PDF's own document
information or XMP (checked with pdfinfo and in qpdf's uncompressed form)."""

from __future__ import annotations

import io
import json
import subprocess
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

from ombud_desktop import APP_NAME, __version__
from ombud_desktop.core.model import Case
from ombud_desktop.documents.case_files import AttachmentInput
from ombud_desktop.documents.form_pdf import render_form
from ombud_desktop.export.destinations import load_destinations
from ombud_desktop.export.gather import CaseMaterial, prepare
from ombud_desktop.export.options import ExportOptions
from ombud_desktop.export.run import export_case
from tests.documents.pdftools import qpdf_check
from tests.export.samples import make_pdf

APP = f"{APP_NAME} {__version__}"
SECRET = "Maria Secreta Lopez"
XMP = (
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
    f"<rdf:RDF><dc:creator>{SECRET}</dc:creator></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
)


def _pdfinfo(pdf: bytes) -> dict[str, str]:
    done = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True, check=True)
    lines = done.stdout.decode().splitlines()
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines)}


def _uncompressed(pdf: bytes) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        source, out = Path(folder, "in.pdf"), Path(folder, "out.pdf")
        source.write_bytes(pdf)
        subprocess.run(
            ["qpdf", "--qdf", "--object-streams=disable", str(source), str(out)], check=True
        )
        return out.read_bytes()


def _with_private_metadata(pdf: bytes) -> bytes:
    """A scan as a phone app saves it: author, creator, XMP on the document and the page."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_metadata({"/Author": SECRET, "/Creator": "SecretScan 9 (serial 4711)"})
    for holder in (writer._root_object, writer.pages[0]):
        stream = DecodedStreamObject()
        stream.set_data(XMP.encode())
        stream[NameObject("/Type")] = NameObject("/Metadata")
        stream[NameObject("/Subtype")] = NameObject("/XML")
        holder[NameObject("/Metadata")] = writer._add_object(stream)
    buffer = io.BytesIO()
    writer.write(buffer)
    data = buffer.getvalue()
    assert SECRET.encode() in _uncompressed(data)
    return data


def _assert_clean(pdf: bytes, name: str) -> None:
    info = _pdfinfo(pdf)
    assert info["Creator"] == APP and info["Producer"] == APP, (name, info)
    assert info.get("Title") and "untitled" not in info["Title"], (name, info)
    assert "Author" not in info and "Subject" not in info, (name, info)
    assert info["Metadata Stream"] == "no", (name, info)
    raw = _uncompressed(pdf)
    for private in (SECRET.encode(), b"SecretScan", b"xmpmeta", b"anonymous", b"unspecified"):
        assert private not in raw, (name, private)
    qpdf_check(pdf)


def test_the_form_pdf_has_a_title_and_the_app_and_no_name(data_dir: Path) -> None:
    answers = json.loads((data_dir / "complete_ready.json").read_text("utf-8"))
    pdf = render_form(Case.from_answers(answers))
    info = _pdfinfo(pdf)
    assert info["Title"] == "Form DHS-7001, Case Assistance Form"
    assert (info["Creator"], info["Producer"]) == (APP, APP)
    assert "Author" not in info and "Subject" not in info and "Keywords" not in info
    assert answers["subject"]["last_name"] not in json.dumps(info)


@pytest.mark.slow
@pytest.mark.parametrize("channel", ["email", "fax", "mail"])
def test_an_attached_pdfs_own_metadata_never_reaches_an_export(
    tmp_path: Path, data_dir: Path, channel: str
) -> None:
    answers = json.loads((data_dir / "complete_ready.json").read_text("utf-8"))
    del answers["documents"]
    scan = AttachmentInput(
        "scan.pdf", _with_private_metadata(make_pdf(2, "Receipt")), "received_from_uscis", "Notice"
    )
    source = prepare(CaseMaterial("case-1", answers, {}, (scan,)))
    result = export_case(source, ExportOptions(channel), tmp_path, load_destinations())
    pdfs = sorted(result.path.rglob("*.pdf"))
    assert pdfs
    for path in pdfs:
        _assert_clean(path.read_bytes(), path.name)
    for path in pdfs:
        reader = PdfReader(path)
        assert "/Metadata" not in reader.trailer["/Root"]
        assert all("/Metadata" not in page for page in reader.pages)
