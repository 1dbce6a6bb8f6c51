"""The fax channel: one fax-ready PDF (cover sheet, form, index, documents; grayscale,
US Letter portrait, every page stamped with name, A-number and "page X of N") and, on
request, the same pages as a TIFF Class F file for fax modems and services (Group 3 1-D
unless another coding is asked for)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PageObject, PdfReader, PdfWriter

from ombud_desktop.documents.pdf_input import page_count, to_bytes
from ombud_desktop.documents.pdfcanvas import INCH
from ombud_desktop.documents.stamping import StampHeader, stamp_pages_and_layer
from ombud_desktop.export.branding import NO_BRANDING, Branding
from ombud_desktop.export.class_f import DEFAULT_CODING, class_f_tiff
from ombud_desktop.export.destinations import Destinations
from ombud_desktop.export.layout import Flow, page_range, pages_label
from ombud_desktop.export.letter_pages import letter_page
from ombud_desktop.export.letterhead import letterhead
from ombud_desktop.export.progress import Progress
from ombud_desktop.export.raster import fax_images
from ombud_desktop.export.source import ExportDocument, ExportSource
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FaxOutput:
    pdf: bytes
    pages: int  # including the cover sheet: the number printed on it
    tiff: bytes | None


def stamp_header(source: ExportSource) -> StampHeader:
    return StampHeader(source.subject_name, source.a_number, source.first_receipt)


def cover_sheet(
    source: ExportSource,
    destinations: Destinations,
    total_pages: int,
    parts: list[ExportDocument],
    cover_pages: int = 1,
    branding: Branding = NO_BRANDING,
) -> bytes:
    """The cover; `total_pages` is counted by `build_fax`, never typed by anyone."""
    flow = Flow("Fax cover sheet")
    letterhead(flow, branding, gray=True)  # the fax is all gray (fax.py docstring)
    flow.paragraph("FAX", size=36, bold=True)
    flow.paragraph("Request for case assistance - Form DHS-7001", size=17, bold=True)
    flow.rule()
    flow.row("To:", "CIS Ombudsman, Attention: Case Assistance")
    flow.row("Fax:", destinations.fax)
    flow.row("Phone:", destinations.phone)
    flow.space(8)
    sender = source.sender
    flow.row("From:", sender.name)  # a row each: an RTL name must not reorder the line
    if sender.organization:
        flow.row("Organization:", sender.organization)
    flow.row("Phone:", sender.phone)
    if sender.fax:
        flow.row("Fax:", sender.fax)
    if sender.email:
        flow.row("Email:", sender.email)
    flow.space(8)
    flow.row("Date:", source.today.strftime("%m/%d/%Y"))
    flow.row("Regarding:", source.regarding())
    if len(source.receipt_numbers) > 1:
        flow.row("Receipt numbers:", ", ".join(source.receipt_numbers))
    flow.space(8)
    flow.row(
        "Total pages:",
        f"{total_pages}, including this cover sheet",
        size=16,
        label_width=1.9 * INCH,
    )
    flow.rule()
    flow.paragraph("Contents", bold=True)
    for line in contents_lines(parts, cover_pages + 1):
        flow.paragraph(line)
    flow.space(14)
    flow.paragraph(
        "CONFIDENTIAL. This fax contains personal information protected under the Privacy "
        "Act. If you received it in error, please tell the sender"
        + (f" at {sender.phone}" if sender.phone else "")
        + " and destroy it.",
        size=10,
    )
    return flow.pdf()


def contents_lines(parts: list[ExportDocument], first_page: int, most: int = 8) -> list[str]:
    """ "Title: 2 pages (pages 5-6)" per part; a long list ends with a summary line that
    points to the index, so the cover stays short."""
    lines, page = [], first_page
    shown = parts if len(parts) <= most else parts[: most - 1]
    for part in shown:
        lines.append(f"{part.title}: {pages_label(part.pages)} ({page_range(page, part.pages)})")
        page += part.pages
    rest = parts[len(shown) :]
    if rest:
        count = sum(p.pages for p in rest)
        lines.append(
            f"{len(rest)} more documents: {pages_label(count)} ({page_range(page, count)}), "
            "each listed on the index page"
        )
    return lines


def _pages(pdf: bytes) -> list[PageObject]:
    return list(PdfReader(io.BytesIO(pdf)).pages)


@dataclass(frozen=True)
class StampedFax:
    pdf: bytes  # every page, stamped, in colour as the documents came
    stamps: bytes  # the stamps alone, a page each (stamping.stamp_pages_and_layer)
    pages: int  # including the cover sheet: the number printed on it


def stamped_fax(
    source: ExportSource,
    destinations: Destinations,
    progress: Progress,
    branding: Branding = NO_BRANDING,
) -> StampedFax:
    """The cover sheet, form, index and documents, each page stamped."""
    progress.step(QT_TRANSLATE_NOOP("export_steps", "Making the fax cover sheet"))
    # how long the cover is depends on what it lists, not on the numbers it prints
    draft_parts = source.printed_parts(cover_pages=1)
    cover_pages = page_count(cover_sheet(source, destinations, 0, draft_parts, 1, branding))
    # the index numbers its pages from the cover's length: made again only if it moved
    parts = draft_parts if cover_pages == 1 else source.printed_parts(cover_pages)
    progress.advance()
    progress.step(QT_TRANSLATE_NOOP("export_steps", "Putting the form and documents together"))
    content = [letter_page(page) for part in parts for page in _pages(part.pdf)]
    total = cover_pages + len(content)
    cover = _pages(cover_sheet(source, destinations, total, parts, cover_pages, branding))
    if len(cover) != cover_pages:  # the printed total would be wrong: never send that
        raise RuntimeError("the fax cover sheet changed length")
    writer = PdfWriter()
    for page in cover + content:
        writer.add_page(page)
    progress.advance()
    progress.step(
        QT_TRANSLATE_NOOP("export_steps", "Stamping the name and page number on each page")
    )
    stamped, stamps = stamp_pages_and_layer(to_bytes(writer), stamp_header(source))
    progress.advance()
    return StampedFax(stamped, stamps, total)


def build_fax(
    source: ExportSource,
    destinations: Destinations,
    progress: Progress,
    want_tiff: bool,
    branding: Branding = NO_BRANDING,
    tiff_coding: str = DEFAULT_CODING,
) -> FaxOutput:
    """The fax PDF and, when `want_tiff`, its TIFF (`tiff_coding`: a class_f coding).
    Each page is rendered once (raster.fax_images); the TIFF is made from those images,
    not from the finished PDF."""
    fax = stamped_fax(source, destinations, progress, branding)
    progress.step(QT_TRANSLATE_NOOP("export_steps", "Making the pages grayscale for the fax"))
    images = fax_images(fax.pdf, fax.stamps, progress, tiff_coding if want_tiff else None)
    tiff = None
    if want_tiff:
        progress.step(QT_TRANSLATE_NOOP("export_steps", "Making the fax TIFF file"))
        tiff = class_f_tiff(images.frames, tiff_coding)
        progress.advance()
    return FaxOutput(images.pdf, fax.pages, tiff)
