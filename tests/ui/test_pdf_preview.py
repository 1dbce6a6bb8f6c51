"""The in-app PDF preview: loads from memory, navigates pages, zooms, paints."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtWidgets import QApplication

from tests.documents import samples


@pytest.fixture
def preview(qtbot):
    from ombud_desktop.ui.pdf_preview import PdfPreview

    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.clear()
    widget.close()
    widget.deleteLater()
    # Collect any Qt wrappers here, on the GUI thread, not later on some worker thread.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def test_loads_bytes_and_navigates_pages(qtbot, preview):
    with qtbot.waitSignal(preview.loaded) as loaded:
        preview.set_pdf(samples.pdf_bytes(3))
    assert loaded.args == [3]
    assert preview.page_label.text() == "Page 1 of 3"
    assert not preview.previous_button.isEnabled() and preview.next_button.isEnabled()
    preview.next_button.click()
    qtbot.waitUntil(lambda: preview.current_page() == 1)
    assert preview.page_label.text() == "Page 2 of 3"
    preview.go_to_page(2)
    qtbot.waitUntil(lambda: preview.current_page() == 2)
    assert not preview.next_button.isEnabled()


def test_zoom_steps_and_fit_width(qtbot, preview):
    preview.set_pdf(samples.pdf_bytes(1))
    start = preview.zoom()
    preview.zoom_in_button.click()
    assert preview.zoom() > start
    preview.zoom_out_button.click()
    preview.zoom_out_button.click()
    assert preview.zoom() < start
    preview.fit_button.click()
    page_width = preview.document.pagePointSize(0).width() * preview.view.logicalDpiX() / 72
    assert abs(page_width * preview.zoom() - preview.view.viewport().width()) < 40


def fills_width(preview) -> bool:
    page_width = preview.document.pagePointSize(0).width() * preview.view.logicalDpiX() / 72
    return abs(page_width * preview.zoom() - preview.view.viewport().width()) < 40


def test_pages_fill_the_width_until_the_person_zooms(qtbot, preview):
    preview.set_pdf(samples.pdf_bytes(2))
    assert fills_width(preview)
    assert preview.view.horizontalScrollBar().maximum() == 0  # nothing hidden sideways
    preview.resize(900, 600)
    qtbot.waitUntil(lambda: fills_width(preview))
    preview.zoom_in_button.click()
    chosen = preview.zoom()
    preview.resize(600, 600)
    qtbot.waitUntil(lambda: preview.view.width() < 620)
    assert preview.zoom() == chosen  # the person's zoom is kept
    preview.fit_button.click()
    preview.resize(800, 600)
    qtbot.waitUntil(lambda: fills_width(preview))


def test_the_form_pdf_renders_to_visible_pixels(qtbot, preview):
    from PySide6.QtCore import QSize

    from ombud_desktop.core.model import Case
    from ombud_desktop.documents.packet import RenderOptions, render_case_pdf

    pdf = render_case_pdf(
        Case.from_answers(samples.complete_answers()), options=RenderOptions(preview=True)
    )
    preview.set_pdf(pdf)
    image = preview.document.render(0, QSize(306, 396))
    dark = sum(
        1
        for x in range(0, 306, 3)
        for y in range(0, 396, 3)
        if image.pixelColor(x, y).value() < 128
    )
    assert dark > 200  # text and boxes, not a blank page
    assert preview.page_count() >= 3


def test_garbage_reports_failure_instead_of_crashing(qtbot, preview):
    with qtbot.waitSignal(preview.failed):
        preview.set_pdf(b"not a pdf")
    assert preview.page_label.text() == "No preview yet"
    assert not preview.next_button.isEnabled()


@pytest.fixture
def panel(qtbot):
    from ombud_desktop.ui.pdf_preview import PdfPreviewPanel

    widget = PdfPreviewPanel()
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    widget.show()
    yield widget
    QThreadPool.globalInstance().waitForDone()
    widget.preview.clear()
    gc.collect()


def test_panel_renders_off_the_gui_thread_and_shows_the_newest_result(qtbot, panel):
    from ombud_desktop.core.model import Case
    from ombud_desktop.documents.packet import RenderOptions, render_case_pdf

    case = Case.from_answers(samples.complete_answers())
    panel.show_job(lambda: samples.pdf_bytes(5))  # overtaken by the next job
    with qtbot.waitSignal(panel.preview.loaded, timeout=60_000) as loaded:
        panel.show_job(lambda: render_case_pdf(case, options=RenderOptions(preview=True)))
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()  # the overtaken result arrives now: it must be ignored
    assert loaded.args[0] == panel.preview.page_count() >= 3
    assert "as it will be sent" in panel.status.text()
    assert not panel.busy()


def test_panel_shows_an_attachment_problem_as_a_sentence(qtbot, panel):
    from ombud_desktop.documents.attachments import AttachmentInput
    from tests.documents.samples import attachments_pdf

    panel.show_job(lambda: attachments_pdf([AttachmentInput("scan.pdf", b"")]))
    qtbot.waitUntil(lambda: "could not be made" in panel.status.text(), timeout=30_000)
    assert "scan.pdf: the file is empty" in panel.status.text()
    assert panel.preview.page_count() == 0


def _mixed_orientation_pdf() -> bytes:
    """Portrait, a landscape photo page (an ID card shot sideways), portrait again."""
    import io

    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=letter)
    for size in (letter, landscape(letter), letter):
        pdf.setPageSize(size)
        pdf.rect(10, 10, size[0] - 20, size[1] - 20)
        pdf.drawString(40, size[1] - 60, f"{size[0]:.0f} x {size[1]:.0f}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.mark.parametrize("width", [500, 700, 1000])
def test_every_page_fits_the_width_with_a_landscape_page(qtbot, preview, width):
    preview.resize(width, 600)
    with qtbot.waitSignal(preview.loaded):
        preview.set_pdf(_mixed_orientation_pdf())
    preview.fit_button.click()
    qtbot.waitUntil(lambda: preview.view.horizontalScrollBar().maximum() == 0)
    room = preview.view.viewport().width()
    per_point = preview.view.logicalDpiX() / 72 * preview.zoom()
    for page in range(preview.page_count()):
        assert preview.document.pagePointSize(page).width() * per_point <= room, page
    # The landscape page, the widest, fills the width: nothing is needlessly small.
    assert preview.widest_page_points() * per_point > room - 40
    preview.go_to_page(2)  # a portrait page after the landscape one
    qtbot.waitUntil(lambda: preview.current_page() == 2)
    assert preview.view.horizontalScrollBar().maximum() == 0
