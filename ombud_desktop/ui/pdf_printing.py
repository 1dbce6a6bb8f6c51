"""Printing a PDF through Qt's print dialog (the mail packet): each page rendered with
QtPdf at the printer's resolution and drawn fitted to the printable area."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

PRINT_DPI = 300  # sharp on paper; a 1200 dpi page image would be 134 million pixels


def print_pdf(parent: QWidget, path: Path, printer: QPrinter | None = None) -> str:
    """Ask for a printer and print `path`; returns "" or a sentence saying what went wrong."""
    document = QPdfDocument(parent)
    if document.load(str(path)) != QPdfDocument.Error.None_:
        return QCoreApplication.translate(
            "pdf_printing", "The packet could not be opened for printing. Make the package again."
        )
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setDocName(path.stem)
    printer.setFromTo(1, document.pageCount())
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("pdf_printing", "Print the mail packet"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return ""
    painter = QPainter()
    if not painter.begin(printer):
        return QCoreApplication.translate(
            "pdf_printing", "The printer could not be started. Check that it is on and try again."
        )
    try:
        first = max(printer.fromPage(), 1) - 1
        last = (printer.toPage() or document.pageCount()) - 1
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for index in range(first, last + 1):
            if index > first:
                printer.newPage()
            points = document.pagePointSize(index)
            scale = min(printer.resolution(), PRINT_DPI) / 72
            image = document.render(
                index, QSize(round(points.width() * scale), round(points.height() * scale))
            )
            target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(QPoint(0, 0), target), image)
    finally:
        painter.end()
    return ""
