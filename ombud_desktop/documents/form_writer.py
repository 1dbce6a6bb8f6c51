"""Drawing primitives of the printed form: part headers, labelled boxes, check boxes,
tables, with a cursor that moves down the page and starts new pages as needed.

Footers ("page X of N") need the page count, so every page's drawing is kept until the
end and the footers are painted in `finish()`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas

from ombud_desktop.documents import text
from ombud_desktop.documents.pdfcanvas import INCH, LETTER, new_canvas

PAGE_W, PAGE_H = LETTER
LEFT = 0.6 * INCH
WIDTH = PAGE_W - 2 * LEFT
TOP = PAGE_H - 0.6 * INCH
BOTTOM = 0.75 * INCH
LABEL_SIZE = 7.0
VALUE_SIZE = 9.5
LEADING = 11.8
SHADE = Color(0.86, 0.86, 0.86)
DARK = Color(0.15, 0.15, 0.15)


@dataclass
class Cell:
    """One labelled box of a row: `span` twelfths of the width, value lines inside."""

    label: str
    lines: list[str]
    span: float
    checked: list[tuple[bool, str]] = field(default_factory=list)  # check boxes instead
    min_lines: int = 1


class FormWriter:
    """A cursor over US Letter pages; `page_top` draws the running head of each page."""

    def __init__(self, title: str, running_head: str, footer: str) -> None:
        self.buffer = io.BytesIO()
        self.canvas: Canvas = new_canvas(self.buffer, title=title)
        self.running_head = running_head
        self.footer = footer
        self.pages: list[dict[str, object]] = []
        self.y = TOP
        self._page_started = False

    # ---- pages ----------------------------------------------------------------------

    def start_page(self, head: str | None = None) -> None:
        if self._page_started:
            self._end_page()
        self._page_started = True
        self.y = TOP
        shown = head if head is not None else self.running_head
        if shown:
            text.draw(self.canvas, LEFT, self.y - 8, shown, 8, bold=True)
            self.canvas.setLineWidth(0.8)
            self.canvas.line(LEFT, self.y - 12, LEFT + WIDTH, self.y - 12)
            self.y -= 22

    def _end_page(self) -> None:
        # Keep this page's drawing; footers are added once the page count is known.
        self.pages.append(dict(self.canvas.__dict__))
        self.canvas._startPage()

    def ensure(self, height: float) -> None:
        """Start a new page unless `height` points still fit above the bottom margin."""
        if not self._page_started or self.y - height < BOTTOM:
            self.start_page()

    def finish(self) -> bytes:
        """Footers on every page, then the PDF bytes."""
        if self._page_started:
            self._end_page()
        total = len(self.pages)
        for number, state in enumerate(self.pages, 1):
            self.canvas.__dict__.update(state)
            self.canvas.setFillColor(black)
            self.canvas.setLineWidth(0.5)
            self.canvas.line(LEFT, BOTTOM - 14, LEFT + WIDTH, BOTTOM - 14)
            text.draw(
                self.canvas, LEFT, BOTTOM - 25, f"{self.footer} — page {number} of {total}", 7
            )
            text.draw(
                self.canvas, LEFT, BOTTOM - 25, "DHS Form 7001", 7, align="right", box_width=WIDTH
            )
            Canvas.showPage(self.canvas)
        self.canvas.save()
        return self.buffer.getvalue()

    # ---- blocks -----------------------------------------------------------------------

    def part_header(self, title: str, note: str = "") -> None:
        """A shaded bar with the part's title, optionally an instruction under it."""
        note_lines = text.wrap(note, WIDTH - 8, 8) if note else []
        self.ensure(22 + len(note_lines) * 10 + 40)  # never a lonely header at the bottom
        c = self.canvas
        c.setFillColor(SHADE)
        c.setStrokeColor(black)
        c.setLineWidth(1)
        c.rect(LEFT, self.y - 17, WIDTH, 17, stroke=1, fill=1)
        c.setFillColor(black)
        text.draw(c, LEFT + 5, self.y - 12.5, title, 10, bold=True)
        self.y -= 17
        for line in note_lines:
            text.draw(c, LEFT + 4, self.y - 9, line, 8)
            self.y -= 10
        self.y -= 4 if note_lines else 0

    def paragraph(self, body: str, size: float = 8.5, bold: bool = False) -> None:
        for line in text.wrap(body, WIDTH - 8, size, bold):
            self.ensure(size + 3)
            text.draw(self.canvas, LEFT + 4, self.y - size, line, size, bold, box_width=WIDTH - 8)
            self.y -= size + 3

    def row(self, cells: list[Cell]) -> None:
        """Boxes side by side, all as tall as the tallest one."""
        unit = WIDTH / 12
        heights = [self._cell_height(cell, cell.span * unit) for cell in cells]
        height = max(heights)
        self.ensure(height)
        x = LEFT
        for cell in cells:
            self._draw_cell(cell, x, cell.span * unit, height)
            x += cell.span * unit
        self.y -= height

    def _cell_height(self, cell: Cell, width: float) -> float:
        head = 4 + 8 * len(_label_lines(cell, width))
        if cell.checked:
            return head + len(_checkbox_rows(cell.checked, width)) * 12 + 3
        return head + max(len(cell.lines), cell.min_lines) * LEADING + 3

    def _draw_cell(self, cell: Cell, x: float, width: float, height: float) -> None:
        c = self.canvas
        c.setLineWidth(0.6)
        c.setStrokeColor(black)
        c.rect(x, self.y - height, width, height, stroke=1, fill=0)
        c.setFillColor(DARK)
        y = self.y - 4
        for line in _label_lines(cell, width):
            text.draw(c, x + 3, y - 6, line, LABEL_SIZE, bold=True)
            y -= 8
        c.setFillColor(black)
        if cell.checked:
            for options in _checkbox_rows(cell.checked, width):
                cx = x + 4
                for checked, label in options:
                    checkbox(c, cx, y - 10, checked)
                    text.draw(c, cx + 12, y - 8.5, label, 8)
                    cx += (width - 8) / len(options)
                y -= 12
            return
        for line in cell.lines:
            text.draw(c, x + 4, y - VALUE_SIZE, line, VALUE_SIZE, box_width=width - 8)
            y -= LEADING

    def table(self, headers: list[str], spans: list[float], rows: list[list[list[str]]]) -> None:
        """A ruled table; each cell holds wrapped lines. The header repeats on new pages."""
        unit = WIDTH / 12
        self.ensure(30 + LEADING + 6)
        self._table_header(headers, spans, unit)
        for row in rows:
            height = max(max(len(cell), 1) for cell in row) * LEADING + 5
            if self.y - height < BOTTOM:
                self.start_page()
                self._table_header(headers, spans, unit)
            x = LEFT
            for cell, span in zip(row, spans, strict=True):
                self.canvas.setLineWidth(0.6)
                self.canvas.rect(x, self.y - height, span * unit, height, stroke=1, fill=0)
                for number, line in enumerate(cell):
                    text.draw(
                        self.canvas,
                        x + 3,
                        self.y - 10 - number * LEADING,
                        line,
                        8.5,
                        box_width=span * unit - 6,
                    )
                x += span * unit
            self.y -= height

    def _table_header(self, headers: list[str], spans: list[float], unit: float) -> None:
        wrapped = [
            text.wrap(h, s * unit - 6, 7, bold=True) for h, s in zip(headers, spans, strict=True)
        ]
        height = 6 + 8 * max(len(lines) for lines in wrapped)
        x = LEFT
        for lines, span in zip(wrapped, spans, strict=True):
            self.canvas.setFillColor(SHADE)
            self.canvas.setLineWidth(0.6)
            self.canvas.rect(x, self.y - height, span * unit, height, stroke=1, fill=1)
            self.canvas.setFillColor(black)
            for number, line in enumerate(lines):
                text.draw(self.canvas, x + 3, self.y - 9 - 8 * number, line, 7, bold=True)
            x += span * unit
        self.y -= height

    def gap(self, points: float) -> None:
        self.y -= points


def _label_lines(cell: Cell, width: float) -> list[str]:
    return text.wrap(cell.label, width - 6, LABEL_SIZE, bold=True)


def checkbox(c: Canvas, x: float, y: float, checked: bool) -> None:
    """A 9-point box; a checked one holds an "X" (text, so it can be read back)."""
    c.setLineWidth(0.7)
    c.rect(x, y, 9, 9, stroke=1, fill=0)
    if checked:
        text.draw(c, x + 1.6, y + 1.6, "X", 8.5, bold=True)


def _checkbox_rows(options: list[tuple[bool, str]], width: float) -> list[list[tuple[bool, str]]]:
    """Options laid out in as many columns as the longest label allows (at most 3)."""
    longest = max(text.width(label, 8) for _, label in options) + 20
    columns = max(1, min(3, int((width - 8) // longest)))
    return [options[i : i + columns] for i in range(0, len(options), columns)]
