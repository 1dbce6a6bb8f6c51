"""A small flowing-text layout on top of the documents package's Unicode text drawing:
paragraphs, labelled rows and check boxes that continue on a new page when full."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from ombud_desktop.documents import text
from ombud_desktop.documents.pdfcanvas import INCH, LETTER, new_canvas

MARGIN = 0.9 * INCH
BODY = 11.0  # fax machines blur anything smaller
BOX = 9.0  # check box side


class Flow:
    """Writes top to bottom on US Letter pages; `pdf()` returns the finished document."""

    def __init__(self, title: str, top: float = MARGIN) -> None:
        self._buffer = io.BytesIO()
        self.canvas: Canvas = new_canvas(self._buffer, title=title)
        self.width, self.height = LETTER
        self.top = top
        self.y = self.height - top
        self.pages = 1

    @property
    def text_width(self) -> float:
        return self.width - 2 * MARGIN

    def new_page(self) -> None:
        self.canvas.showPage()
        self.pages += 1
        self.y = self.height - MARGIN

    def _room(self, needed: float) -> None:
        if self.y - needed < MARGIN:
            self.new_page()

    def space(self, points: float) -> None:
        self.y -= points

    def paragraph(
        self, content: str, size: float = BODY, bold: bool = False, indent: float = 0.0
    ) -> None:
        leading = size * 1.35
        for line in text.wrap(content, self.text_width - indent, size, bold):
            self._room(leading)
            self.y -= leading
            text.draw(self.canvas, MARGIN + indent, self.y, line, size, bold)

    def row(
        self, label: str, value: str, size: float = BODY, label_width: float = 1.6 * INCH
    ) -> None:
        """ "Label:  value" with the value wrapped in its own column."""
        leading = size * 1.35
        lines = text.wrap(value or "-", self.text_width - label_width, size) or [""]
        self._room(leading * len(lines[:3]))
        self.y -= leading
        text.draw(self.canvas, MARGIN, self.y, label, size, bold=True)
        for number, line in enumerate(lines):
            if number:
                self._room(leading)
                self.y -= leading
            text.draw(self.canvas, MARGIN + label_width, self.y, line, size)

    def checkbox(self, content: str, size: float = BODY) -> None:
        """An empty square to tick with a pen, then the wrapped sentence beside it."""
        leading = size * 1.35
        lines = text.wrap(content, self.text_width - 0.35 * INCH, size)
        self._room(leading * min(len(lines), 3) + 4)
        self.y -= 4
        self.canvas.setLineWidth(0.9)
        self.canvas.rect(MARGIN, self.y - leading + 1, BOX, BOX)
        for line in lines:
            self._room(leading)
            self.y -= leading
            text.draw(self.canvas, MARGIN + 0.35 * INCH, self.y, line, size)

    def rule(self) -> None:
        self._room(10)
        self.y -= 6
        self.canvas.setLineWidth(0.6)
        self.canvas.line(MARGIN, self.y, self.width - MARGIN, self.y)
        self.y -= 6

    def pdf(self) -> bytes:
        self.canvas.showPage()
        self.canvas.save()
        return self._buffer.getvalue()


def pages_label(count: int) -> str:
    return "1 page" if count == 1 else f"{count} pages"


def page_range(first: int, count: int) -> str:
    return f"page {first}" if count == 1 else f"pages {first}-{first + count - 1}"
