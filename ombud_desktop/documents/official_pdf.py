"""Filling an official fillable DHS-7001 PDF through a field map (docs/official-pdf-map.md).

The map is a text file, one line per AcroForm field:

    # PDF field name = field id [format]
    form1[0].Page1[0].LastName[0] = subject.last_name
    form1[0].Page1[0].DOB[0] = subject.date_of_birth date:%m/%d/%Y
    form1[0].Page1[0].Hardship[0] = reasons.kinds checkbox:emergency_hardship
    form1[0].Page1[0].Receipt2[0] = filings.1.receipt_number
    form1[0].Page1[0].Role[0] = submitter.role checkbox:attorney    (radio option "attorney")

Values are drawn onto the pages with the embedded fonts and the form is flattened:
pypdf stores non-Latin-1 values but viewers draw them as "?", and poppler drops check
marks when appearances must be regenerated (both seen when filling was first tried).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject

from ombud_desktop.core import formspec
from ombud_desktop.core.dates import parse_date
from ombud_desktop.core.model import Case
from ombud_desktop.documents import text
from ombud_desktop.documents.flatten import flatten_form
from ombud_desktop.documents.overlays import draw_over
from ombud_desktop.documents.pdf_input import open_pdf, to_bytes
from ombud_desktop.documents.pdfcanvas import new_canvas
from ombud_desktop.documents.sniff import kind_of
from ombud_desktop.documents.values import display
from ombud_desktop.errors import UserFacingError


@dataclass(frozen=True)
class PdfField:
    """One AcroForm widget: its full name, type, page (1-based) and rectangle."""

    name: str
    kind: str  # text, checkbox, radio, choice, signature, button
    page: int
    rect: tuple[float, float, float, float]
    value: str
    on_states: tuple[str, ...] = ()


@dataclass(frozen=True)
class MapEntry:
    pdf_field: str
    field_id: str
    fmt: str  # "text", "date:%m/%d/%Y", "checkbox", "checkbox:CODE"
    line: int


@dataclass
class FillReport:
    pdf: bytes
    filled: list[str]
    unmapped_required: list[str]  # required field ids with no place in the map


_KINDS = {"/Tx": "text", "/Ch": "choice", "/Sig": "signature"}


def _full_name(widget: Any) -> str:
    parts: list[str] = []
    node = widget
    while node is not None:
        if "/T" in node:
            parts.append(str(node["/T"]))
        node = node.get("/Parent")
        node = node.get_object() if node is not None else None
    return ".".join(reversed(parts))


def _inherited(widget: Any, key: str) -> Any:
    node = widget
    while node is not None:
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return None


def list_fields(pdf: bytes, filename: str = "the PDF") -> list[PdfField]:
    """Every fillable widget of the PDF, in page order."""
    return describe_form(pdf, filename).fields


@dataclass(frozen=True)
class FormDescription:
    fields: list[PdfField]
    xfa: str  # "": no XFA; "static": XFA with AcroForm copies; "dynamic": XFA only


def describe_form(pdf: bytes, filename: str = "the PDF") -> FormDescription:
    """The fillable widgets, and whether the form is an XFA form (Adobe LiveCycle)."""
    if kind_of(filename, pdf) != "pdf":
        raise UserFacingError(f"{filename} is not a PDF: choose the fillable PDF form.")
    reader = open_pdf(filename, pdf)
    found = [
        field
        for number, page in enumerate(reader.pages, 1)
        for ref in page.get("/Annots") or []
        if (field := _field(ref.get_object(), number)) is not None
    ]
    root = reader.root_object
    form = root.get("/AcroForm")
    xfa = ""
    if form is not None and "/XFA" in form.get_object():
        xfa = "dynamic" if root.get("/NeedsRendering") or not found else "static"
    return FormDescription(found, xfa)


def _field(widget: Any, page: int) -> PdfField | None:
    if not isinstance(widget, DictionaryObject) or widget.get("/Subtype") != "/Widget":
        return None
    field_type = str(_inherited(widget, "/FT") or "")
    flags = int(_inherited(widget, "/Ff") or 0)
    states: tuple[str, ...] = ()
    if field_type == "/Btn":
        kind = "radio" if flags & (1 << 15) else "button" if flags & (1 << 16) else "checkbox"
        normal = widget.get("/AP", {}).get("/N")
        normal = normal.get_object() if normal is not None else None
        # a push button's appearance is one stream (its keys are no states); a check box's
        # or radio button's is a dictionary of state name -> stream
        if kind != "button" and type(normal) is DictionaryObject:  # a stream is no states
            states = tuple(str(k)[1:] for k in normal if str(k) != "/Off")
    else:
        kind = _KINDS.get(field_type, field_type.lstrip("/") or "unknown")
    rect = tuple(float(v) for v in widget.get("/Rect", [0, 0, 0, 0]))
    return PdfField(
        _full_name(widget)[:_LONGEST],
        kind,
        page,
        rect,  # type: ignore[arg-type]
        _shown_value(_inherited(widget, "/V"), kind),
        states,
    )


_LONGEST = 120  # characters of a name or value shown: never a whole dictionary


def _shown_value(value: Any, kind: str) -> str:
    """A field's value as one short line: text, a state name or a list of them; a
    signature's or other dictionary's contents are described, not printed."""
    if value is None:
        return ""
    value = value.get_object() if hasattr(value, "get_object") else value
    if isinstance(value, DictionaryObject):
        return "(signed)" if kind == "signature" else "(not a text value)"
    if isinstance(value, ArrayObject):
        shown = ", ".join(_shown_value(item, kind) for item in value[:20])
    else:
        shown = str(value).lstrip("/") if isinstance(value, NameObject) else str(value)
    shown = " ".join(shown.split())
    return shown if len(shown) <= _LONGEST else shown[: _LONGEST - 1] + "…"


def parse_field_map(source: str, map_name: str = "the field map") -> list[MapEntry]:
    """Parse the map file; every bad line is reported at once, with its number."""
    entries: list[MapEntry] = []
    problems: list[str] = []
    for number, raw in enumerate(source.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, rest = line.partition(" = ")
        parts = rest.split(None, 1)
        if not sep or not parts:
            problems.append(f"line {number}: write 'PDF field name = field id [format]'")
            continue
        field_id, fmt = parts[0], (parts[1].strip() if len(parts) > 1 else "text")
        if not formspec.has_field(field_id):
            problems.append(f"line {number}: {field_id!r} is not a field id of the form")
        elif not (fmt == "text" or fmt.startswith("date:") or fmt.split(":")[0] == "checkbox"):
            problems.append(
                f"line {number}: unknown format {fmt!r} (use text, date:%m/%d/%Y, checkbox "
                "or checkbox:CODE)"
            )
        else:
            entries.append(MapEntry(name.strip(), field_id, fmt, number))
    if problems:
        raise UserFacingError(f"{map_name} has problems:\n  " + "\n  ".join(problems))
    return entries


def _value(case: Case, entry: MapEntry) -> str | bool:
    value = case.get(entry.field_id)
    if entry.fmt.startswith("checkbox"):
        _, _, code = entry.fmt.partition(":")
        if not code:
            return value is True
        return code in value if isinstance(value, list) else value == code
    if entry.fmt.startswith("date:"):
        parsed = parse_date(value)
        return (
            datetime(parsed.year, parsed.month, parsed.day).strftime(entry.fmt[5:])
            if parsed
            else ""
        )
    return display(formspec.field(entry.field_id), value)


def unmapped_required(case: Case, entries: list[MapEntry]) -> list[str]:
    """Required ids (always required, or required by this case's answers) and answered
    list items that the map gives no place to."""
    mapped = {formspec.spec_id(e.field_id) for e in entries} | {e.field_id for e in entries}
    missing: list[str] = []
    for spec in formspec.all_fields():
        if spec.managed or not spec.form_label:
            continue
        if spec.in_list:
            for index in range(len(case.items(spec.section))):
                concrete = spec.path(index)
                if case.get(concrete) not in (None, "", []) and concrete not in mapped:
                    missing.append(concrete)
            continue
        required = spec.required
        needed = required is True or (
            not isinstance(required, bool) and required.holds(case.getter())
        )
        if needed and spec.id not in mapped:
            missing.append(spec.id)
    return missing


def fill_official_pdf(pdf: bytes, field_map: str, case: Case) -> FillReport:
    """The official PDF with the case's answers drawn in, flattened, plus what is unmapped."""
    entries = parse_field_map(field_map)
    form = describe_form(pdf, "the official PDF")
    if form.xfa == "dynamic":
        raise UserFacingError(
            "The official PDF is an XFA form (Adobe LiveCycle Designer): its fields live in "
            "XFA only, which Ombud Desktop cannot fill. Leave the official PDF out of the "
            "settings to print the app's own form."
        )
    widgets: dict[str, list[PdfField]] = {}
    for widget in form.fields:
        widgets.setdefault(widget.name, []).append(widget)
    spots = {e.line: _widget_for(e, widgets) for e in entries}
    absent = [f"line {e.line}: {e.pdf_field}" for e in entries if spots[e.line] is None]
    if absent:
        raise UserFacingError(
            "The field map names fields this PDF does not have (check the names with "
            "'ombud-desktop pdf-fields'):\n  " + "\n  ".join(absent)
        )
    writer = PdfWriter(clone_from=open_pdf("the official PDF", pdf))
    flatten_form(writer)  # the fields' own look first, the values drawn over it
    by_page: dict[int, list[tuple[PdfField, str | bool]]] = {}
    for entry in entries:
        spot = spots[entry.line]
        assert spot is not None
        by_page.setdefault(spot.page, []).append((spot, _value(case, entry)))
    for number, placed in by_page.items():
        page = writer.pages[number - 1]
        box = page.mediabox
        overlay = _values_overlay(float(box.width), float(box.height), placed)
        draw_over(writer, page, overlay, (float(box.left), float(box.bottom)))
    return FillReport(
        to_bytes(writer), [e.field_id for e in entries], unmapped_required(case, entries)
    )


def _widget_for(entry: MapEntry, widgets: dict[str, list[PdfField]]) -> PdfField | None:
    """The widget a map line means. Radio buttons share one name: "Role#attorney" names
    the option by its on-state, and "Role = submitter.role checkbox:attorney" finds the
    option whose on-state is the code."""
    name, _, state = entry.pdf_field.partition("#")
    found = widgets.get(entry.pdf_field) or widgets.get(name) or []
    if not found:
        return None
    wanted = state or entry.fmt.partition(":")[2]
    return next((w for w in found if wanted and wanted in w.on_states), found[0])


def _values_overlay(width: float, height: float, placed: list[tuple[PdfField, str | bool]]) -> Any:
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, title="values", pagesize=(width, height))
    for spot, value in placed:
        x0, y0, x1, y1 = spot.rect
        box_w, box_h = x1 - x0, y1 - y0
        if isinstance(value, bool):
            if value:
                size = min(box_w, box_h) * 0.8
                text.draw(
                    canvas,
                    x0,
                    y0 + (box_h - size * 0.7) / 2,
                    "X",
                    size,
                    bold=True,
                    align="center",
                    box_width=box_w,
                )
            continue
        size = min(10.0, max(box_h * 0.62, 5.0))
        lines = text.wrap(value, box_w - 4, size) if value else []
        while len(lines) * size * 1.15 > box_h and size > 5:  # shrink to fit the box
            size -= 0.5
            lines = text.wrap(value, box_w - 4, size)
        y = y1 - size - max((box_h - len(lines) * size * 1.15) / 2, 1)
        for line in lines:
            text.draw(canvas, x0 + 2, y + size * 0.2, line, size, box_width=box_w - 4)
            y -= size * 1.15
    canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
