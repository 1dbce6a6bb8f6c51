"""What a PDF of the app says about itself: a real title, the app as Creator and Producer,
and nothing else. No author (reportlab would write "anonymous"), no subject
("unspecified"), no person's name, and none of the document information or XMP an
attached PDF carried (author, the scanner or program that made it, edit history)."""

from __future__ import annotations

from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFString

from ombud_desktop import APP_NAME, __version__

APP = f"{APP_NAME} {__version__}"
REQUEST_TITLE = "Form DHS-7001 request for case assistance"
# Keys that hang private details off pages and images: XMP packets, the producing
# application's private data (Illustrator, InDesign ...).
_PRIVATE_KEYS = ("/Metadata", "/PieceInfo", "/LastModified")


class AppInfo(PDFInfo):
    """reportlab's document information with only the title, the app and the dates."""

    def format(self, document):  # type: ignore[no-untyped-def]
        dates = PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter)
        info = {
            "Title": PDFString(self.title),
            "Creator": PDFString(APP),
            "Producer": PDFString(APP),
            "CreationDate": dates,
            "ModDate": dates,
        }
        return PDFDictionary(info).format(document)


def set_metadata(writer: PdfWriter, title: str) -> None:
    """Replace whatever `writer` inherited (a cloned or merged PDF's information, its XMP,
    pypdf's own Producer) with `title` and the app; strip private data from the pages."""
    writer.metadata = {"/Title": title, "/Creator": APP, "/Producer": APP}
    root = writer._root_object
    for key in ("/Metadata", "/PieceInfo"):
        if key in root:
            del root[NameObject(key)]
    for page in writer.pages:
        _strip(page)
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        for reference in (xobjects.get_object() if xobjects else {}).values():
            _strip(reference.get_object())


def _strip(node: object) -> None:
    if isinstance(node, DictionaryObject):
        for key in _PRIVATE_KEYS:
            if key in node:
                del node[NameObject(key)]
