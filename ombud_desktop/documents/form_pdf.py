"""The filled Form DHS-7001 as PDF pages, laid out from the form spec.

Every printed field of `formspec.SECTIONS` becomes a numbered, labelled box (item
"5.c"), check boxes for choices, a ruled table for repeating sections. Nothing is cut
off: text longer than its box, and filings beyond the three printed rows, end with
"continued in addendum, item N" and go on in the addendum pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ombud_desktop import APP_NAME, __version__
from ombud_desktop.core.dates import format_date
from ombud_desktop.core.facts import signature_method, subject_display_name
from ombud_desktop.core.formspec import SECTIONS, Field, Kind, Section
from ombud_desktop.core.json_types import JsonValue, as_object
from ombud_desktop.core.model import Case
from ombud_desktop.documents import text
from ombud_desktop.documents.form_parts import part_number, part_numbers, printed_fields
from ombud_desktop.documents.form_writer import LEFT, VALUE_SIZE, WIDTH, Cell, FormWriter
from ombud_desktop.documents.signature import draw_signature_block
from ombud_desktop.documents.values import display, format_a_number

# Width of a box in twelfths of the line, by kind of answer.
_SPANS = {
    Kind.TEXT: 6, Kind.LONG_TEXT: 12, Kind.DATE: 3, Kind.BOOL: 4, Kind.CHOICE: 12,
    Kind.MULTI_CHOICE: 12, Kind.NUMBER: 3, Kind.COUNTRY: 4, Kind.US_STATE: 2, Kind.PHONE: 4,
    Kind.EMAIL: 6, Kind.POSTAL_CODE: 2, Kind.A_NUMBER: 3, Kind.USCIS_ACCOUNT: 4,
    Kind.RECEIPT_NUMBER: 4, Kind.FORM_NUMBER: 3,
}  # fmt: skip
_MAX_LINES = {Kind.LONG_TEXT: 9}  # other kinds: 3 lines before the addendum takes over
_MIN_LINES = {Kind.LONG_TEXT: 3}
_CONSENT_ROOM = 290.0  # points: Part 9 with a short preparer statement and the signature


@dataclass
class FormOptions:
    preview: bool = False  # no signature; the caller adds the PREVIEW watermark
    signature_image: bytes | None = None  # the drawn signature (PNG), final copy only
    today: date | None = None


@dataclass
class AddendumEntry:
    item: str
    title: str
    body: str = ""
    rows: list[list[list[str]]] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    spans: list[float] = field(default_factory=list)


def render_form(case: Case, options: FormOptions | None = None) -> bytes:
    """The form (and its addendum pages) as PDF bytes."""
    return render_form_pages(case, options).pdf


@dataclass(frozen=True)
class RenderedForm:
    pdf: bytes
    signature_page: int  # 0-based: the page with the signature block (a signed scan's place)


def render_form_pages(case: Case, options: FormOptions | None = None) -> RenderedForm:
    """The form as PDF bytes, and which page carries the signature."""
    options = options or FormOptions()
    today = options.today or date.today()
    name = subject_display_name(case)
    a_number = case.get("subject.a_number")
    ident = f"{name}, {format_a_number(a_number)}" if a_number else name
    writer = FormWriter(
        title="Form DHS-7001, Case Assistance Form",  # no name: metadata travels unseen
        running_head=f"Form DHS-7001 (continued) — {ident}",
        footer=f"Prepared with {APP_NAME} {__version__} on {format_date(today)}",
    )
    writer.start_page(head="")
    _title_block(writer)
    addendum: list[AddendumEntry] = []
    signature_page = 0
    for section in SECTIONS:
        if section.id not in part_numbers():
            continue
        number = part_number(section.id)
        if section.id == "consent":
            writer.ensure(_CONSENT_ROOM)  # the consent and its signature on one page
        writer.part_header(
            f"Part {number}. {section.form_title or section.title}", section.form_note
        )
        if section.repeating:
            _table_section(writer, case, section, number, addendum)
        else:
            _box_section(writer, case, section, number, addendum)
        if section.id == "consent":
            draw_signature_block(
                writer, case, options.preview, options.signature_image, part_number("subject")
            )
            signature_page = len(writer.pages)  # the finished pages come before it
        writer.gap(8)
    if addendum:
        _addendum(writer, addendum, ident)
    return RenderedForm(writer.finish(), signature_page)


def _title_block(writer: FormWriter) -> None:
    c, top = writer.canvas, writer.y
    text.draw(c, LEFT, top - 10, "Department of Homeland Security", 9, bold=True)
    text.draw(c, LEFT, top - 21, "Office of the Citizenship and Immigration Services Ombudsman", 8)
    text.draw(c, LEFT, top - 10, "DHS Form 7001", 9, bold=True, align="right", box_width=WIDTH)
    text.draw(c, LEFT, top - 21, "OMB No. 1601-0004", 8, align="right", box_width=WIDTH)
    text.draw(
        c, LEFT, top - 45, "Case Assistance Form", 17, bold=True, align="center", box_width=WIDTH
    )
    c.setLineWidth(2)
    c.line(LEFT, top - 54, LEFT + WIDTH, top - 54)
    writer.y = top - 58
    writer.paragraph(
        "Use this form to ask the CIS Ombudsman for help with a case pending with U.S. "
        "Citizenship and Immigration Services (USCIS). Contact USCIS first. Include all "
        "USCIS receipt numbers. Send copies, never original documents. Answers that do not "
        "fit in a box continue in the addendum at the end of this form.",
        8,
    )
    writer.gap(4)


def _item(section_number: int, index: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return f"{section_number}.{letters[index] if index < 26 else index + 1}"


def _box_section(
    writer: FormWriter, case: Case, section: Section, number: int, addendum: list[AddendumEntry]
) -> None:
    unit = WIDTH / 12
    row: list[Cell] = []
    for index, spec in enumerate(printed_fields(section)):
        item = _item(number, index)
        cell = _cell(case, spec, item, addendum, unit)
        if row and sum(c.span for c in row) + cell.span > 12:
            row[-1].span += 12 - sum(c.span for c in row)  # fill the line
            writer.row(row)
            row = []
        row.append(cell)
    if row:
        row[-1].span += 12 - sum(c.span for c in row)
        writer.row(row)


def _cell(case: Case, spec: Field, item: str, addendum: list[AddendumEntry], unit: float) -> Cell:
    label = f"{item}  {spec.form_label}"
    value = case.get(spec.id)
    if spec.id == "consent.signature_method":
        value = signature_method(case)  # ink is forced for protected categories
    span = _SPANS.get(spec.kind, 6)
    if spec.kind == Kind.BOOL:
        return Cell(label, [], span, checked=[(value is True, "Yes"), (value is False, "No")])
    if spec.kind in (Kind.CHOICE, Kind.MULTI_CHOICE):
        chosen = value if isinstance(value, list) else [value]
        options = [(c.code in chosen, c.on_paper) for c in spec.choices]
        known = {c.code for c in spec.choices}
        options += [(True, str(code)) for code in chosen if code is not None and code not in known]
        return Cell(label, [], span, checked=options)
    shown = display(spec, value)
    lines = text.wrap(shown, span * unit - 8, VALUE_SIZE) if shown else []
    limit = _MAX_LINES.get(spec.kind, 3)
    if len(lines) > limit:
        kept = lines[: limit - 1]
        addendum.append(AddendumEntry(item, spec.form_label, _rest_after(shown, kept)))
        lines = [*kept, f"(continued in addendum, item {item})"]
    return Cell(label, lines, span, min_lines=_MIN_LINES.get(spec.kind, 1))


def _rest_after(value: str, shown_lines: list[str]) -> str:
    """The part of `value` after the lines already printed (they are exact substrings)."""
    cleaned, position = text.clean(value), 0
    for line in shown_lines:
        found = cleaned.find(line, position)
        position = found + len(line) if found >= 0 else position
    return cleaned[position:].lstrip(" \n")


def _table_section(
    writer: FormWriter, case: Case, section: Section, number: int, addendum: list[AddendumEntry]
) -> None:
    specs = printed_fields(section)
    headers = ["No.", *(f"{_item(number, i)} {f.form_label}" for i, f in enumerate(specs))]
    weights = [min(max(_SPANS.get(f.kind, 6), 2), 4) for f in specs]
    spans = [0.7, *(w * 11.3 / sum(weights) for w in weights)]
    items = case.items(section.id)
    rows = [_table_row(i, item, specs, spans) for i, item in enumerate(items)]
    printed = section.printed_rows
    if printed is None:  # every item on the form itself (supporting documents)
        writer.table(headers, spans, rows or [[["—"], ["None listed"], *[[] for _ in specs[1:]]]])
        return
    shown = rows[:printed]
    blank = [[[str(i + 1)], *[[] for _ in specs]] for i in range(len(shown), printed)]
    writer.table(headers, spans, shown + blank)
    if len(rows) > printed:
        item = f"{number}"
        writer.paragraph(
            f"Rows {printed + 1} to {len(rows)}: continued in addendum, item {item}.",
            8.5,
            bold=True,
        )
        addendum.append(
            AddendumEntry(
                item,
                section.form_title or section.title,
                rows=rows[printed:],
                headers=headers,
                spans=spans,
            )
        )


def _table_row(
    index: int, item: JsonValue, specs: list[Field], spans: list[float]
) -> list[list[str]]:
    unit = WIDTH / 12
    cells = [[str(index + 1)]]
    for spec, span in zip(specs, spans[1:], strict=True):
        shown = display(spec, as_object(item).get(spec.key))
        cells.append(text.wrap(shown, span * unit - 6, 8.5) if shown else [])
    return cells


def _addendum(writer: FormWriter, entries: list[AddendumEntry], ident: str) -> None:
    writer.running_head = f"Form DHS-7001 — Addendum (continuation sheet) — {ident}"
    writer.start_page()
    writer.paragraph(
        "This addendum continues answers that did not fit on the form. Each entry names "
        "the item it continues.",
        8,
    )
    for entry in entries:
        writer.gap(6)
        writer.part_header(f"Item {entry.item}. {entry.title} (continued)")
        writer.gap(3)
        if entry.rows:
            writer.table(entry.headers, entry.spans, entry.rows)
        else:
            writer.paragraph(entry.body, VALUE_SIZE)
