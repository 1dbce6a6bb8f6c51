"""The mail channel: one PDF to print. In printing order:

1. the enclosure checklist (for the sender, not mailed),
2. the address page, folded in three so the address shows in a #10 window envelope,
3. the cover letter, the form, the index and the documents, stamped "page X of N".
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from ombud_desktop.documents import text
from ombud_desktop.documents.form_parts import part_number
from ombud_desktop.documents.pdf_input import merge_pdfs, page_count
from ombud_desktop.documents.pdfcanvas import INCH
from ombud_desktop.documents.stamping import stamp_pages
from ombud_desktop.export.branding import NO_BRANDING, Branding
from ombud_desktop.export.destinations import Destinations
from ombud_desktop.export.fax import contents_lines, stamp_header
from ombud_desktop.export.layout import Flow
from ombud_desktop.export.letterhead import letterhead
from ombud_desktop.export.progress import Progress
from ombud_desktop.export.source import ExportDocument, ExportSource
from ombud_desktop.i18n.markers import QT_TRANSLATE_NOOP

# A #10 envelope is 9.5 x 4.125 in; its window is 4.5 x 1.125 in, 0.875 in from the left
# and 0.5 in from the bottom. A Letter page folded in three (11/3 in high, 8.5 in wide)
# shows its top third in the window, and slides inside the envelope: 0.458 in up and
# down, 1 in sideways. Wherever it settles, the window shows the page between these
# edges; the address block is centred there (the window's centre with the sheet in the
# middle of its play), so the whole address shows in every position.
ENVELOPE_WIDTH, ENVELOPE_HEIGHT = 9.5 * INCH, 4.125 * INCH
WINDOW_FROM_LEFT, WINDOW_FROM_BOTTOM = 0.875 * INCH, 0.5 * INCH
WINDOW_WIDTH, WINDOW_HEIGHT = 4.5 * INCH, 1.125 * INCH
FOLD = 11 * INCH / 3
SLIDE_DOWN = ENVELOPE_HEIGHT - FOLD  # how far the panel's top can sit below the envelope's
SLIDE_ACROSS = ENVELOPE_WIDTH - 8.5 * INCH
_WINDOW_TOP = ENVELOPE_HEIGHT - WINDOW_FROM_BOTTOM - WINDOW_HEIGHT  # below the envelope top
SAFE_TOP = _WINDOW_TOP  # below the page's top edge: seen with the sheet at the very top
SAFE_BOTTOM = _WINDOW_TOP + WINDOW_HEIGHT - SLIDE_DOWN  # ... and at the very bottom
SAFE_LEFT = WINDOW_FROM_LEFT  # from the page's left edge: sheet against the left side
SAFE_RIGHT = WINDOW_FROM_LEFT + WINDOW_WIDTH - SLIDE_ACROSS  # ... against the right side
LEADING = 1.12  # line distance, in font sizes


@dataclass(frozen=True)
class AddressBlock:
    """Where the address lines go on the address page (points; `top` below the page top)."""

    size: float
    left: float
    top: float
    width: float
    height: float


def address_block(lines: list[str]) -> AddressBlock:
    """The largest size up to 11 pt at which `lines` fit the always-visible part of the
    window, centred in it."""
    ascent, descent = _font_extent()
    size = 11.0
    while size > 4:
        width = max(text.width(line, size) for line in lines)
        height = (len(lines) - 1) * size * LEADING + size * (ascent + descent)
        if width <= SAFE_RIGHT - SAFE_LEFT and height <= SAFE_BOTTOM - SAFE_TOP:
            break
        size -= 0.25
    centre_x, centre_y = (SAFE_LEFT + SAFE_RIGHT) / 2, (SAFE_TOP + SAFE_BOTTOM) / 2
    return AddressBlock(size, centre_x - width / 2, centre_y - height / 2, width, height)


def _font_extent() -> tuple[float, float]:
    """The text font's ascent and descent per point of size (its whole glyph box)."""
    from reportlab.pdfbase.pdfmetrics import getAscentDescent

    from ombud_desktop.documents.fonts import LATIN, register_fonts

    register_fonts()
    ascent, descent = getAscentDescent(LATIN.regular, 1.0)
    return float(ascent), float(-descent)


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
    if source.wet_ink_signature and not source.signed_form_missing:
        flow.checkbox(
            "The form's signature page is the page signed in ink that you added: check "
            "that the signature and the date can be read."
        )
    elif source.wet_ink_signature:
        flow.checkbox(
            'The form is signed with a pen where it says "Sign here", and dated. '
            "An unsigned form cannot be accepted."
        )
    else:
        flow.checkbox(f"The form is signed and dated (Part {part_number('consent')}, consent).")
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
    block = address_block(lines)
    y = height - block.top - _font_extent()[0] * block.size  # the first baseline
    for line in lines:
        text.draw(canvas, block.left, y, line, block.size)
        y -= block.size * LEADING
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
        text.draw(canvas, SAFE_LEFT, note_y - 14 * offset, note, 10)
    _cut_out_label(canvas, lines)
    return flow.pdf()


def _cut_out_label(canvas: Canvas, lines: list[str]) -> None:
    """In the bottom third: the address to cut out and tape on a large envelope (nothing
    else: a label on the outside must not show the case)."""
    left, top = SAFE_LEFT, FOLD - 0.6 * INCH
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
    guessed = source.printed_parts(1)
    letter_pages = page_count(cover_letter(source, destinations, guessed, 1, branding))
    # the index numbers its pages from the letter's length: made again only if it moved
    enclosed = guessed if letter_pages == 1 else source.printed_parts(letter_pages)
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
