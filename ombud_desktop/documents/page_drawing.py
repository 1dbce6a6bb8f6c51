"""Drawing XObjects over a PDF page without parsing it (stamps, watermarks, a filled
form's field looks): pypdf's merge_page parses every operator of both pages. The page's
own content streams stay as they are, shared with other pages or not, wrapped in q/Q
by two small new streams, and each XObject is drawn after them through its matrix."""

from __future__ import annotations

from collections.abc import Sequence

from pypdf import PageObject, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    PdfObject,
)


def draw_xobjects_over(
    writer: PdfWriter,
    page: PageObject,
    placed: Sequence[tuple[PdfObject, Sequence[float]]],
    stem: str,
    ctm: Sequence[float] | None = None,
) -> None:
    """Each (XObject reference, cm matrix) in `placed` drawn over `page` (of `writer`),
    named from `stem` among the page's resources; the page's own drawing first goes
    through the matrix `ctm` when given."""
    xobjects = _own_xobjects(page)
    drawn = []
    for xobject, matrix in placed:
        name = _free_name(xobjects, stem)
        xobjects[name] = xobject
        drawn.append(b"q %s cm %s Do Q" % (pdf_numbers(matrix), name.encode("ascii")))
    before = b"q\n" if ctm is None else b"q %s cm\n" % pdf_numbers(ctm)
    after = b"\nQ\n" + b"\n".join(drawn) + b"\n"
    streams = [_stream(writer, before), *_content_streams(page), _stream(writer, after)]
    page[NameObject("/Contents")] = ArrayObject(streams)


def pdf_numbers(values: Sequence[float]) -> bytes:
    """Numbers as a content stream writes them: six decimals at most, no trailing zeros."""
    return " ".join(f"{value:.6f}".rstrip("0").rstrip(".") for value in values).encode("ascii")


def _stream(writer: PdfWriter, data: bytes) -> IndirectObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    # pypdf has no public call to add a new indirect object to a writer.
    return writer._add_object(stream)


def _content_streams(page: PageObject) -> list[IndirectObject]:
    """The page's content streams, as references (the spec's content is one stream or an
    array of them; a split between streams falls between tokens)."""
    contents = page.get("/Contents")
    if contents is None:
        return []
    parts = contents.get_object()
    if isinstance(parts, ArrayObject):
        return [part for part in parts if isinstance(part, IndirectObject)]
    return [contents] if isinstance(contents, IndirectObject) else []


def _own_xobjects(page: PageObject) -> DictionaryObject:
    """The page's /XObject resources, in dictionaries of its own: a resources object
    other pages share (or one inherited) is copied first, so a name added here reaches
    no other page."""
    resources, node = page.get("/Resources"), page.get("/Parent")
    while resources is None and node is not None:  # inherited from the page tree
        node = node.get_object()
        resources, node = node.get("/Resources"), node.get("/Parent")
    own = DictionaryObject(resources.get_object()) if resources is not None else DictionaryObject()
    xobjects = own.get("/XObject")
    own_xobjects = DictionaryObject(xobjects.get_object() if xobjects is not None else {})
    own[NameObject("/XObject")] = own_xobjects
    page[NameObject("/Resources")] = own
    return own_xobjects


def _free_name(names: DictionaryObject, stem: str) -> NameObject:
    name, number = stem, 0
    while name in names:
        number += 1
        name = f"{stem}{number}"
    return NameObject(name)
