"""Flattening a filled form: each widget's look is painted into the page, then the
widgets and the AcroForm are removed, so every viewer, printer and fax shows the same."""

from __future__ import annotations

from typing import Any

from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject

from ombud_desktop.documents.page_drawing import draw_xobjects_over

_HIDDEN = 2  # annotation flag: not shown, not printed


def _normal_appearance(widget: Any) -> Any:
    """The widget's normal appearance stream; for check boxes and radio buttons the
    "Off" look (an empty box): the app draws its own X over it."""
    appearance = widget.get("/AP", {}).get("/N")
    if appearance is None:
        return None
    appearance = appearance.get_object()
    if "/BBox" in appearance:  # a stream
        return appearance
    off = appearance.get("/Off")
    return off.get_object() if off is not None else None


def _placement(widget: Any, stream: Any) -> tuple[float, ...] | None:
    """The cm operands mapping the appearance's BBox onto the widget rectangle."""
    x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
    bx0, by0, bx1, by1 = (float(v) for v in stream["/BBox"])
    if bx1 == bx0 or by1 == by0:
        return None
    a, d = (abs(x1 - x0)) / (bx1 - bx0), (abs(y1 - y0)) / (by1 - by0)
    return (a, 0.0, 0.0, d, min(x0, x1) - bx0 * a, min(y0, y1) - by0 * d)


def flatten_form(writer: PdfWriter) -> None:
    for page in writer.pages:
        annots = page.get("/Annots")
        if annots is None:
            continue
        placed = []
        for ref in annots:
            widget = ref.get_object()
            if widget.get("/Subtype") != "/Widget" or int(widget.get("/F", 0)) & _HIDDEN:
                continue
            stream = _normal_appearance(widget)
            placement = _placement(widget, stream) if stream is not None else None
            if placement is None:
                continue
            placed.append((stream.indirect_reference or writer._add_object(stream), placement))
        if placed:  # over the page's own drawing, which q/Q keeps from shifting ours
            draw_xobjects_over(writer, page, placed, "/OmbudField")
        kept = [a for a in annots if a.get_object().get("/Subtype") != "/Widget"]
        if kept:
            page[NameObject("/Annots")] = ArrayObject(kept)
        else:
            del page[NameObject("/Annots")]
    root: DictionaryObject = writer.root_object
    if "/AcroForm" in root:
        del root[NameObject("/AcroForm")]
