"""The mail channel: one PDF to print. In printing order:

1. the enclosure checklist (for the sender, not mailed),
2. the address page, folded in three so the address shows in a #10 window envelope,
3. the cover letter, the form, the index and the documents, stamped "page X of N".
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from ombud_desktop.documents import text
from ombud_desktop.documents.pdf_input import merge_pdfs, page_count
from ombud_desktop.documents.pdfcanvas import INCH
from ombud_desktop.documents.stamping import stamp_pages
from ombud_desktop.export.branding import NO_BRANDING, Branding, letterhead
from ombud_desktop.export.destinations import Destinations
from ombud_desktop.export.fax import contents_lines, stamp_header
from ombud_desktop.export.layout import Flow
from ombud_desktop.export.progress import Progress
from ombud_desktop.export.source import ExportDocument, ExportSource
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

# A #10 envelope is 9.5 x 4.125 in; its window sits 7/8 in from the left and 1/2 in from
# the bottom, 4.5 x 1.125 in. A Letter page folded in three puts its top third in front:
# the window then shows the page from 2.04 to 3.17 in below its top edge, and from
# 0.875 to 4.375 in from its left edge however the sheet slides sideways.
WINDOW_TOP = 2.15 * INCH
WINDOW_LEFT = 1.0 * INCH
WINDOW_HEIGHT = 0.95 * INCH
WINDOW_WIDTH = 3.3 * INCH
FOLD = 11 * INCH / 3
SHEETS_PER_NUMBER_10 = 5  # more than this does not fold into a #10 envelope


@dataclass(frozen=True)
class MailOutput:
    pdf: bytes
    submission_pages: int  # the stamped pages that are mailed
    checklist_pages: int


def checklist(source: ExportSource, destinations: Destinations, submission_pages: int) -> bytes:
    flow = Flow("Checklist before mailing")
    flow.paragraph("Before you mail: checklist", size=18, bold=True)
    flow.paragraph("This page is for you. Do not mail it.", bold=True)
    flow.space(6)
    flow.checkbox("These are copies. Never send original documents: keep your originals safe.")
    receipts = ", ".join(source.receipt_numbers) or "(none given: the form explains why)"
    flow.checkbox(f"All USCIS receipt numbers are on the form: {receipts}.")
    if source.wet_ink_signature:
        flow.checkbox(
            'The form is signed with a pen where it says "Sign here", and dated. '
            "An unsigned form cannot be accepted."
        )
    else:
        flow.checkbox("The form is signed and dated (Section 9, consent).")
    for check in source.extra_checks:
        flow.checkbox(check)
    flow.checkbox(
        f"All {submission_pages} numbered pages are there, in order: cover letter, form, "
        'index and documents (each page says "page X of '
        f'{submission_pages}").'
    )
    flow.checkbox("You kept a copy of everything you send.")
    sheets = submission_pages + 1
    if sheets > SHEETS_PER_NUMBER_10:
        flow.checkbox(
            f"{sheets} sheets are too many for a small envelope: use a large (9 x 12 inch) "
            "envelope, cut out the address label on the address page and tape it on, "
            "and ask the post office for the right postage."
        )
    else:
        flow.checkbox(
            "Fold the address page in three along the marks and put it on top, address "
            "facing out, in a #10 window envelope."
        )
    flow.checkbox("Write your own return address in the top left corner of the envelope.")
    flow.space(10)
    flow.paragraph("Mail can be slow", bold=True)
    flow.paragraph(
        "Because of security screening of government mail, mailed requests (even express "
        f"mail) may be delayed up to {destinations.mail_delay_days} days. Email is faster "
        f"and recommended: {destinations.email}. Fax: {destinations.fax}."
    )
    flow.space(6)
    flow.paragraph("After mailing", bold=True)
    flow.paragraph(
        "Write down the date and any tracking number, and mark the case as sent in "
        "Ombud Desktop: it reminds you to follow up."
    )
    flow.space(6)
    flow.paragraph(destinations.notice, size=9.5)
    return flow.pdf()


def address_page(destinations: Destinations) -> bytes:
    """The recipient's address where a #10 window shows it, fold marks, and a label to
    cut out for a large envelope."""
    flow = Flow("Address page")
    canvas, width, height = flow.canvas, flow.width, flow.height
    lines = list(destinations.mail_lines)
    size = 11.0
    while size > 7 and (
        len(lines) * size * 1.2 > WINDOW_HEIGHT
        or max(text.width(line, size) for line in lines) > WINDOW_WIDTH
    ):
        size -= 0.5
    y = height - WINDOW_TOP - size
    for line in lines:
        text.draw(canvas, WINDOW_LEFT, y, line, size)
        y -= size * 1.2
    canvas.setLineWidth(0.5)
    for fold in (height - FOLD, height - 2 * FOLD):  # short marks in the margins only
        canvas.line(0, fold, 0.35 * INCH, fold)
        canvas.line(width - 0.35 * INCH, fold, width, fold)
    note_y = height - FOLD - 1.0 * INCH  # middle third: hidden inside the envelope
    for offset, note in enumerate(
        (
            "Fold along the marks at the edges, in three, with the address facing out.",
            "Put this page on top in a #10 window envelope, the address in the window.",
        )
    ):
        text.draw(canvas, WINDOW_LEFT, note_y - 14 * offset, note, 10)
    _cut_out_label(canvas, lines)
    return flow.pdf()


def _cut_out_label(canvas: Canvas, lines: list[str]) -> None:
    """In the bottom third: the address to cut out and tape on a large envelope (nothing
    else: a label on the outside must not show the case)."""
    left, top = WINDOW_LEFT, FOLD - 0.6 * INCH
    box_height = len(lines) * 15 + 22
    text.draw(
        canvas, left, top + 8, "For a large envelope: cut out along the dashes and tape on.", 10
    )
    canvas.setDash(4, 3)
    canvas.rect(left - 8, top - box_height, 4.8 * INCH, box_height)
    canvas.setDash()
    y = top - 22
    for line in lines:
        text.draw(canvas, left + 6, y, line, 12)
        y -= 15


def cover_letter(
    source: ExportSource,
    destinations: Destinations,
    parts: list[ExportDocument],
    letter_pages: int = 1,
    branding: Branding = NO_BRANDING,
) -> bytes:
    flow = Flow("Cover letter")
    letterhead(flow, branding)
    sender = source.sender
    for line in (
        sender.name,
        sender.organization,
        *sender.address_lines,
        sender.phone,
        sender.email,
    ):
        if line:
            flow.paragraph(line)
    flow.space(12)
    flow.paragraph(source.today.strftime("%B %d, %Y").replace(" 0", " "))
    flow.space(12)
    for line in destinations.mail_lines:
        flow.paragraph(line)
    flow.space(12)
    flow.paragraph(f"Re: {source.regarding()}", bold=True)
    if len(source.receipt_numbers) > 1:
        flow.paragraph(f"USCIS receipt numbers: {', '.join(source.receipt_numbers)}", bold=True)
    flow.space(10)
    flow.paragraph("Dear CIS Ombudsman:")
    flow.space(6)
    on_behalf = "" if sender.name == source.subject_name else f" on behalf of {source.subject_name}"
    flow.paragraph(
        f"I am writing to request case assistance{on_behalf}. Enclosed are the signed Form "
        "DHS-7001 and copies of supporting documents. All documents are copies; please do "
        "not hesitate to ask for anything else you need."
    )
    flow.space(6)
    contact = " or ".join(x for x in (sender.phone, sender.email) if x)
    if contact:
        flow.paragraph(f"You can reach me at {contact}.")
    flow.space(10)
    flow.paragraph("Sincerely,")
    flow.space(30)
    flow.paragraph("______________________________")
    flow.paragraph(sender.name or source.subject_name)
    flow.space(14)
    flow.paragraph("Enclosures:", bold=True)
    for line in contents_lines(parts, letter_pages + 1):
        flow.paragraph(line, indent=0.25 * INCH)
    return flow.pdf()


def build_mail_packet(
    source: ExportSource,
    destinations: Destinations,
    progress: Progress,
    branding: Branding = NO_BRANDING,
) -> MailOutput:
    progress.step(QT_TRANSLATE_NOOP("export_steps", "Writing the cover letter"))
    draft = cover_letter(source, destinations, source.printed_parts(1), 1, branding)
    letter_pages = page_count(draft)
    enclosed = source.printed_parts(letter_pages)
    letter = cover_letter(source, destinations, enclosed, letter_pages, branding)
    progress.advance()
    progress.step(QT_TRANSLATE_NOOP("export_steps", "Putting the form and documents together"))
    parts = [letter, *(part.pdf for part in enclosed)]
    progress.advance()
    progress.step(
        QT_TRANSLATE_NOOP("export_steps", "Stamping the name and page number on each page")
    )
    submission = stamp_pages(merge_pdfs(parts), stamp_header(source))
    pages = page_count(submission)
    progress.advance()
    progress.step(QT_TRANSLATE_NOOP("export_steps", "Making the checklist and the address page"))
    check = checklist(source, destinations, pages)
    address = address_page(destinations)
    progress.advance()
    packet = merge_pdfs([check, address, submission])
    return MailOutput(packet, pages, page_count(check))
