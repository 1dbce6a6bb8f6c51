"""The index page: every supporting document with category, title, pages and SHA-256."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.pdfgen.canvas import Canvas

from ombud_desktop.core.formspec import DOCUMENT_CATEGORIES
from ombud_desktop.documents import text
from ombud_desktop.documents.attachments import AttachmentPages
from ombud_desktop.documents.pdfcanvas import INCH, LETTER, new_canvas

_LEFT = 0.75 * INCH
_TOP = LETTER[1] - 0.75 * INCH
_BOTTOM = 0.9 * INCH
# Column left edges and widths: No. | Category | Title and file | Pages
_COLUMNS = (
    (0.0, 0.45 * INCH),
    (0.45 * INCH, 1.85 * INCH),
    (2.3 * INCH, 3.2 * INCH),
    (5.5 * INCH, 1.5 * INCH),
)
_WIDTH = 7.0 * INCH
_SIZE = 9.0
_LEADING = 11.5


def category_label(code: str) -> str:
    """The category's label from the form spec (Section 8 document types)."""
    choice = next((c for c in DOCUMENT_CATEGORIES if c.code == code), None)
    return choice.on_paper if choice else code.replace("_", " ").capitalize()


def _row_lines(item: AttachmentPages) -> list[list[str]]:
    title, filename = item.source.title.strip(), item.source.filename
    # the file's name once: no "name.pdf (file: name.pdf)" when the title is the name
    described = f"{title} (file: {filename})" if title and title != filename else filename
    if item.repaired:
        described += " — the file was damaged; these are the pages a PDF reader recovers from it"
    return [
        [],
        text.wrap(category_label(item.source.category), _COLUMNS[1][1] - 8, _SIZE),
        text.wrap(described, _COLUMNS[2][1] - 8, _SIZE),
        [],
    ]


def _row_height(lines: list[list[str]]) -> float:
    # Text lines plus the SHA-256 line and padding.
    return (max(len(column) for column in lines) + 1) * _LEADING + 6


def _header(canvas: Canvas, continued: bool) -> float:
    canvas.setLineWidth(1.2)
    title = "Supporting documentation — index" + (" (continued)" if continued else "")
    text.draw(canvas, _LEFT, _TOP, title, 13, bold=True)
    text.draw(
        canvas,
        _LEFT,
        _TOP - 16,
        "Copies of documents enclosed with this Form DHS-7001 "
        "(originals are not sent). Page numbers refer to this packet.",
        8.5,
    )
    y = _TOP - 30
    canvas.rect(_LEFT, y - 16, _WIDTH, 16, stroke=1, fill=0)
    for (offset, _), heading in zip(_COLUMNS, ("No.", "Category", "Title", "Pages"), strict=True):
        text.draw(canvas, _LEFT + offset + 4, y - 11.5, heading, _SIZE, bold=True)
    return y - 16


def _pages_label(count: int, first: int) -> str:
    noun = "page" if count == 1 else "pages"
    where = f"p. {first}" if count == 1 else f"pp. {first}–{first + count - 1}"
    return f"{count} {noun}, {where}"


Placed = Sequence[tuple[AttachmentPages, int]]  # a document inside the form, its first page


def index_pages_needed(items: Sequence[AttachmentPages], placed: Placed = ()) -> int:
    available_first = _TOP - 46 - _BOTTOM
    pages, room = 1, available_first
    for item in [*(p for p, _ in placed), *items]:
        height = _row_height(_row_lines(item))
        if height > room:
            pages, room = pages + 1, available_first
        room -= height
    return pages


def index_pdf(items: Sequence[AttachmentPages], first_page: int, placed: Placed = ()) -> bytes:
    """The index as PDF pages; `first_page` is where it starts in the final packet.
    `placed` (the signed form) are listed first, at their pages inside the form."""
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, title="Supporting documentation — index")
    next_page = first_page + index_pages_needed(items, placed)
    rows = [(item, _pages_label(item.pages, at) + " (form)") for item, at in placed]
    for item in items:
        rows.append((item, _pages_label(item.pages, next_page)))
        next_page += item.pages
    y = _header(canvas, continued=False)
    for number, (item, pages_label) in enumerate(rows, 1):
        lines = _row_lines(item)
        height = _row_height(lines)
        if y - height < _BOTTOM:
            canvas.showPage()
            y = _header(canvas, continued=True)
        lines[0] = [f"{number}."]
        lines[3] = [pages_label]
        canvas.setLineWidth(0.6)
        canvas.rect(_LEFT, y - height, _WIDTH, height, stroke=1, fill=0)
        for (offset, _), column in zip(_COLUMNS, lines, strict=True):
            for line_number, line in enumerate(column):
                text.draw(canvas, _LEFT + offset + 4, y - 12 - line_number * _LEADING, line, _SIZE)
        text_rows = max(len(column) for column in lines)
        # The checksum spans the category and title columns under the row's text.
        text.draw(
            canvas,
            _LEFT + _COLUMNS[1][0] + 4,
            y - 12 - text_rows * _LEADING,
            f"SHA-256: {item.sha256}",
            7.5,
        )
        for offset, _ in _COLUMNS[1:]:
            canvas.line(_LEFT + offset, y, _LEFT + offset, y - text_rows * _LEADING - 3)
        y -= height
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
