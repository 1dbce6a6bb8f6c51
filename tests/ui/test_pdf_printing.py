"""Printing the mail packet: pages rendered off the UI thread, drawn on the printer by
the UI thread, with progress and cancel (printed to a PDF file offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from ombud_desktop.ui.pdf_printing import PdfPrintJob
from tests.export.samples import make_pdf

PAGES = 5


@pytest.fixture
def packet(tmp_path: Path) -> Path:
    path = tmp_path / "mail-packet.pdf"
    path.write_bytes(make_pdf(PAGES, "Packet"))
    return path


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _file_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_every_page_is_printed_in_order_with_progress(qtbot, window, packet, tmp_path) -> None:
    printed = tmp_path / "printed.pdf"
    job = PdfPrintJob(window, packet, _file_printer(printed), ask=False)
    steps: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(job.finished, timeout=60_000) as finished:
        job.start()
    assert finished.args == [""]
    assert steps == [(n, PAGES) for n in range(1, PAGES + 1)]
    assert len(PdfReader(printed).pages) == PAGES
    qtbot.waitUntil(lambda: not job.renderer.worker.is_alive())


def test_pages_are_rendered_off_the_ui_thread(
    qtbot, window, packet, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import pypdfium2 as pdfium

    threads: set[str] = set()
    original = pdfium.PdfPage.render

    def spy(page, *args, **kwargs):
        threads.add(threading.current_thread().name)
        return original(page, *args, **kwargs)

    monkeypatch.setattr(pdfium.PdfPage, "render", spy)
    job = PdfPrintJob(window, packet, _file_printer(tmp_path / "p.pdf"), ask=False)
    with qtbot.waitSignal(job.finished, timeout=60_000):
        job.start()
    assert threads == {"pdf-print"}


def test_cancel_stops_the_print_run(qtbot, window, packet, tmp_path) -> None:
    job = PdfPrintJob(window, packet, _file_printer(tmp_path / "printed.pdf"), ask=False)
    job.progressed.connect(lambda done, total: job.cancel() if done == 1 else None)
    with qtbot.waitSignal(job.finished, timeout=60_000) as finished:
        job.start()
    assert "cancelled" in finished.args[0]
    assert job.done == 1 < job.total
    qtbot.waitUntil(lambda: not job.renderer.worker.is_alive())
    assert job.progress is None  # the progress window is gone


def test_a_file_that_is_not_a_pdf_is_reported(qtbot, window, tmp_path) -> None:
    broken = tmp_path / "mail-packet.pdf"
    broken.write_bytes(b"not a pdf")
    job = PdfPrintJob(window, broken, _file_printer(tmp_path / "p.pdf"), ask=False)
    with qtbot.waitSignal(job.finished, timeout=10_000) as finished:
        job.start()
    assert "could not be opened" in finished.args[0]


def test_closing_the_page_mid_run_stops_the_renderer(qtbot, packet, tmp_path) -> None:
    """The job goes with its page; its renderer must not wait for a printer forever
    (holding PDFium from the next print run)."""
    page = QWidget()
    page.show()
    job = PdfPrintJob(page, packet, _file_printer(tmp_path / "gone.pdf"), ask=False)
    job.progressed.connect(lambda done, total: page.deleteLater() if done == 1 else None)
    job.start()
    renderer = job.renderer
    qtbot.waitUntil(lambda: not renderer.worker.is_alive(), timeout=60_000)
    window = QWidget()
    qtbot.addWidget(window)
    again = PdfPrintJob(window, packet, _file_printer(tmp_path / "again.pdf"), ask=False)
    with qtbot.waitSignal(again.finished, timeout=60_000) as finished:
        again.start()
    assert finished.args == [""]


def test_printed_pages_keep_their_colours_and_places(qtbot, window, tmp_path) -> None:
    """PDFium draws each page straight into the image the printer gets: red stays red
    (not swapped with blue) and where it was."""
    import io

    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=letter)
    canvas.setFillColorRGB(1, 0, 0)
    canvas.rect(72, 600, 144, 144, stroke=0, fill=1)  # red, upper left
    canvas.setFillColorRGB(0, 0, 1)
    canvas.rect(360, 72, 144, 144, stroke=0, fill=1)  # blue, lower right
    canvas.showPage()
    canvas.save()
    source = tmp_path / "colours.pdf"
    source.write_bytes(buffer.getvalue())
    printed = tmp_path / "printed.pdf"
    job = PdfPrintJob(window, source, _file_printer(printed), ask=False)
    with qtbot.waitSignal(job.finished, timeout=60_000) as finished:
        job.start()
    assert finished.args == [""]
    page = pdfium.PdfDocument(printed)[0]
    shown = page.render(scale=20 / 72).to_pil().convert("RGB")  # 20 dpi
    width, height = shown.size

    def at(x_inch: float, y_inch_from_top: float) -> tuple[int, int, int]:
        return shown.getpixel((round(x_inch / 8.5 * width), round(y_inch_from_top / 11 * height)))

    red, blue, paper = at(2, 11 - 9.33), at(6, 11 - 2), at(4.25, 5.5)
    assert red[0] > 200 and red[1] < 60 and red[2] < 60, red
    assert blue[2] > 200 and blue[0] < 60 and blue[1] < 60, blue
    assert min(paper) > 240, paper
